// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attributes.h"

#include <QList>
#include <QString>

namespace atlas {

// One condition on a record's attributes as a user types it into a search field:
// "kind = song", "kind is song", "performances > 100", "\"first played\" < 1970-01-01",
// "listed = true". Names match in any case; a record without the attribute matches only "!=".
struct AttributeCondition
{
    enum class Op { Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual };

    QString name;
    Op op = Op::Equal;
    QString value;

    bool matches(const Attributes &attributes) const;

    // The conditions in text, in order; *rest gets the text without them (the plain words).
    static QList<AttributeCondition> extract(const QString &text, QString *rest);
    static bool matchesAll(const QList<AttributeCondition> &conditions,
                           const Attributes &attributes);

    friend bool operator==(const AttributeCondition &, const AttributeCondition &) = default;
};

} // namespace atlas
