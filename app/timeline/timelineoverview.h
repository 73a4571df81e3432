// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timescale.h"

#include <QPixmap>
#include <QWidget>

namespace atlas {

class Document;
class TimelineIndex;

// The whole data as a density strip, with a brush that is the Document's time window: drag in
// empty space to draw a new window, drag the brush to move it, drag its edges to resize it, click
// to centre it, double-click for all time. Left and Right move it by a week (Shift: a month).
class TimelineOverview : public QWidget
{
    Q_OBJECT
public:
    // index must outlive the strip (the TimelineView's index).
    TimelineOverview(Document *document, const TimelineIndex *index, QWidget *parent = nullptr);

    // Whole data in widget pixels.
    const TimeScale &scale() const { return m_scale; }
    // The brush in day numbers, end exclusive: the window, or all data when it is open.
    double brushStart() const;
    double brushEnd() const;
    QRectF brushRect() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The index changed (built again on a worker): the strip is drawn again from it.
    void indexChanged();
    // How often the strip itself was drawn (tests: a step of the window only moves the brush).
    int stripPaints() const { return m_stripPaints; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum class Drag { None, New, Move, Left, Right };
    void updateScale();
    // The strip drawn again at the next paint (the data, its language or the palette changed).
    void redrawStrip();
    void setBrush(double start, double end);
    Drag dragAt(double x) const;

    Document *m_document; // outlives the widget
    const TimelineIndex *m_index;
    TimeScale m_scale;
    Drag m_drag = Drag::None;
    double m_pressX = 0.0;
    double m_anchorDay = 0.0;
    double m_startAtPress = 0.0;
    double m_endAtPress = 0.0;
    bool m_moved = false;
    // The strip as last drawn (the data's density, ticks and labels), at the screen's pixel
    // ratio; stale when it must be drawn again (into the same pixmap while the size holds: a
    // new one's memory costs a page fault per 4 KB the first time, some 90 at this size).
    // Every step of the time window repaints the overview, and at a million events drawing the
    // strip afresh was some 2 ms of each step.
    QPixmap m_strip;
    bool m_stripStale = true;
    int m_stripPaints = 0;
};

} // namespace atlas
