// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/localizedtext.h"

#include <QString>

namespace atlas {

// Numbers as the financial charts draw them. Like Format, the language is a parameter: a chart
// exported headless in Korean reads the same as the one on screen.
namespace ChartFormat {

// The unit a value axis is read in: plotted value = figure / divisor. English counts in
// thousands (trillion, billion, million), Korean in 조 (10^12), 억 (10^8) and 만 (10^4).
struct Unit
{
    double divisor = 1.0;
    QString name; // "KRW trillion", "KRW billion" / "조 원", "억 원"
    friend bool operator==(const Unit &, const Unit &) = default;
};

// The largest unit in which the largest magnitude of an axis is at least 1.
Unit unitFor(double largestMagnitude, const QString &currency, Language lang);

// A value axis range with round ticks: min + k * step for k = 0..intervals.
struct Scale
{
    double min = 0.0;
    double max = 1.0;
    double step = 1.0;
    int intervals = 1;
    int decimals = 0; // enough to tell the ticks apart
};

// Round ticks covering [lo, hi] and zero with some headroom above the largest value, so a value
// label fits over the tallest bar. Two axes built with the same number of intervals share grid
// lines.
Scale niceScale(double lo, double hi, int intervals);

// A tick label: "2,000", "6.5", "−200" (grouped digits, a true minus sign).
QString number(double value, int decimals);

// The same value given with fewer words, for a label that must fit a narrow bar:
// "6.55" of a KRW trillion axis, "4,940" of an 억 원 axis.
QString compact(double value, const Unit &unit);

} // namespace ChartFormat

} // namespace atlas
