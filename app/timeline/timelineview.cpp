// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "core/background.h"
#include "core/heap.h"
#include "models/document.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QScrollBar>
#include <QThread>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <utility>

namespace atlas {

namespace {

constexpr double kZoomStep = 1.25;
constexpr double kMinDays = 2.0;

} // namespace

TimelineView::TimelineView(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("timelineView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setBackgroundRole(QPalette::Base);
    m_laneBar = new QScrollBar(Qt::Vertical, this);
    m_laneBar->setObjectName(QStringLiteral("timelineLaneScrollBar"));
    m_laneBar->setFocusPolicy(Qt::NoFocus);
    m_laneBar->hide();
    connect(m_laneBar, &QScrollBar::valueChanged, this, &TimelineView::setFirstLane);

    connect(document, &Document::dataReset, this, [this] {
        rebuildIndex();
        followWindow();
    });
    // Edits: the index follows each step in place, events and entities alike. Runs of events
    // removed one after another are taken out together, in one pass.
    connect(document, &Document::recordsRemoved, this,
            [this](RecordType type, int first, int last) {
                if (markStale())
                    return;
                if (type == RecordType::Event) {
                    m_removedEvents.append({ first, last });
                    return;
                }
                flushRemovedEvents();
                if (type == RecordType::Entity)
                    m_index.removeEntities(first, last);
            });
    connect(document, &Document::recordsInserted, this,
            [this](RecordType type, int first, int last) {
                if (markStale())
                    return;
                flushRemovedEvents();
                if (type == RecordType::Event)
                    m_index.insertEvents(m_document->data(), first, last);
                else if (type == RecordType::Entity)
                    m_index.insertEntities(m_document->data(), first, last);
            });
    connect(document, &Document::recordsChanged, this,
            [this](RecordType type, const QList<qsizetype> &rows) {
                if (markStale())
                    return;
                flushRemovedEvents();
                if (type == RecordType::Event)
                    m_index.changeEvents(m_document->data(), rows);
                else if (type == RecordType::Entity)
                    m_index.changeEntities(m_document->data(), rows);
            });
    connect(document, &Document::applied, this, [this] {
        flushRemovedEvents();
        invalidate();
        Q_EMIT indexRebuilt();
        followWindow();
    });
    connect(document, &Document::timeWindowChanged, this, [this] {
        if (!m_pushing)
            followWindow();
    });
    connect(document, &Document::selectionChanged, this, &TimelineView::invalidate);
    connect(document, &Document::languageChanged, this, &TimelineView::invalidate);
    rebuildIndex();
    followWindow();
}

void TimelineView::flushRemovedEvents()
{
    if (m_removedEvents.isEmpty())
        return;
    m_index.removeEventRuns(std::exchange(m_removedEvents, {}));
}

TimelineView::~TimelineView()
{
    if (m_indexThread)
        m_indexThread->wait();
}

bool TimelineView::markStale()
{
    if (!m_indexThread)
        return false;
    m_indexStale = true;
    return true;
}

void TimelineView::rebuildIndex()
{
    m_removedEvents.clear();
    if (markStale())
        return; // built again once the worker is done
    const Dataset &data = m_document->data();
    if (data.events.size() < indexOnWorkerFrom) {
        m_index = TimelineIndex(data);
        invalidate();
        Q_EMIT indexRebuilt();
        return;
    }
    // Built from a copy of the data (its lists shared, not copied; an edit meanwhile detaches
    // them) while the window answers. Until then the timeline is empty and says why.
    m_index = TimelineIndex();
    m_indexStale = false;
    auto built = std::make_shared<TimelineIndex>();
    m_indexThread.reset(QThread::create([snapshot = data, built] {
        yieldToTheWindow();
        useBulkHeapOnThisThread(); // as the data it indexes
        *built = TimelineIndex(snapshot);
    }));
    connect(
            m_indexThread.get(), &QThread::finished, this,
            [this, built] {
                m_indexThread->wait();
                m_indexThread.reset();
                if (m_indexStale) {
                    rebuildIndex(); // the data changed meanwhile
                    return;
                }
                m_index = std::move(*built);
                returnFreeHeap(); // what the worker freed while building it
                invalidate();
                Q_EMIT indexRebuilt();
                followWindow();
            },
            Qt::QueuedConnection);
    m_indexThread->start();
    invalidate();
    Q_EMIT indexRebuilt();
}

void TimelineView::fitRange(double *start, double *end) const
{
    double s = 0.0;
    double e = 0.0;
    if (m_document->dataStart().isValid()) {
        s = TimeScale::dayOf(m_document->dataStart());
        e = TimeScale::dayOf(m_document->dataEnd()) + 1.0;
    } else if (!m_index.isEmpty()) {
        s = m_index.firstDay();
        e = m_index.lastDay();
    } else {
        e = TimeScale::dayOf(QDate::currentDate()) + 1.0;
        s = e - 366.0;
    }
    const double margin = std::max(2.0, (e - s) * 0.025);
    *start = s - margin;
    *end = e + margin;
}

void TimelineView::followWindow()
{
    const QDate from = m_document->windowFrom();
    const QDate to = m_document->windowTo();
    // Our own fractional range already stands for this window: keep it, so zooming stays smooth.
    if (from.isValid() && to.isValid() && m_range.days() > 0.0 && m_range.firstDate() == from
        && m_range.lastDate() == to) {
        invalidate();
        return;
    }
    double fitStart = 0.0;
    double fitEnd = 0.0;
    fitRange(&fitStart, &fitEnd);
    const double start = from.isValid() ? TimeScale::dayOf(from) : fitStart;
    const double end = to.isValid() ? TimeScale::dayOf(to) + 1.0 : fitEnd;
    m_range.setRange(start, std::max(end, start + 1.0));
    invalidate();
}

void TimelineView::pushWindow()
{
    m_pushing = true;
    m_document->setTimeWindow(m_range.firstDate(), m_range.lastDate());
    m_pushing = false;
}

void TimelineView::invalidate()
{
    m_layoutDirty = true;
    update();
}

void TimelineView::constrain()
{
    double fitStart = 0.0;
    double fitEnd = 0.0;
    fitRange(&fitStart, &fitEnd);
    const double length = fitEnd - fitStart;
    m_range.constrain(fitStart - length, fitEnd + length, kMinDays, length * 3.0);
}

const TimeScale &TimelineView::scale() const
{
    return currentLayout().scale;
}

QRectF TimelineView::layoutRect() const
{
    // Chosen lanes scroll: the scroll bar takes the right edge below the axis.
    QRectF r(rect());
    if (!m_laneChoice.isDefault())
        r.setRight(r.right() - m_laneBar->sizeHint().width());
    return r;
}

void TimelineView::setEmptyText(const QString &text)
{
    if (text == m_emptyText)
        return;
    m_emptyText = text;
    m_layoutDirty = true;
    update();
}

const TimelineLayout &TimelineView::currentLayout() const
{
    if (m_layoutDirty || m_layout.rect != layoutRect()) {
        m_layout = TimelineRenderer::layout(m_document->data(), m_index, m_range.start(),
                                            m_range.end(), layoutRect(), m_document->language(),
                                            m_document->selection(), m_laneChoice, m_firstLane);
        m_layout.emptyText = isIndexing() ? tr("Preparing the timeline…") : m_emptyText;
        m_layoutDirty = false;
        ++m_layoutGeneration;
        placeScrollBar();
    }
    return m_layout;
}

void TimelineView::placeScrollBar() const
{
    const bool show = m_layout.scrolling && m_layout.laneCount > m_layout.lanes.size();
    const QSignalBlocker blocker(m_laneBar);
    if (show) {
        const int w = m_laneBar->sizeHint().width();
        const int top = int(TimelineRenderer::axisHeight);
        m_laneBar->setGeometry(width() - w, top, w, std::max(0, height() - top));
        m_laneBar->setRange(0, std::max(0, m_layout.laneCount - int(m_layout.lanes.size())));
        m_laneBar->setPageStep(std::max(1, int(m_layout.lanes.size())));
        m_laneBar->setValue(m_layout.firstLane);
    }
    if (m_laneBar->isVisibleTo(const_cast<TimelineView *>(this)) != show)
        m_laneBar->setVisible(show);
}

void TimelineView::setLaneChoice(const LaneChoice &choice)
{
    if (choice == m_laneChoice)
        return;
    m_laneChoice = choice;
    m_firstLane = 0;
    invalidate();
    Q_EMIT laneChoiceChanged();
}

void TimelineView::setPinned(const QString &entityId, bool pinned)
{
    LaneChoice choice = m_laneChoice;
    choice.pinned.removeAll(entityId);
    if (pinned)
        choice.pinned.append(entityId);
    setLaneChoice(choice);
}

QStringList TimelineView::laneLabels() const
{
    QStringList labels;
    for (const auto &lane : currentLayout().lanes)
        labels << lane.label;
    return labels;
}

int TimelineView::laneCount() const
{
    const TimelineLayout &layout = currentLayout();
    return layout.scrolling ? layout.laneCount : int(layout.lanes.size());
}

void TimelineView::setFirstLane(int lane)
{
    const int clamped = std::clamp(lane, 0, std::max(0, laneCount() - 1));
    if (clamped == m_firstLane)
        return;
    m_firstLane = clamped;
    invalidate();
}

std::optional<QPointF> TimelineView::eventPosition(const QString &eventId) const
{
    const int event = m_document->data().eventIndex(eventId);
    if (event < 0)
        return std::nullopt;
    return currentLayout().glyphCentre(event);
}

QSize TimelineView::sizeHint() const
{
    return { 900, 420 };
}

QSize TimelineView::minimumSizeHint() const
{
    return { 320, 140 };
}

double TimelineView::plotCentre() const
{
    const QRectF plot = currentLayout().plotRect;
    return plot.center().x();
}

void TimelineView::zoomIn()
{
    zoomBy(kZoomStep, plotCentre());
}

void TimelineView::zoomOut()
{
    zoomBy(1.0 / kZoomStep, plotCentre());
}

void TimelineView::zoomBy(double factor, double anchorX)
{
    TimeScale s = currentLayout().scale;
    s.setRange(m_range.start(), m_range.end());
    s.zoom(factor, anchorX);
    m_range.setRange(s.start(), s.end());
    constrain();
    invalidate();
    pushWindow();
}

void TimelineView::panBy(double dx)
{
    TimeScale s = currentLayout().scale;
    s.setRange(m_range.start(), m_range.end());
    s.pan(dx);
    m_range.setRange(s.start(), s.end());
    constrain();
    invalidate();
    pushWindow();
}

void TimelineView::fitAll()
{
    m_document->resetTimeWindow();
    followWindow();
}

void TimelineView::showRange(double startDay, double endDay)
{
    m_range.setRange(startDay, endDay);
    constrain();
    invalidate();
    pushWindow();
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const TimelineLayout &layout = currentLayout();
        const TimelineLayout::Hit *hit = layout.hitAt(help->pos());
        QString text;
        if (!hit || hit->type == TimelineLayout::Hit::Type::Interval) {
            // A label is part of its event, drawn over an interval's band.
            for (const auto &label : layout.labels) {
                if (label.rect.contains(help->pos())) {
                    text = TimelineRenderer::eventToolTip(m_document->data(), label.event,
                                                          m_document->language());
                    break;
                }
            }
        }
        if (hit && text.isEmpty()) {
            switch (hit->type) {
            case TimelineLayout::Hit::Type::Event:
                text = TimelineRenderer::eventToolTip(m_document->data(), hit->event,
                                                      m_document->language());
                break;
            case TimelineLayout::Hit::Type::Knot:
                text = TimelineRenderer::knotToolTip(hit->count, hit->day0, hit->day1,
                                                     m_document->language(), hit->tooShort);
                break;
            case TimelineLayout::Hit::Type::Lane:
                text = hit->entity >= 0
                        ? m_document->data()
                                  .entities.at(hit->entity)
                                  .name.text(m_document->language())
                        : tr("Events none of whose participants has a lane of its own");
                break;
            case TimelineLayout::Hit::Type::Interval:
                text = TimelineRenderer::intervalToolTip(m_document->data(),
                                                         layout.selectedRelationship, hit->spell,
                                                         m_document->language());
                break;
            }
        }
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

void TimelineView::paintEvent(QPaintEvent *)
{
    const TimelineLayout &layout = currentLayout();
    const Palette colours = Palette::screen(palette());
    // The static layer (canvas, lane bands, grid, axis, lane names) is drawn once per layout,
    // size, pixel ratio and palette; repaints that change none of them only draw the events.
    const qreal dpr = devicePixelRatioF();
    const BackgroundKey key{ m_layoutGeneration, size(), dpr, palette().cacheKey() };
    if (m_background.isNull() || !(key == m_backgroundKey)) {
        // Drawn again in the pixels it has when only the layout changed (an edit): a new one
        // is some megabytes of pages touched for the first time.
        if (m_background.size() != size() * dpr)
            m_background = QPixmap(size() * dpr);
        m_background.setDevicePixelRatio(dpr);
        // The layout may leave the scroll bar's edge to the widget: canvas there too.
        m_background.fill(colours.canvas);
        QPainter p(&m_background);
        TimelineRenderer::paintBackground(p, layout, colours);
        m_backgroundKey = key;
    }
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_background);
    TimelineRenderer::paintContent(painter, m_document->data(), layout, colours);
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1.0));
        painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    m_layoutDirty = true;
    QWidget::resizeEvent(event);
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_panning = false;
    m_pressPos = event->position().toPoint();
    m_lastX = event->position().x();
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressed && (event->buttons() & Qt::LeftButton)) {
        const int moved = (event->position().toPoint() - m_pressPos).manhattanLength();
        if (!m_panning && moved >= QApplication::startDragDistance()) {
            m_panning = true;
            setCursor(Qt::ClosedHandCursor);
        }
        if (m_panning) {
            panBy(event->position().x() - m_lastX);
            m_lastX = event->position().x();
        }
        return;
    }
    const TimelineLayout::Hit *hit = currentLayout().hitAt(event->position());
    const bool clickable = hit && hit->type != TimelineLayout::Hit::Type::Interval
            && (hit->type != TimelineLayout::Hit::Type::Lane || hit->entity >= 0);
    setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    if (m_panning) {
        m_panning = false;
        unsetCursor();
        return;
    }
    const TimelineLayout &layout = currentLayout();
    const TimelineLayout::Hit *hit = layout.hitAt(event->position());
    if (!hit || hit->type == TimelineLayout::Hit::Type::Interval) {
        for (const auto &label : layout.labels) {
            if (label.rect.contains(event->position())) {
                m_document->selectEvent(m_document->data().events.at(label.event).id);
                return;
            }
        }
        return;
    }
    switch (hit->type) {
    case TimelineLayout::Hit::Type::Event:
        m_document->selectEvent(m_document->data().events.at(hit->event).id);
        break;
    case TimelineLayout::Hit::Type::Lane:
        if (hit->entity >= 0)
            m_document->selectEntity(m_document->data().entities.at(hit->entity).id);
        break;
    case TimelineLayout::Hit::Type::Interval:
        break; // the relationship is already the selection
    case TimelineLayout::Hit::Type::Knot: {
        // Zoom so the knot's events come apart: its stretch with room around it, or twice as
        // close when it already fills the view.
        const double length = hit->day1 - hit->day0;
        if (length < m_range.days() * 0.7) {
            const double margin = std::max(1.0, length * 0.5);
            showRange(hit->day0 - margin, hit->day1 + margin);
        } else {
            zoomBy(2.0, event->position().x());
        }
        break;
    }
    }
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (delta.isNull()) {
        event->ignore();
        return;
    }
    const TimelineLayout &layout = currentLayout();
    if (layout.scrolling && event->position().x() < layout.plotRect.left() && delta.y() != 0
        && event->position().y() > layout.plotRect.top()) {
        setFirstLane(m_firstLane
                     - (delta.y() > 0 ? 1 : -1) * std::max(1, std::abs(delta.y()) / 120));
        event->accept();
        return;
    }
    if ((event->modifiers() & Qt::ShiftModifier) || std::abs(delta.x()) > std::abs(delta.y())) {
        const int d = std::abs(delta.x()) > std::abs(delta.y()) ? delta.x() : delta.y();
        panBy(d / 120.0 * currentLayout().plotRect.width() * 0.1);
    } else {
        zoomBy(std::pow(1.2, delta.y() / 120.0), event->position().x());
    }
    event->accept();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const double page = currentLayout().plotRect.width()
            * ((event->modifiers() & Qt::ShiftModifier) ? 0.5 : 0.15);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomOut();
        break;
    case Qt::Key_Left:
        panBy(page);
        break;
    case Qt::Key_Right:
        panBy(-page);
        break;
    case Qt::Key_F:
        fitAll();
        break;
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown: {
        const TimelineLayout &layout = currentLayout();
        if (!layout.scrolling) {
            QWidget::keyPressEvent(event);
            return;
        }
        const int page = std::max(1, int(layout.lanes.size()) - 1);
        const int step = event->key() == Qt::Key_Up ? -1
                : event->key() == Qt::Key_Down      ? 1
                : event->key() == Qt::Key_PageUp    ? -page
                                                    : page;
        setFirstLane(m_firstLane + step);
        break;
    }
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    const TimelineLayout::Hit *hit = currentLayout().hitAt(event->pos());
    const Dataset &data = m_document->data();
    const Language lang = m_document->language();
    // The entity under the pointer: a lane name, else the selected entity.
    int entity = -1;
    if (hit && hit->type == TimelineLayout::Hit::Type::Lane)
        entity = hit->entity;
    else if (m_document->selection().type == Document::SelectionType::Entity)
        entity = data.entityIndex(m_document->selection().id);
    if (entity >= 0) {
        const QString id = data.entities.at(entity).id;
        const QString name = data.entities.at(entity).name.text(lang);
        QAction *pin = menu.addAction(isPinned(id) ? tr("Unpin the Lane of %1").arg(name)
                                                   : tr("Pin a Lane for %1").arg(name));
        pin->setObjectName(QStringLiteral("timelinePinLane"));
        const bool pinned = isPinned(id);
        connect(pin, &QAction::triggered, this, [this, id, pinned] { setPinned(id, !pinned); });
        menu.addSeparator();
    }
    QAction *choose = menu.addAction(tr("Choose Lanes…"));
    connect(choose, &QAction::triggered, this, &TimelineView::laneChooserRequested);
    QAction *mostActive = menu.addAction(tr("Fill with the Most Active Companies"));
    mostActive->setCheckable(true);
    mostActive->setChecked(m_laneChoice.mode == LaneChoice::Mode::MostActive);
    connect(mostActive, &QAction::toggled, this, [this](bool on) {
        LaneChoice choice = m_laneChoice;
        choice.mode = on ? LaneChoice::Mode::MostActive : LaneChoice::Mode::Pinned;
        setLaneChoice(choice);
    });
    QAction *group = menu.addAction(tr("Group Lanes by Kind"));
    group->setCheckable(true);
    group->setChecked(m_laneChoice.groupByKind);
    connect(group, &QAction::toggled, this, [this](bool on) {
        LaneChoice choice = m_laneChoice;
        choice.groupByKind = on;
        setLaneChoice(choice);
    });
    QAction *unpinAll = menu.addAction(tr("Unpin All Lanes"));
    unpinAll->setEnabled(!m_laneChoice.pinned.isEmpty());
    connect(unpinAll, &QAction::triggered, this, [this] {
        LaneChoice choice = m_laneChoice;
        choice.pinned.clear();
        setLaneChoice(choice);
    });
    menu.exec(event->globalPos());
}

} // namespace atlas
