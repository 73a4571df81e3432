// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelineindex.h"
#include "timelinerenderer.h"
#include "timescale.h"

#include "lanechoice.h"

#include <QPixmap>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QScrollBar;
class QThread;
QT_END_NAMESPACE

namespace atlas {

class Document;

// The lanes and their time axis. What it shows is the Document's time window: zooming and
// panning here move the window, and a window set anywhere else (the overview brush, the date
// editors, play) moves the view. Events are found through a TimelineIndex built once per data
// load, so moving the window never rebuilds per-event structures.
//
// Mouse: wheel (or Ctrl+wheel) zooms about the pointer, Shift+wheel and dragging pan, a click on
// a glyph selects its event, on a lane name its entity, on a count badge or heat strip zooms into
// it. Keys: + and - zoom, Left and Right pan (Shift: by half a view), F fits all; Up, Down,
// Page Up and Page Down scroll the lanes when they do not all fit (so does the wheel over the lane
// names). The context menu of a lane pins or unpins it and offers the lane choices.
//
// The index follows edits row by row (Document's record signals) instead of being rebuilt;
// only an edit that adds or removes entities rebuilds it.
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineView(Document *document, QWidget *parent = nullptr);
    ~TimelineView() override;
    // Data of this many events or more has its index built on a worker thread when it is loaded,
    // so the window answers meanwhile (a million events: about a second); the timeline says it is
    // being prepared. Edits that come meanwhile have it built again.
    static constexpr int indexOnWorkerFrom = 50000;
    bool isIndexing() const { return m_indexThread != nullptr; }

    Document *document() const { return m_document; }
    const TimelineIndex &index() const { return m_index; }
    // The visible stretch in day numbers, mapped onto the plot area.
    const TimeScale &scale() const;
    const TimelineLayout &currentLayout() const;
    // Centre of the event's glyph (its first lane), when it is drawn on its own.
    std::optional<QPointF> eventPosition(const QString &eventId) const;
    // The day range "fit all" shows: the data with a margin.
    void fitRange(double *start, double *end) const;

    // Which lanes are shown (see LaneChoice); changing it keeps the window, emits
    // laneChoiceChanged() and scrolls back to the first lane.
    const LaneChoice &laneChoice() const { return m_laneChoice; }
    // What the plot says while it has no lane instead of "no dated events" (empty: that), such
    // as that the data is still being read.
    void setEmptyText(const QString &text);
    void setLaneChoice(const LaneChoice &choice);
    bool isPinned(const QString &entityId) const { return m_laneChoice.pinned.contains(entityId); }
    void setPinned(const QString &entityId, bool pinned);
    // The labels of the lanes on screen, top to bottom, in the interface language.
    QStringList laneLabels() const;
    // Scrolling through chosen lanes: the first lane on screen, of laneCount() in all.
    int firstLane() const { return currentLayout().firstLane; }
    int laneCount() const;
    void setFirstLane(int lane);
    QScrollBar *laneScrollBar() const { return m_laneBar; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void zoomBy(double factor, double anchorX);
    void panBy(double dx);
    void fitAll();
    // Shows [startDay, endDay) and makes it the Document's window.
    void showRange(double startDay, double endDay);

Q_SIGNALS:
    // After the data was reloaded and the index rebuilt, or the index followed an edit.
    void indexRebuilt();
    void laneChoiceChanged();
    // "Choose Lanes…" in the context menu: the widget opens the picker.
    void laneChooserRequested();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QRectF layoutRect() const;
    void placeScrollBar() const;
    void rebuildIndex();
    void flushRemovedEvents();
    // While the worker builds the index: notes that the data changed (true), so that the edit's
    // steps are not applied to an index that is not there yet.
    bool markStale();
    void followWindow();
    void pushWindow();
    void invalidate();
    void constrain();
    double plotCentre() const;

    Document *m_document; // outlives the widget
    TimelineIndex m_index;
    std::unique_ptr<QThread> m_indexThread; // building the index of a large dataset
    bool m_indexStale = false; // the data changed while the worker built the index
    QList<std::pair<int, int>> m_removedEvents; // runs of an edit's removed events, not yet taken
    TimeScale m_range; // days only; pixels come from the layout
    mutable TimelineLayout m_layout;
    mutable bool m_layoutDirty = true;
    mutable quint64 m_layoutGeneration = 0;
    struct BackgroundKey
    {
        quint64 layout = 0;
        QSize size;
        qreal dpr = 0.0;
        qint64 palette = 0;
        bool operator==(const BackgroundKey &) const = default;
    };
    BackgroundKey m_backgroundKey;
    QPixmap m_background;
    bool m_pushing = false;
    LaneChoice m_laneChoice;
    QString m_emptyText;
    int m_firstLane = 0;
    QScrollBar *m_laneBar = nullptr;

    QPoint m_pressPos;
    double m_lastX = 0.0;
    bool m_pressed = false;
    bool m_panning = false;
};

} // namespace atlas
