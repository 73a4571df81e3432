// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The views follow the desktop's palette: under a dark theme the graph, timeline and chart
// canvases are dark with light text; under a light one they stay light. Exports stay light
// whatever the desktop.

#include "../models/testdataset.h"
#include "charts/chartsview.h"
#include "graph/graphview.h"
#include "graph/graphwidget.h"
#include "models/document.h"
#include "render/palette.h"
#include "timeline/timelineview.h"
#include "timeline/timelinewidget.h"

#include <QApplication>
#include <QChartView>
#include <QImage>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;
using namespace Qt::StringLiterals;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x30));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x29));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x2d, 0x2d, 0x30));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Highlight, QColor(0x26, 0x4f, 0x78));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

// The lightness of a picture's corners (inside a small inset: frames and focus rings aside).
QList<double> corners(const QImage &image)
{
    const int w = image.width(), h = image.height(),
              d = std::max(6, int(image.devicePixelRatio() * 6));
    return { image.pixelColor(d, h - d).lightnessF(), image.pixelColor(w - d, h - d).lightnessF(),
             image.pixelColor(w - d, d).lightnessF(), image.pixelColor(w / 2, h - d).lightnessF() };
}

// How many pixels are light: text on a dark canvas.
int lightPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            n += image.pixelColor(x, y).lightnessF() > 0.75;
    }
    return n;
}

} // namespace

class TestDarkPalette : public QObject
{
    Q_OBJECT

    QPalette m_original;

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        m_original = QApplication::palette();
    }
    void cleanup() { QApplication::setPalette(m_original); }

    void canvasesFollowThePalette_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("dark desktop") << true;
        QTest::newRow("light desktop") << false;
    }
    void canvasesFollowThePalette()
    {
        QFETCH(bool, dark);
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        QCOMPARE(Palette::screen().isDark(), dark);

        Document document;
        document.setData(TestData::makeDataset());
        GraphWidget graph(&document);
        TimelineWidget timeline(&document);
        ChartsView charts(&document);
        const QList<QPair<const char *, QWidget *>> canvases{ { "graph", graph.view() },
                                                              { "timeline", timeline.view() },
                                                              { "charts", charts.chartView() } };
        for (QWidget *top : { static_cast<QWidget *>(&graph), static_cast<QWidget *>(&timeline),
                              static_cast<QWidget *>(&charts) }) {
            top->resize(900, 600);
            top->show();
            QVERIFY(QTest::qWaitForWindowExposed(top));
        }
        for (const auto &[name, canvas] : canvases) {
            const QImage image = canvas->grab().toImage();
            QVERIFY2(!image.isNull(), name);
            // To look at them: ATLAS_SHOT_DIR=/some/dir ctest -R tst_darkpalette
            if (const QString shots = qEnvironmentVariable("ATLAS_SHOT_DIR"); !shots.isEmpty())
                image.save(QStringLiteral("%1/%2-%3.png")
                                   .arg(shots, QLatin1String(name), dark ? u"dark"_s : u"light"_s));
            for (double lightness : corners(image)) {
                if (dark)
                    QVERIFY2(lightness < 0.3,
                             qPrintable(QStringLiteral("%1: a background pixel of lightness %2")
                                                .arg(QLatin1String(name))
                                                .arg(lightness)));
                else
                    QVERIFY2(lightness > 0.85,
                             qPrintable(QStringLiteral("%1: a background pixel of lightness %2")
                                                .arg(QLatin1String(name))
                                                .arg(lightness)));
            }
            if (dark) // readable: light text on the dark canvas
                QVERIFY2(lightPixels(image) > 20, name);
        }
    }

    // Pictures and the briefing are for print: light under a dark desktop too.
    void exportsStayLight()
    {
        QApplication::setPalette(darkPalette());
        Document document;
        document.setData(TestData::makeDataset());
        QTemporaryDir dir;
        QString error;
        GraphWidget graph(&document);
        TimelineWidget timeline(&document);
        ChartsView charts(&document);
        const QString g = dir.filePath(QStringLiteral("graph.png"));
        const QString t = dir.filePath(QStringLiteral("timeline.png"));
        const QString c = dir.filePath(QStringLiteral("chart.png"));
        QVERIFY2(graph.exportTo(g, &error), qPrintable(error));
        QVERIFY2(timeline.exportImage(t, &error), qPrintable(error));
        QVERIFY2(charts.exportTo(c, &error), qPrintable(error));
        for (const QString &path : { g, t, c }) {
            const QImage image(path);
            QVERIFY2(!image.isNull(), qPrintable(path));
            for (double lightness : corners(image))
                QVERIFY2(lightness > 0.85,
                         qPrintable(QStringLiteral("%1: %2").arg(path).arg(lightness)));
        }
    }
};

QTEST_MAIN(TestDarkPalette)
#include "tst_darkpalette.moc"
