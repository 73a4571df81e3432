// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/relationshipgraph.h"
#include "core/syntheticdataset.h"
#include "testsupport/fixturebuilder.h"

#include <QRandomGenerator>
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

    // A relationship valid in 2020 and again in 2023 is absent from the gap between its spells.
    void spellsLeaveGaps()
    {
        Dataset data = m_data;
        Relationship &r = data.relationships.first();
        r.setIntervals({ { PartialDate::year(2020), PartialDate::year(2020) },
                         { PartialDate::year(2023), PartialDate::year(2023) } });
        QCOMPARE(r.validFrom, PartialDate::year(2020));
        QCOMPARE(r.validUntil, PartialDate::year(2023));
        QCOMPARE(r.intervals().size(), 2);
        QVERIFY(!r.isValidWithin(QDate(2021, 1, 1), QDate(2022, 12, 31)));
        QVERIFY(r.isValidWithin(QDate(2023, 1, 1), QDate(2023, 12, 31)));
        QVERIFY(r.isValidWithin(QDate(2020, 12, 31), QDate(2021, 6, 1)));
        QVERIFY(!RelationshipGraph(data, QDate(2021, 1, 1), QDate(2022, 12, 31))
                         .edges()
                         .contains(0));
        QVERIFY(RelationshipGraph(data, QDate(2023, 1, 1), QDate(2023, 12, 31))
                        .edges()
                        .contains(0));
    }

    // One interval is exactly a plain relationship; an open spell opens the envelope.
    void setIntervalsKeepsTheEnvelope()
    {
        Relationship one;
        one.setIntervals({ { PartialDate::month(2021, 3), {} } });
        QVERIFY(one.spells.isEmpty());
        QCOMPARE(one.validFrom, PartialDate::month(2021, 3));
        QVERIFY(!one.validUntil.isValid());
        Relationship open;
        open.setIntervals({ { PartialDate::year(2019), PartialDate::year(2020) },
                            { PartialDate::quarter(2022, 2), {} } });
        QCOMPARE(open.spells.size(), 2);
        QCOMPARE(open.validFrom, PartialDate::year(2019));
        QVERIFY(!open.validUntil.isValid());
        QVERIFY(open.isValidWithin(QDate(2030, 1, 1), QDate()));
        QVERIFY(!open.isValidWithin(QDate(2021, 1, 1), QDate(2022, 3, 31)));
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

    // A graph that follows random edits (RelationshipGraph::followEdit) is the graph built afresh
    // on the edited data: the same edges (rows), nodes in data order, neighbours and degrees;
    // with an open window and a narrow one, and past the size where it rebuilds whole.
    void followedEditsMatchAFreshGraph()
    {
        SyntheticOptions options;
        options.companies = 30;
        options.events = 100;
        options.relationships = 80;
        Dataset data = makeSyntheticDataset(options);
        const QDate from(2021, 6, 1);
        const QDate to(2023, 6, 30);
        RelationshipGraph whole(data, {}, {});
        RelationshipGraph window(data, from, to);
        auto same = [&data](const RelationshipGraph &g, const QDate &f, const QDate &t) {
            const RelationshipGraph fresh(data, f, t);
            if (g.edges() != fresh.edges() || g.nodes() != fresh.nodes())
                return false;
            for (const Entity &e : data.entities) {
                QStringList a = g.neighbours(e.id);
                QStringList b = fresh.neighbours(e.id);
                a.sort();
                b.sort();
                if (a != b || g.degree(e.id) != fresh.degree(e.id))
                    return false;
            }
            return true;
        };
        QRandomGenerator random(20261202);
        QList<DataEdit> done;
        for (int step = 0; step < 300; ++step) {
            const Entity &a = data.entities.at(random.bounded(data.entities.size()));
            const Relationship &r =
                    data.relationships.at(random.bounded(data.relationships.size()));
            DataEdit edit;
            const int kind = int(random.bounded(7));
            const bool undo = kind == 5;
            switch (kind) {
            case 0: {
                Relationship added = r;
                added.id = QStringLiteral("added-%1").arg(step);
                added.validFrom = PartialDate::year(2019 + step % 6);
                if (a.id != r.toId)
                    added.fromId = a.id;
                edit = DataEdit::addRelationship(data, added);
                break;
            }
            case 1: {
                Relationship changed = r;
                if (a.id != r.fromId)
                    changed.toId = a.id;
                changed.validUntil = PartialDate::year(2021 + step % 5);
                edit = DataEdit::updateRelationship(data, changed);
                break;
            }
            case 2:
                edit = DataEdit::removeRelationship(data, r.id);
                break;
            case 3:
                edit = DataEdit::removeEntity(data, a.id);
                break;
            case 4: {
                Entity added = a;
                added.id = QStringLiteral("entity-%1").arg(step);
                edit = DataEdit::addEntity(data, added);
                break;
            }
            case 5: // an undo: the last edit taken back
                if (!done.isEmpty())
                    edit = done.takeLast().reversed();
                break;
            default: { // more than the graph follows: rebuilt whole
                for (qsizetype i = 0; i <= RelationshipGraph::kMaxFollowed; ++i) {
                    Relationship added = r;
                    added.id = QStringLiteral("bulk-%1-%2").arg(step).arg(i);
                    edit.relationships.inserted.append({ data.relationships.size() + i, added });
                }
            }
            }
            QString error;
            QVERIFY2(edit.applyTo(&data, &error), qPrintable(error));
            if (!undo)
                done.append(edit);
            whole.followEdit(data, edit);
            window.followEdit(data, edit);
            QVERIFY2(same(whole, {}, {}), qPrintable(QString::number(step)));
            QVERIFY2(same(window, from, to), qPrintable(QString::number(step)));
        }
    }
};

QTEST_GUILESS_MAIN(TestRelationshipGraph)
#include "tst_relationshipgraph.moc"
