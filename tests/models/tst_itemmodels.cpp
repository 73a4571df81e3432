// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/syntheticdataset.h"
#include "models/document.h"
#include "models/entitylistmodel.h"
#include "models/eventfilterproxy.h"
#include "models/eventtablemodel.h"
#include "models/financialseriesmodel.h"
#include "models/financialtablemodel.h"
#include "models/relationshipmodel.h"
#include "models/roles.h"
#include "testdataset.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>
#include <vector>

using namespace atlas;

Q_DECLARE_METATYPE(atlas::Language)

namespace {

const QChar kMinus(0x2212);

// Every model of the folder on one document, each watched by a model tester from before the
// first data arrives, so every later reset, language switch and window change is checked.
struct Fixture
{
    Document document;
    EntityListModel entities{ &document };
    EventTableModel events{ &document };
    EventFilterProxy eventProxy;
    FinancialTableModel financials{ &document };
    FinancialSeriesModel series{ &document };
    RelationshipModel relationships{ &document };
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;

    explicit Fixture(bool load = true)
    {
        eventProxy.setSourceModel(&events);
        eventProxy.followDocument(&document);
        for (QAbstractItemModel *m : models())
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                    m, QAbstractItemModelTester::FailureReportingMode::QtTest));
        if (load)
            document.setData(TestData::makeDataset());
    }
    QList<QAbstractItemModel *> models()
    {
        return { &entities, &events, &eventProxy, &financials, &series, &relationships };
    }
};

int rowOfId(const QAbstractItemModel &model, const QString &id)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(Roles::Id).toString() == id)
            return row;
    }
    return -1;
}

QStringList ids(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, 0).data(Roles::Id).toString();
    return out;
}

QString text(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // --- EntityListModel -------------------------------------------------------------------

    void entityDisplay_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("column");
        QTest::addColumn<Language>("language");
        QTest::addColumn<QString>("expected");
        using C = EntityListModel::Column;
        QTest::newRow("English name")
                << "microsoft" << int(C::Name) << Language::English << "Microsoft";
        QTest::newRow("Korean name")
                << "microsoft" << int(C::Name) << Language::Korean << "마이크로소프트";
        QTest::newRow("Korean falls back to English")
                << "ixi-o" << int(C::Name) << Language::Korean << "ixi-O";
        QTest::newRow("kind label") << "gtaa" << int(C::Kind) << Language::English << "Alliance";
        QTest::newRow("ticker") << "kt" << int(C::Ticker) << Language::Korean << "KRX:030200";
        QTest::newRow("no ticker") << "perplexity" << int(C::Ticker) << Language::English << "";
    }
    void entityDisplay()
    {
        QFETCH(QString, id);
        QFETCH(int, column);
        QFETCH(Language, language);
        QFETCH(QString, expected);
        Fixture f;
        f.document.setLanguage(language);
        const int row = rowOfId(f.entities, id);
        QVERIFY(row >= 0);
        QCOMPARE(row, f.entities.rowOf(id));
        QCOMPARE(text(f.entities, row, column), expected);
    }

    void entityRoles()
    {
        Fixture f;
        QCOMPARE(f.entities.rowCount(), 7);
        QCOMPARE(f.entities.columnCount(), int(EntityListModel::ColumnCount));
        QCOMPARE(ids(f.entities),
                 (QStringList{ "kt", "microsoft", "sk-telecom", "perplexity", "lg-uplus", "gtaa",
                               "ixi-o" }));
        const QModelIndex ms = f.entities.index(1, EntityListModel::Ticker);
        QCOMPARE(ms.data(Roles::Id).toString(), QStringLiteral("microsoft"));
        QCOMPARE(ms.data(Roles::Kind).toString(), QStringLiteral("company"));
        const QString search = ms.data(Roles::SearchText).toString();
        QVERIFY(search.contains(QStringLiteral("Microsoft")));
        QVERIFY(search.contains(QStringLiteral("마이크로소프트")));
        QVERIFY(search.contains(QStringLiteral("NASDAQ:MSFT")));
        QCOMPARE(f.entities.headerData(EntityListModel::Name, Qt::Horizontal).toString(),
                 QStringLiteral("Name"));
        QCOMPARE(f.entities.index(5, 0).data(Roles::Kind).toString(), QStringLiteral("alliance"));
    }

    // --- EventTableModel -------------------------------------------------------------------

    void eventDisplay_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("column");
        QTest::addColumn<Language>("language");
        QTest::addColumn<QString>("expected");
        using C = EventTableModel::Column;
        const auto en = Language::English;
        const auto ko = Language::Korean;
        QTest::newRow("day date") << "ev-kt-ms" << int(C::Date) << en << "27 September 2024";
        QTest::newRow("day date, Korean") << "ev-kt-ms" << int(C::Date) << ko << "2024년 9월 27일";
        QTest::newRow("month date") << "ev-skt-pplx" << int(C::Date) << en << "June 2024";
        QTest::newRow("month date, Korean") << "ev-skt-pplx" << int(C::Date) << ko << "2024년 6월";
        QTest::newRow("quarter date") << "ev-lgu-ixi" << int(C::Date) << en << "Q3 2024";
        QTest::newRow("quarter date, Korean")
                << "ev-lgu-ixi" << int(C::Date) << ko << "2024년 3분기";
        QTest::newRow("year date, Korean") << "ev-kt-plan" << int(C::Date) << ko << "2025년";
        QTest::newRow("kind") << "ev-skt-pplx" << int(C::Kind) << en << "Investment";
        QTest::newRow("title") << "ev-lgu-ixi" << int(C::Title) << en << "LG Uplus launches ixi-O";
        QTest::newRow("title, Korean")
                << "ev-lgu-ixi" << int(C::Title) << ko << "LG유플러스, 익시오 출시";
        QTest::newRow("participants")
                << "ev-kt-ms" << int(C::Participants) << en << "KT, Microsoft";
        QTest::newRow("participants, Korean")
                << "ev-gtaa" << int(C::Participants) << ko << "글로벌 텔코 AI 얼라이언스, SK텔레콤";
        QTest::newRow("exact amount")
                << "ev-kt-earn" << int(C::Amount) << en << "KRW 494.0 billion";
        QTest::newRow("exact amount, Korean")
                << "ev-kt-earn" << int(C::Amount) << ko << "4,940억 원";
        QTest::newRow("dollars, Korean") << "ev-skt-pplx" << int(C::Amount) << ko << "1,000만 달러";
        QTest::newRow("indicative amount")
                << "ev-kt-ms" << int(C::Amount) << en << "several trillion won over five years";
        QTest::newRow("indicative amount, Korean")
                << "ev-kt-ms" << int(C::Amount) << ko << "5년간 수조 원";
        QTest::newRow("no amount") << "ev-gtaa" << int(C::Amount) << en << "";
    }
    void eventDisplay()
    {
        QFETCH(QString, id);
        QFETCH(int, column);
        QFETCH(Language, language);
        QFETCH(QString, expected);
        Fixture f;
        f.document.setLanguage(language);
        const int row = f.events.rowOf(id);
        QVERIFY(row >= 0);
        QCOMPARE(text(f.events, row, column), expected);
    }

    void eventRoles()
    {
        Fixture f;
        QCOMPARE(f.events.rowCount(), 6);
        QCOMPARE(f.events.columnCount(), int(EventTableModel::ColumnCount));
        const int row = f.events.rowOf(QStringLiteral("ev-skt-pplx"));
        const QModelIndex i = f.events.index(row, EventTableModel::Title);
        QCOMPARE(i.data(Roles::Id).toString(), QStringLiteral("ev-skt-pplx"));
        QCOMPARE(i.data(Roles::Kind).toString(), QStringLiteral("investment"));
        QCOMPARE(i.data(Roles::DateStart).toDate(), QDate(2024, 6, 1));
        QCOMPARE(i.data(Roles::DateEnd).toDate(), QDate(2024, 6, 30));
        QCOMPARE(i.data(Roles::Participants).toStringList(),
                 (QStringList{ "sk-telecom", "perplexity" }));
        QCOMPARE(i.data(Roles::Value).toDouble(), 10e6);
        QVERIFY(!f.events.index(f.events.rowOf(QStringLiteral("ev-gtaa")), 0)
                         .data(Roles::Value)
                         .isValid());
        // The tooltip is the summary, in the document language.
        const int ktMs = f.events.rowOf(QStringLiteral("ev-kt-ms"));
        QCOMPARE(text(f.events, ktMs, EventTableModel::Title, Qt::ToolTipRole),
                 QStringLiteral("A five-year cooperation on AI and cloud."));
        f.document.setLanguage(Language::Korean);
        QCOMPARE(text(f.events, ktMs, EventTableModel::Title, Qt::ToolTipRole),
                 QStringLiteral("AI와 클라우드 분야 5년 협력."));
        QCOMPARE(f.events.headerData(EventTableModel::Date, Qt::Horizontal).toString(),
                 QStringLiteral("Date"));
        QCOMPARE(f.events.headerData(EventTableModel::Amount, Qt::Horizontal).toString(),
                 QStringLiteral("Amount"));
    }

    // A language switch re-renders every model in place: no reset, so views keep selection
    // and scroll position.
    void languageSwitchKeepsModels()
    {
        Fixture f;
        f.series.setCompany(QStringLiteral("kt"));
        std::vector<std::unique_ptr<QSignalSpy>> resets;
        std::vector<std::unique_ptr<QSignalSpy>> changes;
        const QList<QAbstractItemModel *> models{ &f.entities, &f.events, &f.financials, &f.series,
                                                  &f.relationships };
        for (QAbstractItemModel *m : models) {
            resets.push_back(std::make_unique<QSignalSpy>(m, &QAbstractItemModel::modelReset));
            changes.push_back(std::make_unique<QSignalSpy>(m, &QAbstractItemModel::dataChanged));
        }
        QSignalSpy seriesHeaders(&f.series, &QAbstractItemModel::headerDataChanged);
        f.document.setLanguage(Language::Korean);
        for (qsizetype i = 0; i < models.size(); ++i) {
            QCOMPARE(resets.at(std::size_t(i))->count(), 0);
            QCOMPARE(changes.at(std::size_t(i))->count(), 1);
        }
        QVERIFY(seriesHeaders.count() >= 1);
        QCOMPARE(f.series.headerData(0, Qt::Vertical).toString(), QStringLiteral("2023년 2분기"));
        QCOMPARE(text(f.events, f.events.rowOf(QStringLiteral("ev-skt-pplx")),
                      EventTableModel::Date),
                 QStringLiteral("2024년 6월"));
    }

    // --- FinancialTableModel ---------------------------------------------------------------

    void financialTable_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<Language>("language");
        QTest::addColumn<QStringList>("expected"); // Company, Quarter, Metric, Value, Change
        const auto en = Language::English;
        const auto ko = Language::Korean;
        // Sorted by company (dataset order: KT before SK Telecom), quarter, metric.
        QTest::newRow("KT 2Q23 revenue, no base a year earlier")
                << 0 << en << QStringList{ "KT", "Q2 2023", "Revenue", "KRW 6.55 trillion", "" };
        QTest::newRow("KT 2Q23 operating profit")
                << 1 << en
                << QStringList{ "KT", "Q2 2023", "Operating profit", "KRW 576.1 billion", "" };
        QTest::newRow("KT 1Q24 revenue, base quarter missing")
                << 2 << en << QStringList{ "KT", "Q1 2024", "Revenue", "KRW 6.65 trillion", "" };
        QTest::newRow("KT 2Q24 revenue, flat year on year")
                << 4 << en
                << QStringList{ "KT", "Q2 2024", "Revenue", "KRW 6.55 trillion", "0.0%" };
        QTest::newRow("KT 2Q24 operating profit, down 14.3%")
                << 5 << en
                << QStringList{ "KT", "Q2 2024", "Operating profit", "KRW 494.0 billion",
                                kMinus + QStringLiteral("14.3%") };
        QTest::newRow("KT 2Q24 revenue, Korean")
                << 4 << ko
                << QStringList{ "KT", "2024년 2분기", "Revenue", "6조 5,464억 원", "0.0%" };
        QTest::newRow("KT 2Q24 operating profit, Korean")
                << 5 << ko
                << QStringList{ "KT", "2024년 2분기", "Operating profit", "4,940억 원",
                                kMinus + QStringLiteral("14.3%") };
        QTest::newRow("SK Telecom last")
                << 6 << ko
                << QStringList{ "SK텔레콤", "2024년 2분기", "Revenue", "4조 3,224억 원", "" };
    }
    void financialTable()
    {
        QFETCH(int, row);
        QFETCH(Language, language);
        QFETCH(QStringList, expected);
        Fixture f;
        f.document.setLanguage(language);
        QCOMPARE(f.financials.rowCount(), 7);
        QCOMPARE(f.financials.columnCount(), int(FinancialTableModel::ColumnCount));
        QStringList actual;
        for (int column = 0; column < FinancialTableModel::ColumnCount; ++column)
            actual << text(f.financials, row, column);
        QCOMPARE(actual, expected);
    }

    // A figure's note (the one-off item behind it) goes with the number on hover, in the
    // document's language.
    void financialTableToolTipCarriesTheNote()
    {
        Fixture f(false);
        Dataset d = TestData::makeDataset();
        for (FinancialFigure &fig : d.financials) {
            if (fig.companyId == QLatin1String("kt") && fig.quarter == PartialDate::quarter(2024, 2)
                && fig.metric == Metric::OperatingProfit)
                fig.note = { QStringLiteral("Wage-deal cost booked early."),
                             QStringLiteral("임금 협상 비용 조기 반영.") };
        }
        f.document.setData(d);
        const QModelIndex op = f.financials.index(5, FinancialTableModel::Value);
        QCOMPARE(op.data(Roles::Value).toDouble(), 494.0e9);
        QVERIFY2(op.data(Qt::ToolTipRole)
                         .toString()
                         .endsWith(QStringLiteral("\nWage-deal cost booked early.")),
                 qPrintable(op.data(Qt::ToolTipRole).toString()));
        f.document.setLanguage(Language::Korean);
        QVERIFY(op.data(Qt::ToolTipRole)
                        .toString()
                        .endsWith(QStringLiteral("임금 협상 비용 조기 반영.")));
        const QModelIndex revenue = f.financials.index(4, FinancialTableModel::Value);
        QVERIFY(!revenue.data(Qt::ToolTipRole).toString().contains(QStringLiteral("임금")));
    }

    void financialTableRoles()
    {
        Fixture f;
        const QModelIndex op = f.financials.index(5, FinancialTableModel::Value);
        QCOMPARE(op.data(Roles::Value).toDouble(), 494.0e9);
        QCOMPARE(op.data(Roles::Kind).toString(), QStringLiteral("operating-profit"));
        QCOMPARE(op.data(Roles::DateStart).toDate(), QDate(2024, 4, 1));
        QCOMPARE(op.data(Roles::DateEnd).toDate(), QDate(2024, 6, 30));
        const QString tip = op.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("KT Investor Relations")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("K-IFRS")), qPrintable(tip));
        QVERIFY(f.financials.changeAt(5).has_value());
        QCOMPARE(qRound(*f.financials.changeAt(5) * 1000), -143);
        QVERIFY(!f.financials.changeAt(0).has_value());
        QVERIFY(!f.financials.changeAt(99).has_value());
        QCOMPARE(f.financials.headerData(FinancialTableModel::Change, Qt::Horizontal).toString(),
                 QStringLiteral("Change (YoY)"));
        // New data: rows and changes are computed again.
        Dataset d = TestData::makeDataset();
        d.financials.removeIf(
                [](const FinancialFigure &fig) { return fig.quarter.yearValue() == 2023; });
        f.document.setData(d);
        QCOMPARE(f.financials.rowCount(), 5);
        for (int row = 0; row < f.financials.rowCount(); ++row)
            QCOMPARE(text(f.financials, row, FinancialTableModel::Change), QString());
    }

    // --- FinancialSeriesModel --------------------------------------------------------------

    void financialSeries_data()
    {
        QTest::addColumn<QString>("company");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QStringList>("quarters");
        QTest::newRow("KT, whole data")
                << "kt" << QDate() << QDate() << QStringList{ "Q2 2023", "Q1 2024", "Q2 2024" };
        QTest::newRow("KT, first half of 2024") << "kt" << QDate(2024, 1, 1) << QDate(2024, 6, 30)
                                                << QStringList{ "Q1 2024", "Q2 2024" };
        QTest::newRow("a day inside a quarter brings the quarter")
                << "kt" << QDate(2024, 5, 15) << QDate(2024, 5, 15) << QStringList{ "Q2 2024" };
        QTest::newRow("last day of Q1 through open end")
                << "kt" << QDate(2024, 3, 31) << QDate() << QStringList{ "Q1 2024", "Q2 2024" };
        QTest::newRow("open start to last day of Q1")
                << "kt" << QDate() << QDate(2024, 3, 31) << QStringList{ "Q2 2023", "Q1 2024" };
        QTest::newRow("a window with no quarter")
                << "kt" << QDate(2023, 7, 1) << QDate(2023, 12, 31) << QStringList();
        QTest::newRow("another company")
                << "sk-telecom" << QDate() << QDate() << QStringList{ "Q2 2024" };
        QTest::newRow("a company without figures")
                << "microsoft" << QDate() << QDate() << QStringList();
        QTest::newRow("no company") << "" << QDate() << QDate() << QStringList();
    }
    void financialSeries()
    {
        QFETCH(QString, company);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QStringList, quarters);
        Fixture f;
        QSignalSpy companySpy(&f.series, &FinancialSeriesModel::companyChanged);
        f.series.setCompany(company);
        QCOMPARE(companySpy.count(), company.isEmpty() ? 0 : 1);
        f.document.setTimeWindow(from, to);
        QStringList actual;
        for (int row = 0; row < f.series.rowCount(); ++row)
            actual << f.series.headerData(row, Qt::Vertical).toString();
        QCOMPARE(actual, quarters);
        // Back to the whole data: the window no longer limits the rows.
        f.document.resetTimeWindow();
        QCOMPARE(f.series.rowCount(), company == QLatin1String("kt") ? 3 : int(quarters.size()));
    }

    void financialSeriesValues()
    {
        Fixture f;
        f.series.setCompany(QStringLiteral("kt"));
        QCOMPARE(f.series.columnCount(), 2);
        QCOMPARE(f.series.headerData(FinancialSeriesModel::Revenue, Qt::Horizontal).toString(),
                 QStringLiteral("Revenue"));
        QCOMPARE(f.series.headerData(FinancialSeriesModel::OperatingProfit, Qt::Horizontal)
                         .toString(),
                 QStringLiteral("Operating profit"));
        const double revenue[] = { 6547.5, 6654.6, 6546.4 };
        const double profit[] = { 576.1, 506.5, 494.0 };
        for (int row = 0; row < 3; ++row) {
            const QVariant r = f.series.index(row, FinancialSeriesModel::Revenue).data();
            const QVariant p = f.series.index(row, FinancialSeriesModel::OperatingProfit).data();
            QCOMPARE(r.typeId(), QMetaType::Double);
            QVERIFY2(qFuzzyCompare(r.toDouble(), revenue[row]), qPrintable(r.toString()));
            QVERIFY2(qFuzzyCompare(p.toDouble(), profit[row]), qPrintable(p.toString()));
        }
        QCOMPARE(f.series.index(2, FinancialSeriesModel::OperatingProfit)
                         .data(Roles::Value)
                         .toDouble(),
                 494.0e9);
        QCOMPARE(text(f.series, 2, FinancialSeriesModel::OperatingProfit, Qt::ToolTipRole),
                 QStringLiteral("KRW 494.0 billion"));
        QCOMPARE(f.series.quarterAt(2), PartialDate::quarter(2024, 2));
        f.document.setLanguage(Language::Korean);
        QCOMPARE(text(f.series, 2, FinancialSeriesModel::OperatingProfit, Qt::ToolTipRole),
                 QStringLiteral("4,940억 원"));
        QCOMPARE(f.series.headerData(2, Qt::Vertical).toString(), QStringLiteral("2024년 2분기"));
        // A missing figure is no value, not zero.
        f.series.setCompany(QStringLiteral("sk-telecom"));
        QCOMPARE(f.series.rowCount(), 1);
        QVERIFY(qFuzzyCompare(f.series.index(0, FinancialSeriesModel::Revenue).data().toDouble(),
                              4322.4));
        QVERIFY(!f.series.index(0, FinancialSeriesModel::OperatingProfit).data().isValid());
        // New data without that company empties the series.
        Dataset d = TestData::makeDataset();
        d.financials.removeIf([](const FinancialFigure &fig) {
            return fig.companyId == QLatin1String("sk-telecom");
        });
        f.document.setData(d);
        QCOMPARE(f.series.rowCount(), 0);
    }

    // --- RelationshipModel -----------------------------------------------------------------

    void relationshipWindow_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("whole data")
                << QDate() << QDate()
                << QStringList{ "rel-kt-ms", "rel-skt-pplx", "rel-skt-gtaa", "rel-lgu-ms" };
        QTest::newRow("ending 2024-09-26: KT-Microsoft not yet")
                << QDate(2024, 1, 1) << QDate(2024, 9, 26)
                << QStringList{ "rel-skt-pplx", "rel-skt-gtaa", "rel-lgu-ms" };
        QTest::newRow("ending 2024-09-30: KT-Microsoft present")
                << QDate(2024, 1, 1) << QDate(2024, 9, 30)
                << QStringList{ "rel-kt-ms", "rel-skt-pplx", "rel-skt-gtaa", "rel-lgu-ms" };
        QTest::newRow("after the LG Uplus partnership ended")
                << QDate(2024, 4, 1) << QDate(2024, 9, 30)
                << QStringList{ "rel-kt-ms", "rel-skt-pplx", "rel-skt-gtaa" };
    }
    void relationshipWindow()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QStringList, expected);
        Fixture f;
        QSignalSpy resets(&f.relationships, &QAbstractItemModel::modelReset);
        f.document.setTimeWindow(from, to);
        QCOMPARE(resets.count(), from.isValid() || to.isValid() ? 1 : 0);
        QCOMPARE(ids(f.relationships), expected);
        for (const QString &id : expected)
            QCOMPARE(f.relationships.rowOf(id), int(expected.indexOf(id)));
        if (!expected.contains(QStringLiteral("rel-kt-ms")))
            QCOMPARE(f.relationships.rowOf(QStringLiteral("rel-kt-ms")), -1);
    }

    void relationshipDisplay_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<Language>("language");
        QTest::addColumn<QStringList>("expected"); // From, Type, To, ValidFrom, ValidUntil
        QTest::newRow("partner") << "rel-kt-ms" << Language::English
                                 << QStringList{ "KT", "partners with", "Microsoft",
                                                 "27 September 2024", "" };
        QTest::newRow("partner, Korean")
                << "rel-kt-ms" << Language::Korean
                << QStringList{ "KT", "partners with", "마이크로소프트", "2024년 9월 27일", "" };
        QTest::newRow("investment from a month")
                << "rel-skt-pplx" << Language::Korean
                << QStringList{ "SK텔레콤", "invests in", "퍼플렉시티", "2024년 6월", "" };
        QTest::newRow("unknown start, known end")
                << "rel-lgu-ms" << Language::English
                << QStringList{ "LG Uplus", "partners with", "Microsoft", "", "March 2024" };
    }
    void relationshipDisplay()
    {
        QFETCH(QString, id);
        QFETCH(Language, language);
        QFETCH(QStringList, expected);
        Fixture f;
        f.document.setLanguage(language);
        const int row = f.relationships.rowOf(id);
        QVERIFY(row >= 0);
        QStringList actual;
        for (int column = 0; column < RelationshipModel::ColumnCount; ++column)
            actual << text(f.relationships, row, column);
        QCOMPARE(actual, expected);
        QCOMPARE(f.relationships.index(row, 0).data(Roles::Id).toString(), id);
    }

    // A relationship valid over several intervals shows its earliest start and latest end in
    // the date columns, and every interval when the pointer rests on them.
    void relationshipIntervalsOnHover()
    {
        Fixture f;
        Dataset data = f.document.data();
        Relationship &r = data.relationships[data.relationshipIndex(QStringLiteral("rel-kt-ms"))];
        r.setIntervals({ { PartialDate::fromString(QStringLiteral("2020")),
                           PartialDate::fromString(QStringLiteral("2020-11")) },
                         { PartialDate::fromString(QStringLiteral("2023-Q2")), PartialDate() } });
        f.document.setData(data);
        const int row = f.relationships.rowOf(QStringLiteral("rel-kt-ms"));
        QCOMPARE(text(f.relationships, row, RelationshipModel::ValidFrom), QStringLiteral("2020"));
        QCOMPARE(text(f.relationships, row, RelationshipModel::ValidUntil), QString());
        const QString tip =
                text(f.relationships, row, RelationshipModel::ValidFrom, Qt::ToolTipRole);
        QVERIFY2(tip.contains(QStringLiteral("November 2020"))
                         && tip.contains(QStringLiteral("Q2 2023")),
                 qPrintable(tip));
        QCOMPARE(text(f.relationships, row, RelationshipModel::ValidUntil, Qt::ToolTipRole), tip);
        f.document.setLanguage(Language::Korean); // the dates in the data's language
        QVERIFY(text(f.relationships, row, RelationshipModel::ValidFrom, Qt::ToolTipRole)
                        .contains(QStringLiteral("2020년 11월")));
    }

    void neighbourhood_data()
    {
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("entity");
        QTest::addColumn<int>("hops");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("KT, one hop") << QDate() << "kt" << 1 << QStringList{ "kt", "microsoft" };
        QTest::newRow("KT, two hops")
                << QDate() << "kt" << 2 << QStringList{ "kt", "microsoft", "lg-uplus" };
        QTest::newRow("KT, no hop") << QDate() << "kt" << 0 << QStringList{ "kt" };
        QTest::newRow("SK Telecom, one hop") << QDate() << "sk-telecom" << 1
                                             << QStringList{ "sk-telecom", "perplexity", "gtaa" };
        QTest::newRow("Perplexity, one hop")
                << QDate() << "perplexity" << 1 << QStringList{ "perplexity", "sk-telecom" };
        QTest::newRow("Perplexity, two hops") << QDate() << "perplexity" << 2
                                              << QStringList{ "perplexity", "sk-telecom", "gtaa" };
        QTest::newRow("KT before its partnership")
                << QDate(2024, 9, 26) << "kt" << 1 << QStringList{};
        QTest::newRow("Microsoft before KT, two hops")
                << QDate(2024, 9, 26) << "microsoft" << 2 << QStringList{ "microsoft", "lg-uplus" };
        QTest::newRow("unknown entity") << QDate() << "nokia" << 2 << QStringList{};
    }
    void neighbourhood()
    {
        QFETCH(QDate, to);
        QFETCH(QString, entity);
        QFETCH(int, hops);
        QFETCH(QStringList, expected);
        Fixture f;
        f.document.setTimeWindow(QDate(), to);
        QCOMPARE(f.relationships.neighbourhood(entity, hops), TestData::toSet(expected));
    }

    // --- Larger data -----------------------------------------------------------------------

    void syntheticData_data()
    {
        QTest::addColumn<int>("companies");
        QTest::addColumn<int>("events");
        QTest::addColumn<int>("relationships");
        QTest::newRow("default sizes") << 50 << 200 << 100;
        QTest::newRow("larger") << 200 << 2000 << 600;
        QTest::newRow("one company") << 1 << 10 << 5;
    }
    void syntheticData()
    {
        QFETCH(int, companies);
        QFETCH(int, events);
        QFETCH(int, relationships);
        Fixture f(false);
        SyntheticOptions options;
        options.companies = companies;
        options.events = events;
        options.relationships = relationships;
        const Dataset data = makeSyntheticDataset(options);
        f.series.setCompany(QStringLiteral("c0"));
        f.document.setData(data);
        QCOMPARE(f.entities.rowCount(), companies);
        QCOMPARE(f.events.rowCount(), events);
        QCOMPARE(f.eventProxy.rowCount(), events);
        QCOMPARE(f.financials.rowCount(), int(data.financials.size()));
        QCOMPARE(f.series.rowCount(), 24); // 2020..2025, four quarters a year
        QCOMPARE(f.relationships.rowCount(), int(data.relationships.size()));

        f.document.setLanguage(Language::Korean);
        QVERIFY(text(f.series, 0, 0, Qt::ToolTipRole).endsWith(QStringLiteral("원")));
        f.document.setTimeWindow(QDate(2022, 1, 1), QDate(2022, 12, 31));
        QCOMPARE(f.series.rowCount(), 4);
        QVERIFY(f.relationships.rowCount() <= data.relationships.size());
        for (int row = 0; row < f.eventProxy.rowCount(); ++row) {
            const QModelIndex i = f.eventProxy.index(row, 0);
            QVERIFY(i.data(Roles::DateStart).toDate() <= QDate(2022, 12, 31));
            QVERIFY(i.data(Roles::DateEnd).toDate() >= QDate(2022, 1, 1));
        }
        f.eventProxy.sort(EventTableModel::Date);
        f.document.setLanguage(Language::English);
        f.document.setTimeWindow(QDate(2021, 6, 1), QDate());
        f.series.setCompany(QStringLiteral("c1"));
        f.document.resetTimeWindow();
        QCOMPARE(f.relationships.rowCount(), int(data.relationships.size()));

        // Another dataset while a window is set, then nothing at all.
        options.seed = 42;
        f.document.setTimeWindow(QDate(2023, 1, 1), QDate(2023, 3, 31));
        f.document.setData(makeSyntheticDataset(options));
        QCOMPARE(f.events.rowCount(), events);
        QCOMPARE(f.eventProxy.rowCount(), events);
        f.document.setData({});
        for (QAbstractItemModel *m : f.models())
            QCOMPARE(m->rowCount(), 0);
    }

    // What TableModelBase gives every table model: the header titles in column order, and a
    // reset of each model when the document loads.
    void tableModelsShareHeadersAndResets()
    {
        Fixture f(false);
        const QList<std::pair<QAbstractItemModel *, QStringList>> expected{
            { &f.entities, { "Name", "Kind", "Ticker" } },
            { &f.events, { "Date", "Kind", "Title", "Participants", "Amount" } },
            { &f.financials, { "Company", "Quarter", "Metric", "Value", "Change (YoY)" } },
            { &f.series, { "Revenue", "Operating profit" } },
            { &f.relationships, { "From", "Relationship", "To", "Valid from", "Valid until" } },
        };
        std::vector<std::unique_ptr<QSignalSpy>> resets;
        for (const auto &[model, titles] : expected) {
            QStringList headers;
            for (int column = 0; column < model->columnCount(); ++column)
                headers << model->headerData(column, Qt::Horizontal).toString();
            QCOMPARE(headers, titles);
            resets.push_back(std::make_unique<QSignalSpy>(model, &QAbstractItemModel::modelReset));
        }
        f.document.setData(TestData::makeDataset());
        for (const auto &spy : resets)
            QVERIFY(spy->count() >= 1);
        QVERIFY(f.entities.rowCount() > 0 && f.financials.rowCount() > 0);
        // A table: cells have no children.
        QCOMPARE(f.entities.columnCount(f.entities.index(0, 0)), 0);
        QCOMPARE(f.financials.rowCount(f.financials.index(0, 0)), 0);
    }

    // Models outliving their document must not touch freed memory.
    void documentDestroyedFirst()
    {
        auto document = std::make_unique<Document>();
        document->setData(TestData::makeDataset());
        EventTableModel events(document.get());
        FinancialSeriesModel series(document.get());
        RelationshipModel relationships(document.get());
        series.setCompany(QStringLiteral("kt"));
        QVERIFY(events.rowCount() > 0 && series.rowCount() > 0 && relationships.rowCount() > 0);
        document.reset();
        QCOMPARE(events.rowCount(), 0);
        QCOMPARE(series.rowCount(), 0);
        QCOMPARE(relationships.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
