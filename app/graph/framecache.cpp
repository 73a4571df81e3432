// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "framecache.h"

#include <QColor>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QPixmap>
#include <QRegion>
#include <QWidget>

#include <cmath>

namespace atlas {

namespace {

// The device a widget's painter draws on (the window's backing store, or the image or pixmap of
// QWidget::render) and where the widget sits on it.
struct PaintTarget
{
    const QPaintDevice *device = nullptr;
    QTransform toDevice;
};

PaintTarget paintTarget(QWidget *widget)
{
    QPainter probe(widget);
    if (!probe.isActive())
        return {};
    // The painter names the widget; its engine knows the device the pixels went to.
    return { probe.paintEngine()->paintDevice(), probe.deviceTransform() };
}

} // namespace

void FrameCache::capture(QWidget *viewport, const QRegion &region, const QTransform &viewTransform,
                         bool plain)
{
    if (m_active)
        return;
    const qreal ratio = viewport->devicePixelRatioF();
    const QSize size = viewport->size() * ratio;
    const bool whole = QRegion(viewport->rect()).subtracted(region).isEmpty();
    if (!whole && (!m_complete || m_frame.size() != size))
        return;
    const PaintTarget target = paintTarget(viewport);
    const int type = target.device ? target.device->devType() : 0;
    if (type != QInternal::Image && type != QInternal::Pixmap) {
        m_complete = false;
        return;
    }
    if (m_frame.size() != size) {
        m_frame = QImage(size, QImage::Format_ARGB32_Premultiplied);
        m_frame.setDevicePixelRatio(ratio);
    }
    QPainter into(&m_frame);
    into.setCompositionMode(QPainter::CompositionMode_Source);
    for (const QRect &r : region) {
        const QRectF from = target.toDevice.mapRect(QRectF(r));
        if (type == QInternal::Image)
            into.drawImage(QRectF(r), *static_cast<const QImage *>(target.device), from);
        else
            into.drawPixmap(QRectF(r), *static_cast<const QPixmap *>(target.device), from);
    }
    m_plain = (whole || m_plain) && plain;
    m_drawnWith = viewTransform;
    m_complete = true;
}

bool FrameCache::isPlainAt(const QTransform &viewTransform) const
{
    if (!m_complete || !m_plain)
        return false;
    // Equal up to rounding: scrolling moves the picture by whole pixels.
    const QTransform d = m_drawnWith.inverted() * viewTransform;
    return d.type() <= QTransform::TxTranslate && std::abs(d.dx()) < 0.01
            && std::abs(d.dy()) < 0.01;
}

void FrameCache::scroll(int dx, int dy)
{
    if (m_active || !m_complete)
        return;
    // Moved by hand rather than scrolled in place: a painter must not read what it writes.
    const QImage before = m_frame.copy();
    QPainter into(&m_frame);
    into.setCompositionMode(QPainter::CompositionMode_Source);
    into.drawImage(QPointF(dx, dy), before);
    m_drawnWith *= QTransform::fromTranslate(dx, dy);
}

bool FrameCache::start()
{
    m_active = m_complete;
    return m_active;
}

void FrameCache::paint(QPainter *painter, const QRect &rect, const QTransform &viewTransform,
                       const QColor &canvas) const
{
    painter->fillRect(rect, canvas);
    // From the viewport as it was painted to the viewport as it is: back to the scene, then on.
    painter->setTransform(m_drawnWith.inverted() * viewTransform);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawImage(QPointF(0, 0), m_frame);
}

void FrameCache::paintUnscaled(QPainter *painter, const QRect &rect) const
{
    const qreal ratio = m_frame.devicePixelRatio();
    const QRectF from(QPointF(rect.topLeft()) * ratio, QSizeF(rect.size()) * ratio);
    painter->drawImage(QRectF(rect), m_frame, from);
}

} // namespace atlas
