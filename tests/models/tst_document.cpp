// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/syntheticdataset.h"
#include "models/document.h"
#include "models/editcommands.h"
#include "testdataset.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoCommand>
#include <QUndoStack>

using namespace atlas;

Q_DECLARE_METATYPE(atlas::Document::SelectionType)

namespace {
using SelType = Document::SelectionType;

QSet<QString> edgeIds(const Document &doc)
{
    QSet<QString> ids;
    const RelationshipGraph g = doc.graph();
    for (int i : g.edges())
        ids.insert(doc.data().relationships.at(i).id);
    return ids;
}
} // namespace

class TestDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void selection_data()
    {
        QTest::addColumn<SelType>("startType");
        QTest::addColumn<QString>("startId");
        QTest::addColumn<SelType>("type");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("emissions");
        QTest::addColumn<SelType>("endType");
        QTest::addColumn<QString>("endId");

        const QString kt = QStringLiteral("kt");
        const QString ms = QStringLiteral("microsoft");
        QTest::newRow("select from nothing") << SelType::None << QString() << SelType::Entity << kt
                                             << 1 << SelType::Entity << kt;
        QTest::newRow("same selection again is silent")
                << SelType::Entity << kt << SelType::Entity << kt << 0 << SelType::Entity << kt;
        QTest::newRow("another entity")
                << SelType::Entity << kt << SelType::Entity << ms << 1 << SelType::Entity << ms;
        QTest::newRow("same id, other type")
                << SelType::Entity << QStringLiteral("x") << SelType::Event << QStringLiteral("x")
                << 1 << SelType::Event << QStringLiteral("x");
        QTest::newRow("clear a selection")
                << SelType::Event << QStringLiteral("ev-kt-ms") << SelType::None << QString() << 1
                << SelType::None << QString();
        QTest::newRow("clear when nothing is selected")
                << SelType::None << QString() << SelType::None << QString() << 0 << SelType::None
                << QString();
        QTest::newRow("empty id clears") << SelType::Entity << kt << SelType::Entity << QString()
                                         << 1 << SelType::None << QString();
        QTest::newRow("empty id on nothing is silent")
                << SelType::None << QString() << SelType::Relationship << QString() << 0
                << SelType::None << QString();
        QTest::newRow("None with an id clears")
                << SelType::Entity << kt << SelType::None << kt << 1 << SelType::None << QString();
    }
    void selection()
    {
        QFETCH(SelType, startType);
        QFETCH(QString, startId);
        QFETCH(SelType, type);
        QFETCH(QString, id);
        QFETCH(int, emissions);
        QFETCH(SelType, endType);
        QFETCH(QString, endId);

        Document doc;
        doc.select(startType, startId);
        QSignalSpy spy(&doc, &Document::selectionChanged);
        doc.select(type, id);
        QCOMPARE(spy.count(), emissions);
        QCOMPARE(doc.selection().type, endType);
        QCOMPARE(doc.selection().id, endId);
    }

    // A list view moves its current row off a record being removed, and asks for the next one,
    // while the edit's row signals go out: the document takes it, and announces the new
    // selection once, after the edit, when the data no longer holds the removed record.
    void selectionAskedDuringAnEditIsAnnouncedAfterIt()
    {
        Document doc;
        doc.setData(TestData::makeDataset());
        const QString removed = doc.data().entities.at(1).id;
        const QString next = doc.data().entities.at(2).id;
        doc.selectEntity(removed);
        connect(&doc, &Document::recordsAboutToBeRemoved, &doc, [&](RecordType type) {
            if (type == RecordType::Entity)
                doc.selectEntity(next);
        });
        QList<bool> removedWhenAnnounced;
        connect(&doc, &Document::selectionChanged, &doc,
                [&] { removedWhenAnnounced << (doc.data().entity(removed) == nullptr); });
        doc.undoStack()->push(EditCommands::removeEntity(&doc, removed));
        QCOMPARE(removedWhenAnnounced, QList<bool>{ true });
        QCOMPARE(doc.selection().type, SelType::Entity);
        QCOMPARE(doc.selection().id, next);
    }

    void selectionShortcuts()
    {
        Document doc;
        QSignalSpy spy(&doc, &Document::selectionChanged);
        doc.selectEntity(QStringLiteral("kt"));
        QCOMPARE(doc.selection(), (Document::Selection{ SelType::Entity, QStringLiteral("kt") }));
        doc.selectEvent(QStringLiteral("ev-kt-ms"));
        QCOMPARE(doc.selection(),
                 (Document::Selection{ SelType::Event, QStringLiteral("ev-kt-ms") }));
        doc.selectRelationship(QStringLiteral("rel-kt-ms"));
        QCOMPARE(doc.selection(),
                 (Document::Selection{ SelType::Relationship, QStringLiteral("rel-kt-ms") }));
        doc.selectRelationship(QStringLiteral("rel-kt-ms"));
        doc.clearSelection();
        doc.clearSelection();
        QCOMPARE(doc.selection(), Document::Selection{});
        QCOMPARE(spy.count(), 4);
    }

    void timeWindow_data()
    {
        QTest::addColumn<QDate>("startFrom");
        QTest::addColumn<QDate>("startTo");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("emissions");
        QTest::addColumn<QDate>("endFrom");
        QTest::addColumn<QDate>("endTo");

        const QDate jun1(2024, 6, 1);
        const QDate sep30(2024, 9, 30);
        QTest::newRow("open to closed")
                << QDate() << QDate() << jun1 << sep30 << 1 << jun1 << sep30;
        QTest::newRow("same window is silent")
                << jun1 << sep30 << jun1 << sep30 << 0 << jun1 << sep30;
        QTest::newRow("only the end moves")
                << jun1 << sep30 << jun1 << QDate(2024, 9, 26) << 1 << jun1 << QDate(2024, 9, 26);
        QTest::newRow("open the start")
                << jun1 << sep30 << QDate() << sep30 << 1 << QDate() << sep30;
        QTest::newRow("open both")
                << jun1 << sep30 << QDate() << QDate() << 1 << QDate() << QDate();
        QTest::newRow("open on open is silent")
                << QDate() << QDate() << QDate() << QDate() << 0 << QDate() << QDate();
        QTest::newRow("reversed bounds are swapped")
                << QDate() << QDate() << sep30 << jun1 << 1 << jun1 << sep30;
        QTest::newRow("reversed equal to current is silent")
                << jun1 << sep30 << sep30 << jun1 << 0 << jun1 << sep30;
        QTest::newRow("single day") << QDate() << QDate() << sep30 << sep30 << 1 << sep30 << sep30;
    }
    void timeWindow()
    {
        QFETCH(QDate, startFrom);
        QFETCH(QDate, startTo);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, emissions);
        QFETCH(QDate, endFrom);
        QFETCH(QDate, endTo);

        Document doc;
        doc.setTimeWindow(startFrom, startTo);
        QSignalSpy spy(&doc, &Document::timeWindowChanged);
        doc.setTimeWindow(from, to);
        QCOMPARE(spy.count(), emissions);
        if (emissions) {
            QCOMPARE(spy.at(0).at(0).toDate(), endFrom);
            QCOMPARE(spy.at(0).at(1).toDate(), endTo);
        }
        QCOMPARE(doc.windowFrom(), endFrom);
        QCOMPARE(doc.windowTo(), endTo);
    }

    void resetTimeWindow()
    {
        Document doc;
        doc.setData(TestData::makeDataset());
        QSignalSpy spy(&doc, &Document::timeWindowChanged);
        doc.resetTimeWindow();
        QCOMPARE(spy.count(), 0);
        doc.setTimeWindow(QDate(2024, 1, 1), QDate(2024, 3, 31));
        doc.resetTimeWindow();
        QCOMPARE(spy.count(), 2);
        QVERIFY(!doc.windowFrom().isValid());
        QVERIFY(!doc.windowTo().isValid());
    }

    void language()
    {
        Document doc;
        QCOMPARE(doc.language(), Language::English);
        QSignalSpy spy(&doc, &Document::languageChanged);
        doc.setLanguage(Language::English);
        QCOMPARE(spy.count(), 0);
        doc.setLanguage(Language::Korean);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(doc.language(), Language::Korean);
        doc.setLanguage(Language::Korean);
        QCOMPARE(spy.count(), 1);
    }

    void setDataClearsState_data()
    {
        QTest::addColumn<bool>("withSelection");
        QTest::addColumn<bool>("withWindow");
        QTest::newRow("fresh document") << false << false;
        QTest::newRow("something selected") << true << false;
        QTest::newRow("window narrowed") << false << true;
        QTest::newRow("both") << true << true;
    }
    void setDataClearsState()
    {
        QFETCH(bool, withSelection);
        QFETCH(bool, withWindow);

        Document doc;
        doc.setData(TestData::makeDataset());
        doc.setLanguage(Language::Korean);
        doc.undoStack()->push(new QUndoCommand(QStringLiteral("edit")));
        doc.undoStack()->push(new QUndoCommand(QStringLiteral("another edit")));
        QCOMPARE(doc.undoStack()->count(), 2);
        if (withSelection)
            doc.selectEntity(QStringLiteral("kt"));
        if (withWindow)
            doc.setTimeWindow(QDate(2024, 6, 1), QDate(2024, 6, 30));

        QSignalSpy about(&doc, &Document::dataAboutToBeReset);
        QSignalSpy reset(&doc, &Document::dataReset);
        QSignalSpy selection(&doc, &Document::selectionChanged);
        QSignalSpy window(&doc, &Document::timeWindowChanged);
        QSignalSpy language(&doc, &Document::languageChanged);

        Dataset other = TestData::makeDataset();
        other.events.removeFirst();
        doc.setData(other);

        QCOMPARE(about.count(), 1);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(selection.count(), withSelection ? 1 : 0);
        QCOMPARE(window.count(), withWindow ? 1 : 0);
        QCOMPARE(language.count(), 0);
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(!doc.undoStack()->canUndo());
        QCOMPARE(doc.selection(), Document::Selection{});
        QVERIFY(!doc.windowFrom().isValid());
        QVERIFY(!doc.windowTo().isValid());
        QCOMPARE(doc.language(), Language::Korean); // a preference, not part of the data
        QCOMPARE(doc.data(), other);
    }

    void extent_data()
    {
        QTest::addColumn<bool>("events");
        QTest::addColumn<bool>("relationships");
        QTest::addColumn<QString>("extraValidFrom");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        // Events: 2024-06-01 (day and month "2024-06") .. 2025 (year, ends 31 December).
        // Relationships: validFrom 2023-07 (month) .. 2024-09-27; one with no validFrom.
        QTest::newRow("events and relationships")
                << true << true << QString() << QDate(2023, 7, 1) << QDate(2025, 12, 31);
        QTest::newRow("events only")
                << true << false << QString() << QDate(2024, 6, 1) << QDate(2025, 12, 31);
        QTest::newRow("relationships only")
                << false << true << QString() << QDate(2023, 7, 1) << QDate(2024, 9, 27);
        QTest::newRow("a later relationship stretches the end")
                << true << true << QStringLiteral("2026-Q1") << QDate(2023, 7, 1)
                << QDate(2026, 3, 31);
        QTest::newRow("nothing dated") << false << false << QString() << QDate() << QDate();
    }
    void extent()
    {
        QFETCH(bool, events);
        QFETCH(bool, relationships);
        QFETCH(QString, extraValidFrom);
        QFETCH(QDate, start);
        QFETCH(QDate, end);

        Dataset d = TestData::makeDataset();
        if (!events)
            d.events.clear();
        if (!relationships)
            d.relationships.clear();
        if (!extraValidFrom.isEmpty())
            d.relationships.append(TestData::relationship("rel-extra", RelationshipType::Partner,
                                                          "kt", "gtaa",
                                                          extraValidFrom.toLatin1().constData()));
        Document doc;
        doc.setData(d);
        QCOMPARE(doc.dataStart(), start);
        QCOMPARE(doc.dataEnd(), end);
        // The window does not change the extent.
        doc.setTimeWindow(QDate(2024, 7, 1), QDate(2024, 7, 31));
        QCOMPARE(doc.dataStart(), start);
        QCOMPARE(doc.dataEnd(), end);
    }

    // The extent is found by comparing dates as numbers; it must be the earliest start and the
    // latest end QDate gives, for dates of every precision, many on the same days and months.
    void extentOfManyDatesIsTheirSpan()
    {
        QRandomGenerator random(2024);
        Dataset d = TestData::makeDataset();
        d.relationships.clear();
        const Event model = d.events.constFirst();
        for (int i = 0; i < 40; ++i) {
            Event more = model;
            more.id = QStringLiteral("ev-more-%1").arg(i);
            d.events.append(more);
        }
        for (int round = 0; round < 200; ++round) {
            QDate start;
            QDate end;
            // Some rounds without some precisions, so that each kind of date is at the edge.
            const int precisions = random.bounded(1, 16);
            for (Event &e : d.events) {
                const int year = random.bounded(2020, 2022);
                const int month = random.bounded(1, 13);
                int precision = random.bounded(4);
                while (!(precisions & (1 << precision)))
                    precision = (precision + 1) % 4;
                switch (precision) {
                case 0:
                    e.date = PartialDate::day(year, month, random.bounded(1, 29));
                    break;
                case 1:
                    e.date = PartialDate::month(year, month);
                    break;
                case 2:
                    e.date = PartialDate::quarter(year, random.bounded(1, 5));
                    break;
                default:
                    e.date = PartialDate::year(year);
                    break;
                }
                if (!start.isValid() || e.date.start() < start)
                    start = e.date.start();
                if (!end.isValid() || e.date.end() > end)
                    end = e.date.end();
            }
            Document doc;
            doc.setData(d);
            QCOMPARE(doc.dataStart(), start);
            QCOMPARE(doc.dataEnd(), end);
        }
    }

    void graphFollowsWindow_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("everything")
                << QDate() << QDate()
                << QStringList{ "rel-kt-ms", "rel-skt-pplx", "rel-skt-gtaa", "rel-lgu-ms" };
        QTest::newRow("ending the day before KT-Microsoft")
                << QDate() << QDate(2024, 9, 26)
                << QStringList{ "rel-skt-pplx", "rel-skt-gtaa", "rel-lgu-ms" };
        QTest::newRow("ending the day of KT-Microsoft")
                << QDate() << QDate(2024, 9, 27)
                << QStringList{ "rel-kt-ms", "rel-skt-pplx", "rel-skt-gtaa", "rel-lgu-ms" };
        QTest::newRow("after LG Uplus-Microsoft ended")
                << QDate(2024, 4, 1) << QDate()
                << QStringList{ "rel-kt-ms", "rel-skt-pplx", "rel-skt-gtaa" };
        QTest::newRow("last day of LG Uplus-Microsoft")
                << QDate(2024, 3, 31) << QDate(2024, 3, 31)
                << QStringList{ "rel-skt-gtaa", "rel-lgu-ms" };
        QTest::newRow("the month of the Perplexity investment, ending mid-month")
                << QDate(2024, 5, 1) << QDate(2024, 6, 15)
                << QStringList{ "rel-skt-pplx", "rel-skt-gtaa" };
        QTest::newRow("before the alliance")
                << QDate(2023, 1, 1) << QDate(2023, 6, 30) << QStringList{ "rel-lgu-ms" };
    }
    void graphFollowsWindow()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QStringList, expected);

        Document doc;
        doc.setData(TestData::makeDataset());
        QCOMPARE(edgeIds(doc).size(), 4);
        doc.setTimeWindow(from, to);
        QCOMPARE(edgeIds(doc), TestData::toSet(expected));
        doc.resetTimeWindow();
        QCOMPARE(edgeIds(doc).size(), 4);
    }

    void graphFollowsData()
    {
        Document doc;
        QVERIFY(doc.graph().edges().isEmpty());
        doc.setData(TestData::makeDataset());
        QVERIFY(doc.graph().containsNode(QStringLiteral("kt")));
        Dataset d = TestData::makeDataset();
        d.relationships.removeFirst();
        doc.setData(d);
        QVERIFY(!doc.graph().containsNode(QStringLiteral("kt")));
        QVERIFY(!doc.graph().containsRelationship(QStringLiteral("rel-kt-ms")));
        QCOMPARE(doc.graph().edges().size(), 3);
    }

    // A large dataset's indexes by entity are built on a worker once asked (the window asks when
    // it shows the data): then the first entity looked up costs its own records, and every
    // answer is what a pass over the lists gives. An edit or a load stops a build under way, and
    // the lookups after it are still right.
    void lookupsArePreparedApart()
    {
        SyntheticOptions o;
        o.companies = 60;
        o.events = int(Document::kLookupsAheadFrom) + 1000;
        o.relationships = 200;
        Document doc;
        doc.setData(makeSyntheticDataset(o));
        QSignalSpy prepared(&doc, &Document::lookupsPrepared);
        doc.prepareLookups();
        QVERIFY(doc.isPreparingLookups());
        QVERIFY(prepared.wait());
        QVERIFY(!doc.isPreparingLookups());
        const Dataset &d = doc.data();
        for (const Entity &e : d.entities) {
            QStringList naming;
            for (const Event &ev : d.events) {
                if (ev.involves(e.id))
                    naming.append(ev.id);
            }
            QCOMPARE(d.eventsInvolving(e.id), naming);
        }
        QCOMPARE(d.participantEvents.builds(), 0);

        // An edit while it builds: stopped, nothing taken, the edit's lookups right.
        doc.prepareLookups();
        const QString victim = d.entities.constFirst().id;
        const QString kept = d.entities.constLast().id;
        QVERIFY(!d.eventsInvolving(kept).isEmpty());
        QString error;
        QVERIFY2(doc.applyEdit(DataEdit::removeEntity(d, victim), &error), qPrintable(error));
        QVERIFY(!doc.isPreparingLookups());
        QVERIFY(d.eventsInvolving(victim).isEmpty());

        // Small data: built by the first lookup instead.
        doc.setData(TestData::makeDataset());
        doc.prepareLookups();
        QVERIFY(!doc.isPreparingLookups());
        QCOMPARE(prepared.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
