// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a large graph: node size by number of relationships, communities found by igraph's
// Louvain method, coloured, and collapsed into one node and expanded again.
#include "graph/graphlegend.h"
#include "graph/graphscene.h"
#include "graph/graphstyle.h"
#include "graph/graphview.h"
#include "graph/layout/communities.h"
#include "graph/nodeitem.h"
#include "models/document.h"
#include "testsupport/fixturebuilder.h"

#include <QAction>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

using namespace atlas;

namespace {

// Two cliques of six companies ("a0".."a5", "b0".."b5") joined by one partnership a0–b0, and a
// hub "h" with three leaves hanging off b5.
Dataset twoCliques()
{
    test::FixtureBuilder b;
    int r = 0;
    for (const QString &group : { QStringLiteral("a"), QStringLiteral("b") }) {
        for (int i = 0; i < 6; ++i)
            b.company(group + QString::number(i), group.toUpper() + QString::number(i));
        for (int i = 0; i < 6; ++i) {
            for (int j = i + 1; j < 6; ++j)
                b.relationship(QStringLiteral("r%1").arg(r++), RelationshipType::Partner,
                               group + QString::number(i), group + QString::number(j));
        }
    }
    b.relationship(QStringLiteral("bridge"), RelationshipType::Partner, QStringLiteral("a0"),
                   QStringLiteral("b0"));
    return b;
}

QList<std::pair<int, int>> cliquePairs(int offset, int size)
{
    QList<std::pair<int, int>> edges;
    for (int i = 0; i < size; ++i) {
        for (int j = i + 1; j < size; ++j)
            edges.append({ offset + i, offset + j });
    }
    return edges;
}

} // namespace

class TestGraphCommunities : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void twoCliquesAreTwoCommunities()
    {
        QList<std::pair<int, int>> edges = cliquePairs(0, 7) + cliquePairs(7, 7);
        edges.append({ 3, 10 });
        const QList<int> c = Communities::detect(14, edges);
        QCOMPARE(c.size(), 14);
        for (int i = 0; i < 7; ++i) {
            QCOMPARE(c.at(i), c.at(0));
            QCOMPARE(c.at(7 + i), c.at(7));
        }
        QVERIFY(c.at(0) != c.at(7));
        QCOMPARE(*std::max_element(c.cbegin(), c.cend()), 1);
        // Seeded: the same graph gives the same numbers every time.
        QCOMPARE(Communities::detect(14, edges), c);
    }

    void communitiesNumberedBySize()
    {
        QList<std::pair<int, int>> edges = cliquePairs(0, 4) + cliquePairs(4, 8);
        edges.append({ 0, 4 });
        const QList<int> c = Communities::detect(12, edges);
        QCOMPARE(c.at(4), 0); // the clique of eight is the largest
        QCOMPARE(c.at(0), 1);
    }

    void nodeSizeByDegree()
    {
        Document doc;
        doc.setData(twoCliques());
        GraphScene scene(&doc);
        scene.setAsynchronous(false);
        NodeItem *bridge = scene.node(QStringLiteral("a0")); // six relationships
        NodeItem *plain = scene.node(QStringLiteral("a1")); // five
        QVERIFY(bridge && plain);
        scene.setSizedByDegree(true);
        QVERIFY(scene.isSizedByDegree());
        // Area in proportion to the number of relationships.
        const qreal ratio = std::pow(bridge->radius() / plain->radius(), 2);
        QVERIFY2(std::abs(ratio - 6.0 / 5.0) < 1e-6, qPrintable(QString::number(ratio)));
        QCOMPARE(bridge->radius(), GraphStyle::degreeRadius(6));
        // Within the least and largest radius, whatever the degree.
        QCOMPARE(GraphStyle::degreeRadius(0), GraphStyle::kMinDegreeRadius);
        QCOMPARE(GraphStyle::degreeRadius(100000), GraphStyle::kMaxDegreeRadius);
        // Larger nodes still do not overlap: the layout made room.
        const QList<NodeItem *> &nodes = scene.nodeItems();
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            for (qsizetype j = i + 1; j < nodes.size(); ++j) {
                const QPointF d = nodes.at(i)->pos() - nodes.at(j)->pos();
                QVERIFY(std::hypot(d.x(), d.y()) >= nodes.at(i)->radius() + nodes.at(j)->radius());
            }
        }
        QVERIFY(!scene.legendNotes().isEmpty());
        scene.setSizedByDegree(false);
        QCOMPARE(bridge->radius(), GraphStyle::radius(EntityKind::Company, 6));
        QVERIFY(scene.legendNotes().isEmpty());
    }

    void optionsAreViewActions()
    {
        Document doc;
        doc.setData(twoCliques());
        GraphView view(&doc);
        view.graphScene()->setAsynchronous(false);
        QAction *size = view.sizeByDegreeAction();
        QAction *colour = view.colourByCommunityAction();
        QVERIFY(size->isCheckable() && colour->isCheckable());
        QVERIFY(!size->toolTip().isEmpty() && !colour->toolTip().isEmpty());
        size->setChecked(true);
        QVERIFY(view.graphScene()->isSizedByDegree());
        colour->setChecked(true);
        QVERIFY(view.graphScene()->isColouredByCommunity());
        // The legend says what size and colour now mean.
        const GraphLegend *legend = view.findChild<GraphLegend *>();
        QVERIFY(legend);
        QCOMPARE(legend->notes().size(), 2);
    }

    void colourByCommunity()
    {
        Document doc;
        doc.setData(twoCliques());
        GraphScene scene(&doc);
        scene.setAsynchronous(false);
        QCOMPARE(scene.communityCount(), 2);
        const int a = scene.communityOf(QStringLiteral("a3"));
        const int b = scene.communityOf(QStringLiteral("b3"));
        QVERIFY(a >= 0 && b >= 0 && a != b);
        QCOMPARE(scene.node(QStringLiteral("a3"))->fillColor(),
                 GraphStyle::fill(EntityKind::Company));
        scene.setColouredByCommunity(true);
        QCOMPARE(scene.node(QStringLiteral("a3"))->fillColor(), GraphStyle::communityColor(a));
        QCOMPARE(scene.node(QStringLiteral("a5"))->fillColor(), GraphStyle::communityColor(a));
        QCOMPARE(scene.node(QStringLiteral("b3"))->fillColor(), GraphStyle::communityColor(b));
        QVERIFY(GraphStyle::communityColor(a) != GraphStyle::communityColor(b));
        scene.setColouredByCommunity(false);
        QCOMPARE(scene.node(QStringLiteral("a3"))->fillColor(),
                 GraphStyle::fill(EntityKind::Company));
    }

    void collapseAndExpand()
    {
        Document doc;
        doc.setData(twoCliques());
        GraphScene scene(&doc);
        scene.setAsynchronous(false);
        QCOMPARE(scene.shownNodes().size(), 12);
        QCOMPARE(scene.shownEdges().size(), 31);
        QHash<QString, QPointF> before;
        for (const NodeItem *n : scene.nodeItems())
            before.insert(n->id(), n->pos());
        const int a = scene.communityOf(QStringLiteral("a0"));

        QVERIFY(scene.collapseCommunity(a));
        QVERIFY(!scene.collapseCommunity(a)); // already
        QTRY_VERIFY(scene.isSettled());
        // Six members become one node; their fifteen relationships go, and the bridge is merged
        // into one line to b0.
        const QStringList shown = scene.shownNodes();
        QCOMPARE(shown.size(), 7);
        QVERIFY(!shown.contains(QStringLiteral("a0")));
        QVERIFY(shown.contains(QStringLiteral("b0")));
        QCOMPARE(scene.shownEdges().size(), 15);
        QCOMPARE(scene.mergedEdgeCount(a), 1);
        QCOMPARE(scene.collapsedCommunities(), QList<int>{ a });
        QString collapsedId;
        for (const QString &id : shown) {
            if (scene.collapsedCommunity(id) == a)
                collapsedId = id;
        }
        QVERIFY(!collapsedId.isEmpty());
        NodeItem *collapsed = scene.node(collapsedId);
        QCOMPARE(collapsed->memberCount(), 6);
        QVERIFY(collapsed->label().contains(QLatin1String("6")));
        // It sits at the middle of its members.
        QPointF centre;
        for (int i = 0; i < 6; ++i)
            centre += before.value(QStringLiteral("a%1").arg(i));
        centre /= 6;
        QVERIFY(std::hypot(collapsed->pos().x() - centre.x(), collapsed->pos().y() - centre.y())
                < 1e-6);
        // The other community too: two nodes and one merged line between them.
        const int b = scene.communityOf(QStringLiteral("b0"));
        QVERIFY(scene.collapseCommunity(b));
        QCOMPARE(scene.shownNodes().size(), 2);
        QCOMPARE(scene.shownEdges().size(), 0);
        QCOMPARE(scene.mergedEdgeCount(a), 1);
        QCOMPARE(scene.mergedEdgeCount(b), 1);

        QVERIFY(scene.expandCommunity(b));
        QVERIFY(scene.expandCommunity(a));
        QVERIFY(!scene.expandCommunity(a));
        QTRY_VERIFY(scene.isSettled());
        QCOMPARE(scene.shownNodes().size(), 12);
        QCOMPARE(scene.shownEdges().size(), 31);
        QVERIFY(!scene.node(collapsedId));
        for (const NodeItem *n : scene.nodeItems())
            QCOMPARE(n->pos(), before.value(n->id()));
    }

    void doubleClickOnCollapsedExpands()
    {
        Document doc;
        doc.setData(twoCliques());
        GraphScene scene(&doc);
        scene.setAsynchronous(false);
        const int a = scene.communityOf(QStringLiteral("a0"));
        QVERIFY(scene.collapseCommunity(a));
        NodeItem *collapsed = scene.node(QStringLiteral("community:%1").arg(a));
        QVERIFY(collapsed);
        scene.nodeDoubleClicked(collapsed);
        QVERIFY(scene.collapsedCommunities().isEmpty());
        QCOMPARE(scene.shownNodes().size(), 12);
    }
};

QTEST_MAIN(TestGraphCommunities)
#include "tst_graphcommunities.moc"
