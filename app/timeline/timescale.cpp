// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timescale.h"

#include <algorithm>
#include <cmath>

namespace atlas {

TimeScale::TimeScale(double start, double end, double x0, double width)
    : m_start(start), m_end(end), m_x0(x0), m_width(width)
{
}

QDate TimeScale::dateOfDay(double day)
{
    return QDate::fromJulianDay(qint64(std::floor(day)));
}

void TimeScale::setDates(const QDate &first, const QDate &last)
{
    if (!first.isValid() || !last.isValid())
        return;
    const QDate a = std::min(first, last);
    const QDate b = std::max(first, last);
    setRange(dayOf(a), dayOf(b) + 1.0);
}

void TimeScale::setRange(double start, double end)
{
    m_start = std::min(start, end);
    m_end = std::max(start, end);
}

void TimeScale::setPixels(double x0, double width)
{
    m_x0 = x0;
    m_width = width;
}

double TimeScale::pixelsPerDay() const
{
    return isValid() ? m_width / days() : 0.0;
}

double TimeScale::xOfDay(double day) const
{
    if (!isValid())
        return m_x0;
    return m_x0 + (day - m_start) * pixelsPerDay();
}

double TimeScale::dayAt(double x) const
{
    if (!isValid())
        return m_start;
    return m_start + (x - m_x0) / pixelsPerDay();
}

QDate TimeScale::dateAt(double x) const
{
    return dateOfDay(dayAt(x));
}

QDate TimeScale::firstDate() const
{
    return dateOfDay(m_start);
}

QDate TimeScale::lastDate() const
{
    // The end is exclusive: a range ending exactly at midnight does not show the next day.
    return QDate::fromJulianDay(qint64(std::ceil(m_end)) - 1);
}

void TimeScale::zoom(double factor, double anchorX)
{
    if (!isValid() || factor <= 0.0)
        return;
    const double anchor = dayAt(anchorX);
    m_start = anchor - (anchor - m_start) / factor;
    m_end = anchor + (m_end - anchor) / factor;
}

void TimeScale::pan(double dx)
{
    if (!isValid())
        return;
    const double shift = dx / pixelsPerDay();
    m_start -= shift;
    m_end -= shift;
}

void TimeScale::constrain(double lowest, double highest, double minDays, double maxDays)
{
    double length = std::clamp(days(), minDays, std::max(minDays, maxDays));
    const double centre = (m_start + m_end) / 2.0;
    m_start = centre - length / 2.0;
    m_end = centre + length / 2.0;
    if (highest - lowest <= length) {
        // The allowed stretch is shorter than the range: centre on it.
        const double mid = (lowest + highest) / 2.0;
        m_start = mid - length / 2.0;
        m_end = mid + length / 2.0;
        return;
    }
    if (m_start < lowest) {
        m_end += lowest - m_start;
        m_start = lowest;
    }
    if (m_end > highest) {
        m_start -= m_end - highest;
        m_end = highest;
    }
}

} // namespace atlas
