// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationshipgraph.h"

namespace atlas {

RelationshipGraph::RelationshipGraph(const Dataset &data, const QDate &from, const QDate &to)
    : m_data(&data)
{
    for (qsizetype i = 0; i < data.relationships.size(); ++i) {
        const auto &r = data.relationships.at(i);
        if (!r.isValidWithin(from, to))
            continue;
        m_edges.append(int(i));
        m_adjacency[r.fromId].append(r.toId);
        m_adjacency[r.toId].append(r.fromId);
    }
    for (const auto &e : data.entities) {
        if (m_adjacency.contains(e.id))
            m_nodes.append(e.id);
    }
}

bool RelationshipGraph::containsRelationship(const QString &relationshipId) const
{
    if (!m_data)
        return false;
    for (int i : m_edges) {
        if (m_data->relationships.at(i).id == relationshipId)
            return true;
    }
    return false;
}

QStringList RelationshipGraph::neighbours(const QString &id) const
{
    QStringList out;
    for (const auto &n : m_adjacency.value(id)) {
        if (!out.contains(n))
            out.append(n);
    }
    return out;
}

QSet<QString> RelationshipGraph::neighbourhood(const QString &id, int hops) const
{
    QSet<QString> seen;
    if (!m_adjacency.contains(id))
        return seen;
    seen.insert(id);
    QStringList frontier{ id };
    for (int h = 0; h < hops && !frontier.isEmpty(); ++h) {
        QStringList next;
        for (const auto &n : frontier) {
            for (const auto &m : m_adjacency.value(n)) {
                if (!seen.contains(m)) {
                    seen.insert(m);
                    next.append(m);
                }
            }
        }
        frontier = next;
    }
    return seen;
}

} // namespace atlas
