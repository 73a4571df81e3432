// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickgenerator.h"

#include "timescale.h"

#include <QLocale>

#include <array>
#include <cmath>
#include <optional>

namespace atlas {

namespace {

// The shortest length of one period of each level, in days: a month level must still fit
// February.
double shortestPeriod(TickLevel level)
{
    switch (level) {
    case TickLevel::Days:
        return 1.0;
    case TickLevel::Weeks:
        return 7.0;
    case TickLevel::Months:
        return 28.0;
    case TickLevel::Quarters:
        return 90.0;
    case TickLevel::Years:
        return 365.0;
    }
    return 1.0;
}

QDate floorTo(TickLevel level, int step, const QDate &d)
{
    switch (level) {
    case TickLevel::Days:
        return d;
    case TickLevel::Weeks:
        return d.addDays(-(d.dayOfWeek() - 1)); // weeks start on Monday (ISO 8601)
    case TickLevel::Months:
        return QDate(d.year(), d.month(), 1);
    case TickLevel::Quarters:
        return QDate(d.year(), (d.month() - 1) / 3 * 3 + 1, 1);
    case TickLevel::Years: {
        const int y = std::max(1, d.year() / step * step);
        return QDate(y, 1, 1);
    }
    }
    return d;
}

QDate next(TickLevel level, int step, const QDate &d)
{
    switch (level) {
    case TickLevel::Days:
        return d.addDays(1);
    case TickLevel::Weeks:
        return d.addDays(7);
    case TickLevel::Months:
        return d.addMonths(1);
    case TickLevel::Quarters:
        return d.addMonths(3);
    case TickLevel::Years:
        return d.addYears(step);
    }
    return d.addDays(1);
}

// The level whose ticks give the context of the minor ones.
std::optional<TickLevel> majorLevelOf(TickLevel level)
{
    switch (level) {
    case TickLevel::Days:
    case TickLevel::Weeks:
        return TickLevel::Months;
    case TickLevel::Months:
    case TickLevel::Quarters:
        return TickLevel::Years;
    case TickLevel::Years:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

double TickGenerator::minimumSpacing(TickLevel level, Language lang)
{
    // Measured on an 11 px Noto Sans CJK label plus about 16 px of air: "27" / "27일",
    // "Sep" / "12월", "Q3" / "3분기", "2024" / "2024년".
    const bool ko = lang == Language::Korean;
    switch (level) {
    case TickLevel::Days:
        return ko ? 42.0 : 32.0;
    case TickLevel::Weeks:
        return ko ? 46.0 : 36.0;
    case TickLevel::Months:
        return ko ? 44.0 : 40.0;
    case TickLevel::Quarters:
        return ko ? 52.0 : 38.0;
    case TickLevel::Years:
        return ko ? 62.0 : 50.0;
    }
    return 50.0;
}

QString TickGenerator::minorLabel(TickLevel level, const QDate &date, Language lang)
{
    const bool ko = lang == Language::Korean;
    switch (level) {
    case TickLevel::Days:
    case TickLevel::Weeks:
        return ko ? QStringLiteral("%1일").arg(date.day()) : QString::number(date.day());
    case TickLevel::Months:
        return ko ? QStringLiteral("%1월").arg(date.month())
                  : QLocale(QLocale::English).monthName(date.month(), QLocale::ShortFormat);
    case TickLevel::Quarters:
        return ko ? QStringLiteral("%1분기").arg((date.month() - 1) / 3 + 1)
                  : QStringLiteral("Q%1").arg((date.month() - 1) / 3 + 1);
    case TickLevel::Years:
        return ko ? QStringLiteral("%1년").arg(date.year()) : QString::number(date.year());
    }
    return {};
}

QString TickGenerator::majorLabel(TickLevel level, const QDate &date, Language lang)
{
    const bool ko = lang == Language::Korean;
    switch (level) {
    case TickLevel::Days:
    case TickLevel::Weeks:
    case TickLevel::Months:
        return ko ? QStringLiteral("%1년 %2월").arg(date.year()).arg(date.month())
                  : QStringLiteral("%1 %2")
                            .arg(QLocale(QLocale::English).monthName(date.month()))
                            .arg(date.year());
    case TickLevel::Quarters:
    case TickLevel::Years:
        return ko ? QStringLiteral("%1년").arg(date.year()) : QString::number(date.year());
    }
    return {};
}

TickSet TickGenerator::generate(const TimeScale &scale, Language lang)
{
    return generate(scale.start(), scale.end(), scale.width(), lang);
}

TickSet TickGenerator::generate(double startDay, double endDay, double pixelWidth, Language lang)
{
    TickSet set;
    if (!(endDay > startDay) || !(pixelWidth > 0.0))
        return set;
    const double perDay = pixelWidth / (endDay - startDay);

    static constexpr std::array<TickLevel, 4> finer{ TickLevel::Days, TickLevel::Weeks,
                                                     TickLevel::Months, TickLevel::Quarters };
    bool found = false;
    for (TickLevel level : finer) {
        if (shortestPeriod(level) * perDay >= minimumSpacing(level, lang)) {
            set.level = level;
            found = true;
            break;
        }
    }
    if (!found) {
        set.level = TickLevel::Years;
        static constexpr std::array<int, 10> steps{ 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000 };
        set.step = steps.back();
        for (int s : steps) {
            if (shortestPeriod(TickLevel::Years) * s * perDay
                >= minimumSpacing(TickLevel::Years, lang)) {
                set.step = s;
                break;
            }
        }
    }

    const QDate first = TimeScale::dateOfDay(startDay);
    const QDate last = TimeScale::dateOfDay(endDay);
    if (!first.isValid() || !last.isValid())
        return set;

    for (QDate d = floorTo(set.level, set.step, first); d.isValid() && d <= last;
         d = next(set.level, set.step, d)) {
        const double day = TimeScale::dayOf(d);
        if (day < startDay || day >= endDay)
            continue;
        set.minor.append({ d, day, minorLabel(set.level, d, lang) });
    }

    if (const auto majorLevel = majorLevelOf(set.level)) {
        for (QDate d = floorTo(*majorLevel, 1, first); d.isValid() && d <= last;
             d = next(*majorLevel, 1, d)) {
            const double day = TimeScale::dayOf(d);
            if (day >= endDay)
                break;
            set.major.append({ d, day, majorLabel(*majorLevel, d, lang) });
        }
    }
    return set;
}

} // namespace atlas
