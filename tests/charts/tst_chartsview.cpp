// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The chart view as a user meets it: it follows the document's selection, time window and
// language; hovering or clicking a bar reports that figure; the table copies exact numbers.
#include "chartfixture.h"
#include "charts/chartsview.h"
#include "core/formatting.h"
#include "models/document.h"

#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QImageReader>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolTip>
#include <QXYSeries>

using namespace atlas;
using View = FinancialChartBuilder::View;

namespace {
QString plain(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}
} // namespace

class TestChartsView : public QObject
{
    Q_OBJECT

    Dataset m_data;

    FinancialFigure figure(const QString &company, const QString &quarter, Metric metric) const
    {
        const auto f = m_data.figure(company, PartialDate::fromString(quarter), metric);
        return f ? *f : FinancialFigure{};
    }

    static const FinancialChartBuilder::Item *itemFor(const ChartsView &view,
                                                      const FinancialFigure &f)
    {
        for (const auto &item : view.currentChart().items) {
            if (item.figure == f)
                return &item;
        }
        return nullptr;
    }

    // The middle of a bar, or a line's point, in the chart view's viewport.
    static QPoint viewportPoint(const ChartsView &view, const FinancialChartBuilder::Item &item)
    {
        QChart *chart = view.chartView()->chart();
        const double y = item.barSet ? item.plotted / 2 : item.plotted;
        const QPointF inChart = chart->mapToPosition(QPointF(item.x, y), item.series);
        return view.chartView()->mapFromScene(chart->mapToScene(inChart));
    }

    QStringList itemCompanies(const ChartsView &view) const
    {
        QStringList out;
        for (const auto &item : view.currentChart().items) {
            if (!out.contains(item.figure.companyId))
                out << item.figure.companyId;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_data = ChartFixture::dataset();
    }

    void cleanup() { QToolTip::hideText(); }

    void opensOnKtSecondQuarter()
    {
        Document doc;
        doc.setData(m_data);
        ChartsView view(&doc);
        QCOMPARE(view.view(), View::Q2);
        QCOMPARE(view.company(), QStringLiteral("kt"));
        QVERIFY(view.emptyText().isEmpty());
        QCOMPARE(view.currentChart().quarter, PartialDate::quarter(2024, 2));
        QVERIFY(plain(view.chartView()->chart()->title()).startsWith(QStringLiteral("KT")));
        // The table beside the chart holds the same numbers.
        auto *model = view.tableView()->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(1, 2).data().toString(),
                 Format::money(494.0e9, QStringLiteral("KRW"), Language::English));
        QCOMPARE(model->index(1, 3).data().toString(), QStringLiteral("\u221214.3%"));
        QCOMPARE(model->index(0, 3).data().toString(), QStringLiteral("0.0%"));
    }

    void followsTheSelectedCompany()
    {
        Document doc;
        doc.setData(m_data);
        ChartsView view(&doc);
        doc.selectEntity(QStringLiteral("sk-telecom"));
        QCOMPARE(view.company(), QStringLiteral("sk-telecom"));
        QCOMPARE(itemCompanies(view), QStringList{ QStringLiteral("sk-telecom") });
        QVERIFY(plain(view.chartView()->chart()->title()).startsWith(QStringLiteral("SK Telecom")));
        QVERIFY(view.noticeText().isEmpty());

        // A company without figures: the chart stays (the same one, not built again) and says
        // why.
        const QChart *shown = view.chartView()->chart();
        doc.selectEntity(QStringLiteral("microsoft"));
        QCOMPARE(view.chartView()->chart(), shown);
        QCOMPARE(view.company(), QStringLiteral("sk-telecom"));
        QCOMPARE(itemCompanies(view), QStringList{ QStringLiteral("sk-telecom") });
        QVERIFY2(view.noticeText().contains(QStringLiteral("Microsoft")),
                 qPrintable(view.noticeText()));
        QVERIFY2(view.noticeText().contains(QStringLiteral("SK Telecom")),
                 qPrintable(view.noticeText()));

        // Not a company at all: nothing to follow, and the notice is gone.
        doc.selectEntity(QStringLiteral("kim-young-shub"));
        QCOMPARE(view.company(), QStringLiteral("sk-telecom"));
        QVERIFY(view.noticeText().isEmpty());

        // The peers view shows every operator and highlights the selected one.
        view.setView(View::Peers);
        QCOMPARE(itemCompanies(view), (QStringList{ "kt", "sk-telecom", "lg-uplus" }));
        for (const auto &item : view.currentChart().items)
            QCOMPARE(item.barSet->selectedBars().contains(item.index),
                     item.figure.companyId == QStringLiteral("sk-telecom"));
        doc.selectEntity(QStringLiteral("lg-uplus"));
        for (const auto &item : view.currentChart().items)
            QCOMPARE(item.barSet->selectedBars().contains(item.index),
                     item.figure.companyId == QStringLiteral("lg-uplus"));
    }

    void choosingACompanySelectsItInTheDocument()
    {
        Document doc;
        doc.setData(m_data);
        ChartsView view(&doc);
        auto *combo = view.findChild<QComboBox *>(QStringLiteral("companyCombo"));
        QVERIFY(combo);
        QVERIFY(combo->findData(QStringLiteral("lg-uplus")) > combo->currentIndex());
        while (combo->currentData().toString() != QStringLiteral("lg-uplus")
               && combo->currentIndex() < combo->count() - 1)
            QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(doc.selection(),
                 (Document::Selection{ Document::SelectionType::Entity,
                                       QStringLiteral("lg-uplus") }));
        QCOMPARE(view.company(), QStringLiteral("lg-uplus"));
    }

    void timeWindowLimitsTheQuarters()
    {
        Document doc;
        doc.setData(m_data);
        ChartsView view(&doc);
        view.setView(View::Trend);
        const int all = int(view.currentChart().items.size());
        QCOMPARE(all, int(m_data.series(QStringLiteral("kt"), Metric::Revenue).size() * 2));

        const QDate from(2024, 1, 1), to(2024, 12, 31);
        doc.setTimeWindow(from, to);
        QVERIFY(view.currentChart().items.size() < all);
        QVERIFY(!view.currentChart().items.isEmpty());
        for (const auto &item : view.currentChart().items)
            QVERIFY(item.figure.quarter.overlaps(from, to));
        QCOMPARE(view.tableView()->model()->rowCount(), int(view.currentChart().items.size() / 2));

        // The year-on-year pair reaches into 2023: an empty state that says why.
        view.setView(View::Q2);
        QVERIFY(!view.emptyText().isEmpty());
        QVERIFY2(view.emptyText().contains(QStringLiteral("time window")),
                 qPrintable(view.emptyText()));
        QVERIFY(!view.chartView()->isVisibleTo(&view));
        QCOMPARE(view.tableView()->model()->rowCount(), 0);
        QVERIFY(!view.exportActions().at(0)->isEnabled());

        doc.resetTimeWindow();
        QVERIFY(view.emptyText().isEmpty());
        QVERIFY(view.chartView()->isVisibleTo(&view));
        QCOMPARE(view.currentChart().items.size(), 4);
    }

    void hoveringReportsTheFigure_data()
    {
        QTest::addColumn<View>("view");
        QTest::addColumn<QString>("company");
        QTest::addColumn<QString>("quarter");
        QTest::addColumn<Metric>("metric");
        QTest::newRow("KT Q2 2024 operating profit") << View::Q2 << "kt"
                                                     << "2024-Q2" << Metric::OperatingProfit;
        QTest::newRow("KT Q2 2023 revenue") << View::Q2 << "kt"
                                            << "2023-Q2" << Metric::Revenue;
        QTest::newRow("KT Q4 2023 profit on the trend line")
                << View::Trend << "kt"
                << "2023-Q4" << Metric::OperatingProfit;
        QTest::newRow("KT Q3 2023 revenue bar of the trend") << View::Trend << "kt"
                                                             << "2023-Q3" << Metric::Revenue;
        QTest::newRow("LG Uplus revenue among peers") << View::Peers << "lg-uplus"
                                                      << "2024-Q2" << Metric::Revenue;
    }
    void hoveringReportsTheFigure()
    {
        QFETCH(View, view);
        QFETCH(QString, company);
        QFETCH(QString, quarter);
        QFETCH(Metric, metric);
        Document doc;
        doc.setData(m_data);
        ChartsView charts(&doc);
        charts.setView(view);
        charts.resize(1400, 800);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));

        const FinancialFigure expected = figure(company, quarter, metric);
        const auto *item = itemFor(charts, expected);
        QVERIFY(item);
        QSignalSpy hovered(&charts, &ChartsView::figureHovered);
        const QPoint at = viewportPoint(charts, *item);
        QTest::mouseMove(charts.chartView()->viewport(), at + QPoint(1, 0));
        QTest::mouseMove(charts.chartView()->viewport(), at);
        QTRY_VERIFY(!hovered.isEmpty());
        QCOMPARE(hovered.constLast().at(0).value<FinancialFigure>(), expected);

        // The tooltip: the exact value, the quarter, the basis and the source.
        QTRY_VERIFY(QToolTip::isVisible());
        const QString tip = QToolTip::text();
        QVERIFY2(tip.contains(Format::money(expected.value, expected.currency, Language::English)),
                 qPrintable(tip));
        QVERIFY2(tip.contains(QLocale(QLocale::English).toString(qint64(expected.value))),
                 qPrintable(tip));
        QVERIFY2(tip.contains(Format::date(expected.quarter, Language::English)), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("K-IFRS")), qPrintable(tip));
        QVERIFY2(tip.contains(m_data.source(expected.sourceId)->publisher), qPrintable(tip));
        QVERIFY(charts.statusText().contains(
                Format::money(expected.value, expected.currency, Language::English)));
    }

    void clickingABarReportsItAndSelectsTheCompany()
    {
        Document doc;
        doc.setData(m_data);
        ChartsView charts(&doc);
        charts.setView(View::Peers);
        charts.resize(1400, 800);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));

        const FinancialFigure expected = figure(QStringLiteral("lg-uplus"),
                                                QStringLiteral("2024-Q2"), Metric::OperatingProfit);
        const auto *item = itemFor(charts, expected);
        QVERIFY(item);
        QSignalSpy clicked(&charts, &ChartsView::figureClicked);
        QTest::mouseClick(charts.chartView()->viewport(), Qt::LeftButton, {},
                          viewportPoint(charts, *item));
        QTRY_COMPARE(clicked.count(), 1);
        QCOMPARE(clicked.at(0).at(0).value<FinancialFigure>(), expected);
        QTRY_COMPARE(doc.selection(),
                     (Document::Selection{ Document::SelectionType::Entity,
                                           QStringLiteral("lg-uplus") }));
        QCOMPARE(charts.company(), QStringLiteral("lg-uplus"));
        // The peers chart is drawn again with LG Uplus highlighted once the click is over.
        auto highlighted = [&] {
            QStringList out;
            for (const auto &item : charts.currentChart().items) {
                if (item.barSet->selectedBars().contains(item.index))
                    out << item.figure.companyId;
            }
            out.removeDuplicates();
            return out;
        };
        QTRY_COMPARE(highlighted(), QStringList{ QStringLiteral("lg-uplus") });
    }

    void copyGivesTabSeparatedExactNumbers()
    {
        Document doc;
        doc.setData(m_data);
        ChartsView charts(&doc);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        QTableView *table = charts.tableView();
        auto number = [&](const char *quarter, Metric m) {
            return QString::number(
                    qint64(figure(QStringLiteral("kt"), QString::fromLatin1(quarter), m).value));
        };

        table->selectAll();
        table->setFocus();
        QApplication::clipboard()->clear();
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        const QString expected = labelOf(Metric::Revenue) + QLatin1Char('\t')
                + number("2023-Q2", Metric::Revenue) + QLatin1Char('\t')
                + number("2024-Q2", Metric::Revenue) + QStringLiteral("\t0.0%\n")
                + labelOf(Metric::OperatingProfit) + QLatin1Char('\t')
                + number("2023-Q2", Metric::OperatingProfit) + QLatin1Char('\t')
                + number("2024-Q2", Metric::OperatingProfit) + QStringLiteral("\t-14.3%");
        QTRY_COMPARE(QApplication::clipboard()->text(), expected);
        QVERIFY(expected.contains(QStringLiteral("494000000000")));

        // A block of the selection: only those cells, in their rows.
        auto *model = table->model();
        table->selectionModel()->select(QItemSelection(model->index(0, 2), model->index(1, 2)),
                                        QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::clipboard()->text(),
                     number("2024-Q2", Metric::Revenue) + QLatin1Char('\n')
                             + number("2024-Q2", Metric::OperatingProfit));
    }

    void switchesLanguage()
    {
        Document doc;
        doc.setData(m_data);
        ChartsView charts(&doc);
        doc.setLanguage(Language::Korean);
        auto *model = charts.tableView()->model();
        QCOMPARE(model->index(0, 2).data().toString(), QStringLiteral("6조 5,464억 원"));
        QCOMPARE(model->index(1, 2).data().toString(), QStringLiteral("4,940억 원"));
        QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("2024년 2분기"));
        QStringList labels;
        for (const auto &item : charts.currentChart().items)
            labels << item.label;
        QVERIFY2(labels.contains(QStringLiteral("4,940억 원\n\u221214.3%")),
                 qPrintable(labels.join(QLatin1Char('|'))));
        QVERIFY(plain(charts.chartView()->chart()->title())
                        .startsWith(m_data.entity(QStringLiteral("kt"))->name.ko));
    }

    void altDigitsSwitchViews()
    {
        Document doc;
        doc.setData(m_data);
        ChartsView charts(&doc);
        charts.show();
        QApplication::setActiveWindow(&charts);
        QVERIFY(QTest::qWaitForWindowActive(&charts));
        charts.tableView()->setFocus();
        QSignalSpy changed(&charts, &ChartsView::viewChanged);
        QTest::keyClick(charts.tableView(), Qt::Key_2, Qt::AltModifier);
        QTRY_COMPARE(charts.view(), View::Trend);
        QTest::keyClick(charts.tableView(), Qt::Key_3, Qt::AltModifier);
        QTRY_COMPARE(charts.view(), View::Peers);
        QTest::keyClick(charts.tableView(), Qt::Key_1, Qt::AltModifier);
        QTRY_COMPARE(charts.view(), View::Q2);
        QCOMPARE(changed.count(), 3);
        QVERIFY(charts.viewActions().at(0)->isChecked());
    }

    void exportsWhatItShows()
    {
        Document doc;
        doc.setData(m_data);
        ChartsView charts(&doc);
        doc.selectEntity(QStringLiteral("sk-telecom"));
        charts.setView(View::Trend);
        QTemporaryDir dir;
        QString error;
        const QString svg = dir.filePath(QStringLiteral("chart.svg"));
        QVERIFY2(charts.exportTo(svg, &error), qPrintable(error));
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(QStringLiteral(">SK Telecom: quarterly results")));
        QVERIFY(text.contains(
                QStringLiteral(">")
                + Format::money(figure(QStringLiteral("sk-telecom"), QStringLiteral("2024-Q2"),
                                       Metric::OperatingProfit)
                                        .value,
                                QStringLiteral("KRW"), Language::English)
                + QStringLiteral("</text>")));
        const QString png = dir.filePath(QStringLiteral("chart.png"));
        QVERIFY2(charts.exportTo(png, &error), qPrintable(error));
        QCOMPARE(QImageReader(png).size(), QSize(2400, 1400));
        QVERIFY(!charts.exportTo(dir.filePath(QStringLiteral("chart.jpg")), &error));
        QVERIFY2(error.contains(QStringLiteral("jpg")), qPrintable(error));
    }

    // The table sits beside the chart and shows its numbers whole; the chart keeps most room.
    void tableBesideTheChart_data()
    {
        QTest::addColumn<View>("view");
        QTest::addColumn<Language>("lang");
        QTest::addColumn<QSize>("size");
        for (View v : FinancialChartBuilder::allViews()) {
            for (Language lang : { Language::English, Language::Korean }) {
                for (const QSize size : { QSize(1400, 700), QSize(820, 460) })
                    QTest::addRow("%s %s %d", qPrintable(FinancialChartBuilder::viewKey(v)),
                                  lang == Language::Korean ? "ko" : "en", size.width())
                            << v << lang << size;
            }
        }
    }
    void tableBesideTheChart()
    {
        QFETCH(View, view);
        QFETCH(Language, lang);
        QFETCH(QSize, size);
        Document doc;
        doc.setData(m_data);
        doc.setLanguage(lang);
        ChartsView charts(&doc);
        charts.setView(view);
        charts.resize(size);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        const QRect chartRect(charts.chartView()->mapTo(&charts, QPoint(0, 0)),
                              charts.chartView()->size());
        const QRect tableRect(charts.tableView()->mapTo(&charts, QPoint(0, 0)),
                              charts.tableView()->size());
        QVERIFY(tableRect.left() >= chartRect.right());
        QVERIFY(chartRect.width() > tableRect.width());
        // ATLAS_CHART_RENDER_DIR keeps a picture of the widget for a person to look at.
        const QString keep = qEnvironmentVariable("ATLAS_CHART_RENDER_DIR");
        if (!keep.isEmpty())
            charts.grab().save(QStringLiteral("%1/widget-%2.png")
                                       .arg(keep,
                                            QString::fromLatin1(QTest::currentDataTag())
                                                    .replace(QLatin1Char(' '), QLatin1Char('-'))));
        if (size.width() < 1000)
            return; // narrow: the chart keeps more than half, the table scrolls
        QTableView *table = charts.tableView();
        int columns = 0;
        for (int c = 0; c < table->model()->columnCount(); ++c) {
            columns += table->columnWidth(c);
            for (int r = 0; r < table->model()->rowCount(); ++r) {
                const QString text = table->model()->index(r, c).data().toString();
                QVERIFY2(table->fontMetrics().horizontalAdvance(text) <= table->columnWidth(c),
                         qPrintable(text));
            }
        }
        QVERIFY2(
                columns <= table->viewport()->width(),
                qPrintable(QStringLiteral("%1 > %2").arg(columns).arg(table->viewport()->width())));
    }
};

QTEST_MAIN(TestChartsView)
#include "tst_chartsview.moc"
