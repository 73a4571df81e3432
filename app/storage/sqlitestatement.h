// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringEncoder>
#include <QVariant>

#include "tablemapping.h"

#include <mutex>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace atlas {

// A statement prepared on the SQLite library under a Qt connection (the driver hands out its
// handle), for the rows a write inserts in bulk. Qt's own statement binds each value by a name it
// makes and looks up per value, and at 100,000 events that was a fifth of an import's time.
// Values bind as Qt's SQLite driver binds them: a null text, null data or invalid value as NULL,
// text as text, data as a blob, whole numbers and booleans as integers, doubles as reals; a value
// of any other type makes exec() fail, so the caller falls back to Qt's statement.
class SqliteStatement
{
public:
    // Not valid when db is not SQLite or the statement does not prepare.
    SqliteStatement(const QSqlDatabase &db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    // Tests: with false, no statement is valid, so writers use Qt's statements (to compare).
    static void setEnabled(bool enabled);
    // index from 0, as QSqlQuery::bindValue.
    void bindValue(int index, const QVariant &value);
    // Runs the statement once and readies it for the next values; false when SQLite refused it
    // (the caller runs the rows again through Qt for the message).
    bool exec();
    // SQLite's message for the last exec() or next() that failed.
    const QString &lastError() const { return m_error; }

    // Reading a query: steps to its next row; false at the end, or when SQLite failed (then
    // hasFailed() and lastError()). Qt's statement keeps every value of a row as a QVariant in a
    // cache first; reading straight from the library made a load about a tenth quicker.
    bool next();
    bool hasFailed() const { return m_failed; }
    // Column `index` (from 0) of the current row, as Qt's SQLite driver gives it: an integer as a
    // qlonglong, a real as a double, text as a QString, a blob as a QByteArray, NULL as a null
    // QString.
    QVariant value(int index) const;
    // Column `index` when it is text (*out as value() gives it) or NULL (a null string); false
    // for any other value, and *out is left as it is.
    bool textAt(int index, QString *out) const;
    // Column `index` when it is a whole number; false for any other value.
    bool integerAt(int index, qint64 *out) const;
    // Column `index` when it is ASCII text, as a view of the row's own bytes (valid until the
    // next step); false for any other value (non-ASCII text too).
    bool asciiAt(int index, QLatin1StringView *out) const;
    // Column `index` when it is ASCII text, for a column whose values repeat as `repeats` says:
    // the string this statement gave for the same text before (to be shared, not copied), or a
    // new one, valid until the next call. The statement remembers each column's last value
    // (Repeats::InRuns) or up to kSharedValues different values (Often). nullptr for any other
    // value (then textAt()).
    const QString *sharedTextAt(int index, Repeats repeats) const;
    static constexpr size_t kSharedValues = 65536;
    // Whether db is an SQLite connection inside a transaction. A write that fails for want of
    // space or memory can make SQLite roll the whole transaction back by itself: after that a
    // writer must stop, or its next rows would be committed one by one.
    static bool inTransaction(const QSqlDatabase &db);
    // Whether db, an SQLite connection, has a table of that name, from the schema SQLite holds
    // (no statement prepared and run); nothing for another driver.
    static std::optional<bool> hasTable(const QSqlDatabase &db, const QString &name);
    // The bytes of memory db's page cache holds, an SQLite connection's; -1 for another driver.
    static qint64 cacheBytes(const QSqlDatabase &db);

private:
    sqlite3_stmt *m_statement = nullptr;
    bool m_bound = true;
    bool m_failed = false;
    QString m_error;
    // Each parameter's text in UTF-8, the database's encoding, bound without a copy: made here
    // in a buffer kept from row to row, rather than by SQLite from UTF-16 in a fresh allocation.
    std::vector<QByteArray> m_text;
    QStringEncoder m_encoder{ QStringEncoder::Utf8 };
    // sharedTextAt()'s strings, per column.
    struct SharedText
    {
        size_t hash = 0;
        std::string bytes; // as the row has them: short ids are compared without a look elsewhere
        QString text;
    };
    struct SharedTexts
    {
        QString last; // Repeats::InRuns, and Often's values past kSharedValues
        std::vector<SharedText> table; // open addressing, a power of two in size, half full
        size_t count = 0;
    };
    mutable std::vector<SharedTexts> m_shared;
    static SharedText *freeSlot(std::vector<SharedText> *table, size_t hash);
};

// Lets another thread stop the statement an SQLite connection is running (sqlite3_interrupt),
// such as a check for damage that reads the whole file. The connection's own thread arms it
// while the statement may run and disarms it before the connection closes; interrupt() may come
// at any time from any thread, also before arm() (then arm() says not to start).
class SqliteInterrupter
{
public:
    // False when interrupt() came first: the caller should not start. Does nothing (true) for a
    // connection that is not SQLite's.
    bool arm(const QSqlDatabase &db);
    void disarm();
    void interrupt();
    bool wasInterrupted() const;

private:
    mutable std::mutex m_mutex;
    sqlite3 *m_handle = nullptr;
    bool m_interrupted = false;
};

} // namespace atlas
