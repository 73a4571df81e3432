// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "partialdate.h"

#include <algorithm>
#include <cstdio>
#include <iterator>

namespace atlas {

namespace {

int quarterOf(int month)
{
    return (month - 1) / 3 + 1;
}

// The last day of a month, without QDate::addMonths (which takes a date apart and puts it back:
// the end of every event's date is read when a million events are opened).
int lastDayOf(int year, int month)
{
    static constexpr int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return month == 2 && QDate::isLeapYear(year) ? 29 : days[month - 1];
}

} // namespace

PartialDate PartialDate::day(int year, int month, int day)
{
    if (year < 1 || year > 9999 || !QDate::isValid(year, month, day))
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
    return parse(QStringView(text).trimmed());
}

PartialDate PartialDate::fromString(QLatin1StringView text)
{
    return parse(text.trimmed());
}

template <typename View>
PartialDate PartialDate::parse(View t)
{
    // "YYYY", "YYYY-MM", "YYYY-MM-DD" or "YYYY-Qn", in ASCII digits, spaces around ignored. Read
    // by hand: a regular expression took half a microsecond a date, a tenth of loading a
    // million events.
    const auto at = [&t](qsizetype i) { return char16_t(QChar(t[i]).unicode()); };
    const auto number = [&at](qsizetype from, qsizetype digits, int *value) {
        *value = 0;
        for (qsizetype i = from; i < from + digits; ++i) {
            const char16_t c = at(i);
            if (c < u'0' || c > u'9')
                return false;
            *value = *value * 10 + (c - u'0');
        }
        return true;
    };
    int y = 0;
    int m = 0;
    int d = 0;
    if (t.size() < 4 || !number(0, 4, &y) || (t.size() > 4 && at(4) != u'-'))
        return {};
    if (t.size() == 4)
        return year(y);
    if (t.size() == 7 && at(5) == u'Q')
        return number(6, 1, &m) ? quarter(y, m) : PartialDate();
    if (t.size() == 7 && number(5, 2, &m))
        return month(y, m);
    if (t.size() == 10 && at(7) == u'-' && number(5, 2, &m) && number(8, 2, &d))
        return day(y, m, d);
    return {};
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
        return QDate(m_year, m_month, lastDayOf(m_year, m_month));
    case Precision::Quarter:
        return QDate(m_year, m_quarter * 3, lastDayOf(m_year, m_quarter * 3));
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
