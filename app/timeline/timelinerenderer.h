// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventaggregator.h"
#include "laneassignment.h"
#include "lanechoice.h"
#include "tickgenerator.h"
#include "timescale.h"

#include "models/document.h"
#include "render/palette.h"

#include <QCoreApplication>
#include <QFont>
#include <QRectF>

#include <optional>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace atlas {

class TimelineIndex;

// Everything the lanes view draws and hit-tests, computed from the data, the visible range and
// the selection. The view keeps the last one for mouse clicks and tooltips; exports compute one
// for the page. Nothing in it refers to widgets.
struct TimelineLayout
{
    struct LaneView
    {
        Lane lane;
        double top = 0.0;
        double height = 0.0;
        double rowY = 0.0; // centre line of the point glyphs
        double trackTop = 0.0; // top of the first span track
        QString label;
        bool focused = false; // the selected entity's lane
        bool involved = false; // a lane of the selected event or relationship
        bool pinned = false; // pinned by the user (LaneChoice)
        bool groupStart = false; // the first lane of an entity kind when lanes are grouped by kind
        LaneMarks marks;
    };
    struct Label
    {
        QRectF rect;
        QString text;
        int event = -1;
        bool dimmed = false;
        bool inBar = false; // a span's title, drawn inside its bar
    };
    // The line joining the glyphs of one event across its lanes (Analyst's Notebook theme lines).
    struct Connector
    {
        double x = 0.0;
        double y0 = 0.0;
        double y1 = 0.0;
        int event = -1;
    };
    // One interval in which the selected relationship holds (one of its spells, or its single
    // interval when a bound is known), cut to the window: a band through the lanes, and a bar
    // along the lanes of the relationship's two ends.
    struct Interval
    {
        double x0 = 0.0;
        double x1 = 0.0;
        bool openStart = false; // starts before the window, or its start is unknown
        bool openEnd = false; // ends after the window, or it is open-ended
        int spell = 0; // its place among the relationship's intervals
        QList<QRectF> bars;
    };
    struct Hit
    {
        enum class Type { Event, Knot, Lane, Interval };
        Type type = Type::Event;
        QRectF rect;
        QPointF centre;
        int event = -1; // Event
        int entity = -1; // Lane (-1: the Other lane)
        int spell = -1; // Interval: its place among the selected relationship's intervals
        double day0 = 0.0; // Knot: the stretch of time it gathers
        double day1 = 0.0;
        int count = 0;
        bool tooShort = false; // Knot: spans stacked deeper than the lane's height, at any zoom
    };

    QRectF rect;
    QRectF axisRect;
    QRectF labelsRect;
    QRectF plotRect; // where lanes draw events, below the axis
    TimeScale scale;
    TickSet ticks;
    LaneAssignment assignment;
    QList<LaneView> lanes;
    QList<Label> labels;
    QList<Connector> connectors;
    QList<Interval> intervals;
    QList<Hit> hits;
    // What the plot says when it has no lane; empty: that the window holds no dated event.
    QString emptyText;
    int visibleEvents = 0;
    // With a lane choice other than the default, the lanes are a list the view scrolls through:
    // `lanes` holds those from firstLane on that fit, laneCount how many there are in all.
    int laneCount = 0;
    int firstLane = 0;
    bool scrolling = false;
    QString selectedEntityId; // events of other entities are dimmed
    int selectedEvent = -1;
    int selectedRelationship = -1; // its intervals are drawn

    // The topmost target under the point, or nullptr.
    const Hit *hitAt(const QPointF &point) const;
    // Where the event's glyph is drawn on its first lane, when drawn on its own.
    std::optional<QPointF> glyphCentre(int event) const;
};

// One drawing path for the lanes view, its overview strip and the PNG/SVG exports, so what is
// exported is what is seen.
class TimelineRenderer
{
    Q_DECLARE_TR_FUNCTIONS(atlas::TimelineRenderer)
public:
    static constexpr double axisHeight = 42.0;
    static constexpr double glyphSize = 11.0;

    // Typography::font at the timeline's sizes, so Korean always finds its glyphs, in SVG too.
    static QFont font(double pixelSize, bool bold = false);

    static TimelineLayout layout(const Dataset &data, const TimelineIndex &index, double startDay,
                                 double endDay, const QRectF &rect, Language lang,
                                 const Document::Selection &selection,
                                 const LaneChoice &choice = {}, int firstLane = 0);
    static void paint(QPainter &painter, const Dataset &data, const TimelineLayout &layout,
                      const Palette &palette = Palette::print());
    // paint() in two layers: what stays while nothing but the events change (canvas, lane bands,
    // grid, axis, lane names; the view caches it), then the events over it.
    static void paintBackground(QPainter &painter, const TimelineLayout &layout,
                                const Palette &palette);
    static void paintContent(QPainter &painter, const Dataset &data, const TimelineLayout &layout,
                             const Palette &palette);

    // The whole data as a density strip with the brush [brushStart, brushEnd) on it: the strip
    // (paintOverviewStrip, which changes only with the data, size, language and palette), then
    // the brush (paintOverviewBrush, which follows every step of the window).
    static void paintOverview(QPainter &painter, const QRectF &rect, const TimelineIndex &index,
                              const TimeScale &scale, double brushStart, double brushEnd,
                              Language lang, bool hasFocus = false,
                              const Palette &palette = Palette::print());
    static void paintOverviewStrip(QPainter &painter, const QRectF &rect,
                                   const TimelineIndex &index, const TimeScale &scale,
                                   Language lang, const Palette &palette);
    static void paintOverviewBrush(QPainter &painter, const QRectF &rect, const TimeScale &scale,
                                   double brushStart, double brushEnd, bool hasFocus,
                                   const Palette &palette);
    // Height the overview strip's tick labels need below the density bars.
    static constexpr double overviewAxisHeight = 16.0;

    // Kind glyphs with their names, and what hollow glyphs and bars mean, right-aligned in rect;
    // returns the width used.
    static double paintLegend(QPainter &painter, const QRectF &rect, const QList<EventKind> &kinds);
    static double legendWidth(const QList<EventKind> &kinds);

    // Rich text for an event's tooltip: title, date with precision, kind, participants, amount.
    static QString eventToolTip(const Dataset &data, int event, Language lang);
    // tooShort: the lane is too low for its spans; zooming does not help, a taller timeline does.
    static QString knotToolTip(int count, double day0, double day1, Language lang,
                               bool tooShort = false);
    // A relationship's interval: who, how, when, and which of its intervals it is.
    static QString intervalToolTip(const Dataset &data, int relationship, int spell, Language lang);
    static QString otherLaneLabel();
    // "1 event", "1,234 events", in the interface language.
    static QString eventCount(int count);
};

} // namespace atlas
