// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "attributestore.h"

#include "core/seterror.h"
#include "database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace atlas {

namespace {

const auto kEntity = QStringLiteral("entity");
const auto kEvent = QStringLiteral("event");
const auto kRelationship = QStringLiteral("relationship");

struct Queries
{
    explicit Queries(const QSqlDatabase &db) : insert(db), clear(db) { }
    QSqlQuery insert;
    QSqlQuery clear;
};

bool exec(QSqlQuery &q, std::initializer_list<QVariant> values)
{
    int i = 0;
    for (const QVariant &v : values)
        q.bindValue(i++, v);
    return q.exec();
}

// The value column is NOT NULL: a text attribute without a value is stored as empty text.
QString storedValue(const Attribute &a)
{
    const QString text = a.toText();
    return text.isNull() ? QString::fromLatin1("", 0) : text;
}

bool writeOwner(Queries &q, const QString &type, const QString &id, const Attributes &attributes,
                bool clearFirst, QString *error)
{
    if (clearFirst && !exec(q.clear, { type, id }))
        return setError(error,
                        AttributeStore::tr("Cannot replace the attributes of %1 \"%2\": %3")
                                .arg(type, id, q.clear.lastError().text()));
    int position = 0;
    for (const Attribute &a : attributes) {
        if (!exec(q.insert,
                  { type, id, position++, a.name, attributeTypeKey(a.type), storedValue(a) }))
            return setError(error,
                            AttributeStore::tr("Cannot save attribute \"%1\" of %2 \"%3\": %4")
                                    .arg(a.name, type, id, q.insert.lastError().text()));
    }
    return true;
}

template <typename T>
bool writeAll(Queries &q, const QString &type, const QList<T> &records, bool merge,
              const QSet<QString> &fresh, QString *error)
{
    for (const T &r : records) {
        const bool clearFirst = merge && !fresh.contains(type + QLatin1Char(':') + r.id);
        if ((clearFirst || !r.attributes.isEmpty())
            && !writeOwner(q, type, r.id, r.attributes, clearFirst, error))
            return false;
    }
    return true;
}

std::optional<Attribute> fromRow(const QSqlQuery &q, int first)
{
    const auto type = attributeTypeFromKey(q.value(first + 1).toString());
    if (!type)
        return std::nullopt;
    return Attribute::fromText(q.value(first).toString(), *type, q.value(first + 2).toString());
}

bool failed(QString *error, const QSqlQuery &q)
{
    return setError(error,
                    AttributeStore::tr("Cannot read the attributes: %1").arg(q.lastError().text()));
}

template <typename T>
bool readEach(QSqlQuery &q, const QString &type, QList<T> &records, QString *error)
{
    for (T &r : records) {
        if (!exec(q, { type, r.id }))
            return failed(error, q);
        while (q.next()) {
            if (const auto a = fromRow(q, 0))
                r.attributes.append(*a);
        }
    }
    return true;
}

template <typename T>
QHash<QString, T *> index(QList<T> &records)
{
    QHash<QString, T *> out;
    out.reserve(records.size());
    for (T &r : records)
        out.insert(r.id, &r);
    return out;
}

Attributes *ownerAttributes(const QString &type, const QString &id,
                            const QHash<QString, Entity *> &entities,
                            const QHash<QString, Event *> &events,
                            const QHash<QString, Relationship *> &relationships)
{
    if (type == kEntity) {
        Entity *e = entities.value(id);
        return e ? &e->attributes : nullptr;
    }
    if (type == kEvent) {
        Event *e = events.value(id);
        return e ? &e->attributes : nullptr;
    }
    if (type == kRelationship) {
        Relationship *r = relationships.value(id);
        return r ? &r->attributes : nullptr;
    }
    return nullptr;
}

} // namespace

bool AttributeStore::hasTable(const QSqlDatabase &db)
{
    return Database::hasTable(db, QStringLiteral("record_attributes"));
}

bool AttributeStore::write(const QSqlDatabase &db, const Dataset &data, bool merge,
                           const QSet<QString> &fresh, QString *error)
{
    if (!hasTable(db)) {
        auto none = [](const auto &list) {
            return std::all_of(list.cbegin(), list.cend(),
                               [](const auto &r) { return r.attributes.isEmpty(); });
        };
        if (none(data.entities) && none(data.events) && none(data.relationships))
            return true;
        return setError(error,
                        tr("This database is too old to store attributes; open it once "
                           "with write access to upgrade it"));
    }
    Queries q(db);
    if (!q.insert.prepare(QStringLiteral("INSERT INTO record_attributes (owner_type, owner_id, "
                                         "position, name, value_type, value) "
                                         "VALUES (?, ?, ?, ?, ?, ?)"))
        || !q.clear.prepare(QStringLiteral(
                "DELETE FROM record_attributes WHERE owner_type = ? AND owner_id = ?")))
        return setError(error,
                        tr("Cannot prepare the attribute statements: %1")
                                .arg(q.insert.lastError().text() + q.clear.lastError().text()));
    return writeAll(q, kEntity, data.entities, merge, fresh, error)
            && writeAll(q, kEvent, data.events, merge, fresh, error)
            && writeAll(q, kRelationship, data.relationships, merge, fresh, error);
}

bool AttributeStore::remove(const QSqlDatabase &db, const Dataset &removed, QString *error)
{
    if (!hasTable(db))
        return true;
    Queries q(db);
    if (!q.clear.prepare(QStringLiteral(
                "DELETE FROM record_attributes WHERE owner_type = ? AND owner_id = ?")))
        return failed(error, q.clear);
    const Attributes none;
    auto removeAll = [&](const QString &type, const auto &list) {
        for (const auto &r : list) {
            if (!writeOwner(q, type, r.id, none, true, error))
                return false;
        }
        return true;
    };
    return removeAll(kEntity, removed.entities) && removeAll(kEvent, removed.events)
            && removeAll(kRelationship, removed.relationships);
}

bool AttributeStore::clear(const QSqlDatabase &db, QString *error)
{
    if (!hasTable(db))
        return true;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DELETE FROM record_attributes")))
        return setError(error,
                        tr("Cannot delete the old attributes: %1").arg(q.lastError().text()));
    return true;
}

bool AttributeStore::read(const QSqlDatabase &db, Dataset *data, bool selective, QString *error)
{
    if (!hasTable(db))
        return true;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (selective) {
        if (!q.prepare(QStringLiteral("SELECT name, value_type, value FROM record_attributes "
                                      "WHERE owner_type = ? AND owner_id = ? ORDER BY position")))
            return failed(error, q);
        return readEach(q, kEntity, data->entities, error)
                && readEach(q, kEvent, data->events, error)
                && readEach(q, kRelationship, data->relationships, error);
    }
    if (!q.exec(QStringLiteral("SELECT owner_type, owner_id, name, value_type, value "
                               "FROM record_attributes ORDER BY owner_type, owner_id, position")))
        return failed(error, q);
    // Indexed only once a row shows up: a dataset without attributes pays one empty query.
    // Rows come grouped by record, so a record is looked up once, not once per attribute; the
    // few distinct names are shared by every record instead of copied into each.
    QHash<QString, Entity *> entities;
    QHash<QString, Event *> events;
    QHash<QString, Relationship *> relationships;
    QHash<QString, QString> names;
    QString lastType;
    QString lastId;
    Attributes *target = nullptr;
    bool indexed = false;
    while (q.next()) {
        if (!indexed) {
            entities = index(data->entities);
            events = index(data->events);
            relationships = index(data->relationships);
            indexed = true;
        }
        const QString type = q.value(0).toString();
        const QString id = q.value(1).toString();
        if (id != lastId || type != lastType) {
            target = ownerAttributes(type, id, entities, events, relationships);
            lastType = type;
            lastId = id;
        }
        if (!target)
            continue;
        const QString written = q.value(2).toString();
        auto name = names.constFind(written);
        if (name == names.cend())
            name = names.insert(written, written);
        const auto valueType = attributeTypeFromKey(q.value(3).toString());
        if (const auto a = valueType ? Attribute::fromText(*name, *valueType, q.value(4).toString())
                                     : std::nullopt)
            target->append(*a);
    }
    return true;
}

} // namespace atlas
