// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Node labels at the zoom a user first sees (issue 20 row 17): the built-in data in the real main
// window shows company names, legible, at its first fit; a large graph keeps the labels of its
// largest nodes and drops those that would overlap.
#include "core/syntheticdataset.h"
#include "graph/graphscene.h"
#include "graph/graphview.h"
#include "graph/graphwidget.h"
#include "graph/nodeitem.h"
#include "models/document.h"
#include "models/workspace.h"
#include "ui/mainwindow.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;

namespace {

// A label is legible from this size of text on screen, in pixels.
constexpr qreal kLegiblePixels = 9;

QList<const NodeItem *> labelled(const GraphScene *scene, qreal zoom)
{
    QList<const NodeItem *> out;
    for (const NodeItem *n : scene->nodeItems()) {
        if (n->shownTarget() && n->isLabelDrawn(zoom))
            out.append(n);
    }
    return out;
}

int shownCount(const GraphScene *scene)
{
    int count = 0;
    for (const NodeItem *n : scene->nodeItems())
        count += n->shownTarget() ? 1 : 0;
    return count;
}

QRectF labelInScene(const NodeItem *n)
{
    return n->shownLabelRect().translated(n->home());
}

} // namespace

class TestGraphLabels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void builtInDataShowsNamesAtFirstFit()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Document doc;
        Workspace ws(&doc);
        QString error;
        QVERIFY2(ws.open(dir.filePath(QStringLiteral("labels.sqlite")), &error), qPrintable(error));
        MainWindow w(&doc, &ws);
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        GraphScene *scene = w.graphWidget()->scene();
        GraphView *view = w.graphWidget()->view();
        QTRY_VERIFY(scene->isSettled() && !scene->shownNodes().isEmpty());

        const qreal zoom = view->zoom();
        const QList<const NodeItem *> named = labelled(scene, zoom);
        const int shown = shownCount(scene);
        // Most names are there, and every one drawn is large enough to read.
        QVERIFY2(named.size() * 2 >= shown,
                 qPrintable(QStringLiteral("%1 of %2 nodes labelled at zoom %3")
                                    .arg(named.size())
                                    .arg(shown)
                                    .arg(zoom)));
        for (const NodeItem *n : named)
            QVERIFY2(n->labelPixelSize(zoom) >= kLegiblePixels, qPrintable(n->label()));
        // The three operators the data is about are all named.
        for (const char *id : { "kt", "sk-telecom", "lg-uplus" }) {
            const NodeItem *n = scene->node(QString::fromLatin1(id));
            QVERIFY2(n && named.contains(n), id);
        }
        // No name is drawn over another.
        for (qsizetype i = 0; i < named.size(); ++i) {
            for (qsizetype j = i + 1; j < named.size(); ++j)
                QVERIFY2(!labelInScene(named.at(i)).intersects(labelInScene(named.at(j))),
                         qPrintable(named.at(i)->label() + QStringLiteral(" / ")
                                    + named.at(j)->label()));
        }
    }

    void largeGraphKeepsTheLargestNodesLabels()
    {
        SyntheticOptions o;
        o.companies = 2000;
        o.relationships = 8000;
        Document doc;
        doc.setData(makeSyntheticDataset(o));
        GraphView view(&doc);
        view.resize(1600, 1000);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        GraphScene *scene = view.graphScene();
        // The first layout is fitted to the view when it arrives.
        QTRY_VERIFY_WITH_TIMEOUT(scene->isSettled() && !scene->shownNodes().isEmpty(), 60000);

        const qreal zoom = view.zoom();
        const QList<const NodeItem *> named = labelled(scene, zoom);
        const int shown = shownCount(scene);
        // Thinned: far fewer names than nodes, but some.
        QVERIFY2(
                !named.isEmpty() && named.size() * 4 < shown,
                qPrintable(QStringLiteral("%1 of %2 nodes labelled").arg(named.size()).arg(shown)));
        for (const NodeItem *n : named)
            QVERIFY2(n->labelPixelSize(zoom) >= kLegiblePixels, qPrintable(n->label()));
        // The largest node keeps its name; a node goes without only where its name would cover the
        // name of a node at least as large.
        const NodeItem *largest = nullptr;
        for (const NodeItem *n : scene->nodeItems()) {
            if (n->shownTarget() && (!largest || n->radius() > largest->radius()))
                largest = n;
        }
        QVERIFY(largest && named.contains(largest));
        for (const NodeItem *n : scene->nodeItems()) {
            if (!n->shownTarget() || named.contains(n))
                continue;
            // The placement keeps a gap of a few pixels between names.
            const qreal gap = 4 / zoom;
            const QRectF wanted = labelInScene(n).adjusted(-gap, -gap, gap, gap);
            bool covered = false;
            for (const NodeItem *m : named)
                covered = covered
                        || (m->radius() >= n->radius() && labelInScene(m).intersects(wanted));
            QVERIFY2(covered, qPrintable(n->label()));
        }
        for (qsizetype i = 0; i < named.size(); ++i) {
            for (qsizetype j = i + 1; j < named.size(); ++j)
                QVERIFY(!labelInScene(named.at(i)).intersects(labelInScene(named.at(j))));
        }

        // Zoomed in to 100 %: far more names than at the fit, and still none over another (above
        // GraphLayout::kLabelBoxLimit nodes the layout keeps shapes apart, not labels, so the
        // placement thins them at 100 % as well).
        view.zoomBy(1 / view.zoom());
        const QList<const NodeItem *> full = labelled(scene, view.zoom());
        QVERIFY2(full.size() > 2 * named.size() && full.size() * 2 > shown,
                 qPrintable(QStringLiteral("%1 of %2 nodes labelled").arg(full.size()).arg(shown)));
        for (qsizetype i = 0; i < full.size(); ++i) {
            for (qsizetype j = i + 1; j < full.size(); ++j)
                QVERIFY(!labelInScene(full.at(i)).intersects(labelInScene(full.at(j))));
        }
    }
};

QTEST_MAIN(TestGraphLabels)
#include "tst_graphlabels.moc"
