// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventaggregator.h"

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {

void addKnot(QList<PointMark> &out, const QList<LaneItem> &knot, const EventAggregator::Options &o)
{
    PointMark mark;
    mark.x0 = knot.first().centre();
    mark.x1 = knot.last().centre();
    mark.count = int(knot.size());
    mark.events.reserve(knot.size());
    for (const LaneItem &item : knot)
        mark.events.append(item.event);
    if (knot.size() == 1) {
        mark.type = PointMark::Type::Single;
    } else if (mark.x1 - mark.x0 <= o.badgeExtent) {
        mark.type = PointMark::Type::Count;
    } else {
        mark.type = PointMark::Type::Heat;
        mark.binWidth = std::max(1.0, o.binWidth);
        mark.binStart = mark.x0 - mark.binWidth / 2.0;
        const int bins = int(std::floor((mark.x1 - mark.binStart) / mark.binWidth)) + 1;
        mark.bins.fill(0, bins);
        for (const LaneItem &item : knot) {
            const int bin =
                    std::clamp(int((item.centre() - mark.binStart) / mark.binWidth), 0, bins - 1);
            ++mark.bins[bin];
        }
    }
    out.append(mark);
}

} // namespace

LaneMarks EventAggregator::aggregate(const QList<LaneItem> &items, const Options &o)
{
    LaneMarks marks;

    // Points: a knot grows while the next centre is closer than minGap to the last one.
    QList<LaneItem> knot;
    for (const LaneItem &item : items) {
        if (item.span)
            continue;
        if (!knot.isEmpty() && item.centre() - knot.last().centre() >= o.minGap) {
            addKnot(marks.points, knot, o);
            knot.clear();
        }
        knot.append(item);
    }
    if (!knot.isEmpty())
        addKnot(marks.points, knot, o);

    // Spans: first track free at the span's start; none free means the lane is too busy for
    // separate bars.
    QList<double> trackEnds;
    bool overflow = false;
    int spanCount = 0;
    for (const LaneItem &item : items) {
        if (!item.span)
            continue;
        ++spanCount;
        if (overflow)
            continue;
        int track = -1;
        for (int t = 0; t < trackEnds.size(); ++t) {
            if (trackEnds.at(t) + o.trackGap <= item.x0 + 0.01) {
                track = t;
                break;
            }
        }
        if (track < 0 && trackEnds.size() < o.maxTracks) {
            track = int(trackEnds.size());
            trackEnds.append(item.x1);
        }
        if (track < 0) {
            overflow = true;
            continue;
        }
        trackEnds[track] = item.x1;
        marks.spans.append({ item.x0, item.x1, track, item.event });
    }
    marks.tracks = int(trackEnds.size());

    if (overflow && o.right > o.left) {
        marks.spans.clear();
        marks.tracks = 1;
        marks.coveredSpans = spanCount;
        marks.coverageStart = o.left;
        marks.coverageBinWidth = std::max(1.0, o.binWidth);
        const int bins = int(std::ceil((o.right - o.left) / marks.coverageBinWidth));
        // Difference array: +1 where a span starts, -1 after it ends; one pass sums it up.
        QList<int> delta(bins + 1, 0);
        for (const LaneItem &item : items) {
            if (!item.span || item.x1 < o.left || item.x0 > o.right)
                continue;
            const int a = std::clamp(int((item.x0 - o.left) / marks.coverageBinWidth), 0, bins - 1);
            const int b = std::clamp(int((item.x1 - o.left) / marks.coverageBinWidth), 0, bins - 1);
            ++delta[a];
            --delta[b + 1];
        }
        marks.spanCoverage.fill(0, bins);
        int running = 0;
        for (int i = 0; i < bins; ++i) {
            running += delta.at(i);
            marks.spanCoverage[i] = running;
        }
    }
    return marks;
}

} // namespace atlas
