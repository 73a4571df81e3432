// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository.h"

#include "attributestore.h"
#include "writetransaction.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <iterator>
#include <memory>
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

// For optional references and dates: empty is NULL, so foreign keys and range queries see "none".
QVariant optionalText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QVariant number(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

QVariant isoDay(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType::fromType<QString>());
}

QVariant nullInt()
{
    return QVariant(QMetaType::fromType<int>());
}

QString columnText(const QSqlQuery &q, int i)
{
    return q.value(i).toString();
}

std::optional<double> columnNumber(const QSqlQuery &q, int i)
{
    if (q.isNull(i))
        return std::nullopt;
    return q.value(i).toDouble();
}

QString figureKey(const FinancialFigure &f)
{
    return QStringLiteral("%1/%2/%3").arg(f.companyId, f.quarter.toString(), keyOf(f.metric));
}

bool hasTable(const QSqlDatabase &db, const QString &name)
{
    const QStringList existing = db.tables(QSql::Tables);
    for (const QString &t : existing) { // PostgreSQL names tables outside "public" as schema.table
        if (t.section(QLatin1Char('.'), -1) == name)
            return true;
    }
    return false;
}

// Schema 3 added figure notes and known gaps; older schemas are still read and written
// (upgrades, tests) without them.
bool hasFigureNotes(const QSqlDatabase &db)
{
    return hasTable(db, QStringLiteral("financial_gaps"));
}

// Table and column names are constants of this file; every value is bound.
QString insertSql(const QString &table, const QStringList &columns, const QStringList &key,
                  bool upsert)
{
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks.append(QStringLiteral("?"));
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                          .arg(table, columns.join(QStringLiteral(", ")),
                               marks.join(QStringLiteral(", ")));
    if (upsert) {
        // ON CONFLICT ... DO UPDATE: SQLite 3.24+ and PostgreSQL 9.5+. Unlike INSERT OR REPLACE
        // it updates in place, so ON DELETE CASCADE never strips the record's dependants.
        QStringList sets;
        for (const QString &c : columns) {
            if (!key.contains(c) && c != QLatin1String("position"))
                sets.append(QStringLiteral("%1 = excluded.%1").arg(c));
        }
        sql += QStringLiteral(" ON CONFLICT (%1) DO UPDATE SET %2")
                       .arg(key.join(QStringLiteral(", ")), sets.join(QStringLiteral(", ")));
    }
    return sql;
}

bool run(QSqlQuery &q, std::initializer_list<QVariant> values)
{
    int i = 0;
    for (const QVariant &v : values)
        q.bindValue(i++, v);
    return q.exec();
}

// All statements of one write, prepared once and reused for every record.
class Writer
{
public:
    Writer(const QSqlDatabase &db, bool merge)
        : m_db(db), m_merge(merge), m_notes(hasFigureNotes(db))
    {
    }

    bool write(const Dataset &data, QString *error);
    // Records known to be new (an edit's inserted ones): merging them skips clearing child rows
    // they cannot have yet.
    void setFresh(QSet<QString> ids) { m_fresh = std::move(ids); }
    // Not merging: always writes info.
    bool writeInfo(const DatasetInfo &info, QString *error);

private:
    bool prepare(QSqlQuery &q, const QString &sql, QString *error);
    // needed: there are records to write (else no table scan).
    bool nextPosition(const QString &table, int *position, QString *error, bool needed = true);
    bool writeAmount(const QString &eventId, const Amount &amount, int parent, int *ordinal);
    bool writeSources(const QList<Source> &sources, QString *error);
    bool writeEntities(const QList<Entity> &entities, QString *error);
    bool writeEvents(const QList<Event> &events, QString *error);
    bool writeRelationships(const QList<Relationship> &relationships, QString *error);
    bool writeFinancials(const QList<FinancialFigure> &financials, QString *error);

    QSqlDatabase m_db;
    bool m_merge;
    bool m_notes;
    QSet<QString> m_fresh;
    QSqlQuery m_amount{ m_db };
};

bool Writer::prepare(QSqlQuery &q, const QString &sql, QString *error)
{
    if (q.prepare(sql))
        return true;
    return setError(error,
                    Repository::tr("Cannot prepare \"%1\": %2").arg(sql, q.lastError().text()));
}

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
        if (!run(del, { key }))
            return setError(error,
                            Repository::tr("Cannot save the dataset information: %1")
                                    .arg(del.lastError().text()));
        if (!run(ins, { key, text(*value) }))
            return setError(error,
                            Repository::tr("Cannot save the dataset information: %1")
                                    .arg(ins.lastError().text()));
    }
    if (!m_notes)
        return true;
    QSqlQuery clearGaps(m_db);
    QSqlQuery gap(m_db);
    if (!prepare(clearGaps, QStringLiteral("DELETE FROM financial_gaps"), error)
        || !prepare(gap,
                    QStringLiteral("INSERT INTO financial_gaps (company_id, quarter, metric, "
                                   "position, reason_en, reason_ko) "
                                   "VALUES (?, ?, ?, ?, ?, ?)"),
                    error))
        return false;
    if (!clearGaps.exec())
        return setError(error,
                        Repository::tr("Cannot save the dataset information: %1")
                                .arg(clearGaps.lastError().text()));
    int position = 0;
    for (const FigureGap &g : info.knownGaps) {
        if (!run(gap,
                 { g.companyId, text(g.quarter.toString()), keyOf(g.metric), position++,
                   text(g.reason.en), text(g.reason.ko) }))
            return setError(error,
                            Repository::tr("Cannot save the dataset information: %1")
                                    .arg(gap.lastError().text()));
    }
    return true;
}

// Pre-order numbering: the event's amount is 0, its equivalent 1, and so on down the tree.
bool Writer::writeAmount(const QString &eventId, const Amount &a, int parent, int *ordinal)
{
    const int self = (*ordinal)++;
    if (!run(m_amount,
             { eventId, self, parent < 0 ? nullInt() : QVariant(parent), keyOf(a.precision),
               text(a.currency), number(a.value), number(a.min), number(a.max), text(a.text.en),
               text(a.text.ko) }))
        return false;
    for (const Amount &eq : a.equivalent) {
        if (!writeAmount(eventId, eq, self, ordinal))
            return false;
    }
    return true;
}

bool Writer::write(const Dataset &data, QString *error)
{
    return writeInfo(data.info, error) && writeSources(data.sources, error)
            && writeEntities(data.entities, error) && writeEvents(data.events, error)
            && writeRelationships(data.relationships, error)
            && writeFinancials(data.financials, error)
            && AttributeStore::write(m_db, data, m_merge, m_fresh, error);
}

bool Writer::writeSources(const QList<Source> &sources, QString *error)
{
    const bool up = m_merge;
    int position = 0;
    const QStringList idKey = { QStringLiteral("id") };
    QSqlQuery source(m_db);
    if (!prepare(source,
                 insertSql(QStringLiteral("sources"),
                           { QStringLiteral("id"), QStringLiteral("position"),
                             QStringLiteral("publisher"), QStringLiteral("title"),
                             QStringLiteral("url"), QStringLiteral("date"),
                             QStringLiteral("date_start"), QStringLiteral("date_end"),
                             QStringLiteral("language") },
                           idKey, up),
                 error)
        || !nextPosition(QStringLiteral("sources"), &position, error, !sources.isEmpty()))
        return false;
    for (const Source &s : sources) {
        if (!run(source,
                 { s.id, position++, text(s.publisher), text(s.title), text(s.url),
                   optionalText(s.date.toString()), isoDay(s.date.start()), isoDay(s.date.end()),
                   text(s.language) }))
            return setError(error,
                            Repository::tr("Cannot save source \"%1\": %2")
                                    .arg(s.id, source.lastError().text()));
    }
    return true;
}

bool Writer::writeEntities(const QList<Entity> &entities, QString *error)
{
    const bool up = m_merge;
    int position = 0;
    const QStringList idKey = { QStringLiteral("id") };
    QSqlQuery entity(m_db);
    if (!prepare(entity,
                 insertSql(QStringLiteral("entities"),
                           { QStringLiteral("id"), QStringLiteral("position"),
                             QStringLiteral("kind"), QStringLiteral("name_en"),
                             QStringLiteral("name_ko"), QStringLiteral("ticker"),
                             QStringLiteral("description_en"), QStringLiteral("description_ko") },
                           idKey, up),
                 error)
        || !nextPosition(QStringLiteral("entities"), &position, error, !entities.isEmpty()))
        return false;
    for (const Entity &e : entities) {
        if (!run(entity,
                 { e.id, position++, keyOf(e.kind), text(e.name.en), text(e.name.ko),
                   text(e.ticker), text(e.description.en), text(e.description.ko) }))
            return setError(error,
                            Repository::tr("Cannot save entity \"%1\": %2")
                                    .arg(e.id, entity.lastError().text()));
    }
    return true;
}

bool Writer::writeEvents(const QList<Event> &events, QString *error)
{
    const bool up = m_merge;
    int position = 0;
    const QStringList idKey = { QStringLiteral("id") };
    QSqlQuery event(m_db);
    QSqlQuery participant(m_db);
    QSqlQuery eventSource(m_db);
    QSqlQuery clearParticipants(m_db);
    QSqlQuery clearEventSources(m_db);
    QSqlQuery clearAmounts(m_db);
    if (!prepare(event,
                 insertSql(QStringLiteral("events"),
                           { QStringLiteral("id"), QStringLiteral("position"),
                             QStringLiteral("kind"), QStringLiteral("date"),
                             QStringLiteral("date_start"), QStringLiteral("date_end"),
                             QStringLiteral("title_en"), QStringLiteral("title_ko"),
                             QStringLiteral("summary_en"), QStringLiteral("summary_ko") },
                           idKey, up),
                 error)
        || !prepare(participant,
                    insertSql(QStringLiteral("event_participants"),
                              { QStringLiteral("event_id"), QStringLiteral("ordinal"),
                                QStringLiteral("entity_id"), QStringLiteral("role") },
                              {}, false),
                    error)
        || !prepare(eventSource,
                    insertSql(QStringLiteral("event_sources"),
                              { QStringLiteral("event_id"), QStringLiteral("ordinal"),
                                QStringLiteral("source_id") },
                              {}, false),
                    error)
        || !prepare(m_amount,
                    insertSql(QStringLiteral("amounts"),
                              { QStringLiteral("event_id"), QStringLiteral("ordinal"),
                                QStringLiteral("parent_ordinal"), QStringLiteral("precision"),
                                QStringLiteral("currency"), QStringLiteral("value"),
                                QStringLiteral("min"), QStringLiteral("max"),
                                QStringLiteral("text_en"), QStringLiteral("text_ko") },
                              {}, false),
                    error)
        || !nextPosition(QStringLiteral("events"), &position, error, !events.isEmpty()))
        return false;
    if (up
        && (!prepare(clearParticipants,
                     QStringLiteral("DELETE FROM event_participants WHERE event_id = ?"), error)
            || !prepare(clearEventSources,
                        QStringLiteral("DELETE FROM event_sources WHERE event_id = ?"), error)
            || !prepare(clearAmounts, QStringLiteral("DELETE FROM amounts WHERE event_id = ?"),
                        error)))
        return false;
    for (const Event &e : events) {
        auto failed = [&](const QSqlQuery &q) {
            return setError(
                    error,
                    Repository::tr("Cannot save event \"%1\": %2").arg(e.id, q.lastError().text()));
        };
        if (!run(event,
                 { e.id, position++, keyOf(e.kind), optionalText(e.date.toString()),
                   isoDay(e.date.start()), isoDay(e.date.end()), text(e.title.en), text(e.title.ko),
                   text(e.summary.en), text(e.summary.ko) }))
            return failed(event);
        // A merged event's lists are replaced as a whole, like the event itself.
        if (up && !m_fresh.contains(QStringLiteral("event:") + e.id)) {
            if (!run(clearParticipants, { e.id }))
                return failed(clearParticipants);
            if (!run(clearEventSources, { e.id }))
                return failed(clearEventSources);
            if (!run(clearAmounts, { e.id }))
                return failed(clearAmounts);
        }
        for (qsizetype i = 0; i < e.participants.size(); ++i) {
            const Participant &p = e.participants.at(i);
            if (!run(participant, { e.id, int(i), p.entityId, keyOf(p.role) }))
                return setError(error,
                                Repository::tr("Cannot save participant \"%1\" of event \"%2\": %3")
                                        .arg(p.entityId, e.id, participant.lastError().text()));
        }
        for (qsizetype i = 0; i < e.sourceIds.size(); ++i) {
            if (!run(eventSource, { e.id, int(i), e.sourceIds.at(i) }))
                return setError(
                        error,
                        Repository::tr("Cannot save source \"%1\" of event \"%2\": %3")
                                .arg(e.sourceIds.at(i), e.id, eventSource.lastError().text()));
        }
        int ordinal = 0;
        if (e.amount && !writeAmount(e.id, *e.amount, -1, &ordinal))
            return setError(error,
                            Repository::tr("Cannot save the amount of event \"%1\": %2")
                                    .arg(e.id, m_amount.lastError().text()));
    }
    return true;
}

bool Writer::writeRelationships(const QList<Relationship> &relationships, QString *error)
{
    const bool up = m_merge;
    int position = 0;
    const QStringList idKey = { QStringLiteral("id") };
    QSqlQuery relationship(m_db);
    QSqlQuery relationshipSource(m_db);
    QSqlQuery clearRelationshipSources(m_db);
    if (!prepare(relationship,
                 insertSql(QStringLiteral("relationships"),
                           { QStringLiteral("id"), QStringLiteral("position"),
                             QStringLiteral("type"), QStringLiteral("from_id"),
                             QStringLiteral("to_id"), QStringLiteral("valid_from"),
                             QStringLiteral("valid_until"), QStringLiteral("date_start"),
                             QStringLiteral("date_end"), QStringLiteral("event_id") },
                           idKey, up),
                 error)
        || !prepare(relationshipSource,
                    insertSql(QStringLiteral("relationship_sources"),
                              { QStringLiteral("relationship_id"), QStringLiteral("ordinal"),
                                QStringLiteral("source_id") },
                              {}, false),
                    error)
        || !nextPosition(QStringLiteral("relationships"), &position, error,
                         !relationships.isEmpty()))
        return false;
    if (up
        && !prepare(clearRelationshipSources,
                    QStringLiteral("DELETE FROM relationship_sources WHERE relationship_id = ?"),
                    error))
        return false;
    for (const Relationship &r : relationships) {
        auto failed = [&](const QSqlQuery &q) {
            return setError(error,
                            Repository::tr("Cannot save relationship \"%1\": %2")
                                    .arg(r.id, q.lastError().text()));
        };
        if (!run(relationship,
                 { r.id, position++, keyOf(r.type), r.fromId, r.toId,
                   optionalText(r.validFrom.toString()), optionalText(r.validUntil.toString()),
                   isoDay(r.validFrom.start()), isoDay(r.validUntil.end()),
                   optionalText(r.eventId) }))
            return failed(relationship);
        if (up && !m_fresh.contains(QStringLiteral("relationship:") + r.id)
            && !run(clearRelationshipSources, { r.id }))
            return failed(clearRelationshipSources);
        for (qsizetype i = 0; i < r.sourceIds.size(); ++i) {
            if (!run(relationshipSource, { r.id, int(i), r.sourceIds.at(i) }))
                return setError(
                        error,
                        Repository::tr("Cannot save source \"%1\" of relationship \"%2\": %3")
                                .arg(r.sourceIds.at(i), r.id,
                                     relationshipSource.lastError().text()));
        }
    }
    return true;
}

bool Writer::writeFinancials(const QList<FinancialFigure> &financials, QString *error)
{
    const bool up = m_merge;
    int position = 0;
    QSqlQuery figure(m_db);
    QStringList figureColumns = { QStringLiteral("company_id"), QStringLiteral("quarter"),
                                  QStringLiteral("metric"),     QStringLiteral("position"),
                                  QStringLiteral("value"),      QStringLiteral("currency"),
                                  QStringLiteral("basis"),      QStringLiteral("source_id"),
                                  QStringLiteral("date_start"), QStringLiteral("date_end") };
    if (m_notes)
        figureColumns << QStringLiteral("note_en") << QStringLiteral("note_ko");
    if (!prepare(figure,
                 insertSql(QStringLiteral("financials"), figureColumns,
                           { QStringLiteral("company_id"), QStringLiteral("quarter"),
                             QStringLiteral("metric") },
                           up),
                 error)
        || !nextPosition(QStringLiteral("financials"), &position, error, !financials.isEmpty()))
        return false;
    for (const FinancialFigure &f : financials) {
        bool ok = m_notes
                ? run(figure,
                      { f.companyId, text(f.quarter.toString()), keyOf(f.metric), position++,
                        f.value, text(f.currency), text(f.basis), optionalText(f.sourceId),
                        isoDay(f.quarter.start()), isoDay(f.quarter.end()), text(f.note.en),
                        text(f.note.ko) })
                : run(figure,
                      { f.companyId, text(f.quarter.toString()), keyOf(f.metric), position++,
                        f.value, text(f.currency), text(f.basis), optionalText(f.sourceId),
                        isoDay(f.quarter.start()), isoDay(f.quarter.end()) });
        if (!ok)
            return setError(error,
                            Repository::tr("Cannot save financial figure \"%1\": %2")
                                    .arg(figureKey(f), figure.lastError().text()));
    }
    return true;
}

template <typename E>
bool parseKey(const QString &key, E *out, const QString &record, QString *error)
{
    const std::optional<E> value = fromKey<E>(key);
    if (!value)
        return setError(
                error, Repository::tr("Cannot read \"%1\": unknown value \"%2\"").arg(record, key));
    *out = *value;
    return true;
}

bool select(QSqlQuery &q, const QString &sql, QString *error)
{
    q.setForwardOnly(true);
    if (q.exec(sql))
        return true;
    return setError(error,
                    Repository::tr("Cannot read the database: %1").arg(q.lastError().text()));
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

struct AmountRow
{
    int ordinal = 0;
    int parent = -1;
    Amount amount;
};

// Rebuilds the amount tree of one event from its rows in ordinal (pre-order) order.
std::optional<Amount> buildAmount(QList<AmountRow> rows)
{
    if (rows.isEmpty() || rows.constFirst().ordinal != 0 || rows.constFirst().parent != -1)
        return std::nullopt;
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
    return rows.constFirst().amount;
}

// Schema 1 has no layout table; the repository works on it too (upgrades, tests).
bool hasLayoutTable(const QSqlDatabase &db)
{
    return hasTable(db, QStringLiteral("node_positions"));
}

// Inside the caller's transaction: empties every data table and writes data.
bool replaceContents(const QSqlDatabase &db, const Dataset &data, QString *error)
{
    struct Position
    {
        QString entityId;
        double x = 0;
        double y = 0;
    };
    QList<Position> positions;
    const bool hasLayout = hasLayoutTable(db);
    if (hasLayout) {
        QSqlQuery q(db);
        if (!select(q, QStringLiteral("SELECT entity_id, x, y FROM node_positions"), error))
            return false;
        while (q.next())
            positions.append({ columnText(q, 0), q.value(1).toDouble(), q.value(2).toDouble() });
    }

    // Dependants first, so the deletes never lean on ON DELETE CASCADE.
    QStringList tables = {
        QStringLiteral("relationship_sources"),
        QStringLiteral("relationships"),
        QStringLiteral("amounts"),
        QStringLiteral("event_sources"),
        QStringLiteral("event_participants"),
        QStringLiteral("events"),
        QStringLiteral("financials"),
        QStringLiteral("entities"),
        QStringLiteral("sources"),
    };
    if (hasLayout)
        tables.prepend(QStringLiteral("node_positions"));
    QSqlQuery q(db);
    for (const QString &table : tables) {
        if (!q.exec(QStringLiteral("DELETE FROM %1").arg(table)))
            return setError(error,
                            Repository::tr("Cannot delete the old contents of %1: %2")
                                    .arg(table, q.lastError().text()));
    }

    if (!AttributeStore::clear(db, error) || !Writer(db, false).write(data, error))
        return false;

    // The layout is the user's work, not data: positions of entities that are still there stay.
    QSet<QString> kept;
    for (const Entity &e : data.entities)
        kept.insert(e.id);
    if (!positions.isEmpty()
        && !q.prepare(
                QStringLiteral("INSERT INTO node_positions (entity_id, x, y) VALUES (?, ?, ?)")))
        return setError(
                error,
                Repository::tr("Cannot restore the saved layout: %1").arg(q.lastError().text()));
    for (const Position &p : positions) {
        if (kept.contains(p.entityId) && !run(q, { p.entityId, p.x, p.y }))
            return setError(error,
                            Repository::tr("Cannot restore the saved position of \"%1\": %2")
                                    .arg(p.entityId, q.lastError().text()));
    }
    return true;
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

std::optional<Dataset> Repository::loadRecords(const RecordKeys &keys, Versions *versions,
                                               QString *error) const
{
    return loadImpl(&keys, versions, error);
}

namespace {

// Reads a dataset (or, with keys, only the records named there) one table at a time.
class Loader
{
public:
    Loader(const QSqlDatabase &db, const Repository::RecordKeys *keys,
           Repository::Versions *versions, bool versioned, QString *error)
        : m_db(db),
          m_keys(keys),
          m_versions(versioned ? versions : nullptr),
          m_versionColumn(versioned ? QStringLiteral(", version") : QString()),
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
        const bool ok = (m_keys || readInfo()) && readSources() && readEntities() && readEvents()
                && readParticipants() && readEventSources() && readAmounts() && readRelationships()
                && readRelationshipSources() && readFinancials()
                && (m_keys || !hasFigureNotes(m_db) || readGaps())
                && AttributeStore::read(m_db, &m_data, m_keys != nullptr, m_error);
        if (!ok)
            return std::nullopt;
        return std::move(m_data);
    }

private:
    const QStringList *filter(RecordType type) { return m_keys ? &m_wanted[type] : nullptr; }
    bool skip(RecordType type) const { return m_keys && m_wanted.value(type).isEmpty(); }
    void noteVersion(RecordType type, const QString &key, const QSqlQuery &q, int column)
    {
        if (m_versions)
            m_versions->insert(Repository::versionKey(type, key), q.value(column).toLongLong());
    }
    // Runs "SELECT ... FROM table%N ..." limited to the wanted keys of `type` (by `column`);
    // false on a database error, or when the type is not wanted (then `*run` is false too).
    bool query(QSqlQuery &q, RecordType type, const QString &sql, const QString &column, bool *run)
    {
        *run = !skip(type);
        return !*run || selectWhere(q, sql, column, filter(type), m_error);
    }
    QString versioned(const QString &sql) const
    {
        return sql.arg(m_versionColumn, QStringLiteral("%1"));
    }

    bool readInfo();
    bool readSources();
    bool readEntities();
    bool readEvents();
    Event *eventFor(const QString &id);
    bool readParticipants();
    bool readEventSources();
    bool readAmounts();
    bool readRelationships();
    bool readRelationshipSources();
    bool readFinancials();
    bool readGaps();

    QSqlDatabase m_db;
    const Repository::RecordKeys *m_keys;
    Repository::Versions *m_versions;
    QString m_versionColumn;
    QString *m_error;
    QHash<RecordType, QStringList> m_wanted;
    Dataset m_data;
    QHash<QString, qsizetype> m_eventIndex;
    QHash<QString, qsizetype> m_relationshipIndex;
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

bool Loader::readSources()
{
    QSqlQuery q(m_db);
    bool run = false;
    if (!query(q, RecordType::Source,
               versioned(QStringLiteral("SELECT id, publisher, title, url, date, language%1 FROM "
                                        "sources%2 ORDER BY position, id")),
               QStringLiteral("id"), &run))
        return false;
    while (run && q.next()) {
        m_data.sources.append({ columnText(q, 0), columnText(q, 1), columnText(q, 2),
                                columnText(q, 3), PartialDate::fromString(columnText(q, 4)),
                                columnText(q, 5) });
        noteVersion(RecordType::Source, m_data.sources.constLast().id, q, 6);
    }
    return true;
}

bool Loader::readEntities()
{
    QSqlQuery q(m_db);
    bool run = false;
    if (!query(q, RecordType::Entity,
               versioned(QStringLiteral("SELECT id, kind, name_en, name_ko, ticker, "
                                        "description_en, description_ko%1 "
                                        "FROM entities%2 ORDER BY position, id")),
               QStringLiteral("id"), &run))
        return false;
    while (run && q.next()) {
        Entity e;
        e.id = columnText(q, 0);
        if (!parseKey(columnText(q, 1), &e.kind, Repository::tr("entity %1, kind").arg(e.id),
                      m_error))
            return false;
        e.name = { columnText(q, 2), columnText(q, 3) };
        e.ticker = columnText(q, 4);
        e.description = { columnText(q, 5), columnText(q, 6) };
        noteVersion(RecordType::Entity, e.id, q, 7);
        m_data.entities.append(e);
    }
    return true;
}

bool Loader::readEvents()
{
    QSqlQuery q(m_db);
    bool run = false;
    if (!query(q, RecordType::Event,
               versioned(QStringLiteral(
                       "SELECT id, kind, date, title_en, title_ko, summary_en, summary_ko%1 "
                       "FROM events%2 ORDER BY position, id")),
               QStringLiteral("id"), &run))
        return false;
    while (run && q.next()) {
        Event e;
        e.id = columnText(q, 0);
        if (!parseKey(columnText(q, 1), &e.kind, Repository::tr("event %1, kind").arg(e.id),
                      m_error))
            return false;
        e.date = PartialDate::fromString(columnText(q, 2));
        e.title = { columnText(q, 3), columnText(q, 4) };
        e.summary = { columnText(q, 5), columnText(q, 6) };
        noteVersion(RecordType::Event, e.id, q, 7);
        m_eventIndex.insert(e.id, m_data.events.size());
        m_data.events.append(e);
    }
    return true;
}

Event *Loader::eventFor(const QString &id)
{
    const qsizetype i = m_eventIndex.value(id, -1);
    if (i < 0) {
        setError(
                m_error,
                Repository::tr("Cannot read the database: a row refers to the missing event \"%1\"")
                        .arg(id));
        return nullptr;
    }
    return &m_data.events[i];
}

bool Loader::readParticipants()
{
    QSqlQuery q(m_db);
    bool run = false;
    if (!query(q, RecordType::Event,
               QStringLiteral("SELECT event_id, entity_id, role FROM event_participants%1 ORDER BY "
                              "event_id, ordinal"),
               QStringLiteral("event_id"), &run))
        return false;
    while (run && q.next()) {
        Event *e = eventFor(columnText(q, 0));
        if (!e)
            return false;
        Participant p;
        p.entityId = columnText(q, 1);
        if (!parseKey(columnText(q, 2), &p.role,
                      Repository::tr("event %1, participant %2").arg(e->id, p.entityId), m_error))
            return false;
        e->participants.append(p);
    }
    return true;
}

bool Loader::readEventSources()
{
    QSqlQuery q(m_db);
    bool run = false;
    if (!query(q, RecordType::Event,
               QStringLiteral("SELECT event_id, source_id FROM event_sources%1 ORDER BY event_id, "
                              "ordinal"),
               QStringLiteral("event_id"), &run))
        return false;
    while (run && q.next()) {
        Event *e = eventFor(columnText(q, 0));
        if (!e)
            return false;
        e->sourceIds.append(columnText(q, 1));
    }
    return true;
}

bool Loader::readAmounts()
{
    QSqlQuery q(m_db);
    bool run = false;
    if (!query(q, RecordType::Event,
               QStringLiteral("SELECT event_id, ordinal, parent_ordinal, precision, currency, "
                              "value, min, max, "
                              "text_en, text_ko FROM amounts%1 ORDER BY event_id, ordinal"),
               QStringLiteral("event_id"), &run))
        return false;
    QHash<QString, QList<AmountRow>> rows;
    while (run && q.next()) {
        const QString eventId = columnText(q, 0);
        AmountRow row;
        row.ordinal = q.value(1).toInt();
        row.parent = q.isNull(2) ? -1 : q.value(2).toInt();
        if (!parseKey(columnText(q, 3), &row.amount.precision,
                      Repository::tr("event %1, amount").arg(eventId), m_error))
            return false;
        row.amount.currency = columnText(q, 4);
        row.amount.value = columnNumber(q, 5);
        row.amount.min = columnNumber(q, 6);
        row.amount.max = columnNumber(q, 7);
        row.amount.text = { columnText(q, 8), columnText(q, 9) };
        rows[eventId].append(row);
    }
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        Event *e = eventFor(it.key());
        if (!e)
            return false;
        e->amount = buildAmount(it.value());
        if (!e->amount)
            return setError(m_error,
                            Repository::tr("Cannot read the amount of event \"%1\": its rows do "
                                           "not form one amount")
                                    .arg(e->id));
    }
    return true;
}

bool Loader::readRelationships()
{
    QSqlQuery q(m_db);
    bool run = false;
    if (!query(q, RecordType::Relationship,
               versioned(QStringLiteral(
                       "SELECT id, type, from_id, to_id, valid_from, valid_until, event_id%1 "
                       "FROM relationships%2 ORDER BY position, id")),
               QStringLiteral("id"), &run))
        return false;
    while (run && q.next()) {
        Relationship r;
        r.id = columnText(q, 0);
        if (!parseKey(columnText(q, 1), &r.type, Repository::tr("relationship %1, type").arg(r.id),
                      m_error))
            return false;
        r.fromId = columnText(q, 2);
        r.toId = columnText(q, 3);
        r.validFrom = PartialDate::fromString(columnText(q, 4));
        r.validUntil = PartialDate::fromString(columnText(q, 5));
        r.eventId = columnText(q, 6);
        noteVersion(RecordType::Relationship, r.id, q, 7);
        m_relationshipIndex.insert(r.id, m_data.relationships.size());
        m_data.relationships.append(r);
    }
    return true;
}

bool Loader::readRelationshipSources()
{
    QSqlQuery q(m_db);
    bool run = false;
    if (!query(q, RecordType::Relationship,
               QStringLiteral("SELECT relationship_id, source_id FROM relationship_sources%1 ORDER "
                              "BY relationship_id, ordinal"),
               QStringLiteral("relationship_id"), &run))
        return false;
    while (run && q.next()) {
        const QString id = columnText(q, 0);
        const qsizetype i = m_relationshipIndex.value(id, -1);
        if (i < 0)
            return setError(m_error,
                            Repository::tr("Cannot read the database: a row refers to the missing "
                                           "relationship \"%1\"")
                                    .arg(id));
        m_data.relationships[i].sourceIds.append(columnText(q, 1));
    }
    return true;
}

bool Loader::readFinancials()
{
    if (skip(RecordType::Financial))
        return true;
    const bool notes = hasFigureNotes(m_db);
    // Figures are named by company/quarter/metric: the companies are read, then the figures picked.
    QStringList companies;
    if (m_keys) {
        QSet<QString> seen;
        for (const QString &key : m_wanted.value(RecordType::Financial))
            seen.insert(key.section(QLatin1Char('/'), 0, -3));
        companies = QStringList(seen.cbegin(), seen.cend());
    }
    const QString columns = notes
            ? QStringLiteral("company_id, quarter, metric, value, currency, basis, source_id, "
                             "note_en, note_ko")
            : QStringLiteral("company_id, quarter, metric, value, currency, basis, source_id");
    const int versionAt = notes ? 9 : 7;
    QSqlQuery q(m_db);
    if (!selectWhere(q,
                     QStringLiteral("SELECT %1%2 FROM financials%3 ORDER BY position, company_id, "
                                    "quarter, metric")
                             .arg(columns, m_versionColumn, QStringLiteral("%1")),
                     QStringLiteral("company_id"), m_keys ? &companies : nullptr, m_error))
        return false;
    while (q.next()) {
        FinancialFigure f;
        f.companyId = columnText(q, 0);
        f.quarter = PartialDate::fromString(columnText(q, 1));
        if (!parseKey(columnText(q, 2), &f.metric,
                      Repository::tr("financial figure %1, metric").arg(figureKey(f)), m_error))
            return false;
        f.value = q.value(3).toDouble();
        f.currency = columnText(q, 4);
        f.basis = columnText(q, 5);
        f.sourceId = columnText(q, 6);
        if (notes)
            f.note = { columnText(q, 7), columnText(q, 8) };
        if (m_keys && !m_wanted.value(RecordType::Financial).contains(recordKey(f)))
            continue;
        noteVersion(RecordType::Financial, recordKey(f), q, versionAt);
        m_data.financials.append(f);
    }
    return true;
}

bool Loader::readGaps()
{
    QSqlQuery g(m_db);
    if (!select(g,
                QStringLiteral("SELECT company_id, quarter, metric, reason_en, reason_ko FROM "
                               "financial_gaps "
                               "ORDER BY position, company_id, quarter, metric"),
                m_error))
        return false;
    while (g.next()) {
        FigureGap gap;
        gap.companyId = columnText(g, 0);
        gap.quarter = PartialDate::fromString(columnText(g, 1));
        if (!parseKey(columnText(g, 2), &gap.metric,
                      Repository::tr("known gap %1/%2").arg(gap.companyId, gap.quarter.toString()),
                      m_error))
            return false;
        gap.reason = { columnText(g, 3), columnText(g, 4) };
        m_data.info.knownGaps.append(gap);
    }
    return true;
}

} // namespace

std::optional<Dataset> Repository::loadImpl(const RecordKeys *keys, Versions *versions,
                                            QString *error) const
{
    return Loader(m_db, keys, versions, hasChangeLog(), error).load();
}

std::optional<QHash<QString, QPointF>> Repository::loadNodePositions(QString *error) const
{
    QHash<QString, QPointF> positions;
    if (!hasLayoutTable(m_db))
        return positions;
    QSqlQuery q(m_db);
    if (!select(q, QStringLiteral("SELECT entity_id, x, y FROM node_positions"), error))
        return std::nullopt;
    while (q.next())
        positions.insert(columnText(q, 0), QPointF(q.value(1).toDouble(), q.value(2).toDouble()));
    return positions;
}

// Defined with the change log below.
bool logNodePositions(const QSqlDatabase &db, const QString &client,
                      const QHash<QString, std::optional<QPointF>> &changes, QString *error);

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
        QSqlQuery upsert(m_db);
        QSqlQuery remove(m_db);
        for (auto [q, sql] :
             { std::pair{ &upsert,
                          QStringLiteral(
                                  "INSERT INTO node_positions (entity_id, x, y) VALUES (?, ?, ?) "
                                  "ON CONFLICT (entity_id) DO UPDATE SET x = excluded.x, y = "
                                  "excluded.y") },
               std::pair{ &remove,
                          QStringLiteral("DELETE FROM node_positions WHERE entity_id = ?") } }) {
            if (ok && !q->prepare(sql)) {
                failure = tr("Cannot save the graph layout: %1").arg(q->lastError().text());
                ok = false;
            }
        }
        for (auto it = changes.cbegin(); ok && it != changes.cend(); ++it) {
            QSqlQuery &q = it.value() ? upsert : remove;
            ok = it.value() ? run(q, { it.key(), it.value()->x(), it.value()->y() })
                            : run(q, { it.key() });
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
    auto runAll = [&](std::vector<QSqlQuery> &queries, std::initializer_list<QVariant> values,
                      const QString &what) {
        for (QSqlQuery &q : queries) {
            if (!run(q, values))
                return setError(
                        error,
                        Repository::tr("Cannot delete %1: %2").arg(what, q.lastError().text()));
        }
        return true;
    };

    std::vector<QSqlQuery> relationship, event, figure, entity, source;
    QStringList entitySql;
    if (hasLayoutTable(db))
        entitySql.append(QStringLiteral("DELETE FROM node_positions WHERE entity_id = ?"));
    entitySql.append(QStringLiteral("DELETE FROM entities WHERE id = ?"));
    if (!prepared({ QStringLiteral("DELETE FROM relationship_sources WHERE relationship_id = ?"),
                    QStringLiteral("DELETE FROM relationships WHERE id = ?") },
                  &relationship)
        || !prepared({ QStringLiteral("DELETE FROM event_participants WHERE event_id = ?"),
                       QStringLiteral("DELETE FROM event_sources WHERE event_id = ?"),
                       QStringLiteral("DELETE FROM amounts WHERE event_id = ?"),
                       QStringLiteral("DELETE FROM events WHERE id = ?") },
                     &event)
        || !prepared({ QStringLiteral("DELETE FROM financials WHERE company_id = ? AND quarter = ? "
                                      "AND metric = ?") },
                     &figure)
        || !prepared(entitySql, &entity)
        || !prepared({ QStringLiteral("DELETE FROM sources WHERE id = ?") }, &source)
        || !AttributeStore::remove(db, removed, error))
        return false;

    for (const Relationship &r : removed.relationships) {
        if (!runAll(relationship, { r.id }, Repository::tr("relationship \"%1\"").arg(r.id)))
            return false;
    }
    for (const Event &e : removed.events) {
        if (!runAll(event, { e.id }, Repository::tr("event \"%1\"").arg(e.id)))
            return false;
    }
    for (const FinancialFigure &f : removed.financials) {
        if (!runAll(figure, { f.companyId, text(f.quarter.toString()), keyOf(f.metric) },
                    Repository::tr("financial figure \"%1\"").arg(figureKey(f))))
            return false;
    }
    for (const Entity &e : removed.entities) {
        if (!runAll(entity, { e.id }, Repository::tr("entity \"%1\"").arg(e.id)))
            return false;
    }
    for (const Source &s : removed.sources) {
        if (!runAll(source, { s.id }, Repository::tr("source \"%1\"").arg(s.id)))
            return false;
    }
    return true;
}

// Gives every stored record of table the position of its row in keys; only rows that moved
// are written, so an ordinary edit writes none.
bool reorder(const QSqlDatabase &db, const QString &table, const QString &keySql,
             const QString &whereSql, const QList<QStringList> &keys, QString *error)
{
    QSqlQuery q(db);
    if (!select(q, QStringLiteral("SELECT %1, position FROM %2").arg(keySql, table), error))
        return false;
    const int columns = int(keySql.count(QLatin1Char(','))) + 1;
    QHash<QStringList, int> stored;
    while (q.next()) {
        QStringList key;
        for (int i = 0; i < columns; ++i)
            key.append(columnText(q, i));
        stored.insert(key, q.value(columns).toInt());
    }
    QSqlQuery update(db);
    const QString sql = QStringLiteral("UPDATE %1 SET position = ? WHERE %2").arg(table, whereSql);
    if (!update.prepare(sql))
        return setError(
                error,
                Repository::tr("Cannot prepare \"%1\": %2").arg(sql, update.lastError().text()));
    for (qsizetype row = 0; row < keys.size(); ++row) {
        const auto it = stored.constFind(keys.at(row));
        if (it == stored.cend() || *it == row)
            continue;
        update.bindValue(0, int(row));
        for (qsizetype i = 0; i < keys.at(row).size(); ++i)
            update.bindValue(int(i + 1), keys.at(row).at(i));
        if (!update.exec())
            return setError(error,
                            Repository::tr("Cannot save the order of %1: %2")
                                    .arg(table, update.lastError().text()));
    }
    return true;
}

template <typename T>
QList<QStringList> idKeys(const QList<T> &records)
{
    QList<QStringList> keys;
    keys.reserve(records.size());
    for (const T &r : records)
        keys.append({ r.id });
    return keys;
}

bool reorderAll(const QSqlDatabase &db, const Dataset &after, QString *error)
{
    const QString id = QStringLiteral("id");
    const QString byId = QStringLiteral("id = ?");
    QList<QStringList> figures;
    figures.reserve(after.financials.size());
    for (const FinancialFigure &f : after.financials)
        figures.append({ f.companyId, f.quarter.toString(), keyOf(f.metric) });
    return reorder(db, QStringLiteral("sources"), id, byId, idKeys(after.sources), error)
            && reorder(db, QStringLiteral("entities"), id, byId, idKeys(after.entities), error)
            && reorder(db, QStringLiteral("events"), id, byId, idKeys(after.events), error)
            && reorder(db, QStringLiteral("relationships"), id, byId, idKeys(after.relationships),
                       error)
            && reorder(db, QStringLiteral("financials"),
                       QStringLiteral("company_id, quarter, metric"),
                       QStringLiteral("company_id = ? AND quarter = ? AND metric = ?"), figures,
                       error);
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

// Defined with the change log below.
bool logChanges(const QSqlDatabase &db, const QString &client, const Dataset &upserts,
                const Dataset &removed, QString *error);

bool Repository::applyChanges(const Dataset &upserts, const Dataset &removed, const Dataset &after,
                              QString *error)
{
    const bool logged = hasChangeLog();
    return inWriteTransaction(m_db, error, [&](QString *failure) {
        // The merge writer keeps stored info; an edit may change it, so it is written from after.
        return Writer(m_db, true).write(upserts, failure) && deleteRecords(m_db, removed, failure)
                && Writer(m_db, false).writeInfo(after.info, failure)
                && reorderAll(m_db, after, failure)
                && (!logged || logChanges(m_db, m_client, upserts, removed, failure));
    });
}

namespace {

// The stored order of one table, for placing inserted rows between the rows around them.
struct OrderedTable
{
    QString table;
    QString keyWhere; // "id = ?" or the figure key
};

bool writeEdit(const QSqlDatabase &db, const DataEdit &edit, QString *error)
{
    QSet<QString> fresh;
    for (const auto &[row, e] : edit.events.inserted)
        fresh.insert(QStringLiteral("event:") + e.id);
    for (const auto &[row, r] : edit.relationships.inserted)
        fresh.insert(QStringLiteral("relationship:") + r.id);
    Writer writer(db, true);
    writer.setFresh(std::move(fresh));
    return writer.write(edit.upserts(), error);
}

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

// Inside the caller's transaction, after the upserts wrote inserted records at the end of their
// table: gives each inserted record that is not at the end of after a position between its
// neighbours. A removed record leaves a gap, so putting it back (an undo) fits there and touches
// no other row; only when there is no room are the rows after it moved down, in one statement.
template <typename T>
bool placeInserted(const QSqlDatabase &db, const OrderedTable &t, const ListEdit<T> &edit,
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
            QStringLiteral("SELECT position FROM %1 WHERE %2").arg(t.table, t.keyWhere);
    const QString setSql =
            QStringLiteral("UPDATE %1 SET position = ? WHERE %2").arg(t.table, t.keyWhere);
    const QString shiftSql =
            QStringLiteral("UPDATE %1 SET position = position + ? WHERE position >= ?")
                    .arg(t.table);
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
                                    .arg(t.table, positionOf.lastError().text()));
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
                                        .arg(t.table, shift.lastError().text()));
        }
        setPosition.bindValue(0, before + 1);
        const QVariantList key = keyValues(r);
        for (int i = 0; i < key.size(); ++i)
            setPosition.bindValue(i + 1, key.at(i));
        if (!setPosition.exec())
            return setError(error,
                            Repository::tr("Cannot save the order of %1: %2")
                                    .arg(t.table, setPosition.lastError().text()));
    }
    return true;
}

} // namespace

namespace {

const auto kNotifyChannel = QStringLiteral("atlas_changes");

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

QString tableOf(RecordType type)
{
    // In the order of RecordType.
    static constexpr const char *tables[] = { "sources", "entities", "events", "relationships",
                                              "financials" };
    static_assert(std::size(tables) == std::size_t(RecordType::Financial) + 1);
    return QLatin1String(tables[std::size_t(type)]);
}

QString keyWhereOf(RecordType type)
{
    return type == RecordType::Financial
            ? QStringLiteral("company_id = ? AND quarter = ? AND metric = ?")
            : QStringLiteral("id = ?");
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

struct LogEntry
{
    std::optional<RecordType> type; // none: the whole dataset, or what typeName says
    QString key;
    QVariantList keyValues;
    QString operation;
    QString typeName = {}; // a log entry of no record table (a node position); nothing stamped
};

template <typename T>
void logList(const ListEdit<T> &edit, QList<LogEntry> *out)
{
    const RecordType type = typeOfRecord(static_cast<const T *>(nullptr));
    for (const auto &[row, r] : edit.removed)
        out->append({ type, recordKey(r), keyValues(r), QStringLiteral("delete") });
    for (const auto &[row, r] : edit.inserted)
        out->append({ type, recordKey(r), keyValues(r), QStringLiteral("insert") });
    for (const auto &[before, after] : edit.changed)
        out->append({ type, recordKey(after), keyValues(after), QStringLiteral("update") });
}

template <typename T>
void logRecords(const QList<T> &records, const QString &operation, QList<LogEntry> *out)
{
    const RecordType type = typeOfRecord(static_cast<const T *>(nullptr));
    for (const T &r : records)
        out->append({ type, recordKey(r), keyValues(r), operation });
}

QList<LogEntry> logOf(const DataEdit &edit)
{
    QList<LogEntry> out;
    logList(edit.sources, &out);
    logList(edit.entities, &out);
    logList(edit.events, &out);
    logList(edit.relationships, &out);
    logList(edit.financials, &out);
    if (edit.info)
        out.append({ std::nullopt, QString(), {}, QStringLiteral("replace") });
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

// Inside the write transaction, after the records were written: stamps each with version seq and
// records it in the change log; PostgreSQL listeners are told at commit.
bool writeLog(const QSqlDatabase &db, qint64 seq, const QString &client,
              const QList<LogEntry> &entries, QString *error)
{
    if (entries.isEmpty())
        return true;
    QSqlQuery log(db);
    const QString logSql = QStringLiteral(
            "INSERT INTO change_log (seq, record_type, record_id, operation, changed_at, client) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (seq, record_type, record_id) DO UPDATE "
            "SET operation = excluded.operation");
    if (!log.prepare(logSql))
        return setError(
                error,
                Repository::tr("Cannot prepare \"%1\": %2").arg(logSql, log.lastError().text()));
    QHash<RecordType, std::shared_ptr<QSqlQuery>> stamps;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const LogEntry &e : entries) {
        if (!e.typeName.isEmpty()) {
            // Not a record: no version to stamp.
        } else if (!e.type) {
            QSqlQuery all(db);
            for (RecordType type : kAllTypes) {
                if (!all.prepare(QStringLiteral("UPDATE %1 SET version = ?").arg(tableOf(type)))
                    || !run(all, { seq }))
                    return setError(error,
                                    Repository::tr("Cannot record the change: %1")
                                            .arg(all.lastError().text()));
            }
        } else if (e.operation != QLatin1String("delete")) {
            auto &stamp = stamps[*e.type];
            if (!stamp) {
                stamp = std::make_shared<QSqlQuery>(db);
                const QString sql = QStringLiteral("UPDATE %1 SET version = ? WHERE %2")
                                            .arg(tableOf(*e.type), keyWhereOf(*e.type));
                if (!stamp->prepare(sql))
                    return setError(error,
                                    Repository::tr("Cannot prepare \"%1\": %2")
                                            .arg(sql, stamp->lastError().text()));
            }
            stamp->bindValue(0, seq);
            for (int i = 0; i < e.keyValues.size(); ++i)
                stamp->bindValue(i + 1, e.keyValues.at(i));
            if (!stamp->exec())
                return setError(error,
                                Repository::tr("Cannot record the change of \"%1\": %2")
                                        .arg(e.key, stamp->lastError().text()));
        }
        const QString type = !e.typeName.isEmpty() ? e.typeName
                : e.type                           ? Repository::recordTypeName(*e.type)
                                                   : QStringLiteral("dataset");
        if (!run(log, { seq, type, text(e.key), e.operation, now, text(client) }))
            return setError(error,
                            Repository::tr("Cannot record the change of \"%1\": %2")
                                    .arg(e.key, log.lastError().text()));
    }
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

// The last change of one record, for telling the user when it changed.
QString lastChangeOf(const QSqlDatabase &db, RecordType type, const QString &key)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral(
                "SELECT changed_at FROM change_log WHERE record_type = ? AND record_id = ? "
                "ORDER BY seq DESC LIMIT 1")))
        return Repository::tr("an unknown time");
    q.bindValue(0, Repository::recordTypeName(type));
    q.bindValue(1, key);
    if (!q.exec() || !q.next())
        return Repository::tr("an unknown time");
    const QDateTime at = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    return at.isValid()
            ? QLocale().toString(at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
            : Repository::tr("an unknown time");
}

} // namespace

// applyChanges writes first and logs at the end (it predates the log): the lock is taken there.
bool logChanges(const QSqlDatabase &db, const QString &client, const Dataset &upserts,
                const Dataset &removed, QString *error)
{
    qint64 seq = 0;
    return beginLogged(db, &seq, error)
            && writeLog(db, seq, client, logOf(upserts, removed), error);
}

// Node positions are logged too, so other windows move the nodes; they have no version.
bool logNodePositions(const QSqlDatabase &db, const QString &client,
                      const QHash<QString, std::optional<QPointF>> &changes, QString *error)
{
    QList<LogEntry> entries;
    entries.reserve(changes.size());
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        entries.append({ std::nullopt,
                         it.key(),
                         {},
                         it.value() ? QStringLiteral("upsert") : QStringLiteral("delete"),
                         Repository::nodePositionType() });
    qint64 seq = 0;
    return beginLogged(db, &seq, error) && writeLog(db, seq, client, entries, error);
}

namespace {

// Inside the write transaction, after beginLogged(): every changed or removed record still has
// the version the edit was based on, and no inserted one exists yet.
template <typename T>
bool checkVersions(const QSqlDatabase &db, const ListEdit<T> &edit,
                   const Repository::Versions &expected, QString *error)
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
        const auto it = expected.constFind(Repository::versionKey(type, recordKey(r)));
        if (it == expected.cend()) // not known to the caller: nothing to compare with
            return true;
        qint64 version = 0;
        if (!stored(r, &version))
            return false;
        if (version == *it)
            return true;
        const QString when = lastChangeOf(db, type, recordKey(r));
        if (version < 0)
            return setError(
                    error,
                    Repository::tr(
                            "The %1 \"%2\" was deleted by someone else at %3, after this window "
                            "read it. Nothing was saved.")
                            .arg(displayTypeName(type), recordKey(r), when));
        return setError(
                error,
                Repository::tr(
                        "The %1 \"%2\" was changed by someone else at %3, after this window read "
                        "it. Nothing was saved; the window shows the current record.")
                        .arg(displayTypeName(type), recordKey(r), when));
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
                                 lastChangeOf(db, type, recordKey(r))));
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

QString Repository::versionKey(RecordType type, const QString &key)
{
    return recordTypeName(type) + QLatin1Char(':') + key;
}

bool Repository::hasChangeLog() const
{
    return hasTable(m_db, QStringLiteral("change_log"));
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
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral(
                "SELECT seq, record_type, record_id, operation, changed_at, client FROM change_log "
                "WHERE seq > ? ORDER BY seq")))
        return setError(error, tr("Cannot read the change log: %1").arg(q.lastError().text())),
               std::nullopt;
    q.bindValue(0, seq);
    if (!q.exec())
        return setError(error, tr("Cannot read the change log: %1").arg(q.lastError().text())),
               std::nullopt;
    while (q.next()) {
        out.append({ q.value(0).toLongLong(), columnText(q, 1), columnText(q, 2), columnText(q, 3),
                     QDateTime::fromString(columnText(q, 4), Qt::ISODateWithMs),
                     columnText(q, 5) });
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

std::optional<Repository::Versions> Repository::loadVersions(QString *error) const
{
    Versions versions;
    if (!hasChangeLog())
        return versions;
    for (RecordType type : kAllTypes) {
        QSqlQuery q(m_db);
        const bool figure = type == RecordType::Financial;
        if (!select(q,
                    figure ? QStringLiteral(
                            "SELECT company_id, quarter, metric, version FROM financials")
                           : QStringLiteral("SELECT id, version FROM %1").arg(tableOf(type)),
                    error))
            return std::nullopt;
        while (q.next()) {
            const QString key = figure
                    ? QStringLiteral("%1/%2/%3")
                              .arg(columnText(q, 0), columnText(q, 1), columnText(q, 2))
                    : columnText(q, 0);
            versions.insert(versionKey(type, key), q.value(figure ? 3 : 1).toLongLong());
        }
    }
    return versions;
}

bool Repository::applyEdit(const DataEdit &edit, const Dataset &after, QString *error,
                           const Versions *expected, qint64 *seq)
{
    const QString byId = QStringLiteral("id = ?");
    const bool logged = hasChangeLog();
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
        const bool ok = writeEdit(m_db, edit, failure)
                && deleteRecords(m_db, edit.removedRecords(), failure)
                && (!edit.info || Writer(m_db, false).writeInfo(after.info, failure))
                && placeInserted(m_db, { QStringLiteral("sources"), byId }, edit.sources,
                                 after.sources, failure)
                && placeInserted(m_db, { QStringLiteral("entities"), byId }, edit.entities,
                                 after.entities, failure)
                && placeInserted(m_db, { QStringLiteral("events"), byId }, edit.events,
                                 after.events, failure)
                && placeInserted(m_db, { QStringLiteral("relationships"), byId },
                                 edit.relationships, after.relationships, failure)
                && placeInserted(
                                m_db,
                                { QStringLiteral("financials"),
                                  QStringLiteral("company_id = ? AND quarter = ? AND metric = ?") },
                                edit.financials, after.financials, failure)
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
    return inWriteTransaction(m_db, error, [&](QString *failure) {
        qint64 sequence = 0;
        if (logged && !beginLogged(m_db, &sequence, failure))
            return false;
        const QList<LogEntry> log = merge
                ? logOf(data, Dataset())
                : QList<LogEntry>{ { std::nullopt, QString(), {}, QStringLiteral("replace") } };
        return (merge ? Writer(m_db, true).write(data, failure)
                      : replaceContents(m_db, data, failure))
                && (!logged || writeLog(m_db, sequence, m_client, log, failure));
    });
}

} // namespace atlas
