// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatting.h"

#include "keyedtext.h"

#include <QLocale>

#include <cmath>

namespace atlas::Format {

namespace {

const QChar kMinus(0x2212);

QString grouped(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

QString englishNumber(double v, int decimals)
{
    return QLocale(QLocale::English).toString(v, 'f', decimals);
}

// Korean counts money in 조 (10^12), 억 (10^8) and 만 (10^4). Large sums are rounded to the
// nearest 억 as Korean reports do; below 100억 the 만 part is kept (4억 5,000만).
QString koreanMagnitude(double v)
{
    if (v >= 1e8) {
        const bool keepMan = v < 1e10;
        const qint64 man = keepMan ? std::llround(v / 1e4) : std::llround(v / 1e8) * 10000;
        const qint64 jo = man / 100000000LL;
        const qint64 eok = (man / 10000) % 10000;
        const qint64 rest = man % 10000;
        QStringList parts;
        if (jo > 0)
            parts << grouped(jo) + QStringLiteral("조");
        if (eok > 0)
            parts << grouped(eok) + QStringLiteral("억");
        if (rest > 0)
            parts << grouped(rest) + QStringLiteral("만");
        return parts.join(QLatin1Char(' '));
    }
    if (v >= 1e4)
        return grouped(std::llround(v / 1e4)) + QStringLiteral("만");
    return grouped(std::llround(v));
}

} // namespace

QString date(const PartialDate &d, Language lang)
{
    if (!d.isValid())
        return {};
    const QLocale en(QLocale::English);
    const bool ko = lang == Language::Korean;
    switch (d.precision()) {
    case PartialDate::Precision::Day:
        return ko ? QStringLiteral("%1년 %2월 %3일")
                            .arg(d.yearValue())
                            .arg(d.monthValue())
                            .arg(d.dayValue())
                  : QStringLiteral("%1 %2 %3")
                            .arg(d.dayValue())
                            .arg(en.monthName(d.monthValue()))
                            .arg(d.yearValue());
    case PartialDate::Precision::Month:
        return ko ? QStringLiteral("%1년 %2월").arg(d.yearValue()).arg(d.monthValue())
                  : QStringLiteral("%1 %2").arg(en.monthName(d.monthValue())).arg(d.yearValue());
    case PartialDate::Precision::Quarter:
        return ko ? QStringLiteral("%1년 %2분기").arg(d.yearValue()).arg(d.quarterValue())
                  : QStringLiteral("Q%1 %2").arg(d.quarterValue()).arg(d.yearValue());
    case PartialDate::Precision::Year:
        return ko ? QStringLiteral("%1년").arg(d.yearValue()) : QString::number(d.yearValue());
    }
    return {};
}

QString koreanCurrencyWord(const QString &currency)
{
    static constexpr KeyedText words[] = { { "KRW", "원" }, { "USD", "달러" }, { "EUR", "유로" } };
    const char *word = textOfKey(words, currency);
    return word ? QString::fromUtf8(word) : currency;
}

QString intervals(const QList<Spell> &spells, Language lang)
{
    QStringList parts;
    for (const Spell &s : spells) {
        if (s.from.isValid() || s.until.isValid() || spells.size() > 1)
            parts << date(s.from, lang) + QStringLiteral(" – ") + date(s.until, lang);
    }
    return parts.join(QStringLiteral("; "));
}

QString money(double value, const QString &currency, Language lang)
{
    if (std::isnan(value))
        return {};
    const bool negative = value < 0;
    const double v = std::fabs(value);
    QString body;
    if (lang == Language::Korean) {
        body = koreanMagnitude(v) + QLatin1Char(' ') + koreanCurrencyWord(currency);
    } else {
        QString figure;
        if (v >= 1e12)
            figure = englishNumber(v / 1e12, 2) + QStringLiteral(" trillion");
        else if (v >= 1e9)
            figure = englishNumber(v / 1e9, 1) + QStringLiteral(" billion");
        else if (v >= 1e6)
            figure = englishNumber(v / 1e6, std::fmod(v, 1e6) == 0.0 ? 0 : 1)
                    + QStringLiteral(" million");
        else
            figure = grouped(std::llround(v));
        body = currency + QLatin1Char(' ') + figure;
    }
    return negative ? kMinus + body : body;
}

QString amount(const Amount &a, Language lang)
{
    const bool ko = lang == Language::Korean;
    QString out;
    switch (a.precision) {
    case AmountPrecision::Exact:
        out = a.value ? money(*a.value, a.currency, lang) : QString();
        break;
    case AmountPrecision::Approximate:
        if (a.value)
            out = (ko ? QStringLiteral("약 ") : QStringLiteral("about "))
                    + money(*a.value, a.currency, lang);
        break;
    case AmountPrecision::Range:
        if (a.min && a.max)
            out = money(*a.min, a.currency, lang) + QStringLiteral("–")
                    + money(*a.max, a.currency, lang);
        break;
    case AmountPrecision::Indicative:
        out = a.text.text(lang);
        break;
    case AmountPrecision::Undisclosed:
        out = ko ? QStringLiteral("비공개") : QStringLiteral("undisclosed");
        break;
    }
    if (a.precision != AmountPrecision::Indicative && !a.text.isEmpty() && out.isEmpty())
        out = a.text.text(lang);
    for (const auto &eq : a.equivalent) {
        const QString e = amount(eq, lang);
        if (!e.isEmpty())
            out += QStringLiteral(" (") + e + QLatin1Char(')');
    }
    return out;
}

QString count(qint64 n, Language)
{
    return QLocale(QLocale::English).toString(n); // Korean groups by thousands with commas too
}

QString percent(double ratio, Language)
{
    const double pct = std::round(ratio * 1000.0) / 10.0;
    if (pct == 0.0)
        return QStringLiteral("0.0%");
    const QString digits = QLocale(QLocale::English).toString(std::fabs(pct), 'f', 1);
    return (pct < 0 ? QString(kMinus) : QStringLiteral("+")) + digits + QLatin1Char('%');
}

std::optional<double> change(double from, double to)
{
    if (from == 0.0)
        return std::nullopt;
    return (to - from) / std::fabs(from);
}

} // namespace atlas::Format
