// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The first window as a user meets it: the data in the tables, search, and linked selection.
// Apart from showsTheBuiltInDataset (what a new database is seeded with), the cases open a small
// fixture, so that correcting the built-in data changes none of them.
#include "core/syntheticdataset.h"
#include "io/builtindataset.h"
#include "io/datasetjson.h"
#include "models/document.h"
#include "models/editcommands.h"
#include "models/entitylistmodel.h"
#include "models/eventfilterproxy.h"
#include "models/financialtablemodel.h"
#include "models/roles.h"
#include "models/workspace.h"
#include "storage/database.h"
#include "storage/repository.h"
#include "testsupport/firsteditiondatabase.h"
#include "testsupport/fixturebuilder.h"
#include "ui/detailspanel.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"
#include "graph/graphscene.h"
#include "graph/graphview.h"
#include "graph/graphwidget.h"
#include "graph/nodeitem.h"
#include "timeline/timelineview.h"
#include "timeline/timelinewidget.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDateEdit>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QScopeGuard>
#include <QTimer>
#include <QToolButton>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QLocale>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUndoView>

#include <algorithm>

using namespace atlas;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static int rowOf(QAbstractItemModel *model, const QString &id)
    {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data(Roles::Id).toString() == id)
                return r;
        }
        return -1;
    }

    // The ids of the rows a view lists, sorted: what the user sees, compared in one go.
    static QStringList idsOf(QAbstractItemModel *model)
    {
        QStringList ids;
        for (int r = 0; r < model->rowCount(); ++r)
            ids << model->index(r, 0).data(Roles::Id).toString();
        ids.sort();
        return ids;
    }

    // Three companies, a month-precision joint venture, a partnership with an amount, and events
    // in September and November 2024.
    static Dataset fixture()
    {
        using namespace Qt::StringLiterals;
        Dataset d =
                test::FixtureBuilder()
                        .company(u"alpha"_s, u"Alpha Telecom"_s, u"알파텔레콤"_s, u"KRX:000010"_s)
                        .company(u"beta"_s, u"Beta AI"_s, u"베타AI"_s)
                        .company(u"gamma"_s, u"Gamma Mobile"_s, u"감마모바일"_s)
                        .partnership(u"alpha"_s, u"beta"_s, u"2024-06-13"_s)
                        .event(u"ev-2024-06-gamma-jv"_s, EventKind::Establishment, u"2024-06"_s,
                               u"Gamma and Alpha form a joint venture"_s,
                               { u"gamma"_s, u"alpha"_s }, u"감마·알파 합작법인 설립"_s)
                        .event(u"ev-2024-09-10-alpha-launch"_s, EventKind::Launch, u"2024-09-10"_s,
                               u"Alpha launches an AI agent"_s, { u"alpha"_s },
                               u"알파 AI 에이전트 출시"_s)
                        .event(u"ev-2024-11-beta-plan"_s, EventKind::Plan, u"2024-11"_s,
                               u"Beta plans a new model"_s, { u"beta"_s }, u"베타 신모델 계획"_s)
                        .build();
        Amount amount;
        amount.precision = AmountPrecision::Exact;
        amount.currency = u"USD"_s;
        amount.value = 10e6;
        d.events.first().amount = amount;
        return d;
    }

    static const QString &partnershipId()
    {
        static const QString id = QStringLiteral("ev-2024-06-13-alpha-beta");
        return id;
    }

    // A database holding the fixture, under a name of its own.
    QString fixtureDatabase(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!TestData::writeDatabase(path, fixture(), &error))
            qWarning() << error;
        return path;
    }

    // A database at path holding a synthetic dataset of `events` events (40 companies).
    static void writeSynthetic(const QString &path, int events)
    {
        SyntheticOptions o;
        o.companies = 40;
        o.events = events;
        o.relationships = 60;
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QVERIFY2(Repository(db.connection()).replaceAll(makeSyntheticDataset(o), &error),
                 qPrintable(error));
    }

    // What a user has open: a document, its database and the main window over them (destroyed
    // in that reverse order).
    struct OpenWindow
    {
        Document doc;
        Workspace ws{ &doc };
        std::unique_ptr<MainWindow> w;
    };

    // Opens the database at path in a new window, shown (at size when one is given) and
    // exposed. A failure is recorded: the caller returns when QTest::currentTestFailed().
    static void openWindow(OpenWindow *o, const QString &path, QSize size = {})
    {
        QString error;
        QVERIFY2(o->ws.open(path, &error), qPrintable(error));
        o->w = std::make_unique<MainWindow>(&o->doc, &o->ws);
        if (size.isValid())
            o->w->resize(size);
        o->w->show();
        QVERIFY(QTest::qWaitForWindowExposed(o->w.get()));
    }

    // File → Open Recent Database's entry for path.
    static QAction *recentAction(const MainWindow &w, const QString &path)
    {
        for (QAction *a : w.findChildren<QAction *>()) {
            if (a->toolTip() == path)
                return a;
        }
        return nullptr;
    }
    // An undoable edit made before another database is opened.
    static void renameFirstEntity(Document *doc)
    {
        Entity renamed = doc->data().entities.first();
        renamed.name.en = QStringLiteral("Renamed before opening");
        doc->undoStack()->push(EditCommands::updateEntity(doc, renamed));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsTheBuiltInDataset()
    {
        OpenWindow o;
        openWindow(&o, m_dir.filePath(QStringLiteral("a.sqlite")));
        if (QTest::currentTestFailed())
            return;
        MainWindow &w = *o.w;
        QString e;
        const auto builtin = BuiltinDataset::load(&e);
        QCOMPARE(w.eventsView()->model()->rowCount(), int(builtin->events.size()));
        QCOMPARE(w.entitiesView()->model()->rowCount(), int(builtin->entities.size()));
    }

    // The application's start: the window appears while the data is read on a worker thread. It
    // says so in the status bar, the timeline and the graph and offers no edit or import; once the
    // data is in, every view shows it, and editing is on once the file is checked for damage.
    void startsWhileReading()
    {
        const QString path = m_dir.filePath(QStringLiteral("start.sqlite"));
        QString error;
        {
            Document seeded;
            Workspace seeding(&seeded); // an empty file gets the built-in data
            QVERIFY2(seeding.open(path, &error), qPrintable(error));
        }
        Document doc;
        Workspace ws(&doc);
        bool done = false;
        bool ok = false;
        QVERIFY2(ws.openInBackground(path, &error,
                                     [&](bool result, const QString &) {
                                         done = true;
                                         ok = result;
                                     }),
                 qPrintable(error));
        MainWindow w(&doc, &ws);
        w.show();
        auto *status = w.findChild<QLabel *>(QStringLiteral("statusSummary"));
        auto *busy = w.findChild<QProgressBar *>(QStringLiteral("loadingBar"));
        auto *add = w.findChild<QAction *>(QStringLiteral("addEntity"));
        auto *import = w.findChild<QAction *>(QStringLiteral("importData"));
        auto *timeline = w.findChild<TimelineView *>();
        auto *graph = w.findChild<GraphWidget *>();
        QVERIFY(status && busy && add && import && timeline && graph);
        // The data shows as soon as it is read; the file is then checked for damage, the bar
        // busy and editing off until that has passed.
        int shownWhileChecking = -1;
        connect(&doc, &Document::dataReset, &w, [&] {
            if (!doc.data().events.isEmpty())
                shownWhileChecking = ws.isChecking() && !busy->isHidden() && !add->isEnabled()
                                && status->text().endsWith(QStringLiteral("checking for damage…"))
                        ? w.eventsView()->model()->rowCount()
                        : 0;
        });
        QVERIFY2(status->text().startsWith(QStringLiteral("Reading start.sqlite")),
                 qPrintable(status->text()));
        QVERIFY(!busy->isHidden());
        QVERIFY(!add->isEnabled());
        QVERIFY(!import->isEnabled());
        QVERIFY(timeline->currentLayout().emptyText.contains(QStringLiteral("start.sqlite")));
        QCOMPARE(w.eventsView()->model()->rowCount(), 0);

        QTRY_VERIFY(done);
        QVERIFY(ok);
        const int events = int(doc.data().events.size());
        QVERIFY(events > 0);
        QCOMPARE(shownWhileChecking, events);
        QCOMPARE(w.eventsView()->model()->rowCount(), events);
        QVERIFY2(status->text().contains(QStringLiteral("%1 of %1 events").arg(events)),
                 qPrintable(status->text()));
        QVERIFY(busy->isHidden());
        QVERIFY(add->isEnabled());
        QVERIFY(import->isEnabled());
        QVERIFY(timeline->currentLayout().emptyText.isEmpty());
        QVERIFY(!timeline->currentLayout().lanes.isEmpty());
        QVERIFY(!graph->scene()->nodeItems().isEmpty());
    }

    // File → Open (here from Open Recent Database): while the other database is read the window
    // goes on showing the one open, says what it reads, and offers no edit, import or undo (an
    // undo would be refused and dropped); then it shows the other one.
    void openingAnotherKeepsTheWindowUntilItsDataIsIn()
    {
        const QString first = m_dir.filePath(QStringLiteral("first.sqlite"));
        const QString second = m_dir.filePath(QStringLiteral("second.sqlite"));
        QString error;
        writeSynthetic(second, 1500);
        if (QTest::currentTestFailed())
            return;
        Settings().addRecentFile(second);
        Document doc;
        Workspace ws(&doc);
        QVERIFY2(ws.open(first, &error), qPrintable(error)); // the built-in data
        MainWindow w(&doc, &ws);
        w.show();
        renameFirstEntity(&doc);
        const Dataset before = doc.data();
        auto *undo = w.findChild<QAction *>(QStringLiteral("undo"));
        auto *status = w.findChild<QLabel *>(QStringLiteral("statusSummary"));
        auto *busy = w.findChild<QProgressBar *>(QStringLiteral("loadingBar"));
        auto *add = w.findChild<QAction *>(QStringLiteral("addEntity"));
        auto *history = w.findChild<QUndoView *>(QStringLiteral("undoHistory"));
        QVERIFY(undo && status && busy && add && history);
        QVERIFY(undo->isEnabled());
        QAction *recent = recentAction(w, second);
        QVERIFY(recent);
        const int shownBefore = w.eventsView()->model()->rowCount(); // the renamed one's events
        QVERIFY(shownBefore > 0);
        recent->trigger();
        QVERIFY(ws.isLoading());
        QVERIFY2(status->text().startsWith(QStringLiteral("Reading second.sqlite")),
                 qPrintable(status->text()));
        QVERIFY(!busy->isHidden());
        QVERIFY(!add->isEnabled());
        QVERIFY(!undo->isEnabled());
        QVERIFY(!history->isEnabled());
        QVERIFY(doc.data() == before);
        QCOMPARE(w.eventsView()->model()->rowCount(), shownBefore);

        QTRY_VERIFY_WITH_TIMEOUT(!ws.isLoading(), 20000);
        QCOMPARE(doc.data().events.size(), 1500);
        QCOMPARE(w.eventsView()->model()->rowCount(), 1500);
        // Counts as the language writes them (English here): 1,500, not 1500.
        QVERIFY2(status->text().contains(QStringLiteral("1,500 of 1,500 events"))
                         && status->text().contains(QStringLiteral("second.sqlite")),
                 qPrintable(status->text()));
        QVERIFY(busy->isHidden());
        QVERIFY(add->isEnabled());
        QVERIFY(!undo->isEnabled()); // another database: its own, empty history
        QVERIFY(history->isEnabled());
        QCOMPARE(Settings().recentFiles().constFirst(), second);
    }

    // File → Open of the wrong database: Stop gives up its read at once and the window goes on
    // with the database open before, its data, edits and undo; the other is not remembered.
    void stoppingTheOtherReadKeepsTheOpenDatabase()
    {
        const QString first = m_dir.filePath(QStringLiteral("kept.sqlite"));
        const QString second = m_dir.filePath(QStringLiteral("stopped.sqlite"));
        QString error;
        writeSynthetic(second, 1500);
        if (QTest::currentTestFailed())
            return;
        Settings().addRecentFile(second);
        Document doc;
        Workspace ws(&doc);
        QVERIFY2(ws.open(first, &error), qPrintable(error));
        Settings().addRecentFile(first);
        MainWindow w(&doc, &ws);
        w.show();
        const QString original = doc.data().entities.first().name.en;
        renameFirstEntity(&doc);
        const Dataset before = doc.data();
        auto *stop = w.findChild<QToolButton *>(QStringLiteral("stopReading"));
        auto *busy = w.findChild<QProgressBar *>(QStringLiteral("loadingBar"));
        auto *status = w.findChild<QLabel *>(QStringLiteral("statusSummary"));
        auto *undo = w.findChild<QAction *>(QStringLiteral("undo"));
        auto *add = w.findChild<QAction *>(QStringLiteral("addEntity"));
        QVERIFY(stop && busy && status && undo && add);
        QVERIFY(stop->isHidden());
        QAction *recent = recentAction(w, second);
        QVERIFY(recent);
        recent->trigger();
        QVERIFY(ws.isLoading());
        QVERIFY(!stop->isHidden());
        QVERIFY2(stop->toolTip().contains(QStringLiteral("stopped.sqlite"))
                         && stop->toolTip().contains(QStringLiteral("kept.sqlite")),
                 qPrintable(stop->toolTip()));

        QTest::mouseClick(stop, Qt::LeftButton);
        QVERIFY(!ws.isLoading());
        QVERIFY(stop->isHidden());
        QVERIFY(busy->isHidden());
        QVERIFY2(status->text().contains(QStringLiteral("kept.sqlite")),
                 qPrintable(status->text()));
        QVERIFY(add->isEnabled());
        QVERIFY(undo->isEnabled());
        QCOMPARE(ws.database()->displayName(), first);
        // Whatever the worker had read is dropped: the window keeps the data it showed.
        for (int i = 0; i < 20; ++i)
            QCoreApplication::processEvents();
        QVERIFY(doc.data() == before);
        QCOMPARE(Settings().recentFiles().constFirst(), first);
        undo->trigger(); // the edit made before goes back, in the database kept too
        QCOMPARE(doc.data().entities.first().name.en, original);
        Database kept;
        QVERIFY2(kept.open(first, &error), qPrintable(error));
        const auto stored = Repository(kept.connection()).load(&error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->entities.first().name.en, original);
    }

    // Export Data writes on a worker, from the data as it was when asked: the file holds the
    // document's data; a place that cannot be written gives the file's name and no file.
    void exportWritesTheDataOnAWorker()
    {
        OpenWindow o;
        openWindow(&o, m_dir.filePath(QStringLiteral("export.sqlite")));
        if (QTest::currentTestFailed())
            return;
        MainWindow &w = *o.w;
        Document &doc = o.doc;
        QString error;
        const QString file = m_dir.filePath(QStringLiteral("exported.json"));
        QVERIFY2(w.exportDataTo(file, QString(), &error), qPrintable(error));
        const auto back = DatasetJson::readFile(file, &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(*back == doc.data());
        const QString nowhere = m_dir.filePath(QStringLiteral("no-such-folder/out.json"));
        QVERIFY(!w.exportDataTo(nowhere, QString(), &error));
        QVERIFY2(error.contains(nowhere), qPrintable(error));
        QVERIFY(!QFile::exists(nowhere));
    }

    // Typing a company's English or Korean name lists exactly the events it takes part in.
    void searchFiltersInBothLanguages()
    {
        OpenWindow o;
        openWindow(&o, fixtureDatabase(QStringLiteral("b.sqlite")));
        if (QTest::currentTestFailed())
            return;
        MainWindow &w = *o.w;
        auto *search = w.findChild<QLineEdit *>(QStringLiteral("eventSearch"));
        QVERIFY(search);
        QAbstractItemModel *events = w.eventsView()->model();
        QCOMPARE(events->rowCount(), 4);
        const QStringList betas = { partnershipId(), QStringLiteral("ev-2024-11-beta-plan") };
        QTest::keyClicks(search, QStringLiteral("Beta AI"));
        QCOMPARE(idsOf(events), betas);
        search->clear();
        QCOMPARE(events->rowCount(), 4);
        // Korean arrives through an input method as committed text, which setText() stands in for.
        search->setText(QStringLiteral("베타AI"));
        QCOMPARE(idsOf(events), betas);
        search->setText(QStringLiteral("알파 AI 에이전트"));
        QCOMPARE(idsOf(events), QStringList{ QStringLiteral("ev-2024-09-10-alpha-launch") });
    }

    // A large table is searched once typing pauses, not at every key (each a pass over every
    // event); Enter searches at once. Below the size, every key searches (the test above).
    void typingIntoALargeTablesSearchWaitsForAPause()
    {
        const QString path = m_dir.filePath(QStringLiteral("large.sqlite"));
        QString error;
        writeSynthetic(path, MainWindow::kSearchWhenTypingPausesFrom);
        if (QTest::currentTestFailed())
            return;
        OpenWindow o;
        openWindow(&o, path);
        if (QTest::currentTestFailed())
            return;
        MainWindow &w = *o.w;
        w.tabs()->setCurrentIndex(1);
        auto *search = w.findChild<QLineEdit *>(QStringLiteral("eventSearch"));
        QVERIFY(search);
        search->setFocus();
        QTRY_VERIFY(search->hasFocus());
        QAbstractItemModel *events = w.eventsView()->model();
        const int all = events->rowCount();
        QCOMPARE(all, MainWindow::kSearchWhenTypingPausesFrom);
        QTest::keyClicks(search, QStringLiteral("Event 1999"));
        QCOMPARE(w.eventsProxy()->text(), QString()); // not yet: typing may go on
        QCOMPARE(events->rowCount(), all);
        QTRY_COMPARE(w.eventsProxy()->text(), QStringLiteral("Event 1999"));
        QCOMPARE(events->rowCount(), 12); // Events 1999, 11999 and 19990 to 19999
        QTest::keyClicks(search, QStringLiteral("5"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(w.eventsProxy()->text(), QStringLiteral("Event 19995"));
        QCOMPARE(events->rowCount(), 1);
    }

    // The events table behind another tab keeps its place: the rows the time window takes away
    // while it is hidden do not move the event at its top, and an event picked meanwhile (on the
    // timeline or the graph) is in view when the table shows again. Hidden, its row header is
    // off the model (Qt's header goes over every row at each change of rows), and its rows wait
    // for the window's steps while the status bar counts what the window holds.
    void hiddenEventsTableKeepsItsPlace()
    {
        const QString path = m_dir.filePath(QStringLiteral("hidden.sqlite"));
        writeSynthetic(path, 3000);
        if (QTest::currentTestFailed())
            return;
        OpenWindow o;
        openWindow(&o, path, QSize(1200, 800));
        if (QTest::currentTestFailed())
            return;
        MainWindow &w = *o.w;
        QTableView *view = w.eventsView();
        QAbstractItemModel *events = view->model();
        w.tabs()->setCurrentIndex(1);
        QTRY_VERIFY(view->isVisible());
        QCOMPARE(view->verticalHeader()->count(), events->rowCount());
        view->scrollTo(events->index(1000, 0), QAbstractItemView::PositionAtTop);
        const QString top = view->indexAt(QPoint(0, 0)).data(Roles::Id).toString();
        QVERIFY(!top.isEmpty());
        const QString earlier = events->index(500, 0).data(Roles::Id).toString();

        w.tabs()->setCurrentIndex(0);
        QTRY_VERIFY(!view->isVisible());
        QCOMPARE(view->verticalHeader()->count(), 0);
        // The window now starts at the 500th row's date: hundreds of rows above the top go.
        const int all = events->rowCount();
        const QDate from = o.doc.data().event(earlier)->date.start();
        o.doc.setTimeWindow(from, o.doc.dataEnd());
        QVERIFY(w.eventsProxy()->hasHeldWindow());
        QCOMPARE(events->rowCount(), all);
        const auto inWindow = [&o](const QDate &start) {
            const QList<Event> &list = o.doc.data().events;
            return int(std::count_if(list.cbegin(), list.cend(), [&](const Event &e) {
                return e.date.isValid() && e.date.end() >= start
                        && e.date.start() <= o.doc.dataEnd();
            }));
        };
        const int shown = inWindow(from);
        QVERIFY(shown < 2900 && shown > 1500);
        auto *summary = w.findChild<QLabel *>(QStringLiteral("statusSummary"));
        QVERIFY(summary);
        QVERIFY2(summary->text().startsWith(
                         QStringLiteral("%1 of %2 events")
                                 .arg(QLocale().toString(shown), QLocale().toString(all))),
                 qPrintable(summary->text()));
        w.tabs()->setCurrentIndex(1);
        QTRY_VERIFY(view->isVisible());
        QVERIFY(!w.eventsProxy()->hasHeldWindow());
        QCOMPARE(events->rowCount(), shown);
        QCOMPARE(view->verticalHeader()->count(), shown);
        QCOMPARE(view->indexAt(QPoint(0, 0)).data(Roles::Id).toString(), top);

        w.tabs()->setCurrentIndex(0);
        QTRY_VERIFY(!view->isVisible());
        const QString picked = events->index(shown - 3, 0).data(Roles::Id).toString();
        o.doc.selectEvent(picked);
        w.tabs()->setCurrentIndex(1);
        QTRY_VERIFY(view->isVisible());
        QCOMPARE(view->currentIndex().data(Roles::Id).toString(), picked);
        QVERIFY(view->viewport()->rect().contains(view->visualRect(view->currentIndex())));

        // An event picked while the rows wait, of the new window and not among them, is the
        // current one when the table shows again.
        w.tabs()->setCurrentIndex(0);
        QTRY_VERIFY(!view->isVisible());
        o.doc.resetTimeWindow();
        const QList<Event> &list = o.doc.data().events;
        const auto earlierEvent = std::find_if(list.cbegin(), list.cend(), [&](const Event &e) {
            return e.date.isValid() && e.date.end() < from;
        });
        QVERIFY(earlierEvent != list.cend());
        const QString before = earlierEvent->id;
        o.doc.selectEvent(before);
        QVERIFY(w.eventsProxy()->hasHeldWindow());
        w.tabs()->setCurrentIndex(1);
        QTRY_VERIFY(view->isVisible());
        QCOMPARE(events->rowCount(), all);
        QCOMPARE(view->currentIndex().data(Roles::Id).toString(), before);
        QVERIFY(view->viewport()->rect().contains(view->visualRect(view->currentIndex())));
    }

    // The quarterly results show every figure and name whole whenever the user looks at them;
    // behind another tab (as they start) they are not measured at each change of the data.
    void quarterlyResultsFitTheirFiguresWhileShown()
    {
        OpenWindow o;
        openWindow(&o, m_dir.filePath(QStringLiteral("quarters.sqlite")), QSize(1400, 900));
        if (QTest::currentTestFailed())
            return;
        MainWindow &w = *o.w;
        auto *dock = w.findChild<QDockWidget *>(QStringLiteral("financialDock"));
        auto *view = w.findChild<QTableView *>(QStringLiteral("financialView"));
        QVERIFY(dock && view && view->model()->rowCount() > 10);
        const auto fitted = [view] {
            const QAbstractItemView *measure = view; // QTableView hides it
            for (int c = 0; c < view->model()->columnCount(); ++c) {
                if (view->columnWidth(c) < measure->sizeHintForColumn(c))
                    return false;
            }
            return true;
        };
        dock->show();
        dock->raise();
        QTRY_VERIFY(view->isVisible());
        QTRY_VERIFY(fitted());

        dock->hide();
        QTRY_VERIFY(!view->isVisible());
        QCOMPARE(view->horizontalHeader()->sectionResizeMode(FinancialTableModel::Company),
                 QHeaderView::Interactive);
        // A company of the figures renamed while they are hidden: its longer name fits once they
        // show again.
        Entity company = *o.doc.data().entity(o.doc.data().financials.first().companyId);
        const int before = view->columnWidth(FinancialTableModel::Company);
        company.name = { QStringLiteral("Korea Telecom Corporation Holdings International"),
                         QStringLiteral("케이티 코퍼레이션 홀딩스 인터내셔널") };
        o.doc.undoStack()->push(EditCommands::updateEntity(&o.doc, company));
        dock->show();
        dock->raise();
        QTRY_VERIFY(view->isVisible());
        QTRY_VERIFY(fitted());
        QVERIFY(view->columnWidth(FinancialTableModel::Company) > before);
    }

    void clickingAnEntityDrivesTheDocumentAndDetails()
    {
        OpenWindow o;
        openWindow(&o, fixtureDatabase(QStringLiteral("c.sqlite")));
        if (QTest::currentTestFailed())
            return;
        MainWindow &w = *o.w;
        Document &doc = o.doc;
        QTableView *entities = w.entitiesView();
        const int row = rowOf(entities->model(), QStringLiteral("alpha"));
        QVERIFY(row >= 0);
        const QModelIndex index = entities->model()->index(row, 0);
        entities->scrollTo(index);
        QTest::mouseClick(entities->viewport(), Qt::LeftButton, {},
                          entities->visualRect(index).center());
        QCOMPARE(doc.selection().type, Document::SelectionType::Entity);
        QCOMPARE(doc.selection().id, QStringLiteral("alpha"));
        // The clicked row is the one highlighted.
        const QModelIndexList selected = entities->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(Roles::Id).toString(), QStringLiteral("alpha"));
        // The events table now lists Alpha's events only, and the details name its partner and
        // ticker.
        QCOMPARE(idsOf(w.eventsView()->model()),
                 (QStringList{ partnershipId(), QStringLiteral("ev-2024-06-gamma-jv"),
                               QStringLiteral("ev-2024-09-10-alpha-launch") }));
        auto *details = w.findChild<DetailsPanel *>();
        QVERIFY(details);
        QVERIFY2(details->toPlainText().contains(QStringLiteral("Beta AI")),
                 qPrintable(details->toPlainText()));
        QVERIFY2(details->toPlainText().contains(QStringLiteral("000010")),
                 qPrintable(details->toPlainText()));

        // Selecting an event elsewhere shows its amount and its sources.
        doc.selectEvent(partnershipId());
        QVERIFY2(details->toPlainText().contains(QStringLiteral("USD 10 million")),
                 qPrintable(details->toPlainText()));
        QVERIFY(details->toHtml().contains(QStringLiteral("https://example.com/fixture")));
    }

    // The entities list sorts its names as the locale collates them, and sorts again as a name
    // or the language changes: "Ärla" comes before "Zeta" in English and after it in Swedish.
    void entitiesSortAsTheLocaleCollates()
    {
        const QLocale before;
        const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        OpenWindow o;
        openWindow(&o, m_dir.filePath(QStringLiteral("collate.sqlite")));
        if (QTest::currentTestFailed())
            return;
        MainWindow &w = *o.w;
        Document &doc = o.doc;
        QAbstractItemModel *entities = w.entitiesView()->model();
        const auto names = [entities] {
            QStringList list;
            for (int row = 0; row < entities->rowCount(); ++row)
                list << entities->index(row, EntityListModel::Name).data().toString();
            return list;
        };
        const auto collated = [](QStringList list) {
            std::stable_sort(list.begin(), list.end(), [](const QString &a, const QString &b) {
                return QString::localeAwareCompare(a, b) < 0;
            });
            return list;
        };
        w.entitiesView()->sortByColumn(EntityListModel::Name, Qt::AscendingOrder);
        QVERIFY(names().size() > 10);
        QCOMPARE(names(), collated(names()));

        const auto rename = [&doc](int index, const QString &name) {
            Entity e = doc.data().entities.at(index);
            e.name = { name, name };
            doc.undoStack()->push(EditCommands::updateEntity(&doc, e));
        };
        rename(0, QStringLiteral("Zeta"));
        rename(1, QStringLiteral("\u00c4rla"));
        QCOMPARE(names(), collated(names()));
        QVERIFY(names().indexOf(QStringLiteral("\u00c4rla"))
                < names().indexOf(QStringLiteral("Zeta")));

        QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
        doc.setLanguage(Language::Korean);
        QCOMPARE(names(), collated(names()));
        QVERIFY(names().indexOf(QStringLiteral("\u00c4rla"))
                > names().indexOf(QStringLiteral("Zeta")));
    }

    // Sorted by kind, the entities come kind by kind in the order of the kinds' names (either
    // way), each kind's by name.
    void entitiesSortByKindThenName()
    {
        OpenWindow o;
        openWindow(&o, m_dir.filePath(QStringLiteral("bykind.sqlite")));
        if (QTest::currentTestFailed())
            return;
        QTableView *view = o.w->entitiesView();
        QAbstractItemModel *entities = view->model();
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            view->sortByColumn(EntityListModel::Kind, order);
            QSet<QString> kinds;
            for (int row = 0; row + 1 < entities->rowCount(); ++row) {
                const auto text = [entities](int r, int column) {
                    return entities->index(r, column).data().toString();
                };
                const QString kind = text(row, EntityListModel::Kind);
                kinds.insert(kind);
                const int byKind =
                        QString::localeAwareCompare(kind, text(row + 1, EntityListModel::Kind));
                QVERIFY2(order == Qt::AscendingOrder ? byKind <= 0 : byKind >= 0, qPrintable(kind));
                if (byKind == 0)
                    QVERIFY2(QString::localeAwareCompare(text(row, EntityListModel::Name),
                                                         text(row + 1, EntityListModel::Name))
                                     <= 0,
                             qPrintable(text(row, EntityListModel::Name)));
            }
            QVERIFY(kinds.size() >= 3);
        }
    }

    void koreanDetails()
    {
        Document doc;
        Workspace ws(&doc);
        QString error;
        QVERIFY2(ws.open(fixtureDatabase(QStringLiteral("d.sqlite")), &error), qPrintable(error));
        doc.setLanguage(Language::Korean);
        DetailsPanel panel(&doc);
        doc.selectEvent(QStringLiteral("ev-2024-06-gamma-jv"));
        QVERIFY2(panel.toPlainText().contains(QStringLiteral("2024년 6월")),
                 qPrintable(panel.toPlainText()));
        QVERIFY(!panel.toPlainText().contains(QStringLiteral("6월 1일")));
    }

    // The From and To editors show the document's time window, the table lists the events in
    // it, and changing an editor moves the window.
    void graphNodeMenuPinsATimelineLane()
    {
        OpenWindow o;
        openWindow(&o, fixtureDatabase(QStringLiteral("pin.sqlite")), QSize(1400, 900));
        if (QTest::currentTestFailed())
            return;
        MainWindow &w = *o.w;
        Document &doc = o.doc;
        GraphView *graph = w.graphWidget()->view();
        auto firstNode = [&]() -> int {
            for (int e = 0; e < doc.data().entities.size(); ++e) {
                if (graph->graphScene()->node(doc.data().entities.at(e).id))
                    return e;
            }
            return -1;
        };
        QTRY_VERIFY(firstNode() >= 0);
        const Entity &entity = doc.data().entities.at(firstNode());
        NodeItem *node = graph->graphScene()->node(entity.id);
        QPoint at;
        auto nodeUnderPoint = [&] {
            at = graph->mapFromScene(node->sceneBoundingRect().center());
            const QList<QGraphicsItem *> under = graph->items(at);
            return std::any_of(under.cbegin(), under.cend(),
                               [&](QGraphicsItem *i) { return i == node; });
        };
        QTRY_VERIFY(nodeUnderPoint()); // once the first layout has settled
        bool found = false;
        QTimer::singleShot(0, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (QAction *pin = menu
                        ? menu->findChild<QAction *>(QStringLiteral("graphPinTimelineLane"))
                        : nullptr) {
                found = true;
                pin->trigger();
            }
            if (menu)
                menu->close();
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, graph->viewport()->mapToGlobal(at));
        QApplication::sendEvent(graph->viewport(), &event);
        QVERIFY(found);
        TimelineView *lanes = w.timeline()->view();
        QVERIFY(lanes->isPinned(entity.id));
        QVERIFY(lanes->laneLabels().contains(entity.name.en));
    }

    void timeWindowEditorsFollowTheDocument()
    {
        Document doc;
        Workspace ws(&doc);
        QString error;
        QVERIFY2(ws.open(fixtureDatabase(QStringLiteral("e.sqlite")), &error), qPrintable(error));
        MainWindow w(&doc, &ws);
        auto *from = w.findChild<QDateEdit *>(QStringLiteral("windowFromEdit"));
        auto *to = w.findChild<QDateEdit *>(QStringLiteral("windowToEdit"));
        QVERIFY(from && to);
        doc.setTimeWindow(QDate(2024, 9, 1), QDate(2024, 9, 30));
        QCOMPARE(from->date(), QDate(2024, 9, 1));
        QCOMPARE(to->date(), QDate(2024, 9, 30));
        QCOMPARE(idsOf(w.eventsView()->model()),
                 QStringList{ QStringLiteral("ev-2024-09-10-alpha-launch") });

        from->setDate(QDate(2024, 6, 1));
        QCOMPARE(doc.windowFrom(), QDate(2024, 6, 1));
        QCOMPARE(doc.windowTo(), QDate(2024, 9, 30));
        QCOMPARE(idsOf(w.eventsView()->model()),
                 (QStringList{ partnershipId(), QStringLiteral("ev-2024-06-gamma-jv"),
                               QStringLiteral("ev-2024-09-10-alpha-launch") }));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
