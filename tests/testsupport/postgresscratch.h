// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace atlas::test {

// The scratch PostgreSQL database of the tests: ATLAS_TEST_POSTGRES_URL
// (postgresql://user:password@host:port/dbname, see packaging/dev.sh start_postgres), empty when
// the environment gives none.
QString postgresUrl();

// Every table the migrations create (read from app/storage/migrations/*.sql), so a new table is
// cleaned up without anyone remembering to add it here.
QStringList atlasTables();

// Drops every Telco Atlas table in the database at url, so the next open seeds it afresh. A plain
// connection: Database refuses what an earlier test may have left (a newer schema).
bool dropAtlasTables(const QString &url, QString *error);

// For tests run on SQLite and on PostgreSQL (a "backend" column of "sqlite" or "postgres"): the
// database a case opens. SQLite: sqliteFile. PostgreSQL: the scratch database emptied of every
// Telco Atlas table, or empty (and true) when the environment names none; the caller then skips
// with noPostgresReason. False with *error when the tables cannot be dropped.
bool scratchDatabase(const QString &backend, const QString &sqliteFile, QString *spec,
                     QString *error);
inline constexpr char noPostgresReason[] =
        "ATLAS_TEST_POSTGRES_URL is not set; packaging/dev.sh start_postgres sets it";

} // namespace atlas::test
