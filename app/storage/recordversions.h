// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"

#include <QHash>
#include <QString>

#include <array>
#include <optional>

namespace atlas {

// The version (sequence of the last write) of each record a window read, by record type and key
// (recordKey()). After an import or a seed nearly every record has the same version, so each type
// keeps its most common version once and a table of only the records whose version differs: at a
// million events a hash entry per record took about 68 MB (issue 14). A record without an entry
// of its own has its type's common version, or is unknown when the type has none.
class RecordVersions
{
public:
    // The record's version; nullopt when it is not known (an edit of it is not checked).
    std::optional<qint64> value(RecordType type, const QString &key) const;
    void set(RecordType type, const QString &key, qint64 version);
    // Not known from now on (a record deleted, or one that was not found).
    void forget(RecordType type, const QString &key);
    // Every record of type without a version of its own has version; the entries of its own
    // that have it are dropped.
    void setCommon(RecordType type, qint64 version);
    // Records whose version is kept on their own, over all types.
    qsizetype ownCount() const;

private:
    static constexpr qint64 kUnknown = -1;
    struct OfType
    {
        qint64 common = kUnknown;
        QHash<QString, qint64> own; // kUnknown: forgotten although the type has a common one
    };
    OfType &of(RecordType type) { return m_types[std::size_t(type)]; }
    const OfType &of(RecordType type) const { return m_types[std::size_t(type)]; }

    std::array<OfType, std::size_t(RecordType::Financial) + 1> m_types;
};

} // namespace atlas
