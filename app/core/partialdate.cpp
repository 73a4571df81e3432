// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "partialdate.h"

#include <QRegularExpression>

#include <algorithm>
#include <cstdio>
#include <iterator>

namespace atlas {

namespace {

int quarterOf(int month)
{
    return (month - 1) / 3 + 1;
}

} // namespace

PartialDate PartialDate::day(int year, int month, int day)
{
    if (!QDate::isValid(year, month, day) || year < 1)
        return {};
    return PartialDate(Precision::Day, year, quarterOf(month), month, day);
}

PartialDate PartialDate::month(int year, int month)
{
    if (year < 1 || year > 9999 || month < 1 || month > 12)
        return {};
    return PartialDate(Precision::Month, year, quarterOf(month), month);
}

PartialDate PartialDate::quarter(int year, int quarter)
{
    if (year < 1 || year > 9999 || quarter < 1 || quarter > 4)
        return {};
    return PartialDate(Precision::Quarter, year, quarter);
}

PartialDate PartialDate::year(int year)
{
    if (year < 1 || year > 9999)
        return {};
    return PartialDate(Precision::Year, year, 0);
}

PartialDate PartialDate::fromString(const QString &text)
{
    static const QRegularExpression re(
            QStringLiteral(R"(^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])))?$)"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const int y = m.captured(1).toInt();
    if (m.hasCaptured(4) && !m.captured(4).isEmpty())
        return quarter(y, m.captured(4).toInt());
    if (!m.captured(3).isEmpty())
        return day(y, m.captured(2).toInt(), m.captured(3).toInt());
    if (!m.captured(2).isEmpty())
        return month(y, m.captured(2).toInt());
    return year(y);
}

QDate PartialDate::start() const
{
    switch (m_precision) {
    case Precision::Day:
        return QDate(m_year, m_month, m_day);
    case Precision::Month:
        return QDate(m_year, m_month, 1);
    case Precision::Quarter:
        return QDate(m_year, (m_quarter - 1) * 3 + 1, 1);
    case Precision::Year:
        return QDate(m_year, 1, 1);
    }
    return {};
}

QDate PartialDate::end() const
{
    if (!isValid())
        return {};
    switch (m_precision) {
    case Precision::Day:
        return start();
    case Precision::Month:
        return start().addMonths(1).addDays(-1);
    case Precision::Quarter:
        return start().addMonths(3).addDays(-1);
    case Precision::Year:
        return QDate(m_year, 12, 31);
    }
    return {};
}

bool PartialDate::overlaps(const QDate &from, const QDate &to) const
{
    if (!isValid())
        return false;
    if (from.isValid() && end() < from)
        return false;
    if (to.isValid() && start() > to)
        return false;
    return true;
}

QString PartialDate::toString() const
{
    if (!isValid())
        return {};
    // Formatted in a buffer, not by four QString::arg: every event an import stores is written
    // with its date as text, and the arguments were a hundredth of the import.
    char text[32];
    int n = 0;
    switch (m_precision) {
    case Precision::Day:
        n = std::snprintf(text, sizeof text, "%04d-%02d-%02d", m_year, m_month, m_day);
        break;
    case Precision::Month:
        n = std::snprintf(text, sizeof text, "%04d-%02d", m_year, m_month);
        break;
    case Precision::Quarter:
        n = std::snprintf(text, sizeof text, "%04d-Q%d", m_year, m_quarter);
        break;
    case Precision::Year:
        n = std::snprintf(text, sizeof text, "%04d", m_year);
        break;
    }
    return n > 0 ? QString::fromLatin1(text, std::min(n, int(sizeof text) - 1)) : QString();
}

bool operator<(const PartialDate &a, const PartialDate &b)
{
    if (a.start() != b.start())
        return a.start() < b.start();
    return a.end() < b.end();
}

QString precisionKey(PartialDate::Precision p)
{
    // In the order of Precision.
    static constexpr const char *keys[] = { "day", "month", "quarter", "year" };
    static_assert(std::size(keys) == std::size_t(PartialDate::Precision::Year) + 1);
    return QLatin1String(keys[std::size_t(p)]);
}

} // namespace atlas
