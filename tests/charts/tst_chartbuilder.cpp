// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the financial charts draw: the dataset's own numbers, year-on-year changes, labels in
// both languages, the time window, and value labels that never overlap at any size.
#include "chartfixture.h"
#include "charts/chartformat.h"
#include "charts/chartrender.h"
#include "charts/financialchartbuilder.h"
#include "charts/valuelabellayer.h"
#include "core/formatting.h"
#include "models/document.h"
#include "models/financialtablemodel.h"
#include "render/typography.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>
#include <QXYSeries>

using namespace atlas;
using namespace Qt::StringLiterals;
using View = FinancialChartBuilder::View;

Q_DECLARE_METATYPE(atlas::FinancialChartBuilder::View)

namespace {
QString plain(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}

QStringList axisTitles(QChart *chart)
{
    QStringList out;
    for (QAbstractAxis *axis : chart->axes())
        out << plain(axis->titleText());
    return out;
}

QStringList categoryLabels(QChart *chart)
{
    QStringList out;
    for (QAbstractAxis *axis : chart->axes(Qt::Horizontal)) {
        if (auto *bar = qobject_cast<QBarCategoryAxis *>(axis)) {
            for (const auto &c : bar->categories())
                out << plain(c);
        }
    }
    return out;
}
} // namespace

class TestChartBuilder : public QObject
{
    Q_OBJECT

    Dataset m_data;

    FinancialFigure figure(const char *company, const char *quarter, Metric metric) const
    {
        const auto f = m_data.figure(QString::fromLatin1(company),
                                     PartialDate::fromString(QString::fromLatin1(quarter)), metric);
        return f ? *f : FinancialFigure{};
    }

    FinancialChartBuilder::Chart build(View view, Language lang = Language::English,
                                       const QString &company = {}, const QDate &from = {},
                                       const QDate &to = {}) const
    {
        FinancialChartBuilder::Options o;
        o.companyId = company;
        o.view = view;
        o.language = lang;
        o.from = from;
        o.to = to;
        return FinancialChartBuilder(m_data).build(o);
    }

    // Lays the chart out at a size, as the view and the renderer do.
    static void layOut(QChart *chart, const QSize &size)
    {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        ChartRender::paint(chart, size, &painter, QRectF(QPointF(0, 0), size));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_data = ChartFixture::dataset();
        // Without the font the Korean labels would be empty boxes while every text test passed.
        QVERIFY(QFontDatabase::families(QFontDatabase::Korean)
                        .contains(Typography::koreanFamily()));
        QVERIFY(QFontMetrics(QFont(Typography::koreanFamily())).inFontUcs4(U'억'));
    }

    void defaultIsKtSecondQuarter2024AgainstAYearEarlier()
    {
        const auto chart = build(View::Q2);
        QVERIFY(chart.chart);
        QCOMPARE(chart.companyId, QStringLiteral("kt"));
        QCOMPARE(chart.quarter, PartialDate::quarter(2024, 2));
        QList<FinancialFigure> drawn;
        for (const auto &item : chart.items)
            drawn << item.figure;
        const QList<FinancialFigure> expected{ figure("kt", "2023-Q2", Metric::Revenue),
                                               figure("kt", "2024-Q2", Metric::Revenue),
                                               figure("kt", "2023-Q2", Metric::OperatingProfit),
                                               figure("kt", "2024-Q2", Metric::OperatingProfit) };
        QCOMPARE(drawn.size(), expected.size());
        for (const auto &f : expected)
            QVERIFY2(drawn.contains(f), qPrintable(f.quarter.toString()));
    }

    // Every bar and point holds exactly the dataset's figure, in the unit of its axis.
    void seriesHoldTheDatasetNumbers_data()
    {
        QTest::addColumn<View>("view");
        QTest::addColumn<Language>("lang");
        QTest::addColumn<int>("figures");
        QTest::addColumn<double>("revenueUnit");
        QTest::addColumn<double>("profitUnit");
        QTest::newRow("q2 en") << View::Q2 << Language::English << 4 << 1e12 << 1e9;
        QTest::newRow("q2 ko: profit in 억") << View::Q2 << Language::Korean << 4 << 1e12 << 1e8;
        QTest::newRow("trend en: five quarters")
                << View::Trend << Language::English << 10 << 1e12 << 1e9;
        QTest::newRow("trend ko") << View::Trend << Language::Korean << 10 << 1e12 << 1e8;
        QTest::newRow("peers en: three operators")
                << View::Peers << Language::English << 6 << 1e12 << 1e9;
        QTest::newRow("peers ko") << View::Peers << Language::Korean << 6 << 1e12 << 1e8;
    }
    void seriesHoldTheDatasetNumbers()
    {
        QFETCH(View, view);
        QFETCH(Language, lang);
        QFETCH(int, figures);
        QFETCH(double, revenueUnit);
        QFETCH(double, profitUnit);
        const auto chart = build(view, lang);
        QVERIFY(chart.chart);
        QCOMPARE(chart.items.size(), figures);
        for (const auto &item : chart.items) {
            const auto f =
                    m_data.figure(item.figure.companyId, item.figure.quarter, item.figure.metric);
            QVERIFY(f);
            QCOMPARE(item.figure, *f);
            const double unit = f->metric == Metric::Revenue ? revenueUnit : profitUnit;
            const double plotted =
                    item.barSet ? item.barSet->at(item.index) : item.line->at(item.index).y();
            QCOMPARE(plotted, f->value / unit);
            QCOMPARE(item.plotted, plotted);
        }
    }

    void trendHasRevenueBarsProfitLineAndMargins()
    {
        const auto chart = build(View::Trend);
        const auto revenue = m_data.series(QStringLiteral("kt"), Metric::Revenue);
        const auto profit = m_data.series(QStringLiteral("kt"), Metric::OperatingProfit);
        int bars = 0, points = 0;
        for (const auto &item : chart.items) {
            bars += item.barSet ? 1 : 0;
            points += item.line ? 1 : 0;
            QCOMPARE(item.line != nullptr, item.figure.metric == Metric::OperatingProfit);
        }
        QCOMPARE(bars, revenue.size());
        QCOMPARE(points, profit.size());
        const QStringList categories = categoryLabels(chart.chart.get());
        QCOMPARE(categories.size(), revenue.size());
        for (qsizetype i = 0; i < revenue.size(); ++i) {
            QVERIFY2(categories.at(i).contains(
                             Format::date(revenue.at(i).quarter, Language::English)),
                     qPrintable(categories.at(i)));
            const double margin = profit.at(i).value / revenue.at(i).value;
            QVERIFY2(categories.at(i).contains(ChartFormat::number(margin * 100, 1)
                                               + QLatin1Char('%')),
                     qPrintable(categories.at(i)));
        }
        QCOMPARE(chart.table.rows.size(), revenue.size());
    }

    // The Trend subtitle says the margins are under each quarter only while they are: when the
    // chart is too narrow for them, the labels drop them and the subtitle says where they are.
    void trendSubtitleMatchesItsLabels_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("marginsShown");
        QTest::newRow("wide") << QSize(1400, 700) << true;
        QTest::newRow("narrow") << QSize(380, 500) << false;
        QTest::newRow("wide again") << QSize(1400, 700) << true;
    }
    void trendSubtitleMatchesItsLabels()
    {
        QFETCH(QSize, size);
        QFETCH(bool, marginsShown);
        const auto chart = build(View::Trend);
        if (!marginsShown)
            layOut(chart.chart.get(), QSize(1400, 700)); // from wide to narrow, as a user resizes
        layOut(chart.chart.get(), size);
        const QStringList categories = categoryLabels(chart.chart.get());
        QVERIFY(!categories.isEmpty());
        const bool shown = categories.constFirst().contains(QLatin1Char('%'));
        QCOMPARE(shown, marginsShown);
        const QString title = plain(chart.chart->title()).simplified(); // wherever lines break
        QVERIFY2(title.contains(QStringLiteral("under each quarter")) == shown, qPrintable(title));
        QVERIFY2(title.contains(QStringLiteral("figures table")) == !shown, qPrintable(title));
    }

    // A subtitle wider than the chart (a small window, or scale factor 2) goes on one line per
    // part instead of being elided, which also dropped the blank line keeping it off the top tick
    // labels; wide again, it is one line again.
    void longSubtitleBreaksInsteadOfEliding_data()
    {
        QTest::addColumn<Language>("lang");
        QTest::newRow("en") << Language::English;
        QTest::newRow("ko") << Language::Korean;
    }
    void longSubtitleBreaksInsteadOfEliding()
    {
        QFETCH(Language, lang);
        const auto chart = build(View::Q2, lang);
        QVERIFY(chart.labels);
        const QString wideTitle = [&] {
            layOut(chart.chart.get(), QSize(1400, 700));
            return chart.chart->title();
        }();
        const QString separator = QStringLiteral(" \u00b7 ");
        QVERIFY2(wideTitle.contains(separator), qPrintable(wideTitle));
        const QStringList parts = plain(wideTitle).split(separator);

        layOut(chart.chart.get(), QSize(330, 420));
        const QString narrowTitle = chart.chart->title();
        QTextDocument doc;
        doc.setDocumentMargin(0);
        doc.setDefaultFont(chart.chart->titleFont());
        doc.setHtml(narrowTitle);
        QVERIFY2(doc.idealWidth() <= chart.labels->titleRoom(), qPrintable(narrowTitle));
        // Every word is there, only the line breaks moved.
        for (const QString &part : parts)
            QVERIFY2(doc.toPlainText().simplified().contains(part.simplified()), qPrintable(part));

        layOut(chart.chart.get(), QSize(1400, 700));
        QCOMPARE(chart.chart->title(), wideTitle);
    }

    // The two metrics differ about thirteen-fold: each has its own axis, so operating profit's
    // bars are not flattened into the floor.
    void profitIsNotFlattened_data()
    {
        QTest::addColumn<View>("view");
        QTest::newRow("q2") << View::Q2;
        QTest::newRow("trend") << View::Trend;
        QTest::newRow("peers") << View::Peers;
    }
    void profitIsNotFlattened()
    {
        QFETCH(View, view);
        const auto chart = build(view);
        QCOMPARE(chart.chart->axes(Qt::Vertical).size(), 2);
        const QSize size(1200, 700);
        layOut(chart.chart.get(), size);
        const QRectF plot = chart.chart->plotArea();
        for (const auto &item : chart.items) {
            const QPointF top =
                    chart.chart->mapToPosition(QPointF(item.x, item.plotted), item.series);
            const double share = (plot.bottom() - top.y()) / plot.height();
            QVERIFY2(share > 0.2,
                     qPrintable(
                             QStringLiteral("%1 %2 at %3 of the plot height")
                                     .arg(keyOf(item.figure.metric), item.figure.quarter.toString())
                                     .arg(share)));
            QVERIFY(share < 1.0);
        }
    }

    void yearOnYearChanges()
    {
        const auto chart = build(View::Q2);
        const FinancialFigure op = figure("kt", "2024-Q2", Metric::OperatingProfit);
        const FinancialFigure rev = figure("kt", "2024-Q2", Metric::Revenue);
        const QString opChange = Format::percent(
                *Format::change(figure("kt", "2023-Q2", Metric::OperatingProfit).value, op.value),
                Language::English);
        const QString revChange = Format::percent(
                *Format::change(figure("kt", "2023-Q2", Metric::Revenue).value, rev.value),
                Language::English);
        QCOMPARE(opChange, QStringLiteral("\u221214.3%"));
        QCOMPARE(revChange, QStringLiteral("0.0%"));

        const QString title = plain(chart.chart->title());
        QVERIFY2(title.contains(QStringLiteral("Revenue 0.0%")), qPrintable(title));
        QVERIFY2(title.contains(QStringLiteral("Operating profit \u221214.3%")), qPrintable(title));
        for (const auto &item : chart.items) {
            if (item.figure == op)
                QVERIFY2(item.label.endsWith(QStringLiteral("\n\u221214.3%")),
                         qPrintable(item.label));
            if (item.figure == rev)
                QVERIFY2(item.label.endsWith(QStringLiteral("\n0.0%")), qPrintable(item.label));
        }
        // The table: metric, last year, this year, change.
        QCOMPARE(chart.table.rows.at(0).constLast().text, revChange);
        QCOMPARE(chart.table.rows.at(1).constLast().text, opChange);
        QCOMPARE(chart.table.rows.at(1).constLast().copy, QStringLiteral("-14.3%"));
        QCOMPARE(chart.table.rows.at(0).constLast().copy, QStringLiteral("0.0%")); // never "-0.0%"
    }

    // Value labels, axis titles and category labels in each language.
    void labelsInBothLanguages_data()
    {
        QTest::addColumn<Language>("lang");
        QTest::addColumn<QString>("revenueLabel");
        QTest::addColumn<QString>("profitLabel");
        QTest::addColumn<QString>("revenueUnit");
        QTest::addColumn<QString>("profitUnit");
        QTest::addColumn<QString>("quarter");
        QTest::newRow("English") << Language::English << "KRW 6.55 trillion"
                                 << "KRW 494.0 billion"
                                 << "(KRW trillion)"
                                 << "(KRW billion)"
                                 << "Q2 2024";
        QTest::newRow("Korean") << Language::Korean << "6조 5,464억 원"
                                << "4,940억 원"
                                << "(조 원)"
                                << "(억 원)"
                                << "2024년 2분기";
    }
    void labelsInBothLanguages()
    {
        QFETCH(Language, lang);
        QFETCH(QString, revenueLabel);
        QFETCH(QString, profitLabel);
        QFETCH(QString, revenueUnit);
        QFETCH(QString, profitUnit);
        QFETCH(QString, quarter);
        const auto chart = build(View::Q2, lang);
        layOut(chart.chart.get(), QSize(1200, 700));
        QStringList drawn;
        for (const auto &p : chart.labels->placed()) {
            if (p.visible)
                drawn << p.text;
        }
        QCOMPARE(drawn.size(), chart.items.size());
        QVERIFY2(drawn.contains(revenueLabel + QStringLiteral("\n0.0%")),
                 qPrintable(drawn.join(QLatin1Char('|'))));
        QVERIFY2(drawn.contains(profitLabel + QStringLiteral("\n\u221214.3%")),
                 qPrintable(drawn.join(QLatin1Char('|'))));
        const QStringList titles = axisTitles(chart.chart.get());
        QVERIFY2(titles.filter(revenueUnit).size() == 1, qPrintable(titles.join(QLatin1Char('|'))));
        QVERIFY2(titles.filter(profitUnit).size() == 1, qPrintable(titles.join(QLatin1Char('|'))));
        QVERIFY(categoryLabels(chart.chart.get()).filter(quarter).size() == 1);
        // Every text of the chart is set in the Korean-capable font.
        QCOMPARE(chart.chart->titleFont().families(), Typography::families());
        for (QAbstractAxis *axis : chart.chart->axes()) {
            QCOMPARE(axis->labelsFont().families(), Typography::families());
            QCOMPARE(axis->titleFont().families(), Typography::families());
        }
    }

    // The value axes read in round numbers of their unit, with grouped digits.
    void axisTickLabels_data()
    {
        QTest::addColumn<Language>("lang");
        QTest::addColumn<QStringList>("revenueTicks");
        QTest::addColumn<QStringList>("profitTicks");
        QTest::newRow("English") << Language::English
                                 << QStringList{ "0.0", "2.5", "5.0", "7.5", "10.0" }
                                 << QStringList{ "0", "200", "400", "600", "800" };
        QTest::newRow("Korean") << Language::Korean
                                << QStringList{ "0.0", "2.5", "5.0", "7.5", "10.0" }
                                << QStringList{ "0", "2,000", "4,000", "6,000", "8,000" };
    }
    void axisTickLabels()
    {
        QFETCH(Language, lang);
        QFETCH(QStringList, revenueTicks);
        QFETCH(QStringList, profitTicks);
        const auto chart = build(View::Q2, lang);
        const auto left = chart.chart->axes(Qt::Vertical);
        QCOMPARE(left.size(), 2);
        auto *revenue = qobject_cast<QCategoryAxis *>(
                chart.chart->axes(Qt::Vertical, chart.items.at(0).series).value(0));
        QVERIFY(revenue);
        QCOMPARE(revenue->alignment(), Qt::AlignLeft);
        QCOMPARE(revenue->categoriesLabels(), revenueTicks);
        QCategoryAxis *profit = nullptr;
        for (const auto &item : chart.items) {
            if (item.figure.metric == Metric::OperatingProfit)
                profit = qobject_cast<QCategoryAxis *>(
                        chart.chart->axes(Qt::Vertical, item.series).value(0));
        }
        QVERIFY(profit);
        QCOMPARE(profit->alignment(), Qt::AlignRight);
        QCOMPARE(profit->categoriesLabels(), profitTicks);
    }

    void units_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("en");
        QTest::addColumn<double>("enDivisor");
        QTest::addColumn<QString>("ko");
        QTest::addColumn<double>("koDivisor");
        QTest::newRow("zero") << 0.0 << "KRW" << 1.0 << "원" << 1.0;
        QTest::newRow("exactly one trillion") << 1e12 << "KRW trillion" << 1e12 << "조 원" << 1e12;
        QTest::newRow("just under a trillion") << 999.9e9 << "KRW billion" << 1e9 << "억 원" << 1e8;
        QTest::newRow("exactly one billion") << 1e9 << "KRW billion" << 1e9 << "억 원" << 1e8;
        QTest::newRow("100 million: 1억") << 1e8 << "KRW million" << 1e6 << "억 원" << 1e8;
        QTest::newRow("a loss counts by its size")
                << -12.5e9 << "KRW billion" << 1e9 << "억 원" << 1e8;
        QTest::newRow("ten thousand: 1만") << 1e4 << "KRW" << 1.0 << "만 원" << 1e4;
    }
    void units()
    {
        QFETCH(double, value);
        QFETCH(QString, en);
        QFETCH(double, enDivisor);
        QFETCH(QString, ko);
        QFETCH(double, koDivisor);
        const auto e = ChartFormat::unitFor(value, QStringLiteral("KRW"), Language::English);
        QCOMPARE(e.name, en);
        QCOMPARE(e.divisor, enDivisor);
        const auto k = ChartFormat::unitFor(value, QStringLiteral("KRW"), Language::Korean);
        QCOMPARE(k.name, ko);
        QCOMPARE(k.divisor, koDivisor);
    }

    void tickNumbers_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << 0.0 << 0 << "0";
        QTest::newRow("grouped") << 8000.0 << 0 << "8,000";
        QTest::newRow("negative has a true minus") << -200.0 << 0 << "\u2212200";
        QTest::newRow("negative zero is zero") << -0.0 << 1 << "0.0";
        QTest::newRow("rounds half away") << 2.25 << 1 << "2.3";
        QTest::newRow("decimals kept") << 2.5 << 1 << "2.5";
    }
    void tickNumbers()
    {
        QFETCH(double, value);
        QFETCH(int, decimals);
        QFETCH(QString, expected);
        QCOMPARE(ChartFormat::number(value, decimals), expected);
    }

    void compactLabels_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<Language>("lang");
        QTest::addColumn<QString>("expected");
        QTest::newRow("trillion") << 6546.4e9 << Language::English << "6.55";
        QTest::newRow("billion") << 494.0e9 << Language::English << "494.0";
        QTest::newRow("조") << 6546.4e9 << Language::Korean << "6.55";
        QTest::newRow("억") << 494.0e9 << Language::Korean << "4,940";
        QTest::newRow("loss in 억") << -12.5e9 << Language::Korean << "\u2212125";
    }
    void compactLabels()
    {
        QFETCH(double, value);
        QFETCH(Language, lang);
        QFETCH(QString, expected);
        QCOMPARE(ChartFormat::compact(value,
                                      ChartFormat::unitFor(value, QStringLiteral("KRW"), lang)),
                 expected);
    }

    void niceScales_data()
    {
        QTest::addColumn<double>("lo");
        QTest::addColumn<double>("hi");
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::newRow("KT revenue in trillions") << 0.0 << 6.6984 << 0.0 << 8.0;
        QTest::newRow("KT profit in billions") << 0.0 << 576.1 << 0.0 << 800.0;
        QTest::newRow("a loss below zero") << -120.0 << 300.0 << -200.0 << 600.0;
        QTest::newRow("all zero") << 0.0 << 0.0 << 0.0 << 2.0;
    }
    void niceScales()
    {
        QFETCH(double, lo);
        QFETCH(double, hi);
        QFETCH(double, min);
        QFETCH(double, max);
        const auto s = ChartFormat::niceScale(lo, hi, 4);
        QCOMPARE(s.min, min);
        QCOMPARE(s.max, max);
        QCOMPARE(s.min + 4 * s.step, s.max);
        QVERIFY(s.max >= hi && s.min <= lo);
    }

    void otherCompanyAndWindow()
    {
        const auto skt = build(View::Q2, Language::English, QStringLiteral("sk-telecom"));
        QVERIFY(skt.chart);
        QVERIFY(plain(skt.chart->title()).startsWith(QStringLiteral("SK Telecom")));
        for (const auto &item : skt.items)
            QCOMPARE(item.figure.companyId, QStringLiteral("sk-telecom"));

        // 2024 only: the trend keeps 2024's quarters; the year-on-year pair reaches into 2023.
        const QDate from(2024, 1, 1), to(2024, 12, 31);
        const auto trend = build(View::Trend, Language::English, QStringLiteral("kt"), from, to);
        QList<PartialDate> quarters;
        for (const auto &item : trend.items) {
            QVERIFY(item.figure.quarter.overlaps(from, to));
            if (!quarters.contains(item.figure.quarter))
                quarters << item.figure.quarter;
        }
        QCOMPARE(quarters,
                 (QList<PartialDate>{ PartialDate::quarter(2024, 1),
                                      PartialDate::quarter(2024, 2) }));
        const auto q2 = build(View::Q2, Language::English, QStringLiteral("kt"), from, to);
        QVERIFY(!q2.chart);
        QVERIFY2(q2.emptyReason.contains(QStringLiteral("time window")),
                 qPrintable(q2.emptyReason));

        const auto none = build(View::Trend, Language::English, QStringLiteral("kt"),
                                QDate(2030, 1, 1), QDate());
        QVERIFY(!none.chart);
        QVERIFY2(none.emptyReason.contains(QStringLiteral("KT")), qPrintable(none.emptyReason));

        const auto microsoft = build(View::Q2, Language::English, QStringLiteral("microsoft"));
        QVERIFY(!microsoft.chart);
        QVERIFY2(microsoft.emptyReason.contains(QStringLiteral("Microsoft")),
                 qPrintable(microsoft.emptyReason));
    }

    void peersHighlightTheCompany()
    {
        const auto peers = build(View::Peers, Language::English, QStringLiteral("sk-telecom"));
        QStringList companies;
        for (const auto &item : peers.items) {
            if (!companies.contains(item.figure.companyId))
                companies << item.figure.companyId;
            const bool highlighted = item.barSet->selectedBars().contains(item.index);
            QCOMPARE(highlighted, item.figure.companyId == QStringLiteral("sk-telecom"));
        }
        QCOMPARE(companies, (QStringList{ "kt", "sk-telecom", "lg-uplus" }));
    }

    // A view's key names it on the command line and in settings: each key reads back as its view
    // (trimmed, in any case), an unknown key as none, and every view has its own label.
    void viewKeysReadBack()
    {
        QSet<QString> labels;
        for (View v : FinancialChartBuilder::allViews()) {
            const QString key = FinancialChartBuilder::viewKey(v);
            QVERIFY(!key.isEmpty());
            QCOMPARE(FinancialChartBuilder::viewFromKey(key), std::optional<View>(v));
            QCOMPARE(FinancialChartBuilder::viewFromKey(QLatin1Char(' ') + key.toUpper()),
                     std::optional<View>(v));
            labels.insert(FinancialChartBuilder::viewLabel(v));
        }
        QCOMPARE(FinancialChartBuilder::viewKey(View::Trend), QStringLiteral("trend"));
        QCOMPARE(FinancialChartBuilder::viewLabel(View::Q2), QStringLiteral("Year on Year"));
        QCOMPARE(labels.size(), FinancialChartBuilder::allViews().size());
        QVERIFY(!labels.contains(QString()));
        QCOMPARE(FinancialChartBuilder::viewFromKey(QStringLiteral("pie")), std::nullopt);
    }

    // Value labels stay inside the plot and clear of each other at every size; when the full
    // words do not fit they shorten, and only then drop out.
    void labelsNeverOverlap_data()
    {
        QTest::addColumn<View>("view");
        QTest::addColumn<Language>("lang");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("allFull");
        for (View v : FinancialChartBuilder::allViews()) {
            for (Language lang : { Language::English, Language::Korean }) {
                const QString name = FinancialChartBuilder::viewKey(v)
                        + (lang == Language::Korean ? QStringLiteral(" ko")
                                                    : QStringLiteral(" en"));
                QTest::addRow("%s 1200x700", qPrintable(name))
                        << v << lang << QSize(1200, 700) << true;
                QTest::addRow("%s 800x500", qPrintable(name))
                        << v << lang << QSize(800, 500) << false;
                QTest::addRow("%s 420x300", qPrintable(name))
                        << v << lang << QSize(420, 300) << false;
            }
        }
    }
    void labelsNeverOverlap()
    {
        QFETCH(View, view);
        QFETCH(Language, lang);
        QFETCH(QSize, size);
        QFETCH(bool, allFull);
        const auto chart = build(view, lang);
        layOut(chart.chart.get(), size);
        const QRectF plot = chart.chart->plotArea();
        QVERIFY(!plot.isEmpty());
        const auto placed = chart.labels->placed();
        QCOMPARE(placed.size(), chart.items.size());
        int visible = 0;
        for (qsizetype i = 0; i < placed.size(); ++i) {
            if (!placed.at(i).visible)
                continue;
            ++visible;
            QVERIFY(plot.contains(placed.at(i).rect));
            for (qsizetype j = i + 1; j < placed.size(); ++j)
                QVERIFY(!placed.at(j).visible || !placed.at(i).rect.intersects(placed.at(j).rect));
        }
        if (allFull) {
            QVERIFY(!chart.labels->isCompact());
            QCOMPARE(visible, placed.size());
        }
        // Category labels fit their slots side by side, or stand upright.
        auto *axis = qobject_cast<QBarCategoryAxis *>(chart.chart->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        if (axis->labelsAngle() == 0) {
            QTextDocument doc;
            doc.setDocumentMargin(0);
            doc.setDefaultFont(axis->labelsFont());
            for (const auto &label : axis->categories()) {
                doc.setHtml(label);
                QVERIFY2(doc.idealWidth() <= plot.width() / axis->count(),
                         qPrintable(plain(label)));
            }
        }
        if (allFull)
            QCOMPARE(axis->labelsAngle(), 0);
        // Axis titles are never cut short.
        for (QAbstractAxis *a : chart.chart->axes(Qt::Vertical))
            QVERIFY(QFontMetricsF(a->titleFont()).horizontalAdvance(plain(a->titleText()))
                    <= plot.height());
    }

    // A fourth quarter computed from DART filings (annual minus nine months) says so on hover, in
    // the words of the quarterly table.
    void computedFourthQuarterSaysSoOnHover()
    {
        Dataset data = ChartFixture::withLossAndGaps();
        for (auto &f : data.financials) {
            if (f.quarter == PartialDate::quarter(2024, 4))
                f.basis = u"consolidated-kifrs-q4-computed"_s;
        }
        FinancialChartBuilder::Options o;
        o.view = View::Trend;
        const auto chart = FinancialChartBuilder(data).build(o);
        int computed = 0;
        for (const auto &item : chart.items) {
            if (item.figure.quarter != PartialDate::quarter(2024, 4))
                continue;
            ++computed;
            QVERIFY2(item.toolTip.contains(FinancialTableModel::basisLabel(item.figure.basis)),
                     qPrintable(item.toolTip));
            QVERIFY2(item.toolTip.contains(u"Q4 computed"_s), qPrintable(item.toolTip));
        }
        QVERIFY(computed > 0);
    }

    // An operating loss goes below zero on the profit axis and into the margin, and the zero
    // of the profit axis sits on the same grid line as the revenue bars' floor.
    void lossIsBelowZeroWithItsMarginAndNote()
    {
        const Dataset data = ChartFixture::withLossAndGaps();
        FinancialChartBuilder::Options o;
        o.view = View::Trend;
        const auto chart = FinancialChartBuilder(data).build(o);
        QVERIFY(chart.chart);
        const FinancialChartBuilder::Item *loss = nullptr;
        for (const auto &item : chart.items) {
            if (item.figure.quarter == PartialDate::quarter(2024, 4)
                && item.figure.metric == Metric::OperatingProfit)
                loss = &item;
        }
        QVERIFY(loss);
        QVERIFY(loss->line);
        QCOMPARE(loss->plotted, -655.1);
        QVERIFY2(loss->toolTip.contains(u"restructuring"_s), qPrintable(loss->toolTip));

        const QSize size(1200, 700);
        layOut(chart.chart.get(), size);
        const QPointF point =
                chart.chart->mapToPosition(QPointF(loss->x, loss->plotted), loss->series);
        const QPointF profitZero = chart.chart->mapToPosition(QPointF(loss->x, 0.0), loss->series);
        const FinancialChartBuilder::Item *bar = nullptr;
        for (const auto &item : chart.items) {
            if (item.barSet)
                bar = &item;
        }
        QVERIFY(bar);
        const QPointF floor = chart.chart->mapToPosition(QPointF(bar->x, 0.0), bar->series);
        QVERIFY2(point.y() > profitZero.y() + 20, "a loss is drawn below zero");
        QVERIFY(chart.chart->plotArea().contains(point));
        QVERIFY2(std::abs(profitZero.y() - floor.y()) < 1.0, "both axes put zero on one line");

        const QStringList categories = categoryLabels(chart.chart.get());
        const double margin = -655.1 / 6575.6;
        QVERIFY2(categories.last().contains(ChartFormat::number(margin * 100, 1) + u'%'),
                 qPrintable(categories.last()));
        QVERIFY(categories.last().contains(QChar(0x2212)));
        // The table copies the loss with a sign a spreadsheet reads.
        bool copied = false;
        for (const auto &row : chart.table.rows) {
            for (const auto &cell : row)
                copied |= cell.copy == u"-655100000000"_s;
        }
        QVERIFY(copied);
    }

    // A quarter no source reports keeps its place with no bar and no point, and says why.
    void gapIsAMissingBarNotAZero()
    {
        const Dataset data = ChartFixture::withLossAndGaps();
        FinancialChartBuilder::Options o;
        o.view = View::Trend;
        const auto chart = FinancialChartBuilder(data).build(o);
        const QStringList categories = categoryLabels(chart.chart.get());
        QCOMPARE(categories.size(), 7); // 2023 Q2 to 2024 Q4, 2024 Q3 included
        QVERIFY2(categories.at(5).contains(
                         Format::date(PartialDate::quarter(2024, 3), Language::English))
                         && categories.at(5).contains(u"not reported"_s),
                 qPrintable(categories.at(5)));
        for (const auto &item : chart.items)
            QVERIFY(item.figure.quarter != PartialDate::quarter(2024, 3));
        // The profit line is broken at the gap, never drawn across it.
        QSet<const QXYSeries *> lines;
        for (const auto &item : chart.items) {
            if (item.line) {
                lines.insert(item.line);
                for (const QPointF &p : item.line->points())
                    QVERIFY(p.x() != 5.0);
            }
        }
        QCOMPARE(lines.size(), 2);
        const auto &row = chart.table.rows.at(5);
        QCOMPARE(row.at(1).text, u"not reported"_s);
        QCOMPARE(row.at(1).toolTip, u"No source reports this quarter."_s);
        QVERIFY(row.at(1).copy.isEmpty());
        QVERIFY2(plain(chart.chart->title()).contains(u"no bar or point"_s),
                 qPrintable(plain(chart.chart->title())));
    }

    void peersShowAKnownGapInItsPlace()
    {
        const Dataset data = ChartFixture::withLossAndGaps();
        FinancialChartBuilder::Options o;
        o.view = View::Peers;
        o.quarter = PartialDate::quarter(2024, 4);
        const auto chart = FinancialChartBuilder(data).build(o);
        QVERIFY(chart.chart);
        const QStringList categories = categoryLabels(chart.chart.get());
        QCOMPARE(categories.size(), 2); // KT, and LG Uplus whose profit is a known gap
        QVERIFY2(categories.at(1).contains(u"profit n/a"_s), qPrintable(categories.at(1)));
        QCOMPARE(chart.items.size(), 3);
        // From a profit to a loss is no percentage: the label says what happened.
        for (const auto &item : chart.items) {
            if (item.figure.companyId == u"kt"_s && item.figure.metric == Metric::OperatingProfit) {
                QVERIFY(!item.change);
                QVERIFY2(item.label.contains(u"turned to a loss"_s), qPrintable(item.label));
                QVERIFY2(item.toolTip.contains(u"Year on year: turned to a loss"_s),
                         qPrintable(item.toolTip));
            }
        }
        QCOMPARE(chart.table.rows.at(1).at(3).text, u"not reported"_s);
        QCOMPARE(chart.table.rows.at(1).at(3).toolTip, u"Only a derived value exists."_s);
    }
};

QTEST_MAIN(TestChartBuilder)
#include "tst_chartbuilder.moc"
