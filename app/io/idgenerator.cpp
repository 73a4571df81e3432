// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "idgenerator.h"

#include <QUrl>

namespace atlas {

IdGenerator::IdGenerator(QSet<QString> taken) : m_taken(std::move(taken)) { }

QString IdGenerator::slug(const QString &text, int maxLength)
{
    // NFKD splits "é" into "e" and a combining accent, so Latin names keep their letters.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingDash = false;
    for (const QChar c : decomposed) {
        const char16_t u = c.unicode();
        const bool alnum =
                (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
        if (alnum) {
            if (pendingDash && !out.isEmpty())
                out += QLatin1Char('-');
            pendingDash = false;
            out += c.toLower();
        } else if (c.category() != QChar::Mark_NonSpacing) {
            pendingDash = true;
        }
        if (out.size() >= maxLength)
            break;
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

QString IdGenerator::make(const QString &prefix, const QString &text, const QString &fallback)
{
    QString s = slug(text);
    if (s.isEmpty())
        s = fallback;
    const QString base = prefix.isEmpty() ? s : prefix + QLatin1Char('-') + s;
    QString id = base;
    int n = m_nextSuffix.value(base, 2);
    while (m_taken.contains(id))
        id = base + QLatin1Char('-') + QString::number(n++);
    m_nextSuffix.insert(base, n);
    m_taken.insert(id);
    return id;
}

QString IdGenerator::makeSourceId(const QString &url, const QString &text, const QString &fallback)
{
    return make(QStringLiteral("src"), url.isEmpty() ? text : siteOf(url) + QUrl(url).path(),
                fallback);
}

QString IdGenerator::siteOf(const QString &url)
{
    QString host = QUrl(url).host();
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    return host;
}

} // namespace atlas
