// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphscene.h"

#include "core/formatting.h"
#include "core/heap.h"
#include "edgebatchitem.h"
#include "edgeitem.h"
#include "graphstyle.h"
#include "layoutrunner.h"
#include "models/document.h"
#include "nodeitem.h"

#include <QEasingCurve>
#include <QGraphicsSceneHelpEvent>
#include <QGraphicsView>
#include <QToolTip>
#include <QtMath>
#include <QVariantAnimation>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace atlas {

namespace {
constexpr double kEdgeLength = 120;
constexpr double kGap = 12;
constexpr quint32 kSeed = 20240927; // any fixed value: the same data always gives the same picture
constexpr int kAnimationMs = 420;
constexpr qreal kParallelSpacing = 24;
// Zoomed out, labels are drawn at least this large on screen (the label font is 12 pixels).
constexpr qreal kMinLabelPixels = 10;
// Room kept free around a placed label, in screen pixels where labels are smallest.
constexpr qreal kLabelGap = 1.6;
// Above this many shown relationships edges are drawn plain (see isCrowded()).
constexpr int kCrowdedEdges = 3000;
// Changes animate only in a scene of at most this many items (the built-in data has about 140), and
// only when they move or fade at most kMaxAnimatedItems: each frame of a fade repaints the view,
// and a large graph would pay for a score of whole-scene frames per change (a time window moved
// over 2,000 companies: about 480 ms of CPU a step, against one frame at once).
constexpr int kMaxAnimatedScene = 400;
constexpr int kMaxAnimatedItems = 400;
// From how many relationships the items go on a heap of their own (heap.h: BuildingHeap).
constexpr qsizetype kItemsOnOwnHeapFrom = 2000;

// The ids of the shown items, in the items' order.
template <typename Item>
QStringList shownIds(const QList<Item *> &items)
{
    QStringList ids;
    for (const Item *item : items) {
        if (item->shownTarget())
            ids.append(item->id());
    }
    return ids;
}

// The values (kinds, types) that shown items have, in the order of allValues<T>().
template <typename T, typename Items, typename Item>
QList<T> shownValues(const Items &items, T (Item::*valueOf)() const)
{
    QSet<T> present;
    for (const Item *item : items) {
        if (item->shownTarget())
            present.insert((item->*valueOf)());
    }
    QList<T> out;
    for (T value : allValues<T>()) {
        if (present.contains(value))
            out.append(value);
    }
    return out;
}

// The definitions of the user-defined kinds (types) that shown items have, in definition order.
template <typename Items, typename Item>
QList<CustomType> shownCustom(const Items &items, const QList<CustomType> &defined,
                              const QString &(Item::*keyOf)() const)
{
    QSet<QString> present;
    for (const Item *item : items) {
        if (item->shownTarget() && !(item->*keyOf)().isEmpty())
            present.insert((item->*keyOf)());
    }
    QList<CustomType> out;
    for (const CustomType &t : defined) {
        if (present.contains(t.key))
            out.append(t);
    }
    return out;
}

const CustomType *customKindOf(const Dataset &data, const Entity &e)
{
    return e.kind == EntityKind::Custom ? data.types.kind(e.customKind) : nullptr;
}

const CustomType *customTypeOf(const Dataset &data, const Relationship &r)
{
    return r.type == RelationshipType::Custom ? data.types.relationshipType(r.customType) : nullptr;
}

QString pairKey(const QString &a, const QString &b)
{
    return a < b ? a + QLatin1Char('\n') + b : b + QLatin1Char('\n') + a;
}
} // namespace

GraphScene::GraphScene(const Document *document, QObject *parent)
    : QGraphicsScene(parent),
      m_document(document),
      m_language(document->language()),
      m_state(new GraphViewState(this)),
      m_layout(new LayoutScheduler(
              [this](bool fresh, QStringList *ids) { return layoutInput(fresh, ids); }, this)),
      m_animation(new QVariantAnimation(this))
{
    // Nodes move together during layouts and fades, and long edges span most of the scene: a BSP
    // index costs far more to keep (measured: seconds a frame at 10,000 nodes) than it saves.
    setItemIndexMethod(NoIndex);
    m_animation->setDuration(kAnimationMs);
    m_animation->setEasingCurve(QEasingCurve::OutCubic);
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    connect(m_animation, &QVariantAnimation::valueChanged, this,
            [this](const QVariant &v) { animationStep(v.toReal()); });
    connect(m_animation, &QVariantAnimation::finished, this, &GraphScene::animationFinished);
    connect(m_layout, &LayoutScheduler::resultReady, this, &GraphScene::applyLayout);
    connect(m_layout, &LayoutScheduler::progressed, this, &GraphScene::applyProgress);
    connect(m_layout, &LayoutScheduler::liveChanged, this, &GraphScene::liveLayoutChanged);

    connect(document, &Document::dataAboutToBeReset, this, [this] {
        m_removedPlacement.clear();
        m_graph = RelationshipGraph();
        m_wholeGraph = RelationshipGraph();
    });
    connect(m_state, &GraphViewState::filtersChanged, this, [this] {
        updateShown();
        transition(true);
    });
    connect(m_state, &GraphViewState::focusChanged, this,
            [this](const QString &, bool idChanged) { followFocus(idChanged); });
    connect(m_state, &GraphViewState::hoveredChanged, this, [this](const QString &id) {
        updateDimming(m_hoverAnnounce);
        Q_EMIT hoveredNodeChanged(id);
    });
    connect(m_state, &GraphViewState::keyboardNodeChanged, this, &GraphScene::followKeyboard);
    connect(document, &Document::dataReset, this, &GraphScene::rebuild);
    // An edit (no reset) changes only the items of what it touched; the picture stays.
    connect(document, &Document::applied, this, &GraphScene::followEdit);
    connect(document, &Document::applied, this, &GraphScene::followTypes);
    connect(document, &Document::timeWindowChanged, this, &GraphScene::updateWindow);
    connect(document, &Document::selectionChanged, this, &GraphScene::updateMarks);
    connect(document, &Document::nodePositionChanged, this, &GraphScene::nodePositionChanged);
    connect(document, &Document::languageChanged, this, [this] {
        if (!m_followLanguage || m_language == m_document->language())
            return;
        m_language = m_document->language();
        refreshTexts();
        requestLayout(LayoutMode::OverlapsOnly);
    });
    rebuild();
}

// Runs move (which sets positions of nodes), then brings each affected edge up to date once.
template <typename F>
void GraphScene::moveNodes(F &&move)
{
    QList<QPointF> before;
    before.reserve(m_nodes.size());
    for (const NodeItem *n : std::as_const(m_nodes))
        before.append(n->pos());
    m_movingNodes = true;
    move();
    m_movingNodes = false;
    QSet<EdgeItem *> stale;
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i)->pos() != before.at(i)) {
            for (EdgeItem *e : m_nodes.at(i)->edges())
                stale.insert(e);
        }
    }
    for (EdgeItem *e : std::as_const(stale))
        e->adjust();
}

GraphScene::~GraphScene()
{
    deleteItems();
}

// Before the scene's clear(), which deletes the items: nothing may point at them any more.
void GraphScene::deleteItems()
{
    m_animation->stop();
    m_nodeTweens.clear();
    m_edgeTweens.clear();
    m_edgesToSettle.clear();
    m_allEdgesToSettle = true;
    m_state->clearPointers();
    m_hoverItem = nullptr;
    m_hoverNear.clear();
}

void GraphScene::setLanguage(Language language)
{
    m_followLanguage = false;
    if (language == m_language)
        return;
    m_language = language;
    refreshTexts();
    requestLayout(LayoutMode::OverlapsOnly);
}

bool GraphScene::isAnimating() const
{
    return m_animation->state() == QAbstractAnimation::Running;
}

void GraphScene::rebuild()
{
    m_itemsChanged = true;
    m_batchingStale = true;
    deleteItems();
    clear();
    // The collapsed nodes went with the items; communities are found again when asked for.
    m_collapsed.clear();
    m_communitiesValid = false;
    m_nodeIndexValid = false;
    m_nodeIndex.clear();
    // The items of a large graph on a heap of their own, side by side (heap.h).
    std::optional<HeapWhileBuilding> itemsHeap;
    itemsHeap.emplace(m_document->data().relationships.size() >= kItemsOnOwnHeapFrom,
                      BuildingHeap::GraphItems);
    m_batch = new EdgeBatchItem(this);
    addItem(m_batch);
    m_nodes.clear();
    m_edges.clear();
    m_edgeRows.clear();
    m_nodeById.clear();
    m_edgeById.clear();
    m_markedNodes.clear();
    m_markedEdges.clear();
    m_state->clearPointers();
    m_hoverItem = nullptr;
    m_hoverNear.clear();
    m_laidOut = false;

    const Dataset &data = m_document->data();
    // Every relationship, whatever the time window: what the layout places (see below).
    m_wholeGraph = RelationshipGraph(data, QDate(), QDate());
    QHash<QString, int> degree;
    for (const Relationship &r : data.relationships) {
        ++degree[r.fromId];
        ++degree[r.toId];
    }
    for (const Entity &e : data.entities) {
        const int d = degree.value(e.id);
        if (d == 0)
            continue;
        auto *node = new NodeItem(e, d, customKindOf(data, e));
        node->setSizedByDegree(m_sizeByDegree);
        addItem(node);
        m_nodes.append(node);
        m_nodeById.insert(e.id, node);
    }
    QHash<QString, QList<EdgeItem *>> parallel;
    for (qsizetype i = 0; i < data.relationships.size(); ++i) {
        const Relationship &r = data.relationships.at(i);
        NodeItem *source = m_nodeById.value(r.fromId);
        NodeItem *dest = m_nodeById.value(r.toId);
        if (!source || !dest || source == dest)
            continue;
        auto *edge = new EdgeItem(r, source, dest, customTypeOf(data, r));
        addItem(edge);
        m_edges.append(edge);
        m_edgeRows.append(int(i));
        m_edgeById.insert(r.id, edge);
        parallel[pairKey(r.fromId, r.toId)].append(edge);
    }
    itemsHeap.reset();
    // Relationships between the same two entities fan out symmetrically; the sign follows the
    // id order so that reversed relationships bend the same way as the others.
    for (const QList<EdgeItem *> &group : std::as_const(parallel)) {
        if (group.size() < 2)
            continue;
        for (qsizetype k = 0; k < group.size(); ++k) {
            EdgeItem *e = group.at(k);
            const qreal sign = e->source()->id() < e->dest()->id() ? 1 : -1;
            e->setBend(sign * (qreal(k) - qreal(group.size() - 1) / 2) * kParallelSpacing);
        }
    }
    readFileLook();
    updateFileSizes();
    sortLabelOrder();
    updateFills();
    refreshTexts();
    // What is selected shows on the new items too.
    updateMarks();
    // The focus stays if its entity is still there (updateWindow() checks).
    updateWindow();
    // One layout of every relationship, whatever the window: moving the window then only shows
    // and hides, and a node keeps its place through time.
    requestLayout(LayoutMode::Fresh);
}

const Entity *GraphScene::entity(const QString &entityId) const
{
    return m_document->data().entity(entityId);
}

// An edit of entities or relationships changes the items of what it touched and nothing else:
// items of what it removed go (a removed node's place is kept for the edit's undo), items of
// what it added come, changed ones take their new kind, size, type and texts, and every other
// node stays where it is. Only a node with no known place asks for a layout, a gentle one that
// keeps the others where the user saw them. Edits of events alone leave the graph as it is.
void GraphScene::followEdit(const DataEdit &edit)
{
    if (edit.entities.isEmpty() && edit.relationships.isEmpty())
        return;
    m_itemsChanged = true;
    m_animation->stop();
    m_nodeTweens.clear();
    m_edgeTweens.clear();
    clearCommunities();
    const Dataset &data = m_document->data();
    QSet<QString> nodes; // entity ids whose node may come, go or change
    QSet<QString> stale; // relationships whose items go (removed, or their ends changed)
    QSet<QString> added; // relationships whose items come
    QSet<QString> pairs; // pairs of entities whose parallel edges fan out anew
    QList<std::pair<int, EdgeItem *>> changed; // row and item
    auto touch = [&](const Relationship &r) {
        nodes.insert(r.fromId);
        nodes.insert(r.toId);
        pairs.insert(pairKey(r.fromId, r.toId));
    };
    for (const auto &[row, r] : edit.relationships.removed) {
        stale.insert(r.id);
        touch(r);
    }
    for (const auto &[row, r] : edit.relationships.inserted) {
        added.insert(r.id);
        touch(r);
    }
    for (const auto &[before, after] : edit.relationships.changed) {
        if (before.fromId != after.fromId || before.toId != after.toId) {
            stale.insert(before.id);
            added.insert(after.id);
            touch(before);
            touch(after);
        } else if (EdgeItem *e = m_edgeById.value(after.id)) {
            changed.append({ data.relationshipIndex(after.id), e });
        }
    }
    nodes.unite(edit.entities.touchedIds());
    // The hover points at items that may go.
    if (!m_state->hovered().isEmpty())
        clearHover();

    removeEdgeItems(stale);
    // The rows of the relationships left move by the rows removed and inserted before them; those
    // before the first such row keep their number (m_edges is in row order).
    if (!edit.relationships.removed.isEmpty() || !edit.relationships.inserted.isEmpty()) {
        qsizetype first = std::numeric_limits<qsizetype>::max();
        if (!edit.relationships.removed.isEmpty())
            first = edit.relationships.removed.constFirst().first;
        if (!edit.relationships.inserted.isEmpty())
            first = std::min(first, edit.relationships.inserted.constFirst().first);
        for (auto it = std::lower_bound(m_edgeRows.begin(), m_edgeRows.end(), first);
             it != m_edgeRows.end(); ++it)
            *it = int(edit.relationships.rowAfter(*it));
    }
    // Every relationship, kept up to date: the degrees of the nodes and what the layout places.
    m_wholeGraph.followEdit(data, edit);
    bool unplaced = false;
    bool made = false;
    for (const QString &id : std::as_const(nodes))
        syncNode(id, &unplaced, &made);
    if (!edit.entities.isEmpty())
        followFileLook();
    // Nodes removed leave the others in order; nodes made were put last.
    if (made || unplaced) {
        // Nodes in data order, as rebuild() has them.
        QList<std::pair<int, NodeItem *>> order;
        order.reserve(m_nodes.size());
        for (NodeItem *n : std::as_const(m_nodes))
            order.append({ data.entityIndex(n->id()), n });
        std::sort(order.begin(), order.end());
        for (qsizetype i = 0; i < order.size(); ++i)
            m_nodes[i] = order.at(i).second;
    }
    QList<std::pair<int, EdgeItem *>> newEdges;
    for (const QString &id : std::as_const(added)) {
        const int i = data.relationshipIndex(id);
        if (i < 0)
            continue;
        const Relationship &r = data.relationships.at(i);
        NodeItem *source = m_nodeById.value(r.fromId);
        NodeItem *dest = m_nodeById.value(r.toId);
        if (!source || !dest || source == dest)
            continue;
        auto *edge = new EdgeItem(r, source, dest, customTypeOf(data, r));
        addItem(edge);
        // Batched unless exporting: a new edge is not yet hovered or selected.
        edge->updateBatched();
        newEdges.append({ i, edge });
        m_edgeById.insert(r.id, edge);
    }
    insertEdgeItems(std::move(newEdges));
    for (const auto &[row, e] : std::as_const(changed)) {
        const Relationship &r = data.relationships.at(row);
        e->setRelationship(r, customTypeOf(data, r));
    }
    updateBends(pairs, nodes);
    // Names show in the nodes' labels (tooltips are composed when shown: toolTipOf()).
    for (const QString &id : std::as_const(nodes)) {
        if (NodeItem *n = m_nodeById.value(id))
            refreshNodeText(n);
    }
    m_labelOrder = m_nodes;
    std::stable_sort(
            m_labelOrder.begin(), m_labelOrder.end(),
            [](const NodeItem *a, const NodeItem *b) { return a->radius() > b->radius(); });
    m_nodeIndexValid = false;
    m_labelScale = 0;
    updateSceneRect();
    updateMarks();
    updateWindow();
    if (unplaced)
        requestLayout(LayoutMode::Gentle);
}

void GraphScene::insertEdgeItems(QList<std::pair<int, EdgeItem *>> added)
{
    if (added.isEmpty())
        return;
    std::sort(added.begin(), added.end());
    // One merge from the back: the rows kept and the rows added, both in order.
    qsizetype k = m_edges.size();
    qsizetype n = added.size();
    m_edges.resize(k + n);
    m_edgeRows.resize(k + n);
    for (qsizetype to = k + n; n > 0;) {
        --to;
        if (k > 0 && m_edgeRows.at(k - 1) > added.at(n - 1).first) {
            --k;
            m_edges[to] = m_edges.at(k);
            m_edgeRows[to] = m_edgeRows.at(k);
        } else {
            --n;
            m_edgeRows[to] = added.at(n).first;
            m_edges[to] = added.at(n).second;
        }
    }
}

void GraphScene::removeEdgeItems(const QSet<QString> &ids)
{
    if (ids.isEmpty())
        return;
    // The items by id; then one pass that compares pointers with those few.
    QSet<const EdgeItem *> gone;
    for (const QString &id : ids) {
        if (EdgeItem *e = m_edgeById.take(id))
            gone.insert(e);
    }
    if (gone.isEmpty())
        return;
    qsizetype kept = 0;
    for (qsizetype k = 0; k < m_edges.size(); ++k) {
        if (gone.contains(m_edges.at(k)))
            continue;
        m_edges[kept] = m_edges.at(k);
        m_edgeRows[kept] = m_edgeRows.at(k);
        ++kept;
    }
    m_edges.resize(kept);
    m_edgeRows.resize(kept);
    m_edgesToSettle.clear(); // the next transition sees to every edge
    m_allEdgesToSettle = true;
    for (const EdgeItem *item : std::as_const(gone)) {
        auto *e = const_cast<EdgeItem *>(item);
        e->source()->removeEdge(e);
        e->dest()->removeEdge(e);
        // An item with no contents repaints nothing as it goes: the batch repaints where it was.
        if (e->isBatched() && e->isVisible())
            updateBatch(e->boundingRect());
        removeItem(e);
        delete e;
    }
}

// The node of an entity after an edit: gone when the entity is or has no relationship left,
// made when it appears (where it was, when an edit took it away before), else brought up to date.
void GraphScene::syncNode(const QString &id, bool *unplaced, bool *made)
{
    const Entity *e = entity(id);
    const int d = e ? m_wholeGraph.degree(id) : 0;
    NodeItem *node = m_nodeById.value(id);
    if (d == 0) {
        if (!node)
            return;
        if (node->isPlaced())
            m_removedPlacement.insert(id, { node->layoutPos(), node->labelSide() });
        const QList<EdgeItem *> edges = node->edges();
        QSet<QString> left;
        for (const EdgeItem *edge : edges)
            left.insert(edge->id());
        removeEdgeItems(left);
        m_nodeById.remove(id);
        m_nodes.removeOne(node);
        m_labelOrder.removeOne(node);
        removeItem(node);
        delete node;
        return;
    }
    if (node) {
        node->setEntity(*e, d, customKindOf(m_document->data(), *e));
        return;
    }
    node = new NodeItem(*e, d, customKindOf(m_document->data(), *e));
    node->setSizedByDegree(m_sizeByDegree);
    applyFileLook(node);
    addItem(node);
    m_nodes.append(node);
    m_nodeById.insert(id, node);
    *made = true;
    const auto it = m_removedPlacement.constFind(id);
    if (it == m_removedPlacement.cend()) {
        *unplaced = true;
        return;
    }
    node->setLayoutPos(it->layoutPos);
    node->setLabelSide(it->labelSide);
    node->setHome(homeFor(node));
    node->setPos(node->home());
    m_removedPlacement.erase(it);
}

// Relationships between the same two entities fan out symmetrically; the sign follows the id
// order so that reversed relationships bend the same way as the others. pairs: pairKey()s of
// entities among nodes, whose items hold every edge of those pairs.
void GraphScene::updateBends(const QSet<QString> &pairs, const QSet<QString> &nodes)
{
    if (pairs.isEmpty())
        return;
    QSet<EdgeItem *> edges;
    for (const QString &id : nodes) {
        if (const NodeItem *n = m_nodeById.value(id)) {
            for (EdgeItem *e : n->edges())
                edges.insert(e);
        }
    }
    QHash<QString, QList<EdgeItem *>> groups;
    for (EdgeItem *e : std::as_const(edges)) {
        const QString key = pairKey(e->source()->id(), e->dest()->id());
        if (pairs.contains(key))
            groups[key].append(e);
    }
    for (QList<EdgeItem *> &group : groups) {
        // In data order, as rebuild() fans them out.
        const Dataset &data = m_document->data();
        std::sort(group.begin(), group.end(), [&data](const EdgeItem *a, const EdgeItem *b) {
            return data.relationshipIndex(a->id()) < data.relationshipIndex(b->id());
        });
        for (qsizetype k = 0; k < group.size(); ++k) {
            EdgeItem *e = group.at(k);
            const qreal sign = e->source()->id() < e->dest()->id() ? 1 : -1;
            e->setBend(group.size() < 2 ? 0
                                        : sign * (qreal(k) - qreal(group.size() - 1) / 2)
                                       * kParallelSpacing);
        }
    }
}

// Positions come from the layout of the whole data (see rebuild()): a new window only shows,
// hides and fades, and never asks for a layout.
void GraphScene::updateWindow()
{
    m_graph = m_document->graph();
    m_inWindow = QList<bool>(m_document->data().relationships.size(), false);
    for (int i : m_graph.edges())
        m_inWindow[i] = true;
    if (!m_state->focus().isEmpty() && !m_graph.containsNode(m_state->focus())) {
        // Followed below, once with the window.
        const QSignalBlocker quiet(m_state);
        m_state->setFocus({}, m_state->hops());
        Q_EMIT focusNodeChanged({});
    }
    updateShown();
    transition(true);
}

void GraphScene::refreshTexts()
{
    for (NodeItem *node : std::as_const(m_nodes))
        refreshNodeText(node);
}

void GraphScene::refreshNodeText(NodeItem *node)
{
    if (const Entity *e = entity(node->id()))
        node->setLabel(e->name.text(m_language));
}

QString GraphScene::toolTipOf(const QGraphicsItem *item) const
{
    const Dataset &data = m_document->data();
    if (item->type() == NodeItem::Type) {
        const Entity *e = entity(static_cast<const NodeItem *>(item)->id());
        if (!e) // a collapsed community: its own text
            return item->toolTip();
        const Language other =
                m_language == Language::Korean ? Language::English : Language::Korean;
        QString tip = QStringLiteral("<b>%1</b>").arg(e->name.text(m_language).toHtmlEscaped());
        if (e->name.text(other) != e->name.text(m_language))
            tip += QStringLiteral(" (%1)").arg(e->name.text(other).toHtmlEscaped());
        tip += QStringLiteral("<br>") + kindLabel(*e, data.types).toHtmlEscaped();
        if (!e->ticker.isEmpty())
            tip += QStringLiteral(" · ") + e->ticker.toHtmlEscaped();
        return tip;
    }
    if (item->type() != EdgeItem::Type)
        return item->toolTip();
    const int index = data.relationshipIndex(static_cast<const EdgeItem *>(item)->id());
    if (index < 0 || index >= data.relationships.size())
        return {};
    const Relationship &r = data.relationships.at(index);
    const Entity *from = entity(r.fromId);
    const Entity *to = entity(r.toId);
    QString tip = tr("%1 %2 %3")
                          .arg(from ? from->name.text(m_language) : r.fromId,
                               typeLabel(r, data.types), to ? to->name.text(m_language) : r.toId);
    if (!r.spells.isEmpty())
        tip += QLatin1Char('\n') + tr("Valid %1").arg(Format::intervals(r.spells, m_language));
    else if (r.validFrom.isValid() && r.validUntil.isValid())
        tip += QLatin1Char('\n')
                + tr("From %1 until %2")
                          .arg(Format::date(r.validFrom, m_language),
                               Format::date(r.validUntil, m_language));
    else if (r.validFrom.isValid())
        tip += QLatin1Char('\n') + tr("From %1").arg(Format::date(r.validFrom, m_language));
    else if (r.validUntil.isValid())
        tip += QLatin1Char('\n') + tr("Until %1").arg(Format::date(r.validUntil, m_language));
    return tip;
}

void GraphScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    // The items under the pointer as the view shows them, topmost first (as QGraphicsScene's own
    // help event finds them); the first with a text shows it.
    QWidget *viewport = event->widget();
    const auto *view =
            viewport ? qobject_cast<const QGraphicsView *>(viewport->parentWidget()) : nullptr;
    QList<QGraphicsItem *> under;
    if (view) {
        const QRectF pixel(QPointF(viewport->mapFromGlobal(event->screenPos())), QSizeF(1, 1));
        const QTransform toView = view->viewportTransform();
        under = items(toView.inverted().map(pixel), Qt::IntersectsItemShape, Qt::DescendingOrder,
                      toView);
    } else {
        under = items(event->scenePos(), Qt::IntersectsItemShape, Qt::DescendingOrder);
    }
    QString text;
    for (const QGraphicsItem *item : std::as_const(under)) {
        text = toolTipOf(item);
        if (!text.isEmpty())
            break;
    }
    QToolTip::showText(event->screenPos(), text, viewport);
    event->setAccepted(!text.isEmpty());
}

LayoutInput GraphScene::layoutInput(bool fresh, QStringList *ids) const
{
    LayoutInput in;
    in.seed = kSeed;
    in.edgeLength = kEdgeLength;
    in.gap = kGap;
    // The whole data, not the window's: see rebuild().
    QHash<QString, int> index;
    for (const QString &id : m_wholeGraph.nodes()) {
        const NodeItem *node = m_nodeById.value(id);
        if (!node)
            continue;
        index.insert(id, int(ids->size()));
        ids->append(id);
        in.shapes.append(node->shapeRect());
        in.labels.append(node->labelSize());
        in.start.append(!fresh && node->isPlaced() ? std::optional<QPointF>(node->home())
                                                   : std::nullopt);
        in.pinned.append(m_document->nodePosition(id));
    }
    in.nodeCount = int(ids->size());
    const Dataset &data = m_document->data();
    for (int e : m_wholeGraph.edges()) {
        const Relationship &r = data.relationships.at(e);
        const int a = index.value(r.fromId, -1);
        const int b = index.value(r.toId, -1);
        const EdgeItem *item = m_edgeById.value(r.id);
        if (a >= 0 && b >= 0 && item) {
            in.edges.append({ a, b });
            in.bends.append(item->bend());
        }
    }
    return in;
}

void GraphScene::relayout()
{
    requestLayout(LayoutMode::Fresh);
}

void GraphScene::applyLayout(const QStringList &ids, const LayoutResult &result)
{
    const QList<QPointF> &positions = result.positions;
    moveNodes([&] {
        for (qsizetype i = 0; i < ids.size() && i < positions.size(); ++i) {
            NodeItem *node = m_nodeById.value(ids.at(i));
            if (!node)
                continue;
            const bool first = !node->isPlaced();
            node->setLabelSide(result.labelSides.value(i, LabelSide::Below));
            node->setLayoutPos(positions.at(i));
            node->setHome(homeFor(node));
            // A node seen for the first time fades in where it belongs instead of flying in.
            if (first)
                node->setPos(node->home());
        }
    });
    placeCollapsed();
    updateSceneRect();
    updateShown();
    const bool animate = m_laidOut;
    m_laidOut = true;
    Q_EMIT layoutApplied();
    transition(animate); // says settled() when there is nothing to animate
}

// A step of a live layout: the nodes it reports move straight there (the first step places them),
// except one the user is dragging; nodes the user pinned stay at their pins.
void GraphScene::applyProgress(const QStringList &ids, const QList<int> &nodes,
                               const QList<QPointF> &positions, double done)
{
    bool placed = false;
    moveNodes([&] {
        for (qsizetype k = 0; k < nodes.size() && k < positions.size(); ++k) {
            NodeItem *node = m_nodeById.value(ids.value(nodes.at(k)));
            if (!node || node->isDragging())
                continue;
            placed = placed || !node->isPlaced();
            node->setLayoutPos(positions.at(k));
            node->setHome(homeFor(node));
            node->setPos(node->home());
        }
    });
    if (placed)
        updateShown();
    updateSceneRect();
    // Nearly every line moved: one repaint of the batch instead of thousands of small regions.
    m_batch->update();
    // The finished layout then moves on from what the user watched instead of appearing at once.
    m_laidOut = true;
    transition(false);
    Q_EMIT liveLayoutProgressed(done);
}

QPointF GraphScene::homeFor(const NodeItem *node) const
{
    return m_document->nodePosition(node->id()).value_or(node->layoutPos());
}

void GraphScene::nodePositionChanged(const QString &entityId)
{
    NodeItem *node = m_nodeById.value(entityId);
    if (!node || !node->isPlaced())
        return;
    node->update(); // its pin mark
    node->setHome(homeFor(node));
    if (const auto pin = m_document->nodePosition(entityId))
        m_layout->pin(entityId, *pin);
    updateSceneRect();
    placeLabels();
    transition(true);
}

void GraphScene::setFocusNode(const QString &entityId, int hops)
{
    m_state->setFocus(m_nodeById.contains(entityId) ? entityId : QString(), hops);
}

void GraphScene::followFocus(bool idChanged)
{
    updateShown();
    transition(true);
    if (idChanged)
        Q_EMIT focusNodeChanged(m_state->focus());
}

const ShownInput &GraphScene::shownInput()
{
    ShownInput &in = m_shownInput;
    const QHash<const NodeItem *, int> collapsed = collapsedMembers();
    // Each node notes its number, and each edge reads its ends' (a hash of the nodes cost about a
    // millisecond an edit at 2,000 nodes). The numbers hold while the items do (m_itemsChanged).
    if (m_itemsChanged || in.nodes.size() != m_nodes.size() || in.edges.size() != m_edges.size()) {
        // Made again in the lists' own memory: new lists of 6,000 edges took some 150 page
        // faults (each first write to a page) in the first edit after opening.
        in.nodes.clear();
        in.edges.clear();
        in.nodes.reserve(m_nodes.size());
        for (NodeItem *n : std::as_const(m_nodes)) {
            n->setSlot(int(in.nodes.size()));
            in.nodes.append({ n->kind(), n->customKind(), false });
        }
        in.edges.reserve(m_edges.size());
        for (qsizetype k = 0; k < m_edges.size(); ++k) {
            const EdgeItem *e = m_edges.at(k);
            in.edges.append({ e->source()->slot(), e->dest()->slot(), e->relationshipType(),
                              e->customType(), false, false, m_edgeRows.at(k) });
        }
    }
    for (qsizetype i = 0; i < m_nodes.size(); ++i)
        in.nodes[i].placed = m_nodes.at(i)->isPlaced();
    // Each step of the time window reads the edges' rows from here, not from the items: 20,000
    // items scattered over the heap cost a cache miss each (17 ms a step at a million events in
    // the real window).
    for (ShownInput::Edge &edge : in.edges)
        edge.inWindow = edge.row < m_inWindow.size() && m_inWindow.at(edge.row);
    if (!collapsed.isEmpty()) {
        for (qsizetype i = 0; i < m_edges.size(); ++i) {
            const EdgeItem *e = m_edges.at(i);
            in.edges[i].collapsed =
                    collapsed.contains(e->source()) || collapsed.contains(e->dest());
        }
    } else {
        for (ShownInput::Edge &edge : in.edges)
            edge.collapsed = false;
    }
    in.focus = -1;
    if (const NodeItem *focus = m_nodeById.value(m_state->focus()))
        in.focus = focus->slot();
    in.focusInWindow = in.focus >= 0 && m_graph.containsNode(m_state->focus());
    return in;
}

void GraphScene::updateShown()
{
    m_shownRect.reset();
    m_labelScale = 0;
    // The items changed since the last time (an edit, a rebuild, a community collapsed): every
    // edge is seen to, else only those whose shown state changes (see m_edgesShown).
    const bool itemsChanged = m_itemsChanged || m_edgesShown.size() != m_edges.size();
    const ShownSets sets = m_state->shown(shownInput());
    const bool wasCrowded = m_crowded;
    if (itemsChanged) {
        for (qsizetype i = 0; i < m_edges.size(); ++i)
            m_edges.at(i)->setShownTarget(sets.edges.at(i));
        m_allEdgesToSettle = true;
    } else {
        for (qsizetype i = 0; i < m_edges.size(); ++i) {
            if (sets.edges.at(i) == m_edgesShown.at(i))
                continue;
            m_edges.at(i)->setShownTarget(sets.edges.at(i));
            m_edgesToSettle.append(m_edges.at(i));
        }
    }
    m_edgesShown = sets.edges;
    QSet<const NodeItem *> shownCollapsed;
    if (!m_collapsed.isEmpty())
        showCollapsed(sets.passes, !sets.within.isEmpty(), &shownCollapsed);
    m_crowded = sets.edgeCount > kCrowdedEdges;
    // The batch draws its edges plain in a crowded scene, else each as its item would.
    if (m_crowded != wasCrowded && m_batch)
        m_batch->update();
    // Whether an edge is batched depends on its own hover and selection, which update it
    // themselves, and on an export.
    if (m_batchingStale)
        updateBatching();
    m_batchingStale = false;
    m_itemsChanged = false;
    placeLabels();
    for (qsizetype i = 0; i < m_nodes.size(); ++i)
        m_nodes.at(i)->setShownTarget(sets.nodes.at(i) || shownCollapsed.contains(m_nodes.at(i)));

    if (const NodeItem *h = node(m_state->hovered()); h && !h->shownTarget())
        clearHover();
    if (const NodeItem *k = node(m_state->keyboardNode()); k && !k->shownTarget())
        setKeyboardNode({});
    updateDimming();
    Q_EMIT shownChanged();
}

void GraphScene::transition(bool animate)
{
    m_animation->stop();
    m_nodeTweens.clear();
    m_edgeTweens.clear();
    animate = animate && isAsynchronous() && m_nodes.size() + m_edges.size() <= kMaxAnimatedScene;
    moveNodes([&] {
        for (NodeItem *n : std::as_const(m_nodes)) {
            const qreal target = n->shownTarget() && n->isPlaced() ? 1.0 : 0.0;
            const QPointF to = n->isPlaced() && !n->isDragging() ? n->home() : n->pos();
            if (qFuzzyCompare(n->presence() + 1, target + 1) && n->pos() == to)
                continue;
            // Moving something nobody sees is not worth a frame.
            if (!animate || (target == 0 && n->presence() == 0)) {
                n->setPos(to);
                n->setPresence(target);
                continue;
            }
            m_nodeTweens.append({ n, n->pos(), to, n->presence(), target });
        }
    });
    // A scene that may animate may have edges part way (an animation stopped above); in one that
    // never does, every edge is at its target but those whose target changed since.
    const bool everyEdge =
            m_allEdgesToSettle || m_nodes.size() + m_edges.size() <= kMaxAnimatedScene;
    const QList<EdgeItem *> toSettle = everyEdge ? m_edges : m_edgesToSettle;
    m_edgesToSettle.clear();
    m_allEdgesToSettle = false;
    for (EdgeItem *e : toSettle) {
        const qreal target = e->shownTarget() ? 1.0 : 0.0;
        if (qFuzzyCompare(e->presence() + 1, target + 1))
            continue;
        if (!animate) {
            e->setPresence(target);
            continue;
        }
        m_edgeTweens.append({ e, e->presence(), target });
    }
    if (m_nodeTweens.isEmpty() && m_edgeTweens.isEmpty()) {
        if (!isLayoutPending())
            Q_EMIT settled();
        return;
    }
    if (m_nodeTweens.size() + m_edgeTweens.size() > kMaxAnimatedItems) {
        animationFinished();
        return;
    }
    m_animation->start();
}

void GraphScene::animationStep(qreal t)
{
    moveNodes([&] {
        for (const NodeTween &tw : std::as_const(m_nodeTweens)) {
            if (!tw.node->isDragging())
                tw.node->setPos(tw.from + (tw.to - tw.from) * t);
            tw.node->setPresence(tw.p0 + (tw.p1 - tw.p0) * t);
        }
    });
    for (const EdgeTween &tw : std::as_const(m_edgeTweens))
        tw.edge->setPresence(tw.p0 + (tw.p1 - tw.p0) * t);
}

void GraphScene::animationFinished()
{
    animationStep(1.0);
    m_nodeTweens.clear();
    m_edgeTweens.clear();
    if (!isLayoutPending())
        Q_EMIT settled();
}

void GraphScene::setHoveredNode(const QString &entityId)
{
    changeHover(entityId, Announce::Yes);
}

void GraphScene::clearHover()
{
    changeHover({}, Announce::No);
}

void GraphScene::changeHover(const QString &entityId, Announce announce)
{
    m_hoverAnnounce = announce;
    m_state->setHovered(m_nodeById.contains(entityId) ? entityId : QString());
    m_hoverAnnounce = Announce::No;
}

bool GraphScene::dims(const EdgeItem *edge) const
{
    return m_hoverItem && edge->source() != m_hoverItem && edge->dest() != m_hoverItem;
}

// Only the hovered node's neighbourhood changes state; the items read the rest from the scene
// as they paint (dims()).
void GraphScene::updateDimming(Announce announce)
{
    NodeItem *hovered = m_nodeById.value(m_state->hovered());
    if (hovered && !hovered->shownTarget())
        hovered = nullptr;
    QSet<const NodeItem *> near;
    if (hovered) {
        near.insert(hovered);
        for (const EdgeItem *e : hovered->edges()) {
            if (e->shownTarget())
                near.insert(e->source() == hovered ? e->dest() : e->source());
        }
    }
    if (hovered == m_hoverItem && near == m_hoverNear)
        return;
    NodeItem *old = m_hoverItem;
    const QSet<const NodeItem *> oldNear = m_hoverNear;
    m_hoverItem = hovered;
    m_hoverNear = near;
    if (old != hovered) {
        if (old) {
            for (EdgeItem *e : old->edges())
                e->setEmphasised(false);
        }
        if (hovered) {
            for (EdgeItem *e : hovered->edges())
                e->setEmphasised(true);
        }
    }
    if (!old != !hovered) {
        // Everything dims or comes back: one repaint of the scene.
        if (announce == Announce::Yes)
            Q_EMIT hoverRepaint(QRectF());
        repaintViews();
        return;
    }
    // From one node to another: what was or is now near changes look, the rest stays dimmed.
    for (const NodeItem *n : oldNear + near) {
        if (announce == Announce::Yes)
            Q_EMIT hoverRepaint(n->sceneBoundingRect());
        const_cast<NodeItem *>(n)->update();
    }
    for (NodeItem *n : { old, hovered }) {
        for (EdgeItem *e : n->edges()) {
            if (announce == Announce::Yes)
                Q_EMIT hoverRepaint(e->sceneBoundingRect());
            e->update();
        }
    }
}

// The whole picture again, asked of each view rather than of the scene: QGraphicsScene::update()
// without a rectangle makes the scene ignore its items' updates until a view draws all of them,
// which a view serving the paint from its kept picture does not do.
void GraphScene::repaintViews()
{
    const QList<QGraphicsView *> shownIn = views();
    for (QGraphicsView *view : shownIn)
        view->viewport()->update();
}

void GraphScene::setKeyboardNode(const QString &entityId)
{
    m_state->setKeyboardNode(m_nodeById.contains(entityId) ? entityId : QString());
}

void GraphScene::followKeyboard(const QString &previous, const QString &current)
{
    if (NodeItem *old = node(previous))
        old->setKeyboardFocus(false);
    if (NodeItem *n = node(current))
        n->setKeyboardFocus(true);
}

void GraphScene::updateMarks()
{
    // Only the items marked last time are cleared: a pass over every item read thousands of
    // items scattered over the heap for the few that were marked (3 ms of an edit at 6,000 edges).
    for (const QString &id : std::as_const(m_markedNodes)) {
        if (NodeItem *n = node(id))
            n->setMark(NodeItem::Mark::None);
    }
    for (const QString &id : std::as_const(m_markedEdges)) {
        if (EdgeItem *e = edge(id))
            e->setMarked(false);
    }
    m_markedNodes.clear();
    m_markedEdges.clear();
    auto markNode = [this](NodeItem *n, NodeItem::Mark mark) {
        n->setMark(mark);
        m_markedNodes.append(n->id());
    };
    auto markEdge = [this](EdgeItem *e) {
        e->setMarked(true);
        m_markedEdges.append(e->id());
    };
    const Document::Selection sel = m_document->selection();
    const Dataset &data = m_document->data();
    switch (sel.type) {
    case Document::SelectionType::None:
        break;
    case Document::SelectionType::Entity:
        if (NodeItem *n = node(sel.id))
            markNode(n, NodeItem::Mark::Selected);
        break;
    case Document::SelectionType::Relationship:
        if (EdgeItem *e = edge(sel.id)) {
            markEdge(e);
            markNode(e->source(), NodeItem::Mark::Related);
            markNode(e->dest(), NodeItem::Mark::Related);
        }
        break;
    case Document::SelectionType::Event:
        // An event shows as its participants and the relationships it created.
        if (const Event *ev = data.event(sel.id)) {
            for (const Participant &p : ev->participants) {
                if (NodeItem *n = node(p.entityId))
                    markNode(n, NodeItem::Mark::Related);
            }
        }
        for (qsizetype k = 0; k < m_edges.size(); ++k) {
            if (data.relationships.at(m_edgeRows.at(k)).eventId == sel.id)
                markEdge(m_edges.at(k));
        }
        break;
    }
}

void GraphScene::setLabelZoom(qreal zoom)
{
    if (zoom <= 0 || qFuzzyCompare(zoom, m_labelZoom))
        return;
    m_labelZoom = zoom;
    placeLabels();
}

void GraphScene::placeLabels()
{
    const QFont font = GraphStyle::labelFont(EntityKind::Company);
    // In steps of a quarter octave, so that zooming within a step changes no label: the placement
    // is only made again when the step changes or what is shown does.
    const qreal wanted = kMinLabelPixels / (font.pixelSize() * m_labelZoom);
    const qreal scale =
            wanted <= 1 ? 1.0 : std::pow(2.0, std::ceil(std::log2(wanted) * 4 - 1e-9) / 4);
    if (scale == m_labelScale)
        return;
    m_labelScale = scale;
    // The zoom at which the labels of this step are kMinLabelPixels high: the gap is kept for it.
    const qreal stepZoom = kMinLabelPixels / (font.pixelSize() * scale);
    const qreal gap = kLabelGap / stepZoom;
    // Greedy, largest node first, over a grid of placed labels: a label is kept when it overlaps
    // no label kept before it. At scale 1 the layout has already made room for every label
    // (in graphs of at most GraphLayout::kLabelBoxLimit nodes).
    qreal cell = 1;
    for (const NodeItem *n : std::as_const(m_nodes))
        cell = std::max({ cell, n->labelSize().width() * scale, n->labelSize().height() * scale });
    QHash<QPoint, QList<QRectF>> grid;
    auto cellOf = [cell](qreal x, qreal y) {
        return QPoint(int(std::floor(x / cell)), int(std::floor(y / cell)));
    };
    // Above GraphLayout::kLabelBoxLimit nodes the layout keeps shapes apart, not labels: there
    // labels are placed at 100 % as well.
    const bool roomForAll = scale == 1 && m_nodes.size() <= GraphLayout::kLabelBoxLimit;
    for (NodeItem *n : std::as_const(m_labelOrder)) {
        n->setLabelScale(scale);
        if (!n->shownTarget() || !n->isPlaced() || roomForAll) {
            n->setLabelFits(true);
            continue;
        }
        const QRectF r = n->shownLabelRect().translated(n->home()).adjusted(-gap, -gap, gap, gap);
        const QPoint from = cellOf(r.left(), r.top());
        const QPoint to = cellOf(r.right(), r.bottom());
        bool free = true;
        for (int x = from.x(); x <= to.x() && free; ++x) {
            for (int y = from.y(); y <= to.y() && free; ++y) {
                const auto it = grid.constFind(QPoint(x, y));
                if (it == grid.cend())
                    continue;
                for (const QRectF &other : *it) {
                    if (other.intersects(r)) {
                        free = false;
                        break;
                    }
                }
            }
        }
        n->setLabelFits(free);
        if (!free)
            continue;
        for (int x = from.x(); x <= to.x(); ++x) {
            for (int y = from.y(); y <= to.y(); ++y)
                grid[QPoint(x, y)].append(r);
        }
    }
}

void GraphScene::updateSceneRect()
{
    // Called whenever homes or label sides change.
    m_shownRect.reset();
    m_labelScale = 0;
    QRectF r;
    for (const NodeItem *n : std::as_const(m_nodes)) {
        if (n->isPlaced())
            r = r.united(n->layoutBox().translated(n->home()));
    }
    if (r.isNull())
        return;
    const qreal margin = std::max<qreal>(300, 0.2 * std::max(r.width(), r.height()));
    setSceneRect(r.adjusted(-margin, -margin, margin, margin));
    if (m_batch)
        m_batch->setArea(sceneRect());
}

void GraphScene::setExporting(bool on)
{
    if (on == m_exporting)
        return;
    m_exporting = on;
    // An export draws every edge by itself, at full quality.
    updateBatching();
}

void GraphScene::updateBatching()
{
    for (EdgeItem *e : std::as_const(m_edges))
        e->updateBatched();
}

void GraphScene::buildNodeIndex() const
{
    m_nodeIndexValid = true;
    m_nodeIndex.clear();
    QRectF area;
    QList<QRectF> bounds(m_nodes.size());
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        const NodeItem *n = m_nodes.at(i);
        if (!n->isVisible())
            continue;
        bounds[i] = n->sceneBoundingRect();
        area = area.united(bounds.at(i));
    }
    m_nodeIndexArea = area;
    if (area.isEmpty())
        return;
    // About four nodes' worth of room a cell, at most 256 x 256 cells.
    m_nodeIndexCell = std::max(
            { std::sqrt(area.width() * area.height() / std::max<qsizetype>(1, m_nodes.size()) * 4),
              area.width() / 256, area.height() / 256, 1.0 });
    m_nodeIndexColumns = int(area.width() / m_nodeIndexCell) + 1;
    m_nodeIndexRows = int(area.height() / m_nodeIndexCell) + 1;
    m_nodeIndex.resize(qsizetype(m_nodeIndexColumns) * m_nodeIndexRows);
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        const QRectF &b = bounds.at(i);
        if (b.isNull())
            continue;
        const int x0 = std::clamp(int((b.left() - area.left()) / m_nodeIndexCell), 0,
                                  m_nodeIndexColumns - 1);
        const int x1 = std::clamp(int((b.right() - area.left()) / m_nodeIndexCell), 0,
                                  m_nodeIndexColumns - 1);
        const int y0 =
                std::clamp(int((b.top() - area.top()) / m_nodeIndexCell), 0, m_nodeIndexRows - 1);
        const int y1 = std::clamp(int((b.bottom() - area.top()) / m_nodeIndexCell), 0,
                                  m_nodeIndexRows - 1);
        for (int y = y0; y <= y1; ++y) {
            for (int x = x0; x <= x1; ++x)
                m_nodeIndex[qsizetype(y) * m_nodeIndexColumns + x].append(m_nodes.at(i));
        }
    }
}

NodeItem *GraphScene::nodeAt(const QPointF &p) const
{
    if (!m_nodeIndexValid)
        buildNodeIndex();
    if (!m_nodeIndexArea.contains(p) || m_nodeIndex.isEmpty())
        return nullptr;
    const int x = std::clamp(int((p.x() - m_nodeIndexArea.left()) / m_nodeIndexCell), 0,
                             m_nodeIndexColumns - 1);
    const int y = std::clamp(int((p.y() - m_nodeIndexArea.top()) / m_nodeIndexCell), 0,
                             m_nodeIndexRows - 1);
    // As the scene stacks them: the higher z on top, then the later one (the cell keeps the
    // nodes' order).
    NodeItem *best = nullptr;
    for (NodeItem *n : m_nodeIndex.at(qsizetype(y) * m_nodeIndexColumns + x)) {
        if (!n->isVisible() || (best && n->zValue() < best->zValue()))
            continue;
        if (n->contains(n->mapFromScene(p)))
            best = n;
    }
    return best;
}

void GraphScene::updateBatch(const QRectF &r)
{
    // An empty rectangle (an edge too short to draw has no bounds) would repaint the whole batch:
    // QGraphicsItem::update() takes a null rectangle for all of the item.
    if (m_batch && !r.isEmpty())
        m_batch->update(r);
}

QStringList GraphScene::shownNodes() const
{
    return shownIds(m_nodes);
}

QStringList GraphScene::shownEdges() const
{
    return shownIds(m_edges);
}

QRectF GraphScene::shownRect() const
{
    if (m_shownRect)
        return *m_shownRect;
    QRectF r;
    for (const NodeItem *n : m_nodes) {
        if (n->shownTarget())
            r = r.united(n->layoutBox().translated(n->home()));
    }
    m_shownRect = r;
    return r;
}

QList<EntityKind> GraphScene::shownKinds() const
{
    if (m_collapsed.isEmpty())
        return shownValues<EntityKind>(m_nodes, &NodeItem::kind);
    // A collapsed community's node is no entity of a kind (the legend explains it apart).
    QList<NodeItem *> entities;
    for (NodeItem *n : m_nodes) {
        if (n->memberCount() == 0)
            entities.append(n);
    }
    return shownValues<EntityKind>(entities, &NodeItem::kind);
}

QList<QLineF> GraphScene::shownEdgeLines(qsizetype atMost) const
{
    const bool copies = edgeCopiesHold() && m_shownInput.nodes.size() == m_nodes.size();
    qsizetype shown = 0;
    if (copies) {
        shown = std::count(m_edgesShown.cbegin(), m_edgesShown.cend(), true);
    } else {
        for (const EdgeItem *e : m_edges)
            shown += e->shownTarget() ? 1 : 0;
    }
    const qsizetype stride = atMost > 0 ? std::max<qsizetype>(1, (shown + atMost - 1) / atMost) : 1;
    QList<QLineF> lines;
    lines.reserve(shown / stride + 1);
    qsizetype seen = 0;
    if (!copies) {
        for (const EdgeItem *e : m_edges) {
            if (e->shownTarget() && seen++ % stride == 0)
                lines.append(QLineF(e->source()->pos(), e->dest()->pos()));
        }
        return lines;
    }
    std::vector<QPointF> at;
    at.reserve(size_t(m_nodes.size()));
    for (const NodeItem *n : m_nodes)
        at.push_back(n->pos());
    for (qsizetype i = 0; i < m_edgesShown.size(); ++i) {
        if (!m_edgesShown.at(i) || seen++ % stride != 0)
            continue;
        const ShownInput::Edge &e = m_shownInput.edges.at(i);
        lines.append(QLineF(at[size_t(e.source)], at[size_t(e.dest)]));
    }
    return lines;
}

bool GraphScene::edgeCopiesHold() const
{
    return !m_itemsChanged && m_edgesShown.size() == m_edges.size()
            && m_shownInput.edges.size() == m_edges.size();
}

QList<RelationshipType> GraphScene::shownTypes() const
{
    if (!edgeCopiesHold())
        return shownValues<RelationshipType>(m_edges, &EdgeItem::relationshipType);
    // From the scene's own copies, not the items (the legend asks at every step of the window).
    quint64 present = 0; // a bit per type
    for (qsizetype i = 0; i < m_edgesShown.size(); ++i) {
        if (m_edgesShown.at(i))
            present |= quint64(1) << (quint64(m_shownInput.edges.at(i).type) % 64);
    }
    QList<RelationshipType> out;
    for (RelationshipType type : allValues<RelationshipType>()) {
        if (present & (quint64(1) << (quint64(type) % 64)))
            out.append(type);
    }
    return out;
}

QList<CustomType> GraphScene::shownCustomKinds() const
{
    return shownCustom(m_nodes, m_document->data().types.kinds, &NodeItem::customKind);
}

QList<CustomType> GraphScene::shownCustomTypes() const
{
    const QList<CustomType> &defined = m_document->data().types.relationshipTypes;
    if (defined.isEmpty())
        return {};
    if (!edgeCopiesHold())
        return shownCustom(m_edges, defined, &EdgeItem::customType);
    QSet<QString> present;
    for (qsizetype i = 0; i < m_edgesShown.size(); ++i) {
        if (m_edgesShown.at(i) && !m_shownInput.edges.at(i).customType.isEmpty())
            present.insert(m_shownInput.edges.at(i).customType);
    }
    QList<CustomType> out;
    for (const CustomType &t : defined) {
        if (present.contains(t.key))
            out.append(t);
    }
    return out;
}

void GraphScene::followTypes(const DataEdit &edit)
{
    if (!edit.types)
        return;
    m_itemsChanged = true;
    // A user-defined kind or type restyled, renamed or turned: every item of one looks again.
    const Dataset &data = m_document->data();
    for (NodeItem *n : std::as_const(m_nodes)) {
        const Entity *e = n->memberCount() == 0 ? data.entity(n->id()) : nullptr;
        if (e && e->kind == EntityKind::Custom)
            n->setEntity(*e, n->degree(), customKindOf(data, *e));
    }
    for (qsizetype k = 0; k < m_edges.size(); ++k) {
        const Relationship &r = data.relationships.at(m_edgeRows.at(k));
        if (r.type == RelationshipType::Custom)
            m_edges.at(k)->setRelationship(r, customTypeOf(data, r));
    }
    updateBatch(sceneRect());
    repaintViews();
    Q_EMIT shownChanged();
}

void GraphScene::nodeClicked(NodeItem *node)
{
    if (node->memberCount() == 0) // a collapsed community is no entity to select
        Q_EMIT entityClicked(node->id());
}

void GraphScene::nodeDoubleClicked(NodeItem *node)
{
    if (const int c = collapsedCommunity(node->id()); c >= 0)
        expandCommunity(c);
    else
        Q_EMIT entityDoubleClicked(node->id());
}

void GraphScene::nodeDragStarted(NodeItem *node)
{
    // The dragged node follows the mouse, not a running fade; it is raised above the others.
    node->setZValue(4);
}

void GraphScene::nodeDragFinished(NodeItem *node, const QPointF &from)
{
    node->setZValue(node->mark() == NodeItem::Mark::None ? 2 : 3);
    Q_EMIT nodeMoved(node->id(), from, node->pos());
    // Without a view recording the move the node goes back where it belongs.
    if (node->pos() != node->home())
        transition(true);
    else
        updateSceneRect();
}

void GraphScene::edgeClicked(EdgeItem *edge)
{
    Q_EMIT relationshipClicked(edge->id());
}

} // namespace atlas
