// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The id index of a dataset's lists: every lookup gives the row a linear search would, through any
// run of insertions and removals that only log their shifts, and past the point where the log is
// full and the index is rebuilt.
#include "core/dataedit.h"
#include "core/dataset.h"
#include "core/participantindex.h"
#include "core/syntheticdataset.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace atlas;

namespace {

// The events naming an entity, in list order, by a pass over all of them.
QStringList naming(const Dataset &d, const QString &entityId)
{
    QStringList ids;
    for (const Event &e : d.events) {
        if (e.involves(entityId))
            ids.append(e.id);
    }
    return ids;
}

// The rows of the relationships with the entity at either end, by a pass over all of them.
QList<qsizetype> endingAt(const Dataset &d, const QString &entityId)
{
    QList<qsizetype> rows;
    for (qsizetype i = 0; i < d.relationships.size(); ++i) {
        if (d.relationships.at(i).fromId == entityId || d.relationships.at(i).toId == entityId)
            rows.append(i);
    }
    return rows;
}

qsizetype linear(const QList<Source> &list, const QString &id)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).id == id)
            return i;
    }
    return -1;
}

Source source(int n)
{
    Source s;
    s.id = QStringLiteral("s%1").arg(n);
    s.publisher = QStringLiteral("p");
    return s;
}

} // namespace

class TestIdIndex : public QObject
{
    Q_OBJECT

private:
    // Every id ever used, present or gone, found where a linear search finds it.
    static bool agrees(const Dataset &d, int ids, QString *why)
    {
        for (int n = 0; n < ids; ++n) {
            const QString id = QStringLiteral("s%1").arg(n);
            const qsizetype want = linear(d.sources, id);
            const qsizetype got = d.sourceIndex(id);
            if (want != got) {
                *why = QStringLiteral("%1: index %2, linear search %3").arg(id).arg(got).arg(want);
                return false;
            }
        }
        return true;
    }

private Q_SLOTS:
    void insertionsAndRemovalsKeepEveryRow_data()
    {
        QTest::addColumn<int>("steps");
        QTest::addColumn<int>("runLength");
        QTest::newRow("a few single rows") << 5 << 1;
        QTest::newRow("more edits than the log holds") << IdIndex::kMaxShifts * 3 << 1;
        QTest::newRow("runs of rows") << 40 << 7;
    }

    void insertionsAndRemovalsKeepEveryRow()
    {
        QFETCH(int, steps);
        QFETCH(int, runLength);
        QRandomGenerator random(42);
        Dataset d;
        int next = 0;
        for (; next < 300; ++next)
            d.sources.append(source(next));
        QCOMPARE(d.sourceIndex(QStringLiteral("s150")), 150); // builds the index
        QString why;
        for (int step = 0; step < steps; ++step) {
            const qsizetype at = random.bounded(int(d.sources.size() - runLength));
            if (random.bounded(2) == 0) {
                QStringList ids;
                for (qsizetype i = at; i < at + runLength; ++i)
                    ids << d.sources.at(i).id;
                d.sources.remove(at, runLength);
                d.reindexRemoved(RecordType::Source, at, runLength, ids);
            } else {
                for (int i = 0; i < runLength; ++i)
                    d.sources.insert(at + i, source(next++));
                d.reindexInserted(RecordType::Source, at, runLength);
            }
            // Checked only now and then: a lookup between edits would not show a shift that is
            // applied wrongly to entries written before it.
            if (step % 5 == 4)
                QVERIFY2(agrees(d, next, &why), qPrintable(why));
        }
        QVERIFY2(agrees(d, next, &why), qPrintable(why));
        // The edits were followed through the log: one build at first, then one each time the
        // log filled up, never one because a lookup met a row the log had not moved right.
        QCOMPARE(d.sourceRows.builds(), 1 + steps / (IdIndex::kMaxShifts + 1));
    }

    // A removed run's ids are gone from the index at once, and rows above it do not move.
    void removedRunsAreGoneAndRowsAboveStay()
    {
        Dataset d;
        for (int n = 0; n < 10; ++n)
            d.sources.append(source(n));
        QCOMPARE(d.sourceIndex(QStringLiteral("s9")), 9);
        d.sources.remove(3, 2);
        d.reindexRemoved(RecordType::Source, 3, 2, { QStringLiteral("s3"), QStringLiteral("s4") });
        QCOMPARE(d.sourceIndex(QStringLiteral("s3")), -1);
        QCOMPARE(d.sourceIndex(QStringLiteral("s4")), -1);
        QCOMPARE(d.sourceIndex(QStringLiteral("s2")), 2);
        QCOMPARE(d.sourceIndex(QStringLiteral("s5")), 3);
        QCOMPARE(d.sourceIndex(QStringLiteral("s9")), 7);
        d.sources.insert(0, source(20));
        d.reindexInserted(RecordType::Source, 0, 1);
        QCOMPARE(d.sourceIndex(QStringLiteral("s20")), 0);
        QCOMPARE(d.sourceIndex(QStringLiteral("s9")), 8);
    }

    // The index is built from the participants' text wherever that text is kept: an id in a
    // string of its own, ids sharing one buffer at different lengths, an entity named twice in
    // one event (listed once).
    void participantIndexBuildsByText()
    {
        static const QChar buffer[] = { u'a', u'l', u'p', u'h', u'a' };
        const QString alpha = QString::fromRawData(buffer, 5);
        const QString alp = QString::fromRawData(buffer, 3);
        QList<Event> events;
        const auto add = [&events](const char *id, const QList<Participant> &participants) {
            Event e;
            e.id = QString::fromLatin1(id);
            e.participants = participants;
            events.append(e);
        };
        add("e1", { { alpha, Role::Partner }, { QStringLiteral("beta"), Role::Partner } });
        add("e2", { { alp, Role::Partner } });
        add("e3",
            { { QString::fromLatin1("alpha"), Role::Partner },
              { QString::fromLatin1("alpha"), Role::Investor } });
        add("e4", {});
        add("e5", { { QString::fromLatin1("beta"), Role::Partner }, { alpha, Role::Partner } });
        ParticipantIndex index;
        QCOMPARE(index.recordsOf(events, QStringLiteral("alpha")),
                 (QStringList{ QStringLiteral("e1"), QStringLiteral("e3"), QStringLiteral("e5") }));
        QCOMPARE(index.recordsOf(events, QStringLiteral("alp")),
                 QStringList{ QStringLiteral("e2") });
        QCOMPARE(index.recordsOf(events, QStringLiteral("beta")),
                 (QStringList{ QStringLiteral("e1"), QStringLiteral("e5") }));
        QVERIFY(index.recordsOf(events, QStringLiteral("gamma")).isEmpty());
        QCOMPARE(index.builds(), 1);
    }

    // The events of an entity (its details, a delete, the validator) come from an index that
    // edits keep: after any mix of added, changed and removed events, undone and redone, it
    // answers as a pass over all events would, without being built again.
    void participantIndexFollowsEdits()
    {
        SyntheticOptions o;
        o.companies = 30;
        o.events = 400;
        o.relationships = 40;
        Dataset d = makeSyntheticDataset(o);
        const auto agrees = [&](QString *why) {
            for (const Entity &e : std::as_const(d.entities)) {
                if (d.eventsInvolving(e.id) != naming(d, e.id)) {
                    *why = e.id;
                    return false;
                }
            }
            return true;
        };
        QString why;
        QVERIFY(agrees(&why));
        QCOMPARE(d.participantEvents.builds(), 1);

        QRandomGenerator random(7);
        QList<DataEdit> done;
        for (int step = 0; step < 60; ++step) {
            const Event &pick = d.events.at(random.bounded(int(d.events.size())));
            const QString someone = d.entities.at(random.bounded(int(d.entities.size()))).id;
            DataEdit edit;
            switch (step % 4) {
            case 0: { // an event that names someone else as well
                Event changed = pick;
                changed.participants.append(Participant{ someone, Role::Partner });
                edit = DataEdit::updateEvent(d, changed);
                break;
            }
            case 1: { // a new event
                Event added = pick;
                added.id = QStringLiteral("added-%1").arg(step);
                edit = DataEdit::addEvent(d, added);
                break;
            }
            case 2:
                edit = DataEdit::removeEvent(d, pick.id);
                break;
            default: // an entity with its events
                edit = DataEdit::removeEntity(d, someone);
                break;
            }
            QString error;
            QVERIFY2(edit.applyTo(&d, &error), qPrintable(error));
            done.append(edit);
            QVERIFY2(agrees(&why), qPrintable(QStringLiteral("step %1: %2").arg(step).arg(why)));
        }
        // Undone from the last edit back, then the first ten redone.
        for (qsizetype i = done.size() - 1; i >= 0; --i)
            QVERIFY(done.at(i).reversed().applyTo(&d, nullptr));
        QVERIFY(agrees(&why));
        for (qsizetype i = 0; i < 10; ++i)
            QVERIFY(done.at(i).applyTo(&d, nullptr));
        QVERIFY2(agrees(&why), qPrintable(why));
        QCOMPARE(d.participantEvents.builds(), 1);
        QVERIFY(naming(d, d.entities.constFirst().id).size() > 0); // the check is not vacuous
    }

    // The relationships of an entity (its details, a delete and its confirmation) come from an
    // index that edits keep in the same way: after relationships added, moved to another end and
    // removed, with entities and events deleted, undone and redone, it answers as a pass over all
    // relationships would, without being built again.
    void endpointIndexFollowsEdits()
    {
        SyntheticOptions o;
        o.companies = 30;
        o.events = 400;
        o.relationships = 80;
        Dataset d = makeSyntheticDataset(o);
        const auto agrees = [&](QString *why) {
            for (const Entity &e : std::as_const(d.entities)) {
                if (d.relationshipRowsOf(e.id) != endingAt(d, e.id)) {
                    *why = e.id;
                    return false;
                }
            }
            return true;
        };
        QString why;
        QVERIFY(agrees(&why));
        QCOMPARE(d.relationshipEnds.builds(), 1);

        QRandomGenerator random(11);
        QList<DataEdit> done;
        for (int step = 0; step < 60; ++step) {
            const Relationship &pick =
                    d.relationships.at(random.bounded(int(d.relationships.size())));
            const QString someone = d.entities.at(random.bounded(int(d.entities.size()))).id;
            DataEdit edit;
            switch (step % 5) {
            case 0: { // one end moved to someone else
                Relationship moved = pick;
                moved.toId = someone;
                edit = DataEdit::updateRelationship(d, moved);
                break;
            }
            case 1: { // a new relationship
                Relationship added = pick;
                added.id = QStringLiteral("added-%1").arg(step);
                added.fromId = someone;
                edit = DataEdit::addRelationship(d, added);
                break;
            }
            case 2:
                edit = DataEdit::removeRelationship(d, pick.id);
                break;
            case 3: // an entity with its relationships
                edit = DataEdit::removeEntity(d, someone);
                break;
            default: // an event with the relationships it records
                edit = DataEdit::removeEvent(
                        d, pick.eventId.isEmpty() ? d.events.constFirst().id : pick.eventId);
                break;
            }
            QString error;
            QVERIFY2(edit.applyTo(&d, &error), qPrintable(error));
            done.append(edit);
            QVERIFY2(agrees(&why), qPrintable(QStringLiteral("step %1: %2").arg(step).arg(why)));
        }
        for (qsizetype i = done.size() - 1; i >= 0; --i)
            QVERIFY(done.at(i).reversed().applyTo(&d, nullptr));
        QVERIFY(agrees(&why));
        for (qsizetype i = 0; i < 10; ++i)
            QVERIFY(done.at(i).applyTo(&d, nullptr));
        QVERIFY2(agrees(&why), qPrintable(why));
        QCOMPARE(d.relationshipEnds.builds(), 1);
        QVERIFY(std::any_of(d.entities.cbegin(), d.entities.cend(), [&](const Entity &e) {
            return !endingAt(d, e.id).isEmpty();
        })); // the check is not vacuous
    }

    // A list changed without telling the index (a loader filling it, a test) still gives the
    // right events: what the index says is checked against the events.
    void participantIndexNoticesAListChangedBehindIt()
    {
        Dataset d = makeSyntheticDataset(SyntheticOptions());
        const QString first = d.entities.constFirst().id;
        QVERIFY(!d.eventsInvolving(first).isEmpty());
        const qsizetype row = d.eventIndex(d.eventsInvolving(first).constFirst());
        d.events[row].participants.removeIf(
                [&](const Participant &p) { return p.entityId == first; });
        QCOMPARE(d.eventsInvolving(first), naming(d, first));
        d.events.removeAt(0);
        d.reindexRemoved(RecordType::Event, 0, 1, {});
        const QString second = d.entities.at(1).id;
        QCOMPARE(d.eventsInvolving(second), naming(d, second));
    }
};

QTEST_GUILESS_MAIN(TestIdIndex)
#include "tst_idindex.moc"
