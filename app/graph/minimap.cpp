// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "minimap.h"

#include "graphscene.h"
#include "edgeitem.h"
#include "graphstyle.h"
#include "graphview.h"
#include "nodeitem.h"

#include <QMouseEvent>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QTimer>

namespace atlas {

namespace {
// Up to this many items the overview is the scene itself, drawn small; past it, a sketch.
constexpr qsizetype kMaxRenderedItems = 600;
// At most this many relationships drawn in the sketch (an even sample of those shown).
constexpr qsizetype kSketchedEdges = 3000;
} // namespace

namespace {
constexpr int kMaxWidth = 220;
constexpr int kMaxHeight = 150;
constexpr int kInset = 4;
} // namespace

MiniMap::MiniMap(GraphView *view) : QWidget(view), m_view(view), m_timer(new QTimer(this))
{
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Overview: click or drag to move the view"));
    // Every pixel painted (the corners in the canvas's colour): its refresh then repaints no part
    // of the graph beneath it (some 3 ms at a million events, after every step of the window).
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_timer->setSingleShot(true);
    m_timer->setInterval(120);
    connect(m_timer, &QTimer::timeout, this, &MiniMap::refresh);
}

void MiniMap::scheduleRefresh()
{
    m_timer->start();
}

QSize MiniMap::sizeHint() const
{
    if (m_area.isEmpty())
        return { kMaxWidth, kMaxHeight };
    const qreal s = std::min((kMaxWidth - 2 * kInset) / m_area.width(),
                             (kMaxHeight - 2 * kInset) / m_area.height());
    return QSize(int(m_area.width() * s) + 2 * kInset, int(m_area.height() * s) + 2 * kInset);
}

QRectF MiniMap::target() const
{
    return QRectF(rect()).adjusted(kInset, kInset, -kInset, -kInset);
}

void MiniMap::refresh()
{
    GraphScene *scene = m_view->graphScene();
    const QRectF shown = scene->shownRect();
    m_area = shown.adjusted(-40, -40, 40, 40);
    resize(sizeHint());
    // Hidden (the whole graph fits the view): drawn once it shows.
    m_pictureStale = !isVisible();
    if (m_pictureStale)
        return;
    const qreal dpr = devicePixelRatioF();
    QPixmap picture(size() * dpr);
    picture.setDevicePixelRatio(dpr);
    picture.fill(Qt::transparent);
    if (!shown.isEmpty()) {
        QPainter p(&picture);
        p.setRenderHint(QPainter::Antialiasing);
        if (scene->nodeItems().size() + scene->edgeItems().size() <= kMaxRenderedItems)
            scene->render(&p, target(), m_area, Qt::KeepAspectRatio);
        else
            sketch(&p, scene);
    }
    m_picture = picture;
    update();
}

void MiniMap::sketch(QPainter *p, const GraphScene *scene) const
{
    // A large graph as a sketch: its shown relationships as one path of hairlines, its shown
    // nodes as dots in their kinds' colours, each batched into one call. Rendering the scene's
    // items one by one cost as much as a frame of the view itself, on every change.
    const QRectF t = target();
    const qreal s = std::min(t.width() / m_area.width(), t.height() / m_area.height());
    const QPointF origin = t.center() - QPointF(m_area.width(), m_area.height()) * s / 2;
    const auto map = [&](const QPointF &scenePoint) {
        return (scenePoint - m_area.topLeft()) * s + origin;
    };
    // Plain hairlines in one call: a path of thousands of subpaths, antialiased, cost as much
    // as the rest of a time-window step. Past kSketchedEdges an even sample: a few hundred
    // pixels across, more lines only darken the same pixels (15,750 of them at a million events
    // took 6 ms of the 8 ms the overview cost 120 ms after each step of the time window).
    QList<QLineF> edges = scene->shownEdgeLines(kSketchedEdges);
    for (QLineF &line : edges)
        line = QLineF(map(line.p1()), map(line.p2()));
    p->save();
    p->setRenderHint(QPainter::Antialiasing, false);
    p->setPen(QPen(QColor(0x9a, 0xa4, 0xb0, 140), 0));
    p->drawLines(edges.constData(), int(edges.size()));
    p->restore();
    // By colour: a user-defined kind has its own.
    QHash<QRgb, QList<QPointF>> dots;
    for (const NodeItem *n : scene->nodeItems()) {
        if (n->shownTarget())
            dots[n->kindColor().rgb()].append(map(n->pos()));
    }
    // Dots as small filled squares: wide round points go through the stroker one by one.
    p->save();
    p->setRenderHint(QPainter::Antialiasing, false);
    for (auto it = dots.cbegin(); it != dots.cend(); ++it) {
        const QColor colour(it.key());
        for (const QPointF &dot : it.value())
            p->fillRect(QRectF(dot - QPointF(1.25, 1.25), QSizeF(2.5, 2.5)), colour);
    }
    p->restore();
}

void MiniMap::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_pictureStale)
        refresh();
}

void MiniMap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), GraphStyle::canvas());
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 1));
    p.setBrush(QColor(255, 255, 255, 235));
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    p.drawPixmap(0, 0, m_picture);
    if (m_area.isEmpty())
        return;
    // The part of the scene the view shows, in overview coordinates.
    const QRectF t = target();
    const qreal s = std::min(t.width() / m_area.width(), t.height() / m_area.height());
    const QPointF origin = t.center() - QPointF(m_area.width(), m_area.height()) * s / 2;
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    const QRectF frame((visible.topLeft() - m_area.topLeft()) * s + origin, visible.size() * s);
    p.setClipRect(rect());
    p.setPen(QPen(QColor(0x1f, 0x5f, 0xbf), 1.5));
    p.setBrush(QColor(0x1f, 0x5f, 0xbf, 40));
    p.drawRect(frame.intersected(QRectF(rect()).adjusted(1, 1, -1, -1)));
}

void MiniMap::centreViewAt(const QPointF &widgetPos)
{
    if (m_area.isEmpty())
        return;
    const QRectF t = target();
    const qreal s = std::min(t.width() / m_area.width(), t.height() / m_area.height());
    const QPointF origin = t.center() - QPointF(m_area.width(), m_area.height()) * s / 2;
    m_view->centerOn(m_area.topLeft() + (widgetPos - origin) / s);
}

void MiniMap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        centreViewAt(event->position());
}

void MiniMap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        centreViewAt(event->position());
}

} // namespace atlas
