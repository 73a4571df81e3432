// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartformat.h"

#include "core/formatting.h"

#include <QLocale>

#include <array>
#include <cmath>

namespace atlas::ChartFormat {

namespace {

int compactDecimals(const Unit &unit)
{
    // The precision Format::money gives the same magnitude, so a compact label never claims
    // more digits than the full one.
    if (unit.divisor >= 1e12)
        return 2;
    if (unit.divisor == 1e9 || unit.divisor == 1e6)
        return 1;
    return 0;
}

} // namespace

Unit unitFor(double largestMagnitude, const QString &currency, Language lang)
{
    const double v = std::fabs(largestMagnitude);
    if (lang == Language::Korean) {
        const QString word = Format::koreanCurrencyWord(currency);
        if (v >= 1e12)
            return { 1e12, QStringLiteral("조 ") + word };
        if (v >= 1e8)
            return { 1e8, QStringLiteral("억 ") + word };
        if (v >= 1e4)
            return { 1e4, QStringLiteral("만 ") + word };
        return { 1.0, word };
    }
    if (v >= 1e12)
        return { 1e12, currency + QStringLiteral(" trillion") };
    if (v >= 1e9)
        return { 1e9, currency + QStringLiteral(" billion") };
    if (v >= 1e6)
        return { 1e6, currency + QStringLiteral(" million") };
    return { 1.0, currency };
}

Scale niceScale(double lo, double hi, int intervals)
{
    intervals = std::max(1, intervals);
    lo = std::min(lo, 0.0);
    hi = std::max(hi, 0.0);
    if (hi - lo <= 0.0)
        hi = lo + 1.0;
    // Room above the tallest bar (and below the deepest loss) for its value label.
    const double wantHi = hi > 0.0 ? hi * 1.12 : 0.0;
    const double wantLo = lo < 0.0 ? lo * 1.12 : 0.0;
    const double rough = (wantHi - wantLo) / intervals;
    double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    static constexpr std::array<double, 5> steps{ 1.0, 2.0, 2.5, 5.0, 10.0 };
    Scale scale;
    scale.intervals = intervals;
    for (int attempt = 0; attempt < 4; ++attempt, magnitude *= 10.0) {
        for (double m : steps) {
            const double step = m * magnitude;
            const double min = std::floor(wantLo / step + 1e-9) * step;
            const double max = min + intervals * step;
            if (step * 1.0000001 < rough || max < wantHi - step * 1e-9)
                continue;
            scale.min = min == 0.0 ? 0.0 : min; // no "−0"
            scale.max = max;
            scale.step = step;
            scale.decimals = std::max(0, int(std::ceil(-std::log10(step) - 1e-9)));
            if (m == 2.5 && step < 10.0)
                scale.decimals += 1;
            return scale;
        }
    }
    scale.min = wantLo;
    scale.max = wantHi;
    scale.step = (wantHi - wantLo) / intervals;
    return scale;
}

QString number(double value, int decimals)
{
    const double rounded = std::round(value * std::pow(10.0, decimals)) / std::pow(10.0, decimals);
    const QString digits = QLocale(QLocale::English).toString(std::fabs(rounded), 'f', decimals);
    return rounded < 0.0 ? QChar(0x2212) + digits : digits;
}

QString compact(double value, const Unit &unit)
{
    return number(value / unit.divisor, compactDecimals(unit));
}

} // namespace atlas::ChartFormat
