// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationshipgraph.h"

#include <QSet>

#include <algorithm>
#include <utility>

namespace atlas {

RelationshipGraph::RelationshipGraph(const Dataset &data, const QDate &from, const QDate &to)
    : m_data(&data), m_from(from), m_to(to)
{
    for (qsizetype i = 0; i < data.relationships.size(); ++i) {
        if (data.relationships.at(i).isValidWithin(from, to))
            m_edges.append(int(i));
    }
}

void RelationshipGraph::link() const
{
    if (m_linked || !m_data)
        return;
    m_linked = true;
    for (int i : m_edges)
        link(m_data->relationships.at(i));
    listNodes();
}

void RelationshipGraph::listNodes() const
{
    m_nodes.clear();
    for (const auto &e : m_data->entities) {
        if (m_adjacency.contains(e.id))
            m_nodes.append(e.id);
    }
}

bool RelationshipGraph::link(const Relationship &r) const
{
    const bool fresh = !m_adjacency.contains(r.fromId) || !m_adjacency.contains(r.toId);
    m_adjacency[r.fromId].append(r.toId);
    m_adjacency[r.toId].append(r.fromId);
    return fresh;
}

bool RelationshipGraph::unlink(const Relationship &r)
{
    bool gone = false;
    for (const auto &[at, other] : { std::pair(r.fromId, r.toId), std::pair(r.toId, r.fromId) }) {
        const auto it = m_adjacency.find(at);
        if (it == m_adjacency.end())
            continue;
        it->removeOne(other);
        if (it->isEmpty()) {
            m_adjacency.erase(it);
            gone = true;
        }
    }
    return gone;
}

void RelationshipGraph::followEdit(const Dataset &data, const DataEdit &edit)
{
    const ListEdit<Relationship> &rels = edit.relationships;
    const bool entitiesMoved =
            !edit.entities.removed.isEmpty() || !edit.entities.inserted.isEmpty();
    if (m_data && rels.isEmpty() && !entitiesMoved) {
        m_data = &data;
        return;
    }
    if (!m_data
        || rels.removed.size() + rels.inserted.size() + rels.changed.size() > kMaxFollowed) {
        *this = RelationshipGraph(data, m_from, m_to);
        return;
    }
    m_data = &data;
    // Not linked yet: only the edges follow (the nodes are found when asked for).
    const auto valid = [&](const Relationship &r) {
        return m_linked && r.isValidWithin(m_from, m_to);
    };
    bool nodesMoved = entitiesMoved;
    QSet<int> changedRows; // rows after the edit of the changed relationships
    QList<int> added; // rows after the edit of relationships that are in the graph now
    for (const auto &[row, r] : rels.removed) {
        if (valid(r))
            nodesMoved = unlink(r) || nodesMoved;
    }
    for (const auto &[before, after] : rels.changed) {
        const int row = data.relationshipIndex(after.id);
        changedRows.insert(row);
        if (valid(before))
            nodesMoved = unlink(before) || nodesMoved;
        if (after.isValidWithin(m_from, m_to)) {
            if (m_linked)
                nodesMoved = link(after) || nodesMoved;
            added.append(row);
        }
    }
    for (const auto &[row, r] : rels.inserted) {
        if (r.isValidWithin(m_from, m_to)) {
            if (m_linked)
                nodesMoved = link(r) || nodesMoved;
            added.append(int(row));
        }
    }
    QList<int> edges;
    edges.reserve(m_edges.size() + added.size());
    for (int i : std::as_const(m_edges)) {
        const qsizetype j = rels.rowAfter(i);
        if (j >= 0 && !changedRows.contains(int(j)))
            edges.append(int(j));
    }
    edges.append(added);
    std::sort(edges.begin(), edges.end());
    m_edges = edges;
    if (nodesMoved && m_linked)
        listNodes();
}

int RelationshipGraph::degree(const QString &id) const
{
    link();
    const auto it = m_adjacency.constFind(id);
    return it == m_adjacency.cend() ? 0 : int(it->size());
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
    link();
    QStringList out;
    for (const auto &n : m_adjacency.value(id)) {
        if (!out.contains(n))
            out.append(n);
    }
    return out;
}

QSet<QString> RelationshipGraph::neighbourhood(const QString &id, int hops) const
{
    link();
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
