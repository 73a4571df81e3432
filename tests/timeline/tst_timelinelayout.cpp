// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/syntheticdataset.h"
#include "testsupport/firsteditiondataset.h"
#include "timeline/eventaggregator.h"
#include "timeline/laneassignment.h"
#include "timeline/timelineindex.h"
#include "timeline/timelinerenderer.h"
#include "timeline/timescale.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace atlas;

using ItemList = QList<LaneItem>;
Q_DECLARE_METATYPE(ItemList)

namespace {

const QRectF kPage(0, 0, 1600, 800);

Dataset builtin()
{
    return TestData::firstEdition();
}

double day(int y, int m, int d)
{
    return TimeScale::dayOf(QDate(y, m, d));
}

TimelineLayout layoutOf(const Dataset &data, const TimelineIndex &index, const QDate &first,
                        const QDate &last, const Document::Selection &selection = {},
                        const QRectF &rect = kPage)
{
    return TimelineRenderer::layout(data, index, TimeScale::dayOf(first),
                                    TimeScale::dayOf(last) + 1.0, rect, Language::English,
                                    selection);
}

QList<const TimelineLayout::Hit *> eventHits(const TimelineLayout &layout, int event)
{
    QList<const TimelineLayout::Hit *> hits;
    for (const auto &h : layout.hits) {
        if (h.type == TimelineLayout::Hit::Type::Event && h.event == event)
            hits << &h;
    }
    return hits;
}

int laneOf(const TimelineLayout &layout, const Dataset &data, const QString &entityId)
{
    const int entity = data.entityIndex(entityId);
    for (int i = 0; i < layout.lanes.size(); ++i) {
        if (layout.lanes.at(i).lane.entity == entity)
            return i;
    }
    return -1;
}

LaneItem point(double x, int event)
{
    return { x - 1.0, x + 1.0, event, false };
}

LaneItem span(double x0, double x1, int event)
{
    return { x0, x1, event, true };
}

} // namespace

class TestTimelineLayout : public QObject
{
    Q_OBJECT

    Dataset m_data;
    TimelineIndex m_index;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_data = builtin();
        m_index = TimelineIndex(m_data);
    }

    // --- TimeScale -------------------------------------------------------------------------

    void scaleMapsDaysOntoPixels()
    {
        TimeScale s(0, 0, 100, 700);
        s.setDates(QDate(2024, 9, 1), QDate(2024, 9, 7)); // seven days, 100 px each
        QCOMPARE(s.pixelsPerDay(), 100.0);
        QCOMPARE(s.xOf(QDate(2024, 9, 1)), 100.0);
        QCOMPARE(s.xOfMiddle(QDate(2024, 9, 1)), 150.0);
        QCOMPARE(s.xOf(QDate(2024, 9, 8)), 800.0);
        QCOMPARE(s.firstDate(), QDate(2024, 9, 1));
        QCOMPARE(s.lastDate(), QDate(2024, 9, 7));
        for (int d = 1; d <= 7; ++d)
            QCOMPARE(s.dateAt(s.xOfMiddle(QDate(2024, 9, d))), QDate(2024, 9, d));
        QCOMPARE(s.dateAt(799.9), QDate(2024, 9, 7));
    }

    void zoomKeepsTheTimeUnderThePointer_data()
    {
        QTest::addColumn<double>("factor");
        QTest::addColumn<double>("anchorX");
        QTest::newRow("in at the left edge") << 2.0 << 100.0;
        QTest::newRow("in at the middle") << 1.25 << 450.0;
        QTest::newRow("out near the right edge") << 0.5 << 790.0;
    }

    void zoomKeepsTheTimeUnderThePointer()
    {
        QFETCH(double, factor);
        QFETCH(double, anchorX);
        TimeScale s(0, 0, 100, 700);
        s.setDates(QDate(2024, 1, 1), QDate(2024, 12, 31));
        const double before = s.dayAt(anchorX);
        const double days = s.days();
        s.zoom(factor, anchorX);
        QCOMPARE(s.dayAt(anchorX), before);
        QCOMPARE(s.days(), days / factor);
    }

    void panMovesTheContentWithThePointer()
    {
        TimeScale s(0, 0, 0, 1000);
        s.setDates(QDate(2024, 1, 1), QDate(2024, 12, 31));
        const double under = s.dayAt(300);
        s.pan(120); // dragged 120 px to the right: what was at 300 is now at 420
        QCOMPARE(s.dayAt(420), under);
        QVERIFY(s.firstDate() < QDate(2024, 1, 1));
    }

    void constrainKeepsRangeSensible()
    {
        TimeScale s(0, 0, 0, 1000);
        s.setRange(day(2024, 6, 1), day(2024, 6, 1) + 0.1);
        s.constrain(day(2020, 1, 1), day(2030, 1, 1), 2.0, 3650.0);
        QCOMPARE(s.days(), 2.0);

        s.setRange(day(2019, 1, 1), day(2019, 3, 1));
        s.constrain(day(2020, 1, 1), day(2030, 1, 1), 2.0, 3650.0);
        QCOMPARE(s.start(), day(2020, 1, 1));
        QCOMPARE(s.days(), day(2019, 3, 1) - day(2019, 1, 1));
    }

    // --- TimelineIndex ---------------------------------------------------------------------

    void indexFindsWhatAScanFinds()
    {
        SyntheticOptions o;
        o.events = 3000;
        const Dataset data = makeSyntheticDataset(o);
        const TimelineIndex index(data);
        QCOMPARE(index.size(), data.events.size());
        QRandomGenerator rng(7);
        for (int round = 0; round < 40; ++round) {
            const QDate from = QDate(2019, 6, 1).addDays(rng.bounded(2400));
            const QDate to = from.addDays(rng.bounded(1, 500));
            QSet<int> expected;
            for (int i = 0; i < data.events.size(); ++i) {
                if (data.events.at(i).date.overlaps(from, to))
                    expected.insert(i);
            }
            QSet<int> found;
            double previous = -1e9;
            for (int position :
                 index.overlapping(TimeScale::dayOf(from), TimeScale::dayOf(to) + 1.0)) {
                QVERIFY(index.start(position) >= previous); // in start order
                previous = index.start(position);
                found.insert(index.event(position));
            }
            QCOMPARE(found, expected);
        }
    }

    // --- Positions of events ---------------------------------------------------------------

    void eventsSitOnTheirDates_data()
    {
        QTest::addColumn<QString>("eventId");
        QTest::addColumn<QDate>("first"); // first day the event covers
        QTest::addColumn<QDate>("last"); // last day
        QTest::addColumn<bool>("span");

        QTest::newRow("day: SK Telecom invests in Perplexity")
                << "ev-2024-06-13-sk-telecom-perplexity-investment" << QDate(2024, 6, 13)
                << QDate(2024, 6, 13) << false;
        QTest::newRow("day: KT–Microsoft first partnership")
                << "ev-2024-06-03-kt-microsoft-first-partnership" << QDate(2024, 6, 3)
                << QDate(2024, 6, 3) << false;
        QTest::newRow("month: ixi-GEN in July, not on 1 July")
                << "ev-2024-07-lg-uplus-ixi-gen-release" << QDate(2024, 7, 1) << QDate(2024, 7, 31)
                << true;
        QTest::newRow("month: ixi-O in November")
                << "ev-2024-11-lg-uplus-ixi-o-launch" << QDate(2024, 11, 1) << QDate(2024, 11, 30)
                << true;
        QTest::newRow("quarter: KT's second quarter")
                << "ev-2024-q2-kt-earnings" << QDate(2024, 4, 1) << QDate(2024, 6, 30) << true;
        QTest::newRow("year: the network-separation rule")
                << "ev-2024-network-separation-rule" << QDate(2024, 1, 1) << QDate(2024, 12, 31)
                << true;
    }

    void eventsSitOnTheirDates()
    {
        QFETCH(QString, eventId);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(bool, span);

        const TimelineLayout layout =
                layoutOf(m_data, m_index, QDate(2024, 1, 1), QDate(2024, 12, 31));
        const int event = m_data.eventIndex(eventId);
        QVERIFY(event >= 0);
        const auto hits = eventHits(layout, event);
        QVERIFY2(!hits.isEmpty(), "the event is drawn on its own");
        const TimeScale &s = layout.scale;
        for (const auto *hit : hits) {
            if (span) {
                // A bar over the whole period: from its first day's start to its last day's end.
                QVERIFY(std::abs(hit->rect.left() - std::max(s.xOf(first), layout.plotRect.left()))
                        <= 1.0);
                QVERIFY(std::abs(hit->rect.right()
                                 - std::min(s.xOf(last.addDays(1)), layout.plotRect.right()))
                        <= 1.0);
                QVERIFY(hit->rect.width() > 20.0 * s.pixelsPerDay());
            } else {
                // A point in the middle of its day.
                QCOMPARE(hit->centre.x(), s.xOfMiddle(first));
                QVERIFY(hit->rect.width() < 20.0);
            }
        }
    }

    void eventsOfOneDayComeApartWhenZoomedIn()
    {
        const QStringList sameDay{ "ev-2024-09-27-kt-microsoft-partnership",
                                   "ev-2024-09-27-kt-ax-company-plan",
                                   "ev-2024-09-27-kt-microsoft-innovation-center-plan",
                                   "ev-2024-09-27-kt-microsoft-sovereign-ai-plan" };
        // A year: on KT's lane the four are one count badge, not four glyphs on top of each other.
        const TimelineLayout year =
                layoutOf(m_data, m_index, QDate(2024, 1, 1), QDate(2024, 12, 31));
        const int kt = laneOf(year, m_data, QStringLiteral("kt"));
        QVERIFY(kt >= 0);
        const double ktRow = year.lanes.at(kt).rowY;
        for (const QString &id : sameDay) {
            for (const auto *h : eventHits(year, m_data.eventIndex(id)))
                QVERIFY(std::abs(h->centre.y() - ktRow) > 0.5);
        }
        bool badge = false;
        for (const auto &h : year.hits) {
            badge = badge
                    || (h.type == TimelineLayout::Hit::Type::Knot && h.count >= 4
                        && std::abs(h.centre.y() - ktRow) < 0.5);
        }
        QVERIFY(badge);

        // Three days: each has its own glyph inside 27 September.
        const TimelineLayout days =
                layoutOf(m_data, m_index, QDate(2024, 9, 26), QDate(2024, 9, 28));
        QSet<double> xs;
        for (const QString &id : sameDay) {
            const auto c = days.glyphCentre(m_data.eventIndex(id));
            QVERIFY2(c, qPrintable(id));
            QVERIFY(c->x() > days.scale.xOf(QDate(2024, 9, 27)));
            QVERIFY(c->x() < days.scale.xOf(QDate(2024, 9, 28)));
            xs.insert(c->x());
        }
        QCOMPARE(xs.size(), sameDay.size());
    }

    void nothingOverlapsOnALane_data()
    {
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<double>("width");
        QTest::newRow("all time, wide") << QDate(2023, 7, 1) << QDate(2025, 3, 31) << 1600.0;
        QTest::newRow("all time, narrow") << QDate(2023, 7, 1) << QDate(2025, 3, 31) << 700.0;
        QTest::newRow("2024") << QDate(2024, 1, 1) << QDate(2024, 12, 31) << 1600.0;
        QTest::newRow("September and October 2024")
                << QDate(2024, 9, 1) << QDate(2024, 10, 31) << 1200.0;
    }

    void nothingOverlapsOnALane()
    {
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(double, width);
        const TimelineLayout layout =
                layoutOf(m_data, m_index, first, last, {}, QRectF(0, 0, width, 700));
        // Glyphs, badges, strips and titles of a lane never cover each other.
        QList<QRectF> boxes;
        for (const auto &h : layout.hits) {
            if (h.type == TimelineLayout::Hit::Type::Lane)
                continue;
            if (h.type == TimelineLayout::Hit::Type::Knot
                && h.rect.width() >= layout.plotRect.width() - 1)
                continue; // a lane-wide coverage strip of spans sits on its own track
            boxes << h.rect.adjusted(1, 1, -1, -1);
        }
        for (const auto &l : layout.labels)
            boxes << l.rect.adjusted(1, 1, -1, -1);
        for (int i = 0; i < boxes.size(); ++i) {
            for (int j = i + 1; j < boxes.size(); ++j) {
                const bool clash = boxes.at(i).intersects(boxes.at(j));
                // A span's title is drawn inside its own bar, which is allowed.
                bool ownBar = false;
                if (clash) {
                    for (const auto &l : layout.labels) {
                        const QRectF box = l.rect.adjusted(1, 1, -1, -1);
                        if (l.inBar && (box == boxes.at(i) || box == boxes.at(j)))
                            ownBar = true;
                    }
                }
                QVERIFY2(!clash || ownBar,
                         qPrintable(QStringLiteral("boxes %1 and %2 overlap").arg(i).arg(j)));
            }
        }
        // Lanes stay inside the plot.
        for (const auto &lane : layout.lanes)
            QVERIFY(lane.top + lane.height <= layout.plotRect.bottom() + 0.5);
    }

    // --- Lanes -----------------------------------------------------------------------------

    void lanesGoToTheBusiestCompanies()
    {
        const TimelineLayout layout =
                layoutOf(m_data, m_index, QDate(2023, 1, 1), QDate(2025, 12, 31));
        QVERIFY(layout.lanes.size() >= 4);
        // KT and Microsoft take part in the most events.
        QCOMPARE(m_data.entities.at(layout.lanes.at(0).lane.entity).id, QStringLiteral("kt"));
        QCOMPARE(m_data.entities.at(layout.lanes.at(1).lane.entity).id,
                 QStringLiteral("microsoft"));
        int previous = std::numeric_limits<int>::max();
        for (const auto &lane : layout.lanes) {
            if (lane.lane.isOther())
                continue;
            QCOMPARE(m_data.entities.at(lane.lane.entity).kind, EntityKind::Company);
            QVERIFY(m_index.eventCount(lane.lane.entity) <= previous);
            previous = m_index.eventCount(lane.lane.entity);
        }
        // The government's rule has no company: it is on the Other lane, which comes last.
        QVERIFY(layout.lanes.last().lane.isOther());
        const auto rule = eventHits(layout, m_data.eventIndex("ev-2024-network-separation-rule"));
        QCOMPARE(rule.size(), 1);
        QVERIFY(rule.first()->rect.top() >= layout.lanes.last().top);
    }

    void selectedEntityComesFirst_data()
    {
        QTest::addColumn<QString>("entityId");
        QTest::newRow("a company") << "lg-uplus";
        QTest::newRow("a product, which otherwise has no lane") << "ixi-gen";
    }

    void selectedEntityComesFirst()
    {
        QFETCH(QString, entityId);
        const TimelineLayout layout =
                layoutOf(m_data, m_index, QDate(2024, 1, 1), QDate(2024, 12, 31),
                         { Document::SelectionType::Entity, entityId });
        QCOMPARE(m_data.entities.at(layout.lanes.first().lane.entity).id, entityId);
        QVERIFY(layout.lanes.first().focused);
        for (int i = 1; i < layout.lanes.size(); ++i)
            QVERIFY(!layout.lanes.at(i).focused);
    }

    void fewLanesShareAnOtherLane()
    {
        const QList<int> visible = m_index.overlapping(day(2023, 1, 1), day(2026, 1, 1));
        const LaneAssignment lanes = LaneAssignment::compute(m_data, m_index, visible, {}, 3);
        QCOMPARE(lanes.lanes().size(), 3);
        QVERIFY(lanes.otherLane() == 2);
        for (int position : visible) {
            const int event = m_index.event(position);
            const QList<int> on = lanes.lanesOf(m_index, event);
            QVERIFY(!on.isEmpty()); // every event is drawn somewhere
            // On Other only when none of its participants has a lane of its own.
            bool hasOwn = false;
            for (int e : m_index.participants(event))
                hasOwn = hasOwn || lanes.laneOfEntity(e) >= 0;
            QCOMPARE(on.contains(lanes.otherLane()), !hasOwn);
        }
        int total = 0;
        for (const Lane &l : lanes.lanes())
            total += l.events;
        QVERIFY(total >= visible.size());
    }

    void multiPartyEventIsJoinedAcrossItsLanes()
    {
        const TimelineLayout layout =
                layoutOf(m_data, m_index, QDate(2024, 1, 1), QDate(2024, 12, 31));
        const int event = m_data.eventIndex("ev-2024-02-26-global-telco-ai-alliance-mwc-meeting");
        const auto hits = eventHits(layout, event);
        // SK Telecom, Deutsche Telekom, e&, Singtel and SoftBank each show it.
        QCOMPARE(hits.size(), 5);
        for (const char *company :
             { "sk-telecom", "deutsche-telekom", "e-and", "singtel", "softbank" }) {
            const int lane = laneOf(layout, m_data, QString::fromLatin1(company));
            QVERIFY2(lane >= 0, company);
            bool onLane = false;
            for (const auto *h : hits)
                onLane = onLane || std::abs(h->centre.y() - layout.lanes.at(lane).rowY) < 0.5;
            QVERIFY2(onLane, company);
        }
        int joined = 0;
        for (const auto &c : layout.connectors) {
            if (c.event != event)
                continue;
            ++joined;
            double top = 1e9;
            double bottom = -1e9;
            for (const auto *h : hits) {
                top = std::min(top, h->centre.y());
                bottom = std::max(bottom, h->centre.y());
                QCOMPARE(h->centre.x(), c.x);
            }
            QCOMPARE(c.y0, top);
            QCOMPARE(c.y1, bottom);
        }
        QCOMPARE(joined, 1);
    }

    // --- Aggregation -----------------------------------------------------------------------

    void aggregation_data()
    {
        QTest::addColumn<ItemList>("items");
        QTest::addColumn<int>("singles");
        QTest::addColumn<int>("counts");
        QTest::addColumn<int>("heats");
        QTest::addColumn<int>("tracks");
        QTest::addColumn<bool>("coverage");

        QTest::newRow("far apart: three glyphs")
                << ItemList{ point(10, 0), point(60, 1), point(110, 2) } << 3 << 0 << 0 << 0
                << false;
        QTest::newRow("a tight knot: one badge")
                << ItemList{ point(100, 0), point(104, 1), point(108, 2), point(300, 3) } << 1 << 1
                << 0 << 0 << false;
        ItemList run;
        for (int i = 0; i < 200; ++i)
            run << point(10 + i * 2.0, i);
        QTest::newRow("a long run: a heat strip") << run << 0 << 0 << 1 << 0 << false;
        QTest::newRow("spans one after another share a track")
                << ItemList{ span(0, 100, 0), span(100, 200, 1), span(200, 300, 2) } << 0 << 0 << 0
                << 1 << false;
        QTest::newRow("overlapping spans get their own tracks")
                << ItemList{ span(0, 300, 0), span(0, 300, 1), span(50, 120, 2), span(130, 200, 3) }
                << 0 << 0 << 0 << 3 << false;
        ItemList many;
        for (int i = 0; i < 10; ++i)
            many << span(10 + i, 200 + i, i);
        QTest::newRow("more overlapping spans than tracks: coverage")
                << many << 0 << 0 << 0 << 1 << true;
    }

    void aggregation()
    {
        QFETCH(ItemList, items);
        QFETCH(int, singles);
        QFETCH(int, counts);
        QFETCH(int, heats);
        QFETCH(int, tracks);
        QFETCH(bool, coverage);

        EventAggregator::Options o;
        o.left = 0;
        o.right = 1000;
        const LaneMarks marks = EventAggregator::aggregate(items, o);
        int s = 0, c = 0, h = 0, total = 0;
        for (const PointMark &m : marks.points) {
            total += int(m.events.size());
            s += m.type == PointMark::Type::Single;
            c += m.type == PointMark::Type::Count;
            h += m.type == PointMark::Type::Heat;
            if (m.type == PointMark::Type::Heat) {
                int binned = 0;
                for (int b : m.bins)
                    binned += b;
                QCOMPARE(binned, int(m.events.size()));
            }
        }
        QCOMPARE(s, singles);
        QCOMPARE(c, counts);
        QCOMPARE(h, heats);
        QCOMPARE(marks.tracks, tracks);
        QCOMPARE(!marks.spanCoverage.isEmpty(), coverage);

        int points = 0;
        for (const LaneItem &item : items)
            points += !item.span;
        QCOMPARE(total, points); // every point event is in exactly one mark
        // Glyphs drawn on their own are at least minGap apart.
        QList<double> xs;
        for (const PointMark &m : marks.points) {
            if (m.type == PointMark::Type::Single)
                xs << m.x0;
        }
        for (int i = 1; i < xs.size(); ++i)
            QVERIFY(xs.at(i) - xs.at(i - 1) >= o.minGap);
        // Spans on one track never overlap.
        for (const SpanMark &a : marks.spans) {
            for (const SpanMark &b : marks.spans) {
                if (&a != &b && a.track == b.track)
                    QVERIFY(a.x1 <= b.x0 + 0.01 || b.x1 <= a.x0 + 0.01);
            }
        }
    }

    // A relationship valid over several intervals (spells): selecting it draws each interval
    // that meets the window where its dates are, with bars on its two ends' lanes (given the
    // first lanes), and hovering one names it.
    void selectedRelationshipDrawsItsIntervals()
    {
        Dataset data = m_data;
        QVERIFY(!data.relationships.isEmpty());
        Relationship &r = data.relationships.first();
        r.setIntervals({ { PartialDate(), PartialDate::year(2018) },
                         { PartialDate::month(2019, 1), PartialDate::month(2019, 6) },
                         { PartialDate::year(2021), PartialDate() } });
        const TimelineIndex index(data);
        const Document::Selection selection{ Document::SelectionType::Relationship, r.id };
        const TimelineLayout L =
                layoutOf(data, index, QDate(2019, 1, 1), QDate(2024, 12, 31), selection);
        QCOMPARE(L.selectedRelationship, 0);

        // The first ends before the window: not drawn.
        QCOMPARE(L.intervals.size(), 2);
        const auto &first = L.intervals.at(0);
        QCOMPARE(first.spell, 1);
        QCOMPARE(first.x0, L.scale.xOfDay(day(2019, 1, 1)));
        QCOMPARE(first.x1, L.scale.xOfDay(day(2019, 7, 1))); // June's last day included
        QVERIFY(!first.openStart && !first.openEnd);
        const auto &second = L.intervals.at(1);
        QCOMPARE(second.spell, 2);
        QCOMPARE(second.x0, L.scale.xOfDay(day(2021, 1, 1)));
        QVERIFY(!second.openStart && second.openEnd);
        QCOMPARE(second.x1, L.plotRect.right());

        // Its two ends have the first lanes, and a bar on each for each interval.
        QCOMPARE(laneOf(L, data, r.fromId), 0);
        QCOMPARE(laneOf(L, data, r.toId), 1);
        for (const auto &interval : L.intervals) {
            QCOMPARE(interval.bars.size(), 2);
            for (int i = 0; i < 2; ++i) {
                const auto &lane = L.lanes.at(i);
                QVERIFY(interval.bars.at(i).top() > lane.top);
                QVERIFY(interval.bars.at(i).bottom() < lane.top + lane.height);
                QCOMPARE(interval.bars.at(i).left(), interval.x0);
                QCOMPARE(interval.bars.at(i).right(), interval.x1);
            }
        }

        // Hovering a bar finds that interval; an event drawn over a band is still the event.
        const QRectF bar = first.bars.at(0);
        const TimelineLayout::Hit *hit = L.hitAt(bar.center());
        QVERIFY(hit);
        QCOMPARE(int(hit->type), int(TimelineLayout::Hit::Type::Interval));
        QCOMPARE(hit->spell, 1);
        bool eventOverBand = false;
        for (const auto &h : L.hits) {
            if (h.type == TimelineLayout::Hit::Type::Event && h.centre.x() > second.x0) {
                QCOMPARE(int(L.hitAt(h.centre)->type), int(TimelineLayout::Hit::Type::Event));
                eventOverBand = true;
            }
        }
        QVERIFY(eventOverBand);
        const QString tip = TimelineRenderer::intervalToolTip(data, 0, 1, Language::English);
        QVERIFY2(tip.contains(QStringLiteral("Interval 2 of 3: January 2019 – June 2019")),
                 qPrintable(tip));
        QVERIFY2(TimelineRenderer::intervalToolTip(data, 0, 2, Language::English)
                         .contains(QStringLiteral("2021 – open-ended")),
                 qPrintable(tip));

        // Nothing is drawn for another selection, or for a relationship with no known bound.
        QVERIFY(layoutOf(data, index, QDate(2019, 1, 1), QDate(2024, 12, 31)).intervals.isEmpty());
        r.setIntervals({});
        QVERIFY(layoutOf(data, index, QDate(2019, 1, 1), QDate(2024, 12, 31), selection)
                        .intervals.isEmpty());
    }

    // In a window too full to draw event by event (lanes from the count index), a selected
    // relationship's two ends still get the first lanes, its intervals their bars, and every
    // event of the window is on some lane.
    void denseWindowGivesARelationshipsEndsTheFirstLanes()
    {
        SyntheticOptions o;
        o.events = 20000;
        o.companies = 400;
        o.relationships = 50;
        Dataset data = makeSyntheticDataset(o);
        const TimelineIndex index(data);
        // Ends with few events, so they would not get lanes of their own by rank.
        const QList<int> &ranked = index.companiesByRank();
        Relationship &r = data.relationships.first();
        r.fromId = data.entities.at(ranked.last()).id;
        r.toId = data.entities.at(ranked.at(ranked.size() - 2)).id;
        r.setIntervals({ { PartialDate::year(2021), PartialDate::year(2022) } });
        const Document::Selection selection{ Document::SelectionType::Relationship, r.id };
        const TimelineLayout L = TimelineRenderer::layout(
                data, index, day(2020, 1, 1), day(2026, 1, 1), kPage, Language::English, selection);
        QVERIFY(L.visibleEvents > 4000);
        QCOMPARE(laneOf(L, data, r.fromId), 0);
        QCOMPARE(laneOf(L, data, r.toId), 1);
        QCOMPARE(L.intervals.size(), 1);
        QCOMPARE(L.intervals.first().bars.size(), 2);
        int onLanes = 0;
        for (const auto &lane : L.lanes)
            onLanes += lane.lane.events;
        QVERIFY(onLanes >= L.visibleEvents); // events on several lanes count on each
    }

    void hundredThousandEventsStayAggregated()
    {
        SyntheticOptions o;
        o.events = 100000;
        const Dataset data = makeSyntheticDataset(o);
        const TimelineIndex index(data);
        const TimelineLayout layout = TimelineRenderer::layout(
                data, index, day(2020, 1, 1), day(2026, 1, 1), kPage, Language::English, {});
        QCOMPARE(layout.visibleEvents, 100000);
        // Far fewer things to draw than events: they were gathered, not piled up.
        int drawn = 0;
        for (const auto &lane : layout.lanes)
            drawn += int(lane.marks.points.size() + lane.marks.spans.size());
        QVERIFY(drawn > 0);
        QVERIFY2(drawn < 2000, qPrintable(QString::number(drawn)));
        QVERIFY(layout.lanes.last().lane.isOther());
    }
};

QTEST_MAIN(TestTimelineLayout)
#include "tst_timelinelayout.moc"
