// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/relationshipgraph.h"
#include "graphviewstate.h"
#include "layout/graphlayout.h"
#include "layoutscheduler.h"

#include <QGraphicsScene>
#include <QMap>
#include <QSet>

QT_BEGIN_NAMESPACE
class QGraphicsPathItem;
class QVariantAnimation;
QT_END_NAMESPACE

namespace atlas {

class DataEdit;
class Document;
class EdgeBatchItem;
class EdgeItem;
class LayoutRunner;
class NodeItem;

// The company graph as items: one NodeItem per entity that has a relationship, one EdgeItem per
// relationship. It follows the Document (data, time window, language, selection, saved node
// positions) and holds the view state that is not the Document's: filters, neighbourhood focus,
// hover, keyboard focus and the fades between states. It never changes the Document: clicks and
// drags come out as signals for the view to act on. The Document must outlive the scene.
class GraphScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit GraphScene(const Document *document, QObject *parent = nullptr);
    ~GraphScene() override;

    const Document *document() const { return m_document; }

    // Labels follow the document's language until a language is set here (exports in either).
    Language language() const { return m_language; }
    void setLanguage(Language language);

    // On (the default): layouts run on a worker thread and changes animate. Off: layouts run at
    // once on the calling thread and nothing animates, for exports and measurements; turning it
    // off runs a waiting layout at once.
    void setAsynchronous(bool on) { m_layout->setAsynchronous(on); }
    bool isAsynchronous() const { return m_layout->isAsynchronous(); }
    // A layout has been asked for and its result not applied yet.
    bool isLayoutPending() const { return m_layout->isPending(); }
    bool isAnimating() const;
    bool isSettled() const { return !isLayoutPending() && !isAnimating(); }
    // Lays the current graph out afresh; nodes the user placed stay where they are.
    void relayout();
    // A large graph's layout is live: nodes move as it converges. It can be paused; a node
    // dragged meanwhile is pinned where it is dropped and the layout goes on around it.
    bool isLayoutLive() const { return m_layout->isLive(); }
    void setLayoutPaused(bool paused) { m_layout->setPaused(paused); }
    bool isLayoutPaused() const { return m_layout->isPaused(); }
    LayoutRunner *layoutRunner() const { return m_layout->runner(); }

    // Filters, focus, hover and keyboard node (the scene follows its signals); the setters below
    // are the same, checking ids against the items first.
    GraphViewState *viewState() const { return m_state; }
    bool isKindShown(EntityKind kind) const { return m_state->isKindShown(kind); }
    void setKindShown(EntityKind kind, bool shown) { m_state->setKindShown(kind, shown); }
    bool isTypeShown(RelationshipType type) const { return m_state->isTypeShown(type); }
    void setTypeShown(RelationshipType type, bool shown) { m_state->setTypeShown(type, shown); }
    // The same for a user-defined kind or type, by its key.
    bool isCustomKindShown(const QString &key) const { return m_state->isCustomKindShown(key); }
    void setCustomKindShown(const QString &key, bool shown)
    {
        m_state->setCustomKindShown(key, shown);
    }
    bool isCustomTypeShown(const QString &key) const { return m_state->isCustomTypeShown(key); }
    void setCustomTypeShown(const QString &key, bool shown)
    {
        m_state->setCustomTypeShown(key, shown);
    }

    // Shows only the nodes within `hops` relationships of the entity (through relationships that
    // pass the filters) and the relationships among them. An empty id shows everything again.
    void setFocusNode(const QString &entityId, int hops);
    QString focusNode() const { return m_state->focus(); }
    int focusHops() const { return m_state->hops(); }

    // The hovered node and its neighbours stand out, the rest dims. Empty: nothing dims.
    QString hoveredNode() const { return m_state->hovered(); }
    void setHoveredNode(const QString &entityId);
    // Whether the hover dims an item, read by the items as they paint: a hover changes the state
    // of the hovered node's neighbourhood only.
    bool dims(const NodeItem *node) const { return m_hoverItem && !m_hoverNear.contains(node); }
    bool dims(const EdgeItem *edge) const;
    // The hovered node when one dims the rest, and its neighbourhood (itself included).
    const NodeItem *hoverItem() const { return m_hoverItem; }
    const QSet<const NodeItem *> &hoverNear() const { return m_hoverNear; }
    // The node keyboard navigation is on, drawn with a focus frame.
    QString keyboardNode() const { return m_state->keyboardNode(); }
    void setKeyboardNode(const QString &entityId);

    // The topmost shown node whose shape (label included) is at the scene point, or null; from a
    // grid of the nodes' bounds, made again when nodes move, show, hide or change size, so a
    // mouse move costs microseconds instead of a search through every item of the scene.
    NodeItem *nodeAt(const QPointF &scenePos) const;
    void invalidateNodeIndex() { m_nodeIndexValid = false; }

    // The entity of a node, found without a walk through the data.
    const Entity *entity(const QString &entityId) const;
    NodeItem *node(const QString &entityId) const { return m_nodeById.value(entityId); }
    EdgeItem *edge(const QString &relationshipId) const { return m_edgeById.value(relationshipId); }
    const QList<NodeItem *> &nodeItems() const { return m_nodes; }
    const QList<EdgeItem *> &edgeItems() const { return m_edges; }
    // From each shown edge's source node to its destination node, in scene coordinates: all of
    // them, or with atMost > 0 and more shown, every k-th (an even sample of at most atMost).
    // Read from the scene's own copies while they hold, not from 20,000 items over the heap.
    QList<QLineF> shownEdgeLines(qsizetype atMost = 0) const;
    // Per edge, in edgeItems()' order (which is row order): its relationship's row in the data.
    const QList<int> &edgeRows() const { return m_edgeRows; }
    // The tooltip of an item: a node's entity or an edge's relationship, composed from the data
    // when asked for (the pointer rests on it) rather than kept on every item; other items' own.
    QString toolTipOf(const QGraphicsItem *item) const;
    // Ids, in data order, of the nodes shown once running fades end.
    QStringList shownNodes() const;
    QStringList shownEdges() const;
    // Around the shown nodes (shapes and labels) where they are heading.
    // Cached: the view asks on every zoom step.
    QRectF shownRect() const;
    // Kinds and types among the shown items, in their declared order: what a legend lists.
    QList<EntityKind> shownKinds() const;
    QList<RelationshipType> shownTypes() const;
    // The user-defined kinds and types of the shown items, in the order they were defined.
    QList<CustomType> shownCustomKinds() const;
    QList<CustomType> shownCustomTypes() const;

    // The zoom of the view labels are placed for: zoomed out, labels are enlarged to a legible
    // size and, where they would overlap, only those of the largest nodes are kept (see
    // NodeItem::labelFits()). The view calls it whenever its zoom changes.
    void setLabelZoom(qreal zoom);
    qreal labelZoom() const { return m_labelZoom; }

    // So many relationships are shown that edges are drawn plain (thin, not smoothed) unless
    // hovered or selected; it keeps large graphs responsive.
    bool isCrowded() const { return m_crowded; }

    // Node size by degree: each node's area follows its number of relationships (between
    // GraphStyle's least and largest radius) instead of its kind. Nodes keep their places; the
    // layout only makes room where larger nodes now overlap.
    bool isSizedByDegree() const { return m_sizeByDegree; }
    void setSizedByDegree(bool on);
    // Colour by community instead of by kind: communities are detected once per data on the
    // whole graph (igraph's Louvain, seeded, so the same data always gives the same groups).
    bool isColouredByCommunity() const { return m_colourByCommunity; }
    void setColouredByCommunity(bool on);
    // The community of an entity's node (0 the largest), or -1 for none; detects them if needed.
    int communityOf(const QString &entityId) const;
    int communityCount() const;
    // A community collapsed into one node, drawn where its members are (a hexagon in the
    // community's colour, its area by the number of members, labelled with it), with one merged
    // line to each shown node its members have relationships with. Its members and their
    // relationships are hidden until it is expanded; positions do not change. False when there
    // is nothing to do (unknown, already collapsed or expanded, fewer than two members).
    bool collapseCommunity(int community);
    bool expandCommunity(int community);
    QList<int> collapsedCommunities() const { return m_collapsed.keys(); }
    // The community a collapsed node stands for, or -1 when the id is not one.
    int collapsedCommunity(const QString &nodeId) const;
    // Shown merged lines of a collapsed community (0 when it is not collapsed).
    int mergedEdgeCount(int community) const;
    // The merged lines of the collapsed communities (for exports).
    QList<const QGraphicsPathItem *> mergedLineItems() const;
    // Sentences for the legend about the options in use (size and colour), empty when none.
    QStringList legendNotes() const;

    // The look an imported file gave its nodes (GEXF viz:color and viz:size, kept as the entity
    // attributes GexfDataset::vizColorAttribute() and vizSizeAttribute()), drawn on request:
    // colour from the file instead of by kind (shapes still show the kind), size from the file
    // (GraphStyle::fileRadius()) instead of by kind. Nodes the file gave no colour or size keep
    // their kind's. Colour from the file and by community exclude each other, as do size from
    // the file and by degree: turning one on turns the other off. Edits are followed.
    bool hasFileColours() const { return !m_fileColours.isEmpty(); }
    bool hasFileSizes() const { return !m_fileSizes.isEmpty(); }
    bool isColouredFromFile() const { return m_colourFromFile; }
    void setColouredFromFile(bool on);
    bool isSizedFromFile() const { return m_sizeFromFile; }
    void setSizedFromFile(bool on);
    // The colour the file gave the entity, invalid when none (or not a colour).
    QColor fileColour(const QString &entityId) const { return m_fileColours.value(entityId); }
    // Whether node colours tell the kind, as a legend's shapes then show it: not when nodes are
    // coloured by community, nor when every node has the file's colour.
    bool showsKindColours() const;

    // While on, items draw every label whatever the scale, as an exported picture needs.
    bool isExporting() const { return m_exporting; }
    void setExporting(bool on);
    // The item that draws the plain edges of a crowded scene together (see EdgeItem::isBatched()).
    EdgeBatchItem *edgeBatch() const { return m_batch; }
    // Repaints the part of the batched edges within the scene rectangle r.
    void updateBatch(const QRectF &r);

    // What the next layout is given: the nodes and relationships of the whole data, whatever the
    // time window, so positions hold through time. ids receives the entity id of each node index.
    LayoutInput layoutInput(bool fresh, QStringList *ids) const;

    // For the items.
    // True while the scene moves many nodes at once; edges are then adjusted once at the end,
    // not once per end.
    bool isMovingNodes() const { return m_movingNodes; }
    void nodeClicked(NodeItem *node);
    void nodeDoubleClicked(NodeItem *node);
    void nodeDragStarted(NodeItem *node);
    void nodeDragFinished(NodeItem *node, const QPointF &from);
    void edgeClicked(EdgeItem *edge);

Q_SIGNALS:
    void entityClicked(const QString &entityId);
    void entityDoubleClicked(const QString &entityId);
    void relationshipClicked(const QString &relationshipId);
    // A drag ended; the node is at `to` until the view records the move (or it snaps back).
    void nodeMoved(const QString &entityId, const QPointF &from, const QPointF &to);
    void hoveredNodeChanged(const QString &entityId);
    // What a hover change repaints, in scene coordinates (a null rectangle: all of it); sent
    // before the repaint happens, so a view can tell a hover's repaint from any other.
    void hoverRepaint(const QRectF &sceneRect);
    void focusNodeChanged(const QString &entityId);
    // The set of shown nodes or edges changed (legend, overview), or how they are drawn.
    void shownChanged();
    // Whether any entity has a colour or a size from a file changed (after a load or an edit).
    void fileLookChanged();
    // A layout result was applied; animations towards it may still run.
    void layoutApplied();
    // Nothing pending and nothing moving: items are where they belong.
    void settled();
    // A live layout started or ended; and how far it is (0 to 1), after each step shown.
    void liveLayoutChanged(bool live);
    void liveLayoutProgressed(double done);

protected:
    // Shows toolTipOf() the topmost item under the pointer that has one.
    void helpEvent(QGraphicsSceneHelpEvent *event) override;

private:
    using LayoutMode = LayoutScheduler::Mode;

    void rebuild();
    void deleteItems();
    // An edit of entities or relationships, followed item by item (see followEdit in the .cpp).
    void followEdit(const DataEdit &edit);
    // An edit of the user-defined kinds and types: their items take the new look.
    void followTypes(const DataEdit &edit);
    void removeEdgeItems(const QSet<QString> &ids);
    // Puts new edges (row, item) into m_edges and m_edgeRows, keeping both in row order.
    void insertEdgeItems(QList<std::pair<int, EdgeItem *>> added);
    void syncNode(const QString &id, bool *unplaced, bool *made);
    void updateBends(const QSet<QString> &pairs, const QSet<QString> &nodes);
    void refreshNodeText(NodeItem *node);
    void updateWindow();
    void refreshTexts();
    void requestLayout(LayoutMode mode) { m_layout->request(mode); }
    void applyLayout(const QStringList &ids, const LayoutResult &result);
    void applyProgress(const QStringList &ids, const QList<int> &nodes,
                       const QList<QPointF> &positions, double done);
    void updateShown();
    void transition(bool animate);
    void animationStep(qreal t);
    void animationFinished();
    void updateMarks();
    void updateBatching();
    // Only the pointer's hover is announced by hoverRepaint(): a hover cleared by a rebuild or
    // an edit repaints with other changes.
    enum class Announce { No, Yes };
    void changeHover(const QString &entityId, Announce announce);
    void clearHover();
    void updateDimming(Announce announce = Announce::No);
    void repaintViews();
    void updateSceneRect();
    void placeLabels();
    void nodePositionChanged(const QString &entityId);
    QPointF homeFor(const NodeItem *node) const;
    template <typename F>
    void moveNodes(F &&move);
    // Community state (graphscenecommunities.cpp).
    void ensureCommunities() const;
    void updateFills();
    void sortLabelOrder();
    void clearCommunities();
    void removeCollapsed(int community);
    void placeCollapsed();
    // In updateShown(): which relationships a collapse hides, and the collapsed nodes to show.
    QHash<const NodeItem *, int> collapsedMembers() const;
    void showCollapsed(const QList<bool> &passes, bool focused, QSet<const NodeItem *> *shown);
    // In the view state's terms: the items as indexes (see GraphViewState::shown()). Kept between
    // updates; only what a time-window step changes is refreshed unless items came, went or
    // changed kind or type since (m_itemsChanged).
    const ShownInput &shownInput();
    void followFocus(bool idChanged);
    void followKeyboard(const QString &previous, const QString &current);
    // The file's look (graphscenefilelook.cpp): read from the data, and given to the nodes.
    void readFileLook();
    void followFileLook();
    bool updateFileSizes();
    qreal fileRadiusOf(const QString &entityId) const;
    void applyFileLook(NodeItem *node);
    QColor fillFor(const NodeItem *node) const;

    const Document *m_document;
    Language m_language;
    bool m_followLanguage = true;
    bool m_exporting = false;
    bool m_crowded = false;
    bool m_movingNodes = false;
    qreal m_labelZoom = 1;
    qreal m_labelScale = 0; // of the last placement; 0: none valid
    mutable std::optional<QRectF> m_shownRect;
    QList<NodeItem *> m_labelOrder; // nodes by importance, the largest first

    // Where nodes an edit took away were, so the edit's undo puts them back there (until a load).
    struct Placement
    {
        QPointF layoutPos;
        LabelSide labelSide;
    };
    QHash<QString, Placement> m_removedPlacement;

    EdgeBatchItem *m_batch = nullptr;
    void buildNodeIndex() const;
    mutable bool m_nodeIndexValid = false;
    mutable QRectF m_nodeIndexArea;
    mutable int m_nodeIndexColumns = 0;
    mutable int m_nodeIndexRows = 0;
    mutable qreal m_nodeIndexCell = 1;
    mutable QList<QList<NodeItem *>> m_nodeIndex; // by cell, row by row
    QList<NodeItem *> m_nodes;
    QList<EdgeItem *> m_edges;
    // Beside m_edges, one int per edge: an edit renumbers the rows after the first one it removes
    // or inserts, and reading each row from its item, scattered over the heap, cost a cache miss
    // per edge (4 ms of a company's delete or its undo at 6,000 relationships).
    QList<int> m_edgeRows;
    QHash<QString, NodeItem *> m_nodeById;
    // The ids of the items updateMarks() marked, to be cleared at its next call.
    QStringList m_markedNodes;
    QStringList m_markedEdges;
    QHash<QString, EdgeItem *> m_edgeById;

    bool m_sizeByDegree = false;
    bool m_colourByCommunity = false;
    bool m_colourFromFile = false;
    bool m_sizeFromFile = false;
    QHash<QString, QColor> m_fileColours; // entity id → the file's colour
    QHash<QString, double> m_fileSizes; // entity id → the file's size (positive)
    double m_smallestFileSize = 0;
    double m_largestFileSize = 0;
    mutable bool m_communitiesValid = false;
    mutable QHash<QString, int> m_community; // entity id → community
    mutable int m_communityCount = 0;
    struct Collapsed
    {
        NodeItem *node = nullptr;
        QGraphicsPathItem *lines = nullptr;
        QList<NodeItem *> members;
        int merged = 0;
    };
    QMap<int, Collapsed> m_collapsed;

    RelationshipGraph m_graph; // the time window's: what is shown, what focus walks
    RelationshipGraph m_wholeGraph; // every relationship: what is laid out, once
    QList<bool> m_inWindow; // by relationship index

    GraphViewState *m_state;
    ShownInput m_shownInput;
    bool m_itemsChanged = true; // since the last updateShown(): see shownInput()
    // Whether m_shownInput's edges and m_edgesShown describe m_edges as they are.
    bool edgeCopiesHold() const;
    // Per edge, in m_edges' order: shown at the last updateShown() (valid while the items stay).
    QList<bool> m_edgesShown;
    // Edges whose shown state changed since the last transition(), or all of them.
    QList<EdgeItem *> m_edgesToSettle;
    bool m_allEdgesToSettle = true;
    bool m_batchingStale = true; // edges made without their batching (rebuild): updateBatching()
    // What the hover dims around: the hovered node (shown) and its shown neighbours.
    NodeItem *m_hoverItem = nullptr;
    QSet<const NodeItem *> m_hoverNear;
    Announce m_hoverAnnounce = Announce::No; // of the hover change being followed

    LayoutScheduler *m_layout;
    bool m_laidOut = false; // a layout was applied since the last rebuild: later ones animate

    struct NodeTween
    {
        NodeItem *node;
        QPointF from;
        QPointF to;
        qreal p0;
        qreal p1;
    };
    struct EdgeTween
    {
        EdgeItem *edge;
        qreal p0;
        qreal p1;
    };
    QVariantAnimation *m_animation;
    QList<NodeTween> m_nodeTweens;
    QList<EdgeTween> m_edgeTweens;
};

} // namespace atlas
