// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace atlas {

// Numbered schema migrations, embedded as :/atlas/migrations/NNN_name.sql. Version N of the
// schema is what migrations 1..N create; the version lives in meta.schema_version.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(atlas::Migrator)

public:
    static int latestVersion();
    // 0 for a database without our meta table (an empty one); -1 when meta exists but holds no
    // readable schema_version (not one of ours, or damaged).
    static int currentVersion(const QSqlDatabase &db);
    // Applies migrations currentVersion+1 .. targetVersion, each in its own transaction, so an
    // interrupted upgrade stops at a whole version. Refuses a database newer than latestVersion()
    // and any downgrade.
    static bool migrate(QSqlDatabase &db, int targetVersion, QString *error);
};

} // namespace atlas
