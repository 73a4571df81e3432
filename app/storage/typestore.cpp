// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "typestore.h"

#include "core/seterror.h"
#include "database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace atlas {

namespace {

const auto kKind = QStringLiteral("kind");
const auto kRelationshipType = QStringLiteral("relationship-type");

QVariant optionalText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

bool insertAll(QSqlQuery &q, const QString &category, const QList<CustomType> &types,
               QString *error)
{
    int position = 0;
    for (const CustomType &t : types) {
        const QVariant values[] = { category,
                                    t.key,
                                    position++,
                                    optionalText(t.label.en),
                                    optionalText(t.label.ko),
                                    t.color,
                                    t.shape,
                                    t.directed ? 1 : 0 };
        for (int i = 0; i < int(std::size(values)); ++i)
            q.bindValue(i, values[i]);
        if (!q.exec())
            return setError(error,
                            TypeStore::tr("Cannot save the type \"%1\": %2")
                                    .arg(t.key, q.lastError().text()));
    }
    return true;
}

} // namespace

bool TypeStore::hasTable(const QSqlDatabase &db)
{
    return Database::hasTable(db, QStringLiteral("custom_types"));
}

bool TypeStore::write(const QSqlDatabase &db, const CustomTypes &types, QString *error)
{
    if (!hasTable(db)) {
        if (types.isEmpty())
            return true;
        return setError(error,
                        tr("This database is too old to store user-defined kinds and types; "
                           "open it once with write access to upgrade it"));
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DELETE FROM custom_types")))
        return setError(error, tr("Cannot replace the types: %1").arg(q.lastError().text()));
    if (!q.prepare(QStringLiteral("INSERT INTO custom_types (category, type_key, position, "
                                  "label_en, label_ko, color, shape, directed) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")))
        return setError(error,
                        tr("Cannot prepare the type statements: %1").arg(q.lastError().text()));
    return insertAll(q, kKind, types.kinds, error)
            && insertAll(q, kRelationshipType, types.relationshipTypes, error);
}

bool TypeStore::merge(const QSqlDatabase &db, const CustomTypes &types, QString *error)
{
    if (types.isEmpty())
        return true;
    CustomTypes stored;
    if (!read(db, &stored, error))
        return false;
    auto replace = [](QList<CustomType> &into, const QList<CustomType> &from) {
        for (const CustomType &t : from) {
            auto it = std::find_if(into.begin(), into.end(),
                                   [&](const CustomType &s) { return s.key == t.key; });
            if (it == into.end())
                into.append(t);
            else
                *it = t;
        }
    };
    replace(stored.kinds, types.kinds);
    replace(stored.relationshipTypes, types.relationshipTypes);
    return write(db, stored, error);
}

bool TypeStore::read(const QSqlDatabase &db, CustomTypes *types, QString *error)
{
    if (!hasTable(db))
        return true;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT category, type_key, label_en, label_ko, color, shape, "
                               "directed FROM custom_types ORDER BY category, position")))
        return setError(error, tr("Cannot read the types: %1").arg(q.lastError().text()));
    while (q.next()) {
        CustomType t;
        t.key = q.value(1).toString();
        t.label = { q.value(2).toString(), q.value(3).toString() };
        t.color = q.value(4).toString();
        t.shape = q.value(5).toString();
        t.directed = q.value(6).toInt() != 0;
        const QString category = q.value(0).toString();
        if (category == kKind)
            types->kinds.append(t);
        else if (category == kRelationshipType)
            types->relationshipTypes.append(t);
    }
    return true;
}

} // namespace atlas
