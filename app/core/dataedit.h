// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <optional>
#include <utility>

namespace atlas {

// The key a record is found by: its id, or company/quarter/metric for a financial figure (the
// shape Validator uses in its messages).
inline QString recordKey(const Source &r)
{
    return r.id;
}
inline QString recordKey(const Entity &r)
{
    return r.id;
}
inline QString recordKey(const Event &r)
{
    return r.id;
}
inline QString recordKey(const Relationship &r)
{
    return r.id;
}
QString recordKey(const FinancialFigure &f);

// The change of one list of the dataset: rows taken out, rows put in, records replaced.
template <typename T>
struct ListEdit
{
    QList<std::pair<qsizetype, T>> removed; // rows in the list before the edit, ascending
    QList<std::pair<qsizetype, T>> inserted; // rows in the list after the edit, ascending
    QList<std::pair<T, T>> changed; // (before, after), found by key

    bool isEmpty() const { return removed.isEmpty() && inserted.isEmpty() && changed.isEmpty(); }
    // The ids of the records removed, inserted or changed (for records that have an id).
    QSet<QString> touchedIds() const
    {
        QSet<QString> ids;
        for (const auto &[row, record] : removed)
            ids.insert(record.id);
        for (const auto &[row, record] : inserted)
            ids.insert(record.id);
        for (const auto &[before, after] : changed)
            ids.insert(after.id);
        return ids;
    }
    // Where the record at row before the edit is after it; -1 when the edit removed it.
    qsizetype rowAfter(qsizetype row) const
    {
        const auto at = std::lower_bound(removed.cbegin(), removed.cend(), row,
                                         [](const auto &r, qsizetype v) { return r.first < v; });
        if (at != removed.cend() && at->first == row)
            return -1;
        row -= at - removed.cbegin();
        for (const auto &[put, record] : inserted) {
            if (put > row)
                break;
            ++row;
        }
        return row;
    }
    ListEdit reversed() const
    {
        ListEdit r;
        r.removed = inserted;
        r.inserted = removed;
        for (const auto &[before, after] : changed)
            r.changed.append({ after, before });
        return r;
    }
    friend bool operator==(const ListEdit &, const ListEdit &) = default;
};

// One edit of the data as a difference that can be applied and reversed exactly, so an undo puts
// back every record in its row. Built by the pure functions below (removing an entity takes its
// relationships, participations, events left without participants and figures with it), applied
// by Document, undone by applying reversed(), and written by Workspace in one transaction.
class DataEdit
{
    Q_DECLARE_TR_FUNCTIONS(atlas::DataEdit)

public:
    ListEdit<Source> sources;
    ListEdit<Entity> entities;
    ListEdit<Event> events;
    ListEdit<Relationship> relationships;
    ListEdit<FinancialFigure> financials;
    std::optional<std::pair<DatasetInfo, DatasetInfo>> info; // (before, after) when it changes
    // (before, after) when the user-defined kinds and types change (an import defines some, the
    // type editor renames or restyles one): the whole list, few and small.
    std::optional<std::pair<CustomTypes, CustomTypes>> types;

    bool isEmpty() const;
    // Records removed, inserted or changed, over every list.
    qsizetype recordCount() const;
    DataEdit reversed() const;
    // reversed(), with the changed records of `earlier`, a reversal made before of an edit with
    // the same changed records (an undo command keeps one; rebasedOn() keeps them too): no record
    // is copied, where reversed() copies both sides of each changed one. An undo reversed its edit
    // twice (the command, then the document): for a company deleted from a hundred events at
    // 100,000 events, that was a thirtieth of the undo's CPU.
    DataEdit reversedAlong(const DataEdit &earlier) const;

    // Told about every step while an edit is applied, so item models can follow row by row:
    // rows are removed (dependants first, each run of rows from the bottom up), then inserted
    // (each run from the top down), then records changed in place are reported at their rows in
    // the data after the edit. Between "about to" and the step itself the data is unchanged.
    class Observer
    {
    public:
        virtual ~Observer() = default;
        virtual void aboutToRemove(RecordType, qsizetype /*first*/, qsizetype /*last*/) { }
        virtual void removed(RecordType, qsizetype /*first*/, qsizetype /*last*/) { }
        virtual void aboutToInsert(RecordType, qsizetype /*first*/, qsizetype /*last*/) { }
        virtual void inserted(RecordType, qsizetype /*first*/, qsizetype /*last*/) { }
        virtual void changed(RecordType, const QList<qsizetype> & /*rows*/) { }
    };

    // All or nothing: when a row does not hold the record the edit expects (the data is not the
    // data the edit was made for), *error says which and data is left as it was. The id indexes
    // of data are kept current; the cost is that of the rows touched, not of the whole data.
    bool applyTo(Dataset *data, QString *error, Observer *observer = nullptr) const;
    // applyTo() for an edit known to fit data (fits() said so, and nothing changed data since,
    // or data is as this edit's reversal left it): the check, a pass comparing each record the
    // edit changes whole, is not made again. Document applies an edit, takes it back and
    // applies it again for its views: three checks of four were of data known to fit.
    void applyFitting(Dataset *data, Observer *observer = nullptr) const;
    // Whether applyTo would succeed, without changing anything.
    bool fits(const Dataset &data, QString *error) const;
    // The same edit for data whose rows moved since it was made (another user's records were
    // inserted or removed above its rows): removed rows are found again by key, inserted rows
    // keep their order and are clamped to the list. A record that is gone or changed stays
    // where it was, so fits() still refuses the edit and names it.
    DataEdit rebasedOn(const Dataset &data) const;

    // For storage: every record inserted or changed (in the order a merge needs: sources,
    // entities, events, relationships, figures), and every record removed.
    Dataset upserts() const;
    Dataset removedRecords() const;

    static DataEdit addEntity(const Dataset &data, const Entity &entity);
    static DataEdit updateEntity(const Dataset &data, const Entity &entity);
    // With the relationships of the entity, its participations, the events left without any
    // participant (and what removing those takes) and its financial figures.
    static DataEdit removeEntity(const Dataset &data, const QString &id);
    // newSources: sources the event cites that the data does not have yet.
    static DataEdit addEvent(const Dataset &data, const Event &event,
                             const QList<Source> &newSources = {});
    static DataEdit updateEvent(const Dataset &data, const Event &event,
                                const QList<Source> &newSources = {});
    // With the relationships that came from the event.
    static DataEdit removeEvent(const Dataset &data, const QString &id);
    static DataEdit addRelationship(const Dataset &data, const Relationship &relationship,
                                    const QList<Source> &newSources = {});
    static DataEdit updateRelationship(const Dataset &data, const Relationship &relationship,
                                       const QList<Source> &newSources = {});
    static DataEdit removeRelationship(const Dataset &data, const QString &id);
    // Replaces the user-defined kinds and types (an edit of their labels, styles or direction).
    static DataEdit setTypes(const Dataset &data, const CustomTypes &types);

    friend bool operator==(const DataEdit &, const DataEdit &) = default;
};

} // namespace atlas
