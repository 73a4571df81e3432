// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customtypes.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace atlas {

// Reads and writes the user-defined entity kinds and relationship types in the table
// custom_types (schema 7), inside the caller's write transaction, with bound values only. The
// records of those kinds keep the key in their usual kind or type column. A database older than
// schema 7 (opened read-only, not migrated) has none: reads give none, and writing types is
// refused with a message that says how to upgrade.
class TypeStore
{
    Q_DECLARE_TR_FUNCTIONS(atlas::TypeStore)

public:
    static bool hasTable(const QSqlDatabase &db);
    // Replaces every stored type by types.
    static bool write(const QSqlDatabase &db, const CustomTypes &types, QString *error);
    // Adds types to the stored ones, replacing those of the same key (a merge of records).
    static bool merge(const QSqlDatabase &db, const CustomTypes &types, QString *error);
    static bool read(const QSqlDatabase &db, CustomTypes *types, QString *error);
};

} // namespace atlas
