// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The layout's last phase, GraphLayout::removeOverlaps: rounds of pushes, then a spiral search
// for the few nodes the pushes leave in a knot.
#include "graphlayout.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace atlas {

namespace {

constexpr double kSlack = 2.0;

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

    // Overlapping pairs by a sweep along x: each box is only compared with those that start
    // before it ends. Pairs of two fixed boxes are left out and set *stuck.
    QList<std::pair<int, int>> overlappingPairs(bool *stuck) const
    {
        const int n = size();
        QList<std::pair<int, int>> pairs;
        QList<QRectF> rects(n);
        for (int i = 0; i < n; ++i)
            rects[i] = rectOf(i, positions.at(i));
        QList<int> order(n);
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            return rects.at(a).left() != rects.at(b).left()
                    ? rects.at(a).left() < rects.at(b).left()
                    : a < b;
        });
        for (int a = 0; a < n; ++a) {
            const int i = order.at(a);
            for (int b = a + 1; b < n; ++b) {
                const int j = order.at(b);
                if (rects.at(j).left() >= rects.at(i).right())
                    break;
                if (!rects.at(i).intersects(rects.at(j)))
                    continue;
                if (isFixed(i) && isFixed(j))
                    *stuck = true;
                else
                    pairs.append({ std::min(i, j), std::max(i, j) });
            }
        }
        return pairs;
    }

    // One round of simultaneous pushes: each overlapping pair moves apart along the axis that
    // needs the shorter move, half each (all of it for the free one beside a fixed one).
    void push(const QList<std::pair<int, int>> &pairs)
    {
        QList<QPointF> shift(size());
        for (const auto &[i, j] : pairs) {
            const QRectF ri = rectOf(i, positions.at(i));
            const QRectF rj = rectOf(j, positions.at(j));
            const double ox = std::min(ri.right(), rj.right()) - std::max(ri.left(), rj.left());
            const double oy = std::min(ri.bottom(), rj.bottom()) - std::max(ri.top(), rj.top());
            const QPointF d = rj.center() - ri.center();
            // Ties go by index, so the result is the same every time.
            QPointF push;
            if (ox < oy)
                push = QPointF((d.x() < 0 ? -1 : 1) * (ox + kSlack), 0);
            else
                push = QPointF(0, (d.y() < 0 ? -1 : 1) * (oy + kSlack));
            // Along the line between the centres as well, so knots open up instead of sliding.
            const double l = std::hypot(d.x(), d.y());
            if (l > 1e-6)
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

    void settleOnSpiral(const QList<std::pair<int, int>> &pairs);

    QList<QPointF> &positions;

private:
    const QList<QRectF> &m_boxes;
    const QList<bool> &m_fixed;
    double m_half;
};

// Each node of a pair that still overlaps (the free one) moves to the nearest free spot on a
// spiral around it, one at a time, against a grid of the nodes already settled.
void Boxes::settleOnSpiral(const QList<std::pair<int, int>> &pairs)
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
                }
            }
        }
        settle(i);
    }
}

} // namespace

bool GraphLayout::removeOverlaps(QList<QPointF> &positions, const QList<QRectF> &boxes,
                                 const QList<bool> &fixed, double gap)
{
    Boxes b(positions, boxes, fixed, gap);
    const int n = b.size();
    // First, rounds of simultaneous pushes: they keep the arrangement and settle almost every
    // overlap in a few rounds.
    const int rounds = n <= kLabelBoxLimit ? 40 : 10;
    bool stuck = false;
    for (int round = 0; round < rounds; ++round) {
        stuck = false;
        const QList<std::pair<int, int>> pairs = b.overlappingPairs(&stuck);
        if (pairs.isEmpty())
            return !stuck;
        b.push(pairs);
    }
    // What is left (dense knots where pushes go round in circles) is settled one node at a time.
    // This always ends, and with no overlap but between fixed nodes. In graphs too large to read
    // at 100 % the search would cost more than it gives: there the pushes are all.
    stuck = false;
    const QList<std::pair<int, int>> pairs = b.overlappingPairs(&stuck);
    if (pairs.isEmpty())
        return !stuck;
    if (n > kLabelBoxLimit)
        return false;
    b.settleOnSpiral(pairs);
    return !stuck;
}

} // namespace atlas
