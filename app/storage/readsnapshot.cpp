// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/readsnapshot.h"

#include "storage/database.h"
#include "storage/sqlitestatement.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace atlas {

namespace {

bool isSqlite(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QSQLITE");
}

// Begins a read transaction on db and fixes the state it sees with a first read.
bool beginRead(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    const bool sqlite = isSqlite(db);
    if (sqlite && SqliteStatement::inTransaction(db))
        return false;
    // PostgreSQL takes a REPEATABLE READ transaction's snapshot at its first statement. The
    // callers (a whole load on a connection of its own or just opened) are never inside a
    // transaction, which this could not tell.
    if (!q.exec(sqlite ? QStringLiteral("BEGIN")
                       : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")))
        return false;
    if (q.exec(sqlite ? QStringLiteral("SELECT COUNT(*) FROM sqlite_master")
                      : QStringLiteral("SELECT 1")))
        return true;
    q.exec(QStringLiteral("ROLLBACK"));
    return false;
}

void endRead(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("COMMIT")); // nothing was written: it cannot fail for the data
}

// PostgreSQL's name of the snapshot a transaction sees, for another connection to import (SET
// TRANSACTION SNAPSHOT takes no bound value: the server's own name, checked to be of its form,
// is the only text put into that statement).
QString exportSnapshot(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT pg_export_snapshot()")) || !q.next())
        return {};
    const QString name = q.value(0).toString();
    static const QRegularExpression form(QStringLiteral("^[0-9A-Fa-f-]+$"));
    return form.match(name).hasMatch() ? name : QString();
}

} // namespace

ReadSnapshot::ReadSnapshot(const QSqlDatabase &db, const QSqlDatabase *helperSource,
                           const QString &displayName)
    : m_db(db), m_name(displayName)
{
    // The lock first: no write may land between this read's first statement and a helper's.
    // Without waiting for it (another writer holds it, or the file is read-only): then no helper.
    if (helperSource && isSqlite(db) && !SqliteStatement::inTransaction(db)) {
        QString ignored;
        m_source = *helperSource;
        m_lock = std::make_unique<ThreadConnection>(m_source, m_name, &ignored);
        bool locked = false;
        if (m_lock->isOpen()) {
            QSqlQuery q(m_lock->connection());
            locked = q.exec(QStringLiteral("PRAGMA busy_timeout = 0"))
                    && q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        }
        if (!locked)
            m_lock.reset();
    }
    m_began = beginRead(m_db);
    if (!m_began)
        releaseLock(); // a helper would not see what this read sees
    // PostgreSQL shares a snapshot by name: the helper imports this transaction's.
    if (m_began && helperSource && !isSqlite(db)) {
        m_source = *helperSource;
        m_exported = exportSnapshot(m_db);
    }
}

ReadSnapshot::~ReadSnapshot()
{
    waitForHelper();
    if (m_began)
        endRead(m_db);
}

bool ReadSnapshot::offerToHelper()
{
    if ((!m_lock && m_exported.isEmpty()) || m_shared)
        return false;
    m_shared = true;
    return true;
}

std::unique_ptr<ReadSnapshot::Helper> ReadSnapshot::join()
{
    std::unique_ptr<Helper> helper;
    QString ignored;
    auto connection = std::make_unique<ThreadConnection>(m_source, m_name, &ignored);
    if (connection->isOpen() && joinRead(connection->connection()))
        helper = std::make_unique<Helper>(std::move(connection));
    m_joined.release();
    return helper;
}

bool ReadSnapshot::joinRead(const QSqlDatabase &db) const
{
    if (m_exported.isEmpty())
        return beginRead(db); // SQLite: under the write lock, the same state
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")))
        return false;
    if (q.exec(QStringLiteral("SET TRANSACTION SNAPSHOT '%1'").arg(m_exported)))
        return true;
    q.exec(QStringLiteral("ROLLBACK"));
    return false;
}

void ReadSnapshot::waitForHelper()
{
    // The exporting transaction stays open while its snapshot is imported (until the read ends).
    if (m_shared && !m_waited) {
        m_joined.acquire();
        m_waited = true;
    }
    releaseLock();
}

void ReadSnapshot::releaseLock()
{
    if (!m_lock)
        return;
    {
        QSqlQuery q(m_lock->connection());
        q.exec(QStringLiteral("ROLLBACK"));
    }
    m_lock.reset();
}

ReadSnapshot::Helper::Helper(std::unique_ptr<ThreadConnection> connection)
    : m_connection(std::move(connection))
{
}

ReadSnapshot::Helper::~Helper()
{
    endRead(m_connection->connection());
}

QSqlDatabase ReadSnapshot::Helper::connection() const
{
    return m_connection->connection();
}

} // namespace atlas
