// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

namespace atlas {

// Begins and commits the write transactions of Repository and Migrator so that two programs
// writing one SQLite file take turns instead of failing with "database is locked".
// On SQLite, begin() says BEGIN IMMEDIATE: the write lock is taken at the start, waiting up to
// the connection's busy timeout (Database sets it) and then trying again, instead of a deferred
// BEGIN that fails at its first write when another writer got in between (WAL mode reports
// that conflict at once, without waiting). When the lock cannot be had, the message says the
// database is in use by another program; nothing has been written then.
class WriteTransaction
{
    Q_DECLARE_TR_FUNCTIONS(atlas::WriteTransaction)

public:
    // Per attempt; Database sets it as QSQLITE_BUSY_TIMEOUT on every SQLite connection.
    static constexpr int busyTimeoutMs = 5000;
    static constexpr int attempts = 6;

    static bool begin(QSqlDatabase &db, QString *error);
    static bool commit(QSqlDatabase &db, QString *error);
};

} // namespace atlas
