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

// What a large graph's view last painted, kept to draw again cheaply. The view copies each
// frame it paints (read back from the device it painted on, so keeping it costs a copy, not a
// second drawing). Two uses:
// - progressive zoom: while a wheel or key zoom gesture runs, each step shows the picture scaled
//   to the new zoom (start() … stop()), and the view draws crisply once the gesture rests;
// - hover: a picture without hover dimming, dimmed as a whole, under the hovered neighbourhood.
class FrameCache
{
public:
    // After the view painted `region` of `viewport`: copies those pixels. A copy that covers the
    // whole viewport makes the picture complete; a part keeps it complete if it already was.
    // `plain`: painted without hover dimming; the picture is plain while every part of it is.
    void capture(QWidget *viewport, const QRegion &region, const QTransform &viewTransform,
                 bool plain);
    // The view's contents scrolled by (dx, dy) pixels: the picture moves with them.
    void scroll(int dx, int dy);
    void invalidate() { m_complete = false; }
    bool isComplete() const { return m_complete; }
    // Complete, plain, and painted with the view's present transform.
    bool isPlainAt(const QTransform &viewTransform) const;

    // A gesture starts from the picture as it stands.
    bool start();
    void stop() { m_active = false; }
    bool isActive() const { return m_active; }

    // Draws the picture as the view would show it with viewTransform (the view's current
    // scene-to-viewport transform), the canvas colour where the picture has nothing.
    void paint(QPainter *painter, const QRect &rect, const QTransform &viewTransform,
               const QColor &canvas) const;

    // Draws the part `rect` of the picture as it was painted (isPlainAt() the view's transform).
    void paintUnscaled(QPainter *painter, const QRect &rect) const;

private:
    QImage m_frame;
    QTransform m_drawnWith; // the viewport transform the picture was painted with
    bool m_complete = false;
    bool m_plain = false;
    bool m_active = false;
};

} // namespace atlas
