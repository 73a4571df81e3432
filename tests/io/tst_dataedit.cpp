// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validator.h"
#include "io/builtindataset.h"
#include "io/csvdataset.h"
#include "core/dataedit.h"
#include "io/importplan.h"

#include <QStandardPaths>
#include <QTest>

#include <functional>

using namespace atlas;

namespace {

Dataset builtin()
{
    QString error;
    auto d = BuiltinDataset::load(&error);
    if (!d)
        qFatal("%s", qPrintable(error));
    return *d;
}

using Builder = std::function<DataEdit(const Dataset &)>;

} // namespace

Q_DECLARE_METATYPE(Builder)

class TestDataEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Every kind of edit gives valid data, and its reverse gives back the data exactly.
    void applyAndReverse_data()
    {
        QTest::addColumn<Builder>("build");
        Entity upstage;
        upstage.id = QStringLiteral("upstage");
        upstage.name = { QStringLiteral("Upstage"), QStringLiteral("업스테이지") };
        QTest::newRow("add entity")
                << Builder([=](const Dataset &d) { return DataEdit::addEntity(d, upstage); });
        QTest::newRow("update entity") << Builder([](const Dataset &d) {
            Entity kt = *d.entity(QStringLiteral("kt"));
            kt.ticker = QStringLiteral("KRX:999999");
            return DataEdit::updateEntity(d, kt);
        });
        QTest::newRow("remove entity") << Builder(
                [](const Dataset &d) { return DataEdit::removeEntity(d, QStringLiteral("kt")); });
        QTest::newRow("remove entity with figures") << Builder([](const Dataset &d) {
            return DataEdit::removeEntity(d, d.financials.last().companyId);
        });
        QTest::newRow("add event with a new source") << Builder([](const Dataset &d) {
            Source s;
            s.id = QStringLiteral("src-new");
            s.publisher = QStringLiteral("Me");
            Event e;
            e.id = QStringLiteral("ev-new");
            e.date = PartialDate::quarter(2025, 2);
            e.title.ko = QStringLiteral("새 행사");
            e.participants = { { QStringLiteral("kt"), Role::Subject } };
            e.sourceIds = { s.id };
            return DataEdit::addEvent(d, e, { s });
        });
        QTest::newRow("update event") << Builder([](const Dataset &d) {
            Event e = d.events.at(3);
            e.participants.append({ QStringLiteral("openai"), Role::Partner });
            e.amount = Amount{
                AmountPrecision::Approximate, QStringLiteral("USD"), 5e8, {}, {}, {}, {}
            };
            return DataEdit::updateEvent(d, e);
        });
        QTest::newRow("remove event") << Builder([](const Dataset &d) {
            for (const auto &r : d.relationships) {
                if (!r.eventId.isEmpty())
                    return DataEdit::removeEvent(d, r.eventId);
            }
            return DataEdit();
        });
        QTest::newRow("add relationship") << Builder([](const Dataset &d) {
            Relationship r;
            r.id = QStringLiteral("rel-new");
            r.type = RelationshipType::Supplies;
            r.fromId = QStringLiteral("microsoft");
            r.toId = QStringLiteral("lg-uplus");
            r.eventId = d.events.first().id;
            return DataEdit::addRelationship(d, r);
        });
        QTest::newRow("update relationship") << Builder([](const Dataset &d) {
            Relationship r = d.relationships.at(2);
            r.validUntil = PartialDate::year(2030);
            return DataEdit::updateRelationship(d, r);
        });
        QTest::newRow("remove relationship") << Builder([](const Dataset &d) {
            return DataEdit::removeRelationship(d, d.relationships.at(5).id);
        });
    }
    void applyAndReverse()
    {
        QFETCH(Builder, build);
        const Dataset original = builtin();
        const DataEdit edit = build(original);
        QVERIFY(!edit.isEmpty());
        Dataset data = original;
        QString error;
        QVERIFY2(edit.applyTo(&data, &error), qPrintable(error));
        QVERIFY(!(data == original));
        const auto issues = Validator::validate(data);
        QVERIFY2(issues.isEmpty(), issues.isEmpty() ? "" : qPrintable(issues.first().toString()));

        QVERIFY2(edit.reversed().applyTo(&data, &error), qPrintable(error));
        QVERIFY(data == original);
        QCOMPARE(edit.reversed().reversed(), edit);

        // Reversed along an earlier reversal: the same edit, holding that reversal's changed
        // records rather than copies.
        const DataEdit reversal = edit.reversed();
        QCOMPARE(edit.reversedAlong(reversal), reversal);
        QCOMPARE(reversal.reversedAlong(edit), edit);
        QCOMPARE(edit.rebasedOn(original).reversedAlong(reversal), reversal);
        const auto shares = [](const auto &a, const auto &b) {
            return a.changed.isEmpty() || a.changed.constData() == b.changed.constData();
        };
        const DataEdit along = edit.reversedAlong(reversal);
        QVERIFY(shares(along.entities, reversal.entities));
        QVERIFY(shares(along.events, reversal.events));
        QVERIFY(shares(along.relationships, reversal.relationships));
    }

    // Applied step by step (rows signalled run by run) or all at once (nobody follows), an edit
    // of many runs gives the same data, and every id is found at its row, and removed ids not at
    // all, before and after the undo, whichever lookups come first.
    void stepsAndOnePassGiveTheSameDataAndIndexes()
    {
        const Dataset original = builtin();
        const DataEdit edit = DataEdit::removeEntity(original, QStringLiteral("kt"));
        QVERIFY(edit.events.removed.size() + edit.relationships.removed.size() > 2);
        struct Counter : DataEdit::Observer
        {
            int steps = 0;
            void removed(RecordType, qsizetype, qsizetype) override { ++steps; }
            void inserted(RecordType, qsizetype, qsizetype) override { ++steps; }
        };
        auto allFound = [](const Dataset &d) {
            for (int i = 0; i < d.events.size(); ++i) {
                if (d.eventIndex(d.events.at(i).id) != i)
                    return false;
            }
            for (int i = 0; i < d.relationships.size(); ++i) {
                if (d.relationshipIndex(d.relationships.at(i).id) != i)
                    return false;
            }
            for (int i = 0; i < d.entities.size(); ++i) {
                if (d.entityIndex(d.entities.at(i).id) != i)
                    return false;
            }
            return true;
        };
        Dataset stepped = original;
        Dataset onePass = original;
        QVERIFY(allFound(stepped) && allFound(onePass)); // both indexes built before the edit
        Counter counter;
        QString error;
        QVERIFY2(edit.applyTo(&stepped, &error, &counter), qPrintable(error));
        QVERIFY(counter.steps > 2);
        QVERIFY2(edit.applyTo(&onePass, &error), qPrintable(error));
        QVERIFY(stepped == onePass);
        // A removed id first (it must not be found at a moved row), then the rest.
        for (const auto &[row, ev] : edit.events.removed)
            QCOMPARE(stepped.eventIndex(ev.id), -1);
        QVERIFY(!stepped.entity(QStringLiteral("kt")));
        QVERIFY(allFound(stepped) && allFound(onePass));

        const DataEdit undo = edit.reversed();
        QVERIFY2(undo.applyTo(&stepped, &error, &counter), qPrintable(error));
        QVERIFY2(undo.applyTo(&onePass, &error), qPrintable(error));
        QVERIFY(stepped == original);
        QVERIFY(onePass == original);
        QVERIFY(allFound(stepped) && allFound(onePass));
    }

    void removingAnEntityTakesWhatDependsOnIt()
    {
        const Dataset d = builtin();
        const DataEdit edit = DataEdit::removeEntity(d, QStringLiteral("kt"));
        Dataset after = d;
        QString error;
        QVERIFY2(edit.applyTo(&after, &error), qPrintable(error));
        QVERIFY(!after.entity(QStringLiteral("kt")));
        for (const auto &r : after.relationships)
            QVERIFY(r.fromId != QLatin1String("kt") && r.toId != QLatin1String("kt"));
        for (const auto &e : after.events)
            QVERIFY(!e.involves(QStringLiteral("kt")));
        for (const auto &f : after.financials)
            QVERIFY(f.companyId != QLatin1String("kt"));
        // Events KT shared with others stay, without KT.
        int shared = 0;
        for (const auto &e : d.events)
            shared += e.involves(QStringLiteral("kt")) && e.participants.size() > 1 ? 1 : 0;
        QCOMPARE(edit.events.changed.size(), shared);
        const Dataset removed = edit.removedRecords();
        QCOMPARE(removed.entities.size(), 1);
        QCOMPARE(removed.entities.first().id, QStringLiteral("kt"));
        QCOMPARE(removed.relationships.size(), edit.relationships.removed.size());
    }

    void importAsAnEdit()
    {
        const Dataset current = builtin();
        const QByteArray csv =
                "date,kind,title,participants\n2025-03,partnership,Joint venture,KT;Upstage\n";
        QString error;
        const auto in = CsvDataset::parse(csv, QStringLiteral("new.csv"), current, &error);
        QVERIFY2(in, qPrintable(error));
        const ImportPlan plan = ImportPlan::compute(current, *in, DuplicatePolicy::Replace);
        QVERIFY(plan.isValid());
        const DataEdit edit = plan.toEdit(current);
        Dataset data = current;
        QVERIFY2(edit.applyTo(&data, &error), qPrintable(error));
        QVERIFY(data == plan.merged());
        QCOMPARE(edit.upserts().events.size(), 1);
        QCOMPARE(edit.upserts().entities.size(), 1);
        QVERIFY(edit.removedRecords().isEmpty());
    }

    void staleEditIsRefused()
    {
        const Dataset d = builtin();
        const DataEdit edit = DataEdit::removeEntity(d, QStringLiteral("kt"));
        Dataset changed = d;
        changed.relationships.removeLast();
        changed.relationships.prepend(d.relationships.last());
        const Dataset before = changed;
        QString error;
        QVERIFY(!edit.applyTo(&changed, &error));
        QVERIFY(changed == before);
        QVERIFY(!error.isEmpty());
    }

    // Another user's rows came in or went above an edit's rows: rebased, the edit applies to the
    // records it was made for; unrebased it is refused. A record someone else changed still
    // refuses it.
    void rebasedEditFollowsMovedRows()
    {
        const Dataset d = builtin();
        const QString gone = d.events.at(5).id;
        const DataEdit remove = DataEdit::removeEvent(d, gone);
        Event added = d.events.at(2);
        added.id = QStringLiteral("added-here");
        const DataEdit add = DataEdit::addEvent(d, added);

        Dataset moved = d;
        QVERIFY(DataEdit::removeEvent(moved, moved.events.at(0).id).applyTo(&moved, nullptr));
        QVERIFY(!remove.fits(moved, nullptr));
        Dataset after = moved;
        QString error;
        QVERIFY2(remove.rebasedOn(moved).applyTo(&after, &error), qPrintable(error));
        QVERIFY(!after.event(gone));
        QCOMPARE(after.events.size(), moved.events.size() - 1);
        QVERIFY2(remove.reversed().rebasedOn(after).applyTo(&after, &error), qPrintable(error));
        // The same records (the row it comes back to is near its old one: the rows above it
        // that went are not known to the edit).
        QCOMPARE(after.events.size(), moved.events.size());
        QVERIFY(after.event(gone) && *after.event(gone) == *moved.event(gone));
        QCOMPARE(after.relationships, moved.relationships);

        QVERIFY(!add.fits(after, nullptr));
        QVERIFY(add.rebasedOn(after).applyTo(&after, nullptr));
        Dataset shrunk = after;
        QVERIFY(DataEdit::removeEvent(shrunk, shrunk.events.at(0).id).applyTo(&shrunk, nullptr));
        QVERIFY(!add.reversed().fits(shrunk, nullptr));
        QVERIFY2(add.reversed().rebasedOn(shrunk).applyTo(&shrunk, &error), qPrintable(error));
        QVERIFY(!shrunk.event(QStringLiteral("added-here")));

        // Changed by someone else: still refused, data untouched.
        Dataset changed = moved;
        Event e = *changed.event(gone);
        e.title.en = QStringLiteral("Changed elsewhere");
        QVERIFY(DataEdit::updateEvent(changed, e).applyTo(&changed, nullptr));
        const Dataset before = changed;
        QVERIFY(!remove.rebasedOn(changed).applyTo(&changed, &error));
        QVERIFY(error.contains(gone));
        QVERIFY(changed == before);
    }
};

QTEST_GUILESS_MAIN(TestDataEdit)
#include "tst_dataedit.moc"
