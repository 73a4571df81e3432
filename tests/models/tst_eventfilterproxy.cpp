// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/syntheticdataset.h"
#include "models/document.h"
#include "models/eventfilterproxy.h"
#include "models/eventtablemodel.h"
#include "models/roles.h"
#include "testdataset.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace atlas;

using KindSet = QSet<EventKind>;
Q_DECLARE_METATYPE(KindSet)

namespace {

const QStringList kAll{"ev-kt-ms", "ev-kt-plan", "ev-skt-pplx", "ev-kt-earn", "ev-lgu-ixi", "ev-gtaa"};

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
        EventTableModel model{&document};
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
            << QDate(2024, 9, 1) << QDate(2024, 9, 27) << QStringList{"ev-kt-ms", "ev-lgu-ixi"};
        QTest::newRow("ending the day before excludes it")
            << QDate(2024, 9, 1) << QDate(2024, 9, 26) << QStringList{"ev-lgu-ixi"};
        QTest::newRow("starting on the day of the event includes it")
            << QDate(2024, 9, 27) << QDate(2024, 12, 31) << QStringList{"ev-kt-ms", "ev-lgu-ixi"};
        QTest::newRow("starting the day after excludes it")
            << QDate(2024, 9, 28) << QDate(2024, 12, 31) << QStringList{"ev-lgu-ixi"};
        QTest::newRow("single-day window")
            << QDate(2024, 9, 27) << QDate(2024, 9, 27) << QStringList{"ev-kt-ms", "ev-lgu-ixi"};
        QTest::newRow("month event overlaps a window from its last third")
            << QDate(2024, 6, 20) << QDate(2024, 7, 5) << QStringList{"ev-skt-pplx", "ev-lgu-ixi"};
        QTest::newRow("day event on the 1st is not in a window from the 2nd")
            << QDate(2024, 6, 2) << QDate(2024, 6, 30) << QStringList{"ev-skt-pplx"};
        QTest::newRow("quarter event in its last day")
            << QDate(2024, 9, 30) << QDate(2024, 9, 30) << QStringList{"ev-lgu-ixi"};
        QTest::newRow("quarter event out the day after")
            << QDate(2024, 10, 1) << QDate(2024, 10, 31) << QStringList();
        QTest::newRow("year event in its last day")
            << QDate(2025, 12, 31) << QDate(2026, 1, 31) << QStringList{"ev-kt-plan"};
        QTest::newRow("open start") << QDate() << QDate(2024, 9, 26)
                                    << QStringList{"ev-skt-pplx", "ev-kt-earn", "ev-lgu-ixi", "ev-gtaa"};
        QTest::newRow("open end") << QDate(2024, 10, 1) << QDate() << QStringList{"ev-kt-plan"};
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
        QTest::newRow("partnership") << KindSet{EventKind::Partnership} << QStringList{"ev-kt-ms"};
        QTest::newRow("launch and plan") << KindSet{EventKind::Launch, EventKind::Plan}
                                         << QStringList{"ev-lgu-ixi", "ev-kt-plan"};
        QTest::newRow("a kind nobody has") << KindSet{EventKind::Regulation} << QStringList();
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
        QTest::newRow("KT") << QStringLiteral("kt") << QStringList{"ev-kt-ms", "ev-kt-plan", "ev-kt-earn"};
        QTest::newRow("SK Telecom") << QStringLiteral("sk-telecom") << QStringList{"ev-skt-pplx", "ev-gtaa"};
        QTest::newRow("Perplexity") << QStringLiteral("perplexity") << QStringList{"ev-skt-pplx"};
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
        QTest::newRow("English word in a title") << QStringLiteral("microsoft") << QStringList{"ev-kt-ms"};
        QTest::newRow("ignores case") << QStringLiteral("MICROSOFT") << QStringList{"ev-kt-ms"};
        QTest::newRow("Korean word") << QStringLiteral("마이크로소프트") << QStringList{"ev-kt-ms"};
        QTest::newRow("Korean title only") << QStringLiteral("익시오") << QStringList{"ev-lgu-ixi"};
        QTest::newRow("ticker of a participant") << QStringLiteral("030200")
                                                 << QStringList{"ev-kt-ms", "ev-kt-plan", "ev-kt-earn"};
        QTest::newRow("ticker with exchange") << QStringLiteral("krx:017670") << QStringList{"ev-skt-pplx", "ev-gtaa"};
        QTest::newRow("participant name only") << QStringLiteral("SK Telecom")
                                               << QStringList{"ev-skt-pplx", "ev-gtaa"};
        QTest::newRow("Korean participant name only") << QStringLiteral("퍼플렉시티") << QStringList{"ev-skt-pplx"};
        QTest::newRow("English summary") << QStringLiteral("deutsche") << QStringList{"ev-gtaa"};
        QTest::newRow("Korean summary") << QStringLiteral("클라우드") << QStringList{"ev-kt-ms"};
        QTest::newRow("every word must match") << QStringLiteral("KT partnership") << QStringList{"ev-kt-ms"};
        QTest::newRow("words in two languages") << QStringLiteral("KT 계획") << QStringList{"ev-kt-plan"};
        QTest::newRow("nothing matches") << QStringLiteral("nokia") << QStringList();
    }
    void text()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        // Whatever the display language, both languages are searched.
        for (Language lang : {Language::English, Language::Korean}) {
            Fixture f;
            f.document.setLanguage(lang);
            f.proxy.setText(text);
            QCOMPARE(f.proxy.text(), text);
            QCOMPARE(acceptedSet(f.proxy), TestData::toSet(expected));
        }
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
            << jun1 << sep30 << KindSet{} << QStringLiteral("kt") << QString() << QStringList{"ev-kt-ms", "ev-kt-earn"};
        QTest::newRow("window, participant and kind")
            << jun1 << sep30 << KindSet{EventKind::Earnings} << QStringLiteral("kt") << QString()
            << QStringList{"ev-kt-earn"};
        QTest::newRow("participant and Korean text")
            << QDate() << QDate() << KindSet{} << QStringLiteral("kt") << QStringLiteral("마이크로소프트")
            << QStringList{"ev-kt-ms"};
        QTest::newRow("window cuts the text match")
            << QDate() << QDate(2024, 9, 26) << KindSet{} << QString() << QStringLiteral("microsoft") << QStringList();
        QTest::newRow("kind and ticker")
            << QDate() << QDate() << KindSet{EventKind::Plan, EventKind::Investment} << QString()
            << QStringLiteral("030200") << QStringList{"ev-kt-plan"};
        QTest::newRow("participant with another company's text")
            << QDate() << QDate() << KindSet{} << QStringLiteral("lg-uplus") << QStringLiteral("perplexity")
            << QStringList();
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
        const QStringList ascending{"ev-gtaa", "ev-skt-pplx", "ev-lgu-ixi", "ev-kt-earn", "ev-kt-ms", "ev-kt-plan"};
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

    void sortByOtherColumns()
    {
        Fixture f;
        f.proxy.sort(EventTableModel::Amount, Qt::AscendingOrder);
        // 10 million (USD) before 494 billion (KRW) by raw value; events with no number last.
        const QStringList ids = acceptedIds(f.proxy);
        QCOMPARE(ids.mid(0, 2), (QStringList{"ev-skt-pplx", "ev-kt-earn"}));
        f.proxy.sort(EventTableModel::Title, Qt::AscendingOrder);
        QCOMPARE(acceptedIds(f.proxy).first(), QStringLiteral("ev-gtaa")); // "Global Telco AI Alliance founded"
        QCOMPARE(acceptedIds(f.proxy).last(), QStringLiteral("ev-skt-pplx")); // "SK Telecom invests in Perplexity"
    }

    void followDocument()
    {
        Fixture f;
        f.document.setTimeWindow(QDate(2024, 9, 1), QDate(2024, 9, 26));
        QCOMPARE(acceptedSet(f.proxy), TestData::toSet(kAll)); // not following yet
        f.proxy.followDocument(&f.document);
        QCOMPARE(f.proxy.windowFrom(), QDate(2024, 9, 1));
        QCOMPARE(f.proxy.windowTo(), QDate(2024, 9, 26));
        QCOMPARE(acceptedSet(f.proxy), (QSet<QString>{"ev-lgu-ixi"}));
        f.document.setTimeWindow(QDate(2024, 9, 1), QDate(2024, 9, 27));
        QCOMPARE(acceptedSet(f.proxy), (QSet<QString>{"ev-lgu-ixi", "ev-kt-ms"}));
        f.document.resetTimeWindow();
        QCOMPARE(acceptedSet(f.proxy), TestData::toSet(kAll));
        // A new dataset opens the window again, and the proxy follows.
        f.document.setTimeWindow(QDate(2025, 1, 1), QDate());
        QCOMPARE(acceptedSet(f.proxy), (QSet<QString>{"ev-kt-plan"}));
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
        SyntheticOptions options;
        options.events = 4000;
        options.companies = 30;
        f.document.setData(makeSyntheticDataset(options));
        f.proxy.followDocument(&f.document);
        if (sortColumn >= 0)
            f.proxy.sort(sortColumn, Qt::AscendingOrder);
        f.proxy.setKinds({EventKind::Partnership, EventKind::Investment, EventKind::Launch});

        const auto expectedIn = [&f](const QDate &from, const QDate &to) {
            QSet<QString> ids;
            const QSet<QString> kinds{keyOf(EventKind::Partnership), keyOf(EventKind::Investment),
                                      keyOf(EventKind::Launch)};
            for (int row = 0; row < f.model.rowCount(); ++row) {
                const QModelIndex index = f.model.index(row, 0);
                const QDate start = index.data(Roles::DateStart).toDate();
                QDate end = index.data(Roles::DateEnd).toDate();
                if (!end.isValid())
                    end = start;
                if (start.isValid() && start <= to && end >= from && kinds.contains(index.data(Roles::Kind).toString()))
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
                            || (a.data(Roles::DateStart).toDate() == b.data(Roles::DateStart).toDate()
                                && a.data(Roles::DateEnd).toDate() <= b.data(Roles::DateEnd).toDate()));
                    break;
                case EventTableModel::Title:
                    QVERIFY(a.siblingAtColumn(EventTableModel::Title)
                                .data()
                                .toString()
                                .compare(b.siblingAtColumn(EventTableModel::Title).data().toString(), Qt::CaseInsensitive)
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
                    QVERIFY(f.model.rowOf(a.data(Roles::Id).toString()) < f.model.rowOf(b.data(Roles::Id).toString()));
                }
            }
        }
        QVERIFY(movesKeepingARow > 0);
    }

    void syntheticData()
    {
        Fixture f;
        SyntheticOptions options;
        options.events = 500;
        options.companies = 40;
        f.document.setData(makeSyntheticDataset(options));
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
        f.proxy.setKinds({EventKind::Partnership});
        f.document.setLanguage(Language::Korean);
        f.proxy.setParticipant(QStringLiteral("c1"));
        f.document.resetTimeWindow();
        f.proxy.setText({});
        f.proxy.setKinds({});
        f.proxy.setParticipant({});
        QCOMPARE(f.proxy.rowCount(), 500);
        options.seed = 7;
        options.events = 120;
        f.document.setData(makeSyntheticDataset(options));
        QCOMPARE(f.proxy.rowCount(), 120);
        f.document.setData({});
        QCOMPARE(f.proxy.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEventFilterProxy)
#include "tst_eventfilterproxy.moc"
