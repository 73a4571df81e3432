// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

#include <memory>
#include <mutex>
#include <optional>
#include <utility>

namespace atlas {

class LayoutControl;

// Where a node's label sits: under its shape unless relationships leave that way, so labels do
// not cover lines and arrow heads. The corners are for nodes with relationships on every side.
enum class LabelSide { Below, Above, Right, Left, BelowRight, BelowLeft, AboveRight, AboveLeft };

// Everything a layout needs to know, as plain values: nodes by index, edges as index pairs, the
// room each node and its label take, and what is already known of positions. No items, no
// Document, so a layout runs on any thread and a test can check it alone.
struct LayoutInput
{
    int nodeCount = 0;
    QList<std::pair<int, int>> edges;
    // Per edge (or empty): how far the middle of its drawn line bends sideways, to the left of
    // first → second; parallel relationships are drawn as curves, and labels avoid those too.
    QList<double> bends;
    // Per node (or empty for points): the rectangle of its shape, relative to its position, and
    // the size of its label. Shape and label together must not overlap another node's.
    QList<QRectF> shapes;
    QList<QSizeF> labels;
    // Per node (or empty): where it is now. A component with known positions moves on from them,
    // gently, so a changed graph keeps the shape the user knows; one without is laid out afresh.
    QList<std::optional<QPointF>> start;
    // Per node (or empty): where the user put it. Kept exactly, whatever else moves.
    QList<std::optional<QPointF>> pinned;
    // Only push overlapping boxes apart, leaving every node with a start where it is otherwise:
    // for labels that changed size (another language) without disturbing the picture.
    bool overlapsOnly = false;
    // For measurements: stop before the last phase (overlap removal), to time it on its own.
    bool skipOverlapRemoval = false;
    quint32 seed = 1;
    // Optional: a live layout (positions reported as it converges, pause, pins, cancel).
    std::shared_ptr<LayoutControl> control;
    double edgeLength = 150.0; // typical edge length, in output units
    double gap = 10.0; // least free space between two boxes
};

struct LayoutResult
{
    QList<QPointF> positions;
    QList<LabelSide> labelSides;
    bool cancelled = false; // stopped through its control; positions mean nothing
};

// Positions for a graph: igraph's Fruchterman–Reingold per connected component (components laid
// out afresh are packed in rows, largest first), a side for each label away from its node's
// relationships, then the least movement that leaves no two nodes with their labels overlapping.
// The same input always gives the same output.
class GraphLayout
{
public:
    // Above this many nodes only shapes are kept apart, not labels (which show only where they
    // fit at the zoom of the view).
    static constexpr int kLabelBoxLimit = 1000;

    static LayoutResult compute(const LayoutInput &input);

    // Debian's igraph 0.10 is built without thread-local state (IGRAPH_THREAD_SAFE is 0): its
    // random generator and error handler are process-wide, so one caller at a time holds this
    // while it uses igraph (the layout, community detection).
    static std::mutex &igraphMutex();

    // The label's rectangle beside a shape, relative to the node's position.
    static QRectF labelRect(const QRectF &shape, const QSizeF &label, LabelSide side);
    // Shape and label together.
    static QRectF box(const QRectF &shape, const QSizeF &label, LabelSide side);

    // The last phase, OverlapRemoval::run() (overlapremoval.h): moves positions that are not
    // fixed as little as it can so that no two boxes (relative to their positions), each grown by
    // gap / 2, overlap. Overlaps between two fixed boxes are left alone. False when overlaps
    // remain (only between fixed boxes).
    static bool removeOverlaps(QList<QPointF> &positions, const QList<QRectF> &boxes,
                               const QList<bool> &fixed, double gap);
};

} // namespace atlas
