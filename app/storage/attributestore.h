// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>

namespace atlas {

// Reads and writes the free attributes of entities, events and relationships in the one table
// record_attributes (schema 5). Every call runs inside the caller's write transaction, with
// bound values only. A database older than schema 5 (opened read-only, not migrated) has no
// attributes: reads give none and writes of records without attributes succeed.
class AttributeStore
{
    Q_DECLARE_TR_FUNCTIONS(atlas::AttributeStore)

public:
    static bool hasTable(const QSqlDatabase &db);

    // Writes the attributes of every entity, event and relationship of data. merge: the records
    // may be stored already, so their old attributes are removed first, except for the records
    // named in fresh ("event:<id>", "relationship:<id>", "entity:<id>"), known to be new.
    static bool write(const QSqlDatabase &db, const Dataset &data, bool merge,
                      const QSet<QString> &fresh, QString *error);
    // Removes the attributes of the records of removed.
    static bool remove(const QSqlDatabase &db, const Dataset &removed, QString *error);
    // Removes every attribute (the whole data is being replaced).
    static bool clear(const QSqlDatabase &db, QString *error);
    // Fills in the attributes of the records in data. selective: data holds only some records
    // (a reload of changed ones), so each is looked up by its key instead of reading the table.
    static bool read(const QSqlDatabase &db, Dataset *data, bool selective, QString *error);
};

} // namespace atlas
