// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/boxed.h"
#include "core/dataedit.h"
#include "importeddata.h"

#include <QCoreApplication>

#include <optional>

namespace atlas {

// What to do with a record whose id the current data already has with other content.
enum class DuplicatePolicy {
    Skip, // keep the current record
    Replace, // the file's record replaces it
    KeepBoth, // the file's record is added under a new id ("kt-2"), references in the file follow
};

// How one import file merges into the current data, worked out before anything is written: the
// merged data, the records to write, and a preview line for every record of the file. Pure: it
// touches no database and no document, so the preview can be recomputed as the user changes
// the policy. The merged data goes through the Validator; a plan with an error writes nothing.
class ImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(atlas::ImportPlan)

public:
    enum class Action {
        New, // added
        Update, // replaces the current record of that id (Replace)
        Rename, // added under a new id because the id was taken (KeepBoth)
        Skip, // the current record of that id is kept (Skip, or a figure under KeepBoth)
        Unchanged, // the current data already has exactly this record
        Unused, // a new source cited in the file only by records this import does not write
    };

    struct Item
    {
        QString record; // "source", "entity", "event", "relationship", "financial"
        QString id; // in the merged data (figures: company/quarter/metric)
        QString fileId; // as the file had it; differs from id after a rename
        LocalizedText label; // a name or title for people
        Action action = Action::New;
        bool madeFromName = false; // an entity made for a name nobody knew (CSV, GraphML)
        // Figures: the file's, and the database's one of the same company, quarter and metric
        // when it differs (the preview shows both values and both sources).
        // On the heap: an item is a fifth of the size, and 100,000 of them 40 MB less.
        Boxed<FinancialFigure> figure;
        Boxed<FinancialFigure> previous;
    };

    static ImportPlan compute(const Dataset &current, const ImportedData &incoming,
                              DuplicatePolicy policy);

    bool isValid() const { return m_error.isEmpty(); }
    // Names the file, the record and the field: "events.csv: event 'ev-1', field 'sources': ...".
    const QString &error() const { return m_error; }
    DuplicatePolicy policy() const { return m_policy; }

    // The whole data after the import.
    const Dataset &merged() const { return m_merged; }
    // The validator found nothing at all wrong in merged(), not only in the records written (a
    // problem the data had before the import does not make the plan invalid, but this false).
    bool mergedIsClean() const { return m_mergedIsClean; }
    // The records the import adds (at the end of each list) and replaces, as one edit of current
    // (the data the plan was computed for).
    DataEdit toEdit(const Dataset &current) const;
    // Only the new and replaced records, for Repository::merge.
    const Dataset &changes() const { return m_changes; }
    bool hasChanges() const;

    const QList<Item> &items() const { return m_items; }
    int count(Action action) const;
    // Records whose id the current data has with other content: where the policy decides.
    int conflicts() const { return m_conflicts; }

    // The file's node positions (ImportedData::positions) of the entities the import adds,
    // replaces or finds unchanged, by their id in the merged data; none of a skipped entity.
    QHash<QString, QPointF> positions(const ImportedData &incoming) const;

    static QString actionLabel(Action action);
    static QString recordLabel(const QString &record);

private:
    static void dropUnusedSources(const Dataset &file, ImportPlan *plan);
    DuplicatePolicy m_policy = DuplicatePolicy::Skip;
    Dataset m_merged;
    Dataset m_changes;
    QList<Item> m_items;
    int m_conflicts = 0;
    bool m_mergedIsClean = false;
    QString m_error;
};

} // namespace atlas
