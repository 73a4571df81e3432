// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/relationshipgraph.h"
#include "testsupport/fixturebuilder.h"

#include <QTest>

using namespace atlas;

class TestRelationshipGraph : public QObject
{
    Q_OBJECT

    Dataset m_data;

private Q_SLOTS:
    void initTestCase()
    {
        using R = RelationshipType;
        test::FixtureBuilder b;
        for (const char *id :
             { "kt", "microsoft", "openai", "skt", "perplexity", "alliance", "dt" })
            b.company(QString::fromLatin1(id), QString::fromLatin1(id));
        m_data = b.relationship(QStringLiteral("r1"), R::Partner, QStringLiteral("kt"),
                                QStringLiteral("microsoft"), QStringLiteral("2024-09-27"),
                                QStringLiteral("2029-09"))
                         .relationship(QStringLiteral("r2"), R::ShareholderOf,
                                       QStringLiteral("microsoft"), QStringLiteral("openai"))
                         .relationship(QStringLiteral("r3"), R::InvestsIn, QStringLiteral("skt"),
                                       QStringLiteral("perplexity"), QStringLiteral("2024-06-13"))
                         .relationship(QStringLiteral("r4"), R::MemberOf, QStringLiteral("skt"),
                                       QStringLiteral("alliance"), QStringLiteral("2023-07-27"))
                         .relationship(QStringLiteral("r5"), R::MemberOf, QStringLiteral("dt"),
                                       QStringLiteral("alliance"), QStringLiteral("2023-07-27"))
                         .build();
    }

    void window_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QStringList>("edges");
        QTest::newRow("all") << QDate() << QDate() << QStringList{ "r1", "r2", "r3", "r4", "r5" };
        QTest::newRow("ends the day before the partnership")
                << QDate() << QDate(2024, 9, 26) << QStringList{ "r2", "r3", "r4", "r5" };
        QTest::newRow("ends after the partnership")
                << QDate() << QDate(2024, 9, 30) << QStringList{ "r1", "r2", "r3", "r4", "r5" };
        QTest::newRow("2023 only")
                << QDate(2023, 1, 1) << QDate(2023, 12, 31) << QStringList{ "r2", "r4", "r5" };
        QTest::newRow("after the partnership ended")
                << QDate(2029, 10, 1) << QDate() << QStringList{ "r2", "r3", "r4", "r5" };
    }
    void window()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QStringList, edges);
        const RelationshipGraph g(m_data, from, to);
        QStringList got;
        for (int i : g.edges())
            got << m_data.relationships.at(i).id;
        QCOMPARE(got, edges);
    }

    void neighbourhood_data()
    {
        QTest::addColumn<QString>("node");
        QTest::addColumn<int>("hops");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("KT, 1 hop") << "kt" << 1 << QStringList{ "kt", "microsoft" };
        QTest::newRow("KT, 2 hops") << "kt" << 2 << QStringList{ "kt", "microsoft", "openai" };
        QTest::newRow("SKT, 1 hop") << "skt" << 1 << QStringList{ "skt", "perplexity", "alliance" };
        QTest::newRow("SKT, 2 hops reaches a fellow member")
                << "skt" << 2 << QStringList{ "skt", "perplexity", "alliance", "dt" };
        QTest::newRow("unknown node") << "nobody" << 3 << QStringList{};
    }
    void neighbourhood()
    {
        QFETCH(QString, node);
        QFETCH(int, hops);
        QFETCH(QStringList, expected);
        const RelationshipGraph g(m_data, {}, {});
        QStringList got = g.neighbourhood(node, hops).values();
        got.sort();
        expected.sort();
        QCOMPARE(got, expected);
    }
};

QTEST_GUILESS_MAIN(TestRelationshipGraph)
#include "tst_relationshipgraph.moc"
