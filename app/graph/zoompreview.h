// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QTransform>

QT_BEGIN_NAMESPACE
class QColor;
class QPainter;
class QRect;
class QRegion;
class QWidget;
QT_END_NAMESPACE

namespace atlas {

// Progressive zoom for a large graph. The view keeps a copy of what it last painted (read back
// from the device it painted on, so keeping it costs a copy, not a second drawing); while a wheel
// or key zoom gesture runs, each step shows that picture scaled to the new zoom, and the view
// draws the graph crisply again once the gesture rests. A step then costs a scaled copy instead
// of a drawing of every item.
class ZoomPreview
{
public:
    // After the view painted `region` of `viewport`: copies those pixels. A copy that covers the
    // whole viewport makes the picture complete; a part keeps it complete if it already was.
    void capture(QWidget *viewport, const QRegion &region, const QTransform &viewTransform);
    // The view's contents scrolled by (dx, dy) pixels: the picture moves with them.
    void scroll(int dx, int dy);
    void invalidate() { m_complete = false; }
    bool isComplete() const { return m_complete; }

    // A gesture starts from the picture as it stands.
    bool start();
    void stop() { m_active = false; }
    bool isActive() const { return m_active; }

    // Draws the picture as the view would show it with viewTransform (the view's current
    // scene-to-viewport transform), the canvas colour where the picture has nothing.
    void paint(QPainter *painter, const QRect &rect, const QTransform &viewTransform,
               const QColor &canvas) const;

private:
    QImage m_frame;
    QTransform m_drawnWith; // the viewport transform the picture was painted with
    bool m_complete = false;
    bool m_active = false;
};

} // namespace atlas
