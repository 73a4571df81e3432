// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordversions.h"

namespace atlas {

std::optional<qint64> RecordVersions::value(RecordType type, const QString &key) const
{
    const OfType &t = of(type);
    const qint64 version = t.own.value(key, t.common);
    if (version == kUnknown)
        return std::nullopt;
    return version;
}

void RecordVersions::set(RecordType type, const QString &key, qint64 version)
{
    OfType &t = of(type);
    if (version == t.common)
        t.own.remove(key);
    else
        t.own.insert(key, version);
}

void RecordVersions::forget(RecordType type, const QString &key)
{
    set(type, key, kUnknown);
}

void RecordVersions::setCommon(RecordType type, qint64 version)
{
    OfType &t = of(type);
    t.common = version;
    t.own.removeIf([version](const auto &entry) { return entry.value() == version; });
}

qsizetype RecordVersions::ownCount() const
{
    qsizetype count = 0;
    for (const OfType &t : m_types)
        count += t.own.size();
    return count;
}

} // namespace atlas
