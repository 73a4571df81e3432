// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/syntheticdataset.h"
#include "models/document.h"
#include "models/editcommands.h"
#include "models/eventfilterproxy.h"
#include "models/eventtablemodel.h"
#include "models/roles.h"
#include "testdataset.h"

#include <QAbstractItemModelTester>
#include <QIdentityProxyModel>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <numeric>
#include <tuple>

#include <memory>

using namespace atlas;

using KindSet = QSet<EventKind>;
Q_DECLARE_METATYPE(KindSet)

namespace {

const QStringList kAll{ "ev-kt-ms",   "ev-kt-plan", "ev-skt-pplx",
                        "ev-kt-earn", "ev-lgu-ixi", "ev-gtaa" };

QStringList acceptedIds(const QAbstractItemModel &proxy)
{
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids << proxy.index(row, 0).data(Roles::Id).toString();
    return ids;
}

QSet<QString> acceptedSet(const QAbstractItemModel &proxy)
{
    return TestData::toSet(acceptedIds(proxy));
}

} // namespace

class TestEventFilterProxy : public QObject
{
    Q_OBJECT

    // One document, model and proxy a test, all watched by a model tester while they change.
    struct Fixture
    {
        Document document;
        EventTableModel model{ &document };
        EventFilterProxy proxy;
        std::unique_ptr<QAbstractItemModelTester> modelTester;
        std::unique_ptr<QAbstractItemModelTester> proxyTester;

        Fixture()
        {
            modelTester = std::make_unique<QAbstractItemModelTester>(
                    &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            proxy.setSourceModel(&model);
            proxyTester = std::make_unique<QAbstractItemModelTester>(
                    &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
            document.setData(TestData::makeDataset());
        }

        // Synthetic events instead of the small fixture; the proxy then follows the document's
        // time window when asked.
        void loadSynthetic(int events, int companies, bool followWindow = true)
        {
            SyntheticOptions options;
            options.events = events;
            options.companies = companies;
            document.setData(makeSyntheticDataset(options));
            if (followWindow)
                proxy.followDocument(&document);
        }
    };

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void window_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("open window shows everything") << QDate() << QDate() << kAll;
        QTest::newRow("ending on the day of the event includes it")
                << QDate(2024, 9, 1) << QDate(2024, 9, 27)
                << QStringList{ "ev-kt-ms", "ev-lgu-ixi" };
        QTest::newRow("ending the day before excludes it")
                << QDate(2024, 9, 1) << QDate(2024, 9, 26) << QStringList{ "ev-lgu-ixi" };
        QTest::newRow("starting on the day of the event includes it")
                << QDate(2024, 9, 27) << QDate(2024, 12, 31)
                << QStringList{ "ev-kt-ms", "ev-lgu-ixi" };
        QTest::newRow("starting the day after excludes it")
                << QDate(2024, 9, 28) << QDate(2024, 12, 31) << QStringList{ "ev-lgu-ixi" };
        QTest::newRow("single-day window") << QDate(2024, 9, 27) << QDate(2024, 9, 27)
                                           << QStringList{ "ev-kt-ms", "ev-lgu-ixi" };
        QTest::newRow("month event overlaps a window from its last third")
                << QDate(2024, 6, 20) << QDate(2024, 7, 5)
                << QStringList{ "ev-skt-pplx", "ev-lgu-ixi" };
        QTest::newRow("day event on the 1st is not in a window from the 2nd")
                << QDate(2024, 6, 2) << QDate(2024, 6, 30) << QStringList{ "ev-skt-pplx" };
        QTest::newRow("quarter event in its last day")
                << QDate(2024, 9, 30) << QDate(2024, 9, 30) << QStringList{ "ev-lgu-ixi" };
        QTest::newRow("quarter event out the day after")
                << QDate(2024, 10, 1) << QDate(2024, 10, 31) << QStringList();
        QTest::newRow("year event in its last day")
                << QDate(2025, 12, 31) << QDate(2026, 1, 31) << QStringList{ "ev-kt-plan" };
        QTest::newRow("open start")
                << QDate() << QDate(2024, 9, 26)
                << QStringList{ "ev-skt-pplx", "ev-kt-earn", "ev-lgu-ixi", "ev-gtaa" };
        QTest::newRow("open end") << QDate(2024, 10, 1) << QDate() << QStringList{ "ev-kt-plan" };
        QTest::newRow("after everything") << QDate(2026, 1, 1) << QDate() << QStringList();
        QTest::newRow("before everything") << QDate() << QDate(2024, 5, 31) << QStringList();
    }
    void window()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QStringList, expected);

        Fixture f;
        f.proxy.setTimeWindow(from, to);
        QCOMPARE(acceptedSet(f.proxy), TestData::toSet(expected));
        QCOMPARE(f.proxy.windowFrom(), from);
        QCOMPARE(f.proxy.windowTo(), to);
        // The same filter in Korean: the window does not depend on how dates read.
        f.document.setLanguage(Language::Korean);
        QCOMPARE(acceptedSet(f.proxy), TestData::toSet(expected));
        f.proxy.setTimeWindow({}, {});
        QCOMPARE(acceptedSet(f.proxy), TestData::toSet(kAll));
    }

    void kinds_data()
    {
        QTest::addColumn<KindSet>("kinds");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty means all") << KindSet{} << kAll;
        QTest::newRow("partnership")
                << KindSet{ EventKind::Partnership } << QStringList{ "ev-kt-ms" };
        QTest::newRow("launch and plan") << KindSet{ EventKind::Launch, EventKind::Plan }
                                         << QStringList{ "ev-lgu-ixi", "ev-kt-plan" };
        QTest::newRow("a kind nobody has") << KindSet{ EventKind::Regulation } << QStringList();
    }
    void kinds()
    {
        QFETCH(KindSet, kinds);
        QFETCH(QStringList, expected);
        Fixture f;
        f.proxy.setKinds(kinds);
        QCOMPARE(f.proxy.kinds(), kinds);
        QCOMPARE(acceptedSet(f.proxy), TestData::toSet(expected));
    }

    void participant_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty means all") << QString() << kAll;
        QTest::newRow("KT") << QStringLiteral("kt")
                            << QStringList{ "ev-kt-ms", "ev-kt-plan", "ev-kt-earn" };
        QTest::newRow("SK Telecom")
                << QStringLiteral("sk-telecom") << QStringList{ "ev-skt-pplx", "ev-gtaa" };
        QTest::newRow("Perplexity") << QStringLiteral("perplexity") << QStringList{ "ev-skt-pplx" };
        QTest::newRow("an entity in no event") << QStringLiteral("ixi-o") << QStringList();
        QTest::newRow("an unknown id") << QStringLiteral("nobody") << QStringList();
        QTest::newRow("ids match exactly, not by prefix") << QStringLiteral("k") << QStringList();
    }
    void participant()
    {
        QFETCH(QString, entity);
        QFETCH(QStringList, expected);
        Fixture f;
        f.proxy.setParticipant(entity);
        QCOMPARE(f.proxy.participant(), entity);
        QCOMPARE(acceptedSet(f.proxy), TestData::toSet(expected));
    }

    void text_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty means all") << QString() << kAll;
        QTest::newRow("only spaces means all") << QStringLiteral("   ") << kAll;
        QTest::newRow("English word in a title")
                << QStringLiteral("microsoft") << QStringList{ "ev-kt-ms" };
        QTest::newRow("ignores case") << QStringLiteral("MICROSOFT") << QStringList{ "ev-kt-ms" };
        QTest::newRow("Korean word")
                << QStringLiteral("마이크로소프트") << QStringList{ "ev-kt-ms" };
        QTest::newRow("Korean title only")
                << QStringLiteral("익시오") << QStringList{ "ev-lgu-ixi" };
        QTest::newRow("ticker of a participant")
                << QStringLiteral("030200")
                << QStringList{ "ev-kt-ms", "ev-kt-plan", "ev-kt-earn" };
        QTest::newRow("ticker with exchange")
                << QStringLiteral("krx:017670") << QStringList{ "ev-skt-pplx", "ev-gtaa" };
        QTest::newRow("participant name only")
                << QStringLiteral("SK Telecom") << QStringList{ "ev-skt-pplx", "ev-gtaa" };
        QTest::newRow("Korean participant name only")
                << QStringLiteral("퍼플렉시티") << QStringList{ "ev-skt-pplx" };
        QTest::newRow("English summary") << QStringLiteral("deutsche") << QStringList{ "ev-gtaa" };
        QTest::newRow("Korean summary") << QStringLiteral("클라우드") << QStringList{ "ev-kt-ms" };
        QTest::newRow("every word must match")
                << QStringLiteral("KT partnership") << QStringList{ "ev-kt-ms" };
        QTest::newRow("words in two languages")
                << QStringLiteral("KT 계획") << QStringList{ "ev-kt-plan" };
        QTest::newRow("nothing matches") << QStringLiteral("nokia") << QStringList();
    }
    void text()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        // Whatever the display language, both languages are searched.
        for (Language lang : { Language::English, Language::Korean }) {
            Fixture f;
            f.document.setLanguage(lang);
            f.proxy.setText(text);
            QCOMPARE(f.proxy.text(), text);
            QCOMPARE(acceptedSet(f.proxy), TestData::toSet(expected));
        }
    }

    // The document's events are searched where they are (titles, summaries, participants'
    // names and tickers, attribute values), with no text per event kept; that must find exactly
    // what a search of each row's joined search text finds (the model's Roles::SearchText,
    // which a proxy over any other model reads), also after an edit renames a participant.
    void searchOfTheDocumentMatchesTheRowsSearchText()
    {
        Fixture f;
        f.loadSynthetic(3000, 80, false);
        Dataset d = f.document.data();
        d.events[5].summary = { QStringLiteral("Joint venture in Busan"),
                                QStringLiteral("부산 합작 투자") };
        d.events[9].attributes.append(
                Attribute::text(QStringLiteral("venue"), QStringLiteral("Busan Exhibition")));
        d.events[11].participants.append({ QStringLiteral("not-an-entity"), Role::Partner });
        f.document.setData(d);
        QIdentityProxyModel rows; // not the document's table: the proxy reads the roles
        rows.setSourceModel(&f.model);
        EventFilterProxy byRoles;
        byRoles.setSourceModel(&rows);
        const QStringList queries{
            QStringLiteral("Company 1"),
            QStringLiteral("company 12 회사"),
            QStringLiteral("회사 7"),
            QStringLiteral("KRX:1000"),
            QStringLiteral("krx:100007"),
            QStringLiteral("event 29"),
            QStringLiteral("사건 3 Company 4"),
            QStringLiteral("busan"),
            QStringLiteral("부산"),
            QStringLiteral("exhibition company"),
            QStringLiteral("not-an"),
            QStringLiteral("Company 1 Company 2"),
            QStringLiteral("nothing-like-this"),
            QStringLiteral("7 8 9"),
        };
        const auto compareAll = [&] {
            for (const QString &q : queries) {
                f.proxy.setText(q);
                byRoles.setText(q);
                QVERIFY2(f.proxy.rowCount() > 0 || q.startsWith(QStringLiteral("nothing")),
                         qPrintable(q));
                QCOMPARE(acceptedSet(f.proxy), acceptedSet(byRoles));
            }
        };
        compareAll();
        // With a search on, a company renamed: the events that name it follow.
        f.proxy.setText(QStringLiteral("Renamed"));
        QCOMPARE(f.proxy.rowCount(), 0);
        Entity renamed = f.document.data().entities.at(3);
        renamed.name.en = QStringLiteral("Renamed Telecom");
        f.document.undoStack()->push(EditCommands::updateEntity(&f.document, renamed));
        QVERIFY(f.proxy.rowCount() > 0);
        for (int row = 0; row < f.proxy.rowCount(); ++row)
            QVERIFY(f.proxy.index(row, 0)
                            .data(Roles::Participants)
                            .toStringList()
                            .contains(renamed.id));
        compareAll();
    }

    // Attribute values are searched as words; conditions filter by name, type and value.
    void attributes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("a text value as a word")
                << QStringLiteral("summit") << QStringList{ "ev-gtaa" };
        QTest::newRow("a number as a word") << QStringLiteral("300") << QStringList{ "ev-kt-ms" };
        QTest::newRow("equal") << QStringLiteral("format = summit") << QStringList{ "ev-gtaa" };
        QTest::newRow("is, any case")
                << QStringLiteral("Format is SUMMIT") << QStringList{ "ev-gtaa" };
        QTest::newRow("greater") << QStringLiteral("attendees > 100") << QStringList{ "ev-kt-ms" };
        QTest::newRow("less") << QStringLiteral("attendees < 100") << QStringList{ "ev-gtaa" };
        QTest::newRow("at most, both")
                << QStringLiteral("attendees <= 300") << QStringList{ "ev-kt-ms", "ev-gtaa" };
        QTest::newRow("condition and word")
                << QStringLiteral("attendees > 10 microsoft") << QStringList{ "ev-kt-ms" };
        QTest::newRow("not equal includes those without")
                << QStringLiteral("format != summit")
                << QStringList{ "ev-kt-ms", "ev-kt-plan", "ev-skt-pplx", "ev-kt-earn",
                                "ev-lgu-ixi" };
        QTest::newRow("unknown attribute") << QStringLiteral("tempo > 1") << QStringList();
    }
    void attributes()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        Fixture f;
        Dataset d = TestData::makeDataset();
        Event *ms = &d.events[d.eventIndex(QStringLiteral("ev-kt-ms"))];
        ms->attributes.append(Attribute::number(QStringLiteral("attendees"), 300));
        Event *gtaa = &d.events[d.eventIndex(QStringLiteral("ev-gtaa"))];
        gtaa->attributes.append(Attribute::number(QStringLiteral("attendees"), 40));
        gtaa->attributes.append(
                Attribute::text(QStringLiteral("format"), QStringLiteral("summit")));
        f.document.setData(d);
        f.proxy.setText(text);
        QCOMPARE(acceptedSet(f.proxy), TestData::toSet(expected));
    }

    void combined_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<KindSet>("kinds");
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const QDate jun1(2024, 6, 1);
        const QDate sep30(2024, 9, 30);
        QTest::newRow("window and participant")
                << jun1 << sep30 << KindSet{} << QStringLiteral("kt") << QString()
                << QStringList{ "ev-kt-ms", "ev-kt-earn" };
        QTest::newRow("window, participant and kind")
                << jun1 << sep30 << KindSet{ EventKind::Earnings } << QStringLiteral("kt")
                << QString() << QStringList{ "ev-kt-earn" };
        QTest::newRow("participant and Korean text")
                << QDate() << QDate() << KindSet{} << QStringLiteral("kt")
                << QStringLiteral("마이크로소프트") << QStringList{ "ev-kt-ms" };
        QTest::newRow("window cuts the text match")
                << QDate() << QDate(2024, 9, 26) << KindSet{} << QString()
                << QStringLiteral("microsoft") << QStringList();
        QTest::newRow("kind and ticker")
                << QDate() << QDate() << KindSet{ EventKind::Plan, EventKind::Investment }
                << QString() << QStringLiteral("030200") << QStringList{ "ev-kt-plan" };
        QTest::newRow("participant with another company's text")
                << QDate() << QDate() << KindSet{} << QStringLiteral("lg-uplus")
                << QStringLiteral("perplexity") << QStringList();
    }
    void combined()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(KindSet, kinds);
        QFETCH(QString, entity);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        Fixture f;
        f.proxy.setTimeWindow(from, to);
        f.proxy.setKinds(kinds);
        f.proxy.setParticipant(entity);
        f.proxy.setText(text);
        QCOMPARE(acceptedSet(f.proxy), TestData::toSet(expected));
        // Clearing every filter brings every event back.
        f.proxy.setTimeWindow({}, {});
        f.proxy.setKinds({});
        f.proxy.setParticipant({});
        f.proxy.setText({});
        QCOMPARE(acceptedSet(f.proxy), TestData::toSet(kAll));
    }

    void sortByDate_data()
    {
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QStringList>("expected");
        // The day 2024-06-01 and the month 2024-06 start together: the finer one comes first.
        const QStringList ascending{ "ev-gtaa",    "ev-skt-pplx", "ev-lgu-ixi",
                                     "ev-kt-earn", "ev-kt-ms",    "ev-kt-plan" };
        QStringList descending = ascending;
        std::reverse(descending.begin(), descending.end());
        QTest::newRow("ascending") << Qt::AscendingOrder << ascending;
        QTest::newRow("descending") << Qt::DescendingOrder << descending;
    }
    void sortByDate()
    {
        QFETCH(Qt::SortOrder, order);
        QFETCH(QStringList, expected);
        Fixture f;
        f.proxy.sort(EventTableModel::Date, order);
        QCOMPARE(acceptedIds(f.proxy), expected);
        // Sorting survives filtering and a language switch.
        f.proxy.setParticipant(QStringLiteral("kt"));
        QStringList kt = expected;
        kt.removeIf([](const QString &id) { return !id.startsWith(QLatin1String("ev-kt-")); });
        QCOMPARE(acceptedIds(f.proxy), kt);
        f.document.setLanguage(Language::Korean);
        QCOMPARE(acceptedIds(f.proxy), kt);
    }

    // Undated events go after the dated ones in ascending order and before them in descending
    // order; events of the same dates keep the source's order in both.
    void undatedLastAndTiesInSourceOrder()
    {
        Fixture f;
        Dataset data = TestData::makeDataset();
        const QString original = data.events.at(0).id;
        Event undated = data.events.at(0);
        undated.id = QStringLiteral("ev-undated");
        undated.date = PartialDate();
        Event twin = data.events.at(0);
        twin.id = QStringLiteral("ev-twin");
        data.events.insert(0, undated);
        data.events.append(twin);
        f.document.setData(data);
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            f.proxy.sort(EventTableModel::Date, order);
            const QStringList ids = acceptedIds(f.proxy);
            QCOMPARE(ids.size(), data.events.size());
            QCOMPARE(order == Qt::AscendingOrder ? ids.constLast() : ids.constFirst(),
                     QStringLiteral("ev-undated"));
            QCOMPARE(ids.indexOf(QStringLiteral("ev-twin")), ids.indexOf(original) + 1);
        }
    }

    // Many events of every precision, undated ones and repeated dates, in no order: sorted by date
    // both ways, the table's order is that of a plain comparison of the days (start, then end;
    // undated after the dated ascending and before them descending; equal days in the data's
    // order), whatever way the proxy sorts them.
    void manyDatesSortAsTheirDaysCompare()
    {
        Fixture f;
        Dataset data = TestData::makeDataset();
        const Event model = data.events.at(0);
        data.events.clear();
        QRandomGenerator random(20261204);
        for (int i = 0; i < 5000; ++i) {
            Event e = model;
            e.id = QStringLiteral("ev-%1").arg(i);
            const int year = 1990 + int(random.bounded(40));
            switch (random.bounded(6)) {
            case 0:
                e.date = PartialDate::year(year);
                break;
            case 1:
                e.date = PartialDate::quarter(year, 1 + int(random.bounded(4)));
                break;
            case 2:
                e.date = PartialDate::month(year, 1 + int(random.bounded(12)));
                break;
            case 3:
                e.date = PartialDate();
                break;
            default:
                e.date = PartialDate::day(year, 1 + int(random.bounded(12)),
                                          1 + int(random.bounded(28)));
            }
            data.events.append(e);
        }
        f.document.setData(data);
        const auto dayOf = [](const QDate &d) { return d.isValid() ? d.toJulianDay() : 0; };
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            std::vector<int> rows(size_t(data.events.size()));
            std::iota(rows.begin(), rows.end(), 0);
            const auto key = [&](int row) {
                const PartialDate &d = data.events.at(row).date;
                return std::tuple(d.isValid() ? 0 : 1, dayOf(d.start()), dayOf(d.end()));
            };
            std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
                return order == Qt::AscendingOrder ? key(a) < key(b) : key(b) < key(a);
            });
            QStringList expected;
            for (int row : rows)
                expected << data.events.at(row).id;
            f.proxy.sort(EventTableModel::Date, order);
            QCOMPARE(acceptedIds(f.proxy), expected);
        }
    }

    void sortByOtherColumns()
    {
        Fixture f;
        f.proxy.sort(EventTableModel::Amount, Qt::AscendingOrder);
        // 10 million (USD) before 494 billion (KRW) by raw value; events with no number last.
        const QStringList ids = acceptedIds(f.proxy);
        QCOMPARE(ids.mid(0, 2), (QStringList{ "ev-skt-pplx", "ev-kt-earn" }));
        f.proxy.sort(EventTableModel::Title, Qt::AscendingOrder);
        QCOMPARE(acceptedIds(f.proxy).first(),
                 QStringLiteral("ev-gtaa")); // "Global Telco AI Alliance founded"
        QCOMPARE(acceptedIds(f.proxy).last(),
                 QStringLiteral("ev-skt-pplx")); // "SK Telecom invests in Perplexity"
    }

    // Titles, kinds and participants of the document's events are compared where they are (or
    // made for the sort only), with no key per row kept; the order must be the one the rows'
    // sort keys give (the model's Roles::SortKey, read
    // by a proxy over any other model), in both directions and languages, with mixed case,
    // letters outside ASCII and titles in one language only, and after an edit.
    void sortingByTextColumnsMatchesTheSortKeys()
    {
        Fixture f;
        f.loadSynthetic(600, 30, false);
        Dataset d = f.document.data();
        const QStringList titles{ QStringLiteral("éclair"),    QStringLiteral("Éclair"),
                                  QStringLiteral("Eclair"),    QStringLiteral("eclairs"),
                                  QStringLiteral("Ärger"),     QStringLiteral("arger"),
                                  QStringLiteral("ZEBRA"),     QStringLiteral("zebra crossing"),
                                  QStringLiteral("가나다"),    QStringLiteral("KT 5G"),
                                  QStringLiteral("kt 5g!"),    QStringLiteral("𐐀 Deseret"),
                                  QStringLiteral("𐐨 deseret"), QString() };
        for (int i = 0; i < int(titles.size()); ++i) {
            d.events[i * 7].title.en = titles.at(i);
            d.events[i * 7 + 1].title.ko.clear(); // falls back to English in Korean
        }
        d.events[3].title = { QString(), QStringLiteral("한국어만") }; // Korean only
        d.entities[0].name.en = QStringLiteral("Élan Telecom");
        d.entities[1].name.en = QStringLiteral("elan telecom");
        d.entities[2].name = { QStringLiteral("SK"), QString() }; // no Korean name
        d.entities[4].name.en = QStringLiteral("SK Telecom");
        d.events[20].participants.append({ QStringLiteral("no-such-entity"), Role::Partner });
        f.document.setData(d);
        QIdentityProxyModel rows;
        rows.setSourceModel(&f.model);
        EventFilterProxy byRoles;
        byRoles.setSourceModel(&rows);
        const auto compare = [&] {
            for (int column : { int(EventTableModel::Title), int(EventTableModel::Kind),
                                int(EventTableModel::Participants) }) {
                for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
                    f.proxy.sort(column, order);
                    byRoles.sort(column, order);
                    QCOMPARE(acceptedIds(f.proxy), acceptedIds(byRoles));
                }
            }
        };
        compare();
        f.document.setLanguage(Language::Korean);
        compare();
        f.document.setLanguage(Language::English);
        // Sorted by title, an event renamed moves to its place.
        f.proxy.sort(EventTableModel::Title, Qt::AscendingOrder);
        byRoles.sort(EventTableModel::Title, Qt::AscendingOrder);
        Event renamed = f.document.data().events.at(100);
        renamed.title.en = QStringLiteral("AAA first of all");
        f.document.undoStack()->push(EditCommands::updateEvent(&f.document, renamed));
        QCOMPARE(acceptedIds(f.proxy).first(), renamed.id);
        QCOMPARE(acceptedIds(f.proxy), acceptedIds(byRoles));
    }

    void followDocument()
    {
        Fixture f;
        f.document.setTimeWindow(QDate(2024, 9, 1), QDate(2024, 9, 26));
        QCOMPARE(acceptedSet(f.proxy), TestData::toSet(kAll)); // not following yet
        f.proxy.followDocument(&f.document);
        QCOMPARE(f.proxy.windowFrom(), QDate(2024, 9, 1));
        QCOMPARE(f.proxy.windowTo(), QDate(2024, 9, 26));
        QCOMPARE(acceptedSet(f.proxy), (QSet<QString>{ "ev-lgu-ixi" }));
        f.document.setTimeWindow(QDate(2024, 9, 1), QDate(2024, 9, 27));
        QCOMPARE(acceptedSet(f.proxy), (QSet<QString>{ "ev-lgu-ixi", "ev-kt-ms" }));
        f.document.resetTimeWindow();
        QCOMPARE(acceptedSet(f.proxy), TestData::toSet(kAll));
        // A new dataset opens the window again, and the proxy follows.
        f.document.setTimeWindow(QDate(2025, 1, 1), QDate());
        QCOMPARE(acceptedSet(f.proxy), (QSet<QString>{ "ev-kt-plan" }));
        f.document.setData(TestData::makeDataset());
        QCOMPARE(acceptedSet(f.proxy), TestData::toSet(kAll));
        // Stop following.
        f.proxy.followDocument(nullptr);
        f.document.setTimeWindow(QDate(2025, 1, 1), QDate());
        QCOMPARE(acceptedSet(f.proxy), TestData::toSet(kAll));
    }

    void movingWindowOverManyEvents_data()
    {
        QTest::addColumn<int>("sortColumn");
        QTest::addColumn<int>("stepDays");
        // Quarter steps change hundreds of rows at once, day steps a handful.
        QTest::newRow("unsorted, quarter steps") << -1 << 91;
        QTest::newRow("unsorted, day steps") << -1 << 1;
        QTest::newRow("by date, quarter steps") << int(EventTableModel::Date) << 91;
        QTest::newRow("by date, day steps") << int(EventTableModel::Date) << 1;
        QTest::newRow("by title, quarter steps") << int(EventTableModel::Title) << 91;
        QTest::newRow("by amount, quarter steps") << int(EventTableModel::Amount) << 91;
    }
    // Windows that change thousands of scattered rows at once, as the timeline's do, must show
    // exactly the overlapping events, in order, and keep the table's selection on rows that stay.
    void movingWindowOverManyEvents()
    {
        QFETCH(int, sortColumn);
        QFETCH(int, stepDays);
        Fixture f;
        f.loadSynthetic(4000, 30);
        if (sortColumn >= 0)
            f.proxy.sort(sortColumn, Qt::AscendingOrder);
        f.proxy.setKinds({ EventKind::Partnership, EventKind::Investment, EventKind::Launch });

        const auto expectedIn = [&f](const QDate &from, const QDate &to) {
            QSet<QString> ids;
            const QSet<QString> kinds{ keyOf(EventKind::Partnership), keyOf(EventKind::Investment),
                                       keyOf(EventKind::Launch) };
            for (int row = 0; row < f.model.rowCount(); ++row) {
                const QModelIndex index = f.model.index(row, 0);
                const QDate start = index.data(Roles::DateStart).toDate();
                QDate end = index.data(Roles::DateEnd).toDate();
                if (!end.isValid())
                    end = start;
                if (start.isValid() && start <= to && end >= from
                    && kinds.contains(index.data(Roles::Kind).toString()))
                    ids.insert(index.data(Roles::Id).toString());
            }
            return ids;
        };

        const QDate first = f.document.dataStart();
        int movesKeepingARow = 0;
        for (int move = 0; move < 16; ++move) {
            const QDate from = first.addDays(qint64(move) * stepDays);
            const QDate to = from.addYears(1).addDays(-1);
            const QSet<QString> expected = expectedIn(from, to);
            // Selects a shown row that the new window keeps, as the table's selection would.
            QPersistentModelIndex kept;
            QString keptId;
            for (int row = 0; row < f.proxy.rowCount() && !kept.isValid(); ++row) {
                const QString id = f.proxy.index(row, 0).data(Roles::Id).toString();
                if (expected.contains(id)) {
                    kept = f.proxy.index(row, EventTableModel::Title);
                    keptId = id;
                }
            }

            f.document.setTimeWindow(from, to);
            QCOMPARE(acceptedSet(f.proxy), expected);
            QVERIFY(!expected.isEmpty());
            if (!keptId.isEmpty()) {
                ++movesKeepingARow;
                QVERIFY(kept.isValid());
                QCOMPARE(kept.column(), int(EventTableModel::Title));
                QCOMPARE(kept.data(Roles::Id).toString(), keptId);
            }
            for (int row = 1; row < f.proxy.rowCount(); ++row) {
                const QModelIndex a = f.proxy.index(row - 1, 0);
                const QModelIndex b = f.proxy.index(row, 0);
                switch (sortColumn) {
                case EventTableModel::Date:
                    QVERIFY(a.data(Roles::DateStart).toDate() < b.data(Roles::DateStart).toDate()
                            || (a.data(Roles::DateStart).toDate()
                                        == b.data(Roles::DateStart).toDate()
                                && a.data(Roles::DateEnd).toDate()
                                        <= b.data(Roles::DateEnd).toDate()));
                    break;
                case EventTableModel::Title:
                    QVERIFY(a.siblingAtColumn(EventTableModel::Title)
                                    .data()
                                    .toString()
                                    .compare(b.siblingAtColumn(EventTableModel::Title)
                                                     .data()
                                                     .toString(),
                                             Qt::CaseInsensitive)
                            <= 0);
                    break;
                case EventTableModel::Amount: {
                    const QVariant va = a.data(Roles::Value);
                    const QVariant vb = b.data(Roles::Value);
                    QVERIFY(!vb.isValid() || (va.isValid() && va.toDouble() <= vb.toDouble()));
                    break;
                }
                default:
                    // Unsorted rows keep the dataset's order.
                    QVERIFY(f.model.rowOf(a.data(Roles::Id).toString())
                            < f.model.rowOf(b.data(Roles::Id).toString()));
                }
            }
        }
        QVERIFY(movesKeepingARow > 0);
    }

    // A window step over a table sorted by date changes rows only at its two ends: the table
    // gets row insertions and removals there, no layout change or reset, and its selection and
    // current row stay on their event.
    void windowStepOverDateSortedTableIsRowLevel()
    {
        Fixture f;
        f.loadSynthetic(4000, 30);
        f.proxy.sort(EventTableModel::Date, Qt::AscendingOrder);
        QDate from = f.document.dataStart().addDays(200);
        QDate to = from.addDays(90);
        f.document.setTimeWindow(from, to);
        QVERIFY(f.proxy.rowCount() > 20);
        QItemSelectionModel selection(&f.proxy);
        const int middle = f.proxy.rowCount() / 2;
        selection.setCurrentIndex(f.proxy.index(middle, EventTableModel::Title),
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QString selectedId = selection.currentIndex().data(Roles::Id).toString();

        QSignalSpy layouts(&f.proxy, &QAbstractItemModel::layoutChanged);
        QSignalSpy resets(&f.proxy, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&f.proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&f.proxy, &QAbstractItemModel::rowsRemoved);
        for (int step = 0; step < 5; ++step) {
            from = from.addDays(7);
            to = to.addDays(7);
            f.document.setTimeWindow(from, to);
        }
        QCOMPARE(layouts.count(), 0);
        QCOMPARE(resets.count(), 0);
        QVERIFY(inserted.count() >= 1 && inserted.count() <= 5 * 2);
        QVERIFY(removed.count() >= 1 && removed.count() <= 5 * 2);
        QCOMPARE(selection.currentIndex().data(Roles::Id).toString(), selectedId);
        QCOMPARE(selection.currentIndex().column(), int(EventTableModel::Title));
        QVERIFY(selection.isRowSelected(selection.currentIndex().row()));
    }

    // Edits re-place the rows they change: the sorted order stays right, an event moved to
    // another date keeps its selection, a new event lands where it sorts.
    void editsKeepTheSortedOrderAndTheSelection()
    {
        Fixture f;
        f.loadSynthetic(600, 20, false);
        f.proxy.sort(EventTableModel::Date, Qt::DescendingOrder);
        QItemSelectionModel selection(&f.proxy);
        selection.setCurrentIndex(f.proxy.index(f.proxy.rowCount() - 1, 0),
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QString id = selection.currentIndex().data(Roles::Id).toString();
        Event moved = f.document.data().events.at(f.document.data().eventIndex(id));
        moved.date = PartialDate::day(2030, 6, 1); // later than every synthetic event
        f.document.undoStack()->push(EditCommands::updateEvent(&f.document, moved));
        QCOMPARE(f.document.data().events.at(f.document.data().eventIndex(id)).date, moved.date);
        QCOMPARE(selection.currentIndex().data(Roles::Id).toString(), id);
        QCOMPARE(selection.currentIndex().row(), 0); // newest first
        checkOrder(f.proxy, Qt::DescendingOrder);

        Event added = moved;
        added.id = QStringLiteral("ev-added");
        added.date =
                PartialDate::month(2030, 6); // same start, coarser: after the day when ascending
        f.document.undoStack()->push(EditCommands::addEvent(&f.document, added));
        QCOMPARE(f.proxy.index(0, 0).data(Roles::Id).toString(), QStringLiteral("ev-added"));
        QCOMPARE(f.proxy.index(1, 0).data(Roles::Id).toString(), id);
        checkOrder(f.proxy, Qt::DescendingOrder);
        f.document.undoStack()->undo();
        f.document.undoStack()->undo();
        QCOMPARE(selection.currentIndex().data(Roles::Id).toString(), id);
        QCOMPARE(selection.currentIndex().row(), f.proxy.rowCount() - 1);
        checkOrder(f.proxy, Qt::DescendingOrder);
    }

    // The kind every row hands the filter is one shared text per kind, not a copy per row (at a
    // million events the copies were 35 MB).
    void rowsShareTheirKindText()
    {
        Fixture f;
        f.loadSynthetic(500, 10, false);
        QHash<QString, const QChar *> textOf;
        QStringList kept; // alive, so no row's text can reuse a freed one's place
        for (int row = 0; row < f.model.rowCount(); ++row) {
            const QString kind =
                    kept.emplaceBack(f.model.index(row, 0).data(Roles::Kind).toString());
            QVERIFY(!kind.isEmpty());
            const QChar *&text = textOf[kind];
            if (!text)
                text = kind.constData();
            QCOMPARE(kind.constData(), text);
        }
        QVERIFY(textOf.size() > 1);
    }

    // Any model with the roles will do (the document's table only makes it quicker): the
    // participant filter asks such a source for each row's participants.
    void participantOfAPlainModel()
    {
        QStandardItemModel source;
        const QList<std::pair<QString, QStringList>> rows{
            { QStringLiteral("a"), { QStringLiteral("kt"), QStringLiteral("microsoft") } },
            { QStringLiteral("b"), { QStringLiteral("sk-telecom") } },
            { QStringLiteral("c"), { QStringLiteral("microsoft") } },
        };
        for (const auto &[id, participants] : rows) {
            auto *item = new QStandardItem(id);
            item->setData(id, Roles::Id);
            item->setData(QDate(2024, 6, 1), Roles::DateStart);
            item->setData(QDate(2024, 6, 1), Roles::DateEnd);
            item->setData(QStringLiteral("partnership"), Roles::Kind);
            item->setData(participants, Roles::Participants);
            source.appendRow(item);
        }
        EventFilterProxy proxy;
        proxy.setSourceModel(&source);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setParticipant(QStringLiteral("microsoft"));
        QCOMPARE(acceptedSet(proxy), (QSet<QString>{ "a", "c" }));
        source.item(1)->setData(QStringList{ QStringLiteral("microsoft") }, Roles::Participants);
        QCOMPARE(acceptedSet(proxy), (QSet<QString>{ "a", "b", "c" }));
        proxy.setParticipant(QStringLiteral("kt"));
        QCOMPARE(acceptedSet(proxy), (QSet<QString>{ "a" }));
    }

    // Deleting the company the table follows changes its events all over the data (it leaves
    // each of them): the proxy takes them in one pass, so the table gets one change for the edit
    // (a layout change past a few runs), not one removal per run of rows, and matches a fresh
    // answer; undo brings them back.
    void scatteredChangesOfOneEditAreOnePass()
    {
        Fixture f;
        f.loadSynthetic(3000, 20, false);
        f.proxy.sort(EventTableModel::Date, Qt::AscendingOrder);
        const QString gone = f.document.data().entities.at(3).id;
        f.proxy.setParticipant(gone);
        const QStringList before = acceptedIds(f.proxy);
        QVERIFY(before.size() > 100);
        QSignalSpy layouts(&f.proxy, &QAbstractItemModel::layoutChanged);
        QSignalSpy removals(&f.proxy, &QAbstractItemModel::rowsRemoved);
        f.document.undoStack()->push(EditCommands::removeEntity(&f.document, gone));
        QCOMPARE(f.document.data().entity(gone), nullptr);
        QCOMPARE(f.proxy.rowCount(), 0);
        QCOMPARE(layouts.count() + removals.count(), 1);
        QCOMPARE(acceptedIds(f.proxy), expectedIds(f));
        f.document.undoStack()->undo();
        QCOMPARE(acceptedIds(f.proxy), before);
    }

    // Random filters, sorts and edits, each compared with the answer worked out from scratch:
    // the rows in the window and of the kinds, in sort order, ties in source order.
    void randomChangesMatchAFreshAnswer()
    {
        Fixture f;
        f.loadSynthetic(800, 25);
        QRandomGenerator random(20261201);
        const QDate first = f.document.dataStart();
        const int span = int(first.daysTo(f.document.dataEnd()));
        const QList<int> columns{ -1, int(EventTableModel::Date), int(EventTableModel::Title),
                                  int(EventTableModel::Amount) };
        int added = 0;
        const QList<Entity> &entities = f.document.data().entities;
        for (int step = 0; step < 160; ++step) {
            switch (random.bounded(8)) {
            case 6: // the table of one company's events, or of all
                f.proxy.setParticipant(random.bounded(3) == 0 ? QString()
                                                              : entities.at(random.bounded(4)).id);
                break;
            case 7: { // a company joins an event or leaves it, on the same date
                Event e = f.document.data().events.at(
                        random.bounded(f.document.data().events.size()));
                const QString id = entities.at(random.bounded(4)).id;
                if (e.involves(id) && e.participants.size() > 1)
                    e.participants.removeIf([&](const Participant &p) { return p.entityId == id; });
                else if (!e.involves(id))
                    e.participants.append({ id, Role::Partner });
                f.document.undoStack()->push(EditCommands::updateEvent(&f.document, e));
                break;
            }
            case 0: {
                const QDate from = first.addDays(random.bounded(span));
                f.document.setTimeWindow(from, from.addDays(random.bounded(10, 400)));
                break;
            }
            case 1:
                f.proxy.sort(columns.at(random.bounded(columns.size())),
                             random.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder);
                break;
            case 2:
                f.proxy.setKinds(random.bounded(2)
                                         ? KindSet{}
                                         : KindSet{ EventKind::Partnership, EventKind::Launch });
                break;
            case 3: {
                const QList<Event> &events = f.document.data().events;
                Event e = events.at(random.bounded(events.size()));
                e.date = PartialDate::day(2019 + random.bounded(6), 1 + random.bounded(12),
                                          1 + random.bounded(28));
                e.title.en = QStringLiteral("Changed %1").arg(step);
                f.document.undoStack()->push(EditCommands::updateEvent(&f.document, e));
                break;
            }
            case 4: {
                Event e = f.document.data().events.at(
                        random.bounded(f.document.data().events.size()));
                e.id = QStringLiteral("ev-random-%1").arg(++added);
                e.date = PartialDate::month(2019 + random.bounded(6), 1 + random.bounded(12));
                f.document.undoStack()->push(EditCommands::addEvent(&f.document, e));
                break;
            }
            default: {
                const QList<Event> &events = f.document.data().events;
                f.document.undoStack()->push(EditCommands::removeEvent(
                        &f.document, events.at(random.bounded(events.size())).id));
                if (random.bounded(3) == 0)
                    f.document.undoStack()->undo();
                break;
            }
            }
            QCOMPARE(acceptedIds(f.proxy), expectedIds(f));
        }
    }

    // The time window alone (what the timeline's steps change) is shown from each position's
    // dates kept in the order's order: across sorts, edits that move events in time, additions,
    // removals and undos in between the steps, the rows are always what a fresh pass gives, in
    // the sorted order.
    void windowStepsFollowSortsAndEdits()
    {
        Fixture f;
        f.loadSynthetic(600, 15);
        QRandomGenerator random(20261207);
        const QDate first = f.document.dataStart();
        const int span = int(first.daysTo(f.document.dataEnd()));
        const QList<int> columns{ -1, int(EventTableModel::Date), int(EventTableModel::Title) };
        int added = 0;
        int steps = 0;
        for (int step = 0; step < 240; ++step) {
            const QList<Event> &events = f.document.data().events;
            switch (random.bounded(10)) {
            case 0:
                f.proxy.sort(columns.at(random.bounded(columns.size())),
                             random.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder);
                break;
            case 1:
            case 2:
                moveAnEvent(f, random, first);
                break;
            case 3:
                addACopy(f, random, QStringLiteral("ev-window-%1").arg(++added));
                break;
            case 4:
                f.document.undoStack()->push(EditCommands::removeEvent(
                        &f.document, events.at(random.bounded(events.size())).id));
                break;
            case 5:
                f.document.undoStack()->undo();
                break;
            default: { // a step of the window, or all time
                ++steps;
                const QDate from = first.addDays(random.bounded(span));
                if (random.bounded(8) == 0)
                    f.document.resetTimeWindow();
                else
                    f.document.setTimeWindow(from, from.addDays(random.bounded(20, 500)));
                break;
            }
            }
            QCOMPARE(acceptedIds(f.proxy), expectedIds(f));
        }
        QVERIFY(steps > 80);
    }

    // Behind another tab the events table holds the window's steps (only the count follows);
    // across sorts, edits, other filters and steps while held, the rows are what a fresh pass
    // gives once the window is applied, and the count while held is theirs.
    void heldWindowIsAppliedAsAFreshAnswer()
    {
        Fixture f;
        f.loadSynthetic(600, 15);
        bool hidden = false;
        f.proxy.setHoldWindowWhile([&hidden] { return hidden; });
        QSignalSpy applied(&f.proxy, &EventFilterProxy::heldWindowApplied);
        QRandomGenerator random(20261208);
        const QDate first = f.document.dataStart();
        const int span = int(first.daysTo(f.document.dataEnd()));
        const QList<Entity> &entities = f.document.data().entities;
        int added = 0;
        int heldSteps = 0;
        int appliedByShow = 0;
        for (int step = 0; step < 300; ++step) {
            switch (random.bounded(12)) {
            case 0:
                f.proxy.sort(random.bounded(2) ? int(EventTableModel::Date) : -1,
                             random.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder);
                break;
            case 1:
                moveAnEvent(f, random, first);
                break;
            case 2:
                addACopy(f, random, QStringLiteral("ev-held-%1").arg(++added));
                break;
            case 3:
                f.document.undoStack()->undo();
                break;
            case 4: { // another filter applies the held window with it
                const QString was = f.proxy.participant();
                const QString next =
                        random.bounded(2) ? QString() : entities.at(random.bounded(4)).id;
                f.proxy.setParticipant(next);
                if (next != was)
                    QVERIFY(!f.proxy.hasHeldWindow());
                break;
            }
            case 5: // the table hidden or shown again
                hidden = !hidden;
                if (!hidden && f.proxy.hasHeldWindow()) {
                    const qsizetype before = applied.size();
                    f.proxy.applyHeldWindow();
                    QCOMPARE(applied.size(), before + 1);
                    ++appliedByShow;
                }
                break;
            default: { // a step of the window, or all time
                const auto window = [&f] {
                    return std::pair{ f.proxy.windowFrom(), f.proxy.windowTo() };
                };
                const auto before = window();
                const QDate from = first.addDays(random.bounded(span));
                if (random.bounded(8) == 0)
                    f.document.resetTimeWindow();
                else
                    f.document.setTimeWindow(from, from.addDays(random.bounded(20, 500)));
                if (!hidden) {
                    QVERIFY(!f.proxy.hasHeldWindow());
                } else if (window() != before && f.proxy.participant().isEmpty()) {
                    QVERIFY(f.proxy.hasHeldWindow());
                    ++heldSteps;
                }
                break;
            }
            }
            const QStringList expected = expectedIds(f);
            QCOMPARE(f.proxy.shownCount(), int(expected.size()));
            if (!f.proxy.hasHeldWindow())
                QCOMPARE(acceptedIds(f.proxy), expected);
        }
        hidden = false;
        f.proxy.applyHeldWindow();
        QCOMPARE(acceptedIds(f.proxy), expectedIds(f));
        QVERIFY(heldSteps > 40);
        QVERIFY(appliedByShow > 5);
    }

    void syntheticData()
    {
        Fixture f;
        f.loadSynthetic(500, 40, false);
        QCOMPARE(f.model.rowCount(), 500);
        f.proxy.followDocument(&f.document);
        f.proxy.sort(EventTableModel::Date, Qt::AscendingOrder);
        f.document.setTimeWindow(QDate(2022, 1, 1), QDate(2022, 12, 31));
        const int inWindow = f.proxy.rowCount();
        QVERIFY(inWindow > 0 && inWindow < 500);
        QDate previous;
        for (int row = 0; row < f.proxy.rowCount(); ++row) {
            const QModelIndex index = f.proxy.index(row, 0);
            const QDate start = index.data(Roles::DateStart).toDate();
            const QDate end = index.data(Roles::DateEnd).toDate();
            QVERIFY(start <= QDate(2022, 12, 31) && end >= QDate(2022, 1, 1));
            QVERIFY(!previous.isValid() || previous <= start);
            previous = start;
        }
        f.proxy.setText(QStringLiteral("회사 1"));
        QVERIFY(f.proxy.rowCount() > 0);
        f.proxy.setKinds({ EventKind::Partnership });
        f.document.setLanguage(Language::Korean);
        f.proxy.setParticipant(QStringLiteral("c1"));
        f.document.resetTimeWindow();
        f.proxy.setText({});
        f.proxy.setKinds({});
        f.proxy.setParticipant({});
        QCOMPARE(f.proxy.rowCount(), 500);
        SyntheticOptions options;
        options.seed = 7;
        options.events = 120;
        options.companies = 40;
        f.document.setData(makeSyntheticDataset(options));
        QCOMPARE(f.proxy.rowCount(), 120);
        f.document.setData({});
        QCOMPARE(f.proxy.rowCount(), 0);
    }

private:
    static void checkOrder(const QAbstractItemModel &proxy, Qt::SortOrder order)
    {
        for (int row = 1; row < proxy.rowCount(); ++row) {
            QDate a = proxy.index(row - 1, 0).data(Roles::DateStart).toDate();
            QDate b = proxy.index(row, 0).data(Roles::DateStart).toDate();
            if (order == Qt::DescendingOrder)
                std::swap(a, b);
            QVERIFY2(a <= b, qPrintable(QStringLiteral("row %1 out of order").arg(row)));
        }
    }

    // What the proxy must show, worked out from the source rows alone.
    // An event moved in time near the window's start, often across its edge (an undoable edit).
    static void moveAnEvent(Fixture &f, QRandomGenerator &random, const QDate &first)
    {
        const QList<Event> &events = f.document.data().events;
        Event e = events.at(random.bounded(events.size()));
        const QDate from = f.proxy.windowFrom().isValid() ? f.proxy.windowFrom() : first;
        const QDate day = from.addDays(random.bounded(-40, 40));
        e.date = PartialDate::day(day.year(), day.month(), day.day());
        f.document.undoStack()->push(EditCommands::updateEvent(&f.document, e));
    }

    // A copy of a random event added under the id (an undoable edit).
    static void addACopy(Fixture &f, QRandomGenerator &random, const QString &id)
    {
        const QList<Event> &events = f.document.data().events;
        Event e = events.at(random.bounded(events.size()));
        e.id = id;
        f.document.undoStack()->push(EditCommands::addEvent(&f.document, e));
    }

    static QStringList expectedIds(const Fixture &f)
    {
        const QAbstractItemModel &model = f.model;
        QList<int> rows;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            const QDate start = index.data(Roles::DateStart).toDate();
            QDate end = index.data(Roles::DateEnd).toDate();
            if (!end.isValid())
                end = start;
            const QDate from = f.proxy.windowFrom();
            const QDate to = f.proxy.windowTo();
            if ((from.isValid() || to.isValid())
                && (!start.isValid() || (to.isValid() && start > to)
                    || (from.isValid() && end < from)))
                continue;
            const auto kind = fromKey<EventKind>(index.data(Roles::Kind).toString());
            if (!f.proxy.kinds().isEmpty() && (!kind || !f.proxy.kinds().contains(*kind)))
                continue;
            if (!f.proxy.participant().isEmpty()
                && !index.data(Roles::Participants).toStringList().contains(f.proxy.participant()))
                continue;
            rows << row;
        }
        const int column = f.proxy.sortColumn();
        const auto key = [&model, column](int row) -> QVariant {
            if (column == EventTableModel::Date) {
                const QModelIndex index = model.index(row, 0);
                const QDate start = index.data(Roles::DateStart).toDate();
                // Undated last; otherwise by start, then end.
                return start.isValid() ? QVariant(
                               QString::number(start.toJulianDay()).rightJustified(10, u'0')
                               + QString::number(index.data(Roles::DateEnd).toDate().toJulianDay())
                                         .rightJustified(10, u'0'))
                                       : QVariant();
            }
            return model.index(row, column).data(Roles::SortKey);
        };
        const auto less = [](const QVariant &a, const QVariant &b) {
            if (!a.isValid())
                return false;
            if (!b.isValid())
                return true;
            if (a.userType() == QMetaType::Double)
                return a.toDouble() < b.toDouble();
            return a.toString().compare(b.toString(), Qt::CaseInsensitive) < 0;
        };
        if (column >= 0) {
            const bool ascending = f.proxy.sortOrder() == Qt::AscendingOrder;
            std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
                return ascending ? less(key(a), key(b)) : less(key(b), key(a));
            });
        }
        QStringList ids;
        for (int row : rows)
            ids << model.index(row, 0).data(Roles::Id).toString();
        return ids;
    }
};

QTEST_GUILESS_MAIN(TestEventFilterProxy)
#include "tst_eventfilterproxy.moc"
