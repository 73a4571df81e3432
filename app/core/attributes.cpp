// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "attributes.h"

#include <QLocale>

#include <cmath>
#include <iterator>

namespace atlas {

static_assert(sizeof(Attributes) == sizeof(void *), "an empty attribute list costs one pointer");

QString attributeTypeKey(AttributeType type)
{
    // In the order of AttributeType; anything else reads as text.
    static constexpr const char *keys[] = { "text", "number", "date", "bool" };
    static_assert(std::size(keys) == std::size_t(AttributeType::Bool) + 1);
    const auto i = std::size_t(type);
    return QLatin1String(i < std::size(keys) ? keys[i] : keys[0]);
}

std::optional<AttributeType> attributeTypeFromKey(const QString &key)
{
    for (const AttributeType t :
         { AttributeType::Text, AttributeType::Number, AttributeType::Date, AttributeType::Bool }) {
        if (attributeTypeKey(t) == key)
            return t;
    }
    return std::nullopt;
}

Attribute Attribute::text(const QString &name, const QString &value)
{
    return { name, AttributeType::Text, QVariant(value) };
}

Attribute Attribute::number(const QString &name, double value)
{
    return { name, AttributeType::Number, QVariant(value) };
}

Attribute Attribute::date(const QString &name, const QDate &value)
{
    return { name, AttributeType::Date, QVariant(value) };
}

Attribute Attribute::boolean(const QString &name, bool value)
{
    return { name, AttributeType::Bool, QVariant(value) };
}

std::optional<Attribute> Attribute::fromText(const QString &name, AttributeType type,
                                             const QString &text)
{
    switch (type) {
    case AttributeType::Text:
        return Attribute::text(name, text);
    case AttributeType::Number: {
        bool ok = false;
        const double v = text.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return std::nullopt;
        return Attribute::number(name, v);
    }
    case AttributeType::Date: {
        const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (!d.isValid())
            return std::nullopt;
        return Attribute::date(name, d);
    }
    case AttributeType::Bool: {
        const QString t = text.trimmed().toLower();
        if (t == QLatin1String("true") || t == QLatin1String("1"))
            return Attribute::boolean(name, true);
        if (t == QLatin1String("false") || t == QLatin1String("0"))
            return Attribute::boolean(name, false);
        return std::nullopt;
    }
    }
    return std::nullopt;
}

bool Attribute::isIntegral() const
{
    if (type != AttributeType::Number)
        return false;
    const double v = numberValue();
    return std::isfinite(v) && std::floor(v) == v && std::abs(v) < 9.0e15;
}

QString Attribute::toText() const
{
    switch (type) {
    case AttributeType::Text:
        return textValue();
    case AttributeType::Number:
        if (isIntegral())
            return QString::number(qint64(numberValue()));
        return QString::number(numberValue(), 'g', QLocale::FloatingPointShortest);
    case AttributeType::Date:
        return dateValue().toString(Qt::ISODate);
    case AttributeType::Bool:
        return boolValue() ? QStringLiteral("true") : QStringLiteral("false");
    }
    return {};
}

const Attribute *Attributes::find(const QString &name) const
{
    if (!d)
        return nullptr;
    for (const Attribute &a : d->items) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

void Attributes::set(const Attribute &attribute)
{
    if (d) {
        for (Attribute &a : d->items) {
            if (a.name == attribute.name) {
                a = attribute;
                return;
            }
        }
    }
    append(attribute);
}

void Attributes::append(const Attribute &attribute)
{
    if (!d)
        d = new Data;
    d->items.append(attribute);
}

bool Attributes::remove(const QString &name)
{
    if (!find(name))
        return false;
    d->items.removeIf([&](const Attribute &a) { return a.name == name; });
    if (d->items.isEmpty())
        d.reset();
    return true;
}

QString Attributes::searchText() const
{
    QStringList parts;
    for (const Attribute &a : *this)
        parts.append(a.toText());
    return parts.join(QLatin1Char(' '));
}

static const QList<Attribute> &emptyAttributeList()
{
    static const QList<Attribute> empty;
    return empty;
}

QList<Attribute>::const_iterator Attributes::begin() const
{
    return d ? d->items.cbegin() : emptyAttributeList().cbegin();
}

QList<Attribute>::const_iterator Attributes::end() const
{
    return d ? d->items.cend() : emptyAttributeList().cend();
}

bool operator==(const Attributes &a, const Attributes &b)
{
    if (a.isEmpty() || b.isEmpty())
        return a.isEmpty() == b.isEmpty();
    return a.d->items == b.d->items;
}

} // namespace atlas
