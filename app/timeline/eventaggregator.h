// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace atlas {

// One event on one lane, in pixels: a day-precision event is a point (x0..x1 is its day), a
// month, quarter or year a span.
struct LaneItem
{
    double x0 = 0.0;
    double x1 = 0.0;
    int event = -1;
    bool span = false;
    double centre() const { return (x0 + x1) / 2.0; }
};

// What a lane draws for its points: a glyph for an event that stands apart, a count badge for a
// tight knot of events, a heat strip (events per bin) where events run together for longer.
struct PointMark
{
    enum class Type { Single, Count, Heat };
    Type type = Type::Single;
    double x0 = 0.0; // first and last centre of the events it stands for
    double x1 = 0.0;
    QList<int> events; // empty when gathered from the count index, not from the events
    int count = 0; // events it stands for
    QList<int> bins; // Heat: events per bin, bins of binWidth starting at binStart
    double binStart = 0.0;
    double binWidth = 0.0;
};

// A span on its own track, so spans of one lane never cover each other.
struct SpanMark
{
    double x0 = 0.0;
    double x1 = 0.0;
    int track = 0;
    int event = -1;
};

struct LaneMarks
{
    QList<PointMark> points;
    QList<SpanMark> spans;
    int tracks = 0;
    // When the spans need more tracks than allowed, they are drawn instead as one strip of
    // coverage (spans over each bin); `spans` is then empty.
    QList<int> spanCoverage;
    double coverageStart = 0.0;
    double coverageBinWidth = 0.0;
    int coveredSpans = 0;
};

class EventAggregator
{
public:
    struct Options
    {
        double minGap = 14.0; // centres closer than this cannot be drawn apart
        double badgeExtent =
                40.0; // a knot at most this wide becomes a count badge, else a heat strip
        double binWidth = 4.0; // heat strip resolution
        int maxTracks = 3;
        double trackGap = 0.0; // pixels between two spans on one track (0: they may touch)
        double left = 0.0; // the drawn stretch, for coverage strips
        double right = 0.0;
    };

    // items in order of x0 (TimelineIndex order gives that).
    static LaneMarks aggregate(const QList<LaneItem> &items, const Options &options);
};

} // namespace atlas
