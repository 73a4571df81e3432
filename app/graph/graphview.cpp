// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphview.h"

#include "graphlegend.h"
#include "graphscene.h"
#include "graphstyle.h"
#include "edgeitem.h"
#include "minimap.h"
#include "movenodecommand.h"
#include "models/document.h"
#include "nodeitem.h"

#include <QAction>
#include <QHash>
#include <QApplication>
#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyleOptionGraphicsItem>
#include <QSignalBlocker>
#include <QTimer>
#include <QUndoStack>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <utility>

namespace atlas {

namespace {
constexpr qreal kMinZoom = 0.03;
constexpr qreal kMaxZoom = 6.0;
constexpr int kOverlayMargin = 10;
// Auto progressive zoom above this cost of a whole frame (a frame at 60 Hz); the crisp drawing
// follows once the gesture has rested this long.
constexpr double kPreviewFrameMs = 16;
constexpr int kZoomSettleMs = 150;
} // namespace

GraphView::GraphView(Document *document, QWidget *parent)
    : QGraphicsView(parent),
      m_document(document),
      m_scene(new GraphScene(document, this)),
      m_legend(new GraphLegend(m_scene, this)),
      m_miniMap(new MiniMap(this)),
      m_banner(new QLabel(this)),
      m_liveNote(new QLabel(this)),
      m_cursorTimer(new QTimer(this)),
      m_zoomSettle(new QTimer(this))
{
    connectPictureReuse();
    m_cursorTimer->setSingleShot(true);
    m_cursorTimer->setInterval(80);
    connect(m_cursorTimer, &QTimer::timeout, this, [this] {
        const QGraphicsItem *item = itemAt(m_cursorPos);
        if (item && item->type() == EdgeItem::Type)
            setViewportCursor(Qt::PointingHandCursor);
    });
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorViewCenter);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    // Panning by dragging, the overview and the keyboard replace scroll bars, as in map views.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMouseTracking(true);

    m_banner->setObjectName(QStringLiteral("focusBanner"));
    m_banner->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_banner->setStyleSheet(
            QStringLiteral("QLabel { background: rgba(32, 32, 32, 200); color: white; "
                           "border-radius: 4px; padding: 4px 10px; }"));
    m_banner->hide();
    m_liveNote->setObjectName(QStringLiteral("liveLayoutNote"));
    m_liveNote->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_liveNote->setStyleSheet(m_banner->styleSheet());
    m_liveNote->hide();
    m_miniMap->hide();

    createActions();
    retranslate();

    connect(m_scene, &GraphScene::entityClicked, this, [this](const QString &id) {
        m_scene->setKeyboardNode(id);
        m_document->selectEntity(id);
    });
    connect(m_scene, &GraphScene::relationshipClicked, m_document, &Document::selectRelationship);
    connect(m_scene, &GraphScene::entityDoubleClicked, this, &GraphView::focusNeighbourhood);
    connect(m_scene, &GraphScene::nodeMoved, this,
            [this](const QString &id, const QPointF &from, const QPointF &to) {
                if (from == to)
                    return;
                m_document->undoStack()->push(
                        new MoveNodeCommand(m_document, id, m_document->nodePosition(id), to));
            });
    connect(m_scene, &GraphScene::layoutApplied, this, [this] {
        updateViewRect();
        const bool followedLive = std::exchange(m_fitWhileLive, false);
        if (m_fitPending || followedLive) {
            m_fitPending = false;
            fitToView();
        }
        m_miniMap->scheduleRefresh();
        updateOverlays();
    });
    // A graph laid out live stays fitted as it grows, until the user zooms or pans.
    connect(m_scene, &GraphScene::liveLayoutProgressed, this, [this](double done) {
        if (m_fitWhileLive)
            fitToView();
        else
            updateViewRect();
        m_liveDone = done;
        showLiveNote();
        m_miniMap->scheduleRefresh();
    });
    connect(m_scene, &GraphScene::settled, this, [this] {
        m_miniMap->scheduleRefresh();
        updateOverlays();
    });
    connect(m_scene, &GraphScene::shownChanged, this, [this] {
        m_miniMap->scheduleRefresh();
        updateOverlays();
    });
    connect(m_scene, &GraphScene::focusNodeChanged, this, [this](const QString &id) {
        const bool restore = id.isEmpty() && m_haveSavedView;
        if (restore) {
            m_haveSavedView = false;
            setTransform(m_savedTransform);
            m_scene->setLabelZoom(zoom());
            updateViewRect();
            centerOn(m_savedCentre);
        }
        updateBanner();
        if (restore && m_savedFitted)
            fitToView();
    });
    connect(m_document, &Document::dataReset, this, [this] { m_fitPending = true; });
    // An edit keeps the picture, and the view on it.
    connect(m_document, &Document::dataEdited, this, [this] {
        m_fitPending = false;
        // Unseen edits (made on another tab) have nothing on screen to keep: gentle layouts piled
        // on each other tangle the picture, so it comes back laid out afresh and fitted.
        if (!isVisible())
            m_relayoutOnShow = true;
    });
    connect(m_document, &Document::selectionChanged, this, &GraphView::followSelection);
    connect(m_document, &Document::languageChanged, this, &GraphView::updateBanner);
}

GraphView::~GraphView() = default;

void GraphView::createActions()
{
    // The factor of one zoom in or zoom out step.
    constexpr qreal kZoomStep = 1.25;
    m_zoomInAction = new QAction(this);
    m_zoomInAction->setShortcuts({ QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal) });
    connect(m_zoomInAction, &QAction::triggered, this, [this] {
        zoomAbout(zoom() * kZoomStep, QRectF(viewport()->rect()).center(), Gesture::Yes);
    });
    m_zoomOutAction = new QAction(this);
    m_zoomOutAction->setShortcuts(QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, this, [this] {
        zoomAbout(zoom() / kZoomStep, QRectF(viewport()->rect()).center(), Gesture::Yes);
    });
    m_fitAction = new QAction(this);
    m_fitAction->setShortcuts(
            { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), QKeySequence(Qt::Key_F) });
    connect(m_fitAction, &QAction::triggered, this, &GraphView::fitToView);
    m_relayoutAction = new QAction(this);
    connect(m_relayoutAction, &QAction::triggered, m_scene, &GraphScene::relayout);
    m_pauseLayoutAction = new QAction(this);
    m_pauseLayoutAction->setCheckable(true);
    m_pauseLayoutAction->setEnabled(false);
    m_pauseLayoutAction->setVisible(false);
    m_pauseLayoutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    m_pauseLayoutAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_pauseLayoutAction);
    connect(m_pauseLayoutAction, &QAction::toggled, m_scene, &GraphScene::setLayoutPaused);
    connect(m_pauseLayoutAction, &QAction::toggled, this, [this] {
        if (m_liveNote->isVisible())
            showLiveNote();
    });
    connect(m_scene, &GraphScene::liveLayoutChanged, this, [this](bool live) {
        // The picture is new: it is fitted as it grows, until the user zooms or pans.
        if (live) {
            m_fitPending = false;
            m_fitWhileLive = true;
        }
        m_pauseLayoutAction->setEnabled(live);
        m_pauseLayoutAction->setVisible(live);
        if (!live)
            m_liveNote->hide();
        const QSignalBlocker blocker(m_pauseLayoutAction);
        m_pauseLayoutAction->setChecked(live && m_scene->isLayoutPaused());
    });
    m_legendAction = new QAction(this);
    m_legendAction->setCheckable(true);
    m_legendAction->setChecked(true);
    connect(m_legendAction, &QAction::toggled, this, [this] { updateOverlays(); });
    createLookActions();
    for (QAction *a : { m_zoomInAction, m_zoomOutAction, m_fitAction }) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
}

// How nodes are coloured and sized: two pairs of options, each pair exclusive (checking one
// unchecks the other).
void GraphView::createLookActions()
{
    const auto option = [this](void (GraphScene::*set)(bool)) {
        auto *a = new QAction(this);
        a->setCheckable(true);
        connect(a, &QAction::toggled, m_scene, set);
        return a;
    };
    m_sizeByDegreeAction = option(&GraphScene::setSizedByDegree);
    m_sizeFromFileAction = option(&GraphScene::setSizedFromFile);
    m_colourByCommunityAction = option(&GraphScene::setColouredByCommunity);
    m_colourFromFileAction = option(&GraphScene::setColouredFromFile);
    const auto exclusive = [this](QAction *a, QAction *b) {
        // After the scene's slot: the scene has turned the other option off already.
        connect(a, &QAction::toggled, b, [b](bool on) {
            if (on)
                b->setChecked(false);
        });
        connect(b, &QAction::toggled, a, [a](bool on) {
            if (on)
                a->setChecked(false);
        });
    };
    exclusive(m_sizeByDegreeAction, m_sizeFromFileAction);
    exclusive(m_colourByCommunityAction, m_colourFromFileAction);
    connect(m_scene, &GraphScene::fileLookChanged, this, &GraphView::updateFileLookActions);
}

// Enabled when some entity has a colour (a size) from a file; the tooltip says why not.
void GraphView::updateFileLookActions()
{
    m_colourFromFileAction->setEnabled(m_scene->hasFileColours());
    m_colourFromFileAction->setToolTip(
            m_scene->hasFileColours()
                    ? tr("Colour each node as the imported file coloured it (GEXF viz:color); "
                         "nodes it gave no colour keep their kind's, and shapes still show the "
                         "kind")
                    : tr("No entity has a colour from an imported file (GEXF viz:color)"));
    m_sizeFromFileAction->setEnabled(m_scene->hasFileSizes());
    m_sizeFromFileAction->setToolTip(
            m_scene->hasFileSizes()
                    ? tr("Size each node as the imported file sized it (GEXF viz:size, scaled "
                         "from the smallest to the largest); nodes it gave no size keep theirs")
                    : tr("No entity has a size from an imported file (GEXF viz:size)"));
    for (QAction *a : { m_colourFromFileAction, m_sizeFromFileAction })
        a->setStatusTip(a->toolTip());
}

void GraphView::retranslate()
{
    m_zoomInAction->setText(tr("Zoom &In"));
    m_zoomOutAction->setText(tr("Zoom &Out"));
    m_fitAction->setText(tr("&Fit Graph to View"));
    m_relayoutAction->setText(tr("&Lay Out Again"));
    m_relayoutAction->setToolTip(
            tr("Lay the graph out afresh; nodes you moved stay where you put them"));
    m_pauseLayoutAction->setText(tr("&Pause Layout"));
    m_pauseLayoutAction->setToolTip(
            tr("Hold the layout where it is while it runs (%1); drag nodes meanwhile to pin them, "
               "then resume")
                    .arg(m_pauseLayoutAction->shortcut().toString(QKeySequence::NativeText)));
    m_legendAction->setText(tr("Show &Legend"));
    m_sizeByDegreeAction->setText(tr("Node Size by &Relationships"));
    m_sizeByDegreeAction->setToolTip(
            tr("Draw each node with an area proportional to its number of relationships, so "
               "hubs stand out; off, size follows the kind of entity"));
    m_colourByCommunityAction->setText(tr("Colour Nodes by &Community"));
    m_colourByCommunityAction->setToolTip(
            tr("Colour nodes by the densely linked group they belong to (found by the Louvain "
               "method) instead of by kind; shapes still show the kind"));
    m_colourFromFileAction->setText(tr("Colour Nodes as in the &File"));
    m_sizeFromFileAction->setText(tr("Node Si&ze as in the File"));
    for (QAction *a : { m_sizeByDegreeAction, m_colourByCommunityAction })
        a->setStatusTip(a->toolTip());
    updateFileLookActions();
    setAccessibleName(tr("Company graph"));
    updateBanner();
}

void GraphView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGraphicsView::changeEvent(event);
}

qreal GraphView::zoom() const
{
    return transform().m11();
}

void GraphView::zoomAbout(qreal z, const QPointF &viewPos, Gesture gesture)
{
    z = std::clamp(z, kMinZoom, kMaxZoom);
    m_keepFitted = false;
    m_fitWhileLive = false;
    const qreal factor = z / zoom();
    if (std::abs(factor - 1) < 1e-9)
        return;
    // Done by hand rather than with a transformation anchor: the anchor follows the last mouse
    // move, and the scene rectangle changes with the zoom.
    const QPointF fixedPoint = viewportTransform().inverted().map(viewPos);
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(NoAnchor);
    const bool preview = gesture == Gesture::Yes && previewZoom();
    scale(factor, factor);
    if (!preview)
        m_scene->setLabelZoom(zoom());
    updateViewRect();
    const QPointF drift = viewportTransform().map(fixedPoint) - viewPos;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(drift.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(drift.y()));
    setTransformationAnchor(anchor);
    updateOverlays();
}

void GraphView::setPictureReuse(PictureReuse mode)
{
    m_pictureReuse = mode;
    if (mode == PictureReuse::Never && m_frame.isActive())
        settleZoom();
}

bool GraphView::previewZoom()
{
    if (!reusesPictures() || !(m_frame.isActive() || m_frame.start()))
        return false;
    m_zoomSettle->start();
    return true;
}

void GraphView::settleZoom()
{
    m_zoomSettle->stop();
    if (!m_frame.isActive())
        return;
    m_frame.stop();
    m_scene->setLabelZoom(zoom());
    viewport()->update();
}

// The kept picture: the zoom gesture's rest, what makes it stale, and what a hover repaints.
void GraphView::connectPictureReuse()
{
    m_zoomSettle->setSingleShot(true);
    m_zoomSettle->setInterval(kZoomSettleMs);
    connect(m_zoomSettle, &QTimer::timeout, this, &GraphView::settleZoom);
    // What changes the picture besides a hover: the kept picture is stale until drawn again.
    const auto stale = [this] { m_frame.invalidate(); };
    for (auto signal :
         { &GraphScene::shownChanged, &GraphScene::layoutApplied, &GraphScene::settled })
        connect(m_scene, signal, this, stale);
    connect(m_scene, &GraphScene::liveLayoutProgressed, this, stale);
    connect(m_scene, &GraphScene::focusNodeChanged, this, stale);
    connect(m_scene, &GraphScene::nodeMoved, this, stale);
    for (auto signal :
         { &Document::dataReset, &Document::selectionChanged, &Document::languageChanged })
        connect(m_document, signal, this, stale);
    connect(m_document, &Document::applied, this, stale);
    connect(m_document, &Document::nodePositionChanged, this, stale);
    connect(m_scene, &GraphScene::hoverRepaint, this, [this](const QRectF &sceneRect) {
        m_hoverRepaint |= sceneRect.isNull()
                ? viewport()->rect()
                : mapFromScene(sceneRect).boundingRect().adjusted(-3, -3, 3, 3);
    });
}

bool GraphView::reusesPictures() const
{
    return m_pictureReuse == PictureReuse::Always
            || (m_pictureReuse == PictureReuse::Auto && m_lastFrameMs > kPreviewFrameMs);
}

void GraphView::setEmptyText(const QString &text)
{
    if (text == m_emptyText)
        return;
    m_emptyText = text;
    viewport()->update();
}

void GraphView::paintEvent(QPaintEvent *event)
{
    const QRect hoverRepaint = std::exchange(m_hoverRepaint, QRect());
    if (m_frame.isActive()) {
        ++m_reusedPaints;
        QPainter painter(viewport());
        m_frame.paint(&painter, event->rect(), viewportTransform(), GraphStyle::canvas());
        return;
    }
    // A repaint the hover alone asked for, from a plain picture of the graph as it stands: the
    // neighbourhood over it dimmed, or the picture itself once the hover ends.
    if (reusesPictures() && m_frame.isPlainAt(viewportTransform())
        && event->region().subtracted(hoverRepaint).isEmpty()) {
        ++m_reusedPaints;
        if (m_scene->hoverItem()) {
            paintHover(event->region());
        } else {
            QPainter painter(viewport());
            painter.setClipRegion(event->region());
            m_frame.paintUnscaled(&painter, event->rect());
        }
        return;
    }
    QElapsedTimer clock;
    clock.start();
    QGraphicsView::paintEvent(event);
    if (!m_emptyText.isEmpty() && m_scene->nodeItems().isEmpty()) {
        QPainter painter(viewport());
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect(), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
    }
    if (event->rect() == viewport()->rect())
        m_lastFrameMs = clock.nsecsElapsed() / 1e6;
    // Kept only where it is used: a copy of every frame of a small graph is waste.
    if (reusesPictures())
        m_frame.capture(viewport(), event->region(), viewportTransform(), !m_scene->hoverItem());
    else
        m_frame.invalidate();
}

// The plain picture dimmed as a whole, then the hovered node's relationships and neighbours drawn
// by their items, as the view would draw them: a few items instead of every one.
void GraphView::paintHover(const QRegion &region)
{
    QPainter painter(viewport());
    painter.setClipRegion(region);
    const QRect rect = region.boundingRect();
    m_frame.paintUnscaled(&painter, rect);
    QColor veil = GraphStyle::canvas();
    veil.setAlphaF(1 - GraphStyle::kDimmedKeep);
    painter.fillRect(rect, veil);
    painter.setRenderHints(renderHints());
    const QTransform view = viewportTransform();
    auto paintItem = [&](QGraphicsItem *item) {
        if (!item->isVisible() || item->effectiveOpacity() <= 0
            || !view.mapRect(item->sceneBoundingRect())
                        .intersects(QRectF(rect).adjusted(-3, -3, 3, 3)))
            return;
        QStyleOptionGraphicsItem option;
        option.exposedRect = item->boundingRect();
        painter.save();
        painter.setWorldTransform(item->sceneTransform() * view);
        painter.setOpacity(item->effectiveOpacity());
        item->paint(&painter, &option, viewport());
        painter.restore();
    };
    for (EdgeItem *e : m_scene->hoverItem()->edges())
        paintItem(e);
    QList<NodeItem *> near;
    for (const NodeItem *n : m_scene->hoverNear())
        near.append(const_cast<NodeItem *>(n));
    std::sort(near.begin(), near.end(),
              [](const NodeItem *a, const NodeItem *b) { return a->zValue() < b->zValue(); });
    for (NodeItem *n : std::as_const(near))
        paintItem(n);
}

void GraphView::zoomBy(qreal factor)
{
    zoomAbout(zoom() * factor, QRectF(viewport()->rect()).center());
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    // About the cursor: the point under it stays under it.
    zoomAbout(zoom() * std::pow(1.0015, delta), event->position(), Gesture::Yes);
    event->accept();
}

void GraphView::fitToView()
{
    // A jump, not a gesture: drawn crisply at once (the fit sets the label zoom itself).
    m_zoomSettle->stop();
    if (m_frame.isActive()) {
        m_frame.stop();
        viewport()->update();
    }
    const QRectF r = m_scene->shownRect();
    if (r.isEmpty())
        return;
    // Fitted into the part of the view the legend leaves free, so no node hides under it.
    const QRect area = viewport()->rect();
    updateOverlays(); // the legend hides in a small view
    const int reserved = legendShown() ? m_legend->width() + 2 * kOverlayMargin : 0;
    // Below the neighbourhood banner, so it covers no node.
    const int top = m_banner->isVisible() ? m_banner->height() + kOverlayMargin : 0;
    // Inset by what zoomed-out labels, drawn larger than the scene scale, may stick out.
    constexpr int kLabelRoomX = 30;
    constexpr int kLabelRoomY = 16;
    const QRectF free = QRectF(area).adjusted(reserved + kLabelRoomX, top + kLabelRoomY,
                                              -kLabelRoomX, -kLabelRoomY);
    if (free.width() < 100 || free.height() < 100)
        return;
    const QRectF wanted = r.adjusted(-20, -20, 20, 20);
    const qreal z =
            std::clamp(std::min(free.width() / wanted.width(), free.height() / wanted.height()),
                       kMinZoom, 1.0);
    setTransform(QTransform::fromScale(z, z));
    m_scene->setLabelZoom(z);
    updateViewRect();
    // Centre the graph in the free part: the view's centre sits half the reserved width left of it.
    centerOn(r.center() - QPointF(reserved / 2.0 / z, top / 2.0 / z));
    m_keepFitted = true;
    updateOverlays();
}

bool GraphView::centreOn(const QString &entityId)
{
    const NodeItem *node = m_scene->node(entityId);
    if (!node || !node->shownTarget())
        return false;
    centerOn(node->home());
    m_keepFitted = false;
    updateOverlays();
    return true;
}

void GraphView::setHops(int hops)
{
    hops = std::clamp(hops, 1, 3);
    if (hops == m_hops)
        return;
    m_hops = hops;
    if (!m_scene->focusNode().isEmpty()) {
        m_scene->setFocusNode(m_scene->focusNode(), m_hops);
        updateBanner();
        fitToView();
    }
    Q_EMIT hopsChanged(m_hops);
}

void GraphView::focusNeighbourhood(const QString &entityId)
{
    if (!m_scene->node(entityId))
        return;
    if (!m_haveSavedView) {
        m_haveSavedView = true;
        m_savedTransform = transform();
        m_savedCentre = mapToScene(viewport()->rect().center());
        m_savedFitted = m_keepFitted;
    }
    m_scene->setFocusNode(entityId, m_hops);
    m_scene->setKeyboardNode(entityId);
    updateBanner();
    fitToView();
}

void GraphView::leaveFocus()
{
    m_scene->setFocusNode({}, m_hops);
}

bool GraphView::unpin(const QString &entityId)
{
    const std::optional<QPointF> at = m_document->nodePosition(entityId);
    if (!at)
        return false;
    m_document->undoStack()->push(new MoveNodeCommand(m_document, entityId, at, std::nullopt,
                                                      MoveNodeCommand::Kind::Unpin));
    return true;
}

void GraphView::contextMenuEvent(QContextMenuEvent *event)
{
    const NodeItem *node = nullptr;
    for (QGraphicsItem *item : items(event->pos())) {
        if (item->type() == NodeItem::Type) {
            node = static_cast<const NodeItem *>(item);
            break;
        }
    }
    if (!node) {
        QGraphicsView::contextMenuEvent(event);
        return;
    }
    const QString id = node->id();
    QMenu menu(this);
    if (const int collapsed = m_scene->collapsedCommunity(id); collapsed >= 0) {
        QAction *expand = menu.addAction(tr("Expand Community"), this, [this, collapsed] {
            m_scene->expandCommunity(collapsed);
        });
        expand->setToolTip(tr("Show this community's members and relationships again"));
        menu.setToolTipsVisible(true);
        menu.exec(event->globalPos());
        return;
    }
    menu.setToolTipsVisible(true);
    menu.addAction(tr("Show Neighbourhood"), this, [this, id] { focusNeighbourhood(id); });
    const int community = m_scene->communityOf(id);
    QAction *collapse = menu.addAction(tr("Collapse Community"), this, [this, community] {
        m_scene->collapseCommunity(community);
    });
    collapse->setEnabled(community >= 0 && m_scene->focusNode().isEmpty());
    collapse->setToolTip(tr("Draw this node's community (its densely linked group) as one node, "
                            "its relationships to the rest merged; expand it again from its "
                            "own menu"));
    QAction *unpinAction = menu.addAction(tr("Unpin"), this, [this, id] { unpin(id); });
    unpinAction->setEnabled(m_document->nodePosition(id).has_value());
    unpinAction->setToolTip(tr("Let the layout place this node again"));
    if (m_nodeMenuHook) {
        menu.addSeparator();
        m_nodeMenuHook(&menu, id);
    }
    menu.exec(event->globalPos());
}

void GraphView::updateBanner()
{
    const QString id = m_scene->focusNode();
    const Entity *e = id.isEmpty() ? nullptr : m_document->data().entity(id);
    if (!e) {
        m_banner->hide();
        return;
    }
    m_banner->setText(
            tr("Neighbourhood of %1 within %n step(s) — Esc shows the whole graph", nullptr, m_hops)
                    .arg(e->name.text(m_scene->language())));
    m_banner->adjustSize();
    m_banner->show();
    updateOverlays();
}

void GraphView::updateViewRect()
{
    // Room around the graph of a whole view on each side, so any node can be centred.
    QRectF r = m_scene->sceneRect();
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    r.adjust(-visible.width(), -visible.height(), visible.width(), visible.height());
    setSceneRect(r);
}

bool GraphView::legendShown() const
{
    // In a small view the legend would cover the graph: it steps aside (Show Legend stays on).
    const QSize room = viewport()->size();
    const QSize legend = m_legend->sizeHint();
    const bool fits = legend.width() * 3 <= room.width()
            && legend.height() + 2 * kOverlayMargin <= room.height();
    return fits && m_legendAction->isChecked()
            && !(m_legend->kinds().isEmpty() && m_legend->types().isEmpty());
}

void GraphView::showLiveNote()
{
    const QString key = m_pauseLayoutAction->shortcut().toString(QKeySequence::NativeText);
    const int percent = qRound(m_liveDone * 100);
    m_liveNote->setText(m_pauseLayoutAction->isChecked()
                                ? tr("Layout paused at %1 % — %2 resumes").arg(percent).arg(key)
                                : tr("Laying out: %1 % — %2 pauses; drag a node to pin it")
                                          .arg(percent)
                                          .arg(key));
    m_liveNote->adjustSize();
    m_liveNote->show();
    updateOverlays();
}

void GraphView::updateOverlays()
{
    const QRect area = viewport()->geometry();
    m_legend->setVisible(legendShown());
    m_legend->move(area.topLeft() + QPoint(kOverlayMargin, kOverlayMargin));
    m_legend->raise();

    const QRectF shown = m_scene->shownRect();
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    // The overview only where it leaves most of the view to the graph.
    const QSize overview = m_miniMap->sizeHint();
    const bool room =
            overview.width() * 3 <= area.width() && overview.height() * 5 / 2 <= area.height();
    const bool larger = room && !shown.isEmpty() && !visible.contains(shown);
    m_miniMap->setVisible(larger);
    if (larger) {
        m_miniMap->resize(m_miniMap->sizeHint());
        m_miniMap->move(area.bottomRight() - QPoint(m_miniMap->width(), m_miniMap->height())
                        - QPoint(kOverlayMargin, kOverlayMargin));
        m_miniMap->raise();
        m_miniMap->update();
    }
    if (m_banner->isVisible()) {
        m_banner->move(area.left() + (area.width() - m_banner->width()) / 2,
                       area.top() + kOverlayMargin);
        m_banner->raise();
    }
    if (m_liveNote->isVisible()) {
        m_liveNote->move(area.left() + kOverlayMargin,
                         area.bottom() - m_liveNote->height() - kOverlayMargin);
        m_liveNote->raise();
    }
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    updateViewRect();
    updateOverlays();
    // Still the automatic fit (the first one was made at the window's first size): fit again.
    if (m_keepFitted)
        fitToView();
}

void GraphView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_relayoutOnShow) {
        m_relayoutOnShow = false;
        m_fitPending = true;
        m_scene->relayout();
    }
    // Whatever was drawn before the view was hidden goes (no half-drawn label is left behind).
    viewport()->update();
}

void GraphView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    m_frame.scroll(dx, dy);
    if (m_miniMap->isVisible())
        m_miniMap->update();
}

void GraphView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, GraphStyle::canvas());
}

void GraphView::followSelection()
{
    const auto sel = m_document->selection();
    if (sel.type != Document::SelectionType::Entity)
        return;
    const NodeItem *node = m_scene->node(sel.id);
    if (!node || !node->shownTarget())
        return;
    // Selected elsewhere (a list, the details panel): bring it into view without jumping when
    // it is already there.
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    if (!visible.contains(node->layoutBox().translated(node->home()))) {
        centerOn(node->home());
        m_keepFitted = false;
    }
}

void GraphView::mousePressEvent(QMouseEvent *event)
{
    settleZoom(); // a click acts on the graph as drawn
    m_pressPos = event->pos();
    m_pressOnItem = itemAt(event->pos()) != nullptr;
    QGraphicsView::mousePressEvent(event);
}

void GraphView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    if ((event->pos() - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        m_keepFitted = false; // panned, or a node dragged
        m_fitWhileLive = false;
    }
    // A click (not a pan) on empty canvas clears the selection, as in every other view.
    if (event->button() == Qt::LeftButton && !m_pressOnItem
        && (event->pos() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        m_document->clearSelection();
}

void GraphView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() == Qt::NoButton)
        updateHover(event->position().toPoint());
    QGraphicsView::mouseMoveEvent(event);
}

bool GraphView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Leave) {
        m_cursorTimer->stop();
        m_scene->setHoveredNode({});
    }
    return QGraphicsView::viewportEvent(event);
}

void GraphView::setViewportCursor(Qt::CursorShape shape)
{
    if (viewport()->cursor().shape() != shape)
        viewport()->setCursor(shape);
}

void GraphView::updateHover(const QPoint &viewPos)
{
    const NodeItem *node = m_scene->nodeAt(mapToScene(viewPos));
    m_scene->setHoveredNode(node ? node->id() : QString());
    if (node) {
        m_cursorTimer->stop();
        setViewportCursor(Qt::PointingHandCursor);
        return;
    }
    setViewportCursor(dragMode() == ScrollHandDrag ? Qt::OpenHandCursor : Qt::ArrowCursor);
    m_cursorPos = viewPos;
    m_cursorTimer->start();
}

QString GraphView::startingNode() const
{
    const auto sel = m_document->selection();
    if (sel.type == Document::SelectionType::Entity) {
        const NodeItem *n = m_scene->node(sel.id);
        if (n && n->shownTarget())
            return sel.id;
    }
    // Else the shown node nearest the middle of the view.
    const QPointF centre = mapToScene(viewport()->rect().center());
    QString best;
    qreal bestDistance = 0;
    for (const NodeItem *n : m_scene->nodeItems()) {
        if (!n->shownTarget())
            continue;
        const QPointF d = n->home() - centre;
        const qreal distance = d.x() * d.x() + d.y() * d.y();
        if (best.isEmpty() || distance < bestDistance) {
            best = n->id();
            bestDistance = distance;
        }
    }
    return best;
}

void GraphView::moveKeyboardFocus(const QPointF &direction)
{
    const NodeItem *current = m_scene->node(m_scene->keyboardNode());
    if (!current || !current->shownTarget()) {
        m_scene->setKeyboardNode(startingNode());
    } else {
        // The nearest node in that direction, preferring those straight ahead.
        const NodeItem *best = nullptr;
        qreal bestScore = 0;
        for (const NodeItem *n : m_scene->nodeItems()) {
            if (n == current || !n->shownTarget())
                continue;
            const QPointF d = n->home() - current->home();
            const qreal along = d.x() * direction.x() + d.y() * direction.y();
            const qreal across = std::abs(d.x() * direction.y() - d.y() * direction.x());
            if (along <= 0 || across > 2 * along)
                continue;
            const qreal score = along + 2 * across;
            if (!best || score < bestScore) {
                best = n;
                bestScore = score;
            }
        }
        if (best)
            m_scene->setKeyboardNode(best->id());
    }
    if (const NodeItem *n = m_scene->node(m_scene->keyboardNode()))
        ensureVisible(n->layoutBox().translated(n->home()), 40, 40);
}

QStringList GraphView::tabOrder() const
{
    // Reading order: rows of about a label's height, left to right.
    QList<const NodeItem *> nodes;
    for (const NodeItem *n : m_scene->nodeItems()) {
        if (n->shownTarget())
            nodes.append(n);
    }
    std::stable_sort(nodes.begin(), nodes.end(), [](const NodeItem *a, const NodeItem *b) {
        const int ra = int(std::floor(a->home().y() / 60));
        const int rb = int(std::floor(b->home().y() / 60));
        return ra != rb ? ra < rb : a->home().x() < b->home().x();
    });
    QStringList ids;
    for (const NodeItem *n : nodes)
        ids.append(n->id());
    return ids;
}

bool GraphView::focusNextPrevChild(bool next)
{
    if (hasFocus()) {
        const QStringList order = tabOrder();
        const qsizetype at = order.indexOf(m_scene->keyboardNode());
        const qsizetype to = at < 0 ? (next ? 0 : order.size() - 1) : at + (next ? 1 : -1);
        // Past the last node Tab leaves the graph, as it leaves any other composite widget.
        if (to >= 0 && to < order.size()) {
            m_scene->setKeyboardNode(order.at(to));
            if (const NodeItem *n = m_scene->node(order.at(to)))
                ensureVisible(n->layoutBox().translated(n->home()), 40, 40);
            return true;
        }
        m_scene->setKeyboardNode({});
    }
    return QGraphicsView::focusNextPrevChild(next);
}

void GraphView::focusInEvent(QFocusEvent *event)
{
    QGraphicsView::focusInEvent(event);
    if (m_scene->keyboardNode().isEmpty()
        && (event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason)) {
        const QStringList order = tabOrder();
        if (!order.isEmpty())
            m_scene->setKeyboardNode(event->reason() == Qt::TabFocusReason ? order.constFirst()
                                                                           : order.constLast());
    }
}

void GraphView::activateKeyboardNode()
{
    const QString id = m_scene->keyboardNode();
    if (id.isEmpty())
        return;
    m_document->selectEntity(id);
    Q_EMIT detailsRequested();
}

void GraphView::nudgeKeyboardNode(const QPointF &direction)
{
    const NodeItem *node = m_scene->node(m_scene->keyboardNode());
    if (!node || !node->isPlaced())
        return;
    // A few screen pixels at any zoom.
    constexpr qreal kNudge = 8;
    const QPointF to = node->home() + direction * (kNudge / zoom());
    m_document->undoStack()->push(new MoveNodeCommand(m_document, node->id(),
                                                      m_document->nodePosition(node->id()), to,
                                                      MoveNodeCommand::Kind::Nudge));
    ensureVisible(node->layoutBox().translated(to), 40, 40);
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() == Qt::ShiftModifier) {
        static const QHash<int, QPointF> directions = { { Qt::Key_Left, { -1, 0 } },
                                                        { Qt::Key_Right, { 1, 0 } },
                                                        { Qt::Key_Up, { 0, -1 } },
                                                        { Qt::Key_Down, { 0, 1 } } };
        if (directions.contains(event->key())) {
            nudgeKeyboardNode(directions.value(event->key()));
            return;
        }
    }
    switch (event->key()) {
    case Qt::Key_Left:
        moveKeyboardFocus({ -1, 0 });
        return;
    case Qt::Key_Right:
        moveKeyboardFocus({ 1, 0 });
        return;
    case Qt::Key_Up:
        moveKeyboardFocus({ 0, -1 });
        return;
    case Qt::Key_Down:
        moveKeyboardFocus({ 0, 1 });
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        activateKeyboardNode();
        return;
    case Qt::Key_Space:
        if (!m_scene->keyboardNode().isEmpty())
            m_document->selectEntity(m_scene->keyboardNode());
        return;
    case Qt::Key_Escape:
        if (!m_scene->focusNode().isEmpty()) {
            leaveFocus();
            return;
        }
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

} // namespace atlas
