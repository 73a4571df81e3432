// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What a new user trips over (issue 20), driven through the real main window: keys go through the
// window's shortcuts, the tabs are switched as a user switches them.
#include "charts/chartsview.h"
#include "graph/graphscene.h"
#include "graph/graphview.h"
#include "graph/graphwidget.h"
#include "graph/nodeitem.h"
#include "models/document.h"
#include "models/editcommands.h"
#include "models/eventfilterproxy.h"
#include "timeline/timelineoverview.h"
#include "timeline/timelinewidget.h"
#include "ui/eventdialog.h"
#include "ui/mainwindow.h"
#include "models/workspace.h"
#include "testsupport/firsteditiondatabase.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QScopeGuard>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QWidgetAction>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHelpEvent>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>

#include <memory>

using namespace atlas;

namespace {

// A main window on the built-in data, shown, with a settled graph.
struct Window
{
    Document doc;
    Workspace ws{ &doc };
    std::unique_ptr<MainWindow> w;

    bool open(const QString &file, QSize size = QSize(1400, 900))
    {
        // The frozen first edition, not the growing built-in data a new database is seeded with.
        QString error;
        if (!TestData::writeFirstEditionDatabase(file, &error) || !ws.open(file, &error)) {
            qWarning() << error;
            return false;
        }
        w = std::make_unique<MainWindow>(&doc, &ws);
        w->resize(size);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            return false;
        GraphScene *scene = w->graphWidget()->scene();
        return QTest::qWaitFor(
                [scene] { return scene->isSettled() && !scene->shownNodes().isEmpty(); });
    }
    GraphView *view() const { return w->graphWidget()->view(); }
    GraphScene *scene() const { return w->graphWidget()->scene(); }
};

QMenu *menuTitled(QMenuBar *bar, const QString &title)
{
    for (QAction *a : bar->actions()) {
        if (a->menu() && a->text().remove(QLatin1Char('&')) == title)
            return a->menu();
    }
    return nullptr;
}

// With ATLAS_SHOT_DIR set, keeps a picture of the window for a person to look at.
void saveShot(QWidget *window, const char *name)
{
    const QString dir = qEnvironmentVariable("ATLAS_SHOT_DIR");
    if (!dir.isEmpty())
        window->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

QPoint nodeOnScreen(GraphView *view, const QString &id)
{
    return view->mapFromScene(view->graphScene()->node(id)->pos());
}

} // namespace

class TestUsability : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString file(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { QToolTip::hideText(); }

    // The charts behind another tab are not rebuilt at each step of the time window (that was a
    // third of a step at 100,000 events); the chart that shows when the tab comes up is of the
    // window as it is then.
    void chartBehindTabShowsTheNewWindow()
    {
        Window win;
        QVERIFY(win.open(file("lazy.sqlite")));
        ChartsView *charts = win.w->chartsView();
        auto *shown = charts->findChild<QChartView *>(); // what is on screen, as it is
        QVERIFY(shown);
        QTest::keyClick(win.w.get(), Qt::Key_1, Qt::ControlModifier);
        QTRY_VERIFY(!charts->isVisible());
        QChart *before = shown->chart();
        win.doc.setTimeWindow(QDate(2023, 1, 1), QDate(2023, 12, 31));
        QCOMPARE(shown->chart(), before); // not built while nobody sees it
        QTest::keyClick(win.w.get(), Qt::Key_3, Qt::ControlModifier);
        QTRY_VERIFY(charts->isVisible());
        QVERIFY(shown->chart() != before);
        const QString title = shown->chart()->title();
        QVERIFY2(title.contains(QStringLiteral("2023")) && !title.contains(QStringLiteral("2024")),
                 qPrintable(title));
    }

    // Nor at an edit of a charted company (at 100,000 events a delete's chart was a tenth of
    // it): the chart that shows when the tab comes up names the company as it is then.
    void chartBehindTabShowsTheEditedCompany()
    {
        Window win;
        QVERIFY(win.open(file("lazyedit.sqlite")));
        ChartsView *charts = win.w->chartsView();
        auto *shown = charts->findChild<QChartView *>();
        QVERIFY(shown);
        const QString company = charts->currentChart().companyId;
        QVERIFY(!company.isEmpty());
        QTest::keyClick(win.w.get(), Qt::Key_1, Qt::ControlModifier);
        QTRY_VERIFY(!charts->isVisible());
        QChart *before = shown->chart();
        Entity renamed = *win.doc.data().entity(company);
        renamed.name.en = QStringLiteral("Renamed Telecom");
        win.doc.undoStack()->push(EditCommands::updateEntity(&win.doc, renamed));
        QCOMPARE(shown->chart(), before); // not built while nobody sees it
        QTest::keyClick(win.w.get(), Qt::Key_3, Qt::ControlModifier);
        QTRY_VERIFY(charts->isVisible());
        QVERIFY(shown->chart() != before);
        QVERIFY2(shown->chart()->title().contains(QStringLiteral("Renamed Telecom")),
                 qPrintable(shown->chart()->title()));
    }

    // Row 2: the chart tooltip stays while the pointer rests on a bar; the line under the chart
    // keeps the basis and the source. First: QTest's double click (row 1) leaves its button
    // state behind in Qt 6.4, and moves would then count as drags, which never hover.
    void chartTooltipStays()
    {
        Window win;
        QVERIFY(win.open(file("tip.sqlite")));
        QTest::keyClick(win.w.get(), Qt::Key_3, Qt::ControlModifier);
        ChartsView *charts = win.w->chartsView();
        QTRY_VERIFY(charts->chartView()->isVisible());
        const auto &items = charts->currentChart().items;
        QVERIFY(!items.isEmpty());
        const auto &item = items.constFirst();
        QChart *chart = charts->chartView()->chart();
        // The chart lays itself out once shown at its size.
        QTRY_VERIFY(chart->plotArea().height() > 100);
        const double y = item.barSet ? item.plotted / 2 : item.plotted;
        const QPoint at = charts->chartView()->mapFromScene(
                chart->mapToScene(chart->mapToPosition(QPointF(item.x, y), item.series)));
        QWidget *viewport = charts->chartView()->viewport();
        QVERIFY2(viewport->rect().contains(at),
                 qPrintable(QStringLiteral("%1,%2").arg(at.x()).arg(at.y())));
        QTRY_VERIFY([&] {
            QTest::mouseMove(viewport, at + QPoint(3, 0));
            QTest::mouseMove(viewport, at);
            return QToolTip::isVisible();
        }());
        QVERIFY(QToolTip::text().contains(QStringLiteral("Source:")));

        // What Qt sends after the hover delay with the pointer still: it must not hide the tip.
        QHelpEvent help(QEvent::ToolTip, at, viewport->mapToGlobal(at));
        QApplication::sendEvent(viewport, &help);
        QVERIFY2(!QTest::qWaitFor([] { return !QToolTip::isVisible(); }, 1500),
                 "the tooltip vanished under a still pointer");
        QVERIFY(QToolTip::text().contains(QStringLiteral("Source:")));

        const QString line = charts->statusText();
        QVERIFY2(line.contains(QStringLiteral("Basis:")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("Source:")), qPrintable(line));
    }

    // Row 1: Esc leaves the neighbourhood focus, though the window's Esc (Clear Selection) exists.
    void escapeLeavesTheGraphFocus()
    {
        Window win;
        QVERIFY(win.open(file("esc.sqlite")));
        GraphView *view = win.view();
        const QStringList everything = win.scene()->shownNodes();

        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {},
                           nodeOnScreen(view, QStringLiteral("kt")));
        QCOMPARE(win.scene()->focusNode(), QStringLiteral("kt"));
        auto *banner = view->findChild<QLabel *>(QStringLiteral("focusBanner"));
        QVERIFY(banner && banner->isVisible() && banner->text().contains(QStringLiteral("Esc")));
        saveShot(win.w.get(), "focus");
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Escape);
        QVERIFY(win.scene()->focusNode().isEmpty());
        QVERIFY(!banner->isVisible());
        QTRY_COMPARE(win.scene()->shownNodes(), everything);

        // From the neighbourhood box of the tool bar, too; the next Esc clears the selection.
        view->focusNeighbourhood(QStringLiteral("kt"));
        win.doc.selectEntity(QStringLiteral("kt"));
        win.w->graphWidget()->hopsBox()->setFocus();
        QTest::keyClick(win.w->graphWidget()->hopsBox(), Qt::Key_Escape);
        QVERIFY(win.scene()->focusNode().isEmpty());
        QCOMPARE(win.doc.selection().id, QStringLiteral("kt"));
        QTest::keyClick(win.w->graphWidget()->hopsBox(), Qt::Key_Escape);
        QCOMPARE(win.doc.selection().type, Document::SelectionType::None);
    }

    // Row 3: Ctrl+F on the graph or the charts brings up the events search, where it can be seen.
    void findShowsTheEventsSearch_data()
    {
        QTest::addColumn<int>("tab");
        QTest::newRow("graph") << 0;
        QTest::newRow("charts") << 2;
    }
    void findShowsTheEventsSearch()
    {
        QFETCH(int, tab);
        Window win;
        QVERIFY(win.open(file("find.sqlite")));
        win.w->tabs()->setCurrentIndex(tab);
        win.w->tabs()->currentWidget()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
        auto *search = win.w->findChild<QLineEdit *>(QStringLiteral("eventSearch"));
        QVERIFY(search);
        QTRY_VERIFY(search->isVisible());
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Perplexity"));
        QCOMPARE(search->text(), QStringLiteral("Perplexity"));
        QVERIFY(win.w->eventsView()->isVisible());
    }

    // Row 4: edits and undos made while the graph is hidden leave no tangle: the graph comes back
    // laid out as it was (the data is the same again), fitted, nothing on top of another node.
    void graphAfterHiddenEditsIsClean()
    {
        Window win;
        QVERIFY(win.open(file("edits.sqlite")));
        QHash<QString, QPointF> before;
        for (const NodeItem *n : win.scene()->nodeItems())
            before.insert(n->id(), n->home());

        QTest::keyClick(win.w.get(), Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(!win.view()->isVisible());
        const QString id = QStringLiteral("google-cloud");
        QVERIFY(win.doc.data().entity(id));
        win.doc.undoStack()->push(EditCommands::removeEntity(&win.doc, id));
        QTest::keyClick(win.w.get(), Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(win.w.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClick(win.w.get(), Qt::Key_Z, Qt::ControlModifier);
        win.doc.undoStack()->push(EditCommands::removeEntity(&win.doc, id));
        QTest::keyClick(win.w.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(win.doc.data().entity(id));
        // Let the layouts asked for meanwhile run, as they do while the user works elsewhere.
        QTRY_VERIFY(win.scene()->isSettled());

        QTest::keyClick(win.w.get(), Qt::Key_1, Qt::ControlModifier);
        QTRY_VERIFY(win.view()->isVisible());
        QTRY_VERIFY(win.scene()->isSettled());
        for (const NodeItem *n : win.scene()->nodeItems()) {
            QVERIFY2(before.contains(n->id()), qPrintable(n->id()));
            const QPointF d = n->home() - before.value(n->id());
            QVERIFY2(std::abs(d.x()) < 1 && std::abs(d.y()) < 1, qPrintable(n->id()));
        }
        saveShot(win.w.get(), "after-edits");
        // Fitted: every shown node is on screen.
        const QRect area = win.view()->viewport()->rect();
        const QRect shown = win.view()->mapFromScene(win.scene()->shownRect()).boundingRect();
        QVERIFY2(area.contains(shown),
                 qPrintable(QStringLiteral("%1,%2 %3x%4")
                                    .arg(shown.x())
                                    .arg(shown.y())
                                    .arg(shown.width())
                                    .arg(shown.height())));
    }

    // Row 6: under All time, dragging the overview's left handle moves that edge.
    void overviewHandleMovesTheEdge()
    {
        Window win;
        QVERIFY(win.open(file("handle.sqlite")));
        QVERIFY(!win.doc.windowFrom().isValid());
        TimelineOverview *overview = win.w->timeline()->overview();
        QTRY_VERIFY(overview->isVisible() && overview->brushRect().width() > 100);
        const QRectF brush = overview->brushRect();
        const double y = brush.center().y();
        const QDate target(2024, 1, 1);
        const double to = overview->scale().xOfMiddle(target);
        QTest::mousePress(overview, Qt::LeftButton, {},
                          QPoint(qRound(brush.left()) + 1, qRound(y)));
        QTest::mouseMove(overview, QPoint(qRound((brush.left() + to) / 2), qRound(y)));
        QTest::mouseMove(overview, QPoint(qRound(to), qRound(y)));
        QTest::mouseRelease(overview, Qt::LeftButton, {}, QPoint(qRound(to), qRound(y)));
        QVERIFY2(std::abs(win.doc.windowFrom().daysTo(target)) <= 2,
                 qPrintable(win.doc.windowFrom().toString(Qt::ISODate)));
        // The end stays at the end of the data.
        QVERIFY(!win.doc.windowTo().isValid() || win.doc.windowTo() >= win.doc.dataEnd());
    }

    // Rows 7 and 8: the graph's Export is an action (reachable from the » overflow), and every
    // item of File → Export View names its view.
    void exportIsReachableAndNamed()
    {
        Window win;
        QVERIFY(win.open(file("export.sqlite"), QSize(900, 650)));
        auto *bar = win.w->graphWidget()->findChild<QToolBar *>();
        QVERIFY(bar);
        bool reachable = false;
        for (QAction *a : bar->actions()) {
            if (a->menu() && a->menu()->actions().contains(win.w->graphWidget()->exportPngAction()))
                reachable = !qobject_cast<QWidgetAction *>(a);
        }
        QVERIFY(reachable);
        QMenu *fileMenu = menuTitled(win.w->menuBar(), QStringLiteral("File"));
        QVERIFY(fileMenu);
        QMenu *exportView = nullptr;
        for (QAction *a : fileMenu->actions()) {
            if (a->menu() && a->text().contains(QStringLiteral("Export")))
                exportView = a->menu();
        }
        QVERIFY(exportView);
        QStringList texts;
        for (QAction *a : exportView->actions()) {
            if (a->isSeparator())
                continue;
            const QString text = a->text().remove(QLatin1Char('&'));
            texts << text;
            QVERIFY2(text.contains(QStringLiteral("Graph"))
                             || text.contains(QStringLiteral("Chart"))
                             || text.contains(QStringLiteral("Timeline")),
                     qPrintable(text));
        }
        QVERIFY(texts.size() >= 5);
    }

    // Issue 13: node size by degree and colour by community are View menu options, remembered
    // for the next session.
    void graphReadingOptionsInTheViewMenu()
    {
        {
            Window win;
            QVERIFY(win.open(file("options.sqlite")));
            QMenu *view = menuTitled(win.w->menuBar(), QStringLiteral("View"));
            QVERIFY(view);
            QAction *size = win.view()->sizeByDegreeAction();
            QAction *colour = win.view()->colourByCommunityAction();
            QVERIFY(view->actions().contains(size) && view->actions().contains(colour));
            QVERIFY(!size->isChecked() && !colour->isChecked());
            size->trigger();
            colour->trigger();
            QVERIFY(win.scene()->isSizedByDegree() && win.scene()->isColouredByCommunity());
        }
        Window again;
        QVERIFY(again.open(file("options2.sqlite")));
        QVERIFY(again.view()->sizeByDegreeAction()->isChecked());
        QVERIFY(again.scene()->isColouredByCommunity());
        // Off again, for the tests after this one.
        again.view()->sizeByDegreeAction()->trigger();
        again.view()->colourByCommunityAction()->trigger();
        QVERIFY(!again.scene()->isSizedByDegree());
    }

    // Issue 16: colour and size as an imported file gave them, beside the options above, greyed
    // out while no entity has them (the built-in data has none), and remembered.
    void fileLookOptionsInTheViewMenu()
    {
        {
            Window win;
            QVERIFY(win.open(file("filelook.sqlite")));
            QMenu *view = menuTitled(win.w->menuBar(), QStringLiteral("View"));
            QVERIFY(view);
            QAction *size = win.view()->sizeFromFileAction();
            QAction *colour = win.view()->colourFromFileAction();
            QVERIFY(view->actions().contains(size) && view->actions().contains(colour));
            QVERIFY(!size->isEnabled() && !colour->isEnabled());
            QVERIFY(!size->isChecked() && !colour->isChecked());
            size->setChecked(true);
            colour->setChecked(true);
        }
        Window again;
        QVERIFY(again.open(file("filelook2.sqlite")));
        QVERIFY(again.view()->sizeFromFileAction()->isChecked());
        QVERIFY(again.scene()->isColouredFromFile() && again.scene()->isSizedFromFile());
        QVERIFY(!again.view()->colourByCommunityAction()->isChecked());
        // Off again, for the tests after this one.
        again.view()->sizeFromFileAction()->setChecked(false);
        again.view()->colourFromFileAction()->setChecked(false);
        QVERIFY(!again.scene()->isColouredFromFile());
    }

    // Issue 13: the graph's export dialog offers a size, as --size WxH does; off, the picture
    // has its natural size.
    void graphExportDialogOffersASize()
    {
        Window win;
        QVERIFY(win.open(file("exportsize.sqlite")));
        const QString path = m_dir.filePath(QStringLiteral("sized.png"));
        bool answered = false;
        QTimer::singleShot(0, [&] {
            // Whatever fails below, the modal dialog goes, so the test ends.
            const auto close = qScopeGuard([] {
                if (QWidget *modal = QApplication::activeModalWidget())
                    modal->close();
            });
            QTRY_VERIFY(qobject_cast<QFileDialog *>(QApplication::activeModalWidget()));
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            auto *fit = dialog->findChild<QCheckBox *>();
            QVERIFY(fit);
            QVERIFY(!fit->isChecked());
            fit->setChecked(true);
            const QList<QSpinBox *> boxes = dialog->findChildren<QSpinBox *>();
            QCOMPARE(boxes.size(), 2);
            boxes.at(0)->setValue(800);
            boxes.at(1)->setValue(600);
            dialog->selectFile(path);
            static_cast<QDialog *>(dialog)->accept();
            answered = true;
        });
        win.w->graphWidget()->exportPngAction()->trigger();
        QVERIFY(answered);
        QCOMPARE(QImageReader(path).size(), QSize(800, 600));
    }

    // Row 9: the "only the selected entity" filter of the events table shows, and can be cleared.
    void participantFilterIsShown()
    {
        Window win;
        QVERIFY(win.open(file("filter.sqlite")));
        QTest::keyClick(win.w.get(), Qt::Key_2, Qt::ControlModifier);
        const int all = win.w->eventsView()->model()->rowCount();
        win.doc.selectEntity(QStringLiteral("google-cloud"));
        auto *label = win.w->findChild<QLabel *>(QStringLiteral("participantFilterLabel"));
        auto *clear = win.w->findChild<QToolButton *>(QStringLiteral("showAllEvents"));
        QVERIFY(label && clear);
        QTRY_VERIFY(label->isVisible());
        QVERIFY2(label->text().contains(QStringLiteral("Google Cloud")), qPrintable(label->text()));
        QVERIFY(win.w->eventsView()->model()->rowCount() < all);
        saveShot(win.w.get(), "filter");
        QTest::mouseClick(clear, Qt::LeftButton);
        QCOMPARE(win.w->eventsView()->model()->rowCount(), all);
        QVERIFY(!label->isVisible());
    }

    // Row 15: the participant the Add Event dialog starts with takes the role of the kind.
    void addEventRoleFollowsTheKind()
    {
        Window win;
        QVERIFY(win.open(file("role.sqlite")));
        win.doc.selectEntity(QStringLiteral("lg-uplus"));
        QString firstRole, afterInvestment;
        QTimer::singleShot(0, qApp, [&] {
            QTRY_VERIFY(qobject_cast<EventDialog *>(QApplication::activeModalWidget()));
            auto *dialog = qobject_cast<EventDialog *>(QApplication::activeModalWidget());
            auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("kind"));
            auto *participants = dialog->findChild<QTableWidget *>(QStringLiteral("participants"));
            kind->setCurrentIndex(kind->findData(int(EventKind::Partnership)));
            firstRole = qobject_cast<QComboBox *>(participants->cellWidget(0, 1))->currentText();
            kind->setCurrentIndex(kind->findData(int(EventKind::Investment)));
            afterInvestment =
                    qobject_cast<QComboBox *>(participants->cellWidget(0, 1))->currentText();
            dialog->reject();
        });
        QTest::keyClick(win.w.get(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(firstRole, labelOf(Role::Partner));
        QCOMPARE(afterInvestment, labelOf(Role::Investor));
    }

    // Row 13: in a small window the legend and the overview leave the graph to the graph.
    void smallWindowKeepsTheGraphClear()
    {
        Window win;
        QVERIFY(win.open(file("small.sqlite"), QSize(900, 650)));
        GraphView *view = win.view();
        const QSize room = view->viewport()->size();
        int covered = 0;
        for (QWidget *overlay : view->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (overlay != view->viewport() && overlay->isVisible()
                && !qobject_cast<QLabel *>(overlay) && overlay->parentWidget() == view)
                covered += overlay->width() * overlay->height();
        }
        QVERIFY2(covered * 4 <= room.width() * room.height(),
                 qPrintable(QStringLiteral("%1 of %2x%3")
                                    .arg(covered)
                                    .arg(room.width())
                                    .arg(room.height())));
        // Every node still fits in the view.
        QVERIFY(view->viewport()->rect().contains(
                view->mapFromScene(win.scene()->shownRect()).boundingRect()));
        saveShot(win.w.get(), "small");
    }

    // Row 14: on a dark palette the timeline's play icon is drawn light.
    void iconsFollowTheDarkPalette()
    {
        Window win;
        QVERIFY(win.open(file("dark.sqlite")));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x23, 0x23, 0x23));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        win.w->setPalette(dark);
        saveShot(win.w.get(), "dark");
        const QImage icon = win.w->timeline()->playAction()->icon().pixmap(16, 16).toImage();
        int opaque = 0, light = 0;
        for (int y = 0; y < icon.height(); ++y) {
            for (int x = 0; x < icon.width(); ++x) {
                const QColor c = icon.pixelColor(x, y);
                if (c.alpha() > 128) {
                    ++opaque;
                    light += c.lightness() > 160 ? 1 : 0;
                }
            }
        }
        QVERIFY(opaque > 10);
        QVERIFY2(light * 10 >= opaque * 9,
                 qPrintable(QStringLiteral("%1 of %2 light").arg(light).arg(opaque)));
    }
};

QTEST_MAIN(TestUsability)
#include "tst_usability.moc"
