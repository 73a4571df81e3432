// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace atlas {

// A calendar date known to a given precision. "2024-06" is June 2024 as a whole, never 1 June:
// it covers a span from start() to end(), and keeps its textual shape through every round trip.
class PartialDate
{
public:
    enum class Precision : quint8 { Day, Month, Quarter, Year };

    PartialDate() = default;
    static PartialDate day(int year, int month, int day);
    static PartialDate month(int year, int month);
    static PartialDate quarter(int year, int quarter);
    static PartialDate year(int year);
    // Accepts YYYY-MM-DD, YYYY-MM, YYYY-Qn and YYYY; anything else gives an invalid date.
    static PartialDate fromString(const QString &text);
    static PartialDate fromString(QLatin1StringView text); // as read from a database

    bool isValid() const { return m_year != 0; }
    Precision precision() const { return m_precision; }
    int yearValue() const { return m_year; }
    int monthValue() const { return m_month; }
    int dayValue() const { return m_day; }
    int quarterValue() const { return m_quarter; }

    QDate start() const;
    QDate end() const;
    // True when the span of this date and [from, to] share at least one day; an invalid bound is
    // open.
    bool overlaps(const QDate &from, const QDate &to) const;

    QString toString() const; // the canonical shape fromString() accepts

    friend bool operator==(const PartialDate &, const PartialDate &) = default;
    // Chronological by start, then finer precision first, so sorting is stable and meaningful.
    friend bool operator<(const PartialDate &a, const PartialDate &b);

private:
    template <typename View>
    static PartialDate parse(View trimmed);
    PartialDate(Precision precision, int year, int quarter, int month = 0, int day = 0)
        : m_year(qint16(year)),
          m_month(quint8(month)),
          m_day(quint8(day)),
          m_quarter(quint8(quarter)),
          m_precision(precision)
    {
    }

    // Six bytes: every event holds a date and every relationship two (a million events are some
    // 16 MB less than with an int each, the event's kind packed beside it).
    qint16 m_year = 0; // 1 to 9999
    quint8 m_month = 0;
    quint8 m_day = 0;
    quint8 m_quarter = 0;
    Precision m_precision = Precision::Day;
};
static_assert(sizeof(PartialDate) == 6);

QString precisionKey(PartialDate::Precision p);

} // namespace atlas
