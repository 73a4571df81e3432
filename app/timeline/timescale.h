// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace atlas {

// Maps time to x and back. Time is a continuous day number (the Julian day of a date is the
// start of that day), so zooming and panning are smooth while dates stay exact: the day D covers
// [day(D), day(D) + 1) and a month-precision date covers its whole month.
class TimeScale
{
public:
    TimeScale() = default;
    // start and end are day numbers, end exclusive; x0 and width are pixels.
    TimeScale(double start, double end, double x0, double width);

    static double dayOf(const QDate &date) { return double(date.toJulianDay()); }
    static QDate dateOfDay(double day);

    // The days first..last, both included.
    void setDates(const QDate &first, const QDate &last);
    void setRange(double start, double end);
    void setPixels(double x0, double width);

    double start() const { return m_start; }
    double end() const { return m_end; }
    double days() const { return m_end - m_start; }
    double x0() const { return m_x0; }
    double width() const { return m_width; }
    double pixelsPerDay() const;
    bool isValid() const { return m_end > m_start && m_width > 0; }

    double xOfDay(double day) const;
    // Left edge of the date's day.
    double xOf(const QDate &date) const { return xOfDay(dayOf(date)); }
    // Middle of the date's day: where a day-precision event is drawn.
    double xOfMiddle(const QDate &date) const { return xOfDay(dayOf(date) + 0.5); }
    double dayAt(double x) const;
    QDate dateAt(double x) const;

    // The days the range shows at least partly: what the Document window becomes.
    QDate firstDate() const;
    QDate lastDate() const;

    // factor > 1 zooms in; the time under anchorX stays under it.
    void zoom(double factor, double anchorX);
    // Moves the content by dx pixels: positive dx shows earlier time.
    void pan(double dx);
    // Keeps the range between minDays and maxDays long and inside [lowest, highest).
    void constrain(double lowest, double highest, double minDays, double maxDays);

    friend bool operator==(const TimeScale &, const TimeScale &) = default;

private:
    double m_start = 0.0;
    double m_end = 0.0;
    double m_x0 = 0.0;
    double m_width = 0.0;
};

} // namespace atlas
