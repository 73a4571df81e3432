// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventglyph.h"

#include <QPainter>

#include <cmath>
#include <numbers>

namespace atlas {

namespace {

QPainterPath polygon(const QPointF &c, double radius, int corners, double rotation)
{
    QPolygonF points;
    for (int i = 0; i < corners; ++i) {
        const double a = rotation + 2.0 * std::numbers::pi * i / corners;
        points << QPointF(c.x() + radius * std::cos(a), c.y() + radius * std::sin(a));
    }
    QPainterPath path;
    path.addPolygon(points);
    path.closeSubpath();
    return path;
}

QPainterPath star(const QPointF &c, double outer, double inner)
{
    QPolygonF points;
    for (int i = 0; i < 10; ++i) {
        const double r = i % 2 ? inner : outer;
        const double a = -std::numbers::pi / 2.0 + std::numbers::pi * i / 5.0;
        points << QPointF(c.x() + r * std::cos(a), c.y() + r * std::sin(a));
    }
    QPainterPath path;
    path.addPolygon(points);
    path.closeSubpath();
    return path;
}

} // namespace

QColor EventGlyph::colour(EventKind kind)
{
    switch (kind) {
    case EventKind::Partnership:
        return QColor(0x00, 0x72, 0xB2); // blue
    case EventKind::Investment:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case EventKind::Launch:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case EventKind::Establishment:
        return QColor(0xCC, 0x79, 0xA7); // reddish purple
    case EventKind::Plan:
        return QColor(0x56, 0xB4, 0xE9); // sky blue
    case EventKind::Earnings:
        return QColor(0x6E, 0x6E, 0x6E); // grey
    case EventKind::Regulation:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    case EventKind::Contract:
        return QColor(0x5E, 0x3C, 0x99); // purple
    case EventKind::Other:
        return QColor(0x99, 0x99, 0x99);
    }
    return Qt::gray;
}

QPainterPath EventGlyph::shape(EventKind kind, const QPointF &c, double size)
{
    const double r = size / 2.0;
    QPainterPath path;
    switch (kind) {
    case EventKind::Partnership:
        path.addEllipse(c, r, r);
        break;
    case EventKind::Investment:
        path = polygon(c, r * 1.2, 4, -std::numbers::pi / 2.0); // diamond
        break;
    case EventKind::Launch:
        path = polygon(QPointF(c.x(), c.y() + r * 0.2), r * 1.2, 3,
                       -std::numbers::pi / 2.0); // triangle up
        break;
    case EventKind::Establishment:
        path.addRect(QRectF(c.x() - r * 0.9, c.y() - r * 0.9, r * 1.8, r * 1.8));
        break;
    case EventKind::Plan:
        path = polygon(QPointF(c.x(), c.y() - r * 0.2), r * 1.2, 3,
                       std::numbers::pi / 2.0); // triangle down
        break;
    case EventKind::Earnings:
        path = polygon(c, r * 1.05, 6, 0.0); // hexagon
        break;
    case EventKind::Regulation: {
        const double w = r * 0.45;
        path.addRect(QRectF(c.x() - r, c.y() - w, 2 * r, 2 * w));
        path.addRect(QRectF(c.x() - w, c.y() - r, 2 * w, 2 * r));
        path = path.simplified(); // a plus
        break;
    }
    case EventKind::Contract:
        path = star(c, r * 1.3, r * 0.6);
        break;
    case EventKind::Other:
        path.addEllipse(c, r * 0.7, r * 0.7);
        break;
    }
    return path;
}

void EventGlyph::paint(QPainter &painter, EventKind kind, const QPointF &centre, double size,
                       int style)
{
    QColor c = colour(kind);
    const bool dimmed = style & Dimmed;
    if (dimmed)
        c.setAlphaF(0.28);
    const QPainterPath path = shape(kind, centre, size);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (style & Highlighted) {
        // A dark ring outside the shape: visible on every kind's colour.
        QPainterPathStroker stroker;
        stroker.setWidth(5.0);
        stroker.setJoinStyle(Qt::RoundJoin);
        painter.fillPath(stroker.createStroke(path).united(path), QColor(0x20, 0x20, 0x20));
    }
    if (style & Hollow) {
        painter.fillPath(path, dimmed ? QColor(255, 255, 255, 90) : QColor(Qt::white));
        painter.setPen(QPen(c, 1.8));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
    } else {
        painter.fillPath(path, c);
        painter.setPen(QPen(dimmed ? QColor(255, 255, 255, 90) : QColor(Qt::white), 0.8));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
    }
    painter.restore();
}

} // namespace atlas
