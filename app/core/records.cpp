// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "records.h"

#include <QStringList>

namespace atlas {

// An event's id, kind and date fill one 32-byte line (the kind and the date packed, see
// PartialDate), so a million events are 192 MB, not 208. On 64-bit platforms.
static_assert(sizeof(void *) != 8 || sizeof(Event) == 192);

namespace {

// The earliest of the starts (invalid when any start is unknown) and the latest of the ends
// (invalid when any interval is open-ended).
Spell envelopeOf(const QList<Spell> &list)
{
    Spell env = list.first();
    for (const Spell &s : list) {
        if (env.from.isValid() && (!s.from.isValid() || s.from.start() < env.from.start()))
            env.from = s.from;
        if (env.until.isValid() && (!s.until.isValid() || s.until.end() > env.until.end()))
            env.until = s.until;
    }
    return env;
}

} // namespace

QString spellsToText(const QList<Spell> &spells)
{
    QStringList parts;
    for (const Spell &s : spells)
        parts << s.from.toString() + QLatin1Char('/') + s.until.toString();
    return parts.join(QStringLiteral("; "));
}

std::optional<QList<Spell>> spellsFromText(const QString &text, QString *badPart)
{
    QList<Spell> out;
    for (const QString &raw : text.split(QLatin1Char(';'))) {
        const QString part = raw.trimmed();
        if (part.isEmpty())
            continue;
        const QStringList bounds = part.split(QLatin1Char('/'));
        const Spell s{ PartialDate::fromString(bounds.value(0).trimmed()),
                       PartialDate::fromString(bounds.value(1).trimmed()) };
        const bool fromOk = s.from.isValid() || bounds.value(0).trimmed().isEmpty();
        const bool untilOk = s.until.isValid() || bounds.value(1).trimmed().isEmpty();
        if (bounds.size() != 2 || !fromOk || !untilOk) {
            if (badPart)
                *badPart = part;
            return std::nullopt;
        }
        out.append(s);
    }
    return out;
}

void Relationship::setIntervals(const QList<Spell> &list)
{
    if (list.size() <= 1) {
        const Spell only = list.isEmpty() ? Spell{} : list.first();
        validFrom = only.from;
        validUntil = only.until;
        spells.clear();
        return;
    }
    const Spell env = envelopeOf(list);
    validFrom = env.from;
    validUntil = env.until;
    spells = list;
}

} // namespace atlas
