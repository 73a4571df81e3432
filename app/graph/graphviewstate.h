// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/kinds.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

namespace atlas {

// What a graph is asked to show, as indexes: a node per entity drawn, an edge per relationship
// drawn (its ends as node indexes).
struct ShownInput
{
    struct Node
    {
        EntityKind kind = EntityKind::Company;
        QString customKind; // the key of a user-defined kind, or empty
        bool placed = false; // it has a position (a layout reached it)
    };
    struct Edge
    {
        int source = -1;
        int dest = -1;
        RelationshipType type = RelationshipType::Partner;
        QString customType;
        bool inWindow = false; // valid in the time window
        bool collapsed = false; // an end is a member of a collapsed community
        int row = -1; // the relationship's row in the data (for the scene's own bookkeeping)
    };
    QList<Node> nodes;
    QList<Edge> edges;
    int focus = -1; // the node index of the focus, or -1
    bool focusInWindow = false; // the focus entity has a relationship in the time window
};

// What of it is shown.
struct ShownSets
{
    QList<bool> passes; // per edge: in the window, through the filters, both ends placed
    QList<bool> edges; // per edge: shown (passes, no collapsed end, within the focus)
    QList<bool> nodes; // per node: an end of a shown edge, or the focus itself
    QSet<int> within; // the focus and the nodes within its hops (empty without a focus)
    int edgeCount = 0; // shown edges
};

// The company graph's view state that is not the Document's: which kinds and relationship types
// are filtered out, the neighbourhood focus and its hops, the hovered node and the node keyboard
// navigation is on. It holds entity ids, not items, so it outlives rebuilds of the scene, and it
// computes what is shown from plain indexes (shown()), so it is tested without a scene.
// GraphScene owns one and follows its signals.
class GraphViewState : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    bool isKindShown(EntityKind kind) const { return !m_hiddenKinds.contains(kind); }
    bool isTypeShown(RelationshipType type) const { return !m_hiddenTypes.contains(type); }
    bool isCustomKindShown(const QString &key) const { return !m_hiddenCustomKinds.contains(key); }
    bool isCustomTypeShown(const QString &key) const { return !m_hiddenCustomTypes.contains(key); }
    void setKindShown(EntityKind kind, bool shown);
    void setTypeShown(RelationshipType type, bool shown);
    void setCustomKindShown(const QString &key, bool shown);
    void setCustomTypeShown(const QString &key, bool shown);
    // A node of this kind (built-in, or user-defined by key) passes the filters.
    bool passes(EntityKind kind, const QString &customKind) const;
    bool passes(RelationshipType type, const QString &customType) const;

    // The entity whose neighbourhood alone is shown (empty: everything), and how many
    // relationships away from it the neighbourhood reaches (at least 1).
    QString focus() const { return m_focus; }
    int hops() const { return m_hops; }
    void setFocus(const QString &entityId, int hops);

    QString hovered() const { return m_hovered; }
    void setHovered(const QString &entityId);
    QString keyboardNode() const { return m_keyboard; }
    void setKeyboardNode(const QString &entityId);

    // Forgets hover and keyboard node (their items are gone); filters and focus stay.
    void clearPointers();

    // What is shown of the input: the edges that pass (window, filters, placed ends), minus those
    // touching a collapsed community, and with a focus only those among the nodes within its hops,
    // walking the edges that pass; the nodes at their ends, and the focus itself when it passes
    // the filters, is placed and is in the window.
    ShownSets shown(const ShownInput &in) const;

Q_SIGNALS:
    void filtersChanged();
    // The focus or its hops changed; idChanged: the focus entity itself.
    void focusChanged(const QString &entityId, bool idChanged);
    void hoveredChanged(const QString &entityId);
    void keyboardNodeChanged(const QString &previous, const QString &current);

private:
    QSet<int> neighbourhood(const ShownInput &in, const QList<bool> &walkable) const;

    QSet<EntityKind> m_hiddenKinds;
    QSet<RelationshipType> m_hiddenTypes;
    QSet<QString> m_hiddenCustomKinds;
    QSet<QString> m_hiddenCustomTypes;
    QString m_focus;
    int m_hops = 1;
    QString m_hovered;
    QString m_keyboard;
};

} // namespace atlas
