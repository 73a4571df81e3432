// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Where the user puts nodes is saved in the database they work on, survives a restart, follows
// undo, and belongs to that database only.
#include "graph/graphscene.h"
#include "graph/movenodecommand.h"
#include "graph/nodeitem.h"
#include "models/document.h"
#include "models/workspace.h"
#include "storage/database.h"
#include "storage/repository.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace atlas;

class TestNodePositions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString file(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void savedPerDatabaseAndRestored()
    {
        const QPointF where(123.5, -45.25);
        {
            Document doc;
            Workspace ws(&doc);
            QString error;
            QVERIFY2(ws.open(file("a.sqlite"), &error), qPrintable(error));
            QVERIFY(doc.nodePositions().isEmpty());
            doc.undoStack()->push(
                    new MoveNodeCommand(&doc, QStringLiteral("kt"), std::nullopt, where));
            QCOMPARE(doc.nodePosition(QStringLiteral("kt")), std::optional<QPointF>(where));
        }
        // A restart: another document on the same file.
        Document doc;
        Workspace ws(&doc);
        QString error;
        QVERIFY2(ws.open(file("a.sqlite"), &error), qPrintable(error));
        QCOMPARE(doc.nodePositions().size(), 1);
        QCOMPARE(doc.nodePosition(QStringLiteral("kt")), std::optional<QPointF>(where));
        // The graph puts the node there, and the layout makes room around it.
        GraphScene scene(&doc);
        scene.setAsynchronous(false);
        const NodeItem *kt = scene.node(QStringLiteral("kt"));
        QCOMPARE(kt->pos(), where);
        for (const NodeItem *n : scene.nodeItems()) {
            if (n != kt && n->shownTarget())
                QVERIFY2(!n->layoutBox().translated(n->pos()).intersects(
                                 kt->layoutBox().translated(kt->pos())),
                         qPrintable(n->id()));
        }

        // Another database has its own layout.
        Document other;
        Workspace otherWs(&other);
        QVERIFY2(otherWs.open(file("b.sqlite"), &error), qPrintable(error));
        QVERIFY(other.nodePositions().isEmpty());
    }

    void undoForgetsTheSavedPosition()
    {
        {
            Document doc;
            Workspace ws(&doc);
            QString error;
            QVERIFY2(ws.open(file("c.sqlite"), &error), qPrintable(error));
            doc.undoStack()->push(new MoveNodeCommand(&doc, QStringLiteral("openai"), std::nullopt,
                                                      QPointF(1, 2)));
            doc.undoStack()->push(new MoveNodeCommand(&doc, QStringLiteral("openai"), QPointF(1, 2),
                                                      QPointF(30, 40)));
            doc.undoStack()->undo();
            QCOMPARE(doc.nodePosition(QStringLiteral("openai")),
                     std::optional<QPointF>(QPointF(1, 2)));
        }
        {
            Document doc;
            Workspace ws(&doc);
            QString error;
            QVERIFY2(ws.open(file("c.sqlite"), &error), qPrintable(error));
            QCOMPARE(doc.nodePosition(QStringLiteral("openai")),
                     std::optional<QPointF>(QPointF(1, 2)));
            doc.undoStack()->push(new MoveNodeCommand(&doc, QStringLiteral("openai"),
                                                      doc.nodePosition(QStringLiteral("openai")),
                                                      QPointF(5, 5)));
            doc.undoStack()->undo();
            doc.undoStack()->push(
                    new MoveNodeCommand(&doc, QStringLiteral("meta"), std::nullopt, QPointF(9, 9)));
            doc.undoStack()->undo();
        }
        Document doc;
        Workspace ws(&doc);
        QString error;
        QVERIFY2(ws.open(file("c.sqlite"), &error), qPrintable(error));
        QCOMPARE(doc.nodePosition(QStringLiteral("openai")), std::optional<QPointF>(QPointF(1, 2)));
        QVERIFY(!doc.nodePosition(QStringLiteral("meta")));
    }

    void repositoryWritesAllOrNothing()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(file("d.sqlite"), &error), qPrintable(error));
        Repository repo(db.connection());
        Dataset data;
        data.entities = { { QStringLiteral("kt"),
                            EntityKind::Company,
                            { QStringLiteral("KT"), QString() },
                            {},
                            {} } };
        QVERIFY2(repo.replaceAll(data, &error), qPrintable(error));
        QVERIFY2(repo.saveNodePositions({ { QStringLiteral("kt"), QPointF(1, 1) } }, &error),
                 qPrintable(error));
        // A position for an entity the database does not have fails, names it, and takes the
        // rest of its transaction with it.
        QVERIFY(!repo.saveNodePositions({ { QStringLiteral("kt"), QPointF(7, 7) },
                                          { QStringLiteral("nobody"), QPointF(2, 2) } },
                                        &error));
        QVERIFY2(error.contains(QStringLiteral("nobody")), qPrintable(error));
        auto positions = repo.loadNodePositions(&error);
        QVERIFY2(positions, qPrintable(error));
        QCOMPARE(positions->value(QStringLiteral("kt")), QPointF(1, 1));
        QVERIFY(!positions->contains(QStringLiteral("nobody")));
        // Forgetting is a change like any other.
        QVERIFY2(repo.saveNodePositions({ { QStringLiteral("kt"), std::nullopt } }, &error),
                 qPrintable(error));
        QVERIFY(repo.loadNodePositions(&error)->isEmpty());
    }

    void documentDropsPositionsOfUnknownEntities()
    {
        Document doc;
        Dataset data;
        data.entities = { { QStringLiteral("kt"),
                            EntityKind::Company,
                            { QStringLiteral("KT"), QString() },
                            {},
                            {} } };
        QSignalSpy spy(&doc, &Document::nodePositionChanged);
        doc.setData(data,
                    { { QStringLiteral("kt"), QPointF(1, 2) },
                      { QStringLiteral("gone"), QPointF(3, 4) } });
        QCOMPARE(doc.nodePositions().size(), 1);
        QCOMPARE(doc.nodePosition(QStringLiteral("kt")), std::optional<QPointF>(QPointF(1, 2)));
        QCOMPARE(spy.count(), 0); // a load is not a move
        doc.setNodePosition(QStringLiteral("kt"), QPointF(1, 2));
        QCOMPARE(spy.count(), 0); // nor is putting a node where it is
        doc.setNodePosition(QStringLiteral("kt"), std::nullopt);
        QCOMPARE(spy.count(), 1);
    }
};

QTEST_MAIN(TestNodePositions)
#include "tst_nodepositions.moc"
