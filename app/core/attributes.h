// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QSharedData>
#include <QString>
#include <QVariant>

#include <optional>

namespace atlas {

// The type of a free attribute, as the file formats know it (GraphML attr.type, GEXF type,
// the JSON value's type).
enum class AttributeType { Text, Number, Date, Bool };

// "text", "number", "date", "bool": the names stored in the database and written in files.
QString attributeTypeKey(AttributeType type);
std::optional<AttributeType> attributeTypeFromKey(const QString &key);

// One named, typed value of a record beyond the fields the program understands ("kind": "song",
// "performances": 118). The value is held as its type: QString, double, QDate or bool.
struct Attribute
{
    QString name;
    AttributeType type = AttributeType::Text;
    QVariant value;

    static Attribute text(const QString &name, const QString &value);
    static Attribute number(const QString &name, double value);
    static Attribute date(const QString &name, const QDate &value);
    static Attribute boolean(const QString &name, bool value);
    // From the canonical text of toText(); nullopt when the text is not of the type.
    static std::optional<Attribute> fromText(const QString &name, AttributeType type,
                                             const QString &text);

    QString textValue() const { return value.toString(); }
    double numberValue() const { return value.toDouble(); }
    QDate dateValue() const { return value.toDate(); }
    bool boolValue() const { return value.toBool(); }
    bool isIntegral() const; // a number without a fraction that a 64-bit integer holds

    // The canonical, locale-free text: numbers shortest round-trip ("118", "0.25"), dates
    // ISO 8601 ("2024-03-01"), booleans "true"/"false". Used in the database and in files.
    QString toText() const;

    friend bool operator==(const Attribute &a, const Attribute &b)
    {
        return a.name == b.name && a.type == b.type && a.toText() == b.toText();
    }
};

// The ordered attributes of one record. An empty list is a single null pointer, so the 100,000
// events of a large file pay nothing for a feature most of them do not use; copies share.
class Attributes
{
public:
    bool isEmpty() const { return !d || d->items.isEmpty(); }
    qsizetype size() const { return d ? d->items.size() : 0; }
    const Attribute &at(qsizetype i) const { return d->items.at(i); }
    QList<Attribute> toList() const { return d ? d->items : QList<Attribute>(); }
    const Attribute *find(const QString &name) const;

    // Replaces the attribute of that name in place, or appends it.
    void set(const Attribute &attribute);
    void append(const Attribute &attribute);
    bool remove(const QString &name);
    void clear() { d.reset(); }

    // The attributes' text values joined, for searching.
    QString searchText() const;

    QList<Attribute>::const_iterator begin() const;
    QList<Attribute>::const_iterator end() const;

    friend bool operator==(const Attributes &a, const Attributes &b);

private:
    struct Data : QSharedData
    {
        QList<Attribute> items;
    };
    QSharedDataPointer<Data> d;
};

} // namespace atlas

Q_DECLARE_TYPEINFO(atlas::Attribute, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(atlas::Attributes, Q_RELOCATABLE_TYPE);
