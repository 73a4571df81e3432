// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

#include <utility>

namespace atlas {

// The layout's last phase, after the force layout and the packing of components: the least
// movement that leaves no two boxes overlapping. Overlapping pairs are found through a spatial
// hash (boxes sorted by the grid cells they cover, each pair reported in one cell only), so one
// pass costs O(n log n) whatever the size of the graph. A picture crowded all over is first
// scaled about its centre (which keeps its shape exactly); then a bounded number of passes of
// local pushes, and the few nodes left in knots are settled one at a time on a spiral around
// where they were.
namespace OverlapRemoval {

struct Stats
{
    double scale = 1; // by which a crowded picture was scaled about its centre first
    int passes = 0; // rounds of pushes run
    int settled = 0; // nodes moved by the spiral search
    bool clean = false; // no overlap left
};

// Moves positions that are not fixed so that no two boxes (relative to their positions), each
// grown by gap / 2, overlap. Overlaps between two fixed boxes are left alone (clean is then
// false).
Stats run(QList<QPointF> &positions, const QList<QRectF> &boxes, const QList<bool> &fixed,
          double gap);

// The overlapping pairs (i < j) of the given rectangles through the spatial hash the phase runs
// on: in ascending order, or (sorted false, faster) in the hash's order, which depends only on
// the rectangles.
QList<std::pair<int, int>> overlappingPairs(const QList<QRectF> &rects, bool sorted = true);

// By how much the distance between the centres of two overlapping rectangles must grow (the
// rectangles keeping their size) for them to part along one axis; at most most.
double partingScale(const QRectF &a, const QRectF &b, double most);

} // namespace OverlapRemoval
} // namespace atlas
