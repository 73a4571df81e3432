// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// GraphScene's options for reading large graphs: node size by degree, colour by community, and
// communities collapsed into one node and expanded again.
#include "graphscene.h"

#include "edgeitem.h"
#include "graphstyle.h"
#include "layout/communities.h"
#include "nodeitem.h"

#include <QGraphicsPathItem>
#include <QPen>
#include <QVariantAnimation>

#include <algorithm>

namespace atlas {

namespace {
constexpr quint32 kCommunitySeed = 1; // any fixed value: the same data gives the same groups
const QLatin1String kCollapsedPrefix("community:");
} // namespace

void GraphScene::setSizedByDegree(bool on)
{
    if (on == m_sizeByDegree)
        return;
    m_sizeByDegree = on;
    if (on && m_sizeFromFile) {
        m_sizeFromFile = false;
        updateFileSizes();
    }
    for (NodeItem *n : std::as_const(m_nodes)) {
        if (n->memberCount() == 0)
            n->setSizedByDegree(on);
    }
    sortLabelOrder();
    // Nodes keep their places; where larger shapes now overlap, the layout makes room.
    requestLayout(LayoutMode::OverlapsOnly);
    Q_EMIT shownChanged();
}

void GraphScene::setColouredByCommunity(bool on)
{
    if (on == m_colourByCommunity)
        return;
    m_colourByCommunity = on;
    if (on)
        m_colourFromFile = false;
    updateFills();
    Q_EMIT shownChanged();
}

void GraphScene::ensureCommunities() const
{
    if (m_communitiesValid)
        return;
    m_communitiesValid = true;
    // The whole graph, as the layout sees it: communities do not change with the time window.
    QStringList ids;
    const LayoutInput in = layoutInput(true, &ids);
    const QList<int> membership = Communities::detect(in.nodeCount, in.edges, kCommunitySeed);
    m_community.clear();
    m_communityCount = 0;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const int c = membership.value(i, -1);
        m_community.insert(ids.at(i), c);
        m_communityCount = std::max(m_communityCount, c + 1);
    }
}

int GraphScene::communityOf(const QString &entityId) const
{
    ensureCommunities();
    return m_community.value(entityId, -1);
}

int GraphScene::communityCount() const
{
    ensureCommunities();
    return m_communityCount;
}

void GraphScene::updateFills()
{
    if (m_colourByCommunity)
        ensureCommunities();
    for (NodeItem *n : std::as_const(m_nodes)) {
        if (n->memberCount() == 0)
            n->setFillColor(fillFor(n));
    }
}

QColor GraphScene::fillFor(const NodeItem *node) const
{
    if (m_colourByCommunity)
        return GraphStyle::communityColor(m_community.value(node->id(), -1));
    return m_colourFromFile ? m_fileColours.value(node->id()) : QColor();
}

void GraphScene::sortLabelOrder()
{
    // Labels go to the largest nodes first: the hubs are what a reader looks for.
    m_labelOrder = m_nodes;
    std::stable_sort(
            m_labelOrder.begin(), m_labelOrder.end(),
            [](const NodeItem *a, const NodeItem *b) { return a->radius() > b->radius(); });
    m_labelScale = 0;
}

bool GraphScene::collapseCommunity(int community)
{
    ensureCommunities();
    if (community < 0 || community >= m_communityCount || m_collapsed.contains(community))
        return false;
    Collapsed k;
    for (NodeItem *n : std::as_const(m_nodes)) {
        if (n->memberCount() == 0 && n->isPlaced() && m_community.value(n->id(), -1) == community)
            k.members.append(n);
    }
    const int size = int(k.members.size());
    if (size < 2)
        return false;
    Entity e;
    e.id = kCollapsedPrefix + QString::number(community);
    e.kind = EntityKind::Alliance; // a hexagon: a group
    k.node = new NodeItem(e, size);
    k.node->setMemberCount(size);
    k.node->setSizedByDegree(true); // its area follows the number of members
    k.node->setFillColor(GraphStyle::communityColor(community));
    k.node->setLabel(tr("%n entities", "a collapsed community", size));
    k.node->setToolTip(
            tr("Community %1, collapsed: %n entities. Double-click it to expand it.", nullptr, size)
                    .arg(community + 1));
    addItem(k.node);
    QPen pen(QColor(0x6a, 0x6a, 0x6a), 2.4);
    pen.setCosmetic(true);
    k.lines = new QGraphicsPathItem;
    k.lines->setPen(pen);
    k.lines->setZValue(1);
    addItem(k.lines);
    m_nodes.append(k.node);
    m_itemsChanged = true;
    m_nodeById.insert(e.id, k.node);
    m_collapsed.insert(community, k);
    placeCollapsed();
    sortLabelOrder();
    updateShown();
    transition(true);
    return true;
}

bool GraphScene::expandCommunity(int community)
{
    if (!m_collapsed.contains(community))
        return false;
    removeCollapsed(community);
    updateShown();
    transition(true);
    return true;
}

void GraphScene::removeCollapsed(int community)
{
    const Collapsed k = m_collapsed.take(community);
    // Nothing may point at the node any more: running tweens, hover, keyboard focus.
    m_animation->stop();
    m_nodeTweens.clear();
    m_edgeTweens.clear();
    if (m_state->hovered() == k.node->id())
        clearHover();
    if (m_state->keyboardNode() == k.node->id())
        setKeyboardNode({});
    m_hoverNear.remove(k.node);
    m_nodes.removeOne(k.node);
    m_itemsChanged = true;
    m_labelOrder.removeOne(k.node);
    m_nodeById.remove(k.node->id());
    invalidateNodeIndex();
    delete k.node;
    delete k.lines;
}

// After an edit: members may have gone, and communities change with the graph.
void GraphScene::clearCommunities()
{
    for (int c : m_collapsed.keys())
        removeCollapsed(c);
    m_communitiesValid = false;
}

int GraphScene::collapsedCommunity(const QString &nodeId) const
{
    if (!nodeId.startsWith(kCollapsedPrefix))
        return -1;
    bool ok = false;
    const int c = nodeId.mid(kCollapsedPrefix.size()).toInt(&ok);
    return ok && m_collapsed.contains(c) ? c : -1;
}

int GraphScene::mergedEdgeCount(int community) const
{
    return m_collapsed.value(community).merged;
}

// A collapsed node sits at the middle of its members, wherever the layout put them.
void GraphScene::placeCollapsed()
{
    for (const Collapsed &k : std::as_const(m_collapsed)) {
        QPointF centre;
        for (const NodeItem *n : k.members)
            centre += n->home();
        centre /= qreal(k.members.size());
        k.node->setLayoutPos(centre);
        const bool first = !k.node->isPlaced();
        k.node->setHome(centre);
        if (first)
            k.node->setPos(centre);
    }
}

QHash<const NodeItem *, int> GraphScene::collapsedMembers() const
{
    QHash<const NodeItem *, int> out;
    for (auto it = m_collapsed.cbegin(); it != m_collapsed.cend(); ++it) {
        for (const NodeItem *n : it->members)
            out.insert(n, it.key());
    }
    return out;
}

// The relationships that pass the filters decide it: a collapsed community shows when one of its
// members' relationships passes, with one line to each node (or collapsed node) on the other end
// of such relationships, which shows as well. Under a neighbourhood focus collapsed nodes hide.
void GraphScene::showCollapsed(const QList<bool> &passes, bool focused,
                               QSet<const NodeItem *> *shown)
{
    const QHash<const NodeItem *, int> members = collapsedMembers();
    QSet<int> present;
    QHash<int, QSet<NodeItem *>> targets;
    for (qsizetype i = 0; i < m_edges.size() && !focused; ++i) {
        if (!passes.at(i))
            continue;
        EdgeItem *e = m_edges.at(i);
        NodeItem *from = e->source();
        NodeItem *to = e->dest();
        const int cf = members.value(from, -1);
        const int ct = members.value(to, -1);
        if (cf >= 0)
            present.insert(cf);
        if (ct >= 0)
            present.insert(ct);
        if (cf == ct)
            continue;
        if (cf >= 0)
            targets[cf].insert(ct >= 0 ? m_collapsed.value(ct).node : to);
        if (ct >= 0)
            targets[ct].insert(cf >= 0 ? m_collapsed.value(cf).node : from);
    }
    for (auto it = m_collapsed.begin(); it != m_collapsed.end(); ++it) {
        const bool on = present.contains(it.key());
        QPainterPath path;
        it->merged = 0;
        if (on) {
            shown->insert(it->node);
            for (NodeItem *target : targets.value(it.key())) {
                shown->insert(target);
                path.moveTo(it->node->home());
                path.lineTo(target->home());
                ++it->merged;
            }
        }
        it->lines->setPath(path);
        it->lines->setVisible(on);
    }
}

QList<const QGraphicsPathItem *> GraphScene::mergedLineItems() const
{
    QList<const QGraphicsPathItem *> out;
    for (const Collapsed &k : m_collapsed)
        out.append(k.lines);
    return out;
}

QStringList GraphScene::legendNotes() const
{
    QStringList notes;
    if (m_colourByCommunity)
        notes.append(tr("Colour: community (%n found); shape: kind", nullptr, communityCount()));
    // Short: the legend steps aside in a view less than three times its width. Where some nodes
    // keep their kind's colour, the legend's shapes show the kinds' colours too.
    if (m_colourFromFile && hasFileColours())
        notes.append(showsKindColours() ? tr("Colour: from the file, else kind")
                                        : tr("Colour: from the file; shape: kind"));
    if (m_sizeByDegree)
        notes.append(tr("Node area: number of relationships"));
    if (m_sizeFromFile && hasFileSizes())
        notes.append(tr("Node size: from the file"));
    if (!m_collapsed.isEmpty())
        notes.append(tr("Hexagon with a count: a collapsed community"));
    return notes;
}

} // namespace atlas
