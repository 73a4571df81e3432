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

} // namespace atlas::test
