// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The briefing with its figures, as File → Export Briefing as PDF writes it: the numbers drawn in
// the charts (axis labels, bar labels) stay text a reader can search and copy, because every
// drawing sets its digits in the Latin family of the one font factory.

#include "../charts/chartfixture.h"
#include "charts/financialchartbuilder.h"
#include "charts/valuelabellayer.h"
#include "core/syntheticdataset.h"
#include "models/document.h"
#include "render/typography.h"
#include "reports/briefingcommand.h"

#include <QCategoryAxis>
#include <QFileInfo>
#include <QHashSeed>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;

namespace {

QString tool(const char *name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

QString runTool(const char *name, const QStringList &args)
{
    QProcess p;
    p.start(tool(name), args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The company graph figure alone on an A4 page, as the briefing places it.
QString graphPage(const Document &document, const QString &path)
{
    const Briefing::Figures figures = BriefingCommand::figures(document, BriefingOptions{});
    if (!figures.graph)
        return {};
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter p(&writer);
    figures.graph(p, QRectF(0, 0, writer.width(), writer.height() * 0.4));
    p.end();
    // pdfimages -list: two lines of heading, then a line per picture.
    return runTool("pdfimages", { QStringLiteral("-list"), path });
}

int pictureCount(const QString &list)
{
    return int(list.split(u'\n', Qt::SkipEmptyParts).size()) - 2;
}

} // namespace

class TestBriefingFigures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QHashSeed::setDeterministicGlobalSeed();
        QStandardPaths::setTestModeEnabled(true);
    }

    void chartDigitsAreText()
    {
        if (tool("pdftotext").isEmpty() || tool("pdffonts").isEmpty())
            QSKIP("pdftotext and pdffonts (poppler-utils) are not installed");
        Document document;
        document.setData(ChartFixture::dataset());
        BriefingOptions options;
        options.generated = QDate(2024, 9, 1);
        options.focus = { QStringLiteral("kt") };
        const Briefing::Figures figures = BriefingCommand::figures(document, options);
        QCOMPARE(figures.charts.size(), 3);

        QTemporaryDir dir;
        // To look at the pages: ATLAS_SHOT_DIR=/some/dir ctest -R tst_briefingfigures
        const QString shots = qEnvironmentVariable("ATLAS_SHOT_DIR");
        const QString path =
                (shots.isEmpty() ? dir.path() : shots) + QStringLiteral("/figures.pdf");
        QString error;
        QVERIFY2(BriefingCommand::writePdf(document, options, path, &error), qPrintable(error));
        const QString text = runTool("pdftotext", { path, QStringLiteral("-") });
        QVERIFY(!text.isEmpty());

        // The briefing's first chart is KT's second quarter of 2024 against a year earlier.
        FinancialChartBuilder::Options o;
        o.companyId = QStringLiteral("kt");
        o.view = FinancialChartBuilder::View::Q2;
        const auto chart = FinancialChartBuilder(document.data()).build(o);
        QVERIFY(chart.chart);
        QStringList axisDigits;
        for (QAbstractAxis *axis : chart.chart->axes(Qt::Vertical)) {
            if (auto *values = qobject_cast<QCategoryAxis *>(axis))
                axisDigits += values->categoriesLabels();
        }
        axisDigits.removeAll(QStringLiteral("0"));
        QVERIFY2(axisDigits.size() >= 4, qPrintable(axisDigits.join(u'|')));
        for (const auto &label : std::as_const(axisDigits))
            QVERIFY2(text.contains(label),
                     qPrintable(QStringLiteral("axis label %1 not in the PDF text").arg(label)));
        // The bar labels: each figure's value as the label layer writes it.
        for (const auto &placed : chart.labels->placed()) {
            if (!placed.visible)
                continue;
            const QString value = placed.text.section(u'\n', 0, 0);
            QVERIFY2(text.contains(value),
                     qPrintable(QStringLiteral("bar label %1 not in the PDF text").arg(value)));
        }

        // The digits come from the Latin family, embedded with its text mapping.
        const QString fonts = runTool("pdffonts", { path });
        QString latin = Typography::families().constFirst();
        QVERIFY2(fonts.contains(latin.remove(u' ')), qPrintable(fonts));
    }

    // A graph too large to follow line by line goes into the PDF as a picture at print resolution:
    // as vectors the briefing of 2,000 companies and 6,000 relationships took 25 MB, too much to
    // send. A small graph stays vectors, its labels text.
    void aLargeGraphIsAPictureASmallOneLines()
    {
        if (tool("pdfimages").isEmpty())
            QSKIP("pdfimages (poppler-utils) is not installed");
        QTemporaryDir dir;
        Document small;
        small.setData(ChartFixture::dataset());
        const QString smallList = graphPage(small, dir.filePath(QStringLiteral("small.pdf")));
        QVERIFY(!smallList.isEmpty());
        QCOMPARE(pictureCount(smallList), 0);

        SyntheticOptions o;
        o.companies = 300;
        o.events = 300;
        o.relationships = 3000;
        Document large;
        large.setData(makeSyntheticDataset(o));
        const QString largePath = dir.filePath(QStringLiteral("large.pdf"));
        const QString largeList = graphPage(large, largePath);
        QCOMPARE(pictureCount(largeList), 1);
        QVERIFY2(largeList.contains(QLatin1String("rgb")), qPrintable(largeList));
        QVERIFY2(QFileInfo(largePath).size() < 2 * 1024 * 1024,
                 qPrintable(QString::number(QFileInfo(largePath).size())));
    }
};

QTEST_MAIN(TestBriefingFigures)
#include "tst_briefingfigures.moc"
