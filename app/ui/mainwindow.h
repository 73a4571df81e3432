// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/localizedtext.h"
#include "io/datasetfiles.h"
#include "reports/briefing.h"

#include <QMainWindow>

QT_BEGIN_NAMESPACE
class QProgressBar;
class QTimer;
class QAction;
class QActionGroup;
class QComboBox;
class QDateEdit;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QToolButton;
class QUndoView;
QT_END_NAMESPACE

namespace atlas {

class ChartsView;
class DetailsPanel;
class EditActions;
class GraphWidget;
class TimelineWidget;
class Document;
class EntityListModel;
class EventFilterProxy;
class EventTableModel;
class FinancialTableModel;
class Settings;
class Workspace;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Document *document, Workspace *workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    // From this many events on, typing into the events search searches once typing has paused
    // for kSearchPauseMs (connectEventSearch()).
    static constexpr int kSearchWhenTypingPausesFrom = 20'000;
    static constexpr int kSearchPauseMs = 200;

    // For tests and the command line: the views the window shows.
    QTableView *eventsView() const { return m_eventsView; }
    QTableView *entitiesView() const { return m_entitiesView; }
    EventFilterProxy *eventsProxy() const { return m_eventsProxy; }
    QTabWidget *tabs() const { return m_tabs; }
    // File → Export Data… past its file dialog (filter: the one chosen, which picks GEXF's
    // version): written on a worker while the window goes on drawing. False with *error set.
    bool exportDataTo(const QString &file, const QString &filter, QString *error);
    ChartsView *chartsView() const { return m_charts; }
    GraphWidget *graphWidget() const { return m_graph; }
    TimelineWidget *timeline() const { return m_timeline; }
    // Shown above the views while the database is read-only, saying why.
    QLabel *readOnlyBanner() const { return m_readOnlyBanner; }
    QLabel *connectionBanner() const { return m_connectionBanner; }

    void setLanguage(Language lang);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    // The totals, and while a database is read how far it has come, with Stop.
    void createStatusBar();
    void addGraphLookActions();
    QWidget *createEventsPane();
    void connectEventSearch();
    void retranslate();
    void restoreState();
    // The timeline's lanes as last chosen for the open database.
    void restoreLaneChoice();
    void connectLaneChoice();
    void updateStatus();
    // While a database is read: how far it has come, in the status bar and where the views
    // will show the data (updateStatus() and a timer call it).
    void showLoadingProgress();
    // The Stop button beside it: File → Open's read given up, the database open before kept.
    void stopReading();
    void updateRecentMenu();
    void syncSelectionToViews();
    // View > Kinds and Types…: the dialog, then one undoable edit.
    void editTypes();
    void syncWindowToEditors();
    void applyWindowFromEditors();
    void openDatabase();
    void openDatabaseFile(const QString &spec);
    // The end of openDatabaseFile()'s read: remembered and said, or the error shown.
    void finishOpening(const QString &spec, bool ok, const QString &error);
    void openServerDatabase();
    void updateReadOnly();
    void exportData();
    // A .gexf file's version (the filter chosen) and the graph's node positions and colours.
    GexfOptions gexfOptions(const QString &file, const QString &filter) const;
    void importData();
    void updateFromDart();
    void importFile(const QString &path);
    void about();
    void showShortcuts();
    void showTab(QWidget *page);
    void printBriefing();
    void exportBriefing();
    BriefingOptions currentBriefingOptions() const;

    Document *m_document;
    Workspace *m_workspace;
    std::unique_ptr<Settings> m_settings;

    EventTableModel *m_eventsModel = nullptr;
    EventFilterProxy *m_eventsProxy = nullptr;
    EntityListModel *m_entitiesModel = nullptr;
    QSortFilterProxyModel *m_entitiesProxy = nullptr;
    FinancialTableModel *m_financialModel = nullptr;

    QTableView *m_eventsView = nullptr;
    QTableView *m_entitiesView = nullptr;
    QTableView *m_financialView = nullptr;
    DetailsPanel *m_details = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_eventsPane = nullptr;
    ChartsView *m_charts = nullptr;
    GraphWidget *m_graph = nullptr;
    QAction *m_graphTabAction = nullptr;
    TimelineWidget *m_timeline = nullptr;
    QDockWidget *m_timelineDock = nullptr;
    QMenu *m_exportViewMenu = nullptr;
    QAction *m_eventsTabAction = nullptr;
    QAction *m_chartsTabAction = nullptr;
    QAction *m_printBriefingAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_dartAction = nullptr;
    EditActions *m_editActions = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QUndoView *m_history = nullptr;
    QAction *m_exportBriefingAction = nullptr;
    QLineEdit *m_eventSearch = nullptr;
    QLineEdit *m_entitySearch = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QToolButton *m_allTimeButton = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QWidget *m_participantBar = nullptr;
    QLabel *m_participantLabel = nullptr;
    QToolButton *m_showAllEventsButton = nullptr;
    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_loadingBar = nullptr;
    QTimer *m_loadingTimer = nullptr; // showLoadingProgress() while reading
    QToolButton *m_stopReadingButton = nullptr;
    QTimer *m_searchTimer = nullptr; // connectEventSearch(): typing into a large table's search
    QLabel *m_readOnlyBanner = nullptr;
    QLabel *m_connectionBanner = nullptr;
    QAction *m_openServerAction = nullptr;
    QDockWidget *m_entitiesDock = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    QDockWidget *m_financialDock = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_clearSelectionAction = nullptr;
    QAction *m_filterBySelectionAction = nullptr;
    QAction *m_resetWindowAction = nullptr;
    QAction *m_typesAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_koreanAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    bool m_syncing = false;
};

} // namespace atlas
