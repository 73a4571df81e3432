// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository.h"

#include "attributestore.h"
#include "database.h"
#include "typestore.h"
#include "migrator.h"
#include "readsnapshot.h"
#include "recordtables.h"
#include "sqlitestatement.h"
#include "writetransaction.h"
#include "core/heap.h"

#include <QHash>
#include <QLocale>
#include <QScopeGuard>
#include <QSet>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <limits>
#include <memory>
#include <numeric>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

namespace atlas {

namespace {

// Dataset info lives in the meta table beside schema_version: the key of each field, written and
// read through this one mapping.
const auto kInfoId = QStringLiteral("dataset.id");
QList<std::pair<QString, QString *>> infoFields(DatasetInfo *info)
{
    return { { kInfoId, &info->id },
             { QStringLiteral("dataset.version"), &info->version },
             { QStringLiteral("dataset.title.en"), &info->title.en },
             { QStringLiteral("dataset.title.ko"), &info->title.ko },
             { QStringLiteral("dataset.description.en"), &info->description.en },
             { QStringLiteral("dataset.description.ko"), &info->description.ko } };
}

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Qt binds a null QString as SQL NULL; NOT NULL text columns get '' instead.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
}

QString columnText(const QSqlQuery &q, int i)
{
    return q.value(i).toString();
}

QString figureKey(const FinancialFigure &f)
{
    return QStringLiteral("%1/%2/%3").arg(f.companyId, f.quarter.toString(), keyOf(f.metric));
}

// Older schemas are still read and written (upgrades, tests) with the columns they have.
int schemaOf(const QSqlDatabase &db)
{
    return std::max(1, Migrator::currentVersion(db));
}

// Relationships valid over several intervals came with schema 8.
constexpr int kSpellsSchema = 8;
bool hasSpellsTable(const QSqlDatabase &db)
{
    return Database::hasTable(db, QStringLiteral("relationship_spells"));
}

// Schema 1 has no layout table; the repository works on it too (upgrades, tests).
bool hasLayoutTable(const QSqlDatabase &db)
{
    return Database::hasTable(db, QStringLiteral("node_positions"));
}

bool run(QSqlQuery &q, std::initializer_list<QVariant> values)
{
    int i = 0;
    for (const QVariant &v : values)
        q.bindValue(i++, v);
    return q.exec();
}

bool prepare(QSqlQuery &q, const QString &sql, QString *error)
{
    if (q.prepare(sql))
        return true;
    return setError(error,
                    Repository::tr("Cannot prepare \"%1\": %2").arg(sql, q.lastError().text()));
}

bool select(QSqlQuery &q, const QString &sql, QString *error)
{
    q.setForwardOnly(true);
    if (q.exec(sql))
        return true;
    return setError(error,
                    Repository::tr("Cannot read the database: %1").arg(q.lastError().text()));
}

// Column `index` of a query's row as a whole number (0 when it is none), without a QVariant
// where the query gives it so.
template <typename Query>
qint64 wholeNumber(const Query &q, int index)
{
    if constexpr (requires(qint64 n) { q.integerAt(index, &n); }) {
        qint64 n = 0;
        if (q.integerAt(index, &n))
            return n;
    }
    return q.value(index).toLongLong();
}

// sql holds "%1" where a WHERE clause goes. Without ids, every row; with them, the rows whose
// column is one of ids (bound values).
bool selectWhere(QSqlQuery &q, const QString &sql, const QString &column, const QStringList *ids,
                 QString *error)
{
    q.setForwardOnly(true);
    if (!ids)
        return select(q, sql.arg(QString()), error);
    QStringList marks;
    marks.reserve(ids->size());
    for (qsizetype i = 0; i < ids->size(); ++i)
        marks.append(QStringLiteral("?"));
    const QString filtered = sql.arg(
            QStringLiteral(" WHERE %1 IN (%2)").arg(column, marks.join(QStringLiteral(", "))));
    if (!q.prepare(filtered))
        return setError(error,
                        Repository::tr("Cannot read the database: %1").arg(q.lastError().text()));
    for (qsizetype i = 0; i < ids->size(); ++i)
        q.bindValue(int(i), ids->at(i));
    if (q.exec())
        return true;
    return setError(error,
                    Repository::tr("Cannot read the database: %1").arg(q.lastError().text()));
}

const auto kNotifyChannel = QStringLiteral("atlas_changes");
// The record type of a change-log entry for a write of the whole dataset (or of most of it).
const auto kDatasetLogType = QStringLiteral("dataset");

RecordType typeOfRecord(const Source *)
{
    return RecordType::Source;
}
RecordType typeOfRecord(const Entity *)
{
    return RecordType::Entity;
}
RecordType typeOfRecord(const Event *)
{
    return RecordType::Event;
}
RecordType typeOfRecord(const Relationship *)
{
    return RecordType::Relationship;
}
RecordType typeOfRecord(const FinancialFigure *)
{
    return RecordType::Financial;
}

// Calls f with the table mapping of a record type.
template <typename F>
auto withMapping(RecordType type, F &&f)
{
    switch (type) {
    case RecordType::Source:
        return f(RecordTables::sources());
    case RecordType::Entity:
        return f(RecordTables::entities());
    case RecordType::Event:
        return f(RecordTables::events());
    case RecordType::Relationship:
        return f(RecordTables::relationships());
    case RecordType::Financial:
        break;
    }
    return f(RecordTables::financials());
}

QString tableOf(RecordType type)
{
    return withMapping(type, [](const auto &t) { return t.table(); });
}

QString keyWhereOf(RecordType type)
{
    return withMapping(type, [](const auto &t) { return t.keyWhere(); });
}

// For messages: "entity", "event", ... in the user's language.
QString displayTypeName(RecordType type)
{
    switch (type) {
    case RecordType::Source:
        return Repository::tr("source");
    case RecordType::Entity:
        return Repository::tr("entity");
    case RecordType::Event:
        return Repository::tr("event");
    case RecordType::Relationship:
        return Repository::tr("relationship");
    case RecordType::Financial:
        return Repository::tr("financial figure");
    }
    return {};
}

constexpr RecordType kAllTypes[] = { RecordType::Source, RecordType::Entity, RecordType::Event,
                                     RecordType::Relationship, RecordType::Financial };

template <typename T>
QVariantList keyValues(const T &r)
{
    return { r.id };
}
template <>
QVariantList keyValues(const FinancialFigure &f)
{
    return { f.companyId, text(f.quarter.toString()), keyOf(f.metric) };
}

// Rows of one table inserted many to a statement, both statements prepared once. A batch that
// fails is run again row by row (on PostgreSQL from a savepoint, as a failed statement spoils
// the transaction there), so the error names the record that failed.
template <typename R>
class Inserter
{
public:
    // What failed, from the row and the database's message: "Cannot save event "x": …".
    using Failure = QString (*)(const R &row, const QString &message);

    Inserter(const QSqlDatabase &db, TableMapping<R> table, bool upsert, qint64 version,
             Failure failure)
        : m_db(db),
          m_table(std::move(table)),
          m_upsert(upsert),
          m_version(version),
          m_failure(failure),
          m_batch(std::max(1, kBatchValues / int(m_table.columns().size()))),
          m_savepoints(db.driverName() == QLatin1String("QPSQL")),
          m_inTransaction(SqliteStatement::inTransaction(db))
    {
        m_pending.reserve(m_batch);
    }

    bool add(R row, int position, QString *error)
    {
        m_pending.push_back({ std::move(row), position });
        return int(m_pending.size()) < m_batch || flush(error);
    }
    bool flush(QString *error)
    {
        if (m_pending.empty())
            return true;
        const bool ok = (int(m_pending.size()) == m_batch && runBatch()) || runSingly(error);
        m_pending.clear();
        return ok;
    }

private:
    static constexpr int kBatchValues = 6400;

    struct Pending
    {
        R row;
        int position;
    };

    bool exec(const QString &sql) { return QSqlQuery(m_db).exec(sql); }
    bool runBatch()
    {
        if (!m_many && !m_direct) {
            const QString sql = m_table.insertSql(m_batch, m_upsert);
            if (!m_savepoints) {
                m_direct.emplace(m_db, sql);
                if (!m_direct->isValid())
                    m_direct.reset();
            }
            if (!m_direct) {
                m_many.emplace(m_db);
                m_batchUsable = m_many->prepare(sql);
            }
        }
        if (m_direct) {
            for (int i = 0; i < m_batch; ++i)
                m_table.bind(*m_direct, i, m_pending[i].row, m_pending[i].position, m_version);
            return m_direct->exec();
        }
        if (!m_batchUsable || (m_savepoints && !exec(QStringLiteral("SAVEPOINT atlas_batch"))))
            return false;
        for (int i = 0; i < m_batch; ++i)
            m_table.bind(*m_many, i, m_pending[i].row, m_pending[i].position, m_version);
        if (m_many->exec())
            return !m_savepoints || exec(QStringLiteral("RELEASE SAVEPOINT atlas_batch"));
        if (m_savepoints)
            exec(QStringLiteral("ROLLBACK TO SAVEPOINT atlas_batch"));
        return false;
    }
    // Row by row: the rows of an edit smaller than a batch, or of a batch that failed. On SQLite
    // each goes through the library directly; a row it refuses runs again through Qt's
    // statement, whose error names the problem.
    bool runSingly(QString *error)
    {
        if (!m_savepoints && !m_directOne) // made once (an invalid one stays, not tried again)
            m_directOne.emplace(m_db, m_table.insertSql(1, m_upsert));
        const bool direct = m_directOne && m_directOne->isValid();
        // SQLite gave up the transaction (a full disk): nothing more may be written, or it would
        // be committed row by row.
        const auto abandoned = [&](const R &row) {
            if (!m_inTransaction || SqliteStatement::inTransaction(m_db))
                return false;
            const QString message = m_directOne && !m_directOne->lastError().isEmpty()
                    ? m_directOne->lastError()
                    : m_direct && !m_direct->lastError().isEmpty()
                    ? m_direct->lastError()
                    : Repository::tr("the write was rolled back");
            return setError(error, m_failure(row, message)), true;
        };
        for (const Pending &p : m_pending) {
            if (abandoned(p.row))
                return false;
            if (direct) {
                m_table.bind(*m_directOne, 0, p.row, p.position, m_version);
                if (m_directOne->exec())
                    continue;
                if (abandoned(p.row))
                    return false;
            }
            if (!m_one) {
                m_one.emplace(m_db);
                if (!prepare(*m_one, m_table.insertSql(1, m_upsert), error))
                    return false;
            }
            m_table.bind(*m_one, 0, p.row, p.position, m_version);
            if (!m_one->exec())
                return setError(error, m_failure(p.row, m_one->lastError().text()));
        }
        return true;
    }

    QSqlDatabase m_db;
    TableMapping<R> m_table;
    bool m_upsert;
    qint64 m_version;
    Failure m_failure;
    int m_batch;
    bool m_savepoints;
    bool m_inTransaction; // an SQLite write inside a transaction, when made
    bool m_batchUsable = true;
    std::optional<QSqlQuery> m_one;
    std::optional<QSqlQuery> m_many;
    std::optional<SqliteStatement> m_direct; // the batch on SQLite, without Qt in between
    std::optional<SqliteStatement> m_directOne; // one row on SQLite
    std::vector<Pending> m_pending;
};

// What the writer says when a row cannot be stored.
QString sourceFailure(const Source &s, const QString &message)
{
    return Repository::tr("Cannot save source \"%1\": %2").arg(s.id, message);
}
QString entityFailure(const Entity &e, const QString &message)
{
    return Repository::tr("Cannot save entity \"%1\": %2").arg(e.id, message);
}
QString eventFailure(const Event &e, const QString &message)
{
    return Repository::tr("Cannot save event \"%1\": %2").arg(e.id, message);
}
QString relationshipFailure(const Relationship &r, const QString &message)
{
    return Repository::tr("Cannot save relationship \"%1\": %2").arg(r.id, message);
}
QString figureFailure(const FinancialFigure &f, const QString &message)
{
    return Repository::tr("Cannot save financial figure \"%1\": %2").arg(figureKey(f), message);
}
QString participantFailure(const ParticipantRow &p, const QString &message)
{
    return Repository::tr("Cannot save participant \"%1\" of event \"%2\": %3")
            .arg(p.participant.entityId, p.eventId, message);
}
QString eventSourceFailure(const SourceRefRow &s, const QString &message)
{
    return Repository::tr("Cannot save source \"%1\" of event \"%2\": %3")
            .arg(s.sourceId, s.ownerId, message);
}
QString relationshipSourceFailure(const SourceRefRow &s, const QString &message)
{
    return Repository::tr("Cannot save source \"%1\" of relationship \"%2\": %3")
            .arg(s.sourceId, s.ownerId, message);
}
QString spellFailure(const SpellRow &r, const QString &message)
{
    return Repository::tr("Cannot save interval %1 of relationship \"%2\": %3")
            .arg(QString::number(r.ordinal + 1), r.relationshipId, message);
}
QString amountFailure(const AmountRow &a, const QString &message)
{
    return Repository::tr("Cannot save the amount of event \"%1\": %2").arg(a.eventId, message);
}
QString gapFailure(const FigureGap &, const QString &message)
{
    return Repository::tr("Cannot save the dataset information: %1").arg(message);
}

// For a large write on SQLite: a larger page cache while it runs (SQLite's default is 2 MB), so
// inserting into the indexes does not spill pages to the log and read them back; the cache goes
// back to its size, and its memory with it, when the write is over.
class LargeWriteCache
{
public:
    LargeWriteCache(const QSqlDatabase &db, qsizetype records)
        : m_db(db), m_on(records >= 5000 && db.driverName() == QLatin1String("QSQLITE"))
    {
        QSqlQuery q(m_db);
        m_on = m_on && q.exec(QStringLiteral("PRAGMA cache_size")) && q.next();
        if (m_on) {
            m_size = q.value(0).toLongLong();
            q.finish();
            q.exec(QStringLiteral("PRAGMA cache_size = -65536")); // in KiB
            // A statement of many rows keeps a journal of its own to undo itself; in memory.
            m_on = q.exec(QStringLiteral("PRAGMA temp_store")) && q.next();
            m_tempStore = q.value(0).toInt();
            q.finish();
            q.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
        }
    }
    ~LargeWriteCache()
    {
        if (!m_on)
            return;
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_size));
        q.exec(QStringLiteral("PRAGMA temp_store = %1").arg(m_tempStore));
    }
    Q_DISABLE_COPY_MOVE(LargeWriteCache)

private:
    QSqlDatabase m_db;
    bool m_on;
    qint64 m_size = 0;
    int m_tempStore = 0;
};

qsizetype recordCount(const Dataset &d)
{
    return d.sources.size() + d.entities.size() + d.events.size() + d.relationships.size()
            + d.financials.size();
}

// Writes records, with every statement prepared once and reused for every row.
class Writer
{
public:
    // version: the sequence of this write, stored as the version of every record written (team
    // mode; unused on older schemas).
    Writer(const QSqlDatabase &db, bool merge, qint64 version)
        : m_db(db), m_merge(merge), m_version(version), m_schema(schemaOf(db))
    {
    }

    bool write(const Dataset &data, QString *error)
    {
        return writeInfo(data.info, error)
                && writeRecords(RecordTables::sources(), data.sources, sourceFailure, error)
                && writeRecords(RecordTables::entities(), data.entities, entityFailure, error)
                && writeEvents(data.events, error) && writeRelationships(data.relationships, error)
                && writeRecords(RecordTables::financials(), data.financials, figureFailure, error)
                && AttributeStore::write(m_db, data, m_merge && !m_allNew, {}, error)
                && (m_merge ? TypeStore::merge(m_db, data.types, error)
                            : TypeStore::write(m_db, data.types, error));
    }
    // Every record is known to be new (an edit's inserted ones): merging them skips clearing
    // list rows they cannot have yet.
    void setAllNew() { m_allNew = true; }
    // The stored events as they were before an edit changed them, one for one with the events
    // written (an edit's changed ones): only the lists that differ are rewritten.
    void setEventsBefore(const QList<Event> *before) { m_eventsBefore = before; }
    // Not merging: always writes info.
    bool writeInfo(const DatasetInfo &info, QString *error);

private:
    template <typename R>
    Inserter<R> inserter(const TableMapping<R> &t, bool upsert,
                         typename Inserter<R>::Failure failure) const
    {
        return Inserter<R>(m_db, t.atSchema(m_schema), upsert, m_version, failure);
    }
    // needed: there are records to write (else no table scan).
    bool nextPosition(const QString &table, int *position, QString *error, bool needed);
    template <typename R>
    bool writeRecords(const TableMapping<R> &table, const QList<R> &records,
                      typename Inserter<R>::Failure failure, QString *error);
    // A merged record's lists are replaced as a whole, like the record itself: its old rows in
    // the tables of lists go first.
    template <typename R>
    bool clearLists(const QList<R> &records, const QStringList &tables,
                    typename Inserter<R>::Failure failure, QString *error);
    bool writeEvents(const QList<Event> &events, QString *error);
    bool writeParticipants(const QList<Event> &events, bool knownBefore, QString *error);
    bool shiftParticipants(QSqlQuery &clear, QSqlQuery &move, const Event &event,
                           const QList<Participant> &was, qsizetype from, qsizetype *to,
                           bool *moved, QString *error);
    bool stampVersions(const QList<Event> &events, QList<Event> *missing, QString *error);
    bool writeRelationships(const QList<Relationship> &relationships, QString *error);
    bool writeSpells(const QList<Relationship> &relationships, QString *error);

    QSqlDatabase m_db;
    bool m_merge;
    qint64 m_version;
    int m_schema;
    bool m_allNew = false;
    const QList<Event> *m_eventsBefore = nullptr;
};

// Merged records that are new go after every existing one, keeping the stored order intact.
bool Writer::nextPosition(const QString &table, int *position, QString *error, bool needed)
{
    *position = 0;
    if (!m_merge || !needed)
        return true;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT MAX(position) FROM %1").arg(table)) || !q.next())
        return setError(
                error,
                Repository::tr("Cannot read the order of %1: %2").arg(table, q.lastError().text()));
    *position = q.isNull(0) ? 0 : q.value(0).toInt() + 1;
    return true;
}

template <typename R>
bool Writer::writeRecords(const TableMapping<R> &table, const QList<R> &records,
                          typename Inserter<R>::Failure failure, QString *error)
{
    int position = 0;
    if (!nextPosition(table.table(), &position, error, !records.isEmpty()))
        return false;
    Inserter<R> insert = inserter(table, m_merge, failure);
    for (const R &r : records) {
        if (!insert.add(r, position++, error))
            return false;
    }
    return insert.flush(error);
}

template <typename R>
bool Writer::clearLists(const QList<R> &records, const QStringList &tables,
                        typename Inserter<R>::Failure failure, QString *error)
{
    if (!m_merge || m_allNew || records.isEmpty())
        return true;
    std::vector<QSqlQuery> clear;
    for (const QString &table : tables) {
        clear.emplace_back(m_db);
        if (!prepare(clear.back(),
                     QStringLiteral("DELETE FROM %1 WHERE %2 = ?")
                             .arg(table.section(u' ', 0, 0), table.section(u' ', 1, 1)),
                     error))
            return false;
    }
    for (const R &r : records) {
        for (QSqlQuery &q : clear) {
            if (!run(q, { r.id }))
                return setError(error, failure(r, q.lastError().text()));
        }
    }
    return true;
}

// "table owner_column" of each table holding a list inside a record.
template <typename R>
QString listTable(const TableMapping<R> &t)
{
    return t.table() + QLatin1Char(' ') + t.key().constFirst();
}

// Pre-order numbering: the event's amount is 0, its equivalent 1, and so on down the tree.
bool addAmount(Inserter<AmountRow> &insert, const QString &eventId, const Amount &a, int parent,
               int *ordinal, QString *error)
{
    const int self = (*ordinal)++;
    if (!insert.add({ eventId, self, parent, a }, 0, error))
        return false;
    for (const Amount &eq : a.equivalent) {
        if (!addAmount(insert, eventId, eq, self, ordinal, error))
            return false;
    }
    return true;
}

// The stored rows of events whose own fields are as before (a company deleted from their
// participants) only take the write's version: their columns, and the indexes on dates and
// order, are left alone. An event with no stored row is added to *missing.
bool Writer::stampVersions(const QList<Event> &events, QList<Event> *missing, QString *error)
{
    const QString sql = RecordTables::events().atSchema(m_schema).versionSql();
    if (events.isEmpty() || sql.isEmpty()) // an old schema has no versions: nothing to stamp
        return true;
    QSqlQuery q(m_db);
    if (!prepare(q, sql, error))
        return false;
    for (const Event &e : events) {
        if (!run(q, { m_version, e.id }))
            return setError(error, eventFailure(e, q.lastError().text()));
        if (q.numRowsAffected() != 1)
            missing->append(e);
    }
    return true;
}

bool Writer::writeEvents(const QList<Event> &events, QString *error)
{
    const bool knownBefore = m_eventsBefore && m_eventsBefore->size() == events.size();
    if (!knownBefore) {
        if (!writeRecords(RecordTables::events(), events, eventFailure, error))
            return false;
    } else {
        const TableMapping<Event> table = RecordTables::events();
        QList<Event> rowsChanged;
        QList<Event> rowsKept;
        for (qsizetype i = 0; i < events.size(); ++i)
            (table.sameRow(m_eventsBefore->at(i), events.at(i)) ? rowsKept : rowsChanged)
                    .append(events.at(i));
        if (!stampVersions(rowsKept, &rowsChanged, error)
            || !writeRecords(table, rowsChanged, eventFailure, error))
            return false;
    }
    // The events whose list differs from the stored one: all of them, unless the stored events
    // are known (deleting a company changes the participants of its events, not their sources).
    const auto whose = [&](auto differs) {
        if (!knownBefore)
            return events;
        QList<Event> out;
        for (qsizetype i = 0; i < events.size(); ++i) {
            if (differs(m_eventsBefore->at(i), events.at(i)))
                out.append(events.at(i));
        }
        return out;
    };
    const QList<Event> withSources =
            whose([](const Event &a, const Event &b) { return a.sourceIds != b.sourceIds; });
    const QList<Event> withAmounts =
            whose([](const Event &a, const Event &b) { return !(a.amount == b.amount); });
    if (!writeParticipants(events, knownBefore, error)
        || !clearLists(withSources, { listTable(RecordTables::sourceRefs(RecordType::Event)) },
                       eventFailure, error)
        || !clearLists(withAmounts, { listTable(RecordTables::amounts()) }, eventFailure, error))
        return false;
    Inserter<SourceRefRow> sources =
            inserter(RecordTables::sourceRefs(RecordType::Event), false, eventSourceFailure);
    Inserter<AmountRow> amounts = inserter(RecordTables::amounts(), false, amountFailure);
    for (const Event &e : withSources) {
        for (qsizetype i = 0; i < e.sourceIds.size(); ++i) {
            if (!sources.add({ e.id, int(i), e.sourceIds.at(i) }, 0, error))
                return false;
        }
    }
    for (const Event &e : withAmounts) {
        int ordinal = 0;
        if (e.amount && !addAmount(amounts, e.id, *e.amount, -1, &ordinal, error))
            return false;
    }
    return sources.flush(error) && amounts.flush(error);
}

// An event's participant rows from the first ordinal at which its list parts from the stored
// one: a company taken from the end of a list deletes one row and leaves the others alone.
// Without the stored events every list is written whole. Rows that only move (a company taken
// from or put into the front or middle of a list) keep their row and take their new ordinal
// (shiftParticipants): written anew, they were new rows of the other companies, each one's entry
// in the index by company deleted and made again, on pages all over it (some 60 of the 430 pages
// a company's deletion wrote at 100,000 events).
bool Writer::writeParticipants(const QList<Event> &events, bool knownBefore, QString *error)
{
    const TableMapping<ParticipantRow> &table = RecordTables::participants();
    struct Tail
    {
        const Event *event;
        qsizetype before; // the event's row in m_eventsBefore (knownBefore)
        qsizetype from; // the rows [from, to) of the list are inserted
        qsizetype to;
    };
    std::vector<Tail> tails;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QList<Participant> &now = events.at(i).participants;
        qsizetype from = 0;
        if (knownBefore) {
            const QList<Participant> &was = m_eventsBefore->at(i).participants;
            const auto [a, b] = std::mismatch(was.cbegin(), was.cend(), now.cbegin(), now.cend());
            if (a == was.cend() && b == now.cend())
                continue;
            from = b - now.cbegin();
        }
        tails.push_back({ &events.at(i), i, from, now.size() });
    }
    if (m_merge && !m_allNew && !tails.empty()) {
        QSqlQuery clear(m_db);
        QSqlQuery move(m_db);
        const QString key = table.key().at(0);
        const QString ordinal = table.key().at(1);
        if (!prepare(clear,
                     QStringLiteral("DELETE FROM %1 WHERE %2 = ? AND %3 >= ? AND %3 < ?")
                             .arg(table.table(), key, ordinal),
                     error)
            || !prepare(move,
                        QStringLiteral("UPDATE %1 SET %3 = ? WHERE %2 = ? AND %3 = ?")
                                .arg(table.table(), key, ordinal),
                        error))
            return false;
        for (Tail &t : tails) {
            bool moved = false;
            if (knownBefore
                && !shiftParticipants(clear, move, *t.event,
                                      m_eventsBefore->at(t.before).participants, t.from, &t.to,
                                      &moved, error))
                return false;
            if (!moved
                && !run(clear, { t.event->id, int(t.from), std::numeric_limits<int>::max() }))
                return setError(error, eventFailure(*t.event, clear.lastError().text()));
        }
    }
    Inserter<ParticipantRow> rows = inserter(table, false, participantFailure);
    for (const Tail &t : tails) {
        for (qsizetype i = t.from; i < t.to; ++i) {
            if (!rows.add({ t.event->id, int(i), t.event->participants.at(i) }, 0, error))
                return false;
        }
    }
    return rows.flush(error);
}

// When the stored list `was` became the event's by participants taken out at `from`, or put in
// there, the rows after them move in place (ascending when they move down, descending when up,
// so no two rows ever share an ordinal), the rows taken out are deleted, and *to is set so that
// only the rows put in are inserted; *moved is then true. It stays false when the lists differ
// otherwise, or when a stored row is not where the list says: the caller then writes the list
// anew from `from`, which replaces whatever moved. False on a database error.
bool Writer::shiftParticipants(QSqlQuery &clear, QSqlQuery &move, const Event &event,
                               const QList<Participant> &was, qsizetype from, qsizetype *to,
                               bool *moved, QString *error)
{
    const QList<Participant> &now = event.participants;
    const qsizetype k = now.size() - was.size();
    const auto wasTail = was.cbegin() + from;
    const auto nowTail = now.cbegin() + from;
    const bool takenOut = k < 0 && std::equal(wasTail - k, was.cend(), nowTail, now.cend());
    const bool putIn = k > 0 && std::equal(wasTail, was.cend(), nowTail + k, now.cend());
    if (!takenOut && !putIn)
        return true;
    bool inPlace = true;
    const auto moveRow = [&](qsizetype at) {
        if (!run(move, { int(at + k), event.id, int(at) }))
            return setError(error, eventFailure(event, move.lastError().text()));
        inPlace = move.numRowsAffected() == 1;
        return true;
    };
    if (takenOut) {
        if (!run(clear, { event.id, int(from), int(from - k) }))
            return setError(error, eventFailure(event, clear.lastError().text()));
        inPlace = clear.numRowsAffected() == -k;
        for (qsizetype at = from - k; at < was.size() && inPlace; ++at) {
            if (!moveRow(at))
                return false;
        }
    } else {
        for (qsizetype at = was.size() - 1; at >= from && inPlace; --at) {
            if (!moveRow(at))
                return false;
        }
    }
    *moved = inPlace;
    if (inPlace)
        *to = from + std::max<qsizetype>(k, 0);
    return true;
}

bool Writer::writeRelationships(const QList<Relationship> &relationships, QString *error)
{
    QStringList lists = { listTable(RecordTables::sourceRefs(RecordType::Relationship)) };
    if (m_schema >= kSpellsSchema)
        lists.append(listTable(RecordTables::spells()));
    if (!writeRecords(RecordTables::relationships(), relationships, relationshipFailure, error)
        || !clearLists(relationships, lists, relationshipFailure, error)
        || !writeSpells(relationships, error))
        return false;
    Inserter<SourceRefRow> sources = inserter(RecordTables::sourceRefs(RecordType::Relationship),
                                              false, relationshipSourceFailure);
    for (const Relationship &r : relationships) {
        for (qsizetype i = 0; i < r.sourceIds.size(); ++i) {
            if (!sources.add({ r.id, int(i), r.sourceIds.at(i) }, 0, error))
                return false;
        }
    }
    return sources.flush(error);
}

// Rows only for a relationship of two or more intervals: a single one is in its own row.
bool Writer::writeSpells(const QList<Relationship> &relationships, QString *error)
{
    const auto several = [](const Relationship &r) { return !r.spells.isEmpty(); };
    const auto first = std::find_if(relationships.cbegin(), relationships.cend(), several);
    if (first == relationships.cend())
        return true;
    if (m_schema < kSpellsSchema)
        return setError(error,
                        Repository::tr("This database is too old to store relationship \"%1\" "
                                       "with several intervals; open it once with write access "
                                       "to upgrade it")
                                .arg(first->id));
    Inserter<SpellRow> rows = inserter(RecordTables::spells(), false, spellFailure);
    for (auto it = first; it != relationships.cend(); ++it) {
        for (qsizetype i = 0; i < it->spells.size(); ++i) {
            if (!rows.add({ it->id, int(i), it->spells.at(i) }, 0, error))
                return false;
        }
    }
    return rows.flush(error);
}

bool Writer::writeInfo(const DatasetInfo &info, QString *error)
{
    if (m_merge) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!prepare(q, QStringLiteral("SELECT value FROM meta WHERE key = ?"), error))
            return false;
        q.bindValue(0, kInfoId);
        if (!q.exec())
            return setError(error,
                            Repository::tr("Cannot read the dataset information: %1")
                                    .arg(q.lastError().text()));
        if (q.next() && !q.value(0).toString().isEmpty())
            return true;
    }
    QSqlQuery del(m_db);
    QSqlQuery ins(m_db);
    if (!prepare(del, QStringLiteral("DELETE FROM meta WHERE key = ?"), error)
        || !prepare(ins, QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"), error))
        return false;
    DatasetInfo values = info;
    for (const auto &[key, value] : infoFields(&values)) {
        QSqlQuery &failed = run(del, { key }) ? ins : del;
        if (&failed == &del || !run(ins, { key, text(*value) }))
            return setError(error,
                            Repository::tr("Cannot save the dataset information: %1")
                                    .arg(failed.lastError().text()));
    }
    if (m_schema < 3) // known gaps came with schema 3
        return true;
    QSqlQuery clearGaps(m_db);
    if (!clearGaps.exec(QStringLiteral("DELETE FROM %1").arg(RecordTables::gaps().table())))
        return setError(error, gapFailure({}, clearGaps.lastError().text()));
    Inserter<FigureGap> gaps = inserter(RecordTables::gaps(), false, gapFailure);
    int position = 0;
    for (const FigureGap &g : info.knownGaps) {
        if (!gaps.add(g, position++, error))
            return false;
    }
    return gaps.flush(error);
}

// Rebuilds the amount tree of one event from its rows in ordinal (pre-order) order; the rows'
// amounts are moved into it.
std::optional<Amount> buildAmount(QList<AmountRow> *rowsIn)
{
    QList<AmountRow> &rows = *rowsIn;
    if (rows.isEmpty() || rows.constFirst().ordinal != 0 || rows.constFirst().parent != -1)
        return std::nullopt;
    if (rows.size() == 1) // most amounts: no equivalents
        return std::move(rows.first().amount);
    QHash<int, qsizetype> index;
    for (qsizetype i = 0; i < rows.size(); ++i)
        index.insert(rows.at(i).ordinal, i);
    // Children come after their parent, so walking backwards attaches finished subtrees, and
    // prepending restores their order.
    for (qsizetype i = rows.size() - 1; i > 0; --i) {
        const qsizetype parent = index.value(rows.at(i).parent, -1);
        if (parent < 0 || parent >= i)
            return std::nullopt;
        rows[parent].amount.equivalent.prepend(std::move(rows[i].amount));
    }
    return std::move(rows.first().amount);
}

// Inside the caller's transaction: empties every data table and writes data with version.
bool replaceContents(const QSqlDatabase &db, const Dataset &data, qint64 version, QString *error)
{
    const TableMapping<NodePositionRow> &layout = RecordTables::nodePositions();
    std::vector<NodePositionRow> positions;
    const bool hasLayout = hasLayoutTable(db);
    if (hasLayout) {
        QSqlQuery q(db);
        if (!select(q, layout.selectSql().arg(QString()), error))
            return false;
        QString bad;
        for (NodePositionRow p; q.next() && layout.read(q, &p, &bad);)
            positions.push_back(p);
    }

    // Dependants first, so the deletes never lean on ON DELETE CASCADE.
    QStringList tables = {
        RecordTables::sourceRefs(RecordType::Relationship).table(),
        RecordTables::relationships().table(),
        RecordTables::amounts().table(),
        RecordTables::sourceRefs(RecordType::Event).table(),
        RecordTables::participants().table(),
        RecordTables::events().table(),
        RecordTables::financials().table(),
        RecordTables::entities().table(),
        RecordTables::sources().table(),
    };
    if (hasLayout)
        tables.prepend(layout.table());
    if (hasSpellsTable(db))
        tables.prepend(RecordTables::spells().table());
    QSqlQuery q(db);
    for (const QString &table : tables) {
        if (!q.exec(QStringLiteral("DELETE FROM %1").arg(table)))
            return setError(error,
                            Repository::tr("Cannot delete the old contents of %1: %2")
                                    .arg(table, q.lastError().text()));
    }

    if (!AttributeStore::clear(db, error) || !Writer(db, false, version).write(data, error))
        return false;

    // The layout is the user's work, not data: positions of entities that are still there stay.
    QSet<QString> kept;
    for (const Entity &e : data.entities)
        kept.insert(e.id);
    Inserter<NodePositionRow> restore(
            db, layout, false, version, [](const NodePositionRow &p, const QString &message) {
                return Repository::tr("Cannot restore the saved position of \"%1\": %2")
                        .arg(p.entityId, message);
            });
    for (const NodePositionRow &p : positions) {
        if (kept.contains(p.entityId) && !restore.add(p, 0, error))
            return false;
    }
    return restore.flush(error);
}

} // namespace

Repository::Repository(QSqlDatabase db) : m_db(std::move(db)) { }

bool Repository::isEmpty(QString *error) const
{
    for (const auto &sql : { QStringLiteral("SELECT 1 FROM entities LIMIT 1"),
                             QStringLiteral("SELECT 1 FROM events LIMIT 1") }) {
        QSqlQuery q(m_db);
        if (!select(q, sql, error))
            return false;
        if (q.next())
            return false;
    }
    return true;
}

std::optional<Dataset> Repository::load(QString *error) const
{
    return loadImpl(nullptr, nullptr, error);
}

std::optional<Dataset> Repository::load(RecordVersions *versions, QString *error) const
{
    *versions = {};
    return loadImpl(nullptr, versions, error);
}

std::optional<Dataset> Repository::loadRecords(const RecordKeys &keys, RecordVersions *versions,
                                               QString *error) const
{
    return loadImpl(&keys, versions, error);
}

namespace {

// Hands the rows of a child table, which come in order of their owner, to each owner's list at
// once at its exact size: a list grown row by row holds up to half again its size (some 40 MB of
// participants and sources at a million events). flush() hands on the last owner's rows.
template <typename T>
class Gatherer
{
public:
    void add(QList<T> *owner, T row)
    {
        if (owner != m_owner)
            flush();
        m_owner = owner;
        m_rows.append(std::move(row));
    }
    void flush()
    {
        if (!m_owner)
            return;
        m_owner->reserve(m_owner->size() + m_rows.size());
        for (T &row : m_rows)
            m_owner->append(std::move(row));
        m_rows.clear(); // keeps its room for the next owner
        m_owner = nullptr;
    }

private:
    QList<T> *m_owner = nullptr;
    QList<T> m_rows;
};

// Puts records read as a table keeps them into the order of their positions (ties by id), as
// "ORDER BY position, id" gives them: the moves follow the permutation's cycles, so no second
// list of a million records is made.
template <typename R>
void putInOrder(QList<R> *records, const std::vector<qint64> &positions)
{
    std::vector<qsizetype> from(positions.size()); // from[i]: where the record at i now is
    std::iota(from.begin(), from.end(), qsizetype(0));
    std::stable_sort(from.begin(), from.end(), [&](qsizetype a, qsizetype b) {
        return positions[a] != positions[b] ? positions[a] < positions[b]
                                            : records->at(a).id < records->at(b).id;
    });
    R *data = records->data();
    for (qsizetype start = 0; start < qsizetype(from.size()); ++start) {
        if (from[start] == start)
            continue;
        R moving = std::move(data[start]);
        qsizetype at = start;
        while (from[at] != start) {
            const qsizetype next = from[at];
            data[at] = std::move(data[next]);
            from[at] = at;
            at = next;
        }
        data[at] = std::move(moving);
        from[at] = at;
    }
}

// The rows of a list table of events (participants, sources) as a helper read them, each event's
// together and at its exact size, in the order the table keeps them. The events' ids are kept one
// after another in one string: a string each would be a million allocations more.
template <typename T>
struct ListGroups
{
    struct Group
    {
        qsizetype at;
        qsizetype length;
        QList<T> list;
    };
    QString ids;
    std::vector<Group> groups;
    // Events whose rows came out of the order of their ordinals: read again by their keys.
    QStringList apart;
    QStringView idOf(const Group &g) const { return QStringView(ids).sliced(g.at, g.length); }
};
struct EventLists
{
    ListGroups<Participant> participants;
    ListGroups<QString> sources;
    bool read = false; // both tables whole (the events in apart read again by their keys)
};

std::atomic<int> helperLoads{ 0 }; // Repository::listsReadBeside()
std::atomic<int> listEventsReadAgain{ 0 }; // Repository::eventListsReadAgain()
// The events whose list rows came apart that a load reads again by their keys, at most: more, and
// the whole table is read again in order (one statement rather than a look-up per event).
constexpr qsizetype kListsReadAgainAtMost = 1000;

// Reads a dataset (or, with keys, only the records named there) one table at a time.
class Loader
{
public:
    Loader(const QSqlDatabase &db, const Repository::RecordKeys *keys, RecordVersions *versions,
           Repository::Progress *progress, QString *error, ReadSnapshot *snapshot = nullptr)
        : m_db(db),
          m_keys(keys),
          m_versions(versions),
          m_progress(keys ? nullptr : progress),
          m_snapshot(keys ? nullptr : snapshot),
          m_schema(schemaOf(db)),
          m_error(error)
    {
        // With keys, only the records named there; a type without keys is not read at all.
        if (keys) {
            for (auto it = keys->cbegin(); it != keys->cend(); ++it)
                m_wanted.insert(it.key(), QStringList(it.value().cbegin(), it.value().cend()));
        }
    }

    std::optional<Dataset> load()
    {
        if (m_progress)
            countParts();
        startHelper();
        // A helper still reading when the load fails or is stopped stops too.
        const auto stopHelper = qScopeGuard([this] {
            if (m_helper) {
                m_helper->requestInterruption();
                m_helper->wait();
            }
        });
        const bool ok = (m_keys || readInfo())
                && readRecords(RecordTables::sources(), RecordType::Source, &m_data.sources)
                && readRecords(RecordTables::entities(), RecordType::Entity, &m_data.entities)
                && (collectIds(), true) && readEvents() && readRelationships() && readFinancials()
                && (m_keys || m_schema < 3 || readGaps())
                && AttributeStore::read(m_db, &m_data, m_keys != nullptr, m_error)
                && TypeStore::read(m_db, &m_data.types, m_error); // few rows: always whole
        if (!ok)
            return std::nullopt;
        m_data.buildIndexes();
        return std::move(m_data);
    }

    // On a helper's thread and connection: the list tables of events, gathered per event. False
    // when they cannot be read so (then the load reads them itself, and says what is wrong).
    bool gatherLists(EventLists *out)
    {
        QSet<QString> names; // entity and source ids, so that references share their text
        // SQLite's rows come through SqliteStatement, which gives each id one string already
        // (Repeats::Often in recordtables.cpp); other drivers give a string per row.
        const bool shared = m_db.driverName() == QLatin1String("QSQLITE");
        const auto intern = [&names, shared](QString *id) {
            if (shared)
                return;
            if (const auto it = names.constFind(*id); it != names.cend())
                *id = *it;
            else
                names.insert(*id);
        };
        const bool read =
                gather(
                        RecordTables::participants(), &ParticipantRow::eventId,
                        [&](ParticipantRow &r) {
                            intern(&r.participant.entityId);
                            return std::move(r.participant);
                        },
                        &out->participants)
                && gather(
                        RecordTables::sourceRefs(RecordType::Event), &SourceRefRow::ownerId,
                        [&](SourceRefRow &r) {
                            intern(&r.sourceId);
                            return std::move(r.sourceId);
                        },
                        &out->sources);
        out->read = read;
        return read;
    }

private:
    const QStringList *filter(RecordType type) { return m_keys ? &m_wanted[type] : nullptr; }

    // A whole load inside a snapshot a helper may join: the helper reads the lists of events
    // (half a load's rows) on the other core while this thread reads the records. The snapshot's
    // write lock is let go once the helper has begun (or at once without one).
    void startHelper()
    {
        if (m_snapshot && m_snapshot->offerToHelper()) {
            m_helper.reset(QThread::create([this] {
                useBulkHeapOnThisThread(BulkThread::Beside); // as the read it helps
                const auto helper = m_snapshot->join();
                if (!helper)
                    return;
                QString ignored; // the load reads the lists itself and gives the message
                Loader(helper->connection(), nullptr, nullptr, m_progress, &ignored)
                        .gatherLists(&m_lists);
                buildEventIndexBeside();
            }));
            m_helper->start();
        }
        if (m_snapshot)
            m_snapshot->waitForHelper();
    }
    // On the helper's thread, its lists read: the events' index by id, when the events are read
    // and this load's thread has not begun it (it is reading their amounts). At a million events
    // the index takes 0.2 to 0.3 s, and the helper was often done first, the other core idle.
    void buildEventIndexBeside()
    {
        while (!m_eventsRead.tryAcquire(1, 20)) {
            if (QThread::currentThread()->isInterruptionRequested())
                return; // the load failed or was stopped before the events were read
        }
        if (!m_eventIndexTaken.exchange(true))
            m_data.event(QString());
    }
    // The helper's lists put into the events read here; false when there is no helper or its
    // rows are not as this program writes them (then every list is empty again).
    bool takeHelpersLists()
    {
        if (!m_helper)
            return false;
        // A stop asked of this thread is passed on.
        while (!m_helper->wait(QDeadlineTimer(20))) {
            if (QThread::currentThread()->isInterruptionRequested())
                m_helper->requestInterruption();
        }
        m_helper.reset();
        const bool taken = m_lists.read && mergeLists(&m_lists.participants, &Event::participants)
                && mergeLists(&m_lists.sources, &Event::sourceIds)
                && readListsAgain(RecordTables::participants(), &ParticipantRow::eventId,
                                  &Event::participants, m_lists.participants.apart,
                                  [this](ParticipantRow &r) {
                                      share(&r.participant.entityId);
                                      return std::move(r.participant);
                                  })
                && readListsAgain(RecordTables::sourceRefs(RecordType::Event),
                                  &SourceRefRow::ownerId, &Event::sourceIds, m_lists.sources.apart,
                                  [this](SourceRefRow &r) {
                                      share(&r.sourceId);
                                      return std::move(r.sourceId);
                                  });
        m_lists = {};
        if (taken)
            ++helperLoads;
        if (!taken) {
            for (Event &e : m_data.events) {
                e.participants.clear();
                e.sourceIds.clear();
            }
        }
        return taken;
    }
    // Each group's list into its event. An event met again (its rows apart in the table, as an
    // undo that gave one event a participant back leaves them) joins lists->apart, to be read
    // again by its key: false, for the whole table read again, when more than
    // kListsReadAgainAtMost events are so (or a row names a missing event).
    template <typename T>
    bool mergeLists(ListGroups<T> *lists, QList<T> Event::*list)
    {
        m_lastEvent = nullptr;
        m_nextEvent = 0;
        for (auto &g : lists->groups) {
            Event *e = eventFor(lists->idOf(g));
            if (!e)
                return false;
            if ((e->*list).isEmpty()) {
                e->*list = std::move(g.list);
            } else if (lists->apart.isEmpty() || lists->apart.constLast() != e->id) {
                lists->apart.append(e->id);
                if (lists->apart.size() > kListsReadAgainAtMost)
                    return false;
            }
        }
        return true;
    }
    // The lists of the events named in ids read again, by their keys, in the order of ordinals.
    template <typename R, typename T, typename Item>
    bool readListsAgain(const TableMapping<R> &table, QString R::*owner, QList<T> Event::*list,
                        QStringList ids, Item item)
    {
        if (ids.isEmpty())
            return true;
        ids.removeDuplicates();
        m_lastEvent = nullptr;
        m_nextEvent = 0;
        for (const QString &id : std::as_const(ids)) {
            if (Event *e = eventFor(id))
                (e->*list).clear();
        }
        Gatherer<T> gatherer;
        const auto take = [&](R r, qint64) {
            Event *e = eventFor(r.*owner);
            return e && (gatherer.add(&(e->*list), item(r)), true);
        };
        const bool read = readRows(table, RecordType::Event, &ids, take);
        gatherer.flush();
        listEventsReadAgain.fetch_add(int(ids.size()), std::memory_order_relaxed);
        if (read)
            shareWithTheRest(list, ids);
        return read;
    }
    static QString &referenceIn(Participant &p) { return p.entityId; }
    static QString &referenceIn(QString &id) { return id; }
    static const QString &referenceIn(const Participant &p) { return p.entityId; }
    static const QString &referenceIn(const QString &id) { return id; }
    // The references of the events named in ids (read again) made the strings the other events'
    // lists hold for the same ids: the helper's rows give each id one string of their own, not
    // the entity's or source's. A pass over the other events until each id is found.
    template <typename T>
    void shareWithTheRest(QList<T> Event::*list, const QStringList &ids)
    {
        const QSet<QString> again(ids.cbegin(), ids.cend());
        QHash<QString, QString> wanted; // each id the lists read again name, and its string
        for (const QString &id : ids) {
            if (const Event *e = m_data.event(id)) {
                for (const T &item : e->*list)
                    wanted.insert(referenceIn(item), QString());
            }
        }
        qsizetype missing = wanted.size();
        for (const Event &e : std::as_const(m_data.events)) {
            if (missing == 0)
                break;
            if (again.contains(e.id))
                continue;
            for (const T &item : e.*list) {
                const auto it = wanted.find(referenceIn(item));
                if (it != wanted.end() && it->isNull()) {
                    *it = referenceIn(item);
                    --missing;
                }
            }
        }
        for (const QString &id : ids) {
            if (Event *e = eventFor(id)) {
                for (T &item : e->*list) {
                    QString &ref = referenceIn(item);
                    if (const QString found = wanted.value(ref); !found.isNull())
                        ref = found;
                }
            }
        }
    }
    // Gathers a list table's rows per event as the table keeps them (SQLite), or in the order of
    // its key (PostgreSQL). An event whose rows come out of the order of their ordinals joins
    // out->apart; false when more than kListsReadAgainAtMost events do.
    template <typename R, typename T, typename Item>
    bool gather(const TableMapping<R> &table, QString R::*owner, Item item, ListGroups<T> *out)
    {
        Gatherer<T> gatherer;
        int lastOrdinal = 0;
        const auto add = [&](R r) {
            const QString &id = r.*owner;
            if (out->groups.empty() || out->idOf(out->groups.back()) != id) {
                gatherer.flush(); // before the groups move
                out->groups.push_back({ out->ids.size(), id.size(), {} });
                out->ids.append(id);
            } else if (r.ordinal <= lastOrdinal
                       && (out->apart.isEmpty() || out->apart.constLast() != id)) {
                out->apart.append(id);
                if (out->apart.size() > kListsReadAgainAtMost)
                    return false; // too many: the whole table read again, in order
            }
            lastOrdinal = r.ordinal;
            gatherer.add(&out->groups.back().list, item(r));
            return true;
        };
        std::optional<bool> read = scanRows(table, RecordType::Event,
                                            [&](R r, qint64, qint64) { return add(std::move(r)); });
        if (!read)
            read = readRows(table, RecordType::Event, nullptr,
                            [&](R r, qint64) { return add(std::move(r)); });
        gatherer.flush();
        return *read;
    }

    // A whole load's parts for its progress: the rows of each table read through readFrom(),
    // each weighed by the columns read (an event's row costs some three times a participant's).
    // On SQLite a table's rows are counted by its largest rowid, found in the table's b-tree at
    // once: exact until rows are deleted, and never fewer than the rows (SQLite gives a new row
    // the largest rowid plus one, and this program never sets one). COUNT(*) walks every page of
    // an index, and at a million events the counts held the read back by 0.1 to 0.25 s.
    template <typename R>
    qint64 partsOf(const TableMapping<R> &mapping)
    {
        const TableMapping<R> table = mapping.atSchema(m_schema);
        QSqlQuery q(m_db);
        QString ignored; // a table this schema lacks counts nothing
        const QString rows = m_db.driverName() == QLatin1String("QSQLITE")
                ? QStringLiteral("SELECT MAX(rowid) FROM %1")
                : QStringLiteral("SELECT COUNT(*) FROM %1");
        if (!select(q, rows.arg(table.table()), &ignored) || !q.next())
            return 0;
        return q.value(0).toLongLong() * columnsRead(table);
    }
    template <typename R>
    static qint64 columnsRead(const TableMapping<R> &table)
    {
        return std::max<qint64>(1, table.readColumnCount());
    }
    void countParts()
    {
        qint64 parts = partsOf(RecordTables::sources()) + partsOf(RecordTables::entities())
                + partsOf(RecordTables::events()) + partsOf(RecordTables::participants())
                + partsOf(RecordTables::sourceRefs(RecordType::Event))
                + partsOf(RecordTables::amounts()) + partsOf(RecordTables::relationships())
                + partsOf(RecordTables::sourceRefs(RecordType::Relationship))
                + partsOf(RecordTables::financials());
        if (m_schema >= kSpellsSchema)
            parts += partsOf(RecordTables::spells());
        if (m_schema >= 3)
            parts += partsOf(RecordTables::gaps());
        m_progress->done.store(0, std::memory_order_relaxed);
        m_progress->total.store(parts, std::memory_order_relaxed);
    }
    bool skip(RecordType type) const { return m_keys && m_wanted.value(type).isEmpty(); }

    // Reads the rows of a table (those whose first key column is one of ids, or all) in the
    // order of its key (after the position where there is one) and hands each with its version
    // (-1 without one) to take, which may refuse it by returning false.
    template <typename R, typename Take>
    bool readRows(const TableMapping<R> &mapping, RecordType type, const QStringList *ids,
                  Take take)
    {
        const TableMapping<R> table = mapping.atSchema(m_schema);
        const int versionAt = m_versions ? table.versionIndex() : -1;
        if (!ids) { // a whole table: on SQLite, straight from the library
            SqliteStatement direct(m_db, table.selectSql().arg(QString()));
            if (direct.isValid())
                return readFrom(direct, table, type, versionAt, -1, take) && succeeded(direct);
        }
        QSqlQuery q(m_db);
        if (!selectWhere(q, table.selectSql(), table.key().constFirst(), ids, m_error))
            return false;
        return readFrom(q, table, type, versionAt, -1, take);
    }
    // A whole table on SQLite in the order it keeps its rows, without SQLite sorting them (by
    // an index, a row at a time: a fifth of a million events' read); take gets each row, its
    // version and its position (-1 without one) and checks their order itself. Nothing when
    // the table cannot be read so (not SQLite, or with keys): the caller reads it in order.
    template <typename R, typename Take>
    std::optional<bool> scanRows(const TableMapping<R> &mapping, RecordType type, Take take)
    {
        if (m_keys)
            return std::nullopt;
        const TableMapping<R> table = mapping.atSchema(m_schema);
        SqliteStatement direct(m_db, table.scanSql());
        if (!direct.isValid())
            return std::nullopt;
        return readFrom(direct, table, type, m_versions ? table.versionIndex() : -1,
                        table.positionIndex(), take)
                && succeeded(direct);
    }
    bool succeeded(const SqliteStatement &q)
    {
        return !q.hasFailed()
                || setError(m_error,
                            Repository::tr("Cannot read the database: %1").arg(q.lastError()));
    }
    template <typename R, typename Query, typename Take>
    bool readFrom(Query &q, const TableMapping<R> &table, RecordType type, int versionAt,
                  int positionAt, Take &take)
    {
        QString bad;
        qsizetype rows = 0;
        const qint64 columns = columnsRead(table);
        // The rows read since progress was last told, told at the end whatever happens.
        const auto tell = [&](qsizetype count) {
            if (m_progress)
                m_progress->done.fetch_add(count * columns, std::memory_order_relaxed);
        };
        const auto tellRest = qScopeGuard([&] { tell(rows & 4095); });
        while (q.next()) {
            // A read on a worker thread stops when asked (the window closed, another database),
            // and tells how far it has come.
            if ((++rows & 4095) == 0) {
                tell(4096);
                if (QThread::currentThread()->isInterruptionRequested())
                    return setError(m_error, Repository::tr("Reading the database was stopped"));
            }
            R row;
            if (!table.read(q, &row, &bad)) // the first column names the record
                return setError(m_error,
                                Repository::tr("Cannot read the %1 \"%2\": unknown value in "
                                               "column %3")
                                        .arg(displayTypeName(type), q.value(0).toString(), bad));
            const qint64 version = versionAt < 0 ? -1 : wholeNumber(q, versionAt);
            bool taken = false;
            if constexpr (std::is_invocable_v<Take &, R, qint64, qint64>)
                taken = take(std::move(row), version,
                             positionAt < 0 ? -1 : wholeNumber(q, positionAt));
            else
                taken = take(std::move(row), version);
            if (!taken)
                return false;
        }
        return true;
    }
    // The records of a table (sources, entities, events, relationships), in their order.
    template <typename R>
    bool readRecords(const TableMapping<R> &table, RecordType type, QList<R> *out)
    {
        if (skip(type))
            return true;
        if (!m_keys)
            reserveFor(table.table(), out);
        std::vector<qint64> versions; // of a whole read, kept once the table is read
        const auto take = [&](R r, qint64 version) {
            if (version >= 0 && m_keys)
                m_versions->set(type, recordKey(r), version);
            else if (version >= 0)
                versions.push_back(version);
            out->append(std::move(r));
            return true;
        };
        // Rows come in the order of their positions unless a write put a record between others
        // (or SQLite chose to give them otherwise): then the list is put in order here.
        std::vector<qint64> positions;
        bool ordered = true;
        const std::optional<bool> scanned =
                scanRows(table, type, [&](R r, qint64 version, qint64 position) {
                    if (positions.empty())
                        positions.reserve(out->capacity());
                    ordered = ordered && (positions.empty() || positions.back() < position);
                    positions.push_back(position);
                    return take(std::move(r), version);
                });
        if (!scanned)
            return readRows(table, type, filter(type), take)
                    && (keepVersions(type, *out, versions), true);
        if (*scanned)
            keepVersions(type, *out, versions);
        if (*scanned && !ordered)
            putInOrder(out, positions);
        return *scanned;
    }
    // The versions of a whole table's records, in the order read, kept as a window keeps them:
    // the most common one (the newer of two as common) once, and the records whose version
    // differs, so that after an import not every record has an entry of its own.
    template <typename R>
    void keepVersions(RecordType type, const QList<R> &records, const std::vector<qint64> &versions)
    {
        if (versions.empty() || qsizetype(versions.size()) != records.size())
            return;
        QHash<qint64, qsizetype> counts;
        for (const qint64 v : versions)
            ++counts[v];
        qint64 common = -1;
        qsizetype most = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > most || (it.value() == most && it.key() > common)) {
                common = it.key();
                most = it.value();
            }
        }
        m_versions->setCommon(type, common);
        for (qsizetype i = 0; i < records.size(); ++i) {
            if (versions[std::size_t(i)] != common)
                m_versions->set(type, recordKey(records.at(i)), versions[std::size_t(i)]);
        }
    }

    // The ids of sources and entities, so that references to them share their text: a
    // reference read from a row is a copy of its own (at 100,000 events, some 300,000 of them).
    void collectIds()
    {
        m_ids.reserve(m_data.sources.size() + m_data.entities.size());
        for (const Source &s : std::as_const(m_data.sources))
            m_ids.insert(s.id);
        for (const Entity &e : std::as_const(m_data.entities))
            m_ids.insert(e.id);
    }
    void share(QString *id) const
    {
        if (const auto it = m_ids.constFind(*id); it != m_ids.cend())
            *id = *it;
    }
    void shareEnds()
    {
        for (Relationship &r : m_data.relationships) {
            share(&r.fromId);
            share(&r.toId);
        }
    }

    // Room for every row of a whole table at once: a list grown row by row holds up to half
    // again its size while it grows (tens of megabytes at 100,000 events). And room for the
    // records the user adds next (withRoomToGrow()).
    template <typename R>
    void reserveFor(const QString &table, QList<R> *out)
    {
        QSqlQuery q(m_db);
        QString ignored;
        if (select(q, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table), &ignored) && q.next())
            out->reserve(withRoomToGrow(out->size() + q.value(0).toLongLong()));
    }

    bool readInfo();
    bool readEvents();
    bool readAmounts();
    template <typename R, typename T, typename Item>
    bool readEventLists(const TableMapping<R> &table, QString R::*owner, QList<T> Event::*list,
                        Item item);
    Event *eventFor(QStringView id);
    bool readRelationships();
    bool readFinancials();
    bool readGaps();

    QSqlDatabase m_db;
    const Repository::RecordKeys *m_keys;
    RecordVersions *m_versions;
    Repository::Progress *m_progress; // a whole load's only
    ReadSnapshot *m_snapshot; // a whole load's only
    std::unique_ptr<QThread> m_helper; // reading into m_lists
    EventLists m_lists;
    // With a helper: released when the events are read; the index by id is built by the thread
    // that takes it first (buildEventIndexBeside()). Nothing after changes an event's id or row.
    QSemaphore m_eventsRead;
    std::atomic<bool> m_eventIndexTaken{ false };
    int m_schema;
    QString *m_error;
    QHash<RecordType, QStringList> m_wanted;
    Dataset m_data;
    Event *m_lastEvent = nullptr; // eventFor()'s last answer
    qsizetype m_nextEvent = 0; // the event after it in the list
    QSet<QString> m_ids;
};

bool Loader::readInfo()
{
    QSqlQuery q(m_db);
    if (!select(q, QStringLiteral("SELECT key, value FROM meta"), m_error))
        return false;
    DatasetInfo &info = m_data.info;
    QHash<QString, QString *> fields;
    for (const auto &[key, field] : infoFields(&info))
        fields.insert(key, field);
    while (q.next()) {
        if (QString *field = fields.value(columnText(q, 0)))
            *field = columnText(q, 1);
    }
    return true;
}

Event *Loader::eventFor(QStringView id)
{
    // Rows of a list table come together for each event, so most name the event before.
    if (m_lastEvent && m_lastEvent->id == id)
        return m_lastEvent;
    // As the table keeps them, they mostly come in the order of the events (a write inserts an
    // event's rows with it): the next few events are tried before the index (amounts skip the
    // events without one). A look-up in a hash of a million ids misses the cache a few times;
    // the next events are at hand.
    qsizetype i = -1;
    const qsizetype end = std::min(m_nextEvent + 16, m_data.events.size());
    for (qsizetype next = m_nextEvent; next < end && i < 0; ++next) {
        if (m_data.events.at(next).id == id)
            i = next;
    }
    if (i < 0)
        i = m_data.eventIndex(id.toString()); // the data's own index, built once here and kept
    if (i < 0) {
        setError(
                m_error,
                Repository::tr("Cannot read the database: a row refers to the missing event \"%1\"")
                        .arg(id));
        return nullptr;
    }
    m_nextEvent = i + 1;
    m_lastEvent = &m_data.events[i];
    return m_lastEvent;
}

// Reads a list table of events (participants, sources) into each event's list. Rows read as the
// table keeps them hold each event's rows together, in the order of their ordinals, when this
// program wrote them; where they do not (another program's writes), the lists are emptied and
// the table is read again in the order of its key.
template <typename R, typename T, typename Item>
bool Loader::readEventLists(const TableMapping<R> &table, QString R::*owner, QList<T> Event::*list,
                            Item item)
{
    const RecordType type = RecordType::Event;
    Gatherer<T> gatherer;
    m_lastEvent = nullptr;
    m_nextEvent = 0;
    const auto take = [&](R r, qint64) {
        Event *e = eventFor(r.*owner);
        return e && (gatherer.add(&(e->*list), item(r)), true);
    };
    bool ordered = true;
    int lastOrdinal = 0;
    const std::optional<bool> scanned = scanRows(table, type, [&](R r, qint64 version, qint64) {
        const Event *before = m_lastEvent;
        const int ordinal = r.ordinal;
        if (!take(std::move(r), version))
            return false;
        // Not so: an event met again after others, or an ordinal not after the one before.
        ordered = m_lastEvent == before ? ordinal > lastOrdinal : (m_lastEvent->*list).isEmpty();
        lastOrdinal = ordinal;
        return ordered;
    });
    gatherer.flush();
    if (scanned && (*scanned || ordered))
        return *scanned;
    if (scanned) { // out of order: again, in order
        for (Event &e : m_data.events)
            (e.*list).clear();
        m_lastEvent = nullptr;
    }
    return readRows(table, type, filter(type), take) && (gatherer.flush(), true);
}

bool Loader::readEvents()
{
    const RecordType type = RecordType::Event;
    if (skip(type))
        return true;
    if (!readRecords(RecordTables::events(), type, &m_data.events))
        return false;
    m_eventsRead.release();
    if (!readAmounts())
        return false;
    // The events' index by id, built here while the helper (if any) still reads the events'
    // lists, unless the helper was done first and builds it: this thread would wait for the
    // helper otherwise, and build the index after (at a million events some 0.2 to 0.3 s).
    // (Built as the rows came, the read took longer by more than the pass costs.)
    if (m_helper && !m_eventIndexTaken.exchange(true))
        m_data.event(QString());
    if (takeHelpersLists())
        return true;
    if (QThread::currentThread()->isInterruptionRequested())
        return setError(m_error, Repository::tr("Reading the database was stopped"));
    if (m_error) // a merge that found an event missing: said again by the read here
        m_error->clear();
    return readEventLists(RecordTables::participants(), &ParticipantRow::eventId,
                          &Event::participants,
                          [this](ParticipantRow &r) {
                              share(&r.participant.entityId);
                              return std::move(r.participant);
                          })
            && readEventLists(RecordTables::sourceRefs(RecordType::Event), &SourceRefRow::ownerId,
                              &Event::sourceIds, [this](SourceRefRow &r) {
                                  share(&r.sourceId);
                                  return std::move(r.sourceId);
                              });
}

// Reads the amount rows of events, building each event's amount when its rows have come: in
// the order the table keeps them (each event's rows together, ordinals rising) or, where they do
// not come so, again in the order of the key.
bool Loader::readAmounts()
{
    const RecordType type = RecordType::Event;
    QList<AmountRow> rows; // the rows of one event
    bool ordered = true;
    const auto finish = [&]() {
        if (rows.isEmpty())
            return true;
        Event *e = eventFor(rows.constFirst().eventId);
        if (!e)
            return false;
        if (e->amount) // its rows came apart
            return ordered = false;
        e->amount = buildAmount(&rows);
        rows.clear(); // keeps its room for the next event's
        return e->amount
                || setError(m_error,
                            Repository::tr("Cannot read the amount of event \"%1\": its rows do "
                                           "not form one amount")
                                    .arg(e->id));
    };
    const auto take = [&](AmountRow r, qint64) {
        if (!rows.isEmpty() && rows.constFirst().eventId != r.eventId && !finish())
            return false;
        if (!rows.isEmpty() && r.ordinal <= rows.constLast().ordinal)
            return ordered = false;
        rows.append(std::move(r));
        return true;
    };
    m_lastEvent = nullptr;
    m_nextEvent = 0;
    const std::optional<bool> scanned =
            scanRows(RecordTables::amounts(), type, [&](AmountRow r, qint64 version, qint64) {
                return take(std::move(r), version);
            });
    const bool read = scanned && *scanned && finish(); // the last event's rows may come apart
    if (scanned && ordered)
        return read;
    if (scanned) { // out of order: again, in order
        for (Event &e : m_data.events)
            e.amount.reset();
        rows.clear();
        ordered = true;
        m_lastEvent = nullptr;
    }
    return readRows(RecordTables::amounts(), type, filter(type), take) && finish();
}

bool Loader::readRelationships()
{
    const RecordType type = RecordType::Relationship;
    if (skip(type))
        return true;
    const auto relationship = [&](const QString &id) -> Relationship * {
        const qsizetype i = m_data.relationshipIndex(id); // the data's own, built once and kept
        if (i >= 0)
            return &m_data.relationships[i];
        setError(m_error,
                 Repository::tr("Cannot read the database: a row refers to the missing "
                                "relationship \"%1\"")
                         .arg(id));
        return nullptr;
    };
    return readRecords(RecordTables::relationships(), type, &m_data.relationships)
            && readRows(RecordTables::sourceRefs(RecordType::Relationship), type, filter(type),
                        [&](SourceRefRow r, qint64) {
                            Relationship *rel = relationship(r.ownerId);
                            share(&r.sourceId);
                            return rel && (rel->sourceIds.append(std::move(r.sourceId)), true);
                        })
            && (m_schema < kSpellsSchema
                || readRows(RecordTables::spells(), type, filter(type),
                            [&](SpellRow r, qint64) {
                                Relationship *rel = relationship(r.relationshipId);
                                return rel && (rel->spells.append(r.spell), true);
                            }))
            && (shareEnds(), true);
}

bool Loader::readFinancials()
{
    const RecordType type = RecordType::Financial;
    if (skip(type))
        return true;
    // Figures are named by company/quarter/metric: the companies are read, then the figures picked.
    QStringList companies;
    if (m_keys) {
        QSet<QString> seen;
        for (const QString &key : m_wanted.value(type))
            seen.insert(key.section(QLatin1Char('/'), 0, -3));
        companies = QStringList(seen.cbegin(), seen.cend());
    }
    std::vector<qint64> versions; // of a whole read, kept once the table is read
    return readRows(RecordTables::financials(), type, m_keys ? &companies : nullptr,
                    [&](FinancialFigure f, qint64 version) {
                        if (m_keys) {
                            const QString key = recordKey(f);
                            if (!m_wanted.value(type).contains(key))
                                return true;
                            if (version >= 0)
                                m_versions->set(type, key, version);
                        } else if (version >= 0) {
                            versions.push_back(version);
                        }
                        m_data.financials.append(std::move(f));
                        return true;
                    })
            && (keepVersions(type, m_data.financials, versions), true);
}

bool Loader::readGaps()
{
    return readRows(RecordTables::gaps(), RecordType::Financial, nullptr,
                    [this](FigureGap g, qint64) {
                        m_data.info.knownGaps.append(std::move(g));
                        return true;
                    });
}

} // namespace

std::optional<Dataset> Repository::loadImpl(const RecordKeys *keys, RecordVersions *versions,
                                            QString *error) const
{
    return Loader(m_db, keys, versions, m_progress, error, m_snapshot).load();
}

int Repository::eventListsReadAgain()
{
    return listEventsReadAgain.load(std::memory_order_relaxed);
}

int Repository::listsReadBeside()
{
    return helperLoads.load();
}

std::optional<QHash<QString, QPointF>> Repository::loadNodePositions(QString *error) const
{
    QHash<QString, QPointF> positions;
    if (!hasLayoutTable(m_db))
        return positions;
    const TableMapping<NodePositionRow> &layout = RecordTables::nodePositions();
    QSqlQuery q(m_db);
    if (!select(q, layout.selectSql().arg(QString()), error))
        return std::nullopt;
    QString bad;
    for (NodePositionRow p; q.next() && layout.read(q, &p, &bad);)
        positions.insert(p.entityId, p.position);
    return positions;
}

namespace {
// Defined with the change log below.
bool logNodePositions(const QSqlDatabase &db, const QString &client,
                      const QHash<QString, std::optional<QPointF>> &changes, QString *error);
} // namespace

bool Repository::saveNodePositions(const QHash<QString, std::optional<QPointF>> &changes,
                                   QString *error)
{
    if (!m_db.isOpen())
        return setError(error, tr("The database is not open"));
    if (!hasLayoutTable(m_db))
        return setError(
                error,
                tr("This database has no place for graph positions; open it once to upgrade it"));
    if (!WriteTransaction::begin(m_db, error))
        return false;
    QString failure;
    bool ok = !hasChangeLog() || logNodePositions(m_db, m_client, changes, &failure);
    {
        const TableMapping<NodePositionRow> &layout = RecordTables::nodePositions();
        QSqlQuery upsert(m_db);
        QSqlQuery remove(m_db);
        for (auto [q, sql] : { std::pair{ &upsert, layout.insertSql(1, true) },
                               std::pair{ &remove,
                                          QStringLiteral("DELETE FROM %1 WHERE %2")
                                                  .arg(layout.table(), layout.keyWhere()) } }) {
            if (ok && !q->prepare(sql)) {
                failure = tr("Cannot save the graph layout: %1").arg(q->lastError().text());
                ok = false;
            }
        }
        for (auto it = changes.cbegin(); ok && it != changes.cend(); ++it) {
            QSqlQuery &q = it.value() ? upsert : remove;
            if (it.value())
                layout.bind(q, 0, { it.key(), *it.value() }, 0, 0);
            else
                q.bindValue(0, it.key());
            ok = q.exec();
            if (!ok)
                failure = tr("Cannot save the graph position of \"%1\": %2")
                                  .arg(it.key(), q.lastError().text());
        }
    }
    if (ok && !WriteTransaction::commit(m_db, &failure))
        ok = false;
    if (!ok) {
        m_db.rollback();
        return setError(error, failure);
    }
    return true;
}

namespace {

// Inside the caller's transaction. Dependants first, so no delete leans on ON DELETE CASCADE.
bool deleteRecords(const QSqlDatabase &db, const Dataset &removed, QString *error)
{
    // QSqlQuery moves but does not copy, so std::vector rather than QList.
    auto prepared = [&](const QStringList &statements, std::vector<QSqlQuery> *out) {
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            if (!q.prepare(sql))
                return setError(
                        error,
                        Repository::tr("Cannot prepare \"%1\": %2").arg(sql, q.lastError().text()));
            out->push_back(std::move(q));
        }
        return true;
    };
    // Every statement of queries for every record, bound to its key.
    auto removeAll = [&](std::vector<QSqlQuery> &queries, const auto &records) {
        for (const auto &r : records) {
            const QVariantList key = keyValues(r);
            for (QSqlQuery &q : queries) {
                for (int i = 0; i < key.size(); ++i)
                    q.bindValue(i, key.at(i));
                if (!q.exec())
                    return setError(error,
                                    Repository::tr("Cannot delete %1 \"%2\": %3")
                                            .arg(displayTypeName(typeOfRecord(&r)), recordKey(r),
                                                 q.lastError().text()));
            }
        }
        return true;
    };

    // "DELETE FROM table WHERE key" of a record's table, after those of the lists inside it.
    auto statements = [](const auto &record, std::initializer_list<QString> lists) {
        QStringList sql;
        for (const QString &list : lists)
            sql.append(QStringLiteral("DELETE FROM %1 WHERE %2 = ?")
                               .arg(list.section(u' ', 0, 0), list.section(u' ', 1, 1)));
        sql.append(
                QStringLiteral("DELETE FROM %1 WHERE %2").arg(record.table(), record.keyWhere()));
        return sql;
    };
    std::vector<QSqlQuery> relationship, event, figure, entity, source;
    const QStringList entitySql = hasLayoutTable(db)
            ? statements(RecordTables::entities(), { listTable(RecordTables::nodePositions()) })
            : statements(RecordTables::entities(), {});
    const QStringList relationshipSql = hasSpellsTable(db)
            ? statements(RecordTables::relationships(),
                         { listTable(RecordTables::spells()),
                           listTable(RecordTables::sourceRefs(RecordType::Relationship)) })
            : statements(RecordTables::relationships(),
                         { listTable(RecordTables::sourceRefs(RecordType::Relationship)) });
    if (!prepared(relationshipSql, &relationship)
        || !prepared(statements(RecordTables::events(),
                                { listTable(RecordTables::participants()),
                                  listTable(RecordTables::sourceRefs(RecordType::Event)),
                                  listTable(RecordTables::amounts()) }),
                     &event)
        || !prepared(statements(RecordTables::financials(), {}), &figure)
        || !prepared(entitySql, &entity)
        || !prepared(statements(RecordTables::sources(), {}), &source)
        || !AttributeStore::remove(db, removed, error))
        return false;

    return removeAll(relationship, removed.relationships) && removeAll(event, removed.events)
            && removeAll(figure, removed.financials) && removeAll(entity, removed.entities)
            && removeAll(source, removed.sources);
}

// Gives every stored record of a table the position of its row in after; only rows that moved
// are written, so an ordinary edit writes none.
template <typename R>
bool reorder(const QSqlDatabase &db, const TableMapping<R> &t, const QList<R> &after,
             QString *error)
{
    QSqlQuery q(db);
    const int columns = int(t.key().size());
    if (!select(q,
                QStringLiteral("SELECT %1, position FROM %2")
                        .arg(t.key().join(QStringLiteral(", ")), t.table()),
                error))
        return false;
    QHash<QStringList, int> stored;
    while (q.next()) {
        QStringList key;
        for (int i = 0; i < columns; ++i)
            key.append(columnText(q, i));
        stored.insert(key, q.value(columns).toInt());
    }
    QSqlQuery update(db);
    if (!prepare(update,
                 QStringLiteral("UPDATE %1 SET position = ? WHERE %2").arg(t.table(), t.keyWhere()),
                 error))
        return false;
    for (qsizetype row = 0; row < after.size(); ++row) {
        const QVariantList values = keyValues(after.at(row));
        QStringList key;
        for (const QVariant &v : values)
            key.append(v.toString());
        const auto it = stored.constFind(key);
        if (it == stored.cend() || *it == row)
            continue;
        update.bindValue(0, int(row));
        for (qsizetype i = 0; i < values.size(); ++i)
            update.bindValue(int(i + 1), values.at(i));
        if (!update.exec())
            return setError(error,
                            Repository::tr("Cannot save the order of %1: %2")
                                    .arg(t.table(), update.lastError().text()));
    }
    return true;
}

bool reorderAll(const QSqlDatabase &db, const Dataset &after, QString *error)
{
    return reorder(db, RecordTables::sources(), after.sources, error)
            && reorder(db, RecordTables::entities(), after.entities, error)
            && reorder(db, RecordTables::events(), after.events, error)
            && reorder(db, RecordTables::relationships(), after.relationships, error)
            && reorder(db, RecordTables::financials(), after.financials, error);
}

// Runs work (which writes and names its failure) in one write transaction: committed when it
// succeeds, rolled back with its message when it fails.
template <typename Work>
bool inWriteTransaction(QSqlDatabase &db, QString *error, Work &&work)
{
    if (!db.isOpen())
        return setError(error, Repository::tr("The database is not open"));
    if (!WriteTransaction::begin(db, error))
        return false;
    QString failure;
    if (!work(&failure) || !WriteTransaction::commit(db, &failure)) {
        db.rollback();
        return setError(error, failure);
    }
    return true;
}

} // namespace

namespace {
// Defined with the change log below.
bool beginLogged(const QSqlDatabase &db, qint64 *seq, QString *error);
bool writeLogOf(const QSqlDatabase &db, qint64 seq, const QString &client, const Dataset &upserts,
                const Dataset &removed, QString *error);
} // namespace

bool Repository::applyChanges(const Dataset &upserts, const Dataset &removed, const Dataset &after,
                              QString *error)
{
    const bool logged = hasChangeLog();
    return inWriteTransaction(m_db, error, [&](QString *failure) {
        qint64 seq = 0;
        // The merge writer keeps stored info; an edit may change it, so it is written from after.
        return (!logged || beginLogged(m_db, &seq, failure))
                && Writer(m_db, true, seq).write(upserts, failure)
                && deleteRecords(m_db, removed, failure)
                && Writer(m_db, false, seq).writeInfo(after.info, failure)
                && TypeStore::write(m_db, after.types, failure) && reorderAll(m_db, after, failure)
                && (!logged || writeLogOf(m_db, seq, m_client, upserts, removed, failure));
    });
}

namespace {

template <typename T>
void split(const ListEdit<T> &edit, QList<T> *inserted, QList<T> *changed)
{
    inserted->reserve(edit.inserted.size());
    for (const auto &[row, r] : edit.inserted)
        inserted->append(r);
    for (const auto &[before, after] : edit.changed)
        changed->append(after);
}

// The inserted records first, all new (no old list rows to clear), then the changed ones, which
// may refer to inserted ones.
bool writeEdit(const QSqlDatabase &db, const DataEdit &edit, qint64 version, QString *error)
{
    Dataset inserted;
    Dataset changed;
    split(edit.sources, &inserted.sources, &changed.sources);
    split(edit.entities, &inserted.entities, &changed.entities);
    split(edit.events, &inserted.events, &changed.events);
    split(edit.relationships, &inserted.relationships, &changed.relationships);
    split(edit.financials, &inserted.financials, &changed.financials);
    if (edit.info)
        inserted.info = changed.info = edit.info->second;
    QList<Event> eventsBefore;
    eventsBefore.reserve(edit.events.changed.size());
    for (const auto &[before, after] : edit.events.changed)
        eventsBefore.append(before);
    Writer fresh(db, true, version);
    fresh.setAllNew();
    Writer rewrite(db, true, version);
    rewrite.setEventsBefore(&eventsBefore);
    return fresh.write(inserted, error) && rewrite.write(changed, error);
}

// Inside the caller's transaction, after the upserts wrote inserted records at the end of their
// table: gives each inserted record that is not at the end of after a position between its
// neighbours. A removed record leaves a gap, so putting it back (an undo) fits there and touches
// no other row; only when there is no room are the rows after it moved down, in one statement.
template <typename T>
bool placeInserted(const QSqlDatabase &db, const TableMapping<T> &t, const ListEdit<T> &edit,
                   const QList<T> &after, QString *error)
{
    if (edit.inserted.isEmpty())
        return true;
    QSet<qsizetype> insertedRows;
    for (const auto &[row, r] : edit.inserted)
        insertedRows.insert(row);
    // Rows from the first of the trailing run of inserted rows on are already in order at the end.
    qsizetype tail = after.size();
    while (tail > 0 && insertedRows.contains(tail - 1))
        --tail;

    QSqlQuery positionOf(db);
    QSqlQuery setPosition(db);
    QSqlQuery shift(db);
    const QString positionSql =
            QStringLiteral("SELECT position FROM %1 WHERE %2").arg(t.table(), t.keyWhere());
    const QString setSql =
            QStringLiteral("UPDATE %1 SET position = ? WHERE %2").arg(t.table(), t.keyWhere());
    const QString shiftSql =
            QStringLiteral("UPDATE %1 SET position = position + ? WHERE position >= ?")
                    .arg(t.table());
    for (auto [q, sql] : { std::pair{ &positionOf, positionSql }, std::pair{ &setPosition, setSql },
                           std::pair{ &shift, shiftSql } }) {
        if (!q->prepare(sql))
            return setError(
                    error,
                    Repository::tr("Cannot prepare \"%1\": %2").arg(sql, q->lastError().text()));
    }
    positionOf.setForwardOnly(true);
    auto stored = [&](const T &r, int *position) {
        const QVariantList key = keyValues(r);
        for (int i = 0; i < key.size(); ++i)
            positionOf.bindValue(i, key.at(i));
        if (!positionOf.exec() || !positionOf.next())
            return setError(error,
                            Repository::tr("Cannot read the order of %1: %2")
                                    .arg(t.table(), positionOf.lastError().text()));
        *position = positionOf.value(0).toInt();
        positionOf.finish();
        return true;
    };
    for (const auto &[row, r] : edit.inserted) {
        if (row >= tail)
            break;
        int before = -1;
        if (row > 0 && !stored(after.at(row - 1), &before))
            return false;
        qsizetype next = row + 1;
        while (insertedRows.contains(next) && next < tail)
            ++next;
        int following = 0;
        if (!stored(after.at(next), &following))
            return false;
        // Room for the inserted rows up to the next stored one.
        const int needed = int(next - row);
        if (following - before <= needed) {
            shift.bindValue(0, needed - (following - before) + 1);
            shift.bindValue(1, following);
            if (!shift.exec())
                return setError(error,
                                Repository::tr("Cannot save the order of %1: %2")
                                        .arg(t.table(), shift.lastError().text()));
        }
        setPosition.bindValue(0, before + 1);
        const QVariantList key = keyValues(r);
        for (int i = 0; i < key.size(); ++i)
            setPosition.bindValue(i + 1, key.at(i));
        if (!setPosition.exec())
            return setError(error,
                            Repository::tr("Cannot save the order of %1: %2")
                                    .arg(t.table(), setPosition.lastError().text()));
    }
    return true;
}

} // namespace

namespace {

struct LogEntry
{
    std::optional<RecordType> type; // none: the whole dataset
    QString key;
    QString operation;
    // For the whole dataset: every record takes this write's version (the records a write
    // stores get it from the writer).
    bool stampAll = false;
    QString typeName = {}; // a log entry of no record table (a node position): type is empty
};

template <typename T>
void logList(const ListEdit<T> &edit, QList<LogEntry> *out)
{
    const RecordType type = typeOfRecord(static_cast<const T *>(nullptr));
    for (const auto &[row, r] : edit.removed)
        out->append({ type, recordKey(r), QStringLiteral("delete") });
    for (const auto &[row, r] : edit.inserted)
        out->append({ type, recordKey(r), QStringLiteral("insert") });
    for (const auto &[before, after] : edit.changed)
        out->append({ type, recordKey(after), QStringLiteral("update") });
}

template <typename T>
void logRecords(const QList<T> &records, const QString &operation, QList<LogEntry> *out)
{
    const RecordType type = typeOfRecord(static_cast<const T *>(nullptr));
    for (const T &r : records)
        out->append({ type, recordKey(r), operation });
}

// An edit of more records than this (an import) is logged as one entry for the whole dataset:
// other windows compare everything with what is stored, which at that size costs no more than
// reading the records one by one, and the log does not grow by a row per record.
constexpr qsizetype kRecordsLoggedOneByOne = 5000;

QList<LogEntry> logOf(const DataEdit &edit)
{
    QList<LogEntry> out;
    if (edit.recordCount() > kRecordsLoggedOneByOne) {
        // The written records carry this write's version already.
        out.append({ std::nullopt, QString(), QStringLiteral("replace"), edit.info || edit.types });
        return out;
    }
    logList(edit.sources, &out);
    logList(edit.entities, &out);
    logList(edit.events, &out);
    logList(edit.relationships, &out);
    logList(edit.financials, &out);
    // Info and the user-defined types have no record table: other windows reload the whole data.
    if (edit.info || edit.types)
        out.append({ std::nullopt, QString(), QStringLiteral("replace"), true });
    return out;
}

QList<LogEntry> logOf(const Dataset &upserts, const Dataset &removed)
{
    QList<LogEntry> out;
    logRecords(upserts.sources, QStringLiteral("upsert"), &out);
    logRecords(upserts.entities, QStringLiteral("upsert"), &out);
    logRecords(upserts.events, QStringLiteral("upsert"), &out);
    logRecords(upserts.relationships, QStringLiteral("upsert"), &out);
    logRecords(upserts.financials, QStringLiteral("upsert"), &out);
    logRecords(removed.relationships, QStringLiteral("delete"), &out);
    logRecords(removed.events, QStringLiteral("delete"), &out);
    logRecords(removed.financials, QStringLiteral("delete"), &out);
    logRecords(removed.entities, QStringLiteral("delete"), &out);
    logRecords(removed.sources, QStringLiteral("delete"), &out);
    return out;
}

// First thing inside a write transaction on a schema-4 database: takes the change log's write
// lock (PostgreSQL; BEGIN IMMEDIATE already holds SQLite's) and the next sequence, so version
// checks and sequences follow the order in which writers commit.
bool beginLogged(const QSqlDatabase &db, qint64 *seq, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (db.driverName() == QLatin1String("QPSQL")
        && !q.exec(QStringLiteral("LOCK TABLE change_log IN EXCLUSIVE MODE")))
        return setError(error,
                        Repository::tr("Cannot lock the change log: %1").arg(q.lastError().text()));
    if (!q.exec(QStringLiteral("SELECT MAX(seq) FROM change_log")) || !q.next())
        return setError(error,
                        Repository::tr("Cannot read the change log: %1").arg(q.lastError().text()));
    *seq = q.isNull(0) ? 1 : q.value(0).toLongLong() + 1;
    return true;
}

// Inside the write transaction, after the records were written (with version seq): records
// them in the change log; PostgreSQL listeners are told at commit.
bool writeLog(const QSqlDatabase &db, qint64 seq, const QString &client,
              const QList<LogEntry> &entries, QString *error)
{
    if (entries.isEmpty())
        return true;
    Inserter<ChangeLogRow> log(db, RecordTables::changeLog(), true, seq,
                               [](const ChangeLogRow &row, const QString &message) {
                                   return Repository::tr("Cannot record the change of \"%1\": %2")
                                           .arg(row.recordId, message);
                               });
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const LogEntry &e : entries) {
        for (RecordType type : kAllTypes) {
            if (!e.stampAll)
                break;
            QSqlQuery all(db);
            if (!all.prepare(QStringLiteral("UPDATE %1 SET version = ?").arg(tableOf(type)))
                || !run(all, { seq }))
                return setError(
                        error,
                        Repository::tr("Cannot record the change: %1").arg(all.lastError().text()));
        }
        const QString type = !e.typeName.isEmpty() ? e.typeName
                : e.type                           ? Repository::recordTypeName(*e.type)
                                                   : kDatasetLogType;
        if (!log.add({ seq, type, e.key, e.operation, now, client }, 0, error))
            return false;
    }
    if (!log.flush(error))
        return false;
    if (db.driverName() == QLatin1String("QPSQL")) {
        QSqlQuery notify(db);
        if (!notify.prepare(QStringLiteral("SELECT pg_notify(?, ?)"))
            || !run(notify, { kNotifyChannel, QString::number(seq) }))
            return setError(error,
                            Repository::tr("Cannot notify other clients: %1")
                                    .arg(notify.lastError().text()));
    }
    return true;
}

bool writeLogOf(const QSqlDatabase &db, qint64 seq, const QString &client, const Dataset &upserts,
                const Dataset &removed, QString *error)
{
    return writeLog(db, seq, client, logOf(upserts, removed), error);
}

// Node positions are logged too, so other windows move the nodes; they have no version.
bool logNodePositions(const QSqlDatabase &db, const QString &client,
                      const QHash<QString, std::optional<QPointF>> &changes, QString *error)
{
    QList<LogEntry> entries;
    entries.reserve(changes.size());
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        entries.append({ std::nullopt, it.key(),
                         it.value() ? QStringLiteral("upsert") : QStringLiteral("delete"), false,
                         Repository::nodePositionType() });
    qint64 seq = 0;
    return beginLogged(db, &seq, error) && writeLog(db, seq, client, entries, error);
}

// The last change of one record, for telling the user when it changed.
// version: the record's stored version, the sequence of the write that last changed it (-1: it
// is gone). Every entry of one write has the same time; a write logged as a whole (an import)
// names no record, so a deleted record gone in one is placed at the last such write.
QString lastChangeOf(const QSqlDatabase &db, RecordType type, const QString &key, qint64 version)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const bool known = version >= 0;
    if (!q.prepare(known ? QStringLiteral("SELECT changed_at FROM change_log WHERE seq = ? LIMIT 1")
                         : QStringLiteral("SELECT changed_at FROM change_log WHERE (record_type = "
                                          "? AND record_id = ?) OR record_type = ? "
                                          "ORDER BY record_type = ? DESC, seq DESC LIMIT 1")))
        return Repository::tr("an unknown time");
    if (known) {
        q.bindValue(0, version);
    } else {
        q.bindValue(0, Repository::recordTypeName(type));
        q.bindValue(1, key);
        q.bindValue(2, kDatasetLogType);
        q.bindValue(3, Repository::recordTypeName(type));
    }
    if (!q.exec() || !q.next())
        return Repository::tr("an unknown time");
    const QDateTime at = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    return at.isValid()
            ? QLocale().toString(at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
            : Repository::tr("an unknown time");
}

} // namespace

namespace {

// Inside the write transaction, after beginLogged(): every changed or removed record still has
// the version the edit was based on, and no inserted one exists yet.
template <typename T>
bool checkVersions(const QSqlDatabase &db, const ListEdit<T> &edit, const RecordVersions &expected,
                   QString *error)
{
    if (edit.isEmpty())
        return true;
    const RecordType type = typeOfRecord(static_cast<const T *>(nullptr));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString sql =
            QStringLiteral("SELECT version FROM %1 WHERE %2").arg(tableOf(type), keyWhereOf(type));
    if (!q.prepare(sql))
        return setError(error,
                        Repository::tr("Cannot prepare \"%1\": %2").arg(sql, q.lastError().text()));
    // The stored version, or -1 when the record is not there.
    auto stored = [&](const T &r, qint64 *version) {
        const QVariantList key = keyValues(r);
        for (int i = 0; i < key.size(); ++i)
            q.bindValue(i, key.at(i));
        if (!q.exec())
            return setError(error,
                            Repository::tr("Cannot read the version of \"%1\": %2")
                                    .arg(recordKey(r), q.lastError().text()));
        *version = q.next() ? q.value(0).toLongLong() : -1;
        q.finish();
        return true;
    };
    auto check = [&](const T &r) {
        const std::optional<qint64> known = expected.value(type, recordKey(r));
        if (!known) // not known to the caller: nothing to compare with
            return true;
        qint64 version = 0;
        if (!stored(r, &version))
            return false;
        if (version == *known)
            return true;
        const QString message = version < 0
                ? Repository::tr("The %1 \"%2\" was deleted by someone else at %3, after this "
                                 "window read it. Nothing was saved.")
                : Repository::tr("The %1 \"%2\" was changed by someone else at %3, after this "
                                 "window read it. Nothing was saved; the window shows the current "
                                 "record.");
        return setError(error,
                        message.arg(displayTypeName(type), recordKey(r),
                                    lastChangeOf(db, type, recordKey(r), version)));
    };
    for (const auto &[before, after] : edit.changed) {
        if (!check(before))
            return false;
    }
    for (const auto &[row, r] : edit.removed) {
        if (!check(r))
            return false;
    }
    for (const auto &[row, r] : edit.inserted) {
        qint64 version = 0;
        if (!stored(r, &version))
            return false;
        if (version >= 0)
            return setError(
                    error,
                    Repository::tr(
                            "The %1 \"%2\" was added by someone else at %3, after this window "
                            "read the data. Nothing was saved; the window shows the current "
                            "record.")
                            .arg(displayTypeName(type), recordKey(r),
                                 lastChangeOf(db, type, recordKey(r), version)));
    }
    return true;
}

} // namespace

QString Repository::recordTypeName(RecordType type)
{
    // In the order of RecordType; the change log stores these names.
    static constexpr const char *names[] = { "source", "entity", "event", "relationship",
                                             "financial" };
    static_assert(std::size(names) == std::size_t(RecordType::Financial) + 1);
    return QLatin1String(names[std::size_t(type)]);
}

std::optional<RecordType> Repository::recordTypeFromName(const QString &name)
{
    for (RecordType type : kAllTypes) {
        if (recordTypeName(type) == name)
            return type;
    }
    return std::nullopt;
}

void Repository::warmWriteCache(const Dataset &data, int lookups) const
{
    if (m_db.driverName() != QLatin1String("QSQLITE") || lookups <= 0)
        return;
    const TableMapping<Event> &events = RecordTables::events();
    const TableMapping<ParticipantRow> &participants = RecordTables::participants();
    // The participants' third column is the company (event, ordinal, company, role).
    const auto entityColumn = QLatin1StringView(participants.columns().at(2).name);
    QStringList byEvent = {
        QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(events.table(), events.keyWhere()),
        QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?")
                .arg(participants.table(), participants.key().at(0)),
    };
    if (hasChangeLog())
        byEvent << QStringLiteral("SELECT count(*) FROM change_log WHERE record_type = '%1' AND "
                                  "record_id = ?")
                           .arg(recordTypeName(RecordType::Event));
    const auto lookUp = [this](const QString &sql, const auto &records, int count) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        const qsizetype n = std::min(qsizetype(count), records.size());
        if (n == 0 || !q.prepare(sql))
            return;
        for (qsizetype i = 0; i < n; ++i) {
            q.bindValue(0, records.at(i * records.size() / n).id);
            if (q.exec())
                q.next();
        }
    };
    for (const QString &sql : std::as_const(byEvent))
        lookUp(sql, data.events, lookups);
    lookUp(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?")
                   .arg(participants.table(), entityColumn),
           data.entities, lookups);
}

bool Repository::hasChangeLog() const
{
    return Database::hasTable(m_db, QStringLiteral("change_log"));
}

std::optional<qint64> Repository::lastSequence(QString *error) const
{
    if (!hasChangeLog())
        return 0;
    QSqlQuery q(m_db);
    if (!select(q, QStringLiteral("SELECT MAX(seq) FROM change_log"), error))
        return std::nullopt;
    return q.next() && !q.isNull(0) ? q.value(0).toLongLong() : 0;
}

std::optional<QList<Repository::Change>> Repository::changesSince(qint64 seq, QString *error) const
{
    QList<Change> out;
    if (!hasChangeLog())
        return out;
    const TableMapping<ChangeLogRow> &log = RecordTables::changeLog();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(log.selectSql().arg(QStringLiteral(" WHERE seq > ?"))))
        return setError(error, tr("Cannot read the change log: %1").arg(q.lastError().text())),
               std::nullopt;
    q.bindValue(0, seq);
    if (!q.exec())
        return setError(error, tr("Cannot read the change log: %1").arg(q.lastError().text())),
               std::nullopt;
    QString bad;
    for (ChangeLogRow c; q.next() && log.read(q, &c, &bad);) {
        out.append({ c.seq, c.recordType, c.recordId, c.operation,
                     QDateTime::fromString(c.changedAt, Qt::ISODateWithMs), c.client });
    }
    return out;
}

std::optional<int> Repository::pruneChangeLog(const QDateTime &before, QString *error)
{
    if (!hasChangeLog())
        return 0;
    // One statement, atomic on its own; on PostgreSQL it waits for a writer's lock on the log.
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("DELETE FROM change_log WHERE changed_at < ? "
                                  "AND seq < (SELECT MAX(seq) FROM change_log)")))
        return setError(error, tr("Cannot prune the change log: %1").arg(q.lastError().text())),
               std::nullopt;
    q.bindValue(0, before.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return setError(error, tr("Cannot prune the change log: %1").arg(q.lastError().text())),
               std::nullopt;
    return q.numRowsAffected();
}

bool Repository::applyEdit(const DataEdit &edit, const Dataset &after, QString *error,
                           const RecordVersions *expected, qint64 *seq)
{
    const bool logged = hasChangeLog();
    const LargeWriteCache cache(m_db,
                                edit.events.inserted.size() + edit.events.changed.size()
                                        + edit.entities.inserted.size()
                                        + edit.relationships.inserted.size());
    return inWriteTransaction(m_db, error, [&](QString *failure) {
        qint64 sequence = 0;
        if (logged
            && (!beginLogged(m_db, &sequence, failure)
                || (expected
                    && (!checkVersions(m_db, edit.sources, *expected, failure)
                        || !checkVersions(m_db, edit.entities, *expected, failure)
                        || !checkVersions(m_db, edit.events, *expected, failure)
                        || !checkVersions(m_db, edit.relationships, *expected, failure)
                        || !checkVersions(m_db, edit.financials, *expected, failure)))))
            return false;
        const bool ok = writeEdit(m_db, edit, sequence, failure)
                && deleteRecords(m_db, edit.removedRecords(), failure)
                && (!edit.info || Writer(m_db, false, sequence).writeInfo(after.info, failure))
                && (!edit.types || TypeStore::write(m_db, after.types, failure))
                && placeInserted(m_db, RecordTables::sources(), edit.sources, after.sources,
                                 failure)
                && placeInserted(m_db, RecordTables::entities(), edit.entities, after.entities,
                                 failure)
                && placeInserted(m_db, RecordTables::events(), edit.events, after.events, failure)
                && placeInserted(m_db, RecordTables::relationships(), edit.relationships,
                                 after.relationships, failure)
                && placeInserted(m_db, RecordTables::financials(), edit.financials,
                                 after.financials, failure)
                && (!logged || writeLog(m_db, sequence, m_client, logOf(edit), failure));
        if (ok && seq)
            *seq = sequence;
        return ok;
    });
}

bool Repository::replaceAll(const Dataset &data, QString *error)
{
    return write(data, false, error);
}

bool Repository::merge(const Dataset &data, QString *error)
{
    return write(data, true, error);
}

bool Repository::write(const Dataset &data, bool merge, QString *error)
{
    const bool logged = hasChangeLog();
    const LargeWriteCache cache(m_db, recordCount(data));
    return inWriteTransaction(m_db, error, [&](QString *failure) {
        qint64 sequence = 0;
        if (logged && !beginLogged(m_db, &sequence, failure))
            return false;
        const QList<LogEntry> log = merge
                ? logOf(data, Dataset())
                : QList<LogEntry>{ { std::nullopt, QString(), QStringLiteral("replace") } };
        return (merge ? Writer(m_db, true, sequence).write(data, failure)
                      : replaceContents(m_db, data, sequence, failure))
                && (!logged || writeLog(m_db, sequence, m_client, log, failure));
    });
}

} // namespace atlas
