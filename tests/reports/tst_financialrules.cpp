// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later

// One answer per figure: the quarterly table, the chart and the briefing agree on year-on-year
// changes, including for a figure in another currency than its year-ago figure (no change is
// shown anywhere: amounts in two currencies are never compared).

#include "charts/financialchartbuilder.h"
#include "core/formatting.h"
#include "models/document.h"
#include "models/financialtablemodel.h"
#include "models/roles.h"
#include "reports/briefingcomposer.h"

#include <QTest>

using namespace atlas;
using namespace Qt::StringLiterals;

namespace {

// KT reports in KRW both years; Acme's 2024 figures are in USD beside its 2023 KRW ones.
Dataset fixture()
{
    Dataset d;
    d.info.id = u"currency-fixture"_s;
    d.sources = { { u"src"_s, u"Publisher"_s, u"Results"_s, u"https://example.com"_s,
                    PartialDate::fromString(u"2024-08-01"_s), u"en"_s } };
    auto company = [](const QString &id, const QString &en, const QString &ko) {
        Entity e;
        e.id = id;
        e.kind = EntityKind::Company;
        e.name = { en, ko };
        return e;
    };
    d.entities = { company(u"kt"_s, u"KT"_s, u"케이티"_s),
                   company(u"acme"_s, u"Acme"_s, u"에이크미"_s) };
    auto add = [&d](const QString &company, int year, Metric metric, double value,
                    const QString &currency) {
        FinancialFigure f;
        f.companyId = company;
        f.quarter = PartialDate::quarter(year, 2);
        f.metric = metric;
        f.value = value;
        f.currency = currency;
        f.sourceId = u"src"_s;
        d.financials << f;
    };
    add(u"kt"_s, 2023, Metric::Revenue, 100e9, u"KRW"_s);
    add(u"kt"_s, 2023, Metric::OperatingProfit, 10e9, u"KRW"_s);
    add(u"kt"_s, 2024, Metric::Revenue, 105e9, u"KRW"_s);
    add(u"kt"_s, 2024, Metric::OperatingProfit, 12e9, u"KRW"_s);
    add(u"acme"_s, 2023, Metric::Revenue, 1000e9, u"KRW"_s);
    add(u"acme"_s, 2023, Metric::OperatingProfit, 50e9, u"KRW"_s);
    add(u"acme"_s, 2024, Metric::Revenue, 0.8e9, u"USD"_s);
    add(u"acme"_s, 2024, Metric::OperatingProfit, 0.05e9, u"USD"_s);
    return d;
}

QString percentOrEmpty(const std::optional<double> &ratio)
{
    return ratio ? Format::percent(*ratio, Language::English) : QString();
}

// The quarterly table: the change column of (company, 2024 Q2, metric).
QString tableChange(const Dataset &data, const QString &company, Metric metric)
{
    Document document;
    document.setData(data);
    FinancialTableModel model(&document);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex change = model.index(row, FinancialTableModel::Change);
        if (change.data(Roles::Id).toString() == company
            && change.data(Roles::Kind).toString() == keyOf(metric)
            && change.data(Roles::DateStart).toDate() == QDate(2024, 4, 1))
            return change.data().toString();
    }
    return u"(no row)"_s;
}

// The chart: the drawn figure's change, and the Q2 chart's change column.
QPair<QString, QString> chartChange(const Dataset &data, const QString &company, Metric metric)
{
    FinancialChartBuilder::Options o;
    o.companyId = company;
    o.view = FinancialChartBuilder::View::Q2;
    o.quarter = PartialDate::quarter(2024, 2);
    const auto chart = FinancialChartBuilder(data).build(o);
    QString item = u"(no item)"_s;
    for (const auto &i : chart.items) {
        if (i.figure.metric == metric && i.figure.quarter == o.quarter)
            item = percentOrEmpty(i.change);
    }
    const int row = metric == Metric::Revenue ? 0 : 1;
    const QString cell = chart.table.rows.size() > row ? chart.table.rows.at(row).constLast().text
                                                       : u"(no row)"_s;
    // The table shows a dash where there is no change to show.
    return { item, cell == u"\u2014"_s ? QString() : cell };
}

// The briefing's financial table: the "Year on year" cell of (company, 2024 Q2), "revenue /
// profit".
QString briefingChange(const BriefingContent &content, const QString &companyName)
{
    for (const auto &block : content.blocks) {
        const auto *t = std::get_if<BriefingBlocks::Table>(&block);
        if (!t || !t->headers.contains(u"Year on year"_s))
            continue;
        const qsizetype column = t->headers.indexOf(u"Year on year"_s);
        for (const auto &row : t->rows) {
            if (row.at(0) == companyName
                && row.at(1) == Format::date(PartialDate::quarter(2024, 2), Language::English))
                return row.at(column);
        }
    }
    return u"(no row)"_s;
}

} // namespace

class TestFinancialRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameChangeEverywhere_data()
    {
        QTest::addColumn<QString>("company");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("revenue");
        QTest::addColumn<QString>("profit");
        QTest::addColumn<QString>("briefing");
        QTest::newRow("KRW against KRW") << "kt"
                                         << "KT"
                                         << "+5.0%"
                                         << "+20.0%"
                                         << "+5.0% / +20.0%";
        QTest::newRow("USD against KRW") << "acme"
                                         << "Acme"
                                         << ""
                                         << ""
                                         << "—";
    }
    void sameChangeEverywhere()
    {
        QFETCH(QString, company);
        QFETCH(QString, name);
        QFETCH(QString, revenue);
        QFETCH(QString, profit);
        QFETCH(QString, briefing);
        const Dataset data = fixture();

        QCOMPARE(tableChange(data, company, Metric::Revenue), revenue);
        QCOMPARE(tableChange(data, company, Metric::OperatingProfit), profit);

        QCOMPARE(chartChange(data, company, Metric::Revenue), qMakePair(revenue, revenue));
        QCOMPARE(chartChange(data, company, Metric::OperatingProfit), qMakePair(profit, profit));

        BriefingOptions options;
        options.generated = QDate(2024, 9, 1);
        const BriefingContent content = BriefingComposer(data, options).compose();
        QCOMPARE(briefingChange(content, name), briefing);
        // The summary compares only a quarter with a year-ago figure in its own currency.
        const QString summary = content.summary.join(u'\n');
        QCOMPARE(summary.contains(name + u" in "_s), !revenue.isEmpty());
        if (!revenue.isEmpty())
            QVERIFY2(summary.contains(u"(%1 year on year)"_s.arg(revenue)), qPrintable(summary));
    }
};

QTEST_MAIN(TestFinancialRules)
#include "tst_financialrules.moc"
