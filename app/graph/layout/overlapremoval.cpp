// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "overlapremoval.h"

#include "graphlayout.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {

// A uniform grid over rectangles: each rectangle is listed in every cell it covers, the list
// sorted by cell, so the rectangles of one cell are neighbours in memory.
class SpatialHash
{
public:
    explicit SpatialHash(const QList<QRectF> &rects) : m_rects(rects)
    {
        const qsizetype n = rects.size();
        if (n == 0)
            return;
        // Cells about the size of a typical box: a box covers at most a few cells, a cell holds
        // a few boxes; one large label box covers more cells, not every cell more boxes.
        QList<double> sizes(n);
        for (qsizetype i = 0; i < n; ++i)
            sizes[i] = std::max(rects.at(i).width(), rects.at(i).height());
        const auto mid = sizes.begin() + n / 2;
        std::nth_element(sizes.begin(), mid, sizes.end());
        m_cell = std::max(1.0, *mid * 1.5);
        m_origin = QPointF(rects.at(0).left(), rects.at(0).top());
        for (const QRectF &r : rects)
            m_origin = QPointF(std::min(m_origin.x(), r.left()), std::min(m_origin.y(), r.top()));
        m_entries.reserve(n * 4);
        for (qsizetype i = 0; i < n; ++i) {
            const QRectF &r = rects.at(i);
            const qint64 x1 = column(r.right());
            const qint64 y1 = row(r.bottom());
            for (qint64 y = row(r.top()); y <= y1; ++y) {
                for (qint64 x = column(r.left()); x <= x1; ++x)
                    m_entries.append({ key(x, y), int(i) });
            }
        }
        std::sort(m_entries.begin(), m_entries.end());
    }

    // Each overlapping pair once: in the cell that holds the top-left corner of the two
    // rectangles' intersection, which both of them cover.
    QList<std::pair<int, int>> pairs() const
    {
        QList<std::pair<int, int>> out;
        const qsizetype m = m_entries.size();
        for (qsizetype begin = 0; begin < m;) {
            qsizetype end = begin + 1;
            while (end < m && m_entries.at(end).first == m_entries.at(begin).first)
                ++end;
            const quint64 cell = m_entries.at(begin).first;
            for (qsizetype a = begin; a < end; ++a) {
                const int i = m_entries.at(a).second;
                const QRectF &ri = m_rects.at(i);
                for (qsizetype b = a + 1; b < end; ++b) {
                    const int j = m_entries.at(b).second;
                    const QRectF &rj = m_rects.at(j);
                    if (!ri.intersects(rj))
                        continue;
                    const double left = std::max(ri.left(), rj.left());
                    const double top = std::max(ri.top(), rj.top());
                    if (key(column(left), row(top)) == cell)
                        out.append({ std::min(i, j), std::max(i, j) });
                }
            }
            begin = end;
        }
        return out;
    }

private:
    qint64 column(double x) const { return qint64(std::floor((x - m_origin.x()) / m_cell)); }
    qint64 row(double y) const { return qint64(std::floor((y - m_origin.y()) / m_cell)); }
    static quint64 key(qint64 x, qint64 y) { return (quint64(y) << 32) | quint64(x & 0xffffffff); }

    const QList<QRectF> &m_rects;
    double m_cell = 1;
    QPointF m_origin;
    QList<std::pair<quint64, int>> m_entries;
};

class Boxes
{
public:
    Boxes(QList<QPointF> &positions, const QList<QRectF> &boxes, const QList<bool> &fixed,
          double gap)
        : positions(positions), m_boxes(boxes), m_fixed(fixed), m_half(std::max(0.0, gap) / 2)
    {
    }

    bool isFixed(int i) const { return i < m_fixed.size() && m_fixed.at(i); }
    QRectF rectOf(int i, const QPointF &p) const
    {
        return m_boxes.value(i).translated(p).adjusted(-m_half, -m_half, m_half, m_half);
    }
    int size() const { return int(positions.size()); }

    // Overlapping pairs where at least one node may move; *stuck is set when two fixed ones
    // overlap.
    QList<std::pair<int, int>> overlappingPairs(bool *stuck) const
    {
        QList<QRectF> rects(size());
        for (int i = 0; i < size(); ++i)
            rects[i] = rectOf(i, positions.at(i));
        // In the order of the cells, the same every time: no need to sort them.
        QList<std::pair<int, int>> pairs = OverlapRemoval::overlappingPairs(rects, false);
        const auto bothFixed = [&](const std::pair<int, int> &p) {
            return isFixed(p.first) && isFixed(p.second);
        };
        const auto kept = std::remove_if(pairs.begin(), pairs.end(), bothFixed);
        *stuck = kept != pairs.end();
        pairs.erase(kept, pairs.end());
        return pairs;
    }

    // One round of simultaneous pushes: each overlapping pair moves apart along the axis that
    // needs the shorter move, half each (all of it for the free one beside a fixed one).
    void push(const QList<std::pair<int, int>> &pairs)
    {
        // A pair moves this much beyond its overlap, so the two end apart, not touching.
        constexpr double kSlack = 2.0;
        QList<QPointF> shift(size());
        for (const auto &[i, j] : pairs) {
            const QRectF ri = rectOf(i, positions.at(i));
            const QRectF rj = rectOf(j, positions.at(j));
            const double ox = std::min(ri.right(), rj.right()) - std::max(ri.left(), rj.left());
            const double oy = std::min(ri.bottom(), rj.bottom()) - std::max(ri.top(), rj.top());
            QPointF d = rj.center() - ri.center();
            // Two on the same spot part along a direction of their indexes, the same every time.
            if (std::abs(d.x()) < 1e-6 && std::abs(d.y()) < 1e-6)
                d = QPointF(std::cos(i * 2.4 + j), std::sin(i * 2.4 + j));
            QPointF push;
            if (ox < oy)
                push = QPointF((d.x() < 0 ? -1 : 1) * (ox + kSlack), 0);
            else
                push = QPointF(0, (d.y() < 0 ? -1 : 1) * (oy + kSlack));
            // Along the line between the centres as well, so knots open up instead of sliding.
            const double l = std::hypot(d.x(), d.y());
            push += d / l * (std::min(ox, oy) * 0.5);
            if (isFixed(i)) {
                shift[j] += push;
            } else if (isFixed(j)) {
                shift[i] -= push;
            } else {
                shift[j] += push / 2;
                shift[i] -= push / 2;
            }
        }
        for (int i = 0; i < size(); ++i)
            positions[i] += shift.at(i);
    }

    int settleOnSpiral(const QList<std::pair<int, int>> &pairs);
    double scaleIfCrowded(const QList<std::pair<int, int>> &pairs);

    QList<QPointF> &positions;

private:
    const QList<QRectF> &m_boxes;
    const QList<bool> &m_fixed;
    double m_half;
};

// Each node of a pair that still overlaps (the free one) moves to the nearest free spot on a
// spiral around it, one at a time, against a grid of the nodes already settled. Returns how
// many moved.
int Boxes::settleOnSpiral(const QList<std::pair<int, int>> &pairs)
{
    const int n = size();
    QList<bool> moving(n, false);
    for (const auto &[i, j] : pairs) {
        if (!isFixed(j))
            moving[j] = true;
        else
            moving[i] = true;
    }
    double cell = 1;
    for (int i = 0; i < n; ++i)
        cell = std::max({ cell, rectOf(i, {}).width(), rectOf(i, {}).height() });
    QHash<std::pair<int, int>, QList<int>> grid;
    auto cellsOf = [&](const QRectF &r, auto &&visit) {
        for (int cx = int(std::floor(r.left() / cell)); cx <= int(std::floor(r.right() / cell));
             ++cx) {
            for (int cy = int(std::floor(r.top() / cell)); cy <= int(std::floor(r.bottom() / cell));
                 ++cy) {
                if (!visit(std::pair<int, int>(cx, cy)))
                    return false;
            }
        }
        return true;
    };
    auto settle = [&](int i) {
        cellsOf(rectOf(i, positions.at(i)), [&](const std::pair<int, int> &c) {
            grid[c].append(i);
            return true;
        });
    };
    auto isFree = [&](int i, const QPointF &p) {
        const QRectF r = rectOf(i, p);
        return cellsOf(r, [&](const std::pair<int, int> &c) {
            const auto it = grid.constFind(c);
            if (it == grid.cend())
                return true;
            for (int j : *it) {
                if (r.intersects(rectOf(j, positions.at(j))))
                    return false;
            }
            return true;
        });
    };
    for (int i = 0; i < n; ++i) {
        if (!moving.at(i))
            settle(i);
    }
    const double step = std::max(4.0, cell / 6);
    int moved = 0;
    for (int i = 0; i < n; ++i) {
        if (!moving.at(i))
            continue;
        const QPointF origin = positions.at(i);
        bool placed = isFree(i, origin);
        for (int k = 1; !placed && k < 100000; ++k) {
            const double radius = k * step;
            const int samples = std::max(8, int(2 * M_PI * radius / step));
            for (int a = 0; a < samples && !placed; ++a) {
                const double angle = 2 * M_PI * a / samples;
                const QPointF candidate =
                        origin + QPointF(std::cos(angle), std::sin(angle)) * radius;
                if (isFree(i, candidate)) {
                    positions[i] = candidate;
                    placed = true;
                    ++moved;
                }
            }
        }
        settle(i);
    }
    return moved;
}

// When overlaps are everywhere (a layout far too tight for its boxes, nodes grown larger), local
// pushes would need as many rounds as the picture is wide to spread it: the free nodes are
// scaled about their centre instead, by as much as three in four overlapping pairs need. Scaling
// keeps the shape exactly, and as boxes keep their size while distances grow, it makes no new
// overlap. Returns the factor (1: nothing done).
double Boxes::scaleIfCrowded(const QList<std::pair<int, int>> &pairs)
{
    // Share of nodes in overlaps above which the picture is scaled, and the most it is scaled.
    constexpr double kCrowdedShare = 0.25;
    constexpr double kMaxScale = 50.0;
    // Fewer overlapping nodes than this are always left to the pushes, which move only them.
    constexpr int kCrowdedNodes = 50;
    // The share of overlapping pairs the scaling alone separates; the pushes see to the rest.
    constexpr double kScaleQuantile = 0.75;
    QList<bool> crowded(size(), false);
    int count = 0;
    QList<double> needed;
    needed.reserve(pairs.size());
    for (const auto &[i, j] : pairs) {
        for (int k : { i, j }) {
            count += crowded.at(k) ? 0 : 1;
            crowded[k] = true;
        }
        needed.append(OverlapRemoval::partingScale(rectOf(i, positions.at(i)),
                                                   rectOf(j, positions.at(j)), kMaxScale));
    }
    if (count < kCrowdedNodes || count < kCrowdedShare * size() || needed.isEmpty())
        return 1;
    const auto most = needed.begin() + qsizetype(kScaleQuantile * double(needed.size() - 1));
    std::nth_element(needed.begin(), most, needed.end());
    const double factor = std::clamp(*most * 1.02, 1.0, kMaxScale);
    QPointF centre;
    int free = 0;
    for (int i = 0; i < size(); ++i) {
        if (!isFixed(i)) {
            centre += positions.at(i);
            ++free;
        }
    }
    if (free == 0 || factor == 1.0)
        return 1;
    centre /= free;
    for (int i = 0; i < size(); ++i) {
        if (!isFixed(i))
            positions[i] = centre + (positions.at(i) - centre) * factor;
    }
    return factor;
}

} // namespace

QList<std::pair<int, int>> OverlapRemoval::overlappingPairs(const QList<QRectF> &rects, bool sorted)
{
    QList<std::pair<int, int>> pairs = SpatialHash(rects).pairs();
    if (sorted)
        std::sort(pairs.begin(), pairs.end());
    return pairs;
}

double OverlapRemoval::partingScale(const QRectF &a, const QRectF &b, double most)
{
    const QPointF d = b.center() - a.center();
    const double sx = std::abs(d.x()) > 1e-6 ? (a.width() + b.width()) / 2 / std::abs(d.x()) : most;
    const double sy =
            std::abs(d.y()) > 1e-6 ? (a.height() + b.height()) / 2 / std::abs(d.y()) : most;
    return std::min(sx, sy);
}

OverlapRemoval::Stats OverlapRemoval::run(QList<QPointF> &positions, const QList<QRectF> &boxes,
                                          const QList<bool> &fixed, double gap)
{
    // Rounds of pushes before the spiral search takes the rest: enough for almost every overlap
    // of a force layout to open up, few enough that a pass over 10,000 nodes stays a few
    // milliseconds; the picture is scaled first, and again every kRoundsPerScaling rounds.
    constexpr int kPushRounds = 40;
    constexpr int kRoundsPerScaling = 10;
    Boxes b(positions, boxes, fixed, gap);
    Stats stats;
    // Rounds of simultaneous pushes: they keep the arrangement and settle almost every overlap
    // in a few rounds.
    bool stuck = false;
    QList<std::pair<int, int>> pairs = b.overlappingPairs(&stuck);
    while (!pairs.isEmpty() && stats.passes < kPushRounds) {
        // While overlaps are everywhere, scaling opens the picture up faster than pushes can:
        // first, and again whenever ten rounds of pushes have not thinned them out.
        const double factor = stats.passes % kRoundsPerScaling == 0 ? b.scaleIfCrowded(pairs) : 1.0;
        if (factor != 1.0) {
            stats.scale *= factor;
            pairs = b.overlappingPairs(&stuck);
            if (pairs.isEmpty())
                break;
        }
        b.push(pairs);
        ++stats.passes;
        pairs = b.overlappingPairs(&stuck);
    }
    // What is left (dense knots where pushes go round in circles) is settled one node at a
    // time. This always ends, and with no overlap but between fixed nodes.
    if (!pairs.isEmpty())
        stats.settled = b.settleOnSpiral(pairs);
    stats.clean = !stuck;
    return stats;
}

bool GraphLayout::removeOverlaps(QList<QPointF> &positions, const QList<QRectF> &boxes,
                                 const QList<bool> &fixed, double gap)
{
    return OverlapRemoval::run(positions, boxes, fixed, gap).clean;
}

} // namespace atlas
