// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineoverview.h"

#include "timelineindex.h"
#include "timelinerenderer.h"

#include "models/document.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {

constexpr double kMargin = 10.0;
constexpr double kEdgeGrip = 6.0;

} // namespace

TimelineOverview::TimelineOverview(Document *document, const TimelineIndex *index, QWidget *parent)
    : QWidget(parent), m_document(document), m_index(index)
{
    setObjectName(QStringLiteral("timelineOverview"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setToolTip(tr("Drag to choose the time window; double-click for all time"));
    connect(document, &Document::dataReset, this, [this] {
        updateScale();
        indexChanged();
    });
    connect(document, &Document::applied, this, [this] {
        updateScale();
        indexChanged();
    });
    connect(document, &Document::timeWindowChanged, this, qOverload<>(&QWidget::update));
    connect(document, &Document::languageChanged, this, &TimelineOverview::redrawStrip);
    updateScale();
}

QSize TimelineOverview::sizeHint() const
{
    return { 900, 58 };
}

QSize TimelineOverview::minimumSizeHint() const
{
    return { 200, 46 };
}

void TimelineOverview::updateScale()
{
    double start = 0.0;
    double end = 0.0;
    if (m_document->dataStart().isValid()) {
        start = TimeScale::dayOf(m_document->dataStart());
        end = TimeScale::dayOf(m_document->dataEnd()) + 1.0;
    } else {
        end = TimeScale::dayOf(QDate::currentDate()) + 1.0;
        start = end - 366.0;
    }
    const double margin = std::max(2.0, (end - start) * 0.015);
    m_scale = TimeScale(start - margin, end + margin, kMargin,
                        std::max(1.0, width() - 2.0 * kMargin));
}

double TimelineOverview::brushStart() const
{
    const QDate from = m_document->windowFrom();
    if (from.isValid())
        return TimeScale::dayOf(from);
    return m_document->dataStart().isValid() ? TimeScale::dayOf(m_document->dataStart())
                                             : m_scale.start();
}

double TimelineOverview::brushEnd() const
{
    const QDate to = m_document->windowTo();
    if (to.isValid())
        return TimeScale::dayOf(to) + 1.0;
    return m_document->dataEnd().isValid() ? TimeScale::dayOf(m_document->dataEnd()) + 1.0
                                           : m_scale.end();
}

QRectF TimelineOverview::brushRect() const
{
    const double x0 = m_scale.xOfDay(brushStart());
    const double x1 = m_scale.xOfDay(brushEnd());
    return QRectF(x0, 0.0, x1 - x0, height() - TimelineRenderer::overviewAxisHeight);
}

void TimelineOverview::setBrush(double start, double end)
{
    const double lowest = std::floor(m_scale.start());
    const double highest = std::ceil(m_scale.end());
    if (end - start < 1.0)
        end = start + 1.0;
    m_document->setTimeWindow(TimeScale::dateOfDay(std::clamp(start, lowest, highest - 1.0)),
                              TimeScale::dateOfDay(std::clamp(end - 1.0, lowest, highest - 1.0)));
}

TimelineOverview::Drag TimelineOverview::dragAt(double x) const
{
    // The handles are drawn under All time too, and dragging one moves that edge; but All time is
    // not a window one would move: a drag inside it draws a new one.
    const bool allTime = !m_document->windowFrom().isValid() && !m_document->windowTo().isValid();
    const QRectF brush = brushRect();
    if (std::abs(x - brush.left()) <= kEdgeGrip
        && std::abs(x - brush.left()) <= std::abs(x - brush.right()))
        return Drag::Left;
    if (std::abs(x - brush.right()) <= kEdgeGrip)
        return Drag::Right;
    if (allTime)
        return Drag::New;
    if (x > brush.left() && x < brush.right())
        return Drag::Move;
    return Drag::New;
}

void TimelineOverview::indexChanged()
{
    redrawStrip();
}

void TimelineOverview::redrawStrip()
{
    m_stripStale = true;
    update();
}

void TimelineOverview::paintEvent(QPaintEvent *)
{
    const Palette palette = Palette::screen(this->palette());
    const qreal ratio = devicePixelRatioF();
    if (m_strip.isNull() || m_strip.devicePixelRatio() != ratio
        || m_strip.deviceIndependentSize() != QSizeF(size())) {
        m_strip = QPixmap(size() * ratio);
        m_strip.setDevicePixelRatio(ratio);
        m_stripStale = true;
    }
    if (m_stripStale) { // drawn over whole, in the pixmap it had
        QPainter strip(&m_strip);
        TimelineRenderer::paintOverviewStrip(strip, QRectF(rect()), *m_index, m_scale,
                                             m_document->language(), palette);
        ++m_stripPaints;
        m_stripStale = false;
    }
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_strip);
    TimelineRenderer::paintOverviewBrush(painter, QRectF(rect()), m_scale, brushStart(), brushEnd(),
                                         hasFocus(), palette);
}

void TimelineOverview::resizeEvent(QResizeEvent *event)
{
    updateScale();
    m_strip = QPixmap();
    QWidget::resizeEvent(event);
}

void TimelineOverview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange
        || event->type() == QEvent::FontChange)
        m_stripStale = true;
    QWidget::changeEvent(event);
}

void TimelineOverview::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const double x = event->position().x();
    m_drag = dragAt(x);
    m_pressX = x;
    m_anchorDay = std::floor(m_scale.dayAt(x));
    m_startAtPress = brushStart();
    m_endAtPress = brushEnd();
    m_moved = false;
    event->accept();
}

void TimelineOverview::mouseMoveEvent(QMouseEvent *event)
{
    const double x = event->position().x();
    if (m_drag == Drag::None || !(event->buttons() & Qt::LeftButton)) {
        switch (dragAt(x)) {
        case Drag::Left:
        case Drag::Right:
            setCursor(Qt::SizeHorCursor);
            break;
        case Drag::Move:
            setCursor(Qt::OpenHandCursor);
            break;
        default:
            unsetCursor();
        }
        return;
    }
    if (!m_moved && std::abs(x - m_pressX) < QApplication::startDragDistance() / 2.0)
        return;
    m_moved = true;
    const double day = std::floor(m_scale.dayAt(x));
    switch (m_drag) {
    case Drag::New:
        setBrush(std::min(m_anchorDay, day), std::max(m_anchorDay, day) + 1.0);
        break;
    case Drag::Move: {
        const double shift = std::round(m_scale.dayAt(x) - m_scale.dayAt(m_pressX));
        const double length = m_endAtPress - m_startAtPress;
        const double start = std::clamp(m_startAtPress + shift, std::floor(m_scale.start()),
                                        std::ceil(m_scale.end()) - length);
        setBrush(start, start + length);
        break;
    }
    case Drag::Left:
        setBrush(std::min(day, m_endAtPress - 1.0), m_endAtPress);
        break;
    case Drag::Right:
        setBrush(m_startAtPress, std::max(day + 1.0, m_startAtPress + 1.0));
        break;
    case Drag::None:
        break;
    }
}

void TimelineOverview::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_drag == Drag::None) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const bool allTime = !m_document->windowFrom().isValid() && !m_document->windowTo().isValid();
    if (!m_moved && m_drag == Drag::New && !allTime) {
        // A click outside the brush brings the window there, keeping its length.
        const double length = brushEnd() - brushStart();
        const double start = std::round(m_scale.dayAt(event->position().x()) - length / 2.0);
        const double lowest = std::floor(m_scale.start());
        const double highest = std::ceil(m_scale.end());
        setBrush(std::clamp(start, lowest, std::max(lowest, highest - length)),
                 std::clamp(start, lowest, std::max(lowest, highest - length)) + length);
    }
    m_drag = Drag::None;
}

void TimelineOverview::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_drag = Drag::None;
        m_document->resetTimeWindow();
    }
}

void TimelineOverview::keyPressEvent(QKeyEvent *event)
{
    const int direction = event->key() == Qt::Key_Left ? -1 : event->key() == Qt::Key_Right ? 1 : 0;
    if (direction == 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    const double step = (event->modifiers() & Qt::ShiftModifier) ? 30.0 : 7.0;
    const double length = brushEnd() - brushStart();
    const double start = std::clamp(brushStart() + direction * step, std::floor(m_scale.start()),
                                    std::ceil(m_scale.end()) - length);
    setBrush(start, start + length);
    event->accept();
}

} // namespace atlas
