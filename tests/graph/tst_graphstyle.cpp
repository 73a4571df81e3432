// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The graph's style tables (what the nodes, edges, legend and filter menus look like) and the
// segment clipping the layout and the batched edges share.
#include "graph/graphstyle.h"
#include "graph/layout/segmentclip.h"

#include <QImage>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace atlas;

class TestGraphStyle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Every kind has its own colour (none falls back to grey), a darker outline, and companies
    // and alliances are drawn larger than people.
    void everyKindIsStyled()
    {
        QSet<QRgb> fills;
        for (EntityKind k : allValues<EntityKind>()) {
            const QColor fill = GraphStyle::fill(k);
            QVERIFY2(fill != QColor(Qt::gray), qPrintable(labelOf(k)));
            fills.insert(fill.rgb());
            QVERIFY(GraphStyle::outline(k).lightness() < fill.lightness());
            QVERIFY(GraphStyle::radius(k, 1) >= 10);
        }
        QCOMPARE(fills.size(), int(allValues<EntityKind>().size()));
        QCOMPARE(GraphStyle::fill(EntityKind::Company), QColor(0x44, 0x77, 0xaa));
        QVERIFY(GraphStyle::radius(EntityKind::Company, 1)
                > GraphStyle::radius(EntityKind::Person, 1));
        QVERIFY(GraphStyle::radius(EntityKind::Alliance, 1)
                > GraphStyle::radius(EntityKind::Company, 1));
        // More relationships, a larger node, up to a limit.
        QVERIFY(GraphStyle::radius(EntityKind::Person, 5)
                > GraphStyle::radius(EntityKind::Person, 1));
        QCOMPARE(GraphStyle::radius(EntityKind::Person, 1000), 18.0);
    }

    // Every type has a noun of its own for the legend and the filter menu, a colour, and a
    // cosmetic pen; shareholdings, memberships and "built on" are dashed, the others solid.
    void everyTypeIsStyled()
    {
        QSet<QString> nouns;
        const QSet<RelationshipType> dashed{ RelationshipType::ShareholderOf,
                                             RelationshipType::MemberOf,
                                             RelationshipType::BuiltOn };
        for (RelationshipType t : allValues<RelationshipType>()) {
            const QString noun = GraphStyle::typeNoun(t);
            QVERIFY(!noun.isEmpty());
            nouns.insert(noun);
            QVERIFY2(GraphStyle::edgeColor(t) != QColor(Qt::darkGray), qPrintable(noun));
            const QPen pen = GraphStyle::edgePen(t);
            QVERIFY(pen.isCosmetic());
            QCOMPARE(pen.color(), GraphStyle::edgeColor(t));
            QCOMPARE(pen.style() == Qt::CustomDashLine, dashed.contains(t));
            QVERIFY(pen.widthF() >= 1.0);
        }
        QCOMPARE(nouns.size(), int(allValues<RelationshipType>().size()));
        QCOMPARE(GraphStyle::typeNoun(RelationshipType::Partner), QStringLiteral("Partnership"));
        QCOMPARE(GraphStyle::edgePen(RelationshipType::InvestsIn).widthF(), 2.4);
        QCOMPARE(GraphStyle::edgePen(RelationshipType::MemberOf).capStyle(), Qt::RoundCap);
        QCOMPARE(GraphStyle::edgePen(RelationshipType::Partner).capStyle(), Qt::FlatCap);
        QCOMPARE(GraphStyle::edgePen(RelationshipType::ShareholderOf).dashPattern(),
                 (QList<qreal>{ 5, 3 }));
    }

    // The filter menus' icons show the kind's shape in its colour and the type's line.
    void iconsAreDrawn()
    {
        const QImage kind = GraphStyle::kindIcon(EntityKind::Company).pixmap(32, 32).toImage();
        QCOMPARE(kind.pixelColor(16, 16).rgb(), GraphStyle::fill(EntityKind::Company).rgb());
        QCOMPARE(kind.pixelColor(0, 0).alpha(), 0);
        const QImage type =
                GraphStyle::typeIcon(RelationshipType::Partner).pixmap(32, 32).toImage();
        QCOMPARE(type.pixelColor(10, 16).rgb(),
                 GraphStyle::edgeColor(RelationshipType::Partner).rgb());
        QCOMPARE(type.pixelColor(10, 4).alpha(), 0);
    }

    // Clipping a segment to a rectangle: the range of it inside, or none.
    void segmentClip_data()
    {
        QTest::addColumn<QPointF>("a");
        QTest::addColumn<QPointF>("b");
        QTest::addColumn<bool>("inside");
        QTest::addColumn<double>("t0");
        QTest::addColumn<double>("t1");
        QTest::addRow("wholly inside") << QPointF(2, 2) << QPointF(8, 8) << true << 0.0 << 1.0;
        QTest::addRow("across") << QPointF(-10, 5) << QPointF(20, 5) << true << 1.0 / 3 << 2.0 / 3;
        QTest::addRow("enters") << QPointF(-10, 5) << QPointF(5, 5) << true << 2.0 / 3 << 1.0;
        QTest::addRow("misses") << QPointF(-10, 20) << QPointF(20, 20) << false << 0.0 << 0.0;
        QTest::addRow("short of it") << QPointF(-10, 5) << QPointF(-1, 5) << false << 0.0 << 0.0;
        QTest::addRow("vertical, outside")
                << QPointF(12, -5) << QPointF(12, 15) << false << 0.0 << 0.0;
        QTest::addRow("diagonal") << QPointF(-5, -5) << QPointF(15, 15) << true << 0.25 << 0.75;
    }
    void segmentClip()
    {
        QFETCH(QPointF, a);
        QFETCH(QPointF, b);
        QFETCH(bool, inside);
        QFETCH(double, t0);
        QFETCH(double, t1);
        const auto range = SegmentClip::range(a, b, QRectF(0, 0, 10, 10));
        QCOMPARE(range.has_value(), inside);
        if (range) {
            QVERIFY(qAbs(range->t0 - t0) < 1e-9);
            QVERIFY(qAbs(range->t1 - t1) < 1e-9);
        }
    }
};

QTEST_MAIN(TestGraphStyle)
#include "tst_graphstyle.moc"
