// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <utility>

namespace atlas {

// Groups of densely linked nodes, by igraph's multilevel modularity optimisation (Louvain), on
// plain values like the layout, so it runs on any thread and a test checks it alone.
namespace Communities {

// The community of each node, numbered by size (0 is the largest; equal sizes by their first
// node), so the same graph always gets the same numbers, and the same seed the same grouping.
// A node without relationships is a community of its own. Empty when igraph fails (memory).
QList<int> detect(int nodeCount, const QList<std::pair<int, int>> &edges, quint32 seed = 1);

} // namespace Communities
} // namespace atlas
