// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The briefing with its figures, as File → Export Briefing as PDF writes it: the numbers drawn in
// the charts (axis labels, bar labels) stay text a reader can search and copy, because every
// drawing sets its digits in the Latin family of the one font factory.

#include "../charts/chartfixture.h"
#include "charts/financialchartbuilder.h"
#include "charts/valuelabellayer.h"
#include "models/document.h"
#include "render/typography.h"
#include "reports/briefingcommand.h"

#include <QCategoryAxis>
#include <QHashSeed>
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
};

QTEST_MAIN(TestBriefingFigures)
#include "tst_briefingfigures.moc"
