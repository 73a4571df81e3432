// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "attributefilter.h"

#include <QRegularExpression>

namespace atlas {

namespace {

// -1, 0, 1 as a is before, equal to or after b; nullopt when value is not of a's type.
std::optional<int> compareTyped(const Attribute &a, const QString &value)
{
    const auto typed = Attribute::fromText(a.name, a.type, value);
    if (!typed) {
        if (a.type != AttributeType::Bool)
            return std::nullopt;
        const QString v = value.trimmed().toLower();
        if (v != QLatin1String("yes") && v != QLatin1String("no"))
            return std::nullopt;
        return a.boolValue() == (v == QLatin1String("yes")) ? 0 : 1;
    }
    switch (a.type) {
    case AttributeType::Number: {
        const double l = a.numberValue();
        const double r = typed->numberValue();
        return l < r ? -1 : (l > r ? 1 : 0);
    }
    case AttributeType::Date: {
        const QDate l = a.dateValue();
        const QDate r = typed->dateValue();
        return l < r ? -1 : (l > r ? 1 : 0);
    }
    case AttributeType::Bool:
        return a.boolValue() == typed->boolValue() ? 0 : (a.boolValue() ? 1 : -1);
    case AttributeType::Text:
        break;
    }
    const int c = QString::compare(a.textValue().trimmed(), value.trimmed(), Qt::CaseInsensitive);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

} // namespace

bool AttributeCondition::matches(const Attributes &attributes) const
{
    const Attribute *found = nullptr;
    for (const Attribute &a : attributes) {
        if (a.name.compare(name, Qt::CaseInsensitive) == 0) {
            found = &a;
            break;
        }
    }
    if (!found)
        return op == Op::NotEqual;
    const std::optional<int> c = compareTyped(*found, value);
    if (!c) // "performances > many": a number is never ordered against a word
        return op == Op::NotEqual;
    switch (op) {
    case Op::Equal:
        return *c == 0;
    case Op::NotEqual:
        return *c != 0;
    case Op::Less:
        return *c < 0;
    case Op::LessOrEqual:
        return *c <= 0;
    case Op::Greater:
        return *c > 0;
    case Op::GreaterOrEqual:
        return *c >= 0;
    }
    return false;
}

QList<AttributeCondition> AttributeCondition::extract(const QString &text, QString *rest)
{
    // name: a word or "a quoted name"; operator: = != < <= > >= or the word "is" / "is not";
    // value: a word or "a quoted value".
    static const QRegularExpression re(
            QString::fromLatin1(
                    R"re((?:^|\s)(?:"([^"]+)"|([^\s"=<>!]+))(?:\s*(>=|<=|!=|=|>|<)\s*|\s+(is not|is)\s+))re"
                    R"re((?:"([^"]*)"|([^\s"]+)))re"),
            QRegularExpression::CaseInsensitiveOption);
    QList<AttributeCondition> out;
    QString left = text;
    auto it = re.globalMatch(text);
    qsizetype removed = 0;
    while (it.hasNext()) {
        const auto m = it.next();
        AttributeCondition c;
        c.name = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        const QString op = m.captured(3).isEmpty() ? m.captured(4).toLower() : m.captured(3);
        c.op = op == QLatin1String("!=") || op == QLatin1String("is not") ? Op::NotEqual
                : op == QLatin1String("<")                                ? Op::Less
                : op == QLatin1String("<=")                               ? Op::LessOrEqual
                : op == QLatin1String(">")                                ? Op::Greater
                : op == QLatin1String(">=")                               ? Op::GreaterOrEqual
                                                                          : Op::Equal;
        c.value = m.hasCaptured(5) ? m.captured(5) : m.captured(6);
        out.append(c);
        left.remove(m.capturedStart() - removed, m.capturedLength());
        left.insert(m.capturedStart() - removed, QLatin1Char(' '));
        removed += m.capturedLength() - 1;
    }
    if (rest)
        *rest = left.simplified();
    return out;
}

bool AttributeCondition::matchesAll(const QList<AttributeCondition> &conditions,
                                    const Attributes &attributes)
{
    for (const AttributeCondition &c : conditions) {
        if (!c.matches(attributes))
            return false;
    }
    return true;
}

} // namespace atlas
