// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/localizedtext.h"

#include <QDate>
#include <QList>
#include <QString>

namespace atlas {

class TimeScale;

enum class TickLevel { Days, Weeks, Months, Quarters, Years };

struct Tick
{
    QDate date;
    double day = 0.0; // TimeScale day number of the tick (start of its date)
    QString label;
};

// The ticks of a visible range: minor ticks at the chosen level, each labelled briefly ("27",
// "Sep", "Q3", "2024"), and major ticks one level up carrying the context ("September 2024",
// "2024"). The first major tick may lie before the range: it names the period the range starts
// in, so a painter can pin its label to the left edge.
struct TickSet
{
    TickLevel level = TickLevel::Years;
    int step = 1; // years per minor tick at the Years level; 1 otherwise
    QList<Tick> minor;
    QList<Tick> major;
};

// Chooses the finest level whose ticks stay at least minimumSpacing() pixels apart, so labels
// never overlap at any zoom. Labels are data formatting in the given language, like
// Format::date, not interface text.
class TickGenerator
{
public:
    static TickSet generate(double startDay, double endDay, double pixelWidth, Language lang);
    static TickSet generate(const TimeScale &scale, Language lang);

    // Pixels a minor label of the level needs, with room to breathe.
    static double minimumSpacing(TickLevel level, Language lang);
    static QString minorLabel(TickLevel level, const QDate &date, Language lang);
    static QString majorLabel(TickLevel level, const QDate &date, Language lang);
};

} // namespace atlas
