// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framecache.h"

#include <QGraphicsView>

#include <functional>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QMenu;
class QTimer;
QT_END_NAMESPACE

namespace atlas {

class Document;
class GraphLegend;
class GraphScene;
class MiniMap;

// The company graph on screen. A click selects the entity or relationship in the Document; a
// double click shows the node's neighbourhood (hops() steps) until Escape; dragging a node moves
// it (one undo step, saved by the workspace); the wheel zooms about the cursor, dragging the
// background pans. Arrow keys and Tab move a keyboard focus between nodes, Enter selects the
// focused node and asks for its details, Shift+arrows move it. A legend and, when the graph does
// not fit, an overview sit over the corners.
class GraphView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit GraphView(Document *document, QWidget *parent = nullptr);
    ~GraphView() override;

    Document *document() const { return m_document; }
    GraphScene *graphScene() const { return m_scene; }
    // Adds entries of other views to a node's context menu (the window adds the timeline's
    // "Pin a Timeline Lane"), after the graph's own.
    using NodeMenuHook = std::function<void(QMenu *menu, const QString &entityId)>;
    void setNodeMenuHook(NodeMenuHook hook) { m_nodeMenuHook = std::move(hook); }
    // What the view says while the graph has no node (empty: nothing), such as that the data is
    // still being read.
    void setEmptyText(const QString &text);
    GraphLegend *legend() const { return m_legend; }
    MiniMap *miniMap() const { return m_miniMap; }

    // Ctrl++ (and Ctrl+=), Ctrl+-, Ctrl+Shift+F or F; shortcuts work while the view (or the widget
    // the actions are also added to) has focus.
    QAction *zoomInAction() const { return m_zoomInAction; }
    QAction *zoomOutAction() const { return m_zoomOutAction; }
    QAction *fitAction() const { return m_fitAction; }
    QAction *relayoutAction() const { return m_relayoutAction; }
    // Checkable, enabled while a live layout runs.
    QAction *pauseLayoutAction() const { return m_pauseLayoutAction; }
    QLabel *liveLayoutNote() const { return m_liveNote; }
    QAction *legendAction() const { return m_legendAction; }
    // Checkable options for large graphs, also in the window's View menu (which remembers them).
    QAction *sizeByDegreeAction() const { return m_sizeByDegreeAction; }
    QAction *colourByCommunityAction() const { return m_colourByCommunityAction; }
    // Colour and size as the imported file gave them (GEXF viz), each exclusive with the option
    // above it; disabled while no entity has one.
    QAction *colourFromFileAction() const { return m_colourFromFileAction; }
    QAction *sizeFromFileAction() const { return m_sizeFromFileAction; }

    qreal zoom() const;
    // About the centre of the view, within 3 % … 600 %.
    void zoomBy(qreal factor);
    // The whole shown graph, never larger than 100 % so labels keep their size.
    void fitToView();
    // Scrolls so the entity's node is in the middle; false when it is not shown.
    bool centreOn(const QString &entityId);
    // Progressive zoom of the wheel and the zoom keys (see ZoomPreview): Auto when the last whole
    // frame took over 16 ms to draw.
    enum class PictureReuse { Auto, Always, Never };
    void setPictureReuse(PictureReuse mode);
    // A zoom gesture shows the scaled picture; the graph is drawn crisply again once it rests.
    bool zoomPreviewShown() const { return m_frame.isActive(); }
    // How many paints the kept picture served (a zoom step, a hover) instead of every item.
    int reusedPaints() const { return m_reusedPaints; }

    int hops() const { return m_hops; }
    void setHops(int hops); // 1 … 3
    // Neighbourhood focus on the entity; Escape or leaveFocus() returns to the view before it.
    void focusNeighbourhood(const QString &entityId);
    void leaveFocus();
    // Gives a node the user placed back to the layout (one undo step); false when not pinned.
    bool unpin(const QString &entityId);

Q_SIGNALS:
    // Enter on a node: the lead raises the details of the selection.
    void detailsRequested();
    void hopsChanged(int hops);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void changeEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void paintEvent(QPaintEvent *event) override;

private:
    NodeMenuHook m_nodeMenuHook;
    void createActions();
    void retranslate();
    // A step of the wheel or of the zoom keys may be shown by the scaled picture (Gesture::Yes);
    // zoomBy(), fitting and centring always draw crisply.
    enum class Gesture { No, Yes };
    void zoomAbout(qreal zoom, const QPointF &viewPos, Gesture gesture = Gesture::No);
    void updateViewRect();
    void updateOverlays();
    void showLiveNote();
    bool legendShown() const;
    void updateBanner();
    void followSelection();
    void moveKeyboardFocus(const QPointF &direction);
    void nudgeKeyboardNode(const QPointF &direction);
    QStringList tabOrder() const;
    QString startingNode() const;
    void activateKeyboardNode();
    // The node under the pointer is hovered and shows a pointing hand; over an edge the hand
    // shows once the pointer rests (m_cursorTimer), as that look-up searches every item.
    void updateHover(const QPoint &viewPos);
    void setViewportCursor(Qt::CursorShape shape);

    Document *m_document;
    GraphScene *m_scene;
    GraphLegend *m_legend;
    MiniMap *m_miniMap;
    QLabel *m_banner;
    // While a live layout runs: how far it is, and how to pause it.
    QLabel *m_liveNote;
    double m_liveDone = 0;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_fitAction = nullptr;
    QAction *m_relayoutAction = nullptr;
    QAction *m_pauseLayoutAction = nullptr;
    // The view follows a live layout, fitted, and fits its end too, unless the user zooms or pans.
    bool m_fitWhileLive = false;
    QAction *m_legendAction = nullptr;
    QAction *m_sizeByDegreeAction = nullptr;
    QAction *m_colourByCommunityAction = nullptr;
    QAction *m_colourFromFileAction = nullptr;
    QAction *m_sizeFromFileAction = nullptr;
    void createLookActions();
    void updateFileLookActions();
    int m_hops = 1;
    bool m_fitPending = true;
    // The view is the automatic fit (no zoom, pan or centring since): a resize fits again.
    bool m_keepFitted = false;
    // The data was edited while the view was hidden: lay out afresh and fit when shown.
    bool m_relayoutOnShow = false;
    // The view before a neighbourhood focus, to return to.
    bool m_haveSavedView = false;
    QTransform m_savedTransform;
    QPointF m_savedCentre;
    bool m_savedFitted = false;
    QTimer *m_cursorTimer;
    QPoint m_cursorPos;
    QPoint m_pressPos;
    bool m_pressOnItem = false;
    FrameCache m_frame;
    PictureReuse m_pictureReuse = PictureReuse::Auto;
    double m_lastFrameMs = 0; // the last paint of the whole viewport
    QTimer *m_zoomSettle;
    bool previewZoom();
    bool reusesPictures() const;
    void paintHover(const QRegion &region);
    void connectPictureReuse();
    QString m_emptyText;
    QRect m_hoverRepaint; // what hovers asked to repaint since the last paint, viewport coordinates
    int m_reusedPaints = 0;
    void settleZoom();
};

} // namespace atlas
