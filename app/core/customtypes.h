// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kinds.h"
#include "localizedtext.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace atlas {

struct Entity;
struct Relationship;

// An entity kind or relationship type the user (or an imported file) defined, beside the
// built-in ones: a stable key (stored in files and the database, never one of the built-in
// keys), labels in both languages and a style. Records of such a kind carry EntityKind::Custom
// (RelationshipType::Custom) and the key; built-in kinds keep their meaning (financial figures,
// roles), a custom one means only what its label says.
struct CustomType
{
    QString key;
    LocalizedText label; // empty: the key is the label
    QString color; // "#rrggbb"
    // Entity kinds: the node's shape (one of CustomTypes::shapes()); relationship types: the
    // line's dash pattern (one of CustomTypes::dashes()).
    QString shape;
    bool directed = true; // relationship types: reads from -> to

    // The label in lang, the other language as fallback, the key when neither is set.
    QString text(Language lang) const;
    // The label in the language of the user interface (QLocale's default).
    QString text() const;
    friend bool operator==(const CustomType &, const CustomType &) = default;
};

// The user-defined kinds and types of a dataset, in the order they were defined.
struct CustomTypes
{
    QList<CustomType> kinds;
    QList<CustomType> relationshipTypes;

    bool isEmpty() const { return kinds.isEmpty() && relationshipTypes.isEmpty(); }
    const CustomType *kind(const QString &key) const;
    const CustomType *relationshipType(const QString &key) const;
    // The type of key, defined now when new, with the next style of the palette; an existing one
    // is left as it is. label empty: the key is shown.
    const CustomType &addKind(const QString &key, const LocalizedText &label = {});
    const CustomType &addRelationshipType(const QString &key, const LocalizedText &label = {},
                                          bool directed = true);
    // The type of key defined here: as known defines it when it does (a file's own definitions,
    // the database's), else as addKind() / addRelationshipType() would.
    const CustomType &adoptKind(const QString &key, const CustomTypes &known);
    const CustomType &adoptRelationshipType(const QString &key, const CustomTypes &known,
                                            bool directed = true);
    // Adds the types of other whose keys are not defined here yet.
    void merge(const CustomTypes &other);

    // The names of the node shapes and line dashes a style may name, in palette order.
    static QStringList shapes();
    static QStringList dashes();
    // Whether key can name a custom type: not empty, at most 64 characters, not a built-in key.
    static bool isValidKindKey(const QString &key);
    static bool isValidTypeKey(const QString &key);

    friend bool operator==(const CustomTypes &, const CustomTypes &) = default;
};

// The key of a record's kind or type: the built-in key, or the custom one.
QString kindKey(const Entity &e);
QString typeKey(const Relationship &r);
// Sets the record's kind or type from a key: a built-in key gives the built-in value, any other
// the custom kind of that key (which types should define; Validator checks).
void setKindKey(Entity *e, const QString &key);
void setTypeKey(Relationship *r, const QString &key);
// The label shown for a record's kind or type, built-in (translated) or custom (in the language
// of the user interface); a custom key types does not define shows as itself.
QString kindLabel(const Entity &e, const CustomTypes &types);
QString typeLabel(const Relationship &r, const CustomTypes &types);
QString kindLabel(EntityKind kind, const QString &customKey, const CustomTypes &types);
QString typeLabel(RelationshipType type, const QString &customKey, const CustomTypes &types);
// Whether the relationship reads from -> to: the built-in rule, or the custom type's flag.
bool isDirected(const Relationship &r, const CustomTypes &types);

} // namespace atlas
