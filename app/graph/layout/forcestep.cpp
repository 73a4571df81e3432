// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "forcestep.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

namespace atlas {

namespace {

// SplitMix64: small, fast and the same on every platform (the standard distributions are not).
struct SplitMix
{
    std::uint64_t state;
    std::uint64_t next()
    {
        std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, 1).
    double unit() { return double(next() >> 11) * 0x1.0p-53; }
};

} // namespace

ForceStep::ForceStep(int nodeCount, const QList<std::pair<int, int>> &edges, int iterations,
                     quint32 seed)
    : m_n(std::max(0, nodeCount)),
      m_iterations(std::max(0, iterations)),
      m_startTemperature(std::sqrt(double(m_n)) / 10.0),
      m_x(m_n),
      m_y(m_n),
      m_dx(m_n),
      m_dy(m_n),
      m_pinned(m_n, 0),
      m_firstAdjacent(std::size_t(m_n) + 1, 0),
      m_keys(m_n),
      m_order(m_n),
      m_sx(m_n),
      m_sy(m_n)
{
    // Every cell with children has at least two, so there are fewer than two cells a node.
    m_cells.reserve(2 * std::size_t(m_n) + 1);
    // Adjacency: count, sum, fill (each edge in both rows, in the order given).
    auto valid = [this](int a, int b) { return a >= 0 && b >= 0 && a < m_n && b < m_n && a != b; };
    for (const auto &[a, b] : edges) {
        if (valid(a, b)) {
            ++m_firstAdjacent[a + 1];
            ++m_firstAdjacent[b + 1];
        }
    }
    for (int i = 0; i < m_n; ++i)
        m_firstAdjacent[i + 1] += m_firstAdjacent[i];
    m_adjacent.resize(m_firstAdjacent[m_n]);
    std::vector<int> fill(m_firstAdjacent.begin(), m_firstAdjacent.end() - 1);
    for (const auto &[a, b] : edges) {
        if (valid(a, b)) {
            m_adjacent[fill[a]++] = b;
            m_adjacent[fill[b]++] = a;
        }
    }
    // The start: at random over a square of about one node per unit of area, as igraph's.
    SplitMix random{ 0x5eed0000ULL ^ seed };
    const double side = std::sqrt(double(m_n));
    for (int i = 0; i < m_n; ++i) {
        m_x[i] = (random.unit() - 0.5) * side;
        m_y[i] = (random.unit() - 0.5) * side;
    }
}

double ForceStep::temperature() const
{
    if (isFinished())
        return 0.0;
    return m_startTemperature * double(m_iterations - m_done) / double(m_iterations);
}

void ForceStep::setPosition(int node, const QPointF &position)
{
    m_x[node] = position.x();
    m_y[node] = position.y();
}

void ForceStep::pin(int node, const QPointF &position)
{
    setPosition(node, position);
    m_pinned[node] = 1;
}

void ForceStep::run(int count)
{
    for (int k = 0; k < count && !isFinished(); ++k)
        iterate();
}

void ForceStep::iterate()
{
    if (m_n == 0) {
        ++m_done;
        return;
    }
    const double t = temperature();
    buildTree();
    repel();
    attract();
    move(t);
    ++m_done;
}

namespace {

// The 16 bits of v spread to the even bits of 32.
std::uint32_t spread16(std::uint32_t v)
{
    v = (v | (v << 8)) & 0x00ff00ffU;
    v = (v | (v << 4)) & 0x0f0f0f0fU;
    v = (v | (v << 2)) & 0x33333333U;
    v = (v | (v << 1)) & 0x55555555U;
    return v;
}

// Cells of at most this many nodes are not split further.
constexpr int kLeafSize = 8;
// Levels of the quadtree: nodes closer than the picture's size / 2^16 share a leaf.
constexpr int kLevels = 16;

} // namespace

// Nodes sorted along the Z-order curve of the picture's bounding square, then the tree over
// that order: a cell's children are the runs of its nodes in each quarter.
void ForceStep::buildTree()
{
    double minX = std::numeric_limits<double>::max();
    double minY = minX;
    double maxX = std::numeric_limits<double>::lowest();
    double maxY = maxX;
    for (int i = 0; i < m_n; ++i) {
        minX = std::min(minX, m_x[i]);
        maxX = std::max(maxX, m_x[i]);
        minY = std::min(minY, m_y[i]);
        maxY = std::max(maxY, m_y[i]);
    }
    m_side = std::max(maxX - minX, maxY - minY);
    if (!(m_side > 0) || !std::isfinite(m_side))
        m_side = 1; // one point, or (from non-finite pins only) nothing sensible
    const double scale = double(1 << kLevels) / m_side;
    constexpr double top = double((1 << kLevels) - 1);
    for (int i = 0; i < m_n; ++i) {
        const auto qx = std::uint32_t(std::clamp((m_x[i] - minX) * scale, 0.0, top));
        const auto qy = std::uint32_t(std::clamp((m_y[i] - minY) * scale, 0.0, top));
        const std::uint64_t code = (spread16(qy) << 1) | spread16(qx);
        m_keys[i] = (code << 32) | std::uint32_t(i);
    }
    std::sort(m_keys.begin(), m_keys.end());
    for (int s = 0; s < m_n; ++s) {
        const int i = int(m_keys[s] & 0xffffffffU);
        m_order[s] = i;
        m_sx[s] = m_x[i];
        m_sy[s] = m_y[i];
    }
    m_cells.clear();
    m_cells.push_back(Cell{ 0, 0, m_side, 0, 0, 0, 0, 0, m_n, -1, 0 });
    split(0, 0);
}

// Splits cell (at level, or deeper when all its nodes share one quarter) into its quarters that
// hold nodes, and sets its centre of mass. Returns the cell.
int ForceStep::split(int cell, int level)
{
    const int begin = m_cells[cell].begin;
    const int end = m_cells[cell].end;
    const std::uint64_t firstCode = m_keys[begin] >> 32;
    const std::uint64_t diff = firstCode ^ (m_keys[end - 1] >> 32);
    if (end - begin <= kLeafSize || diff == 0) {
        double x = 0;
        double y = 0;
        Cell &leaf = m_cells[cell];
        leaf.left = leaf.right = m_sx[begin];
        leaf.top = leaf.bottom = m_sy[begin];
        for (int s = begin; s < end; ++s) {
            x += m_sx[s];
            y += m_sy[s];
            leaf.left = std::min(leaf.left, m_sx[s]);
            leaf.right = std::max(leaf.right, m_sx[s]);
            leaf.top = std::min(leaf.top, m_sy[s]);
            leaf.bottom = std::max(leaf.bottom, m_sy[s]);
        }
        m_cells[cell].x = x / (end - begin);
        m_cells[cell].y = y / (end - begin);
        m_cells[cell].size = m_side / double(1 << level);
        return cell;
    }
    // The first level at which the cell's nodes part: the highest bit pair in which its first
    // and last codes differ (sorted, so all codes between share what those two share).
    const int highest = 31 - __builtin_clz(std::uint32_t(diff));
    const int at = (31 - highest) / 2;
    const int shift = 2 * (kLevels - 1 - at);
    m_cells[cell].size = m_side / double(1 << at);
    const int firstChild = int(m_cells.size());
    int from = begin;
    for (std::uint64_t quarter = 0; quarter < 4 && from < end; ++quarter) {
        // The end of this quarter's run: the first key whose quarter at this level is later.
        int to = from;
        while (to < end && ((m_keys[to] >> (32 + shift)) & 3U) == quarter)
            ++to;
        if (to > from) {
            m_cells.push_back(Cell{ 0, 0, 0, 0, 0, 0, 0, from, to, -1, 0 });
            from = to;
        }
    }
    const int children = int(m_cells.size()) - firstChild;
    m_cells[cell].firstChild = firstChild;
    m_cells[cell].children = children;
    double x = 0;
    double y = 0;
    double left = std::numeric_limits<double>::max();
    double top = left;
    double right = std::numeric_limits<double>::lowest();
    double bottom = right;
    for (int k = 0; k < children; ++k) {
        const Cell &child = m_cells[split(firstChild + k, at + 1)];
        const double mass = child.end - child.begin;
        x += child.x * mass;
        y += child.y * mass;
        left = std::min(left, child.left);
        right = std::max(right, child.right);
        top = std::min(top, child.top);
        bottom = std::max(bottom, child.bottom);
    }
    m_cells[cell].left = left;
    m_cells[cell].right = right;
    m_cells[cell].top = top;
    m_cells[cell].bottom = bottom;
    m_cells[cell].x = x / (end - begin);
    m_cells[cell].y = y / (end - begin);
    return cell;
}

// Every node pushes every other away with 1 / d: one by one within reach of the tree's opening
// rule, as a group's centre of mass beyond it. Each node sums its own forces (no scattered
// writes), in Z order so that consecutive nodes walk the same cells.
void ForceStep::repel()
{
    // Nodes on top of one another part in a direction of their own, so the result does not
    // depend on anything but the input.
    constexpr double tiny = 1e-18;
    constexpr double nudge = 1e-3;
    constexpr double theta2 = kTheta * kTheta;
    const double reach2 = m_reach * m_reach;
    const Cell *cells = m_cells.data();
    const double *sx = m_sx.data();
    const double *sy = m_sy.data();
    const int *order = m_order.data();
    // Deep enough for kLevels levels of up to three pending siblings each.
    constexpr int kStack = 4 * (kLevels + 2);
    int stack[kStack];
    for (int a = 0; a < m_n; ++a) {
        const double xa = sx[a];
        const double ya = sy[a];
        double fx = 0;
        double fy = 0;
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            const Cell &cell = cells[stack[--top]];
            // Out of reach: the nearest point of the cell's box is too far.
            const double ox = std::max({ cell.left - xa, 0.0, xa - cell.right });
            const double oy = std::max({ cell.top - ya, 0.0, ya - cell.bottom });
            if (ox * ox + oy * oy >= reach2)
                continue;
            const double dx = xa - cell.x;
            const double dy = ya - cell.y;
            const double d2 = dx * dx + dy * dy;
            const bool inside = a >= cell.begin && a < cell.end;
            if (!inside && cell.size * cell.size < theta2 * d2) {
                if (d2 >= reach2)
                    continue;
                const double f = double(cell.end - cell.begin) / d2;
                fx += dx * f;
                fy += dy * f;
            } else if (cell.firstChild >= 0) {
                for (int k = 0; k < cell.children; ++k)
                    stack[top++] = cell.firstChild + k;
            } else {
                for (int b = cell.begin; b < cell.end; ++b) {
                    if (b == a)
                        continue;
                    double ex = xa - sx[b];
                    double ey = ya - sy[b];
                    double e2 = ex * ex + ey * ey;
                    if (e2 >= reach2)
                        continue;
                    if (e2 < tiny) {
                        const int lo = std::min(order[a], order[b]);
                        const int hi = std::max(order[a], order[b]);
                        const double angle = double((lo * 7919LL + hi * 104729LL) % 6283) / 1000.0;
                        const double sign = order[a] == lo ? 1.0 : -1.0;
                        ex = sign * nudge * std::cos(angle);
                        ey = sign * nudge * std::sin(angle);
                        e2 = nudge * nudge;
                    }
                    fx += ex / e2;
                    fy += ey / e2;
                }
            }
        }
        m_dx[order[a]] = fx;
        m_dy[order[a]] = fy;
    }
}

// Every edge pulls its ends together with d² (each node sums its own row: no scattered writes).
void ForceStep::attract()
{
    for (int i = 0; i < m_n; ++i) {
        const double xi = m_x[i];
        const double yi = m_y[i];
        double fx = 0;
        double fy = 0;
        for (int e = m_firstAdjacent[i]; e < m_firstAdjacent[i + 1]; ++e) {
            const int j = m_adjacent[e];
            const double dx = m_x[j] - xi;
            const double dy = m_y[j] - yi;
            const double d = std::sqrt(dx * dx + dy * dy);
            fx += dx * d;
            fy += dy * d;
        }
        m_dx[i] += fx;
        m_dy[i] += fy;
    }
}

void ForceStep::move(double temperature)
{
    const double t2 = temperature * temperature;
    for (int i = 0; i < m_n; ++i) {
        if (m_pinned[i])
            continue;
        double dx = m_dx[i];
        double dy = m_dy[i];
        const double l2 = dx * dx + dy * dy;
        if (l2 > t2) {
            const double s = temperature / std::sqrt(l2);
            dx *= s;
            dy *= s;
        }
        m_x[i] += dx;
        m_y[i] += dy;
    }
}

} // namespace atlas
