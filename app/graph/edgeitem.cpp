// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "edgeitem.h"

#include "graphscene.h"
#include "graphstyle.h"
#include "nodeitem.h"

#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {
// Thinner than this on screen, arrow heads and antialiasing cost more than they show.
constexpr qreal kDetailLod = 0.3;
// Below this zoom edges are smooth one-pixel lines: the raster engine draws cosmetic pens up to
// one pixel wide on a fast path, while wider ones are stroked into outlines and filled, which
// costs most of a frame of a zoomed-out graph. Type still shows by colour and dash pattern.
constexpr qreal kThinLod = 0.65;
// How far either side of the line a click still picks the edge, in scene units.
constexpr qreal kHitWidth = 9;

QPointF unit(const QPointF &v)
{
    const qreal l = std::hypot(v.x(), v.y());
    return l > 1e-9 ? v / l : QPointF(1, 0);
}
} // namespace

EdgeItem::EdgeItem(const Relationship &relationship, NodeItem *source, NodeItem *dest,
                   const CustomType *custom)
    : m_id(relationship.id),
      m_type(relationship.type),
      m_custom(custom && relationship.type == RelationshipType::Custom ? *custom : CustomType()),
      m_directed(relationship.type == RelationshipType::Custom ? !custom || custom->directed
                                                               : relationship.isDirected()),
      m_source(source),
      m_dest(dest)
{
    source->addEdge(this);
    dest->addEdge(this);
    setAcceptedMouseButtons(Qt::LeftButton);
    // The view shows the pointing hand over an edge when the pointer rests (see GraphView): an
    // item cursor makes the scene search all items on every mouse move.
    setZValue(0);
    setVisible(false);
    setOpacity(0);
}

void EdgeItem::setRelationship(const Relationship &relationship, const CustomType *custom)
{
    const bool custom_ = relationship.type == RelationshipType::Custom;
    const CustomType look = custom && custom_ ? *custom : CustomType();
    const bool directed = custom_ ? !custom || custom->directed : relationship.isDirected();
    if (relationship.type == m_type && directed == m_directed && look == m_custom)
        return;
    m_type = relationship.type;
    m_custom = look;
    m_directed = directed;
    if (adjust())
        return;
    // Only the look changed (the line stays where it is): drawn anew by the item or the batch.
    update();
    if (m_batched && isVisible()) {
        if (auto *gs = qobject_cast<GraphScene *>(scene()))
            gs->updateBatch(m_bounds);
    }
}

QPen EdgeItem::pen() const
{
    return m_type == RelationshipType::Custom ? GraphStyle::edgePen(m_custom)
                                              : GraphStyle::edgePen(m_type);
}

void EdgeItem::setBend(qreal bend)
{
    m_bend = bend;
    adjust();
}

bool EdgeItem::adjust()
{
    QPolygonF line;
    QPolygonF arrow;
    QPointF control;
    const QPointF a = m_source->pos();
    const QPointF b = m_dest->pos();
    const QPointF d = b - a;
    const qreal length = std::hypot(d.x(), d.y());
    const qreal clearance =
            m_source->radius() + m_dest->radius() + (m_directed ? GraphStyle::arrowSize() : 0) + 4;
    if (length >= clearance) {
        const QPointF normal(-d.y() / length, d.x() / length);
        // A quadratic curve passes its control point's offset at half strength through the
        // middle.
        control = (a + b) / 2 + normal * (2 * m_bend);
        const QPointF start = a + unit(control - a) * (m_source->radius() + 2);
        const QPointF tip = b - unit(b - control) * (m_dest->radius() + 3);
        const QPointF dir = unit(tip - (m_bend == 0 ? start : control));
        const QPointF end = m_directed ? tip - dir * (GraphStyle::arrowSize() * 0.8) : tip;
        if (m_bend == 0) {
            line << start << end;
        } else {
            constexpr int kPieces = 12;
            for (int i = 0; i <= kPieces; ++i) {
                const qreal t = qreal(i) / kPieces;
                line << start * ((1 - t) * (1 - t)) + control * (2 * (1 - t) * t) + end * (t * t);
            }
        }
        if (m_directed) {
            const qreal s = GraphStyle::arrowSize();
            const QPointF side(-dir.y(), dir.x());
            const QPointF base = tip - dir * s;
            arrow << tip << base + side * (s * 0.45) << base - side * (s * 0.45) << tip;
        }
    }
    // A node that changes without moving or resizing (an edit changing its degree alone) leaves
    // its lines where they are: nothing to repaint, and no move in the scene's index.
    auto same = [](const QPolygonF &x, const QPolygonF &y) {
        return x.size() == y.size() && std::equal(x.cbegin(), x.cend(), y.cbegin());
    };
    if (same(line, m_line) && same(arrow, m_arrow))
        return false;

    GraphScene *gs = m_batched && isVisible() ? qobject_cast<GraphScene *>(scene()) : nullptr;
    const QRectF before = m_bounds;
    prepareGeometryChange();
    m_path = QPainterPath();
    if (!line.isEmpty()) {
        m_path.moveTo(line.constFirst());
        if (m_bend == 0)
            m_path.lineTo(line.constLast());
        else
            m_path.quadTo(control, line.constLast());
    }
    m_line = std::move(line);
    m_arrow = std::move(arrow);
    // The outline clicks hit is made when first asked for: while nodes move it would be
    // remade on every frame for nothing.
    m_hit = QPainterPath();
    m_hitValid = m_path.isEmpty();
    m_bounds = m_path.isEmpty() ? QRectF()
                                : m_path.boundingRect()
                                          .united(m_arrow.boundingRect())
                                          .adjusted(-kHitWidth, -kHitWidth, kHitWidth, kHitWidth);
    // Where the line was and is, in one rectangle (the two are mostly the same place): the batch
    // repaints the bounding rectangle of all it is asked to.
    if (gs)
        gs->updateBatch(before | m_bounds);
    return true;
}

void EdgeItem::updateBatched()
{
    const auto *gs = qobject_cast<const GraphScene *>(scene());
    // Hovered and selected edges are drawn by themselves, above the batch (its z is below every
    // item's). Each edge the batch draws is no item to Qt's repaint: showing or hiding thousands
    // as the time window moves costs no per-item update, and no per-item record of where it was
    // painted (about 1 KB each, made the first time an item is drawn: 3,000 edges coming out of a
    // crowded scene cost 15 ms in the first zoom step at 100,000 events).
    const bool batched = gs && !gs->isExporting() && !m_emphasised && !m_marked;
    if (batched == m_batched)
        return;
    m_batched = batched;
    setFlag(ItemHasNoContents, batched);
    update();
    if (auto *s = qobject_cast<GraphScene *>(scene()))
        s->updateBatch(m_bounds);
}

QPointF EdgeItem::midPoint() const
{
    return m_path.isEmpty() ? (m_source->pos() + m_dest->pos()) / 2 : m_path.pointAtPercent(0.5);
}

void EdgeItem::setPresence(qreal presence)
{
    m_presence = presence;
    updateOpacity();
}

bool EdgeItem::isDimmed() const
{
    const auto *gs = qobject_cast<const GraphScene *>(scene());
    return gs && gs->dims(this);
}

void EdgeItem::updateOpacity()
{
    const bool wasVisible = isVisible();
    const qreal wasOpacity = opacity();
    setOpacity(m_presence);
    setVisible(m_presence > 0.001);
    // An item without contents repaints nothing when it shows, hides or fades: the batch does.
    if (m_batched && (wasVisible != isVisible() || (isVisible() && wasOpacity != opacity()))) {
        if (auto *gs = qobject_cast<GraphScene *>(scene()))
            gs->updateBatch(m_bounds);
    }
}

void EdgeItem::setDrawnState(bool *member, bool on)
{
    if (on == *member)
        return;
    *member = on;
    updateBatched();
    update();
}

void EdgeItem::setEmphasised(bool on)
{
    setDrawnState(&m_emphasised, on);
}

void EdgeItem::setMarked(bool on)
{
    setDrawnState(&m_marked, on);
}

QRectF EdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath EdgeItem::shape() const
{
    if (!m_hitValid) {
        QPainterPathStroker stroker;
        stroker.setWidth(kHitWidth);
        m_hit = stroker.createStroke(m_path);
        m_hit.addPolygon(m_arrow);
        m_hitValid = true;
    }
    return m_hit;
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (!m_batched)
        drawLine(painter, option->levelOfDetailFromTransform(painter->worldTransform()));
}

void EdgeItem::drawLine(QPainter *painter, qreal lod) const
{
    if (m_path.isEmpty())
        return;
    const auto *gs = qobject_cast<const GraphScene *>(scene());
    const bool exporting = gs && gs->isExporting();
    const bool dimmed = gs && gs->dims(this);
    // Thousands of long lines drawn smooth, dashed and thick cost most of a frame; in a crowded
    // view, or zoomed far out, they are drawn plain until they matter (hover, selection).
    const bool plain = !exporting && !m_marked && !m_emphasised
            && (lod < kDetailLod || dimmed || (gs && gs->isCrowded()));
    QPen pen = this->pen();
    if (dimmed)
        pen.setColor(GraphStyle::dimmed(pen.color()));
    if (plain) {
        painter->setRenderHint(QPainter::Antialiasing, false);
        pen.setWidthF(1);
    } else {
        // Set each time: the view does not restore painter state between items.
        painter->setRenderHint(QPainter::Antialiasing, true);
        if (!exporting && !m_marked && !m_emphasised && lod < kThinLod)
            pen.setWidthF(1);
    }
    if (m_marked) {
        QPen halo(GraphStyle::selectionColor(), pen.widthF() + 6);
        halo.setCosmetic(true);
        halo.setCapStyle(Qt::RoundCap);
        painter->setPen(halo);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_path);
    }
    if (m_emphasised || m_marked)
        pen.setWidthF(pen.widthF() + 1.2);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    // Plain, the points the batch draws will do: the raster engine draws a thin aliased polyline
    // without turning a path into a vector path (a third of a frame of 2,000 such edges).
    if (plain)
        painter->drawPolyline(m_line);
    else
        painter->drawPath(m_path);
    if (!m_arrow.isEmpty() && !dimmed && (!plain || lod >= kDetailLod)) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(pen.color());
        painter->drawPolygon(m_arrow);
    }
}

void EdgeItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_pressed = event->button() == Qt::LeftButton;
    event->setAccepted(m_pressed);
}

void EdgeItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_pressed)
        return;
    m_pressed = false;
    if (!contains(event->pos()))
        return;
    if (auto *gs = qobject_cast<GraphScene *>(scene()))
        gs->edgeClicked(this);
}

} // namespace atlas
