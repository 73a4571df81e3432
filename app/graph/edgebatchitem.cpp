// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "edgebatchitem.h"

#include "layout/segmentclip.h"

#include "edgeitem.h"
#include "graphscene.h"
#include "graphstyle.h"

#include <QHash>
#include <QPainter>
#include <QPaintDevice>
#include <QStyleOptionGraphicsItem>
#include <QWidget>

#include <array>
#include <cmath>

namespace atlas {

namespace {

// Arrow heads of plain edges show from this zoom on, as EdgeItem draws them.
constexpr qreal kDetailLod = 0.3;

struct Style
{
    quint32 colour;
    quint32 dimmed;
    QList<qreal> dashes; // on, off, on, off … in pixels; empty: solid
    qreal period = 0;
};

Style styleOf(const QPen &pen)
{
    Style s;
    s.colour = pen.color().rgba();
    s.dimmed = GraphStyle::dimmed(pen.color()).rgba();
    if (pen.style() != Qt::SolidLine) {
        s.dashes = pen.dashPattern(); // in pen widths: pixels at the plain width of one
        for (qreal v : std::as_const(s.dashes))
            s.period += v;
        if (s.period <= 0)
            s.dashes.clear();
    }
    return s;
}

// A one-pixel line without smoothing, as QPainter's cosmetic stroker draws it, written straight
// into the image; dashes follow the distance along the line from `offset`. The pixels are those of
// the whole line from a to b, stepped from a, whatever part of it the image holds: a part of the
// view drawn alone (an edit repaints only where it changed) shows exactly what a paint of the
// whole view shows there.
void drawLine(QImage &image, QPointF a, QPointF b, quint32 colour, const Style &style, qreal offset)
{
    const int w = image.width();
    const int h = image.height();
    // Every point that rounds to a pixel of the image: [-0.5, w - 0.5) across, likewise down.
    const auto inside = SegmentClip::range(a, b, QRectF(-0.5, -0.5, w, h));
    if (!inside)
        return;
    const qint64 x0 = std::llround(a.x());
    const qint64 y0 = std::llround(a.y());
    const qint64 x1 = std::llround(b.x());
    const qint64 y1 = std::llround(b.y());
    const qint64 steps = std::max(std::abs(x1 - x0), std::abs(y1 - y0));
    uchar *bits = image.bits();
    const qsizetype stride = image.bytesPerLine();
    auto plot = [&](qint64 x, qint64 y) {
        if (x >= 0 && y >= 0 && x < w && y < h)
            reinterpret_cast<quint32 *>(bits + y * stride)[x] = colour;
    };
    if (steps == 0) {
        plot(x0, y0);
        return;
    }
    // The steps whose pixels may fall in the image: those of the clipped part, one more each side.
    const qint64 first = std::max<qint64>(0, qint64(std::floor(inside->t0 * double(steps))) - 1);
    const qint64 last = std::min<qint64>(steps, qint64(std::ceil(inside->t1 * double(steps))) + 1);
    // 16.16 fixed point.
    const qint64 sx = ((x1 - x0) * 65536) / steps;
    const qint64 sy = ((y1 - y0) * 65536) / steps;
    qint64 fx = x0 * 65536 + 32768 + first * sx;
    qint64 fy = y0 * 65536 + 32768 + first * sy;
    if (style.dashes.isEmpty()) {
        for (qint64 i = first; i <= last; ++i) {
            plot(fx >> 16, fy >> 16);
            fx += sx;
            fy += sy;
        }
        return;
    }
    const qreal step = QLineF(a, b).length() / qreal(steps);
    qreal d = std::fmod(offset + qreal(first) * step, style.period);
    int k = 0;
    while (d >= style.dashes.at(k)) {
        d -= style.dashes.at(k);
        k = (k + 1) % int(style.dashes.size());
    }
    for (qint64 i = first; i <= last; ++i) {
        if (k % 2 == 0)
            plot(fx >> 16, fy >> 16);
        fx += sx;
        fy += sy;
        d += step;
        while (d >= style.dashes.at(k)) {
            d -= style.dashes.at(k);
            k = (k + 1) % int(style.dashes.size());
        }
    }
}

} // namespace

EdgeBatchItem::EdgeBatchItem(const GraphScene *scene) : m_scene(scene)
{
    setFlag(ItemUsesExtendedStyleOption);
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(-1);
}

void EdgeBatchItem::setArea(const QRectF &area)
{
    if (area == m_area)
        return;
    prepareGeometryChange();
    m_area = area;
}

QRectF EdgeBatchItem::boundingRect() const
{
    return m_area;
}

QPainterPath EdgeBatchItem::shape() const
{
    return {}; // never under the pointer: clicks and hover go to the edges and nodes
}

bool EdgeBatchItem::contains(const QPointF &) const
{
    return false;
}

bool EdgeBatchItem::collidesWithPath(const QPainterPath &, Qt::ItemSelectionMode) const
{
    return false;
}

void EdgeBatchItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                          QWidget *widget)
{
    if (m_scene->isExporting())
        return;
    if (!m_scene->isCrowded()) {
        paintEachEdge(painter, option);
        return;
    }
    // In the widget's own coordinates: the painter's device transform also holds where the widget
    // sits in the window's backing store, which a reset transform keeps applying.
    const QTransform t = painter->worldTransform();
    if (t.type() > QTransform::TxScale)
        return; // the view only scales and scrolls
    const QPaintDevice *device = painter->device();
    const qreal dpr = device->devicePixelRatioF();
    const QRect bounds = widget ? widget->rect() : QRect(0, 0, device->width(), device->height());
    const QRect logical =
            t.mapRect(option->exposedRect).toAlignedRect().adjusted(-1, -1, 1, 1) & bounds;
    if (logical.isEmpty())
        return;
    const QRect area(QPoint(0, 0), (QSizeF(logical.size()) * dpr).toSize());

    std::array<Style, 8> styles;
    for (RelationshipType type : allValues<RelationshipType>())
        styles[size_t(type)] = styleOf(GraphStyle::edgePen(type));
    // User-defined types: one style each, made when the first of their edges is drawn.
    QHash<QString, Style> customStyles;
    auto styleOfEdge = [&](const EdgeItem *e) -> const Style & {
        if (e->relationshipType() != RelationshipType::Custom)
            return styles[size_t(e->relationshipType())];
        auto it = customStyles.find(e->customType());
        if (it == customStyles.end())
            it = customStyles.insert(e->customType(), styleOf(e->pen()));
        return *it;
    };

    // The exposed part is drawn in the top left of an image of the whole view, kept from one
    // paint to the next whatever part each exposes.
    const QSize whole = (QSizeF(bounds.size()) * dpr).toSize().expandedTo(area.size());
    if (m_image.size() != whole)
        m_image = QImage(whole, QImage::Format_ARGB32_Premultiplied);
    QImage image(m_image.bits(), area.width(), area.height(), m_image.bytesPerLine(),
                 m_image.format());
    image.fill(GraphStyle::canvas());
    const QTransform toImage = t * QTransform::fromTranslate(-logical.left(), -logical.top())
            * QTransform::fromScale(dpr, dpr);
    // Scale and offset only (checked above): mapped by hand, thirty thousand times a frame.
    const qreal m11 = toImage.m11();
    const qreal m22 = toImage.m22();
    const qreal dx = toImage.dx();
    const qreal dy = toImage.dy();
    auto map = [&](const QPointF &p) { return QPointF(p.x() * m11 + dx, p.y() * m22 + dy); };
    const qreal w = image.width();
    const qreal h = image.height();
    const bool arrows = option->levelOfDetailFromTransform(painter->worldTransform()) >= kDetailLod;
    QList<const EdgeItem *> withArrows;
    const QList<EdgeItem *> &edges = m_scene->edgeItems();
    // Thousands of items scattered over the heap (20,000 at a million events): each is fetched
    // well ahead of its turn, and what it points to a little less ahead.
    constexpr qsizetype kItemAhead = 16;
    constexpr qsizetype kPartsAhead = 8;
    for (qsizetype k = 0, n = edges.size(); k < n; ++k) {
        if (k + kItemAhead < n)
            __builtin_prefetch(edges.at(k + kItemAhead));
        if (k + kPartsAhead < n)
            edges.at(k + kPartsAhead)->prefetchDrawn();
        const EdgeItem *e = edges.at(k);
        if (!e->isBatched() || !e->isVisible())
            continue;
        const QPolygonF &line = e->polyline();
        if (line.size() < 2)
            continue;
        const Style &style = styleOfEdge(e);
        const bool dimmed = m_scene->dims(e);
        const quint32 colour = dimmed ? style.dimmed : style.colour;
        qreal offset = 0;
        QPointF a = map(line.at(0));
        for (qsizetype i = 1; i < line.size(); ++i) {
            const QPointF b = map(line.at(i));
            // Cheap rejection of what lies wholly to one side of the exposed part (a point rounds
            // to the pixel whose centre is nearest).
            if (!((a.x() < -0.5 && b.x() < -0.5) || (a.y() < -0.5 && b.y() < -0.5)
                  || (a.x() >= w - 0.5 && b.x() >= w - 0.5)
                  || (a.y() >= h - 0.5 && b.y() >= h - 0.5)))
                drawLine(image, a, b, colour, style, offset);
            if (!style.dashes.isEmpty())
                offset += QLineF(a, b).length();
            a = b;
        }
        if (arrows && !dimmed && !e->arrow().isEmpty()) {
            const QRectF r = e->arrow().boundingRect();
            const QPointF tl = map(r.topLeft());
            const QPointF br = map(r.bottomRight());
            if (br.x() >= 0 && br.y() >= 0 && tl.x() < w && tl.y() < h)
                withArrows.append(e);
        }
    }
    if (!withArrows.isEmpty()) {
        QPainter p(&image);
        p.setTransform(toImage);
        p.setPen(Qt::NoPen);
        for (const EdgeItem *e : std::as_const(withArrows)) {
            p.setBrush(QColor::fromRgba(styleOfEdge(e).colour));
            p.drawPolygon(e->arrow());
        }
    }
    image.setDevicePixelRatio(dpr);
    painter->save();
    painter->resetTransform();
    painter->setCompositionMode(QPainter::CompositionMode_Source);
    painter->drawImage(QPointF(logical.topLeft()), image);
    painter->restore();
}

void EdgeBatchItem::paintEachEdge(QPainter *painter, const QStyleOptionGraphicsItem *option) const
{
    // What each item would draw, in the scene's order, at its own opacity (a fading edge).
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF exposed = option->exposedRect;
    painter->save();
    for (const EdgeItem *e : m_scene->edgeItems()) {
        if (!e->isBatched() || !e->isVisible() || !e->boundingRect().intersects(exposed))
            continue;
        painter->setOpacity(e->opacity());
        e->drawLine(painter, lod);
    }
    painter->restore();
}

} // namespace atlas
