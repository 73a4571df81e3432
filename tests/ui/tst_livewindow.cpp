// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Team mode in the real window: what another analyst stores in the shared SQLite file shows up in
// the open window by itself with a note in the status bar, and an edit based on a record the
// other analyst changed meanwhile is refused with a message, after which the window shows the
// other analyst's record.
#include "core/dataedit.h"
#include "models/document.h"
#include "models/editcommands.h"
#include "models/workspace.h"
#include "graph/graphscene.h"
#include "graph/graphwidget.h"
#include "graph/nodeitem.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace atlas;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestLiveWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void otherAnalystsWorkShowsUp()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString spec = dir.filePath(s("team.sqlite"));
        QString error;
        Document a;
        Workspace wsA(&a);
        wsA.setPasswordStore(nullptr);
        QVERIFY2(wsA.open(spec, &error), qPrintable(error));
        MainWindow w(&a, &wsA);
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        Document b;
        Workspace wsB(&b);
        wsB.setPasswordStore(nullptr);
        QVERIFY2(wsB.open(spec, &error), qPrintable(error));

        // A has a selection and an edit on the undo stack.
        Entity own = a.data().entities.at(2);
        own.ticker = s("OWN");
        a.undoStack()->push(EditCommands::updateEntity(&a, own));
        const QString selected = a.data().entities.at(3).id;
        a.selectEntity(selected);
        QTRY_COMPARE(b.data().entities.at(2).ticker, s("OWN"));

        // B adds an event.
        Event e;
        e.id = s("b-event");
        e.kind = EventKind::Contract;
        e.date = PartialDate::fromString(s("2025-06"));
        e.title = { s("Contract stored by analyst B"), s("분석가 B의 계약") };
        e.summary = { s("Seen live in A's window"), s("A의 창에 바로 보임") };
        e.participants.append({ b.data().entities.at(0).id, Role::Partner });
        e.sourceIds.append(b.data().sources.at(0).id);
        QVERIFY2(b.applyEdit(DataEdit::addEvent(b.data(), e), &error), qPrintable(error));

        QTRY_VERIFY(a.data().event(s("b-event")));
        QTRY_VERIFY2(w.statusBar()->currentMessage().contains(s("another user")),
                     qPrintable(w.statusBar()->currentMessage()));
        QCOMPARE(a.selection().id, selected);
        QCOMPARE(a.undoStack()->count(), 1);
        // The window's event model has the row (views filter it by the selection and window).
        bool shown = false;
        for (QAbstractItemModel *model : w.findChildren<QAbstractItemModel *>()) {
            for (int row = 0; model && row < model->rowCount() && !shown; ++row) {
                for (int column = 0; column < model->columnCount() && !shown; ++column)
                    shown = model->index(row, column)
                                    .data()
                                    .toString()
                                    .contains(s("Contract stored by analyst B"));
            }
        }
        QVERIFY(shown);
        if (const QString shot = qEnvironmentVariable("ATLAS_TEST_SHOT_DIR"); !shot.isEmpty())
            w.grab().save(shot + s("/livewindow.png"));

        // B renames an entity; A, not having heard yet, edits it in the window: a message, and
        // then B's name.
        const QString id = a.data().entities.at(5).id;
        Entity byB = *b.data().entity(id);
        byB.name.en = s("Renamed by B");
        QVERIFY2(b.applyEdit(DataEdit::updateEntity(b.data(), byB), &error), qPrintable(error));
        Entity byA = *a.data().entity(id);
        byA.name.en = s("Renamed by A");
        QString shown2;
        QTimer closer;
        connect(&closer, &QTimer::timeout, &w, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown2 = box->text();
                box->close();
            }
        });
        closer.start(50);
        auto *command = EditCommands::updateEntity(&a, byA);
        QVERIFY(command);
        a.undoStack()->push(command);
        QTRY_VERIFY(!shown2.isEmpty());
        closer.stop();
        QVERIFY2(shown2.contains(id) && shown2.contains(s("changed by someone else")),
                 qPrintable(shown2));
        QTRY_COMPARE(a.data().entity(id)->name.en, s("Renamed by B"));

        // B drags a company's node somewhere else: it moves in A's graph as well.
        GraphScene *scene = w.graphWidget()->scene();
        QTRY_VERIFY(scene->isSettled());
        const QString company = a.data().entity(s("kt")) ? s("kt") : a.data().entities.at(0).id;
        QVERIFY(scene->node(company));
        const QPointF there = scene->node(company)->pos() + QPointF(180, -120);
        b.setNodePosition(company, there);
        QTRY_COMPARE(a.nodePosition(company), std::optional(there));
        QTRY_COMPARE(scene->node(company)->pos(), there);
        QTRY_VERIFY2(w.statusBar()->currentMessage().contains(s("moved")),
                     qPrintable(w.statusBar()->currentMessage()));
    }
};

QTEST_MAIN(TestLiveWindow)
#include "tst_livewindow.moc"
