// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customtypes.h"

#include "records.h"

#include <QLocale>

#include <array>
#include <optional>

namespace atlas {

namespace {

// Paul Tol's "muted" set, apart from the "bright" one the built-in kinds use.
constexpr std::array<const char *, 9> kColours = { "#cc6677", "#332288", "#ddcc77",
                                                   "#117733", "#88ccee", "#882255",
                                                   "#44aa99", "#999933", "#aa4499" };
// Relationship types: Tol's "dark" and "vibrant" sets, readable as thin lines.
constexpr std::array<const char *, 7> kLineColours = { "#ee7733", "#0077bb", "#cc3311", "#009988",
                                                       "#ee3377", "#555555", "#33bbee" };

const CustomType *findKey(const QList<CustomType> &list, const QString &key)
{
    for (const CustomType &t : list) {
        if (t.key == key)
            return &t;
    }
    return nullptr;
}

bool validKey(const QString &key)
{
    return !key.trimmed().isEmpty() && key.size() <= 64 && key == key.trimmed();
}

// A new type takes the next colour and the next shape (or dash) of the cycles, by its position.
template <std::size_t N>
const CustomType &appendStyled(QList<CustomType> *list, CustomType t,
                               const std::array<const char *, N> &colours,
                               const QStringList &styles)
{
    const auto n = list->size();
    t.color = QString::fromLatin1(colours[std::size_t(n) % N]);
    t.shape = styles.at(n % styles.size());
    list->append(std::move(t));
    return list->last();
}

} // namespace

QString CustomType::text(Language lang) const
{
    const QString t = label.text(lang);
    return t.isEmpty() ? key : t;
}

QString CustomType::text() const
{
    return text(QLocale().language() == QLocale::Korean ? Language::Korean : Language::English);
}

const CustomType *CustomTypes::kind(const QString &key) const
{
    return findKey(kinds, key);
}

const CustomType *CustomTypes::relationshipType(const QString &key) const
{
    return findKey(relationshipTypes, key);
}

const CustomType &CustomTypes::addKind(const QString &key, const LocalizedText &label)
{
    if (const CustomType *t = kind(key))
        return *t;
    // Colour and shape cycle with different periods, so the first 63 kinds all differ.
    CustomType t;
    t.key = key;
    t.label = label;
    return appendStyled(&kinds, std::move(t), kColours, shapes());
}

const CustomType &CustomTypes::addRelationshipType(const QString &key, const LocalizedText &label,
                                                   bool directed)
{
    if (const CustomType *t = relationshipType(key))
        return *t;
    CustomType t;
    t.key = key;
    t.label = label;
    t.directed = directed;
    return appendStyled(&relationshipTypes, std::move(t), kLineColours, dashes());
}

const CustomType &CustomTypes::adoptKind(const QString &key, const CustomTypes &known)
{
    if (const CustomType *t = kind(key))
        return *t;
    const CustomType *k = known.kind(key);
    return k ? (kinds.append(*k), kinds.last()) : addKind(key);
}

const CustomType &CustomTypes::adoptRelationshipType(const QString &key, const CustomTypes &known,
                                                     bool directed)
{
    if (const CustomType *t = relationshipType(key))
        return *t;
    const CustomType *k = known.relationshipType(key);
    return k ? (relationshipTypes.append(*k), relationshipTypes.last())
             : addRelationshipType(key, {}, directed);
}

void CustomTypes::merge(const CustomTypes &other)
{
    for (const CustomType &t : other.kinds) {
        if (!kind(t.key))
            kinds.append(t);
    }
    for (const CustomType &t : other.relationshipTypes) {
        if (!relationshipType(t.key))
            relationshipTypes.append(t);
    }
}

QStringList CustomTypes::shapes()
{
    return { QStringLiteral("circle"),       QStringLiteral("square"),   QStringLiteral("diamond"),
             QStringLiteral("hexagon"),      QStringLiteral("pentagon"), QStringLiteral("triangle"),
             QStringLiteral("triangle-down") };
}

QStringList CustomTypes::dashes()
{
    return { QStringLiteral("solid"), QStringLiteral("dashed"), QStringLiteral("dotted"),
             QStringLiteral("dash-dot") };
}

bool CustomTypes::isValidKindKey(const QString &key)
{
    return validKey(key) && !fromKey<EntityKind>(key);
}

bool CustomTypes::isValidTypeKey(const QString &key)
{
    return validKey(key) && !fromKey<RelationshipType>(key);
}

QString kindKey(const Entity &e)
{
    return e.kind == EntityKind::Custom ? e.customKind : keyOf(e.kind);
}

QString typeKey(const Relationship &r)
{
    return r.type == RelationshipType::Custom ? r.customType : keyOf(r.type);
}

namespace {
// A built-in value for a built-in key, else Custom with the key beside it.
template <typename E>
void setKey(E *value, QString *customKey, const QString &key)
{
    const std::optional<E> builtIn = fromKey<E>(key);
    *value = builtIn.value_or(E::Custom);
    *customKey = builtIn ? QString() : key;
}
} // namespace

void setKindKey(Entity *e, const QString &key)
{
    setKey(&e->kind, &e->customKind, key);
}

void setTypeKey(Relationship *r, const QString &key)
{
    setKey(&r->type, &r->customType, key);
}

QString kindLabel(EntityKind kind, const QString &customKey, const CustomTypes &types)
{
    if (kind != EntityKind::Custom)
        return labelOf(kind);
    const CustomType *t = types.kind(customKey);
    return t ? t->text() : customKey;
}

QString typeLabel(RelationshipType type, const QString &customKey, const CustomTypes &types)
{
    if (type != RelationshipType::Custom)
        return labelOf(type);
    const CustomType *t = types.relationshipType(customKey);
    return t ? t->text() : customKey;
}

QString kindLabel(const Entity &e, const CustomTypes &types)
{
    return kindLabel(e.kind, e.customKind, types);
}

QString typeLabel(const Relationship &r, const CustomTypes &types)
{
    return typeLabel(r.type, r.customType, types);
}

bool isDirected(const Relationship &r, const CustomTypes &types)
{
    if (r.type != RelationshipType::Custom)
        return isDirected(r.type);
    const CustomType *t = types.relationshipType(r.customType);
    return !t || t->directed;
}

} // namespace atlas
