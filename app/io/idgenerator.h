// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace atlas {

// Makes readable record ids ("ev-2024-06-03-kt-microsoft-partnership") for records an import
// file gave without one. The same text gives the same id, so importing a file twice finds the
// records of the first import again instead of adding copies.
class IdGenerator
{
public:
    explicit IdGenerator(QSet<QString> taken = {});

    void reserve(const QString &id) { m_taken.insert(id); }
    bool isTaken(const QString &id) const { return m_taken.contains(id); }

    // prefix + "-" + slug(text) (or prefix + "-" + fallback when text has no ASCII letters or
    // digits), with "-2", "-3"... added until it is not taken; the result is reserved.
    QString make(const QString &prefix, const QString &text,
                 const QString &fallback = QStringLiteral("1"));

    // A new source id: "src-" + the slug of url's site and path or, for a source without an
    // address, of text. The site (see siteOf) is a source's publisher when none is named.
    QString makeSourceId(const QString &url, const QString &text,
                         const QString &fallback = QStringLiteral("1"));
    // The host an address names, without "www." ("" for none).
    static QString siteOf(const QString &url);

    // Lower-case ASCII letters and digits joined by single '-'; accents are dropped, other
    // scripts are left out. At most maxLength characters.
    static QString slug(const QString &text, int maxLength = 60);

private:
    QSet<QString> m_taken;
    QHash<QString, int> m_nextSuffix; // per base, so many rows of one title stay linear
};

} // namespace atlas
