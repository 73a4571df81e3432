// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPixmap>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace atlas {

class GraphScene;
class GraphView;

// An overview of the whole shown graph with the part the view shows framed; clicking or dragging
// in it moves the view there. The picture is rendered once per change of the graph, not per
// frame, so it costs nothing while panning.
class MiniMap : public QWidget
{
    Q_OBJECT
public:
    explicit MiniMap(GraphView *view);

    // Renders the picture again shortly (changes come in bursts).
    void scheduleRefresh();
    // The scene rectangle the overview covers.
    QRectF area() const { return m_area; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void refresh();
    void sketch(QPainter *painter, const GraphScene *scene) const;
    QRectF target() const;
    void centreViewAt(const QPointF &widgetPos);

    GraphView *m_view;
    QTimer *m_timer;
    QRectF m_area;
    QPixmap m_picture;
    bool m_pictureStale = true; // m_picture is of an older graph (refreshed while hidden)
};

} // namespace atlas
