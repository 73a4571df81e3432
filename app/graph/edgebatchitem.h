// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsItem>
#include <QImage>

namespace atlas {

class GraphScene;

// Draws the relationships that are neither hovered nor selected, below every other item; those
// edge items then have no contents of their own (EdgeItem::isBatched()), but they stay in the
// scene for clicks, tooltips and hover.
// - In a crowded scene (see GraphScene::isCrowded()) they are drawn plain: one pixel wide, not
//   smoothed. Drawn by their own items, each line costs a call into QPainter's general stroker,
//   about 260 ms a frame at 30,000 relationships; this item draws them all straight into one
//   image of the exposed part of the view, and puts the image on screen in one call. It then
//   owns the background under it: the image is opaque.
// - Otherwise each is drawn as its item would draw itself (EdgeItem::drawLine()), in the scene's
//   order. Qt's repaint then keeps no state per edge: showing and hiding thousands of them as the
//   time window moves is one repaint of this item.
class EdgeBatchItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };

    explicit EdgeBatchItem(const GraphScene *scene);
    int type() const override { return Type; }
    // Where edges may be: the scene's rectangle.
    void setArea(const QRectF &area);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    bool contains(const QPointF &point) const override;
    bool collidesWithPath(const QPainterPath &path, Qt::ItemSelectionMode mode) const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void paintEachEdge(QPainter *painter, const QStyleOptionGraphicsItem *option) const;

    const GraphScene *m_scene;
    QRectF m_area;
    // The pixels paint() draws in, kept at the view's size: a new image each paint is megabytes
    // of pages touched for the first time (3 ms of a delete at 6,000 edges).
    QImage m_image;
};

} // namespace atlas
