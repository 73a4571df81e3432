// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataedit.h"
#include "dataset.h"

#include <QHash>
#include <QSet>

namespace atlas {

// The relationships valid in a time window as an adjacency structure: what the company graph
// draws and what neighbourhood focus walks. Pure; rebuilt cheaply when the window changes (only
// the valid relationships are found then; the nodes and their neighbours the first time they are
// asked for, which a time-window step of the graph never does), and brought up to date by
// followEdit() after an edit of a few records. Lazy, so not for use from several threads.
class RelationshipGraph
{
public:
    RelationshipGraph() = default;
    // An invalid from/to leaves that side of the window open.
    RelationshipGraph(const Dataset &data, const QDate &from, const QDate &to);

    // Entity ids with at least one valid relationship, in dataset order.
    const QStringList &nodes() const
    {
        link();
        return m_nodes;
    }
    // Indexes into Dataset::relationships of the valid relationships.
    const QList<int> &edges() const { return m_edges; }
    bool containsNode(const QString &id) const
    {
        link();
        return m_adjacency.contains(id);
    }
    bool containsRelationship(const QString &relationshipId) const;
    // Neighbours regardless of direction.
    QStringList neighbours(const QString &id) const;
    // Relationships at id (a relationship of id with itself counts twice).
    int degree(const QString &id) const;

    // The graph of data after edit, from this graph of the data before it: the same as
    // RelationshipGraph(data, from, to), at the cost of the records the edit touched (an edit of
    // more than kMaxFollowed relationships, or of a graph never built, is rebuilt whole).
    void followEdit(const Dataset &data, const DataEdit &edit);
    static constexpr qsizetype kMaxFollowed = 256;
    // Every node within `hops` steps of id (id included); empty when id is not in the graph.
    QSet<QString> neighbourhood(const QString &id, int hops) const;

private:
    // Builds the nodes and their neighbours from the edges, once.
    void link() const;
    void listNodes() const;
    // Whether a node came (its first relationship did).
    bool link(const Relationship &r) const;
    // Whether a node went (its last relationship did).
    bool unlink(const Relationship &r);

    const Dataset *m_data = nullptr;
    QDate m_from;
    QDate m_to;
    QList<int> m_edges;
    mutable bool m_linked = false; // m_nodes and m_adjacency are built
    mutable QStringList m_nodes;
    mutable QHash<QString, QStringList> m_adjacency;
};

} // namespace atlas
