// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The shared financial rules of core/financials and core/displayname: year-ago quarter,
// year-on-year change with its currency rule, operating margin, latest comparable quarter.

#include "core/displayname.h"
#include "core/financials.h"

#include <QTest>

#include <cmath>

using namespace atlas;

namespace {

FinancialFigure figure(const QString &company, const QString &quarter, Metric metric, double value,
                       const QString &currency = QStringLiteral("KRW"))
{
    FinancialFigure f;
    f.companyId = company;
    f.quarter = PartialDate::fromString(quarter);
    f.metric = metric;
    f.value = value;
    f.currency = currency;
    return f;
}

// One row of figures: "company quarter metric value currency", metric r(evenue) or o(perating
// profit).
Dataset dataset(const QStringList &rows)
{
    Dataset d;
    for (const auto &row : rows) {
        const QStringList p = row.split(QLatin1Char(' '));
        d.financials << figure(p.at(0), p.at(1),
                               p.at(2) == QLatin1String("r") ? Metric::Revenue
                                                             : Metric::OperatingProfit,
                               p.at(3).toDouble(), p.value(4, QStringLiteral("KRW")));
    }
    return d;
}

// A ratio as a whole tenth of a percent, or "none".
QString tenths(const std::optional<double> &ratio)
{
    return ratio ? QString::number(std::lround(*ratio * 1000)) : QStringLiteral("none");
}

} // namespace

class TestFinancials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void yearAgo_data()
    {
        QTest::addColumn<QString>("quarter");
        QTest::addColumn<QString>("expected");
        QTest::newRow("second quarter") << "2024-Q2"
                                        << "2023-Q2";
        QTest::newRow("first quarter") << "2024-Q1"
                                       << "2023-Q1";
        QTest::newRow("fourth quarter") << "2025-Q4"
                                        << "2024-Q4";
        QTest::newRow("a day is no quarter") << "2024-05-03"
                                             << "";
        QTest::newRow("a year is no quarter") << "2024"
                                              << "";
        QTest::newRow("invalid") << ""
                                 << "";
    }
    void yearAgo()
    {
        QFETCH(QString, quarter);
        QFETCH(QString, expected);
        const PartialDate base = Financials::yearAgo(PartialDate::fromString(quarter));
        QCOMPARE(base.isValid() ? base.toString() : QString(), expected);
    }

    void yearOnYear_data()
    {
        QTest::addColumn<QStringList>("rows");
        QTest::addColumn<int>("figure"); // index of the figure asked about
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("turn");
        const int none = int(Financials::Turn::None);
        QTest::newRow("growth") << QStringList{ "kt 2023-Q2 r 100", "kt 2024-Q2 r 105" } << 1
                                << "50" << none;
        QTest::newRow("decline") << QStringList{ "kt 2023-Q2 o 576.1", "kt 2024-Q2 o 494" } << 1
                                 << "-143" << none;
        QTest::newRow("no base") << QStringList{ "kt 2024-Q1 r 100", "kt 2024-Q2 r 105" } << 1
                                 << "none" << none;
        QTest::newRow("the base itself")
                << QStringList{ "kt 2023-Q2 r 100", "kt 2024-Q2 r 105" } << 0 << "none" << none;
        QTest::newRow("other company")
                << QStringList{ "skt 2023-Q2 r 100", "kt 2024-Q2 r 105" } << 1 << "none" << none;
        QTest::newRow("other metric")
                << QStringList{ "kt 2023-Q2 o 100", "kt 2024-Q2 r 105" } << 1 << "none" << none;
        // The currency rule: a base only in another currency is no base, never converted.
        QTest::newRow("base in USD, figure in KRW")
                << QStringList{ "kt 2023-Q2 r 5 USD", "kt 2024-Q2 r 6500" } << 1 << "none" << none;
        QTest::newRow("figure in USD, base in KRW")
                << QStringList{ "kt 2023-Q2 r 6500", "kt 2024-Q2 r 5 USD" } << 1 << "none" << none;
        QTest::newRow("both in USD")
                << QStringList{ "kt 2023-Q2 r 4 USD", "kt 2024-Q2 r 5 USD" } << 1 << "250" << none;
        QTest::newRow("the base in the same currency is found beside another")
                << QStringList{ "kt 2023-Q2 r 5 USD", "kt 2023-Q2 r 6000", "kt 2024-Q2 r 6600" }
                << 2 << "100" << none;
        // No percentage across a change of sign, nor from a zero base.
        QTest::newRow("turn to a loss")
                << QStringList{ "kt 2023-Q4 o 265.6", "kt 2024-Q4 o -655.1" } << 1 << "none"
                << int(Financials::Turn::ToLoss);
        QTest::newRow("back to a profit") << QStringList{ "kt 2023-Q4 o -10", "kt 2024-Q4 o 20" }
                                          << 1 << "none" << int(Financials::Turn::ToProfit);
        QTest::newRow("loss to a smaller loss")
                << QStringList{ "kt 2023-Q4 o -20", "kt 2024-Q4 o -10" } << 1 << "none" << none;
        QTest::newRow("zero base")
                << QStringList{ "kt 2023-Q4 o 0", "kt 2024-Q4 o 20" } << 1 << "none" << none;
        QTest::newRow("to zero") << QStringList{ "kt 2023-Q4 o 20", "kt 2024-Q4 o 0" } << 1
                                 << "-1000" << none;
        QTest::newRow("a turn needs the same currency")
                << QStringList{ "kt 2023-Q4 o 20 USD", "kt 2024-Q4 o -10" } << 1 << "none" << none;
    }
    void yearOnYear()
    {
        QFETCH(QStringList, rows);
        QFETCH(int, figure);
        QFETCH(QString, change);
        QFETCH(int, turn);
        const Dataset d = dataset(rows);
        const FinancialFigure &f = d.financials.at(figure);
        QCOMPARE(tenths(Financials::yearOnYear(d, f)), change);
        QCOMPARE(int(Financials::turn(d, f)), turn);
        // The indexed form used by the table gives the same answer for every figure.
        const auto all = Financials::yearOnYearAll(d);
        QCOMPARE(all.size(), d.financials.size());
        for (qsizetype i = 0; i < d.financials.size(); ++i)
            QCOMPARE(tenths(all.at(i)), tenths(Financials::yearOnYear(d, d.financials.at(i))));
    }

    void operatingMargin_data()
    {
        QTest::addColumn<QStringList>("rows");
        QTest::addColumn<QString>("margin");
        QTest::newRow("both") << QStringList{ "kt 2024-Q2 r 6546.4", "kt 2024-Q2 o 494" } << "75";
        QTest::newRow("a loss") << QStringList{ "kt 2024-Q2 r 1000", "kt 2024-Q2 o -50" } << "-50";
        QTest::newRow("no profit") << QStringList{ "kt 2024-Q2 r 1000" } << "none";
        QTest::newRow("no revenue") << QStringList{ "kt 2024-Q2 o 50" } << "none";
        QTest::newRow("zero revenue")
                << QStringList{ "kt 2024-Q2 r 0", "kt 2024-Q2 o 50" } << "none";
        QTest::newRow("two currencies")
                << QStringList{ "kt 2024-Q2 r 1000", "kt 2024-Q2 o 50 USD" } << "none";
        QTest::newRow("other quarter")
                << QStringList{ "kt 2024-Q2 r 1000", "kt 2024-Q1 o 50" } << "none";
    }
    void operatingMargin()
    {
        QFETCH(QStringList, rows);
        QFETCH(QString, margin);
        const Dataset d = dataset(rows);
        QCOMPARE(tenths(Financials::operatingMargin(d, QStringLiteral("kt"),
                                                    PartialDate::quarter(2024, 2))),
                 margin);
    }

    void latestComparableQuarter_data()
    {
        QTest::addColumn<QStringList>("rows");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<bool>("baseInWindow");
        QTest::addColumn<QString>("expected");
        const QStringList kt{ "kt 2023-Q2 r 1", "kt 2023-Q3 r 1", "kt 2024-Q1 r 1",
                              "kt 2024-Q2 r 1", "kt 2024-Q3 r 1" };
        QTest::newRow("all time") << kt << QDate() << QDate() << false << "2024-Q3";
        QTest::newRow("window ends in 2024 Q2")
                << kt << QDate() << QDate(2024, 6, 30) << false << "2024-Q2";
        QTest::newRow("window of 2024, base anywhere")
                << kt << QDate(2024, 1, 1) << QDate(2024, 12, 31) << false << "2024-Q3";
        QTest::newRow("window of 2024, base in it too")
                << kt << QDate(2024, 1, 1) << QDate(2024, 12, 31) << true << "";
        QTest::newRow("no year-ago figure") << QStringList{ "kt 2024-Q1 r 1", "kt 2024-Q2 r 1" }
                                            << QDate() << QDate() << false << "";
        QTest::newRow("year-ago only in another currency")
                << QStringList{ "kt 2023-Q2 r 1 USD", "kt 2024-Q2 r 1", "kt 2023-Q1 r 1",
                                "kt 2024-Q1 r 1" }
                << QDate() << QDate() << false << "2024-Q1";
        QTest::newRow("profit alone does not count")
                << QStringList{ "kt 2023-Q2 o 1", "kt 2024-Q2 o 1" } << QDate() << QDate() << false
                << "";
        QTest::newRow("other company") << QStringList{ "skt 2023-Q2 r 1", "skt 2024-Q2 r 1" }
                                       << QDate() << QDate() << false << "";
    }
    void latestComparableQuarter()
    {
        QFETCH(QStringList, rows);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(bool, baseInWindow);
        QFETCH(QString, expected);
        const auto q = Financials::latestComparableQuarter(dataset(rows), QStringLiteral("kt"),
                                                           from, to, baseInWindow);
        QCOMPARE(q ? q->toString() : QString(), expected);
    }

    void displayName_data()
    {
        QTest::addColumn<QString>("en");
        QTest::addColumn<QString>("ko");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("expected");
        const int en = int(Language::English);
        const int ko = int(Language::Korean);
        QTest::newRow("English") << "SK Telecom"
                                 << "SK텔레콤"
                                 << "skt" << en << "SK Telecom";
        QTest::newRow("Korean") << "SK Telecom"
                                << "SK텔레콤"
                                << "skt" << ko << "SK텔레콤";
        QTest::newRow("no Korean name") << "SK Telecom"
                                        << ""
                                        << "skt" << ko << "SK Telecom";
        QTest::newRow("no English name") << ""
                                         << "SK텔레콤"
                                         << "skt" << en << "SK텔레콤";
        QTest::newRow("no name") << ""
                                 << ""
                                 << "skt" << en << "skt";
        QTest::newRow("unknown id") << "SK Telecom"
                                    << "SK텔레콤"
                                    << "nobody" << en << "nobody";
    }
    void displayName()
    {
        QFETCH(QString, en);
        QFETCH(QString, ko);
        QFETCH(QString, id);
        QFETCH(int, language);
        QFETCH(QString, expected);
        Dataset d;
        Entity e;
        e.id = QStringLiteral("skt");
        e.name = { en, ko };
        d.entities << e;
        QCOMPARE(atlas::displayName(d, id, Language(language)), expected);
    }
};

QTEST_GUILESS_MAIN(TestFinancials)
#include "tst_financials.moc"
