// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The headless renderer behind `telco-atlas --render-chart`: files that hold the chart's text,
// and errors that name what was wrong.
#include "chartfixture.h"
#include "charts/chartrender.h"
#include "charts/financialchartbuilder.h"
#include "models/document.h"
#include "render/typography.h"

#include <QBarSet>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;

class TestChartRender : public QObject
{
    Q_OBJECT

    Document m_document;
    QTemporaryDir m_dir;

    QString readAll(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_document.setData(ChartFixture::dataset());
        QVERIFY(m_dir.isValid());
    }

    void writesEveryViewInBothLanguages_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QSize>("size");
        for (const char *view : { "q2", "trend", "peers" }) {
            for (const char *lang : { "en", "ko" }) {
                for (const QSize size : { QSize(1200, 700), QSize(560, 360), QSize(420, 300) })
                    QTest::addRow("%s %s %dx%d", view, lang, size.width(), size.height())
                            << QString::fromLatin1(view) << QString::fromLatin1(lang) << size;
            }
        }
    }
    void writesEveryViewInBothLanguages()
    {
        QFETCH(QString, view);
        QFETCH(QString, lang);
        QFETCH(QSize, size);
        // ATLAS_CHART_RENDER_DIR keeps the files for a person to look at.
        const QString keep = qEnvironmentVariable("ATLAS_CHART_RENDER_DIR");
        const QString dir = keep.isEmpty() ? m_dir.path() : keep;
        ChartRender::Options o;
        o.view = FinancialChartBuilder::viewFromKey(view).value_or(FinancialChartBuilder::View::Q2);
        o.lang = languageFromCode(lang);
        o.size = size;
        const QString base = QStringLiteral("%1/%2-%3-%4").arg(dir, view, lang).arg(size.width());
        for (const char *ext : { "png", "svg" }) {
            const QString path = base + QLatin1Char('.') + QString::fromLatin1(ext);
            QFile::remove(path);
            QString error;
            QVERIFY2(ChartRender::renderToFile(m_document, o, path, &error), qPrintable(error));
            QVERIFY(QFile::exists(path));
        }
        QImageReader png(base + QStringLiteral(".png"));
        QCOMPARE(png.format(), QByteArray("png"));
        QCOMPARE(png.size(), size * 2); // device pixel ratio 2
        QVERIFY(readAll(base + QStringLiteral(".svg")).contains(QStringLiteral("<svg")));
    }

    // SVG keeps the chart's words as text: titles, axis titles, category and value labels.
    void svgHoldsAxisAndBarLabelsAsText_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<Language>("lang");
        QTest::addColumn<QStringList>("texts");
        QTest::newRow("q2 en") << "q2" << Language::English
                               << QStringList{ "KT: Q2 2024 against Q2 2023",
                                               "Revenue (KRW trillion)",
                                               "Operating profit (KRW billion)",
                                               "Q2 2024",
                                               "Q2 2023",
                                               "KRW 6.55 trillion",
                                               "KRW 494.0 billion",
                                               "KRW 576.1 billion",
                                               "\u221214.3%",
                                               "0.0%" };
        QTest::newRow("q2 ko") << "q2" << Language::Korean
                               << QStringList{ "6조 5,464억 원", "4,940억 원", "5,761억 원",
                                               "\u221214.3%", "억 원)" };
        QTest::newRow("trend en") << "trend" << Language::English
                                  << QStringList{ "KT: quarterly results, Q2 2023 to Q2 2024",
                                                  "Q4 2023", "margin 4.0%", "KRW 265.6 billion",
                                                  "KRW 6.70 trillion" };
        QTest::newRow("peers en") << "peers" << Language::English
                                  << QStringList{ "KT", "SK Telecom", "LG Uplus",
                                                  "KRW 537.5 billion", "+16.0%" };
        QTest::newRow("peers ko") << "peers" << Language::Korean
                                  << QStringList{ "케이티", "2,540억 원", "\u221211.8%" };
    }
    void svgHoldsAxisAndBarLabelsAsText()
    {
        QFETCH(QString, view);
        QFETCH(Language, lang);
        QFETCH(QStringList, texts);
        ChartRender::Options o;
        o.view = FinancialChartBuilder::viewFromKey(view).value_or(FinancialChartBuilder::View::Q2);
        o.lang = lang;
        const QString path = m_dir.filePath(QStringLiteral("labels.svg"));
        QString error;
        QVERIFY2(ChartRender::renderToFile(m_document, o, path, &error), qPrintable(error));
        const QString svg = readAll(path);
        // A label mixing Korean and digits is written as one <text> per font (Latin, Korean) side
        // by side: read the runs in order.
        QString runs;
        static const QRegularExpression run(QStringLiteral(">([^<]*)</text>"));
        for (const auto &m : run.globalMatch(svg))
            runs += m.captured(1);
        runs.remove(u' ');
        for (const auto &t : texts)
            QVERIFY2(runs.contains(QString(t.toHtmlEscaped()).remove(u' ')), qPrintable(t));
        QVERIFY(svg.contains(
                QStringLiteral("font-family=\"%1\"").arg(Typography::families().constFirst())));
        QVERIFY(!svg.contains(QStringLiteral("...</text>"))); // nothing cut short
    }

    // The PNG shows each bar where its figure puts it, in its colour, at twice the pixels.
    void pngShowsTheBars()
    {
        ChartRender::Options o;
        const QString path = m_dir.filePath(QStringLiteral("bars.png"));
        QString error;
        QVERIFY2(ChartRender::renderToFile(m_document, o, path, &error), qPrintable(error));
        const QImage png(path);
        QCOMPARE(png.size(), o.size * 2);

        FinancialChartBuilder::Options bo;
        const auto chart = FinancialChartBuilder(m_document.data()).build(bo);
        QImage scratch(o.size, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&scratch);
        ChartRender::paint(chart.chart.get(), o.size, &painter, QRectF(QPointF(0, 0), o.size));
        QCOMPARE(chart.items.size(), 4);
        for (const auto &item : chart.items) {
            const QPointF mid =
                    chart.chart->mapToPosition(QPointF(item.x, item.plotted / 2), item.series);
            const bool highlighted = item.barSet->selectedBars().contains(item.index);
            const QColor expected =
                    highlighted ? item.barSet->selectedColor() : item.barSet->color();
            QCOMPARE(png.pixelColor((mid * 2).toPoint()), expected);
        }
    }

    void findsTheCompanyByNameOrTicker_data()
    {
        QTest::addColumn<QString>("company");
        QTest::addColumn<QString>("title");
        QTest::newRow("id") << "sk-telecom"
                            << "SK Telecom: Q2 2024";
        QTest::newRow("English name, any case") << "lg uplus"
                                                << "LG Uplus: Q2 2024";
        QTest::newRow("Korean name") << "SK텔레콤"
                                     << "SK Telecom: Q2 2024";
        QTest::newRow("ticker") << "KRX:030200"
                                << "KT: Q2 2024";
    }
    void findsTheCompanyByNameOrTicker()
    {
        QFETCH(QString, company);
        QFETCH(QString, title);
        ChartRender::Options o;
        o.company = company;
        const QString path = m_dir.filePath(QStringLiteral("company.svg"));
        QString error;
        QVERIFY2(ChartRender::renderToFile(m_document, o, path, &error), qPrintable(error));
        QVERIFY(readAll(path).contains(QLatin1Char('>') + title));
    }

    // A wrong request writes nothing and says which value was wrong.
    void errorsNameTheValue_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("company");
        QTest::addColumn<QString>("view");
        QTest::addColumn<QString>("quarter");
        QTest::addColumn<QString>("named");
        QTest::newRow("unknown extension") << "chart.gif"
                                           << ""
                                           << ""
                                           << ""
                                           << "gif";
        QTest::newRow("no extension") << "chart"
                                      << ""
                                      << ""
                                      << ""
                                      << ".svg or .png";
        QTest::newRow("unknown company") << "chart.svg"
                                         << "Nokia"
                                         << ""
                                         << ""
                                         << "Nokia";
        QTest::newRow("company without figures") << "chart.svg"
                                                 << "Microsoft"
                                                 << ""
                                                 << ""
                                                 << "Microsoft";
        QTest::newRow("malformed quarter") << "chart.svg"
                                           << ""
                                           << ""
                                           << "2024-Q5"
                                           << "2024-Q5";
        QTest::newRow("quarter without figures") << "chart.svg"
                                                 << ""
                                                 << "peers"
                                                 << "2019-Q1"
                                                 << "2019";
        QTest::newRow("missing folder") << "no/such/folder/chart.svg"
                                        << ""
                                        << ""
                                        << ""
                                        << "no/such/folder";
    }
    void errorsNameTheValue()
    {
        QFETCH(QString, file);
        QFETCH(QString, company);
        QFETCH(QString, view);
        QFETCH(QString, quarter);
        QFETCH(QString, named);
        ChartRender::Options o;
        o.company = company;
        o.view = FinancialChartBuilder::viewFromKey(view).value_or(FinancialChartBuilder::View::Q2);
        o.quarter = quarter;
        const QString path = m_dir.filePath(file);
        QString error;
        QVERIFY(!ChartRender::renderToFile(m_document, o, path, &error));
        QVERIFY2(error.contains(named), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestChartRender)
#include "tst_chartrender.moc"
