// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSemaphore>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace atlas {

class ThreadConnection;

// One state of the data for a whole read, however long it takes and whatever other windows or
// clients write meanwhile: the tables of a load read in separate statements agree (no participant
// of an event written after the events were read, no event without the participants written
// with it). A read transaction on the connection, begun and fixed by a first read here, ended
// when the snapshot goes (SQLite: a deferred transaction; PostgreSQL: REPEATABLE READ, READ ONLY).
// Nothing is begun when the connection is in a transaction already.
//
// With a helper's source (a Database::connection() for which canConnectAgain()), a second
// connection on another thread may read part of the same state (join() on the helper's thread,
// waitForHelper() here). On SQLite the database's write lock is taken for a moment on a connection
// of its own, so that no write lands between this read's start and the helper's; PostgreSQL
// exports this transaction's snapshot and the helper's transaction imports it.
class ReadSnapshot
{
public:
    ReadSnapshot(const QSqlDatabase &db, const QSqlDatabase *helperSource = nullptr,
                 const QString &displayName = QString());
    ~ReadSnapshot();
    Q_DISABLE_COPY_MOVE(ReadSnapshot)

    // On this snapshot's thread, before a helper starts: whether one may join (SQLite's write
    // lock is held, or PostgreSQL's snapshot exported, and none has been offered it yet). After
    // true, the helper must join().
    bool offerToHelper();

    // A helper's connection inside the same state, or null when it cannot open (then the caller
    // reads everything itself). On the helper's thread, once, after offerToHelper().
    class Helper;
    std::unique_ptr<Helper> join();
    // On this snapshot's thread: waits until join() has begun or given up, then lets writers in
    // again. Nothing when no helper was started.
    void waitForHelper();

private:
    bool joinRead(const QSqlDatabase &db) const;
    void releaseLock();

    QSqlDatabase m_db;
    QSqlDatabase m_source;
    QString m_name;
    bool m_began = false;
    bool m_shared = false; // a helper was offered the snapshot
    bool m_waited = false; // and has joined (or given up)
    QString m_exported; // PostgreSQL: the name of this transaction's snapshot
    std::unique_ptr<ThreadConnection> m_lock; // SQLite: "BEGIN IMMEDIATE" while a helper joins
    QSemaphore m_joined;
};

// A helper's connection and its read transaction, ended when it goes.
class ReadSnapshot::Helper
{
public:
    explicit Helper(std::unique_ptr<ThreadConnection> connection);
    ~Helper();
    Q_DISABLE_COPY_MOVE(Helper)
    QSqlDatabase connection() const;

private:
    std::unique_ptr<ThreadConnection> m_connection;
};

} // namespace atlas
