// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphlayout.h"
#include "componentpacking.h"
#include "forcestep.h"
#include "layoutcontrol.h"
#include "overlapremoval.h"
#include "segmentclip.h"

#include <igraph.h>

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <mutex>
#include <numeric>
#include <utility>
#include <vector>

namespace atlas {

namespace {

struct Component
{
    QList<int> nodes; // global indexes, ascending
    QList<std::pair<int, int>> edges; // local indexes
    bool anchored = false; // some node has a known position
};

// Small owners of igraph objects, so every early return frees what was made.
struct IVectorInt
{
    igraph_vector_int_t v;
    bool ok;
    explicit IVectorInt(igraph_integer_t n)
        : ok(igraph_vector_int_init(&v, n) == IGRAPH_SUCCESS) { }
    ~IVectorInt()
    {
        if (ok)
            igraph_vector_int_destroy(&v);
    }
};
struct IVector
{
    igraph_vector_t v;
    bool ok;
    explicit IVector(igraph_integer_t n) : ok(igraph_vector_init(&v, n) == IGRAPH_SUCCESS) { }
    ~IVector()
    {
        if (ok)
            igraph_vector_destroy(&v);
    }
};
struct IMatrix
{
    igraph_matrix_t m;
    bool ok;
    IMatrix(igraph_integer_t rows, igraph_integer_t cols)
        : ok(igraph_matrix_init(&m, rows, cols) == IGRAPH_SUCCESS)
    {
    }
    ~IMatrix()
    {
        if (ok)
            igraph_matrix_destroy(&m);
    }
};
struct IGraph
{
    igraph_t g;
    bool ok = false;
    ~IGraph()
    {
        if (ok)
            igraph_destroy(&g);
    }
};

struct FrOptions
{
    bool useStart = false;
    int iterations = 500;
    double temperature = 0.0; // 0: igraph's default, sqrt(n) / 10
    bool grid = false;
};

// Fruchterman–Reingold on one component, positions in igraph units. A node with bounds stays
// inside them (a zero-sized rectangle pins it). Call with igraphMutex() held. False when igraph
// fails (memory); positions are then left as they were.
bool fruchtermanReingold(int n, const QList<std::pair<int, int>> &edges, QList<QPointF> &pos,
                         const QList<std::optional<QRectF>> &bounds, const FrOptions &o)
{
    IVectorInt edgeList(igraph_integer_t(edges.size()) * 2);
    if (!edgeList.ok)
        return false;
    for (qsizetype i = 0; i < edges.size(); ++i) {
        VECTOR(edgeList.v)[2 * i] = edges.at(i).first;
        VECTOR(edgeList.v)[2 * i + 1] = edges.at(i).second;
    }
    IGraph graph;
    graph.ok = igraph_create(&graph.g, &edgeList.v, n, IGRAPH_UNDIRECTED) == IGRAPH_SUCCESS;
    IMatrix res(n, 2);
    if (!graph.ok || !res.ok)
        return false;
    for (int i = 0; i < n; ++i) {
        MATRIX(res.m, i, 0) = pos.at(i).x();
        MATRIX(res.m, i, 1) = pos.at(i).y();
    }
    const bool anyFixed = std::any_of(bounds.cbegin(), bounds.cend(),
                                      [](const auto &b) { return b.has_value(); });
    IVector minX(n), maxX(n), minY(n), maxY(n);
    if (!minX.ok || !maxX.ok || !minY.ok || !maxY.ok)
        return false;
    for (int i = 0; i < n; ++i) {
        const std::optional<QRectF> b = anyFixed ? bounds.value(i) : std::nullopt;
        VECTOR(minX.v)[i] = b ? b->left() : -IGRAPH_INFINITY;
        VECTOR(maxX.v)[i] = b ? b->right() : IGRAPH_INFINITY;
        VECTOR(minY.v)[i] = b ? b->top() : -IGRAPH_INFINITY;
        VECTOR(maxY.v)[i] = b ? b->bottom() : IGRAPH_INFINITY;
    }
    const double temperature = o.temperature > 0 ? o.temperature : std::sqrt(double(n)) / 10.0;
    const auto err = igraph_layout_fruchterman_reingold(
            &graph.g, &res.m, o.useStart, o.iterations, temperature,
            o.grid ? IGRAPH_LAYOUT_GRID : IGRAPH_LAYOUT_NOGRID, nullptr,
            anyFixed ? &minX.v : nullptr, anyFixed ? &maxX.v : nullptr,
            anyFixed ? &minY.v : nullptr, anyFixed ? &maxY.v : nullptr);
    if (err != IGRAPH_SUCCESS)
        return false;
    for (int i = 0; i < n; ++i)
        pos[i] = QPointF(MATRIX(res.m, i, 0), MATRIX(res.m, i, 1));
    return true;
}

double medianEdgeLength(const QList<QPointF> &pos, const QList<std::pair<int, int>> &edges)
{
    QList<double> lengths;
    lengths.reserve(edges.size());
    for (const auto &[a, b] : edges) {
        const QPointF d = pos.at(a) - pos.at(b);
        const double l = std::hypot(d.x(), d.y());
        if (l > 1e-9)
            lengths.append(l);
    }
    if (lengths.isEmpty())
        return 0.0;
    const auto mid = lengths.begin() + lengths.size() / 2;
    std::nth_element(lengths.begin(), mid, lengths.end());
    return *mid;
}

// Where nodes without a known position start: beside a placed neighbour, at the usual edge
// length, fanned out by the golden angle so siblings do not land on one another.
void seedUnknown(QList<QPointF> &pos, QList<bool> &known, const Component &c, double edgeLength)
{
    const int n = int(c.nodes.size());
    QList<QList<int>> adjacency(n);
    for (const auto &[a, b] : c.edges) {
        adjacency[a].append(b);
        adjacency[b].append(a);
    }
    QList<int> queue;
    for (int i = 0; i < n; ++i) {
        if (known.at(i))
            queue.append(i);
    }
    QList<int> children(n, 0);
    // Children fan out in steps of the golden angle, so no two land on one line.
    constexpr double kGoldenAngle = 2.399963229728653;
    for (qsizetype head = 0; head < queue.size(); ++head) {
        const int p = queue.at(head);
        for (int q : adjacency.at(p)) {
            if (known.at(q))
                continue;
            const double angle = kGoldenAngle * (children[p]++ + 1) + 0.7 * p;
            pos[q] = pos.at(p) + QPointF(std::cos(angle), std::sin(angle)) * edgeLength;
            known[q] = true;
            queue.append(q);
        }
    }
}

QList<std::pair<int, int>> validEdges(const QList<std::pair<int, int>> &edges, int n)
{
    QList<std::pair<int, int>> out;
    out.reserve(edges.size());
    for (const auto &[a, b] : edges) {
        if (a >= 0 && b >= 0 && a < n && b < n && a != b)
            out.append({ a, b });
    }
    return out;
}

QRectF shapeOf(const LayoutInput &in, int i)
{
    return i < in.shapes.size() ? in.shapes.at(i) : QRectF();
}

QSizeF labelOf(const LayoutInput &in, int i)
{
    return i < in.labels.size() ? in.labels.at(i) : QSizeF();
}

// What must not overlap: shapes with their labels, except in graphs too large to read at 100 %
// anyway (their labels only show zoomed in), where keeping thousands of labels apart would take
// longer than the layout itself and spread the picture thin.
QList<QRectF> boxesFor(const LayoutInput &in, int n, const QList<LabelSide> &sides)
{
    const bool labels = n <= GraphLayout::kLabelBoxLimit;
    QList<QRectF> boxes(n);
    for (int i = 0; i < n; ++i)
        boxes[i] = labels
                ? GraphLayout::box(shapeOf(in, i), labelOf(in, i), sides.value(i, LabelSide::Below))
                : shapeOf(in, i);
    return boxes;
}

// Length of the segment a–b inside r.
double lengthInside(const QPointF &a, const QPointF &b, const QRectF &r)
{
    const auto inside = SegmentClip::range(a, b, r);
    return inside ? (inside->t1 - inside->t0) * std::hypot(b.x() - a.x(), b.y() - a.y()) : 0;
}

// For each node the label side its own relationships cross least, so a label never hides the
// line or arrow head of its node. Below is preferred, then above, as names under or over a node
// read best.
QList<LabelSide> chooseSides(const LayoutInput &in, const QList<QPointF> &pos)
{
    const int n = int(pos.size());
    // Each drawn edge as a few segments along its curve (a quadratic one, as EdgeItem draws it,
    // whose control point lies twice the bend off the middle).
    QList<QList<std::pair<QPointF, QPointF>>> lines(n);
    QList<QList<QPointF>> tips(n);
    constexpr int kPieces = 6;
    constexpr double kArrowReach = 8; // beyond the shape: where an arrow head or line end shows
    for (qsizetype k = 0; k < in.edges.size(); ++k) {
        const auto [a, b] = in.edges.at(k);
        if (a < 0 || b < 0 || a >= n || b >= n || a == b)
            continue;
        const QPointF p0 = pos.at(a);
        const QPointF p2 = pos.at(b);
        const QPointF d = p2 - p0;
        const double l = std::hypot(d.x(), d.y());
        const double bend = in.bends.value(k);
        const QPointF p1 =
                (p0 + p2) / 2 + (l > 1e-9 ? QPointF(-d.y(), d.x()) / l * (2 * bend) : QPointF());
        QPointF previous = p0;
        for (int piece = 1; piece <= kPieces; ++piece) {
            const double t = double(piece) / kPieces;
            const QPointF point = (1 - t) * (1 - t) * p0 + 2 * (1 - t) * t * p1 + t * t * p2;
            lines[a].append({ previous, point });
            lines[b].append({ previous, point });
            previous = point;
        }
        // Where the line meets each node, arrow heads included: the curve leaves a node towards
        // its control point.
        for (const auto &[node, towards] : { std::pair{ a, p1 }, std::pair{ b, p1 } }) {
            const QPointF dir = towards - pos.at(node);
            const double dl = std::hypot(dir.x(), dir.y());
            const QRectF shape = shapeOf(in, node);
            const double reach = std::max(shape.width(), shape.height()) / 2 + kArrowReach;
            if (dl > 1e-9)
                tips[node].append(pos.at(node) + dir / dl * reach);
        }
    }
    constexpr int kSides = 8;
    constexpr double preference[kSides] = { 0, 2, 4, 4, 6, 6, 8, 8 };
    QList<LabelSide> sides(n, LabelSide::Below);
    for (int i = 0; i < n; ++i) {
        const QSizeF label = labelOf(in, i);
        if (lines.at(i).isEmpty() || label.isEmpty())
            continue;
        double best = std::numeric_limits<double>::max();
        for (int s = 0; s < kSides; ++s) {
            const QRectF r = GraphLayout::labelRect(shapeOf(in, i), label, LabelSide(s))
                                     .translated(pos.at(i));
            double crossed = preference[s];
            for (const auto &[from, to] : lines.at(i))
                crossed += lengthInside(from, to, r);
            // A hidden arrow head hides the direction of a relationship: far worse than a line
            // passing under a label.
            for (const QPointF &tip : tips.at(i)) {
                if (r.adjusted(-3, -3, 3, 3).contains(tip))
                    crossed += 1000;
            }
            if (crossed < best - 1e-9) {
                best = crossed;
                sides[i] = LabelSide(s);
            }
        }
    }
    return sides;
}

// Scales a component laid out afresh about its centre until its boxes have room: uniform
// scaling keeps its shape and leaves little for the pushes that follow (scaling up never makes
// new overlaps, as boxes keep their size while distances grow). A dense graph (a random one, or a
// hairball of thousands of relationships) comes out of Fruchterman–Reingold far tighter than its
// edge length suggests, so the factor follows from how crowded it is, not from its edges.
// The share of the bounding box the boxes may fill, and the most a component is spread.
constexpr double kFill = 0.4;
constexpr double kMaxSpread = 50.0;

// The room the nodes' boxes take, gaps included.
double boxArea(const QList<int> &nodes, const QList<QRectF> &boxes, double gap)
{
    double area = 0;
    for (int i : nodes)
        area += (boxes.at(i).width() + gap) * (boxes.at(i).height() + gap);
    return area;
}

// How much a picture of the given area must grow for boxes of boxArea to fill only kFill of it.
double fillFactor(double boxArea, double area)
{
    return std::sqrt(boxArea / (kFill * std::max(1.0, area)));
}

double spreadFactor(const QList<int> &nodes, const QList<QPointF> &out, const QList<QRectF> &boxes,
                    double gap)
{
    // The share of crowded nodes above which clashes spread the component.
    constexpr double kCrowdedShare = 0.25;
    const qsizetype m = nodes.size();
    const QRectF bounds = ComponentPacking::extent(nodes, out, boxes);
    double factor = fillFactor(boxArea(nodes, boxes, gap), bounds.width() * bounds.height());

    // Where most nodes crowd their neighbours, as far as the typical clash needs (pairs from the
    // overlap removal's spatial hash: a sweep along x costs O(n²) on a wide component).
    QList<QRectF> rects(m);
    for (qsizetype k = 0; k < m; ++k) {
        const int i = nodes.at(k);
        rects[k] = boxes.at(i).translated(out.at(i)).adjusted(-gap / 2, -gap / 2, gap / 2, gap / 2);
    }
    const auto pairs = OverlapRemoval::overlappingPairs(rects, false);
    std::vector<double> needed;
    needed.reserve(size_t(pairs.size()));
    std::vector<char> isCrowded(size_t(m),
                                0); // a set of hundreds of thousands of inserts cost more
    qsizetype crowded = 0;
    for (const auto &[a, b] : pairs) {
        needed.push_back(OverlapRemoval::partingScale(rects.at(a), rects.at(b), kMaxSpread));
        for (const int k : { a, b }) {
            if (!std::exchange(isCrowded[size_t(k)], 1))
                ++crowded;
        }
    }
    // A few clashes are left to the pushes: they would not be worth spreading everything.
    if (double(crowded) >= kCrowdedShare * double(m)) {
        const auto most = needed.begin() + qsizetype(0.9 * double(needed.size() - 1));
        std::nth_element(needed.begin(), most, needed.end());
        factor = std::max(factor, *most);
    }
    return std::clamp(factor, 1.0, kMaxSpread);
}

void spread(const QList<int> &nodes, QList<QPointF> &out, const QList<QRectF> &boxes, double gap)
{
    const double factor = spreadFactor(nodes, out, boxes, gap);
    if (factor == 1.0)
        return;
    const qsizetype m = nodes.size();
    QPointF centre;
    for (int i : nodes)
        centre += out.at(i);
    centre /= double(m);
    for (int i : nodes)
        out[i] = centre + (out.at(i) - centre) * factor;
}

} // namespace

std::mutex &GraphLayout::igraphMutex()
{
    static std::mutex mutex;
    return mutex;
}

QRectF GraphLayout::labelRect(const QRectF &shape, const QSizeF &label, LabelSide side)
{
    constexpr qreal gap = 3;
    switch (side) {
    case LabelSide::Below:
        return QRectF(QPointF(-label.width() / 2, shape.bottom() + gap), label);
    case LabelSide::Above:
        return QRectF(QPointF(-label.width() / 2, shape.top() - gap - label.height()), label);
    case LabelSide::Right:
        return QRectF(QPointF(shape.right() + gap, -label.height() / 2), label);
    case LabelSide::Left:
        return QRectF(QPointF(shape.left() - gap - label.width(), -label.height() / 2), label);
    // Corners touch the shape's bounding box diagonally, a little tucked in as shapes are round.
    case LabelSide::BelowRight:
        return QRectF(QPointF(shape.right() * 0.7, shape.bottom() * 0.7 + gap), label);
    case LabelSide::BelowLeft:
        return QRectF(QPointF(shape.left() * 0.7 - label.width(), shape.bottom() * 0.7 + gap),
                      label);
    case LabelSide::AboveRight:
        return QRectF(QPointF(shape.right() * 0.7, shape.top() * 0.7 - gap - label.height()),
                      label);
    case LabelSide::AboveLeft:
        return QRectF(QPointF(shape.left() * 0.7 - label.width(),
                              shape.top() * 0.7 - gap - label.height()),
                      label);
    }
    return {};
}

QRectF GraphLayout::box(const QRectF &shape, const QSizeF &label, LabelSide side)
{
    if (label.isEmpty())
        return shape;
    return shape.united(labelRect(shape, label, side));
}

namespace {

// Connected components by union–find; numbered in order of their first node, so the result
// does not depend on hash order.
QList<Component> componentsOf(const LayoutInput &in, int n)
{
    QList<int> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    auto find = [&](int x) {
        while (parent.at(x) != x) {
            parent[x] = parent.at(parent.at(x));
            x = parent.at(x);
        }
        return x;
    };
    const QList<std::pair<int, int>> edges = validEdges(in.edges, n);
    for (const auto &[a, b] : edges) {
        const int ra = find(a);
        const int rb = find(b);
        if (ra != rb)
            parent[std::max(ra, rb)] = std::min(ra, rb);
    }
    QList<int> componentOf(n, -1);
    QList<int> localIndex(n, -1);
    QList<Component> components;
    QHash<int, int> componentOfRoot;
    for (int i = 0; i < n; ++i) {
        const int root = find(i);
        auto it = componentOfRoot.constFind(root);
        if (it == componentOfRoot.cend()) {
            it = componentOfRoot.insert(root, int(components.size()));
            components.append(Component());
        }
        Component &c = components[*it];
        componentOf[i] = *it;
        localIndex[i] = int(c.nodes.size());
        c.nodes.append(i);
        c.anchored = c.anchored || (i < in.start.size() && in.start.at(i).has_value());
    }
    for (const auto &[a, b] : edges)
        components[componentOf.at(a)].edges.append({ localIndex.at(a), localIndex.at(b) });
    return components;
}

bool cancelled(const LayoutInput &in)
{
    return in.control && in.control->isCancelled();
}

std::optional<QPointF> startOf(const LayoutInput &in, int i)
{
    return i < in.start.size() ? in.start.at(i) : std::nullopt;
}

std::optional<QPointF> pinnedOf(const LayoutInput &in, int i)
{
    return i < in.pinned.size() ? in.pinned.at(i) : std::nullopt;
}

// From a component's igraph positions to output units: centred, the typical edge of the asked
// length.
struct Units
{
    QPointF centre;
    double scale = 1.0;

    static Units of(const QList<QPointF> &pos, const QList<std::pair<int, int>> &edges,
                    double edgeLength)
    {
        Units u;
        const double median = medianEdgeLength(pos, edges);
        u.scale = median > 0 ? edgeLength / median : edgeLength;
        for (const QPointF &p : pos)
            u.centre += p;
        u.centre /= std::max<qsizetype>(1, pos.size());
        return u;
    }
    QPointF toOutput(const QPointF &p) const { return (p - centre) * scale; }
    QPointF toLayout(const QPointF &p) const { return p / scale + centre; }
};

// The area of the points' bounding box.
double extentArea(const QList<QPointF> &pos)
{
    if (pos.isEmpty())
        return 0;
    double left = pos.constFirst().x();
    double right = left;
    double top = pos.constFirst().y();
    double bottom = top;
    for (const QPointF &p : pos) {
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
    }
    return (right - left) * (bottom - top);
}

// Iterations of the force phase for a component laid out afresh: a large one settles in fewer
// rounds than igraph's default 500 (each costs about 2 ms at 10,000 nodes); what is left the
// spreading and the overlap removal see to.
int freshIterations(int nodes)
{
    constexpr int kFewerIterationsAbove = 5000;
    constexpr int kLargeIterations = 250;
    return nodes > kFewerIterationsAbove ? kLargeIterations : FrOptions().iterations;
}

// From force-phase positions to output units, then spread so the boxes have room.
void placeFresh(const LayoutInput &in, const Component &c, const QList<QPointF> &pos,
                const Units &units, QList<QPointF> &out, const QList<QRectF> &provisional)
{
    for (qsizetype k = 0; k < c.nodes.size(); ++k)
        out[c.nodes.at(k)] = units.toOutput(pos.at(k));
    spread(c.nodes, out, provisional, in.gap);
}

// The force phase as a live layout: our own Fruchterman–Reingold (ForceStep, whose repulsion tree
// follows the nodes every iteration; with igraph's grid reach, so its pictures are those of the
// layout in one go) in steps of a few iterations, each reported with the
// positions so far. A step is the same iterations a run in one go would do, so steps change
// nothing but what is shown. Between steps: a pause waits, a cancel stops, and nodes pinned
// meanwhile stay where the user put them: from the first pin the conversion to output units stays
// as it was, so a pin keeps its place on screen. Needs no igraph: runs without its lock, so a
// paused layout holds nothing else up. False when cancelled.
bool layOutLive(const LayoutInput &in, const Component &c, QList<QPointF> &out,
                const QList<QRectF> &provisional)
{
    // A step: about this many nodes and edges visited (one iteration, some 7 ms, at 10,000
    // nodes and 30,000 edges; see bench_graph live), within these bounds of iterations.
    constexpr int kLiveWork = 60000;
    constexpr int kLiveMaxStep = 20;
    LayoutControl &control = *in.control;
    const int m = int(c.nodes.size());
    // Components of one input start differently, and the same every time.
    ForceStep forces(m, c.edges, freshIterations(m), in.seed ^ quint32(c.nodes.constFirst()));
    forces.setReach(ForceStep::kGridReach);
    const int step = std::clamp(kLiveWork / int(m + c.edges.size()), 1, kLiveMaxStep);
    // Every step the picture is shown as wide as its boxes need (spread()'s first measure, fast);
    // every this many steps one also measures how much further the crowded nodes need (spread()'s
    // second, in place of an iteration): the user watches nodes with about the room they will
    // have at the end, not a carpet.
    constexpr int kMeasureEvery = 10;
    const double room = boxArea(c.nodes, provisional, in.gap);
    double crowding = 1.0;
    QList<QPointF> pos(m);
    Units units;
    QHash<int, int> localOf;
    bool frozen = false;
    for (int s = 0; !forces.isFinished(); ++s) {
        // The first step always shows (a layout started while paused shows where it starts).
        if (s == 0 ? control.isCancelled() : !control.checkpoint())
            return false;
        const QHash<int, QPointF> pins = s > 0 ? control.pins() : QHash<int, QPointF>();
        if (!pins.isEmpty() && localOf.isEmpty()) {
            for (int k = 0; k < m; ++k)
                localOf.insert(c.nodes.at(k), k);
        }
        for (auto it = pins.cbegin(); it != pins.cend(); ++it) {
            if (const int k = localOf.value(it.key(), -1); k >= 0) {
                forces.pin(k, units.toLayout(it.value()));
                frozen = true;
            }
        }
        const bool measure = !frozen && s % kMeasureEvery == 0;
        forces.run(measure ? step - 1 : step);
        for (int k = 0; k < m; ++k)
            pos[k] = forces.position(k);
        if (!frozen) {
            units = Units::of(pos, c.edges, in.edgeLength);
            const double area = extentArea(pos) * units.scale * units.scale;
            units.scale *= std::clamp(fillFactor(room, area), 1.0, kMaxSpread);
            if (measure) {
                for (int k = 0; k < m; ++k)
                    out[c.nodes.at(k)] = units.toOutput(pos.at(k));
                crowding = spreadFactor(c.nodes, out, provisional, in.gap);
            }
            units.scale *= crowding;
        }
        if (control.progress) {
            QList<QPointF> now(m);
            for (int k = 0; k < m; ++k)
                now[k] = units.toOutput(pos.at(k));
            control.progress(c.nodes, now, double(forces.done()) / forces.iterations());
        }
    }
    placeFresh(in, c, pos, units, out, provisional);
    return true;
}

bool isLive(const LayoutInput &in, const Component &c)
{
    const qsizetype m = c.nodes.size();
    return in.control && !c.anchored && m >= in.control->liveFrom && m <= in.control->liveUpTo;
}

// Afresh: igraph's random start from the seeded generator, then scaled so the typical edge has
// the asked length. Called with igraph locked.
void layOutFresh(const LayoutInput &in, const Component &c, QList<QPointF> &out,
                 const QList<QRectF> &provisional)
{
    const int m = int(c.nodes.size());
    QList<QPointF> pos(m);
    QList<std::optional<QRectF>> bounds(m);
    FrOptions o;
    // Above this many nodes all-pairs repulsion costs far more than it adds to the picture.
    constexpr int kGridThreshold = 300;
    o.grid = m > kGridThreshold;
    o.iterations = freshIterations(m);
    if (!fruchtermanReingold(m, c.edges, pos, bounds, o)) {
        for (int k = 0; k < m; ++k) // a circle keeps the view usable if igraph failed
            pos[k] = QPointF(std::cos(k * 2 * M_PI / m), std::sin(k * 2 * M_PI / m)) * m;
    }
    placeFresh(in, c, pos, Units::of(pos, c.edges, in.edgeLength), out, provisional);
}

// From where the nodes are: known ones start there, the others beside a neighbour; pinned nodes
// do not move at all. Called with igraph locked.
void layOutFromKnown(const LayoutInput &in, const Component &c, QList<QPointF> &out)
{
    const int m = int(c.nodes.size());
    QList<QPointF> pos(m);
    QList<std::optional<QRectF>> bounds(m);
    QList<bool> known(m, false);
    int knownCount = 0;
    for (int k = 0; k < m; ++k) {
        const int i = c.nodes.at(k);
        const auto p = pinnedOf(in, i) ? pinnedOf(in, i) : startOf(in, i);
        if (p) {
            pos[k] = *p;
            known[k] = true;
            ++knownCount;
        }
    }
    // One igraph unit is the picture's own typical edge, so the layout neither shrinks
    // nor swells what the user sees (a dense graph was spread wider than edgeLength).
    QList<std::pair<int, int>> knownEdges;
    for (const auto &[a, b] : c.edges) {
        if (known.at(a) && known.at(b))
            knownEdges.append({ a, b });
    }
    const double typical = medianEdgeLength(pos, knownEdges);
    // With the grid variant repulsion only acts between near nodes, so an edge settles near this
    // length whatever the size of the graph (measured 1.07 to 1.14 units for 10 to 5,000 nodes):
    // units are converted with it.
    constexpr double kGridEdgeLength = 1.12;
    const double unit = (typical > 0 ? typical : in.edgeLength) / kGridEdgeLength;
    seedUnknown(pos, known, c, unit * kGridEdgeLength);
    for (QPointF &p : pos)
        p /= unit;
    // Share of a component whose positions are known for a re-layout to only nudge it, and how
    // far a known node may then move, in edge lengths.
    constexpr double kGentleShare = 0.5;
    constexpr double kLeash = 0.3;
    const bool gentle = double(knownCount) >= kGentleShare * m;
    const double leash = kLeash * in.edgeLength / unit;
    for (int k = 0; k < m; ++k) {
        const int i = c.nodes.at(k);
        if (pinnedOf(in, i))
            bounds[k] = QRectF(pos.at(k), QSizeF(0, 0));
        // A nudge: known nodes move within a short leash, so the picture stays the one
        // the user knows while newcomers settle in and gaps close.
        else if (gentle && startOf(in, i))
            bounds[k] = QRectF(pos.at(k) - QPointF(leash, leash), QSizeF(2 * leash, 2 * leash));
    }
    FrOptions o;
    o.useStart = true;
    o.grid = true;
    if (gentle) {
        o.temperature = 0.5;
        o.iterations = 150;
    }
    if (!fruchtermanReingold(m, c.edges, pos, bounds, o))
        return; // keep the seeded positions
    for (int k = 0; k < m; ++k)
        out[c.nodes.at(k)] = pos.at(k) * unit;
}

// Pinned nodes where the user put them, label sides, then no overlaps.
void finish(const LayoutInput &in, LayoutResult &result)
{
    QList<QPointF> &out = result.positions;
    const int n = int(out.size());
    QList<bool> fixed(n, false);
    for (int i = 0; i < n; ++i) {
        if (const auto p = pinnedOf(in, i)) {
            out[i] = *p;
            fixed[i] = true;
        }
    }
    // Nodes the user pinned while a live layout ran.
    const QHash<int, QPointF> pins = in.control ? in.control->pins() : QHash<int, QPointF>();
    for (auto it = pins.cbegin(); it != pins.cend(); ++it) {
        if (it.key() >= 0 && it.key() < n) {
            out[it.key()] = it.value();
            fixed[it.key()] = true;
        }
    }
    result.labelSides = chooseSides(in, out);
    if (in.skipOverlapRemoval)
        return;
    GraphLayout::removeOverlaps(out, boxesFor(in, n, result.labelSides), fixed, in.gap);
}

} // namespace

LayoutResult GraphLayout::compute(const LayoutInput &in)
{
    const int n = std::max(0, in.nodeCount);
    LayoutResult result;
    QList<QPointF> &out = result.positions;
    out.resize(n);
    if (n == 0)
        return result;
    if (in.overlapsOnly && in.start.size() >= n
        && std::all_of(in.start.cbegin(), in.start.cbegin() + n,
                       [](const auto &p) { return p.has_value(); })) {
        for (int i = 0; i < n; ++i)
            out[i] = *startOf(in, i);
        finish(in, result);
        return result;
    }
    const QList<Component> components = componentsOf(in, n);
    // Labels are placed once positions are known; below is close enough to size things before.
    const QList<QRectF> provisional = boxesFor(in, n, {});
    {
        std::unique_lock lock(GraphLayout::igraphMutex());
        // Failures are reported through return values; igraph's default handler would abort.
        igraph_set_error_handler(igraph_error_handler_ignore);
        igraph_set_warning_handler(igraph_warning_handler_ignore);
        igraph_rng_seed(igraph_rng_default(), in.seed);
        for (qsizetype ci = 0; ci < components.size() && !result.cancelled; ++ci) {
            const Component &c = components.at(ci);
            if (cancelled(in)) {
                result.cancelled = true;
            } else if (c.nodes.size() == 1) {
                const int i = c.nodes.constFirst();
                out[i] = startOf(in, i).value_or(pinnedOf(in, i).value_or(QPointF()));
            } else if (isLive(in, c)) {
                // Others may use igraph meanwhile (and its generator): seeded again after.
                lock.unlock();
                result.cancelled = !layOutLive(in, c, out, provisional);
                lock.lock();
                igraph_set_error_handler(igraph_error_handler_ignore);
                igraph_set_warning_handler(igraph_warning_handler_ignore);
                igraph_rng_seed(igraph_rng_default(), in.seed + quint32(ci));
            } else if (!c.anchored) {
                layOutFresh(in, c, out, provisional);
            } else {
                layOutFromKnown(in, c, out);
            }
        }
    }
    if (result.cancelled || cancelled(in)) {
        result.cancelled = true;
        return result;
    }
    // Pack the components laid out afresh in centred rows, largest first: beside one another
    // they read as separate groups and fill a landscape view instead of drifting apart.
    QList<QList<int>> fresh;
    QList<int> anchoredNodes;
    for (const Component &c : components) {
        if (c.anchored)
            anchoredNodes.append(c.nodes);
        else
            fresh.append(c.nodes);
    }
    std::stable_sort(fresh.begin(), fresh.end(),
                     [](const QList<int> &a, const QList<int> &b) { return a.size() > b.size(); });
    ComponentPacking::packInRows(fresh, anchoredNodes, out, provisional, in.edgeLength * 0.5);
    finish(in, result);
    return result;
}

} // namespace atlas
