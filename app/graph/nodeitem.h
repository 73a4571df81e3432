// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customtypes.h"
#include "core/records.h"
#include "layout/graphlayout.h"

#include <QFont>
#include <QGraphicsItem>
#include <QStaticText>

namespace atlas {

class EdgeItem;
class GraphScene;

// One entity of the company graph: its shape, coloured by kind, with its name underneath. It only
// draws and reports clicks, drags and hovers to its GraphScene; where it belongs and whether it is
// shown are decided by the scene (technique of Qt's Elastic Nodes example, without the physics).
class NodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    enum class Mark { None, Selected, Related };

    // custom: the definition of the entity's kind when it is a user-defined one.
    NodeItem(const Entity &entity, int degree, const CustomType *custom = nullptr);
    int type() const override { return Type; }
    // After an edit: the kind and the number of relationships decide the shape and its size (the
    // label is set apart, setLabel()).
    void setEntity(const Entity &entity, int degree, const CustomType *custom = nullptr);

    const QString &id() const { return m_id; }
    EntityKind kind() const { return m_kind; }
    // The key of a user-defined kind (kind() is EntityKind::Custom); else empty.
    const QString &customKind() const { return m_custom.key; }
    qreal radius() const { return m_radius; }
    int degree() const { return m_degree; }
    // Sized by degree: the shape's area follows the number of relationships, between a least and
    // a largest radius (GraphStyle::degreeRadius); otherwise by kind, growing gently with degree.
    bool isSizedByDegree() const { return m_byDegree; }
    void setSizedByDegree(bool on);
    // A radius of its own (the size an imported file gave, GraphStyle::fileRadius()), before
    // size by degree or by kind; 0: none.
    qreal fileRadius() const { return m_fileRadius; }
    void setFileRadius(qreal radius);
    // The fill, when not the kind's (a community's colour); an invalid colour: the kind's.
    QColor fillColor() const;
    // The colour of the entity's kind, built-in or user-defined, whatever fillColor() says.
    QColor kindColor() const;
    void setFillColor(const QColor &color);
    // Collapsed communities are drawn as one node standing for their members: this one's members
    // (0 for an entity's node). Its label says how many.
    int memberCount() const { return m_members; }
    void setMemberCount(int members) { m_members = members; }
    // Its place in the scene's list of nodes, noted by the scene when it numbers them (so an edge
    // finds its ends' numbers without a look-up); -1 before that.
    int slot() const { return m_slot; }
    void setSlot(int slot) { m_slot = slot; }
    QString label() const { return m_label; }
    void setLabel(const QString &label);
    LabelSide labelSide() const { return m_labelSide; }
    void setLabelSide(LabelSide side);
    // Relative to pos(): the shape's bounds, the label's size (halo included) and rectangle, and
    // both together, which is what the layout keeps from overlapping other nodes.
    QRectF shapeRect() const { return m_shape.boundingRect(); }
    QSizeF labelSize() const { return m_labelSize; }
    QRectF labelRect() const { return m_labelRect; }
    QRectF layoutBox() const { return m_box; }
    // For drawing outside the scene (the SVG export): the outline relative to pos(), the label's
    // font, where its text sits inside the label's rectangle (the halo's margins off) and how it
    // is aligned there.
    const QPainterPath &outline() const { return m_shape; }
    const QFont &labelFont() const { return m_font; }
    QRectF labelTextRect() const;
    Qt::Alignment labelAlignment() const;

    // Zoomed out, labels are drawn larger than the scene scale (by labelScale(), about the point
    // where they touch the shape) so that they stay legible, and only those the scene's label
    // placement found room for are drawn (labelFits()). Selected, related and keyboard-focused
    // nodes always show theirs; exports draw every label at scale 1.
    qreal labelScale() const { return m_labelScale; }
    void setLabelScale(qreal scale);
    bool labelFits() const { return m_labelFits; }
    void setLabelFits(bool fits);
    // The label's rectangle as drawn on screen at labelScale(), relative to pos().
    QRectF shownLabelRect() const;
    // Whether the label is drawn through a painter whose level of detail is lod.
    bool isLabelDrawn(qreal lod) const;
    // The size in pixels of the label's text on screen at lod.
    qreal labelPixelSize(qreal lod) const;

    void addEdge(EdgeItem *edge) { m_edges.append(edge); }
    void removeEdge(EdgeItem *edge) { m_edges.removeOne(edge); }
    const QList<EdgeItem *> &edges() const { return m_edges; }

    // Where the scene wants the node (layout result or the user's placement) and whether it has
    // one yet; animations run from pos() towards it.
    QPointF home() const { return m_home; }
    bool isPlaced() const { return m_placed; }
    void setHome(const QPointF &home)
    {
        m_home = home;
        m_placed = true;
    }
    // The last position the layout gave, kept apart from home so undoing a drag can return there.
    QPointF layoutPos() const { return m_layoutPos; }
    void setLayoutPos(const QPointF &p) { m_layoutPos = p; }

    // 0 hidden … 1 shown; fades animate it. shownTarget() is where the fade is heading.
    qreal presence() const { return m_presence; }
    void setPresence(qreal presence);
    bool shownTarget() const { return m_shownTarget; }
    void setShownTarget(bool shown) { m_shownTarget = shown; }
    // Dimmed while another node is hovered and this one is not its neighbour: the scene holds
    // the hover, so hovering changes no state of the thousands of items it dims.
    bool isDimmed() const;
    void setMark(Mark mark);
    Mark mark() const { return m_mark; }
    void setKeyboardFocus(bool on);
    bool isDragging() const { return m_dragging; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    GraphScene *graphScene() const;
    // Geometry changes also make the scene's look-up of nodes by place stale.
    void prepareGeometryChange();
    void setViewCursor(Qt::CursorShape shape);
    void updateOpacity();
    void updateLabelGeometry();
    bool labelMayShow() const;
    // Sets a member that labelMayShow() reads; false when it had that value already.
    template <typename T>
    bool setLabelState(T *member, T value);

    void updateShape();

    QString m_id;
    EntityKind m_kind;
    CustomType m_custom; // the kind's definition when m_kind is Custom
    int m_degree;
    bool m_byDegree = false;
    qreal m_fileRadius = 0;
    QColor m_fill;
    int m_members = 0;
    int m_slot = -1;
    qreal m_radius;
    QPainterPath m_shape;
    QString m_label;
    QFont m_font;
    // The label laid out once, not on every frame.
    QStaticText m_staticLabel;
    LabelSide m_labelSide = LabelSide::Below;
    qreal m_labelScale = 1;
    bool m_labelFits = true;
    QSizeF m_labelSize;
    QRectF m_labelRect;
    QRectF m_box;
    QList<EdgeItem *> m_edges;
    QPointF m_home;
    QPointF m_layoutPos;
    bool m_placed = false;
    qreal m_presence = 0;
    bool m_shownTarget = false;
    Mark m_mark = Mark::None;
    bool m_keyboardFocus = false;
    bool m_pressed = false;
    bool m_dragging = false;
    QPointF m_pressScenePos;
    QPointF m_dragStart;
};

} // namespace atlas
