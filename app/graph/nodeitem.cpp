// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodeitem.h"

#include "edgeitem.h"
#include "graphscene.h"
#include "graphstyle.h"
#include "models/document.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {
constexpr qreal kHaloX = 3;
constexpr qreal kHaloY = 1;
constexpr int kMaxLabelLines = 2;

// Zoomed far out a node is a speck a few pixels wide: its shape is filled once into a small image
// per kind, size on screen (in quarter pixels) and look, and each frame only copies that image,
// instead of filling the outline through QPainter's rasterizer (about 4 µs a node).
struct Speck
{
    QImage image;
    QPointF offset; // of the image's top-left from the node's centre, in device pixels
};

// look: the kind, or for a user-defined kind 16 + the index of its shape.
const Speck &speck(int look, const QPainterPath &shape, qreal scale, const QColor &fill)
{
    static QHash<quint64, Speck> cache;
    const QRectF bounds = shape.boundingRect();
    const int quarters = int(std::lround(bounds.width() * scale * 4));
    const quint64 key = (quint64(fill.rgba()) << 24) | (quint64(look & 0xff) << 16)
            | quint64(quarters & 0xffff);
    auto it = cache.find(key);
    if (it != cache.end())
        return *it;
    if (cache.size() > 1024)
        cache.clear();
    Speck s;
    const QRectF device(bounds.topLeft() * scale, bounds.size() * scale);
    const QRect pixels = device.toAlignedRect().adjusted(-1, -1, 1, 1);
    s.image = QImage(pixels.size(), QImage::Format_ARGB32_Premultiplied);
    s.image.fill(Qt::transparent);
    s.offset = pixels.topLeft();
    QPainter p(&s.image);
    p.translate(-pixels.topLeft());
    p.scale(scale, scale);
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawPath(shape);
    p.end();
    return *cache.insert(key, s);
}
} // namespace

NodeItem::NodeItem(const Entity &entity, int degree, const CustomType *custom)
    : m_id(entity.id),
      m_kind(entity.kind),
      m_custom(custom && entity.kind == EntityKind::Custom ? *custom : CustomType()),
      m_degree(degree),
      m_radius(GraphStyle::radius(entity.kind, degree)),
      m_shape(m_kind == EntityKind::Custom ? GraphStyle::shape(m_custom, m_radius)
                                           : GraphStyle::shape(entity.kind, m_radius)),
      m_font(GraphStyle::labelFont(entity.kind))
{
    setFlag(ItemSendsGeometryChanges);
    // Hover and the pointing-hand cursor come from the view's own look-up (GraphScene::nodeAt()):
    // an item that accepts hover events or has a cursor makes the scene search all its items
    // on every mouse move, about 6 ms at 40,000 items.
    setZValue(2);
    setVisible(false);
    setOpacity(0);
}

void NodeItem::setEntity(const Entity &entity, int degree, const CustomType *custom)
{
    const CustomType look = custom && entity.kind == EntityKind::Custom ? *custom : CustomType();
    if (entity.kind == m_kind && degree == m_degree && look == m_custom)
        return;
    m_kind = entity.kind;
    m_custom = look;
    update();
    m_degree = degree;
    m_font = GraphStyle::labelFont(m_kind);
    updateShape(); // the scene sets the label again, in the new font
}

void NodeItem::setSizedByDegree(bool on)
{
    if (on == m_byDegree)
        return;
    m_byDegree = on;
    updateShape();
}

void NodeItem::setFileRadius(qreal radius)
{
    if (radius == m_fileRadius)
        return;
    m_fileRadius = radius;
    updateShape();
}

void NodeItem::updateShape()
{
    const qreal radius = m_fileRadius > 0 ? m_fileRadius
            : m_byDegree                  ? GraphStyle::degreeRadius(m_degree)
                                          : GraphStyle::radius(m_kind, m_degree);
    prepareGeometryChange();
    m_radius = radius;
    m_shape = m_kind == EntityKind::Custom ? GraphStyle::shape(m_custom, m_radius)
                                           : GraphStyle::shape(m_kind, m_radius);
    updateLabelGeometry();
    for (EdgeItem *edge : std::as_const(m_edges))
        edge->adjust();
}

QColor NodeItem::fillColor() const
{
    return m_fill.isValid() ? m_fill : kindColor();
}

QColor NodeItem::kindColor() const
{
    return m_kind == EntityKind::Custom ? GraphStyle::fill(m_custom) : GraphStyle::fill(m_kind);
}

void NodeItem::setFillColor(const QColor &color)
{
    if (color == m_fill)
        return;
    m_fill = color;
    update();
}

void NodeItem::setLabel(const QString &label)
{
    const QFontMetricsF fm(m_font);
    const qreal maxWidth = GraphStyle::labelMaxWidth();
    const auto laidOut = [&fm, maxWidth](const QString &text) {
        return fm.boundingRect(QRectF(0, 0, maxWidth, 1e4), Qt::AlignHCenter | Qt::TextWordWrap,
                               text);
    };
    QString text = label;
    QRectF r = laidOut(text);
    // Long names wrap onto a second line and are elided after it, so a label never grows into
    // its neighbours' space. A name on one line within the width is far from that length: its
    // width is not measured again (most names: two measurements of each took an eighth of the
    // window's work as 100,000 events came in).
    const bool oneLine = r.height() < fm.lineSpacing() * 1.5 && r.width() <= maxWidth;
    if (!oneLine && fm.horizontalAdvance(text) > maxWidth * kMaxLabelLines * 0.95) {
        text = fm.elidedText(text, Qt::ElideRight, maxWidth * kMaxLabelLines * 0.9);
        r = laidOut(text);
    }
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

// The enlarged label counts in the bounds only while it may be drawn, so a zoom step changes
// the geometry of the few nodes that show their names, not of all of them.
bool NodeItem::labelMayShow() const
{
    return m_labelFits || m_mark != Mark::None || m_keyboardFocus;
}

void NodeItem::setLabelScale(qreal scale)
{
    if (qFuzzyCompare(scale, m_labelScale))
        return;
    const bool shows = labelMayShow();
    if (shows)
        prepareGeometryChange();
    m_labelScale = scale;
    if (shows)
        update();
}

template <typename T>
bool NodeItem::setLabelState(T *member, T value)
{
    if (value == *member)
        return false;
    // An enlarged label counts in the bounds only while it may show (labelMayShow()).
    if (m_labelScale != 1)
        prepareGeometryChange();
    *member = value;
    update();
    return true;
}

void NodeItem::setLabelFits(bool fits)
{
    setLabelState(&m_labelFits, fits);
}

QRectF NodeItem::shownLabelRect() const
{
    if (m_labelScale == 1)
        return m_labelRect;
    // The point of the label nearest the node stays where it is.
    const QPointF anchor(std::clamp<qreal>(0, m_labelRect.left(), m_labelRect.right()),
                         std::clamp<qreal>(0, m_labelRect.top(), m_labelRect.bottom()));
    return QRectF(anchor + (m_labelRect.topLeft() - anchor) * m_labelScale,
                  m_labelRect.size() * m_labelScale);
}

qreal NodeItem::labelPixelSize(qreal lod) const
{
    return m_font.pixelSize() * lod * m_labelScale;
}

bool NodeItem::isLabelDrawn(qreal lod) const
{
    if (m_mark != Mark::None || m_keyboardFocus)
        return true;
    // Text smaller than this on screen is unreadable: such labels are left out (those of
    // selected and keyboard-focused nodes excepted).
    constexpr qreal kMinDrawnLabelPixels = 6;
    return m_labelFits && labelPixelSize(lod) >= kMinDrawnLabelPixels;
}

QRectF NodeItem::labelTextRect() const
{
    return m_labelRect.adjusted(kHaloX, kHaloY, -kHaloX, -kHaloY);
}

Qt::Alignment NodeItem::labelAlignment() const
{
    // Two-line labels beside a node line up with it.
    if (m_labelSide == LabelSide::Right || m_labelSide == LabelSide::BelowRight
        || m_labelSide == LabelSide::AboveRight)
        return Qt::AlignLeft;
    if (m_labelSide == LabelSide::Left || m_labelSide == LabelSide::BelowLeft
        || m_labelSide == LabelSide::AboveLeft)
        return Qt::AlignRight;
    return Qt::AlignHCenter;
}

void NodeItem::updateLabelGeometry()
{
    prepareGeometryChange();
    m_labelRect = GraphLayout::labelRect(shapeRect(), m_labelSize, m_labelSide);
    m_box = GraphLayout::box(shapeRect(), m_labelSize, m_labelSide);
    QTextOption option(labelAlignment() | Qt::AlignTop);
    option.setWrapMode(QTextOption::WordWrap);
    m_staticLabel = QStaticText(m_label);
    m_staticLabel.setTextFormat(Qt::PlainText);
    m_staticLabel.setTextOption(option);
    m_staticLabel.setTextWidth(m_labelRect.width() - 2 * kHaloX);
    // Laid out when first drawn (with the view's scale): most of a large graph's labels are
    // never drawn, and laying out 5,000 of them here was a sixth of making the graph's items.
    m_staticLabel.setPerformanceHint(QStaticText::AggressiveCaching);
    update();
}

void NodeItem::setPresence(qreal presence)
{
    m_presence = presence;
    updateOpacity();
}

bool NodeItem::isDimmed() const
{
    const GraphScene *gs = graphScene();
    return gs && gs->dims(this);
}

void NodeItem::updateOpacity()
{
    setOpacity(m_presence);
    setVisible(m_presence > 0.001);
}

void NodeItem::setMark(Mark mark)
{
    if (setLabelState(&m_mark, mark))
        setZValue(mark == Mark::None ? 2 : 3);
}

void NodeItem::setKeyboardFocus(bool on)
{
    setLabelState(&m_keyboardFocus, on);
}

QRectF NodeItem::boundingRect() const
{
    // Room for the selection ring and the keyboard-focus frame around the box.
    const QRectF r = m_box.adjusted(-6, -6, 6, 6);
    return m_labelScale == 1 || !labelMayShow() ? r : r.united(shownLabelRect());
}

QPainterPath NodeItem::shape() const
{
    // The label is part of the node: clicking a name picks it, as large as it is drawn.
    QPainterPath path = m_shape;
    path.addRect(m_labelScale == 1 || !m_labelFits ? m_labelRect : shownLabelRect());
    return path;
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const GraphScene *gs = graphScene();
    const bool full = gs && gs->isExporting();
    const bool dimmed = gs && gs->dims(this);
    auto colour = [dimmed](const QColor &c) { return dimmed ? GraphStyle::dimmed(c) : c; };

    if (m_mark != Mark::None && !dimmed) {
        QPen ring(m_mark == Mark::Selected ? GraphStyle::selectionColor()
                                           : GraphStyle::selectionColor().lighter(130),
                  m_mark == Mark::Selected ? 7 : 5);
        ring.setJoinStyle(Qt::RoundJoin);
        painter->setPen(ring);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_shape);
    }
    // Below this scale a node is a speck: a plain fill, without its outline.
    constexpr qreal kOutlineLod = 0.25;
    const QTransform &world = painter->worldTransform();
    if (!full && lod < kOutlineLod && m_mark == Mark::None && world.type() <= QTransform::TxScale) {
        // Specks at this scale: a plain fill reads the same and costs a fraction; it is copied.
        const int look = m_kind == EntityKind::Custom
                ? 16 + int(CustomTypes::shapes().indexOf(m_custom.shape))
                : int(m_kind);
        const Speck &s = speck(look, m_shape, lod, colour(fillColor()));
        // Copied at a whole pixel under a mere translation: the scaled copy cost a third more
        // (0.8 µs a node against 0.6, with 5,000 specks a frame at a million events).
        const QPointF at = world.map(QPointF(s.offset) / lod);
        const QTransform scaled = world; // `world` refers to the painter's, changed below
        painter->setWorldTransform(
                QTransform::fromTranslate(std::round(at.x()), std::round(at.y())));
        painter->drawImage(QPointF(0, 0), s.image);
        painter->setWorldTransform(scaled);
    } else if (!full && lod < kOutlineLod) {
        // Specks at this scale: a plain fill reads the same and costs a fraction.
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour(fillColor()));
        painter->drawPath(m_shape);
    } else {
        painter->setRenderHint(QPainter::Antialiasing, true); // the view does not restore it
        QPen outline(colour(fillColor().darker(150)), 1.3);
        outline.setCosmetic(true);
        painter->setPen(outline);
        painter->setBrush(colour(fillColor()));
        painter->drawPath(m_shape);
    }

    const bool label = full || isLabelDrawn(lod);
    const qreal labelScale = full ? 1 : m_labelScale;
    const QRectF labelRect = full ? m_labelRect : shownLabelRect();
    if (label && labelScale != 1) {
        painter->save();
        painter->translate(labelRect.topLeft());
        painter->scale(labelScale, labelScale);
        painter->translate(-m_labelRect.topLeft());
    }
    if (label && !dimmed) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(GraphStyle::labelHalo());
        painter->drawRoundedRect(m_labelRect, 3, 3);
    }
    if (label) {
        painter->setFont(m_font);
        painter->setPen(colour(GraphStyle::labelColor()));
        if (full) {
            // Exports lay the text out for the device they draw on (SVG keeps it as text).
            painter->drawText(m_labelRect.adjusted(kHaloX, kHaloY, -kHaloX, -kHaloY),
                              int(labelAlignment() | Qt::AlignTop) | Qt::TextWordWrap, m_label);
        } else {
            painter->drawStaticText(m_labelRect.topLeft() + QPointF(kHaloX, kHaloY), m_staticLabel);
        }
        if (labelScale != 1)
            painter->restore();
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
    if (change == ItemPositionHasChanged || change == ItemVisibleHasChanged) {
        if (GraphScene *gs = graphScene())
            gs->invalidateNodeIndex();
    }
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
    // A collapsed community sits where its members are: it is not dragged.
    if (!m_pressed || m_members > 0)
        return;
    if (!m_dragging) {
        const QPoint moved = event->screenPos() - event->buttonDownScreenPos(Qt::LeftButton);
        if (moved.manhattanLength() < QApplication::startDragDistance())
            return;
        m_dragging = true;
        setViewCursor(Qt::ClosedHandCursor);
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
        setViewCursor(Qt::PointingHandCursor);
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

void NodeItem::setViewCursor(Qt::CursorShape shape)
{
    if (const QGraphicsScene *s = scene()) {
        for (QGraphicsView *view : s->views())
            view->viewport()->setCursor(shape);
    }
}

void NodeItem::prepareGeometryChange()
{
    QGraphicsItem::prepareGeometryChange();
    if (GraphScene *gs = graphScene())
        gs->invalidateNodeIndex();
}

} // namespace atlas
