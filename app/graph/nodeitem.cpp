// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodeitem.h"

#include "edgeitem.h"
#include "graphscene.h"
#include "graphstyle.h"
#include "models/document.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace atlas {

namespace {
constexpr qreal kHaloX = 3;
constexpr qreal kHaloY = 1;
constexpr int kMaxLabelLines = 2;
// Below this zoom the labels would be unreadable specks; they come back on hover and selection.
constexpr qreal kLabelLod = 0.4;
constexpr qreal kOutlineLod = 0.25;
} // namespace

NodeItem::NodeItem(const Entity &entity, int degree)
    : m_id(entity.id)
    , m_kind(entity.kind)
    , m_radius(GraphStyle::radius(entity.kind, degree))
    , m_shape(GraphStyle::shape(entity.kind, m_radius))
    , m_font(GraphStyle::labelFont(entity.kind))
{
    setFlag(ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    setZValue(2);
    setVisible(false);
    setOpacity(0);
}

void NodeItem::setLabel(const QString &label)
{
    const QFontMetricsF fm(m_font);
    const qreal maxWidth = GraphStyle::labelMaxWidth();
    QString text = label;
    // Long names wrap onto a second line and are elided after it, so a label never grows into
    // its neighbours' space.
    if (fm.horizontalAdvance(text) > maxWidth * kMaxLabelLines * 0.95)
        text = fm.elidedText(text, Qt::ElideRight, maxWidth * kMaxLabelLines * 0.9);
    QRectF r = fm.boundingRect(QRectF(0, 0, maxWidth, 1e4), Qt::AlignHCenter | Qt::TextWordWrap, text);
    r.setHeight(std::min(r.height(), fm.lineSpacing() * kMaxLabelLines + 1));
    m_label = text;
    m_labelSize = QSizeF(std::ceil(r.width()) + 2 * kHaloX, std::ceil(r.height()) + 2 * kHaloY);
    updateLabelGeometry();
}

void NodeItem::setLabelSide(LabelSide side)
{
    if (side == m_labelSide)
        return;
    m_labelSide = side;
    updateLabelGeometry();
}

void NodeItem::updateLabelGeometry()
{
    prepareGeometryChange();
    m_labelRect = GraphLayout::labelRect(shapeRect(), m_labelSize, m_labelSide);
    m_box = GraphLayout::box(shapeRect(), m_labelSize, m_labelSide);
    update();
}

void NodeItem::setPresence(qreal presence)
{
    m_presence = presence;
    updateOpacity();
}

void NodeItem::setDimmed(bool dimmed)
{
    if (dimmed == m_dimmed)
        return;
    m_dimmed = dimmed;
    update();
}

void NodeItem::updateOpacity()
{
    setOpacity(m_presence);
    setVisible(m_presence > 0.001);
}

void NodeItem::setMark(Mark mark)
{
    if (mark == m_mark)
        return;
    m_mark = mark;
    setZValue(mark == Mark::None ? 2 : 3);
    update();
}

void NodeItem::setKeyboardFocus(bool on)
{
    if (on == m_keyboardFocus)
        return;
    m_keyboardFocus = on;
    update();
}

QRectF NodeItem::boundingRect() const
{
    // Room for the selection ring and the keyboard-focus frame around the box.
    return m_box.adjusted(-6, -6, 6, 6);
}

QPainterPath NodeItem::shape() const
{
    // The label is part of the node: clicking a name picks it.
    QPainterPath path = m_shape;
    path.addRect(m_labelRect);
    return path;
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const GraphScene *gs = graphScene();
    const bool full = gs && gs->isExporting();
    auto colour = [this](const QColor &c) { return m_dimmed ? GraphStyle::dimmed(c) : c; };

    if (m_mark != Mark::None && !m_dimmed) {
        QPen ring(m_mark == Mark::Selected ? GraphStyle::selectionColor() : GraphStyle::selectionColor().lighter(130),
                  m_mark == Mark::Selected ? 7 : 5);
        ring.setJoinStyle(Qt::RoundJoin);
        painter->setPen(ring);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_shape);
    }
    if (!full && lod < kOutlineLod) {
        // Specks at this scale: a plain fill reads the same and costs a fraction.
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(Qt::NoPen);
    } else {
        painter->setRenderHint(QPainter::Antialiasing, true); // the view does not restore it
        QPen outline(colour(GraphStyle::outline(m_kind)), 1.3);
        outline.setCosmetic(true);
        painter->setPen(outline);
    }
    painter->setBrush(colour(GraphStyle::fill(m_kind)));
    painter->drawPath(m_shape);

    const bool label = full || lod >= kLabelLod || m_mark != Mark::None || m_keyboardFocus;
    if (label && !m_dimmed) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(GraphStyle::labelHalo());
        painter->drawRoundedRect(m_labelRect, 3, 3);
    }
    if (label) {
        painter->setFont(m_font);
        painter->setPen(colour(GraphStyle::labelColor()));
        // Two-line labels beside a node line up with it.
        Qt::Alignment align = Qt::AlignHCenter;
        if (m_labelSide == LabelSide::Right || m_labelSide == LabelSide::BelowRight || m_labelSide == LabelSide::AboveRight)
            align = Qt::AlignLeft;
        else if (m_labelSide == LabelSide::Left || m_labelSide == LabelSide::BelowLeft || m_labelSide == LabelSide::AboveLeft)
            align = Qt::AlignRight;
        painter->drawText(m_labelRect.adjusted(kHaloX, kHaloY, -kHaloX, -kHaloY), int(align | Qt::AlignTop) | Qt::TextWordWrap,
                          m_label);
    }
    // A node the user placed carries a pin (on screen only: an export shows the picture).
    if (!full && gs && gs->document()->nodePosition(m_id)) {
        const QRectF shape = m_shape.boundingRect();
        const QPointF head = shape.topRight() + QPointF(-1, 1);
        QPen stem(GraphStyle::labelColor(), 1.4);
        stem.setCosmetic(true);
        painter->setPen(stem);
        painter->drawLine(head, head + QPointF(-5, 5));
        painter->setPen(Qt::NoPen);
        painter->setBrush(GraphStyle::focusColor());
        painter->drawEllipse(head, 3.2, 3.2);
    }
    // Interaction marks stay off exported pictures.
    if (m_keyboardFocus && !full) {
        QPen frame(GraphStyle::focusColor(), 1.2, Qt::DashLine);
        frame.setCosmetic(true);
        painter->setPen(frame);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(m_box.adjusted(-4, -4, 4, 4), 4, 4);
    }
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        const GraphScene *gs = graphScene();
        if (!gs || !gs->isMovingNodes()) {
            for (EdgeItem *edge : std::as_const(m_edges))
                edge->adjust();
        }
    }
    return QGraphicsItem::itemChange(change, value);
}

GraphScene *NodeItem::graphScene() const
{
    return qobject_cast<GraphScene *>(scene());
}

void NodeItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_pressScenePos = event->scenePos();
    m_dragStart = pos();
    event->accept();
}

void NodeItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_pressed)
        return;
    if (!m_dragging) {
        const QPoint moved = event->screenPos() - event->buttonDownScreenPos(Qt::LeftButton);
        if (moved.manhattanLength() < QApplication::startDragDistance())
            return;
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
        if (GraphScene *gs = graphScene())
            gs->nodeDragStarted(this);
    }
    setPos(m_dragStart + event->scenePos() - m_pressScenePos);
}

void NodeItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_pressed)
        return;
    m_pressed = false;
    GraphScene *gs = graphScene();
    if (m_dragging) {
        m_dragging = false;
        setCursor(Qt::PointingHandCursor);
        if (gs)
            gs->nodeDragFinished(this, m_dragStart);
    } else if (gs && event->button() == Qt::LeftButton) {
        gs->nodeClicked(this);
    }
}

void NodeItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (GraphScene *gs = graphScene())
        gs->nodeDoubleClicked(this);
}

void NodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    if (GraphScene *gs = graphScene())
        gs->setHoveredNode(m_id);
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    GraphScene *gs = graphScene();
    if (gs && gs->hoveredNode() == m_id)
        gs->setHoveredNode({});
}

} // namespace atlas
