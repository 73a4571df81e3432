// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customtypes.h"
#include "core/records.h"

#include <QGraphicsItem>
#include <QPen>

namespace atlas {

class GraphScene;
class NodeItem;

// One relationship: a line (or, beside others between the same two entities, a curve) from the
// edge of one node's shape to the other's, coloured and dashed by type, with an arrow head when
// the relationship has a direction. adjust() follows its nodes as in Qt's Elastic Nodes example.
class EdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    // custom: the definition of the relationship's type when it is a user-defined one. The
    // relationship's row is the scene's to keep (GraphScene::edgeRows()), not the item's: an edit
    // renumbers thousands of rows, and a row in each item scattered over the heap cost a cache
    // miss each.
    EdgeItem(const Relationship &relationship, NodeItem *source, NodeItem *dest,
             const CustomType *custom = nullptr);
    int type() const override { return Type; }

    const QString &id() const { return m_id; }
    // After an edit that kept its two ends: its type and direction.
    void setRelationship(const Relationship &relationship, const CustomType *custom = nullptr);
    RelationshipType relationshipType() const { return m_type; }
    // The key of a user-defined type (relationshipType() is Custom); else empty.
    const QString &customType() const { return m_custom.key; }
    // The line as its type draws it (GraphStyle::edgePen, of the built-in or user-defined type).
    QPen pen() const;
    NodeItem *source() const { return m_source; }
    NodeItem *dest() const { return m_dest; }

    // Sideways offset of the middle, so parallel relationships fan out instead of covering one
    // another.
    void setBend(qreal bend);
    qreal bend() const { return m_bend; }
    // Follows the nodes; whether the line changed (and was repainted).
    bool adjust();

    qreal presence() const { return m_presence; }
    void setPresence(qreal presence);
    bool shownTarget() const { return m_shownTarget; }
    void setShownTarget(bool shown) { m_shownTarget = shown; }
    // Dimmed while a node is hovered that it does not touch (held by the scene, see NodeItem).
    bool isDimmed() const;
    void setEmphasised(bool on);
    void setMarked(bool on);
    bool isMarked() const { return m_marked; }

    // The middle of the drawn line or curve, in scene coordinates: where a click picks it.
    QPointF midPoint() const;
    // The drawn line, or the curve as a few straight pieces, and the arrow head (empty when
    // undirected), in scene coordinates.
    const QPolygonF &polyline() const { return m_line; }
    const QPolygonF &arrow() const { return m_arrow; }
    // Asks the processor to fetch what a paint of the batch reads of this edge (the item, its
    // Qt-side state, its line), ahead of reading it.
    void prefetchDrawn() const
    {
        __builtin_prefetch(d_ptr.data());
        __builtin_prefetch(m_line.constData());
    }

    // Drawn by the scene's EdgeBatchItem with all the other edges neither hovered nor selected
    // (unless exporting) instead of by itself; the item then has no contents but still takes
    // clicks, hover and tooltips. updateBatched() follows the scene's state.
    bool isBatched() const { return m_batched; }
    void updateBatched();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    // Nothing while batched (the batch draws it, see drawLine()).
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    // The line as paint() draws it at the painter's transform (scene coordinates) and level of
    // detail `lod`; the painter's opacity is the caller's to set.
    void drawLine(QPainter *painter, qreal lod) const;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void updateOpacity();
    // Sets a member the drawing depends on and repaints (through the batch when batched).
    void setDrawnState(bool *member, bool on);

    QString m_id;
    RelationshipType m_type;
    CustomType m_custom; // the type's definition when m_type is Custom
    bool m_directed;
    NodeItem *m_source;
    NodeItem *m_dest;
    qreal m_bend = 0;
    QPainterPath m_path;
    mutable QPainterPath m_hit;
    mutable bool m_hitValid = true;
    QPolygonF m_arrow;
    QPolygonF m_line;
    QRectF m_bounds;
    bool m_batched = false;
    qreal m_presence = 0;
    bool m_shownTarget = false;
    bool m_emphasised = false;
    bool m_marked = false;
    bool m_pressed = false;
};

} // namespace atlas
