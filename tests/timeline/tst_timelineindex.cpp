// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline's count index against brute force: counts per bucket at every resolution, per
// lane and for all events, on random synthetic data and after edits; and the lanes a window of
// many events draws from the index hold exactly the events a scan puts on them.
#include "core/heap.h"
#include "core/syntheticdataset.h"
#include "models/document.h"
#include "models/editcommands.h"
#include "timeline/laneassignment.h"
#include "timeline/timelineindex.h"
#include "timeline/timelinerenderer.h"
#include "timeline/timelineview.h"
#include "timeline/timescale.h"

#include <QMap>
#include <QSet>
#include <QRandomGenerator>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

using namespace atlas;
using Resolution = TimelineIndex::Resolution;

namespace {

// A bucket's key, computed another way than the index does: from the calendar fields.
qint64 keyOf(Resolution r, const QDate &d)
{
    switch (r) {
    case Resolution::Day:
        return d.toJulianDay();
    case Resolution::Week:
        // Julian day 0 is a Monday; weeks start on Monday.
        return d.toJulianDay() >= 0 ? d.toJulianDay() / 7 : -1;
    case Resolution::Month:
        return d.year() * 12 + d.month() - 1;
    case Resolution::Quarter:
        return d.year() * 4 + (d.month() - 1) / 3;
    case Resolution::Year:
        return d.year();
    }
    return 0;
}

QDate middleDate(const Event &ev)
{
    const double start = TimeScale::dayOf(ev.date.start());
    const double end = TimeScale::dayOf(ev.date.end()) + 1.0;
    return QDate::fromJulianDay(qint64(std::floor((start + end) / 2.0)));
}

bool involves(const Dataset &data, const Event &ev, int entity)
{
    for (const Participant &p : ev.participants) {
        if (p.entityId == data.entities.at(entity).id)
            return true;
    }
    return false;
}

// Brute force: events (of the entity, or all with -1) per bucket key over [from, to].
QMap<qint64, int> bruteCounts(const Dataset &data, int entity, Resolution r, const QDate &from,
                              const QDate &to)
{
    QMap<qint64, int> counts;
    for (QDate d = from; d <= to; d = d.addDays(1))
        counts.insert(keyOf(r, d), 0);
    for (const Event &ev : data.events) {
        if (!ev.date.isValid() || (entity >= 0 && !involves(data, ev, entity)))
            continue;
        const qint64 key = keyOf(r, middleDate(ev));
        if (counts.contains(key))
            ++counts[key];
    }
    return counts;
}

void compareAllResolutions(const Dataset &data, const TimelineIndex &index,
                           QRandomGenerator &random, int windows)
{
    const QList<Resolution> resolutions{ Resolution::Day, Resolution::Week, Resolution::Month,
                                         Resolution::Quarter, Resolution::Year };
    for (int w = 0; w < windows; ++w) {
        const QDate from = QDate(2019, 6, 1).addDays(random.bounded(2600));
        const QDate to = from.addDays(random.bounded(1, 900));
        const int entity =
                w % 3 == 0 ? TimelineIndex::allEvents : random.bounded(int(data.entities.size()));
        for (Resolution r : resolutions) {
            // Whole buckets, so the brute force's keys are the index's buckets.
            const double fromDay = TimelineIndex::bucketStart(r, TimeScale::dayOf(from));
            const double toDay = TimelineIndex::nextBucket(r, TimeScale::dayOf(to));
            const QList<int> counts = index.bucketCounts(entity, r, fromDay, toDay);
            const QMap<qint64, int> expected =
                    bruteCounts(data, entity, r, TimeScale::dateOfDay(fromDay),
                                TimeScale::dateOfDay(toDay - 1.0));
            QCOMPARE(counts, expected.values());
        }
    }
}

// The Other lane by a look at every event: the dated events none of whose participants is one
// of the first rankLimit companies or in laned, in start order, spans' middles and ends sorted.
LaneDays scannedUnlaned(const TimelineIndex &index, int rankLimit, const QList<int> &laned)
{
    QSet<int> withLane(laned.cbegin(), laned.cend());
    for (int r = 0; r < rankLimit && r < index.companiesByRank().size(); ++r)
        withLane.insert(index.companiesByRank().at(r));
    LaneDays out;
    for (int p = 0; p < index.size(); ++p) {
        const int i = index.event(p);
        const auto taking = index.participants(i);
        if (std::any_of(taking.begin(), taking.end(), [&](int e) { return withLane.contains(e); }))
            continue;
        const double s = index.start(p);
        const double t = index.end(p);
        if (t - s > 1.5) {
            out.spanMiddles.append((s + t) / 2.0);
            out.spanStarts.append(s);
            out.spanEnds.append(t);
            out.spanEvents.append(i);
        } else {
            out.points.append((s + t) / 2.0);
            out.pointEvents.append(i);
        }
    }
    out.sort();
    return out;
}

void compareLaneDays(const LaneDays &a, const LaneDays &b)
{
    QCOMPARE(a.points, b.points);
    QCOMPARE(a.pointEvents, b.pointEvents);
    QCOMPARE(a.spanMiddles, b.spanMiddles);
    QCOMPARE(a.spanStarts, b.spanStarts);
    QCOMPARE(a.spanEnds, b.spanEnds);
    QCOMPARE(a.spanEvents, b.spanEvents);
}

// The index a view keeps through edits against one built afresh from the same data: the same
// positions, the same sorted days on every lane, the same counts and the same lane order.
void compareWithFresh(const Dataset &data, const TimelineIndex &kept, QRandomGenerator &random)
{
    const TimelineIndex fresh(data);
    QCOMPARE(kept.size(), fresh.size());
    for (int p = 0; p < fresh.size(); ++p) {
        QCOMPARE(kept.event(p), fresh.event(p));
        QCOMPARE(kept.start(p), fresh.start(p));
        QCOMPARE(kept.end(p), fresh.end(p));
    }
    for (int i = 0; i < data.events.size(); ++i) {
        QCOMPARE(kept.positionOf(i), fresh.positionOf(i));
        QCOMPARE(QList<int>(kept.participants(i).begin(), kept.participants(i).end()),
                 QList<int>(fresh.participants(i).begin(), fresh.participants(i).end()));
    }
    QCOMPARE(kept.firstDay(), fresh.firstDay());
    QCOMPARE(kept.lastDay(), fresh.lastDay());
    QCOMPARE(kept.companiesByRank(), fresh.companiesByRank());
    for (int lane = TimelineIndex::allEvents; lane < int(data.entities.size()); ++lane) {
        compareLaneDays(kept.days(lane), fresh.days(lane));
        if (QTest::currentTestFailed())
            return;
        if (lane >= 0)
            QCOMPARE(kept.eventCount(lane), fresh.eventCount(lane));
    }
    for (int w = 0; w < 8; ++w) {
        const double from = TimeScale::dayOf(QDate(2019, 6, 1).addDays(random.bounded(2600)));
        const double to = from + random.bounded(1, 900);
        QCOMPARE(kept.countOverlapping(from, to), fresh.countOverlapping(from, to));
        QCOMPARE(kept.overlapping(from, to), fresh.overlapping(from, to));
        const int rankLimit = random.bounded(int(fresh.companiesByRank().size()) + 1);
        const LaneDays &ua = kept.unlaned(rankLimit, -1);
        const LaneDays &ub = fresh.unlaned(rankLimit, -1);
        QCOMPARE(ua.eventsIn(from, to), ub.eventsIn(from, to));
        QCOMPARE(ua.spansOverlapping(from, to), ub.spansOverlapping(from, to));
        compareLaneDays(ua, scannedUnlaned(fresh, rankLimit, {}));
        if (QTest::currentTestFailed())
            return;
        // With entities of their own lanes besides the ranked ones (a selection, pinned lanes).
        QList<int> laned{ int(random.bounded(int(data.entities.size()))),
                          int(random.bounded(int(data.entities.size()))) };
        std::sort(laned.begin(), laned.end());
        laned.erase(std::unique(laned.begin(), laned.end()), laned.end());
        compareLaneDays(kept.unlaned(rankLimit, laned), scannedUnlaned(fresh, rankLimit, laned));
        if (QTest::currentTestFailed())
            return;
    }
}

} // namespace

class TestTimelineIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bucketsCountWhatAScanCounts_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::newRow("seed 1") << 1u;
        QTest::newRow("seed 7") << 7u;
        QTest::newRow("seed 2026") << 2026u;
    }

    void bucketsCountWhatAScanCounts()
    {
        QFETCH(quint32, seed);
        SyntheticOptions o;
        o.seed = seed;
        o.companies = 40;
        o.events = 3000;
        const Dataset data = makeSyntheticDataset(o);
        const TimelineIndex index(data);
        QRandomGenerator random(seed);
        compareAllResolutions(data, index, random, 12);
    }

    // A freshly built index holds each company's days in lists of their size, no slack (grown an
    // event at a time they held up to twice that: tens of MB at a million events). The lane of
    // all events keeps room for the events a user adds (withRoomToGrow(), address space until
    // used): at its size, the first event added copied it whole.
    void lanesTakeTheMemoryTheyNeed()
    {
        SyntheticOptions o;
        o.companies = 40;
        o.events = 3000;
        const Dataset data = makeSyntheticDataset(o);
        const TimelineIndex index(data);
        const auto exact = [](const LaneDays &lane) {
            return lane.points.capacity() == lane.points.size()
                    && lane.pointEvents.capacity() == lane.pointEvents.size()
                    && lane.spanMiddles.capacity() == lane.spanMiddles.size()
                    && lane.spanStarts.capacity() == lane.spanStarts.size()
                    && lane.spanEnds.capacity() == lane.spanEnds.size()
                    && lane.spanEvents.capacity() == lane.spanEvents.size();
        };
        const LaneDays &all = index.days(TimelineIndex::allEvents);
        QCOMPARE(all.size(), 3000);
        const auto roomy = [](const auto &list) {
            return list.capacity() >= withRoomToGrow(list.size());
        };
        QVERIFY(roomy(all.points) && roomy(all.pointEvents) && roomy(all.spanMiddles)
                && roomy(all.spanStarts) && roomy(all.spanEnds) && roomy(all.spanEvents));
        for (int e = 0; e < data.entities.size(); ++e)
            QVERIFY2(exact(index.days(e)), qPrintable(data.entities.at(e).id));
    }

    void bucketsBoundTheCalendar()
    {
        const double day = TimeScale::dayOf(QDate(2024, 8, 14)); // a Wednesday
        QCOMPARE(TimeScale::dateOfDay(TimelineIndex::bucketStart(Resolution::Week, day)),
                 QDate(2024, 8, 12));
        QCOMPARE(TimeScale::dateOfDay(TimelineIndex::nextBucket(Resolution::Week, day)),
                 QDate(2024, 8, 19));
        QCOMPARE(TimeScale::dateOfDay(TimelineIndex::bucketStart(Resolution::Month, day)),
                 QDate(2024, 8, 1));
        QCOMPARE(TimeScale::dateOfDay(TimelineIndex::nextBucket(Resolution::Quarter, day)),
                 QDate(2024, 10, 1));
        QCOMPARE(TimeScale::dateOfDay(TimelineIndex::bucketStart(Resolution::Year, day)),
                 QDate(2024, 1, 1));
    }

    void countsFollowEdits()
    {
        SyntheticOptions o;
        o.seed = 11;
        o.companies = 30;
        o.events = 1500;
        Document doc;
        doc.setData(makeSyntheticDataset(o));
        TimelineView view(&doc);
        QRandomGenerator random(11);

        // A new event far from the others, so a count that misses it shows.
        Event added = doc.data().events.at(5);
        added.id = QStringLiteral("ev-added");
        added.date = PartialDate::day(2023, 2, 14);
        doc.undoStack()->push(EditCommands::addEvent(&doc, added));
        QCOMPARE(doc.data().events.last().id, QStringLiteral("ev-added"));
        compareAllResolutions(doc.data(), view.index(), random, 6);

        // Moved to another year, then removed.
        Event moved = added;
        moved.date = PartialDate::month(2021, 7);
        doc.undoStack()->push(EditCommands::updateEvent(&doc, moved));
        compareAllResolutions(doc.data(), view.index(), random, 6);
        doc.undoStack()->push(EditCommands::removeEvent(&doc, doc.data().events.at(100).id));
        compareAllResolutions(doc.data(), view.index(), random, 6);
        doc.undoStack()->undo();
        compareAllResolutions(doc.data(), view.index(), random, 6);
    }

    void randomEditsGiveTheCountsOfAFreshIndex()
    {
        // Event inserts, removals, date and participant changes, undone and redone, followed in
        // place by the view's index: after each, it matches an index built afresh.
        SyntheticOptions o;
        o.seed = 23;
        o.companies = 25;
        o.events = 800;
        Document doc;
        doc.setData(makeSyntheticDataset(o));
        TimelineView view(&doc);
        QRandomGenerator random(23);
        int rebuilt = 0;
        QObject::connect(&view, &TimelineView::indexRebuilt, [&] { ++rebuilt; });
        auto randomDate = [&] {
            const QDate d = QDate(2020, 1, 1).addDays(random.bounded(2190));
            switch (random.bounded(4)) {
            case 0:
                return PartialDate::month(d.year(), d.month());
            case 1:
                return random.bounded(2) ? PartialDate::year(d.year())
                                         : PartialDate::quarter(d.year(), (d.month() + 2) / 3);
            default:
                // Often on a day others have, so same-day order is exercised.
                return PartialDate::day(d.year(), d.month(), random.bounded(2) ? 1 : d.day());
            }
        };
        auto push = [&](EditCommand *command) {
            if (command) // nullptr: nothing to do, such as a date the event already has
                doc.undoStack()->push(command);
        };
        for (int step = 0; step < 60; ++step) {
            const Dataset &data = doc.data();
            const int pick = random.bounded(int(data.events.size()));
            switch (random.bounded(5)) {
            case 0: {
                Event ev = data.events.at(pick);
                ev.id = QStringLiteral("ev-random-%1").arg(step);
                ev.date = randomDate();
                push(EditCommands::addEvent(&doc, ev));
                break;
            }
            case 1: {
                Event ev = data.events.at(pick);
                ev.date = randomDate();
                push(EditCommands::updateEvent(&doc, ev));
                break;
            }
            case 2: {
                Event ev = data.events.at(pick);
                Participant p = ev.participants.value(0);
                p.entityId = data.entities.at(random.bounded(int(data.entities.size()))).id;
                if (!ev.involves(p.entityId))
                    ev.participants.append(p);
                push(EditCommands::updateEvent(&doc, ev));
                break;
            }
            case 3:
                push(EditCommands::removeEvent(&doc, data.events.at(pick).id));
                break;
            default:
                if (random.bounded(2) && doc.undoStack()->canUndo())
                    doc.undoStack()->undo();
                else if (doc.undoStack()->canRedo())
                    doc.undoStack()->redo();
                break;
            }
            compareWithFresh(doc.data(), view.index(), random);
            if (QTest::currentTestFailed()) {
                qWarning("after step %d", step);
                return;
            }
        }
        QVERIFY(rebuilt > 0); // the overview was told after each edit
    }

    void entityEditsGiveTheIndexOfAFreshOne()
    {
        // Entities added, renamed (which reorders lanes of equal counts), turned into another
        // kind and removed with their events and participations, undone and redone: the view's
        // index follows each in place and matches one built afresh.
        SyntheticOptions o;
        o.seed = 31;
        o.companies = 20;
        o.events = 600;
        Document doc;
        doc.setData(makeSyntheticDataset(o));
        TimelineView view(&doc);
        QRandomGenerator random(31);
        QUndoStack *stack = doc.undoStack();
        auto check = [&](const char *what) {
            compareWithFresh(doc.data(), view.index(), random);
            if (QTest::currentTestFailed())
                qWarning("after %s", what);
            return !QTest::currentTestFailed();
        };

        Entity added;
        added.id = QStringLiteral("entity-added");
        added.name = { QStringLiteral("Aardvark Telecom"), QStringLiteral("Aardvark Telecom") };
        added.kind = EntityKind::Company;
        stack->push(EditCommands::addEntity(&doc, added));
        QVERIFY(check("an added entity"));
        // It takes part in an event, so it gets a lane.
        Event ev = doc.data().events.at(10);
        ev.participants.append({ added.id, ev.participants.value(0).role });
        stack->push(EditCommands::updateEvent(&doc, ev));
        QVERIFY(check("a new participation"));

        const int busiest = view.index().companiesByRank().value(0);
        Entity renamed = doc.data().entities.at(busiest);
        renamed.name.en = QStringLiteral("000 first by name");
        stack->push(EditCommands::updateEntity(&doc, renamed));
        QVERIFY(check("a rename"));
        Entity other = doc.data().entities.at(view.index().companiesByRank().value(1));
        other.kind = EntityKind::Person;
        stack->push(EditCommands::updateEntity(&doc, other));
        QVERIFY(check("a change of kind"));
        QCOMPARE(view.index().rank(doc.data().entityIndex(other.id)), -1);

        for (int k = 0; k < 3; ++k) {
            const QString victim =
                    doc.data().entities.at(random.bounded(int(doc.data().entities.size()))).id;
            stack->push(EditCommands::removeEntity(&doc, victim));
            QVERIFY(check("a removed entity"));
        }
        while (stack->canUndo()) {
            stack->undo();
            QVERIFY(check("an undo"));
        }
        while (stack->canRedo()) {
            stack->redo();
            QVERIFY(check("a redo"));
        }
    }

    void densityLanesHoldTheirEvents_data()
    {
        QTest::addColumn<QString>("selected");
        QTest::newRow("nothing selected") << QString();
        QTest::newRow("a quiet company selected") << QStringLiteral("last");
    }

    // A window of more events than are drawn one by one: each lane's heat strip and coverage
    // come from the index, and must hold what a scan of the events puts on that lane.
    void densityLanesHoldTheirEvents()
    {
        QFETCH(QString, selected);
        SyntheticOptions o;
        o.seed = 3;
        o.companies = 300;
        o.events = 40000;
        const Dataset data = makeSyntheticDataset(o);
        const TimelineIndex index(data);
        Document::Selection selection;
        int selectedEntity = -1;
        if (!selected.isEmpty()) {
            selectedEntity = index.companiesByRank().last();
            selection = { Document::SelectionType::Entity, data.entities.at(selectedEntity).id };
        }
        const double start = TimeScale::dayOf(QDate(2021, 3, 1));
        const double end = TimeScale::dayOf(QDate(2023, 9, 1));
        const TimelineLayout layout = TimelineRenderer::layout(
                data, index, start, end, QRectF(0, 0, 1400, 700), Language::English, selection);
        QVERIFY(layout.visibleEvents > 4000);
        // The Other lane is drawn from the index; quiet company lanes event by event.
        QVERIFY(layout.lanes.last().marks.points.first().events.isEmpty());
        QVERIFY(layout.lanes.size() >= 3);
        QVERIFY(layout.lanes.last().lane.isOther());
        if (selectedEntity >= 0)
            QCOMPARE(layout.lanes.first().lane.entity, selectedEntity);

        QList<int> laneOf(data.entities.size(), -1);
        for (int i = 0; i < layout.lanes.size(); ++i) {
            if (!layout.lanes.at(i).lane.isOther())
                laneOf[layout.lanes.at(i).lane.entity] = i;
        }
        // Brute force: the day events whose middle is in the window, per lane.
        QList<int> expectedPoints(layout.lanes.size(), 0);
        QList<int> expectedEvents(layout.lanes.size(), 0);
        QSet<int> shownCompanies;
        for (const Event &ev : data.events) {
            const double s = TimeScale::dayOf(ev.date.start());
            const double t = TimeScale::dayOf(ev.date.end()) + 1.0;
            const bool point = ev.date.precision() == PartialDate::Precision::Day;
            const bool inWindow =
                    point ? (s + t) / 2.0 >= start && (s + t) / 2.0 < end : s < end && t > start;
            if (!inWindow)
                continue;
            QList<int> lanes;
            for (const Participant &p : ev.participants) {
                const int e = data.entityIndex(p.entityId);
                if (e >= 0 && laneOf.at(e) >= 0 && !lanes.contains(laneOf.at(e)))
                    lanes.append(laneOf.at(e));
                if (e >= 0 && data.entities.at(e).kind == EntityKind::Company)
                    shownCompanies.insert(e);
            }
            if (lanes.isEmpty())
                lanes.append(int(layout.lanes.size()) - 1);
            for (int lane : lanes) {
                expectedEvents[lane] += 1;
                expectedPoints[lane] += point ? 1 : 0;
            }
        }
        for (int i = 0; i < layout.lanes.size(); ++i) {
            int drawn = 0;
            for (const PointMark &m : layout.lanes.at(i).marks.points) {
                if (m.events.isEmpty()) { // a density from the index: its bins hold its count
                    int binned = 0;
                    for (int b : m.bins)
                        binned += b;
                    QCOMPARE(binned, m.count);
                } else { // a quiet lane's own events, one by one
                    QCOMPARE(int(m.events.size()), m.count);
                }
                drawn += m.count;
            }
            QCOMPARE(drawn, expectedPoints.at(i));
            QCOMPARE(layout.lanes.at(i).lane.events, expectedEvents.at(i));
        }
        // The named lanes are the busiest companies the window shows, in order.
        int rank = -1;
        for (const auto &lane : layout.lanes) {
            if (lane.lane.isOther() || lane.lane.entity == selectedEntity)
                continue;
            QVERIFY(index.rank(lane.lane.entity) > rank);
            for (int r = rank + 1; r < index.rank(lane.lane.entity); ++r)
                QVERIFY2(!shownCompanies.contains(index.companiesByRank().at(r)),
                         "a busier company was left out");
            rank = index.rank(lane.lane.entity);
        }
    }
};

QTEST_MAIN(TestTimelineIndex)
#include "tst_timelineindex.moc"
