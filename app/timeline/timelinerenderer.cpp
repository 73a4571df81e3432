// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinerenderer.h"

#include "eventglyph.h"
#include "render/palette.h"
#include "render/typography.h"
#include "timelineindex.h"

#include "core/displayname.h"
#include "core/customtypes.h"
#include "core/formatting.h"

#include <QFontMetricsF>
#include <QHash>
#include <QSet>
#include <QLocale>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <limits>
#include <cmath>
#include <optional>

namespace atlas {

namespace {

const QColor kText(0x22, 0x25, 0x2b);
const QColor kMutedText(0x6b, 0x72, 0x7d);
const QColor kMinorGrid(0xe6, 0xe8, 0xec);
const QColor kMajorGrid(0xc4, 0xc9, 0xd1);
const QColor kBand(0xf6, 0xf7, 0xf9);
const QColor kFocusBand(0xff, 0xf1, 0xc2);
const QColor kInvolvedBand(0xe3, 0xef, 0xfc);
const QColor kBadge(0x3b, 0x47, 0x59);

// The colours of the lanes, grid and labels: the print colours on a light palette, lighter ones
// on a dark canvas (a dark desktop theme), so text stays readable on either.
struct Ink
{
    QColor canvas, text, muted, dimmed, minorGrid, majorGrid, band, focusBand, involvedBand, rule,
            strong;
    QColor halo(int alpha) const
    {
        QColor c = canvas;
        c.setAlpha(alpha);
        return c;
    }
};

Ink inkOf(const Palette &palette)
{
    if (!palette.isDark())
        return { palette.canvas,
                 kText,
                 kMutedText,
                 QColor(0xb0, 0xb4, 0xba),
                 kMinorGrid,
                 kMajorGrid,
                 kBand,
                 kFocusBand,
                 kInvolvedBand,
                 QColor(0xd0, 0xd4, 0xda),
                 QColor(0x20, 0x20, 0x20) };
    const QColor c = palette.canvas;
    return { c,
             palette.ink,
             palette.muted,
             palette.muted.darker(140),
             palette.grid,
             palette.grid.lighter(150),
             c.lighter(118),
             QColor(0x5a, 0x4a, 0x1c),
             QColor(0x1f, 0x35, 0x52),
             palette.grid.lighter(130),
             palette.ink };
}

// Vertical rhythm of a lane: a row of point glyphs, then one track per span row.
constexpr double kPointRow = 24.0;
constexpr double kTrack = 14.0;
constexpr double kBar = 12.0;
constexpr double kMinLane = 26.0;
constexpr double kSpanGlyph = 8.0;

// A lane with only spans has no row of points: its first track takes that place.
double laneHeightOf(const LaneMarks &marks)
{
    const double points = marks.points.isEmpty() ? 5.0 : kPointRow;
    return std::max(kMinLane, points + marks.tracks * kTrack + 2.0);
}

double trackOffsetOf(const LaneMarks &marks)
{
    if (!marks.points.isEmpty())
        return kPointRow - 1.0;
    return std::max(5.0, (kMinLane - marks.tracks * kTrack) / 2.0 + 1.0);
}

// Light to dark blue as the count grows; a log scale keeps single events visible next to
// thousands.
QColor heatColour(int count, int maxCount)
{
    if (count <= 0)
        return Qt::transparent;
    const double t = maxCount <= 1 ? 1.0 : std::log1p(double(count)) / std::log1p(double(maxCount));
    const QColor low(0xc9, 0xdb, 0xf0);
    const QColor high(0x1d, 0x4a, 0x87);
    return QColor::fromRgbF(low.redF() + (high.redF() - low.redF()) * t,
                            low.greenF() + (high.greenF() - low.greenF()) * t,
                            low.blueF() + (high.blueF() - low.blueF()) * t);
}

// A strip of bins, each filled with the heat colour of its count. On a raster device it is one
// image drawn scaled, a pixel per bin, instead of a rectangle per bin: a dense lane has hundreds.
void paintHeatStrip(QPainter &painter, double left, double top, double binWidth, double height,
                    const QList<int> &bins, double alpha)
{
    if (bins.isEmpty())
        return;
    const int maxCount = *std::max_element(bins.cbegin(), bins.cend());
    auto colourOf = [&](int count) {
        QColor c = heatColour(count, maxCount);
        if (alpha < 1.0)
            c.setAlphaF(alpha);
        return c;
    };
    if (painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster) {
        QImage strip(int(bins.size()), 1, QImage::Format_ARGB32_Premultiplied);
        auto *line = reinterpret_cast<QRgb *>(strip.scanLine(0));
        for (int b = 0; b < bins.size(); ++b)
            line[b] = bins.at(b) > 0 ? qPremultiply(colourOf(bins.at(b)).rgba()) : 0u;
        painter.save();
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
        painter.drawImage(QRectF(left, top, bins.size() * binWidth, height), strip);
        painter.restore();
        return;
    }
    for (int b = 0; b < bins.size(); ++b) {
        if (bins.at(b) > 0)
            painter.fillRect(QRectF(left + b * binWidth, top, binWidth + 0.3, height),
                             colourOf(bins.at(b)));
    }
}

QString countText(int count)
{
    return QLocale(QLocale::English).toString(count);
}

} // namespace

QString TimelineRenderer::eventCount(int count)
{
    return tr("%1 event(s)", nullptr, count).arg(countText(count));
}

namespace {

int styleOf(const Event &event, const TimelineLayout &layout, int eventIndex)
{
    int style = EventGlyph::Filled;
    if (event.amount && event.amount->isApproximate())
        style |= EventGlyph::Hollow;
    if (!layout.selectedEntityId.isEmpty() && !event.involves(layout.selectedEntityId))
        style |= EventGlyph::Dimmed;
    if (eventIndex == layout.selectedEvent)
        style |= EventGlyph::Highlighted;
    return style;
}

// Where a span bar shows in the plot: the layout's hit and label and the painted glyph agree.
struct SpanPlace
{
    double top = 0.0; // of the bar
    double left = 0.0; // of its visible part
    double right = 0.0;
    QPointF glyph; // centre: at the visible start, or the middle of a short visible part
};

std::optional<SpanPlace> spanPlace(const SpanMark &span, const TimelineLayout::LaneView &lane,
                                   const QRectF &plot)
{
    SpanPlace p;
    p.top = lane.trackTop + span.track * kTrack;
    p.left = std::max(span.x0, plot.left());
    p.right = std::min(span.x1, plot.right());
    if (p.right <= p.left)
        return std::nullopt;
    const double gx = p.right - p.left >= 12.0 ? p.left + 6.0 : (p.left + p.right) / 2.0;
    p.glyph = QPointF(gx, p.top + kBar / 2.0);
    return p;
}

double badgeWidth(int count)
{
    const QFontMetricsF fm(TimelineRenderer::font(10.5, true));
    return std::max(20.0, fm.horizontalAdvance(countText(count)) + 10.0);
}

} // namespace

QFont TimelineRenderer::font(double pixelSize, bool bold)
{
    return Typography::font(pixelSize, bold ? QFont::DemiBold : QFont::Normal);
}

QString TimelineRenderer::otherLaneLabel()
{
    return tr("Other");
}

const TimelineLayout::Hit *TimelineLayout::hitAt(const QPointF &point) const
{
    // Later hits are painted later, on top.
    for (auto it = hits.crbegin(); it != hits.crend(); ++it) {
        if (it->rect.contains(point))
            return &*it;
    }
    return nullptr;
}

std::optional<QPointF> TimelineLayout::glyphCentre(int event) const
{
    for (const Hit &hit : hits) {
        if (hit.type == Hit::Type::Event && hit.event == event)
            return hit.centre;
    }
    return std::nullopt;
}

namespace {

// A window holding more events than this is drawn from the count index (densities per bin)
// rather than event by event: beyond it, single glyphs could not be told apart anyway.
constexpr int kDetailLimit = 4000;
constexpr int kKeepLanes = 6;
constexpr double kOtherReserve = kMinLane + kTrack;
constexpr double kDensityBin = 4.0;
// In such a window, a lane with at most this many events still draws them one by one.
constexpr int kSparseLane = 250;
// Room right of the plot, where span ends and the last axis label may still be drawn.
constexpr double kRightMargin = 14.0;

// The phases of TimelineRenderer::layout, in order: frame → selection → x placement and same-day
// slots → lanes and aggregation (event by event, or from the count index) → lane geometry,
// labels and hits → connectors. What one phase hands to the next is a member.
class LayoutBuilder
{
public:
    LayoutBuilder(const Dataset &data, const TimelineIndex &index, Language lang,
                  TimelineLayout &layout)
        : m_data(data), m_index(index), m_lang(lang), L(layout)
    {
    }

    // Rectangles, time scale and ticks; false when the range cannot be drawn.
    bool frame(const QRectF &rect, double startDay, double endDay);
    // The selected entity (its lane first) and the entities of the selected event or relationship.
    void selection(const Document::Selection &selection);
    // Few enough events in the window to lay them out one by one.
    bool detailed() const { return L.visibleEvents <= kDetailLimit; }
    // Each visible event once, in pixels, with its slot among the events of its day.
    void placeItems();
    // Which entities get a lane and what each lane draws, event by event.
    void fitLanes();
    // The same from the count index: costs the visible bins, not the events.
    void fitDensityLanes();
    // The lanes the user chose (LaneChoice), as a list scrolled from firstLane: only the lanes
    // on screen are aggregated, each from the count index.
    void fitChosenLanes(const LaneChoice &choice, int firstLane);
    // Lane geometry, span and point hits, titles.
    void placeLanes();
    // Lines joining the glyphs of one event across its lanes.
    void connect();
    // The selected relationship's intervals in the window, under everything else.
    void placeIntervals();

private:
    void assignLanes(int maxLanes);
    LaneMarks aggregateLane(int lane) const;
    LaneMarks densityOf(const LaneDays &days) const;
    // A lane's marks in a dense window: its own events one by one when they are few, else
    // densities.
    LaneMarks marksOf(const LaneDays &days, int events) const;
    double totalHeight() const;
    void placeSpans(TimelineLayout::LaneView &lane);
    void placePoints(TimelineLayout::LaneView &lane);
    void addLabel(const QRectF &rect, const QString &text, int event, bool inBar);

    const Dataset &m_data;
    const TimelineIndex &m_index;
    const Language m_lang;
    TimelineLayout &L;
    double m_startDay = 0.0;
    double m_endDay = 0.0;
    int m_selectedEntity = -1;
    QList<int> m_firstLanes; // the selected entity, or the selected relationship's two ends
    QList<int> m_involvedEntities;
    EventAggregator::Options m_options;
    QList<int> m_positions;
    QList<LaneItem> m_items;
    QList<QList<LaneItem>> m_perLane;
    QList<LaneMarks> m_marks;
    int m_tracks = 4;
    bool m_dense = false;
    QList<bool> m_pinned; // per lane (chosen lanes only)
    QList<bool> m_groupStart;
    QHash<int, QList<QPointF>> m_drawnAt; // event -> centres of its individual glyphs
    QSet<int> m_labelled; // a title is written once, on the first lane with room
    const QFontMetricsF m_labelMetrics{ TimelineRenderer::font(11.0) };
    const QFontMetricsF m_spanMetrics{ TimelineRenderer::font(10.0) };
};

bool LayoutBuilder::frame(const QRectF &rect, double startDay, double endDay)
{
    m_startDay = startDay;
    m_endDay = endDay;
    L.rect = rect;
    const double labelsWidth = std::clamp(rect.width() * 0.13, 104.0, 176.0);
    L.plotRect = QRectF(rect.left() + labelsWidth, rect.top() + TimelineRenderer::axisHeight,
                        std::max(1.0, rect.width() - labelsWidth - kRightMargin),
                        std::max(0.0, rect.height() - TimelineRenderer::axisHeight));
    L.axisRect =
            QRectF(L.plotRect.left(), rect.top(), L.plotRect.width(), TimelineRenderer::axisHeight);
    L.labelsRect = QRectF(rect.left(), L.plotRect.top(), labelsWidth, L.plotRect.height());
    L.scale = TimeScale(startDay, endDay, L.plotRect.left(), L.plotRect.width());
    if (!L.scale.isValid())
        return false;
    L.ticks = TickGenerator::generate(L.scale, m_lang);
    L.visibleEvents = m_index.countOverlapping(startDay, endDay);

    m_options.minGap = TimelineRenderer::glyphSize + 4.0;
    m_options.badgeExtent = 40.0;
    m_options.binWidth = 4.0;
    m_options.left = L.plotRect.left();
    m_options.right = L.plotRect.right();
    return true;
}

void LayoutBuilder::selection(const Document::Selection &selection)
{
    switch (selection.type) {
    case Document::SelectionType::Entity:
        m_selectedEntity = m_data.entityIndex(selection.id);
        if (m_selectedEntity >= 0) {
            L.selectedEntityId = selection.id;
            m_firstLanes << m_selectedEntity;
        }
        break;
    case Document::SelectionType::Event:
        L.selectedEvent = m_data.eventIndex(selection.id);
        break;
    case Document::SelectionType::Relationship:
        L.selectedRelationship = m_data.relationshipIndex(selection.id);
        if (L.selectedRelationship >= 0) {
            const Relationship *r = &m_data.relationships.at(L.selectedRelationship);
            L.selectedEvent = m_data.eventIndex(r->eventId);
            m_involvedEntities << m_data.entityIndex(r->fromId) << m_data.entityIndex(r->toId);
            m_firstLanes = m_involvedEntities;
        }
        break;
    case Document::SelectionType::None:
        break;
    }
    if (L.selectedEvent >= 0)
        for (int e : m_index.participants(L.selectedEvent))
            m_involvedEntities << e;
}

void LayoutBuilder::placeItems()
{
    m_positions = m_index.overlapping(m_startDay, m_endDay);
    // Events of one day share their day's width, each in its own slot in dataset order, so
    // zooming in far enough draws them apart, and an event has the same x on every lane.
    const QList<int> &positions = m_positions;
    m_items = QList<LaneItem>(positions.size());
    auto isSpan = [&](int position) {
        return m_data.events.at(m_index.event(position)).date.precision()
                != PartialDate::Precision::Day;
    };
    for (int i = 0; i < positions.size();) {
        const int position = positions.at(i);
        const bool span = isSpan(position);
        int sameDay = 1;
        if (!span) {
            while (i + sameDay < positions.size()) {
                const int next = positions.at(i + sameDay);
                if (m_index.start(next) != m_index.start(position) || isSpan(next))
                    break;
                ++sameDay;
            }
        }
        const double x0 = L.scale.xOfDay(m_index.start(position));
        const double x1 = L.scale.xOfDay(m_index.end(position));
        for (int k = 0; k < sameDay; ++k) {
            LaneItem &item = m_items[i + k];
            item.event = m_index.event(positions.at(i + k));
            item.span = span;
            item.x0 = span ? x0 : x0 + (x1 - x0) * k / sameDay;
            item.x1 = span ? x1 : x0 + (x1 - x0) * (k + 1) / sameDay;
        }
        i += sameDay;
    }
}

void LayoutBuilder::assignLanes(int maxLanes)
{
    L.assignment = LaneAssignment::compute(m_data, m_index, m_positions, m_firstLanes, maxLanes);
    m_perLane = QList<QList<LaneItem>>(L.assignment.lanes().size());
    for (int i = 0; i < m_perLane.size(); ++i)
        m_perLane[i].reserve(L.assignment.lanes().at(i).events);
    for (const LaneItem &item : std::as_const(m_items))
        L.assignment.forEachLaneOf(m_index, item.event,
                                   [&](int lane) { m_perLane[lane].append(item); });
}

LaneMarks LayoutBuilder::aggregateLane(int lane) const
{
    EventAggregator::Options options = m_options;
    options.maxTracks = m_tracks;
    return EventAggregator::aggregate(m_perLane.at(lane), options);
}

double LayoutBuilder::totalHeight() const
{
    double sum = 0.0;
    for (const LaneMarks &m : m_marks)
        sum += laneHeightOf(m);
    return sum;
}

void LayoutBuilder::fitLanes()
{
    // As many lanes as fit at their smallest. When their spans make them too tall, drop the least
    // busy lanes first (their events stay on their partners' lanes or go to Other), down to a
    // few; only then give up span tracks of the tallest lanes, and then more lanes. Lanes are
    // aggregated in order and only as far as they fit: with many events that is most of the work.
    const double available = L.plotRect.height() - 4.0;
    assignLanes(std::max(1, int(available / kMinLane)));
    {
        const int other = L.assignment.otherLane();
        const int named = int(m_perLane.size()) - (other >= 0 ? 1 : 0);
        double sum = 0.0;
        int keep = 0;
        while (keep < named) {
            LaneMarks m = aggregateLane(keep);
            const double h = laneHeightOf(m);
            if (keep >= kKeepLanes && sum + h + kOtherReserve > available)
                break;
            sum += h;
            m_marks.append(std::move(m));
            ++keep;
        }
        if (keep < named) {
            // The first `keep` lanes stay as they are; the rest share the Other lane.
            assignLanes(keep + 1);
            m_marks.resize(std::min<int>(keep, int(m_perLane.size())));
        }
        for (int i = int(m_marks.size()); i < m_perLane.size(); ++i)
            m_marks.append(aggregateLane(i));
    }
    for (int round = 0; round < 64 && totalHeight() > available; ++round) {
        int tallest = -1;
        for (int i = 0; i < m_marks.size(); ++i) {
            if (m_marks.at(i).tracks > 1
                && (tallest < 0 || m_marks.at(i).tracks > m_marks.at(tallest).tracks))
                tallest = i;
        }
        if (tallest >= 0) {
            EventAggregator::Options options = m_options;
            options.maxTracks = m_marks.at(tallest).tracks - 1;
            m_marks[tallest] = EventAggregator::aggregate(m_perLane.at(tallest), options);
            continue;
        }
        if (m_marks.size() <= 1)
            break;
        m_tracks = 1;
        assignLanes(int(m_marks.size()) - 1);
        m_marks.clear();
        for (int i = 0; i < m_perLane.size(); ++i)
            m_marks.append(aggregateLane(i));
    }
}

LaneMarks LayoutBuilder::densityOf(const LaneDays &days) const
{
    // Bins of kDensityBin pixels; their edges in days, so each bin is two binary searches.
    LaneMarks marks;
    const double left = L.plotRect.left();
    const int bins = std::max(1, int(std::ceil(L.plotRect.width() / kDensityBin)));
    auto edge = [&](int i) { return i >= bins ? m_endDay : L.scale.dayAt(left + i * kDensityBin); };
    // A run of bins is one mark, as a knot of glyphs is: it goes on over gaps narrower than the
    // space a glyph needs, so a busy lane is one strip with one count, not hundreds.
    const int joinGap = int(std::ceil(m_options.minGap / kDensityBin));
    PointMark run;
    int gap = 0;
    auto closeRun = [&] {
        if (run.bins.isEmpty())
            return;
        run.bins.resize(run.bins.size() - gap); // no empty bins at the end
        gap = 0;
        run.type = PointMark::Type::Heat;
        run.x1 = run.binStart + (run.bins.size() - 0.5) * kDensityBin;
        marks.points.append(run);
        run = {};
    };
    QList<int> coverage(bins, 0);
    bool anySpan = false;
    double from = edge(0);
    for (int i = 0; i < bins; ++i) {
        const double to = edge(i + 1);
        const int n = days.pointsIn(from, to);
        if (n > 0) {
            if (run.bins.isEmpty()) {
                run.binStart = left + i * kDensityBin;
                run.binWidth = kDensityBin;
                run.x0 = run.binStart + kDensityBin / 2.0;
            }
            run.bins.append(n);
            run.count += n;
            gap = 0;
        } else if (!run.bins.isEmpty()) {
            run.bins.append(0);
            if (++gap >= joinGap)
                closeRun();
        }
        if (!days.spanStarts.isEmpty()) {
            coverage[i] = days.spansOverlapping(from, to);
            anySpan = anySpan || coverage.at(i) > 0;
        }
        from = to;
    }
    closeRun();
    if (anySpan) {
        marks.tracks = 1;
        marks.spanCoverage = coverage;
        marks.coverageStart = left;
        marks.coverageBinWidth = kDensityBin;
        marks.coveredSpans = days.spansOverlapping(m_startDay, m_endDay);
    }
    return marks;
}

LaneMarks LayoutBuilder::marksOf(const LaneDays &days, int events) const
{
    if (events > kSparseLane)
        return densityOf(days);
    // The lane's points and the spans overlapping the window, merged in order of start.
    QList<LaneItem> items;
    items.reserve(events);
    auto p = std::lower_bound(days.points.cbegin(), days.points.cend(), m_startDay);
    const auto pEnd = std::lower_bound(p, days.points.cend(), m_endDay);
    auto s = std::lower_bound(days.spanStarts.cbegin(), days.spanStarts.cend(),
                              m_startDay - days.longestSpan);
    const auto sEnd = std::lower_bound(s, days.spanStarts.cend(), m_endDay);
    while (p != pEnd || s != sEnd) {
        if (s != sEnd && (p == pEnd || *s <= *p - 0.5)) {
            const int event = days.spanEvents.at(s - days.spanStarts.cbegin());
            const double end = m_index.end(m_index.positionOf(event));
            if (end > m_startDay)
                items.append({ L.scale.xOfDay(*s), L.scale.xOfDay(end), event, true });
            ++s;
        } else {
            const double day = *p - 0.5;
            items.append({ L.scale.xOfDay(day), L.scale.xOfDay(day + 1.0),
                           days.pointEvents.at(p - days.points.cbegin()), false });
            ++p;
        }
    }
    EventAggregator::Options options = m_options;
    options.maxTracks = 2;
    return EventAggregator::aggregate(items, options);
}

void LayoutBuilder::fitDensityLanes()
{
    // The selected entity (or relationship's ends) first, then the companies busiest over the
    // whole data that take part in the window, as far as they fit; the events of none of them
    // share the Other lane.
    m_dense = true;
    const double available = L.plotRect.height() - 4.0;
    QList<Lane> lanes;
    double used = 0.0;
    auto add = [&](int entity, const LaneDays &days) {
        const int events =
                days.pointsIn(m_startDay, m_endDay) + days.spansOverlapping(m_startDay, m_endDay);
        if (events == 0)
            return true;
        LaneMarks m = marksOf(days, events);
        const double h = laneHeightOf(m);
        if (!lanes.isEmpty() && used + h + kOtherReserve > available)
            return false;
        used += h;
        lanes.append({ entity, events });
        m_marks.append(std::move(m));
        return true;
    };
    // The selected entity, or the selected relationship's two ends, first.
    QList<int> laned;
    for (int e : std::as_const(m_firstLanes)) {
        if (e >= 0 && !laned.contains(e) && add(e, m_index.days(e)))
            laned.append(e);
    }
    int rankLimit = 0;
    const QList<int> &ranked = m_index.companiesByRank();
    for (; rankLimit < ranked.size(); ++rankLimit) {
        const int e = ranked.at(rankLimit);
        if (!laned.contains(e) && !add(e, m_index.days(e)))
            break;
    }
    std::sort(laned.begin(), laned.end());
    const LaneDays &rest = m_index.unlaned(rankLimit, laned);
    const int others =
            rest.pointsIn(m_startDay, m_endDay) + rest.spansOverlapping(m_startDay, m_endDay);
    if (others > 0) {
        lanes.append({ -1, others });
        m_marks.append(marksOf(rest, others));
    }
    L.assignment = LaneAssignment::fromLanes(int(m_data.entities.size()), lanes);
}

void LayoutBuilder::fitChosenLanes(const LaneChoice &choice, int firstLane)
{
    m_dense = !detailed();
    L.scrolling = true;
    const int entityCount = int(m_data.entities.size());
    QList<bool> listed(entityCount, false);
    QList<int> chosen;
    QList<bool> pinned;
    auto take = [&](int e, bool isPinned) {
        if (e < 0 || e >= entityCount || listed.at(e))
            return;
        listed[e] = true;
        chosen.append(e);
        pinned.append(isPinned);
    };
    auto eventsOf = [&](const LaneDays &days) {
        return days.pointsIn(m_startDay, m_endDay) + days.spansOverlapping(m_startDay, m_endDay);
    };
    take(m_selectedEntity,
         choice.pinned.contains(m_selectedEntity >= 0 ? m_data.entities.at(m_selectedEntity).id
                                                      : QString()));
    // Pinned lanes stay whatever the window holds; a pinned entity that is gone is skipped.
    for (const QString &id : choice.pinned)
        take(m_data.entityIndex(id), true);
    QList<int> lanedEntities = chosen;
    const bool mostActive = choice.mode == LaneChoice::Mode::MostActive;
    if (mostActive) {
        for (int e : m_index.companiesByRank()) {
            if (!listed.at(e) && eventsOf(m_index.days(e)) > 0)
                take(e, false);
        }
    }
    if (choice.groupByKind) {
        // The selected entity keeps the first lane; the rest by kind in EntityKind order, the
        // user's own kinds each a group of its own, by key.
        const int keep = m_selectedEntity >= 0 ? 1 : 0;
        QList<int> order(chosen.size());
        for (int i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin() + keep, order.end(), [&](int a, int b) {
            const Entity &x = m_data.entities.at(chosen.at(a));
            const Entity &y = m_data.entities.at(chosen.at(b));
            if (x.kind != y.kind)
                return int(x.kind) < int(y.kind);
            return x.kind == EntityKind::Custom && x.customKind < y.customKind;
        });
        QList<int> c;
        QList<bool> p;
        for (int i : order) {
            c.append(chosen.at(i));
            p.append(pinned.at(i));
        }
        chosen = c;
        pinned = p;
    }
    // Most active: the events of none of the lanes (no company takes part, or only entities
    // without a lane) share the Other lane at the end. Pinned only: exactly the chosen lanes.
    int others = 0;
    const LaneDays *rest = nullptr;
    if (mostActive) {
        std::sort(lanedEntities.begin(), lanedEntities.end());
        rest = &m_index.unlaned(int(m_index.companiesByRank().size()), lanedEntities);
        others = eventsOf(*rest);
    }
    L.laneCount = int(chosen.size()) + (others > 0 ? 1 : 0);
    L.firstLane = std::clamp(firstLane, 0, std::max(0, L.laneCount - 1));

    const double available = L.plotRect.height() - 4.0;
    QList<Lane> lanes;
    double used = 0.0;
    for (int i = L.firstLane; i < L.laneCount; ++i) {
        const bool isOther = i >= chosen.size();
        const LaneDays &days = isOther ? *rest : m_index.days(chosen.at(i));
        const int events = isOther ? others : eventsOf(days);
        LaneMarks m = events > 0 ? marksOf(days, events) : LaneMarks{};
        const double h = laneHeightOf(m);
        if (!lanes.isEmpty() && used + h > available)
            break;
        used += h;
        lanes.append({ isOther ? -1 : chosen.at(i), events });
        m_marks.append(std::move(m));
        m_pinned.append(!isOther && pinned.at(i));
        const bool kindChanges = choice.groupByKind && !isOther && i > 0 && i < chosen.size()
                && m_data.entities.at(chosen.at(i)).kind
                        != m_data.entities.at(chosen.at(i - 1)).kind;
        m_groupStart.append(kindChanges);
    }
    L.assignment = LaneAssignment::fromLanes(entityCount, lanes);
}

void LayoutBuilder::addLabel(const QRectF &rect, const QString &text, int event, bool inBar)
{
    TimelineLayout::Label label;
    label.rect = rect;
    label.text = text;
    label.inBar = inBar;
    label.event = event;
    label.dimmed =
            !L.selectedEntityId.isEmpty() && !m_data.events.at(event).involves(L.selectedEntityId);
    L.labels.append(label);
    m_labelled.insert(event);
}

void LayoutBuilder::placeSpans(TimelineLayout::LaneView &lane)
{
    // Span bars: their glyph at the visible start, their title inside when it fits.
    for (const SpanMark &span : lane.marks.spans) {
        const auto place = spanPlace(span, lane, L.plotRect);
        if (!place)
            continue;
        const double top = place->top;
        TimelineLayout::Hit hit;
        hit.type = TimelineLayout::Hit::Type::Event;
        hit.rect = QRectF(place->left, top - 1.0, std::max(6.0, place->right - place->left),
                          kBar + 2.0);
        hit.centre = place->glyph;
        hit.event = span.event;
        L.hits.append(hit);
        m_drawnAt[span.event].append(place->glyph);

        const double textLeft = place->glyph.x() + kSpanGlyph / 2.0 + 4.0;
        const double room = place->right - textLeft - 4.0;
        if (room >= 24.0 && !m_labelled.contains(span.event)) {
            const QString text = m_spanMetrics.elidedText(
                    m_data.events.at(span.event).title.text(m_lang), Qt::ElideRight, room);
            if (!text.isEmpty() && text != QStringLiteral("…"))
                addLabel(QRectF(textLeft, top, m_spanMetrics.horizontalAdvance(text) + 1.0, kBar),
                         text, span.event, true);
        }
    }
    if (!lane.marks.spanCoverage.isEmpty()) {
        TimelineLayout::Hit hit;
        hit.type = TimelineLayout::Hit::Type::Knot;
        hit.rect = QRectF(L.plotRect.left(), lane.trackTop, L.plotRect.width(), kBar);
        hit.count = lane.marks.coveredSpans;
        hit.day0 = m_startDay;
        hit.day1 = m_endDay;
        // Drawn from the count index because the window holds too many events: zooming helps.
        hit.tooShort = !m_dense;
        L.hits.append(hit);
    }
}

void LayoutBuilder::placePoints(TimelineLayout::LaneView &lane)
{
    // Points: glyphs, badges and heat strips; a glyph's title goes to its right when the next
    // mark leaves room.
    const QList<PointMark> &points = lane.marks.points;
    for (int p = 0; p < points.size(); ++p) {
        const PointMark &mark = points.at(p);
        TimelineLayout::Hit hit;
        if (mark.type == PointMark::Type::Single) {
            const QPointF centre(mark.x0, lane.rowY);
            hit.type = TimelineLayout::Hit::Type::Event;
            hit.rect = QRectF(centre.x() - 8.0, centre.y() - 8.0, 16.0, 16.0);
            hit.centre = centre;
            hit.event = mark.events.first();
            m_drawnAt[hit.event].append(centre);

            double nextLeft = L.plotRect.right();
            if (p + 1 < points.size()) {
                const PointMark &next = points.at(p + 1);
                if (next.type == PointMark::Type::Single)
                    nextLeft = next.x0 - TimelineRenderer::glyphSize / 2.0 - 2.0;
                else if (next.type == PointMark::Type::Count)
                    nextLeft = (next.x0 + next.x1) / 2.0 - badgeWidth(next.count) / 2.0;
                else
                    nextLeft = next.binStart;
            }
            const double textLeft = centre.x() + TimelineRenderer::glyphSize / 2.0 + 5.0;
            const double room = std::min(nextLeft, L.plotRect.right()) - textLeft - 6.0;
            if (room >= 30.0 && !m_labelled.contains(hit.event)) {
                const QString text = m_labelMetrics.elidedText(
                        m_data.events.at(hit.event).title.text(m_lang), Qt::ElideRight, room);
                if (!text.isEmpty() && text != QStringLiteral("…"))
                    addLabel(QRectF(textLeft, centre.y() - 8.0,
                                    m_labelMetrics.horizontalAdvance(text) + 2.0, 16.0),
                             text, hit.event, false);
            }
        } else {
            const double w = mark.type == PointMark::Type::Count ? badgeWidth(mark.count)
                                                                 : mark.bins.size() * mark.binWidth;
            const double left = mark.type == PointMark::Type::Count
                    ? (mark.x0 + mark.x1) / 2.0 - w / 2.0
                    : mark.binStart;
            hit.type = TimelineLayout::Hit::Type::Knot;
            hit.rect = QRectF(left, lane.rowY - 8.0, std::max(w, 8.0), 16.0);
            hit.centre = hit.rect.center();
            hit.count = mark.count;
            hit.day0 = L.scale.dayAt(mark.x0) - 0.5;
            hit.day1 = L.scale.dayAt(mark.x1) + 0.5;
        }
        L.hits.append(hit);
    }
}

void LayoutBuilder::placeLanes()
{
    const int laneCount = int(m_marks.size());
    const double available = L.plotRect.height() - 4.0;
    const double slack = std::max(0.0, available - totalHeight());
    const double extra = laneCount > 0 ? std::min(10.0, slack / laneCount) : 0.0;
    double y = L.plotRect.top() + 2.0;
    for (int i = 0; i < laneCount; ++i) {
        TimelineLayout::LaneView lane;
        lane.lane = L.assignment.lanes().at(i);
        lane.marks = m_marks.at(i);
        lane.top = y;
        lane.height = laneHeightOf(lane.marks) + extra;
        lane.rowY = y + extra / 2.0 + kPointRow / 2.0;
        lane.trackTop = y + extra / 2.0 + trackOffsetOf(lane.marks);
        lane.label = lane.lane.isOther() ? TimelineRenderer::otherLaneLabel()
                                         : m_data.entities.at(lane.lane.entity).name.text(m_lang);
        lane.focused = m_selectedEntity >= 0 && lane.lane.entity == m_selectedEntity;
        lane.involved = !lane.lane.isOther() && m_involvedEntities.contains(lane.lane.entity);
        lane.pinned = m_pinned.value(i);
        lane.groupStart = m_groupStart.value(i);
        y += lane.height;

        TimelineLayout::Hit laneHit;
        laneHit.type = TimelineLayout::Hit::Type::Lane;
        laneHit.rect = QRectF(L.labelsRect.left(), lane.top, L.labelsRect.width(), lane.height);
        laneHit.entity = lane.lane.entity;
        L.hits.append(laneHit);

        placeSpans(lane);
        placePoints(lane);
        L.lanes.append(lane);
    }
}

void LayoutBuilder::connect()
{
    for (auto it = m_drawnAt.cbegin(); it != m_drawnAt.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        double y0 = it.value().first().y();
        double y1 = y0;
        for (const QPointF &c : it.value()) {
            y0 = std::min(y0, c.y());
            y1 = std::max(y1, c.y());
        }
        L.connectors.append({ it.value().first().x(), y0, y1, it.key() });
    }
    // Stable drawing order whatever the hash order.
    std::sort(L.connectors.begin(), L.connectors.end(), [](const auto &a, const auto &b) {
        return a.x != b.x ? a.x < b.x : a.event < b.event;
    });
}

void LayoutBuilder::placeIntervals()
{
    if (L.selectedRelationship < 0)
        return;
    const Relationship &r = m_data.relationships.at(L.selectedRelationship);
    const QList<Spell> intervals = r.intervals();
    const int from = m_data.entityIndex(r.fromId);
    const int to = m_data.entityIndex(r.toId);
    const double bottom =
            L.lanes.isEmpty() ? L.plotRect.bottom() : L.lanes.last().top + L.lanes.last().height;
    QList<TimelineLayout::Hit> hits;
    for (int i = 0; i < intervals.size(); ++i) {
        const Spell &spell = intervals.at(i);
        if (!spell.from.isValid() && !spell.until.isValid())
            continue; // known to hold, not when: nothing to draw
        const double day0 = spell.from.isValid() ? TimeScale::dayOf(spell.from.start())
                                                 : -std::numeric_limits<double>::infinity();
        // The end's last day is part of the interval.
        const double day1 = spell.until.isValid() ? TimeScale::dayOf(spell.until.end()) + 1.0
                                                  : std::numeric_limits<double>::infinity();
        if (day1 <= m_startDay || day0 >= m_endDay)
            continue;
        TimelineLayout::Interval interval;
        interval.spell = i;
        interval.openStart = day0 < m_startDay;
        interval.openEnd = day1 > m_endDay;
        interval.x0 = interval.openStart ? L.plotRect.left() : L.scale.xOfDay(day0);
        interval.x1 = interval.openEnd ? L.plotRect.right() : L.scale.xOfDay(day1);
        if (interval.x1 - interval.x0 < 2.0) {
            const double mid = (interval.x0 + interval.x1) / 2.0;
            interval.x0 = mid - 1.0;
            interval.x1 = mid + 1.0;
        }
        TimelineLayout::Hit band;
        band.type = TimelineLayout::Hit::Type::Interval;
        band.spell = i;
        band.rect = QRectF(interval.x0, L.plotRect.top(), interval.x1 - interval.x0,
                           bottom - L.plotRect.top());
        hits << band;
        for (const auto &lane : std::as_const(L.lanes)) {
            if (lane.lane.isOther() || (lane.lane.entity != from && lane.lane.entity != to))
                continue;
            const QRectF bar(interval.x0, lane.top + lane.height - 5.0, interval.x1 - interval.x0,
                             3.0);
            interval.bars << bar;
            TimelineLayout::Hit hit = band;
            hit.rect = bar.adjusted(0.0, -2.0, 0.0, 2.0);
            hits << hit;
        }
        L.intervals << interval;
    }
    // First, so everything drawn over them is found before them.
    L.hits = hits + L.hits;
}

} // namespace

TimelineLayout TimelineRenderer::layout(const Dataset &data, const TimelineIndex &index,
                                        double startDay, double endDay, const QRectF &rect,
                                        Language lang, const Document::Selection &selection,
                                        const LaneChoice &choice, int firstLane)
{
    TimelineLayout L;
    LayoutBuilder build(data, index, lang, L);
    if (!build.frame(rect, startDay, endDay))
        return L;
    build.selection(selection);
    if (!choice.isDefault()) {
        build.fitChosenLanes(choice, firstLane);
    } else if (build.detailed()) {
        build.placeItems();
        build.fitLanes();
    } else {
        build.fitDensityLanes();
    }
    build.placeLanes();
    build.connect();
    build.placeIntervals();
    return L;
}

namespace {

// The painting phases, back to front.

double gridBottomOf(const TimelineLayout &L)
{
    return L.lanes.isEmpty() ? L.plotRect.bottom() : L.lanes.last().top + L.lanes.last().height;
}

void paintBands(QPainter &painter, const TimelineLayout &L, const Ink &ink)
{
    // Lane bands across labels and plot.
    for (int i = 0; i < L.lanes.size(); ++i) {
        const auto &lane = L.lanes.at(i);
        const QRectF band(L.rect.left(), lane.top, L.rect.width(), lane.height);
        if (lane.focused)
            painter.fillRect(band, ink.focusBand);
        else if (lane.involved)
            painter.fillRect(band, ink.involvedBand);
        else if (i % 2 == 1)
            painter.fillRect(band, ink.band);
    }
}

void paintGrid(QPainter &painter, const TimelineLayout &L, const Ink &ink)
{
    // Grid: minor lines through the lanes, major lines stronger.
    const double gridBottom = gridBottomOf(L);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(QPen(ink.minorGrid, 1.0));
    for (const Tick &t : L.ticks.minor) {
        const double x = std::round(L.scale.xOfDay(t.day)) + 0.5;
        painter.drawLine(QPointF(x, L.axisRect.top() + 22.0), QPointF(x, gridBottom));
    }
    painter.setPen(QPen(ink.majorGrid, 1.0));
    for (const Tick &t : L.ticks.major) {
        const double x = std::round(L.scale.xOfDay(t.day)) + 0.5;
        if (x < L.plotRect.left() || x > L.plotRect.right())
            continue;
        painter.drawLine(QPointF(x, L.axisRect.top() + 4.0), QPointF(x, gridBottom));
    }
    painter.setRenderHint(QPainter::Antialiasing);
}

void paintAxis(QPainter &painter, const TimelineLayout &L, const Ink &ink)
{
    // Axis labels: minor ones centred in their period, major ones at their start and pinned to
    // the left edge for the period the view starts in.
    painter.setFont(TimelineRenderer::font(11.0));
    const QFontMetricsF minorMetrics(painter.font());
    painter.setPen(ink.muted);
    for (int i = 0; i < L.ticks.minor.size(); ++i) {
        const Tick &t = L.ticks.minor.at(i);
        const double x = L.scale.xOfDay(t.day);
        const double w = minorMetrics.horizontalAdvance(t.label);
        double textX = x + 4.0;
        if (L.ticks.step == 1) {
            const double next = i + 1 < L.ticks.minor.size()
                    ? L.scale.xOfDay(L.ticks.minor.at(i + 1).day)
                    : L.scale.xOfDay(L.scale.end());
            if (next - x >= w + 6.0)
                textX = (x + next) / 2.0 - w / 2.0;
        }
        if (textX + w > L.axisRect.right())
            continue;
        painter.drawText(QRectF(textX, L.axisRect.top() + 22.0, w + 2.0, 16.0),
                         Qt::AlignLeft | Qt::AlignVCenter, t.label);
    }
    painter.setFont(TimelineRenderer::font(11.5, true));
    const QFontMetricsF majorMetrics(painter.font());
    painter.setPen(ink.text);
    for (int i = 0; i < L.ticks.major.size(); ++i) {
        const Tick &t = L.ticks.major.at(i);
        const double w = majorMetrics.horizontalAdvance(t.label);
        const double x = std::max(L.scale.xOfDay(t.day), L.axisRect.left()) + 4.0;
        if (i + 1 < L.ticks.major.size()
            && x + w + 8.0 > L.scale.xOfDay(L.ticks.major.at(i + 1).day))
            continue; // the next period's label takes over
        if (x + w > L.axisRect.right() + kRightMargin)
            continue;
        painter.drawText(QRectF(x, L.axisRect.top() + 4.0, w + 2.0, 17.0),
                         Qt::AlignLeft | Qt::AlignVCenter, t.label);
    }
    painter.setPen(QPen(QColor(0x9a, 0xa0, 0xa6), 1.0));
    painter.drawLine(QPointF(L.rect.left(), L.plotRect.top() - 0.5),
                     QPointF(L.rect.right(), L.plotRect.top() - 0.5));
}

void paintLaneLabels(QPainter &painter, const TimelineLayout &L, const Ink &ink)
{
    // Lane labels with their event counts.
    for (const auto &lane : L.lanes) {
        const QRectF box(L.labelsRect.left() + 10.0, lane.top, L.labelsRect.width() - 16.0,
                         std::min(lane.height, kPointRow + 2.0));
        const QString count = countText(lane.lane.events);
        painter.setFont(TimelineRenderer::font(10.0));
        const double countWidth = QFontMetricsF(painter.font()).horizontalAdvance(count);
        painter.setPen(ink.muted);
        painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, count);
        QFont nameFont = TimelineRenderer::font(12.0, lane.focused);
        nameFont.setItalic(lane.lane.isOther());
        painter.setFont(nameFont);
        painter.setPen(lane.lane.isOther() ? ink.muted : ink.text);
        const QString name = QFontMetricsF(nameFont).elidedText(lane.label, Qt::ElideRight,
                                                                box.width() - countWidth - 8.0);
        painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, name);
        if (lane.pinned) {
            // A pinned lane: a small pin head in the margin before its name.
            painter.save();
            painter.setRenderHint(QPainter::Antialiasing, true);
            painter.setPen(Qt::NoPen);
            painter.setBrush(ink.strong);
            const QPointF head(L.labelsRect.left() + 5.0, box.center().y());
            painter.drawEllipse(head, 2.6, 2.6);
            painter.restore();
        }
        if (lane.groupStart) {
            painter.save();
            painter.setPen(QPen(ink.majorGrid, 1.5));
            painter.drawLine(QPointF(L.rect.left(), lane.top), QPointF(L.rect.right(), lane.top));
            painter.restore();
        }
    }
    painter.setPen(QPen(ink.rule, 1.0));
    painter.drawLine(QPointF(L.plotRect.left() - 0.5, L.rect.top()),
                     QPointF(L.plotRect.left() - 0.5, gridBottomOf(L)));
}

void paintIntervals(QPainter &painter, const TimelineLayout &L, const Ink &ink)
{
    // The selected relationship's intervals: a band through the lanes, edged where a bound is
    // known and in the window, and a bar along the lanes of its two ends.
    if (L.intervals.isEmpty())
        return;
    const double bottom = gridBottomOf(L);
    // In the ink of text, so it is told apart from every event kind's colour.
    QColor fill = ink.strong;
    fill.setAlphaF(0.06);
    QColor edge = ink.strong;
    edge.setAlphaF(0.5);
    QColor barInk = ink.strong;
    barInk.setAlphaF(0.75);
    QPen edgePen(edge, 1.2);
    edgePen.setDashPattern({ 3.0, 3.0 });
    edgePen.setCapStyle(Qt::FlatCap);
    for (const auto &interval : L.intervals) {
        painter.fillRect(QRectF(interval.x0, L.plotRect.top(), interval.x1 - interval.x0,
                                bottom - L.plotRect.top()),
                         fill);
        painter.setPen(edgePen);
        if (!interval.openStart)
            painter.drawLine(QPointF(interval.x0, L.plotRect.top()), QPointF(interval.x0, bottom));
        if (!interval.openEnd)
            painter.drawLine(QPointF(interval.x1, L.plotRect.top()), QPointF(interval.x1, bottom));
        painter.setPen(Qt::NoPen);
        painter.setBrush(barInk);
        for (const QRectF &bar : interval.bars)
            painter.drawRoundedRect(bar, 1.5, 1.5);
    }
}

void paintSpans(QPainter &painter, const Dataset &data, const TimelineLayout &L, const Ink &ink)
{
    // Spans: faint bars in the kind's colour, or a coverage strip where they are too many.
    for (const auto &lane : L.lanes) {
        const LaneMarks &m = lane.marks;
        if (!m.spanCoverage.isEmpty()) {
            paintHeatStrip(painter, m.coverageStart, lane.trackTop, m.coverageBinWidth, kBar,
                           m.spanCoverage, 0.55);
        }
        for (const SpanMark &span : m.spans) {
            const Event &ev = data.events.at(span.event);
            const int style = styleOf(ev, L, span.event);
            const double top = lane.trackTop + span.track * kTrack;
            // Inset by half a pixel each side, so a month right after another stays apart.
            QRectF bar(span.x0 + 0.5, top, std::max(3.0, span.x1 - span.x0 - 1.0), kBar);
            bar = bar.intersected(L.plotRect.adjusted(-2.0, -2.0, 2.0, 2.0));
            QColor fill = EventGlyph::colour(ev.kind);
            QColor edge = fill;
            fill.setAlphaF(style & EventGlyph::Dimmed ? 0.08 : 0.22);
            edge.setAlphaF(style & EventGlyph::Dimmed ? 0.2 : 0.7);
            painter.setBrush(fill);
            painter.setPen(style & EventGlyph::Highlighted ? QPen(ink.strong, 1.8)
                                                           : QPen(edge, 1.0));
            painter.drawRoundedRect(bar.adjusted(0.5, 0.5, -0.5, -0.5), 2.5, 2.5);
        }
    }
}

void paintConnectors(QPainter &painter, const Dataset &data, const TimelineLayout &L,
                     const Ink &ink)
{
    // Theme lines joining one event's glyphs across lanes, under the glyphs.
    for (const auto &c : L.connectors) {
        const Event &ev = data.events.at(c.event);
        const int style = styleOf(ev, L, c.event);
        QColor colour = EventGlyph::colour(ev.kind);
        colour.setAlphaF(style & EventGlyph::Dimmed ? 0.15 : 0.6);
        const bool span = ev.date.precision() != PartialDate::Precision::Day;
        if (span)
            colour.setAlphaF(colour.alphaF() * 0.6);
        QPen pen(style & EventGlyph::Highlighted ? ink.strong : colour,
                 style & EventGlyph::Highlighted ? 2.0 : 1.4);
        pen.setCapStyle(Qt::FlatCap);
        // A span's date is vague: its theme line is dotted.
        if (span)
            pen.setDashPattern({ 2.0, 2.0 });
        painter.setPen(pen);
        painter.drawLine(QPointF(c.x, c.y0), QPointF(c.x, c.y1));
    }
}

void paintGlyphs(QPainter &painter, const Dataset &data, const TimelineLayout &L, const Ink &ink)
{
    // Glyphs of spans, then points, badges and heat strips.
    for (const auto &lane : L.lanes) {
        for (const SpanMark &span : lane.marks.spans) {
            const auto place = spanPlace(span, lane, L.plotRect);
            if (!place)
                continue;
            const Event &ev = data.events.at(span.event);
            EventGlyph::paint(painter, ev.kind, place->glyph, kSpanGlyph,
                              styleOf(ev, L, span.event));
        }
        for (const PointMark &mark : lane.marks.points) {
            switch (mark.type) {
            case PointMark::Type::Single: {
                const Event &ev = data.events.at(mark.events.first());
                const int style = styleOf(ev, L, mark.events.first());
                const QPointF centre(mark.x0, lane.rowY);
                EventGlyph::paint(painter, ev.kind, centre, TimelineRenderer::glyphSize, style);
                if (style & EventGlyph::Hollow) {
                    // "≈": the amount is approximate, a range or only words.
                    painter.setFont(TimelineRenderer::font(10.0, true));
                    QColor c = EventGlyph::colour(ev.kind);
                    if (style & EventGlyph::Dimmed)
                        c.setAlphaF(0.3);
                    painter.setPen(c);
                    painter.drawText(QRectF(centre.x() + 2.0, centre.y() - 17.0, 12.0, 11.0),
                                     Qt::AlignCenter, QStringLiteral("≈"));
                }
                break;
            }
            case PointMark::Type::Count: {
                const double w = badgeWidth(mark.count);
                const QRectF badge((mark.x0 + mark.x1) / 2.0 - w / 2.0, lane.rowY - 8.0, w, 16.0);
                if (L.selectedEvent >= 0 && mark.events.contains(L.selectedEvent)) {
                    // The selected event is inside: ring the badge as its glyph would be.
                    painter.setPen(QPen(ink.strong, 2.0));
                    painter.setBrush(Qt::NoBrush);
                    painter.drawRoundedRect(badge.adjusted(-2.5, -2.5, 2.5, 2.5), 10.0, 10.0);
                }
                if (mark.x1 - mark.x0 > 2.0) {
                    // The stretch the badge gathers, so a badge is not read as one date.
                    painter.setPen(QPen(kBadge, 1.2));
                    painter.drawLine(QPointF(mark.x0, lane.rowY + 9.5),
                                     QPointF(mark.x1, lane.rowY + 9.5));
                }
                painter.setPen(Qt::NoPen);
                painter.setBrush(kBadge);
                painter.drawRoundedRect(badge, 8.0, 8.0);
                painter.setPen(Qt::white);
                painter.setFont(TimelineRenderer::font(10.5, true));
                painter.drawText(badge, Qt::AlignCenter, countText(mark.count));
                break;
            }
            case PointMark::Type::Heat: {
                paintHeatStrip(painter, mark.binStart, lane.rowY - 6.0, mark.binWidth, 12.0,
                               mark.bins, 1.0);
                const QString text = countText(mark.count);
                painter.setFont(TimelineRenderer::font(10.0, true));
                const double tw = QFontMetricsF(painter.font()).horizontalAdvance(text) + 8.0;
                const double width = mark.bins.size() * mark.binWidth;
                if (width >= tw + 4.0) {
                    const QRectF box(mark.binStart + width / 2.0 - tw / 2.0, lane.rowY - 7.0, tw,
                                     14.0);
                    painter.setPen(Qt::NoPen);
                    painter.setBrush(ink.halo(215));
                    painter.drawRoundedRect(box, 4.0, 4.0);
                    painter.setPen(ink.text);
                    painter.drawText(box, Qt::AlignCenter, text);
                }
                break;
            }
            }
        }
    }
}

void paintTitles(QPainter &painter, const TimelineLayout &L, const Ink &ink)
{
    // Titles on a light box, so grid and theme lines do not cut through them.
    for (const auto &label : L.labels) {
        painter.setFont(TimelineRenderer::font(label.inBar ? 10.0 : 11.0));
        if (!label.inBar) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(ink.halo(200));
            painter.drawRoundedRect(label.rect.adjusted(-2.0, 1.0, 2.0, -1.0), 3.0, 3.0);
        }
        painter.setPen(label.dimmed ? ink.dimmed : ink.text);
        painter.drawText(label.rect, Qt::AlignLeft | Qt::AlignVCenter, label.text);
    }
}

} // namespace

void TimelineRenderer::paint(QPainter &painter, const Dataset &data, const TimelineLayout &L,
                             const Palette &palette)
{
    paintBackground(painter, L, palette);
    paintContent(painter, data, L, palette);
}

void TimelineRenderer::paintBackground(QPainter &painter, const TimelineLayout &L,
                                       const Palette &palette)
{
    const Ink ink = inkOf(palette);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(L.rect, ink.canvas);
    paintBands(painter, L, ink);
    paintGrid(painter, L, ink);
    paintAxis(painter, L, ink);
    paintLaneLabels(painter, L, ink);
    painter.restore();
}

void TimelineRenderer::paintContent(QPainter &painter, const Dataset &data, const TimelineLayout &L,
                                    const Palette &palette)
{
    const Ink ink = inkOf(palette);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.save();
    painter.setClipRect(L.plotRect.adjusted(-1.0, 0.0, kRightMargin, 0.0));
    paintIntervals(painter, L, ink);
    paintSpans(painter, data, L, ink);
    paintConnectors(painter, data, L, ink);
    paintGlyphs(painter, data, L, ink);
    paintTitles(painter, L, ink);
    painter.restore();

    if (L.lanes.isEmpty()) {
        painter.setFont(font(13.0));
        painter.setPen(ink.muted);
        painter.drawText(L.plotRect, Qt::AlignCenter,
                         L.emptyText.isEmpty() ? tr("No dated events in this window")
                                               : L.emptyText);
    }
    painter.restore();
}

void TimelineRenderer::paintOverview(QPainter &painter, const QRectF &rect,
                                     const TimelineIndex &index, const TimeScale &scale,
                                     double brushStart, double brushEnd, Language lang,
                                     bool hasFocus, const Palette &palette)
{
    paintOverviewStrip(painter, rect, index, scale, lang, palette);
    paintOverviewBrush(painter, rect, scale, brushStart, brushEnd, hasFocus, palette);
}

void TimelineRenderer::paintOverviewStrip(QPainter &painter, const QRectF &rect,
                                          const TimelineIndex &index, const TimeScale &scale,
                                          Language lang, const Palette &palette)
{
    const Ink ink = inkOf(palette);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF bars(rect.left(), rect.top(), rect.width(), rect.height() - overviewAxisHeight);
    painter.fillRect(rect, ink.canvas);
    painter.fillRect(bars, ink.band);
    if (!scale.isValid()) {
        painter.restore();
        return;
    }
    const int bins = std::max(1, int((scale.x0() + scale.width() - scale.x0()) / 3.0));
    const QList<int> counts = index.histogram(scale.start(), scale.end(), bins);
    const int maxCount = counts.isEmpty() ? 0 : *std::max_element(counts.cbegin(), counts.cend());
    const double binWidth = scale.width() / bins;
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x8a, 0x99, 0xad));
    for (int b = 0; b < counts.size(); ++b) {
        if (counts.at(b) <= 0)
            continue;
        // Square root: one event still shows next to a hundred.
        const double h =
                std::max(2.0, (bars.height() - 6.0) * std::sqrt(double(counts.at(b)) / maxCount));
        painter.drawRect(QRectF(scale.x0() + b * binWidth, bars.bottom() - h,
                                std::max(1.0, binWidth - 0.6), h));
    }

    const TickSet ticks = TickGenerator::generate(scale, lang);
    const QList<Tick> &marks = ticks.major.isEmpty() ? ticks.minor : ticks.major;
    painter.setFont(font(10.0));
    const QFontMetricsF fm(painter.font());
    double lastRight = -1e9;
    for (const Tick &t : marks) {
        const double x = scale.xOfDay(t.day);
        if (x < scale.x0() - 0.5)
            continue;
        painter.setPen(QPen(QColor(0xb8, 0xbe, 0xc7), 1.0));
        const double gx = std::round(x) + 0.5;
        painter.drawLine(QPointF(gx, bars.top()), QPointF(gx, bars.bottom() + 3.0));
        const double w = fm.horizontalAdvance(t.label);
        if (x + 3.0 < lastRight || x + 3.0 + w > rect.right())
            continue;
        painter.setPen(ink.muted);
        painter.drawText(QRectF(x + 3.0, bars.bottom() + 1.0, w + 2.0, overviewAxisHeight - 1.0),
                         Qt::AlignLeft | Qt::AlignVCenter, t.label);
        lastRight = x + 3.0 + w + 8.0;
    }
    painter.restore();
}

void TimelineRenderer::paintOverviewBrush(QPainter &painter, const QRectF &rect,
                                          const TimeScale &scale, double brushStart,
                                          double brushEnd, bool hasFocus, const Palette &palette)
{
    const Ink ink = inkOf(palette);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF bars(rect.left(), rect.top(), rect.width(), rect.height() - overviewAxisHeight);
    if (scale.isValid()) {
        const double b0 = std::clamp(scale.xOfDay(brushStart), bars.left(), bars.right());
        const double b1 = std::clamp(scale.xOfDay(brushEnd), bars.left(), bars.right());
        const QColor veil = ink.halo(165);
        painter.fillRect(QRectF(bars.left(), bars.top(), b0 - bars.left(), bars.height()), veil);
        painter.fillRect(QRectF(b1, bars.top(), bars.right() - b1, bars.height()), veil);
        const QRectF brush(b0, bars.top() + 0.75, std::max(2.0, b1 - b0), bars.height() - 1.5);
        painter.setBrush(QColor(0x1f, 0x5f, 0xbf, 36));
        painter.setPen(QPen(QColor(0x1f, 0x5f, 0xbf), hasFocus ? 2.0 : 1.5));
        painter.drawRect(brush);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x1f, 0x5f, 0xbf));
        for (double x : { brush.left(), brush.right() })
            painter.drawRoundedRect(QRectF(x - 2.5, brush.center().y() - 7.0, 5.0, 14.0), 2.0, 2.0);
    }
    painter.setPen(QPen(ink.rule, 1.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(bars.adjusted(0.5, 0.5, -0.5, -0.5));
    painter.restore();
}

namespace {

struct LegendItem
{
    EventKind kind = EventKind::Other;
    int style = EventGlyph::Filled;
    QString text;
    bool bar = false;
};

QList<LegendItem> legendItems(const QList<EventKind> &kinds)
{
    QList<LegendItem> items;
    for (EventKind k : kinds)
        items.append({ k, EventGlyph::Filled, labelOf(k), false });
    items.append({ EventKind::Partnership, EventGlyph::Hollow,
                   TimelineRenderer::tr("≈ approximate amount"), false });
    items.append({ EventKind::Launch, EventGlyph::Filled,
                   TimelineRenderer::tr("month, quarter or year"), true });
    return items;
}

double legendWidthOf(const QList<LegendItem> &items)
{
    const QFontMetricsF fm(TimelineRenderer::font(11.0));
    double width = 0.0;
    for (const LegendItem &item : items)
        width += (item.bar ? 26.0 : 16.0) + fm.horizontalAdvance(item.text) + 14.0;
    return width;
}

} // namespace

double TimelineRenderer::legendWidth(const QList<EventKind> &kinds)
{
    return legendWidthOf(legendItems(kinds));
}

double TimelineRenderer::paintLegend(QPainter &painter, const QRectF &rect,
                                     const QList<EventKind> &kinds)
{
    const QList<LegendItem> items = legendItems(kinds);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font(11.0));
    const QFontMetricsF fm(painter.font());
    const double width = legendWidthOf(items);
    double x = std::max(rect.left(), rect.right() - width);
    const double cy = rect.center().y();
    for (const LegendItem &item : items) {
        if (item.bar) {
            QColor fill = EventGlyph::colour(item.kind);
            QColor edge = fill;
            fill.setAlphaF(0.22);
            edge.setAlphaF(0.7);
            painter.setBrush(fill);
            painter.setPen(QPen(edge, 1.0));
            painter.drawRoundedRect(QRectF(x, cy - kBar / 2.0, 22.0, kBar), 2.5, 2.5);
            EventGlyph::paint(painter, item.kind, QPointF(x + 6.0, cy), kSpanGlyph);
            x += 26.0;
        } else {
            EventGlyph::paint(painter, item.kind, QPointF(x + 6.0, cy), glyphSize, item.style);
            x += 16.0;
        }
        painter.setPen(kText);
        const double w = fm.horizontalAdvance(item.text);
        painter.drawText(QRectF(x, rect.top(), w + 2.0, rect.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, item.text);
        x += w + 14.0;
    }
    painter.restore();
    return width;
}

QString TimelineRenderer::eventToolTip(const Dataset &data, int event, Language lang)
{
    if (event < 0 || event >= data.events.size())
        return {};
    const Event &ev = data.events.at(event);
    QString html = QStringLiteral("<b>%1</b><br/>%2 · %3")
                           .arg(ev.title.text(lang).toHtmlEscaped(),
                                Format::date(ev.date, lang).toHtmlEscaped(),
                                labelOf(ev.kind).toHtmlEscaped());
    QStringList people;
    for (const Participant &p : ev.participants) {
        people << QStringLiteral("%1 (%2)").arg(displayName(data, p.entityId, lang).toHtmlEscaped(),
                                                labelOf(p.role).toHtmlEscaped());
    }
    if (!people.isEmpty())
        html += QStringLiteral("<br/>") + people.join(QStringLiteral(", "));
    if (ev.amount && ev.amount->precision != AmountPrecision::Undisclosed)
        html += QStringLiteral("<br/>") + Format::amount(*ev.amount, lang).toHtmlEscaped();
    return html;
}

QString TimelineRenderer::intervalToolTip(const Dataset &data, int relationship, int spell,
                                          Language lang)
{
    if (relationship < 0 || relationship >= data.relationships.size())
        return {};
    const Relationship &r = data.relationships.at(relationship);
    const QList<Spell> intervals = r.intervals();
    if (spell < 0 || spell >= intervals.size())
        return {};
    const Spell &s = intervals.at(spell);
    QString html =
            QStringLiteral("<b>%1</b><br/>")
                    .arg(tr("%1 %2 %3")
                                 .arg(displayName(data, r.fromId, lang), typeLabel(r, data.types),
                                      displayName(data, r.toId, lang))
                                 .toHtmlEscaped());
    const QString from = s.from.isValid() ? Format::date(s.from, lang) : tr("unknown start");
    const QString until = s.until.isValid() ? Format::date(s.until, lang) : tr("open-ended");
    html += (intervals.size() > 1 ? tr("Interval %1 of %2: %3 – %4")
                                            .arg(spell + 1)
                                            .arg(intervals.size())
                                            .arg(from, until)
                                  : tr("Valid %1 – %2").arg(from, until))
                    .toHtmlEscaped();
    return html;
}

QString TimelineRenderer::knotToolTip(int count, double day0, double day1, Language lang,
                                      bool tooShort)
{
    const QDate a = TimeScale::dateOfDay(day0);
    // day1 is the end's exclusive bound (1 January 2025 for events of 2024): show the last day.
    const QDate b = TimeScale::dateOfDay(std::max(day0, day1 - 1e-6));
    const QString from = Format::date(PartialDate::day(a.year(), a.month(), a.day()), lang);
    const QString to = Format::date(PartialDate::day(b.year(), b.month(), b.day()), lang);
    return eventCount(count) + QStringLiteral("<br/>")
            + (from == to ? from : from + QStringLiteral(" – ") + to) + QStringLiteral("<br/>")
            + (tooShort ? tr("Too many at once for this lane's height: drag the top edge of the "
                             "timeline up to see each one")
                        : tr("Click to zoom in"));
}

} // namespace atlas
