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

// Applies 60 edits made by edit(step, random) to d, then undoes them all and redoes the first ten;
// after each edit, and after the undos and the redos, every entity's answer from the index under
// test (answer(entity id)) must be what a pass over the whole list gives (pass(entity id)).
// Empty when they always agree, else the step and the entity where they part.
template <typename MakeEdit, typename Answer, typename Pass>
QString disagreementOverEdits(Dataset &d, quint32 seed, MakeEdit edit, Answer answer, Pass pass)
{
    const auto firstDisagreeing = [&]() -> QString {
        for (const Entity &e : std::as_const(d.entities)) {
            // Not QList's ==: in Qt 6.4 it hands memcmp a null pointer for two empty lists, one
            // of them reserved, which the sanitizer build reports.
            const auto fromIndex = answer(e.id);
            const auto fromPass = pass(e.id);
            if (!std::equal(fromIndex.cbegin(), fromIndex.cend(), fromPass.cbegin(),
                            fromPass.cend()))
                return e.id;
        }
        return {};
    };
    if (const QString who = firstDisagreeing(); !who.isEmpty())
        return QStringLiteral("before the edits: ") + who;
    QRandomGenerator random(seed);
    QList<DataEdit> done;
    for (int step = 0; step < 60; ++step) {
        const DataEdit e = edit(step, random);
        QString error;
        if (!e.applyTo(&d, &error))
            return QStringLiteral("step %1 failed: %2").arg(step).arg(error);
        done.append(e);
        if (const QString who = firstDisagreeing(); !who.isEmpty())
            return QStringLiteral("step %1: %2").arg(step).arg(who);
    }
    for (qsizetype i = done.size() - 1; i >= 0; --i) {
        if (!done.at(i).reversed().applyTo(&d, nullptr))
            return QStringLiteral("undo %1 failed").arg(i);
    }
    if (const QString who = firstDisagreeing(); !who.isEmpty())
        return QStringLiteral("undone: ") + who;
    for (qsizetype i = 0; i < 10; ++i) {
        if (!done.at(i).applyTo(&d, nullptr))
            return QStringLiteral("redo %1 failed").arg(i);
    }
    if (const QString who = firstDisagreeing(); !who.isEmpty())
        return QStringLiteral("redone: ") + who;
    return {};
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
        const auto edit = [&d](int step, QRandomGenerator &random) {
            const Event &pick = d.events.at(random.bounded(int(d.events.size())));
            const QString someone = d.entities.at(random.bounded(int(d.entities.size()))).id;
            switch (step % 4) {
            case 0: { // an event that names someone else as well
                Event changed = pick;
                changed.participants.append(Participant{ someone, Role::Partner });
                return DataEdit::updateEvent(d, changed);
            }
            case 1: { // a new event
                Event added = pick;
                added.id = QStringLiteral("added-%1").arg(step);
                return DataEdit::addEvent(d, added);
            }
            case 2:
                return DataEdit::removeEvent(d, pick.id);
            default: // an entity with its events
                return DataEdit::removeEntity(d, someone);
            }
        };
        const QString why = disagreementOverEdits(
                d, 7, edit, [&d](const QString &id) { return d.eventsInvolving(id); },
                [&d](const QString &id) { return naming(d, id); });
        QVERIFY2(why.isEmpty(), qPrintable(why));
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
        const auto edit = [&d](int step, QRandomGenerator &random) {
            const Relationship &pick =
                    d.relationships.at(random.bounded(int(d.relationships.size())));
            const QString someone = d.entities.at(random.bounded(int(d.entities.size()))).id;
            switch (step % 5) {
            case 0: { // one end moved to someone else
                Relationship moved = pick;
                moved.toId = someone;
                return DataEdit::updateRelationship(d, moved);
            }
            case 1: { // a new relationship
                Relationship added = pick;
                added.id = QStringLiteral("added-%1").arg(step);
                added.fromId = someone;
                return DataEdit::addRelationship(d, added);
            }
            case 2:
                return DataEdit::removeRelationship(d, pick.id);
            case 3: // an entity with its relationships
                return DataEdit::removeEntity(d, someone);
            default: // an event with the relationships it records
                return DataEdit::removeEvent(
                        d, pick.eventId.isEmpty() ? d.events.constFirst().id : pick.eventId);
            }
        };
        const QString why = disagreementOverEdits(
                d, 11, edit, [&d](const QString &id) { return d.relationshipRowsOf(id); },
                [&d](const QString &id) { return endingAt(d, id); });
        QVERIFY2(why.isEmpty(), qPrintable(why));
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

    // Built apart (on a worker, from a copy of the list) and adopted, the indexes answer every
    // entity as a pass over the lists would, without a build of their own. Built from a copy the
    // list has since left (an edit gave it an array of its own), or stopped on the way, they are
    // refused, and the first lookup builds as before.
    void indexBuiltApartIsAdoptedOnlyForTheSameList()
    {
        SyntheticOptions o;
        o.companies = 40;
        o.events = 9000; // past the stop checks, every 4,096 records
        o.relationships = 300;
        Dataset d = makeSyntheticDataset(o);
        const QList<Event> events = d.events;
        const QList<Relationship> relationships = d.relationships;
        const std::atomic_bool go = false;
        QVERIFY(d.participantEvents.adopt(ParticipantIndex::builtApart(events, go), events,
                                          d.events));
        QVERIFY(d.relationshipEnds.adopt(EndpointIndex::builtApart(relationships, go),
                                         relationships, d.relationships));
        qsizetype named = 0;
        for (const Entity &e : std::as_const(d.entities)) {
            QCOMPARE(d.eventsInvolving(e.id), naming(d, e.id));
            QCOMPARE(d.relationshipRowsOf(e.id), endingAt(d, e.id));
            named += naming(d, e.id).size();
        }
        QVERIFY(named > o.events); // not vacuous: events name companies
        QCOMPARE(d.participantEvents.builds(), 0);
        QCOMPARE(d.relationshipEnds.builds(), 0);
        // Once built, another is not taken.
        QVERIFY(!d.participantEvents.adopt(ParticipantIndex::builtApart(events, go), events,
                                           d.events));

        // An event changed after the copy was taken: the list now has an array of its own.
        Dataset edited = makeSyntheticDataset(o);
        const QList<Event> copy = edited.events;
        const ParticipantIndex stale = ParticipantIndex::builtApart(copy, go);
        const QString joiner = edited.entities.constLast().id;
        edited.events[0].participants.append(Participant{ joiner, Role::Partner });
        QVERIFY(!edited.participantEvents.adopt(ParticipantIndex(stale), copy, edited.events));
        QCOMPARE(edited.eventsInvolving(joiner), naming(edited, joiner));
        QVERIFY(edited.eventsInvolving(joiner).contains(edited.events.at(0).id));

        // Stopped on the way: nothing built, nothing taken.
        const std::atomic_bool stop = true;
        Dataset stopped = makeSyntheticDataset(o);
        QVERIFY(!stopped.participantEvents.adopt(ParticipantIndex::builtApart(stopped.events, stop),
                                                 stopped.events, stopped.events));
        QCOMPARE(stopped.eventsInvolving(joiner), naming(stopped, joiner));
        QCOMPARE(stopped.participantEvents.builds(), 1);
    }
};

QTEST_GUILESS_MAIN(TestIdIndex)
#include "tst_idindex.moc"
