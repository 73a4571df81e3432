// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The test support other tests lean on: fixtures that are valid data, and a PostgreSQL clean-up
// that reaches every table the migrations create.
#include "core/validator.h"
#include "testsupport/fixturebuilder.h"
#include "testsupport/postgresscratch.h"
#include "testsupport/tempworkspace.h"

#include <QTest>

using namespace atlas;

class TestTestSupport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixturesAreValidData()
    {
        const Dataset d = test::smallFixture();
        const auto issues = Validator::validate(d);
        QVERIFY2(issues.isEmpty(),
                 qPrintable(issues.isEmpty() ? QString() : issues.first().toString()));
        QCOMPARE(d.entities.size(), 5);
        QCOMPARE(d.events.size(), 5);
        QCOMPARE(d.relationships.size(), 4);
        QCOMPARE(d.financials.size(), 16);
    }

    void partnershipMakesTheEventAndTheRelationship()
    {
        const Dataset d = test::FixtureBuilder()
                                  .company(QStringLiteral("a"), QStringLiteral("A"))
                                  .company(QStringLiteral("b"), QStringLiteral("B"))
                                  .partnership(QStringLiteral("a"), QStringLiteral("b"),
                                               QStringLiteral("2024-06"))
                                  .build();
        QCOMPARE(d.events.size(), 1);
        QCOMPARE(d.events.first().title.en, QStringLiteral("A partners with B"));
        QCOMPARE(d.events.first().date.toString(), QStringLiteral("2024-06"));
        QCOMPARE(d.relationships.size(), 1);
        QCOMPARE(d.relationships.first().eventId, d.events.first().id);
        QVERIFY(Validator::validate(d).isEmpty());
    }

    // The clean-up between PostgreSQL tests drops every table, financial_gaps included.
    void cleanUpReachesEveryTable()
    {
        const QStringList tables = test::atlasTables();
        for (const char *t : { "meta", "sources", "entities", "events", "event_participants",
                               "event_sources", "amounts", "relationships", "relationship_sources",
                               "financials", "financial_gaps", "node_positions" })
            QVERIFY2(tables.contains(QLatin1String(t)), t);
    }

    void workspaceGivesEachDatabaseItsOwnPath()
    {
        test::TempWorkspace ws;
        QVERIFY(ws.isValid());
        const QString a = ws.databasePath();
        const QString b = ws.databasePath();
        QVERIFY(a != b);
        QVERIFY(a.startsWith(ws.path()));
        const QString file = ws.writeFile(QStringLiteral("x.txt"), "bytes");
        QVERIFY(!file.isEmpty());
        QCOMPARE(test::fileDigest(file).size(), 32);
    }
};

QTEST_GUILESS_MAIN(TestTestSupport)
#include "tst_testsupport.moc"
