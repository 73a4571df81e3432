// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>

#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

namespace atlas {

// Fruchterman–Reingold one iteration at a time, for a layout the user watches converge (a live
// layout reports its positions every few iterations). Lengths are in ideal edge lengths: an edge
// pulls its ends together with d², a node pushes every other within reach (setReach) away with
// 1 / d. Repulsion goes through a Barnes–Hut quadtree rebuilt every iteration, so it follows the
// moving nodes: a node meets the nodes near it one by one and a far group as one mass at its
// centre, cells out of reach not at all, about n log n visits an iteration however crowded the
// picture gets. (A uniform grid of cut-off cells, as igraph's, was measured first: a random graph
// of 10,000 nodes and 30,000 edges draws itself together until some 700 nodes share each node's
// 3 × 3 cells, 24 ms an iteration.) Each iteration moves a node at most the temperature, which
// cools linearly to zero over the run, as igraph's does. Plain arrays, no allocation after the
// first iteration, and the same input always gives the same positions (a seeded start, every sum
// in a fixed order). Pinned nodes never move.
class ForceStep
{
public:
    // A group of nodes whose cell is smaller than this share of its distance acts as one.
    static constexpr double kTheta = 1.0;

    // Nodes start spread at random (seeded) over a square of side √n; invalid edges (out of
    // range, loops) are left out. iterations is the whole run's length, over which it cools.
    ForceStep(int nodeCount, const QList<std::pair<int, int>> &edges, int iterations, quint32 seed);

    // Nodes farther apart than this do not push each other (infinite by default). With
    // kGridReach the pictures are those of igraph's grid variant, which the layout in one go
    // uses: a large graph draws itself together evenly and is then spread as a whole, where
    // repulsion from everywhere leaves a crowded middle and a sparse rim several times wider.
    void setReach(double reach) { m_reach = reach; }
    static constexpr double kGridReach = 2.0;

    int nodeCount() const { return m_n; }
    int iterations() const { return m_iterations; }
    int done() const { return m_done; }
    bool isFinished() const { return m_done >= m_iterations; }
    // The largest move of the next iteration (0 once finished).
    double temperature() const;

    QPointF position(int node) const { return QPointF(m_x[node], m_y[node]); }
    void setPosition(int node, const QPointF &position);
    // Puts a node there and keeps it there: it still pushes and pulls the others.
    void pin(int node, const QPointF &position);
    bool isPinned(int node) const { return m_pinned[node] != 0; }

    // Runs up to count more iterations (fewer when the run ends first).
    void run(int count);

private:
    // A cell of the quadtree: its nodes are m_order[begin .. end); the nodes of a cell with
    // children are those of its children, stored one after another from firstChild.
    struct Cell
    {
        double x = 0; // centre of mass
        double y = 0;
        double size = 0; // side of the square the cell covers
        double left = 0; // the bounding box of its nodes
        double right = 0;
        double top = 0;
        double bottom = 0;
        int begin = 0;
        int end = 0;
        int firstChild = -1; // -1: a leaf
        int children = 0;
    };

    void iterate();
    void buildTree();
    int split(int cell, int level);
    void repel();
    void attract();
    void move(double temperature);

    int m_n = 0;
    int m_iterations = 0;
    int m_done = 0;
    double m_startTemperature = 0;
    double m_reach = std::numeric_limits<double>::infinity();
    std::vector<double> m_x, m_y; // positions
    std::vector<double> m_dx, m_dy; // this iteration's displacement
    std::vector<unsigned char> m_pinned;
    // Adjacency in compressed rows: node i's neighbours are m_adjacent[m_firstAdjacent[i] ..
    // m_firstAdjacent[i + 1]).
    std::vector<int> m_firstAdjacent;
    std::vector<int> m_adjacent;
    // The quadtree: nodes sorted along a Z-order curve (m_keys: the curve's position above,
    // the node below), so every cell's nodes are one run of m_order and neighbours in space are
    // neighbours in memory; positions in that order too.
    double m_side = 0;
    std::vector<std::uint64_t> m_keys;
    std::vector<int> m_order;
    std::vector<double> m_sx, m_sy;
    std::vector<Cell> m_cells;
};

} // namespace atlas
