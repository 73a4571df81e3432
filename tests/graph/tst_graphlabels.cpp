// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Node labels at the zoom a user first sees (issue 20 row 17): the built-in data in the real main
// window shows company names, legible, at its first fit; a large graph keeps the labels of its
// largest nodes and drops those that would overlap.
#include "core/syntheticdataset.h"
#include "graph/graphscene.h"
#include "graph/graphstyle.h"
#include "graph/graphview.h"
#include "graph/graphwidget.h"
#include "graph/nodeitem.h"
#include "models/document.h"
#include "models/workspace.h"
#include "ui/mainwindow.h"

#include <QFontMetricsF>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

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
    // A name is shown whole while it fits two lines of the label's width; a longer one (many
    // words, or one long word) is cut short with an ellipsis, in both languages.
    void longNamesAreCutShort()
    {
        const qreal maxWidth = GraphStyle::labelMaxWidth();
        const QFontMetricsF fm(GraphStyle::labelFont(EntityKind::Company));
        const auto lines = [&](const QString &text) {
            const QRectF r = fm.boundingRect(QRectF(0, 0, maxWidth, 1e4),
                                             Qt::AlignHCenter | Qt::TextWordWrap, text);
            return int(std::lround(r.height() / fm.lineSpacing()));
        };
        const auto labelOf = [](const QString &name) {
            Entity e;
            e.id = QStringLiteral("c1");
            e.name = { name, name };
            NodeItem node(e, 1);
            node.setLabel(name);
            return std::pair(node.label(), node.labelSize());
        };
        const QChar ellipsis(0x2026);
        const QStringList whole = { QStringLiteral("KT"), QStringLiteral("SK Telecom"),
                                    QStringLiteral("LG유플러스"),
                                    QStringLiteral("Global Telco AI Alliance") };
        for (const QString &name : whole) {
            const auto [label, size] = labelOf(name);
            QCOMPARE(label, name);
            QVERIFY2(lines(name) <= 2, qPrintable(name));
            // The label's box holds its lines and no more.
            QVERIFY2(size.height() >= lines(name) * fm.height()
                             && size.height() < (lines(name) + 1) * fm.lineSpacing(),
                     qPrintable(name));
        }
        QCOMPARE(lines(QStringLiteral("SK Telecom")), 1);
        const QStringList tooLong = {
            QStringLiteral("The Telecommunications Technology Association of Korea Standards "
                           "Committee for Artificial Intelligence"),
            QStringLiteral("Supercalifragilisticexpialidocioustelecommunicationsholdings"),
            QStringLiteral("한국정보통신기술협회 인공지능 표준화 위원회 산하 거대언어모델 실무 "
                           "작업반 및 자문단"),
        };
        for (const QString &name : tooLong) {
            const auto [label, size] = labelOf(name);
            QVERIFY2(label != name && label.endsWith(ellipsis), qPrintable(label));
            // Its box two lines high at most (a long word may push the end onto a third).
            QVERIFY2(size.height() < 3 * fm.lineSpacing(), qPrintable(label));
        }
    }
};

QTEST_MAIN(TestGraphLabels)
#include "tst_graphlabels.moc"
