// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataedit.h"
#include "core/dataset.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointF>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace atlas {

// Reads and writes a whole Dataset on an open database whose schema is current (Database::open
// sees to that). Every write is one transaction: on any failure it is rolled back and the error
// names the record and carries the database's own message.
class Repository
{
    Q_DECLARE_TR_FUNCTIONS(atlas::Repository)

public:
    explicit Repository(QSqlDatabase db);

    // No entities and no events. False (with *error set) when the database cannot be read, so a
    // caller never seeds data over a database it could not look into.
    bool isEmpty(QString *error = nullptr) const;
    // The whole database, every list in the order it was written.
    std::optional<Dataset> load(QString *error) const;
    // Deletes everything and inserts data. Saved graph positions of entities that are still
    // present are kept: they are the user's layout, not part of the data.
    bool replaceAll(const Dataset &data, QString *error);
    // Inserts or replaces every record of data by id (financial figures by company, quarter and
    // metric). A replaced record keeps its place in the order, a new one goes to the end. The
    // dataset info is only taken when the database has none yet, so merging a file into the
    // built-in dataset does not rename it.
    bool merge(const Dataset &data, QString *error);
    // Stores one edit in one transaction: every record of upserts inserted or replaced (as merge
    // does), then every record of removed deleted, dependants first. after is the whole data
    // after the edit: the stored order of each list and the dataset info are made that of after,
    // so an undone deletion comes back in its row.
    bool applyChanges(const Dataset &upserts, const Dataset &removed, const Dataset &after, QString *error);
    // Stores one edit in one transaction, touching only the rows it changes: inserted and
    // changed records are written (their child rows only when the record was there before),
    // removed ones deleted, and an inserted record that is not at the end of its list (an undone
    // deletion) gets a position between its neighbours in after, the data after the edit.
    // Nothing is re-read or re-ordered; other rows move only when there is no gap to fill.
    bool applyEdit(const DataEdit &edit, const Dataset &after, QString *error);

    // Where the user put nodes of the company graph (entity id → scene position). Empty on a
    // schema-1 database, which has no place for them.
    std::optional<QHash<QString, QPointF>> loadNodePositions(QString *error) const;
    // Stores each given position, or forgets it for std::nullopt, all in one transaction.
    bool saveNodePositions(const QHash<QString, std::optional<QPointF>> &changes, QString *error);

private:
    bool write(const Dataset &data, bool merge, QString *error);

    QSqlDatabase m_db;
};

} // namespace atlas
