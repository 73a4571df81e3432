// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "localizedtext.h"

namespace atlas {

QString languageCode(Language lang)
{
    return lang == Language::Korean ? QStringLiteral("ko") : QStringLiteral("en");
}

Language languageFromCode(const QString &code, Language fallback)
{
    if (code.startsWith(QLatin1String("ko"), Qt::CaseInsensitive))
        return Language::Korean;
    if (code.startsWith(QLatin1String("en"), Qt::CaseInsensitive))
        return Language::English;
    return fallback;
}

} // namespace atlas
