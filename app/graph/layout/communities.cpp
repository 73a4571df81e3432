// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "communities.h"

#include "graphlayout.h"

#include <igraph.h>

#include <algorithm>
#include <mutex>
#include <numeric>

namespace atlas {

namespace {

// Renumbers communities by size, the largest first, ties by their first node.
QList<int> bySize(const QList<int> &membership)
{
    const int n = int(membership.size());
    const int count = n == 0 ? 0 : *std::max_element(membership.cbegin(), membership.cend()) + 1;
    QList<int> size(count, 0);
    QList<int> first(count, n);
    for (int i = 0; i < n; ++i) {
        ++size[membership.at(i)];
        first[membership.at(i)] = std::min(first.at(membership.at(i)), i);
    }
    QList<int> order(count);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return size.at(a) != size.at(b) ? size.at(a) > size.at(b) : first.at(a) < first.at(b);
    });
    QList<int> rank(count);
    for (int r = 0; r < count; ++r)
        rank[order.at(r)] = r;
    QList<int> out(n);
    for (int i = 0; i < n; ++i)
        out[i] = rank.at(membership.at(i));
    return out;
}

} // namespace

QList<int> Communities::detect(int nodeCount, const QList<std::pair<int, int>> &edges, quint32 seed)
{
    const int n = std::max(0, nodeCount);
    if (n == 0)
        return {};
    igraph_vector_int_t edgeList;
    if (igraph_vector_int_init(&edgeList, 0) != IGRAPH_SUCCESS)
        return {};
    for (const auto &[a, b] : edges) {
        if (a < 0 || b < 0 || a >= n || b >= n || a == b)
            continue;
        igraph_vector_int_push_back(&edgeList, a);
        igraph_vector_int_push_back(&edgeList, b);
    }
    QList<int> result;
    std::lock_guard lock(GraphLayout::igraphMutex());
    igraph_set_error_handler(igraph_error_handler_ignore);
    igraph_set_warning_handler(igraph_warning_handler_ignore);
    // Louvain visits nodes in a random order: seeded, the grouping is the same every time.
    igraph_rng_seed(igraph_rng_default(), seed);
    igraph_t graph;
    if (igraph_create(&graph, &edgeList, n, IGRAPH_UNDIRECTED) == IGRAPH_SUCCESS) {
        igraph_vector_int_t membership;
        if (igraph_vector_int_init(&membership, n) == IGRAPH_SUCCESS) {
            if (igraph_community_multilevel(&graph, nullptr, 1.0, &membership, nullptr, nullptr)
                == IGRAPH_SUCCESS) {
                result.resize(n);
                for (int i = 0; i < n; ++i)
                    result[i] = int(VECTOR(membership)[i]);
            }
            igraph_vector_int_destroy(&membership);
        }
        igraph_destroy(&graph);
    }
    igraph_vector_int_destroy(&edgeList);
    return bySize(result);
}

} // namespace atlas
