// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/builtindataset.h"
#include "testsupport/firsteditiondataset.h"
#include "io/dartreader.h"
#include "io/datasetfiles.h"
#include "io/importplan.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(ATLAS_TEST_DATA_DIR "/dart/") + QLatin1String(name);
}

Entity company(const char *id, const char *en, const char *ko, const char *ticker)
{
    Entity e;
    e.id = QLatin1String(id);
    e.name = { QString::fromUtf8(en), QString::fromUtf8(ko) };
    e.ticker = QLatin1String(ticker);
    return e;
}

// Companies matched by ticker: KT, SK Telecom, LG Uplus and a small listed company.
Dataset companies()
{
    Dataset d;
    d.entities << company("kt", "KT", "케이티", "KRX:030200")
               << company("sk-telecom", "SK Telecom", "SK텔레콤", "KRX:017670")
               << company("lg-uplus", "LG Uplus", "LG유플러스", "KRX:032640")
               << company("example", "Example Networks", "예시네트웍스", "KRX:099990");
    return d;
}

const FinancialFigure *figure(const Dataset &d, const char *companyId, int year, int quarter,
                              Metric metric)
{
    for (const auto &f : d.financials) {
        if (f.companyId == QLatin1String(companyId)
            && f.quarter == PartialDate::quarter(year, quarter) && f.metric == metric)
            return &f;
    }
    return nullptr;
}

std::optional<ImportedData> readFixture(const char *name, const Dataset &current, QString *error)
{
    return DatasetFiles::read(fixture(name), current, error);
}

} // namespace

class TestDartReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognisedByContent()
    {
        for (const char *name : { "kt-2024-q1.json", "kt-2024.json", "status-013.json",
                                  "skt-2024-half-full-statements.json" }) {
            QFile f(fixture(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(DartReader::recognises(f.readAll()), name);
        }
        QFile builtin(QString::fromLatin1(BuiltinDataset::path));
        QVERIFY(builtin.open(QIODevice::ReadOnly));
        QVERIFY(!DartReader::recognises(builtin.readAll()));
        QVERIFY(!DartReader::recognises(QByteArray(R"({"status": "ok", "list": [{"id": 1}]})")));

        // Whatever the file is called.
        QTemporaryDir dir;
        const QString renamed = dir.filePath(QStringLiteral("kt response.txt"));
        QVERIFY(QFile::copy(fixture("kt-2024-q1.json"), renamed));
        QString error;
        const auto in = DatasetFiles::read(renamed, companies(), &error);
        QVERIFY2(in, qPrintable(error));
        QCOMPARE(in->format, ImportedData::Format::Dart);
    }

    // KT's operating revenue (영업수익), consolidated, three months of the first quarter.
    void consolidatedQuarter()
    {
        QString error;
        const auto in = readFixture("kt-2024-q1.json", companies(), &error);
        QVERIFY2(in, qPrintable(error));
        QVERIFY(in->unresolved.isEmpty());
        QCOMPARE(in->data.financials.size(), 2);
        const FinancialFigure *revenue = figure(in->data, "kt", 2024, 1, Metric::Revenue);
        QVERIFY(revenue);
        QCOMPARE(revenue->value, 6'600'000'000'000.0); // CFS, not the OFS 4.6 trillion
        QCOMPARE(revenue->basis, QStringLiteral("consolidated-kifrs"));
        QCOMPARE(revenue->currency, QStringLiteral("KRW"));
        const FinancialFigure *profit = figure(in->data, "kt", 2024, 1, Metric::OperatingProfit);
        QVERIFY(profit);
        QCOMPARE(profit->value, 500'000'000'000.0);
    }

    // Every figure cites its filing: receipt number in the id and address, report name, filing day.
    void sourcesFromTheFiling()
    {
        QString error;
        const auto in = readFixture("kt-2024-q1.json", companies(), &error);
        QVERIFY2(in, qPrintable(error));
        QCOMPARE(in->data.sources.size(), 1);
        const Source &s = in->data.sources.first();
        QCOMPARE(s.id, QStringLiteral("dart-20240516000101"));
        QCOMPARE(s.url,
                 QStringLiteral("https://dart.fss.or.kr/dsaf001/main.do?rcpNo=20240516000101"));
        QCOMPARE(s.title, QStringLiteral("케이티 분기보고서 (2024.03)"));
        QVERIFY(s.publisher.contains(QLatin1String("DART")));
        QCOMPARE(s.date, PartialDate::day(2024, 5, 16));
        QCOMPARE(s.language, QStringLiteral("ko"));
        for (const auto &f : in->data.financials)
            QCOMPARE(f.sourceId, s.id);
    }

    // Q2 and Q3 are three-month amounts; Q4 is the annual figure minus the nine-month cumulative,
    // marked as computed, here an operating loss (1.2 − 1.45 trillion).
    void fourthQuarterComputed()
    {
        QString error;
        const auto in = readFixture("kt-2024.json", companies(), &error);
        QVERIFY2(in, qPrintable(error));
        QVERIFY2(in->unresolved.isEmpty(), qPrintable(in->unresolved.join(QLatin1Char('\n'))));
        QCOMPARE(in->data.financials.size(), 8);
        QCOMPARE(figure(in->data, "kt", 2024, 2, Metric::Revenue)->value, 6'500'000'000'000.0);
        QCOMPARE(figure(in->data, "kt", 2024, 3, Metric::Revenue)->value, 6'700'000'000'000.0);
        const FinancialFigure *q4 = figure(in->data, "kt", 2024, 4, Metric::Revenue);
        QVERIFY(q4);
        QCOMPARE(q4->value,
                 6'600'000'000'000.0); // 26.4 − 19.8 trillion, the annual without separators
        QCOMPARE(q4->basis, QStringLiteral("consolidated-kifrs-q4-computed"));
        QCOMPARE(q4->sourceId, QStringLiteral("dart-20250312000104"));
        const FinancialFigure *q4profit = figure(in->data, "kt", 2024, 4, Metric::OperatingProfit);
        QVERIFY(q4profit);
        QCOMPARE(q4profit->value, -250'000'000'000.0);
        const Source *annual = in->data.source(QStringLiteral("dart-20250312000104"));
        QVERIFY(annual);
        QCOMPARE(annual->title, QStringLiteral("케이티 사업보고서 (2024.12)"));
        QCOMPARE(in->data.sources.size(), 4);
    }

    void fourthQuarterWithoutNineMonthsRefused()
    {
        QString error;
        const auto in = readFixture("lguplus-2023-annual.json", companies(), &error);
        QVERIFY2(in, qPrintable(error));
        QVERIFY(in->data.financials.isEmpty());
        QCOMPARE(in->unresolved.size(), 2); // revenue and operating profit
        for (const QString &message : in->unresolved) {
            QVERIFY2(message.contains(QLatin1String("lguplus-2023-annual.json")),
                     qPrintable(message));
            QVERIFY2(message.contains(QLatin1String("LG Uplus 2023 Q4")), qPrintable(message));
            QVERIFY2(message.contains(QLatin1String("nine-month")), qPrintable(message));
        }
    }

    // Separate statements only: used, and marked; 수익(매출액) and a negative 영업이익(손실).
    void separateOnlyAndLoss()
    {
        QString error;
        const auto in = readFixture("example-2024-q1-separate-loss.json", companies(), &error);
        QVERIFY2(in, qPrintable(error));
        const FinancialFigure *revenue = figure(in->data, "example", 2024, 1, Metric::Revenue);
        QVERIFY(revenue);
        QCOMPARE(revenue->value, 12'345'678'000.0);
        QCOMPARE(revenue->basis, QStringLiteral("separate-kifrs"));
        const FinancialFigure *loss = figure(in->data, "example", 2024, 1, Metric::OperatingProfit);
        QVERIFY(loss);
        QCOMPARE(loss->value, -1'234'000'000.0);
        QCOMPARE(loss->basis, QStringLiteral("separate-kifrs"));
    }

    // fnlttSinglAcntAll: comprehensive income statement rows, account_id, company and basis named
    // at the top level of the saved response.
    void fullStatements()
    {
        QString error;
        const auto in = readFixture("skt-2024-half-full-statements.json", companies(), &error);
        QVERIFY2(in, qPrintable(error));
        QCOMPARE(in->data.financials.size(), 2);
        QCOMPARE(figure(in->data, "sk-telecom", 2024, 2, Metric::Revenue)->value,
                 4'420'000'000'000.0);
        QCOMPARE(figure(in->data, "sk-telecom", 2024, 2, Metric::OperatingProfit)->value,
                 540'000'000'000.0);
        QCOMPARE(in->data.sources.first().title, QStringLiteral("SK텔레콤 반기보고서 (2024.06)"));
    }

    void unknownStockCode()
    {
        QString error;
        const auto in = readFixture("unknown-stock-code.json", companies(), &error);
        QVERIFY2(in, qPrintable(error));
        QCOMPARE(in->unresolved.size(), 1);
        QVERIFY2(in->unresolved.first().contains(QLatin1String("123450")),
                 qPrintable(in->unresolved.first()));
        // The known company's figures (매출액) are there.
        QCOMPARE(in->data.financials.size(), 2);
        QCOMPARE(figure(in->data, "sk-telecom", 2024, 1, Metric::Revenue)->value,
                 4'400'000'000'000.0);
    }

    void errorAnswers_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("words");
        QTest::newRow("013 no data") << "status-013.json"
                                     << "no data";
        QTest::newRow("020 rate limit") << "status-020.json"
                                        << "too many requests";
    }
    void errorAnswers()
    {
        QFETCH(QString, file);
        QFETCH(QString, words);
        QString error;
        QVERIFY(!DatasetFiles::read(fixture(qPrintable(file)), companies(), &error));
        QVERIFY2(error.contains(file), qPrintable(error));
        QVERIFY2(error.contains(words), qPrintable(error));
    }

    void statusCodesInWords_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("words");
        QTest::newRow("010") << "010"
                             << "not registered";
        QTest::newRow("011") << "011"
                             << "cannot be used";
        QTest::newRow("013") << "013"
                             << "no data";
        QTest::newRow("020") << "020"
                             << "daily limit";
        QTest::newRow("100") << "100"
                             << "invalid value";
        QTest::newRow("800") << "800"
                             << "maintenance";
        QTest::newRow("900") << "900"
                             << "undefined error";
        QTest::newRow("unknown") << "555"
                                 << "unknown status";
    }
    void statusCodesInWords()
    {
        QFETCH(QString, status);
        QFETCH(QString, words);
        QVERIFY2(DartReader::statusMessage(status).contains(words),
                 qPrintable(DartReader::statusMessage(status)));
    }

    void malformedRows_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("words");
        const QByteArray row =
                R"("rcept_no": "20240516000101", "bsns_year": "2024", "stock_code": "030200", "fs_div": "CFS", "sj_div": "IS", "account_nm": "영업수익")";
        QTest::newRow("amount") << QByteArray(
                R"({"status": "000", "list": [{)" + row
                + R"(, "reprt_code": "11013", "thstrm_amount": "6.6조"}]})")
                                << "row 1: field 'thstrm_amount' is not an amount: '6.6조'";
        QTest::newRow("report code")
                << QByteArray(R"({"status": "000", "list": [{)" + row
                              + R"(, "reprt_code": "99999", "thstrm_amount": "1"}]})")
                << "'reprt_code' is not a periodic report code";
        QTest::newRow("no stock code") << QByteArray(
                R"({"status": "000", "list": [{"rcept_no": "1", "reprt_code": "11013", "bsns_year": "2024", "fs_div": "CFS", "sj_div": "IS", "account_nm": "매출액", "thstrm_amount": "1"}]})")
                                       << "field 'stock_code' is missing";
    }
    void malformedRows()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, words);
        QString error;
        QVERIFY(DartReader::recognises(json));
        QVERIFY(!DartReader::read(json, QStringLiteral("bad.json"), companies(), &error));
        QVERIFY2(error.startsWith(QLatin1String("bad.json")), qPrintable(error));
        QVERIFY2(error.contains(words), qPrintable(error));
    }

    // Against the first edition of the data: KT's Q1 and Q2 2024 exist with other values and
    // sources; the plan counts them as conflicts and lists both figures, Replace takes the
    // filing's.
    void conflictsWithTheDatabase()
    {
        QString error;
        const std::optional<Dataset> builtin = TestData::firstEdition();
        const auto in = readFixture("kt-2024.json", *builtin, &error);
        QVERIFY2(in, qPrintable(error));
        const ImportPlan skip = ImportPlan::compute(*builtin, *in, DuplicatePolicy::Skip);
        QVERIFY2(skip.isValid(), qPrintable(skip.error()));
        QCOMPARE(skip.conflicts(), 4); // KT 2024 Q1 and Q2, revenue and operating profit
        int listed = 0;
        for (const auto &item : skip.items()) {
            if (item.record != QLatin1String("financial") || !item.previous)
                continue;
            ++listed;
            QCOMPARE(item.action, ImportPlan::Action::Skip);
            QVERIFY(item.figure->sourceId.startsWith(QLatin1String("dart-")));
            QVERIFY(!item.previous->sourceId.startsWith(QLatin1String("dart-")));
        }
        QCOMPARE(listed, 4);
        const FinancialFigure *kept = figure(skip.merged(), "kt", 2024, 2, Metric::Revenue);
        QCOMPARE(kept->value, 6'546'400'000'000.0);
        // Q3 and Q4 figures and their two filings; the Q1 and Q2 filings are cited only by the
        // skipped figures, so they stay out.
        QCOMPARE(skip.count(ImportPlan::Action::New), 4 + 2);
        QCOMPARE(skip.count(ImportPlan::Action::Unused), 2);

        const ImportPlan replace = ImportPlan::compute(*builtin, *in, DuplicatePolicy::Replace);
        QVERIFY2(replace.isValid(), qPrintable(replace.error()));
        QCOMPARE(replace.count(ImportPlan::Action::Update), 4);
        QCOMPARE(figure(replace.merged(), "kt", 2024, 2, Metric::Revenue)->value,
                 6'500'000'000'000.0);
    }
};

QTEST_MAIN(TestDartReader)
#include "tst_dartreader.moc"
