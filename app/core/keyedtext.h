// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>
#include <QStringView>

#include <cstddef>

namespace atlas {

// One row of a short fixed mapping from a key to a text (a label, a word, a name): the mapping
// is written once as data, in place of a chain of ifs or a switch. Texts to translate are marked
// with QT_TRANSLATE_NOOP / QT_TR_NOOP and translated where they are shown.
struct KeyedText
{
    const char *key; // Latin-1
    const char *text; // UTF-8
};

// The text of key in table, nullptr when table has no such key.
template <std::size_t N>
const char *textOfKey(const KeyedText (&table)[N], QStringView key)
{
    for (const KeyedText &row : table) {
        if (key == QLatin1StringView(row.key))
            return row.text;
    }
    return nullptr;
}

} // namespace atlas
