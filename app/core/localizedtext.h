// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace atlas {

enum class Language { English, Korean };

QString languageCode(Language lang);
Language languageFromCode(const QString &code, Language fallback = Language::English);

// Text held in both product languages; asking for a missing one falls back to the other.
struct LocalizedText
{
    QString en;
    QString ko;

    QString text(Language lang) const
    {
        const QString &wanted = lang == Language::Korean ? ko : en;
        const QString &other = lang == Language::Korean ? en : ko;
        return wanted.isEmpty() ? other : wanted;
    }
    bool isEmpty() const { return en.isEmpty() && ko.isEmpty(); }
    bool contains(const QString &needle) const
    {
        return en.contains(needle, Qt::CaseInsensitive) || ko.contains(needle, Qt::CaseInsensitive);
    }
    friend bool operator==(const LocalizedText &, const LocalizedText &) = default;
};

} // namespace atlas
