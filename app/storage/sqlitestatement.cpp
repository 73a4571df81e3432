// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitestatement.h"

#include <QByteArray>
#include <QSqlDriver>

#include <sqlite3.h>

#include <QHash>

#include <algorithm>
#include <atomic>
#include <string_view>

namespace atlas {

namespace {

sqlite3 *handleOf(const QSqlDatabase &db)
{
    if (!db.driver() || db.driverName() != QLatin1String("QSQLITE"))
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

std::atomic_bool enabled = true;

bool isAscii(const unsigned char *text, int size)
{
    unsigned char any = 0;
    for (int i = 0; i < size; ++i)
        any |= text[i];
    return any < 0x80;
}

} // namespace

void SqliteStatement::setEnabled(bool on)
{
    enabled = on;
}

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const QString &sql)
{
    sqlite3 *handle = enabled ? handleOf(db) : nullptr;
    if (!handle)
        return;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &m_statement, nullptr)
        != SQLITE_OK) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        return;
    }
    m_text.resize(size_t(sqlite3_bind_parameter_count(m_statement)));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bindValue(int index, const QVariant &value)
{
    const int at = index + 1;
    int rc = SQLITE_OK;
    // A null of any type (a missing number is a null double) is NULL; a null text or null data
    // too, as Qt binds it, although QVariant does not call those null.
    switch (value.isNull() ? QMetaType::UnknownType : value.typeId()) {
    case QMetaType::UnknownType:
        rc = sqlite3_bind_null(m_statement, at);
        break;
    case QMetaType::QString: {
        const auto *text = static_cast<const QString *>(value.constData());
        if (text->isNull() || size_t(index) >= m_text.size()) {
            rc = text->isNull() ? sqlite3_bind_null(m_statement, at) : SQLITE_RANGE;
            break;
        }
        // The buffer outlives the binding: it is replaced only by the next value bound here,
        // and freed after the statement is finalized.
        QByteArray &utf8 = m_text[size_t(index)];
        utf8.resize(m_encoder.requiredSpace(text->size()));
        const char *end = m_encoder.appendToBuffer(utf8.data(), *text);
        rc = sqlite3_bind_text(m_statement, at, utf8.constData(), int(end - utf8.constData()),
                               SQLITE_STATIC);
        break;
    }
    case QMetaType::QByteArray: {
        const auto *data = static_cast<const QByteArray *>(value.constData());
        rc = data->isNull() ? sqlite3_bind_null(m_statement, at)
                            : sqlite3_bind_blob(m_statement, at, data->constData(),
                                                int(data->size()), SQLITE_TRANSIENT);
        break;
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        rc = sqlite3_bind_int64(m_statement, at, value.toLongLong());
        break;
    case QMetaType::Double:
        rc = sqlite3_bind_double(m_statement, at, value.toDouble());
        break;
    default:
        rc = SQLITE_MISUSE; // not a type the mappings give: Qt's statement runs the rows
        break;
    }
    m_bound = m_bound && rc == SQLITE_OK;
}

bool SqliteStatement::exec()
{
    const bool ok = m_bound && sqlite3_step(m_statement) == SQLITE_DONE;
    if (!ok)
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
    sqlite3_reset(m_statement);
    m_bound = true;
    return ok;
}

bool SqliteStatement::next()
{
    if (!m_statement || m_failed)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_failed = true;
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
    }
    return false;
}

QVariant SqliteStatement::value(int index) const
{
    switch (sqlite3_column_type(m_statement, index)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(m_statement, index)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, index));
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    case SQLITE_BLOB: {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, index));
        return QVariant(QByteArray(data, sqlite3_column_bytes(m_statement, index)));
    }
    default: {
        QString text;
        textAt(index, &text);
        return QVariant(std::move(text));
    }
    }
}

bool SqliteStatement::textAt(int index, QString *out) const
{
    switch (sqlite3_column_type(m_statement, index)) {
    case SQLITE_NULL:
        *out = QString();
        return true;
    case SQLITE_TEXT:
        break;
    default:
        return false;
    }
    // Text is stored as UTF-8. ASCII text (ids, keys, dates, most names) is widened here to a
    // string of exactly its size: SQLite's own conversion to UTF-16 was a fifth of a million
    // events' read, and this reads them about a second sooner. Other text is converted by SQLite
    // (exact size too: Qt's decoder makes room for a UTF-16 unit per byte). While the load
    // sorted its rows in SQLite this left the heap with some 30 MB more in holes at a million
    // events; reading tables unsorted (Loader in repository.cpp), the application holds the same
    // 912 MB with it and without.
    const auto *utf8 = sqlite3_column_text(m_statement, index);
    const int bytes = sqlite3_column_bytes(m_statement, index);
    if (isAscii(utf8, bytes)) {
        *out = QString::fromLatin1(reinterpret_cast<const char *>(utf8), bytes);
        return true;
    }
    const auto *utf16 = static_cast<const QChar *>(sqlite3_column_text16(m_statement, index));
    *out = QString(utf16, sqlite3_column_bytes16(m_statement, index) / 2);
    return true;
}

bool SqliteStatement::asciiAt(int index, QLatin1StringView *out) const
{
    if (sqlite3_column_type(m_statement, index) != SQLITE_TEXT)
        return false;
    const auto *utf8 = sqlite3_column_text(m_statement, index);
    const int bytes = sqlite3_column_bytes(m_statement, index);
    if (!utf8 || !isAscii(utf8, bytes))
        return false;
    *out = QLatin1StringView(reinterpret_cast<const char *>(utf8), bytes);
    return true;
}

const QString *SqliteStatement::sharedTextAt(int index, Repeats repeats) const
{
    QLatin1StringView ascii;
    if (repeats == Repeats::No || !asciiAt(index, &ascii))
        return nullptr;
    if (m_shared.size() <= size_t(index))
        m_shared.resize(size_t(index) + 1);
    SharedTexts &shared = m_shared[size_t(index)];
    if (repeats == Repeats::InRuns) {
        if (shared.last.isNull() || ascii != shared.last)
            shared.last = QString(ascii);
        return &shared.last;
    }
    const std::string_view bytes(ascii.data(), size_t(ascii.size()));
    const size_t hash = qHash(QByteArrayView(ascii.data(), ascii.size()));
    const size_t mask = shared.table.size() - 1;
    for (size_t at = hash & mask; !shared.table.empty(); at = (at + 1) & mask) {
        SharedText &slot = shared.table[at];
        if (slot.text.isNull())
            break;
        if (slot.hash == hash && slot.bytes == bytes)
            return &slot.text;
    }
    if (shared.count >= kSharedValues) { // a string of its own
        shared.last = QString(ascii);
        return &shared.last;
    }
    if (2 * (shared.count + 1) > shared.table.size()) { // twice the size, each value put again
        std::vector<SharedText> old(std::max<size_t>(64, 2 * shared.table.size()));
        old.swap(shared.table);
        for (SharedText &slot : old) {
            if (!slot.text.isNull())
                *freeSlot(&shared.table, slot.hash) = std::move(slot);
        }
    }
    SharedText *slot = freeSlot(&shared.table, hash);
    *slot = { hash, std::string(bytes), QString(ascii) };
    ++shared.count;
    return &slot->text;
}

SqliteStatement::SharedText *SqliteStatement::freeSlot(std::vector<SharedText> *table, size_t hash)
{
    const size_t mask = table->size() - 1;
    size_t at = hash & mask;
    while (!(*table)[at].text.isNull())
        at = (at + 1) & mask;
    return &(*table)[at];
}

bool SqliteStatement::integerAt(int index, qint64 *out) const
{
    if (sqlite3_column_type(m_statement, index) != SQLITE_INTEGER)
        return false;
    *out = sqlite3_column_int64(m_statement, index);
    return true;
}

bool SqliteStatement::inTransaction(const QSqlDatabase &db)
{
    sqlite3 *handle = handleOf(db);
    return handle && sqlite3_get_autocommit(handle) == 0;
}

qint64 SqliteStatement::cacheBytes(const QSqlDatabase &db)
{
    sqlite3 *handle = handleOf(db);
    int used = 0;
    int highwater = 0;
    if (!handle
        || sqlite3_db_status(handle, SQLITE_DBSTATUS_CACHE_USED, &used, &highwater, 0) != SQLITE_OK)
        return -1;
    return used;
}

std::optional<bool> SqliteStatement::hasTable(const QSqlDatabase &db, const QString &name)
{
    sqlite3 *handle = handleOf(db);
    if (!handle)
        return std::nullopt;
    // With no column named, SQLite only looks the table up in the schema of "main".
    return sqlite3_table_column_metadata(handle, "main", name.toUtf8().constData(), nullptr,
                                         nullptr, nullptr, nullptr, nullptr, nullptr)
            == SQLITE_OK;
}

bool SqliteInterrupter::arm(const QSqlDatabase &db)
{
    const std::lock_guard lock(m_mutex);
    m_handle = handleOf(db);
    return !m_interrupted;
}

void SqliteInterrupter::disarm()
{
    const std::lock_guard lock(m_mutex);
    m_handle = nullptr;
}

void SqliteInterrupter::interrupt()
{
    const std::lock_guard lock(m_mutex);
    m_interrupted = true;
    if (m_handle) // open until disarm(), which waits for this lock
        sqlite3_interrupt(m_handle);
}

bool SqliteInterrupter::wasInterrupted() const
{
    const std::lock_guard lock(m_mutex);
    return m_interrupted;
}

} // namespace atlas
