// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "detailspanel.h"
#include "editactions.h"
#include "formfields.h"
#include "dartupdatedialog.h"
#include "importer.h"
#include "passworddialog.h"
#include "picturedialog.h"
#include "rowheaderwhileshown.h"
#include "settings.h"
#include "translations.h"
#include "typedialog.h"

#include "charts/chartsview.h"
#include "core/attributefilter.h"
#include "graph/graphrender.h"
#include "graph/graphscene.h"
#include "graph/graphview.h"
#include "graph/graphwidget.h"
#include "io/datasetfiles.h"
#include "reports/briefingcommand.h"
#include "timeline/timelineview.h"
#include "timeline/timelinewidget.h"
#include "models/document.h"
#include "models/editcommands.h"
#include "models/entitylistmodel.h"
#include "models/eventfilterproxy.h"
#include "models/eventtablemodel.h"
#include "models/financialtablemodel.h"
#include "models/roles.h"
#include "models/workspace.h"
#include "storage/postgresaddress.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QThread>
#include <QProgressDialog>
#include <QEventLoop>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QMimeData>
#include <QUndoView>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace atlas {

namespace {

// Entities by the chosen column, then by name, so the order within a kind is alphabetical and
// stays put across edits and language switches.
class EntitySortProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    // Plain words match the search text; "kind = song", "performances > 100" the attributes.
    void setSearch(const QString &text)
    {
        QString rest;
        m_conditions = AttributeCondition::extract(text, &rest);
        setFilterFixedString(rest);
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (!m_conditions.isEmpty()
            && !AttributeCondition::matchesAll(m_conditions,
                                               sourceModel()
                                                       ->index(row, 0, parent)
                                                       .data(Roles::Attributes)
                                                       .value<Attributes>()))
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        // Entities of one kind are alike in the Kind column without translating its label twice
        // (at 2,000 companies the labels were half of sorting them as the data came in).
        const bool alike = left.column() == EntityListModel::Kind
                && static_cast<const EntityListModel *>(sourceModel())
                           ->sameKind(left.row(), right.row());
        const int byColumn = alike
                ? 0
                : QString::localeAwareCompare(left.data().toString(), right.data().toString());
        if (byColumn != 0 || left.column() == EntityListModel::Name)
            return byColumn < 0;
        const QModelIndex leftName = left.siblingAtColumn(EntityListModel::Name);
        const QModelIndex rightName = right.siblingAtColumn(EntityListModel::Name);
        const int byName = QString::localeAwareCompare(leftName.data().toString(),
                                                       rightName.data().toString());
        // Sorted descending, Qt swaps the arguments: keep the names ascending all the same.
        return sortOrder() == Qt::AscendingOrder ? byName < 0 : byName > 0;
    }

private:
    QList<AttributeCondition> m_conditions;
};

} // namespace

namespace {

// A note across the top of the views (read-only database, lost server connection), hidden until
// needed.
QLabel *newBanner(QWidget *parent, const char *name)
{
    auto *banner = new QLabel(parent);
    banner->setObjectName(QLatin1String(name));
    banner->setWordWrap(true);
    banner->setTextFormat(Qt::PlainText);
    banner->setMargin(8);
    banner->setAutoFillBackground(true);
    banner->setBackgroundRole(QPalette::ToolTipBase);
    banner->setForegroundRole(QPalette::ToolTipText);
    banner->hide();
    return banner;
}

} // namespace

MainWindow::MainWindow(Document *document, Workspace *workspace, QWidget *parent)
    : QMainWindow(parent),
      m_document(document),
      m_workspace(workspace),
      m_settings(std::make_unique<Settings>())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/atlas/icons/telco-atlas.svg")));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    setAcceptDrops(true);

    m_eventsModel = new EventTableModel(document, this);
    m_eventsProxy = new EventFilterProxy(this);
    m_eventsProxy->setSourceModel(m_eventsModel);
    m_eventsProxy->followDocument(document);
    m_entitiesModel = new EntityListModel(document, this);
    m_entitiesProxy = new EntitySortProxy(this);
    m_entitiesProxy->setSourceModel(m_entitiesModel);
    m_entitiesProxy->setFilterRole(Roles::SearchText);
    m_entitiesProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_entitiesProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_financialModel = new FinancialTableModel(document, this);

    createActions();
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("viewTabs"));
    m_tabs->setDocumentMode(true);
    m_eventsPane = createEventsPane();
    m_graph = new GraphWidget(document, this);
    m_graph->setObjectName(QStringLiteral("graphWidget"));
    connect(m_graph, &GraphWidget::detailsRequested, this, [this] {
        m_detailsDock->show();
        m_detailsDock->raise();
    });
    connect(m_graph, &GraphWidget::exportPictureRequested, this,
            [this](const QString &name, const QString &suffix) {
                exportSizedPicture(this, tr("Export Graph"), name, suffix,
                                   [this](const QString &path, const QSize &size, QString *error) {
                                       return m_graph->exportTo(path, error, size);
                                   });
            });
    m_charts = new ChartsView(document, this);
    m_charts->setObjectName(QStringLiteral("chartsView"));
    connect(m_charts, &ChartsView::exportPictureRequested, this,
            [this](const QString &name, const QString &suffix) {
                exportPicture(this, tr("Export Chart"), name, suffix,
                              [this](const QString &path, QString *error) {
                                  return m_charts->exportTo(path, error);
                              });
            });
    m_tabs->addTab(m_graph, QString());
    m_tabs->addTab(m_eventsPane, QString());
    m_tabs->addTab(m_charts, QString());
    // The read-only banner sits above the views, where it cannot be missed or docked away.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_readOnlyBanner = newBanner(central, "readOnlyBanner");
    centralLayout->addWidget(m_readOnlyBanner);
    // Team mode: the server connection is lost; edits are refused until it is back.
    m_connectionBanner = newBanner(central, "connectionBanner");
    centralLayout->addWidget(m_connectionBanner);
    centralLayout->addWidget(m_tabs);
    setCentralWidget(central);
    createDocks();
    createMenus();
    createStatusBar();
    // Below this the status bar covers the timeline's overview and dock titles break apart.
    setMinimumSize(860, 600);

    connect(document, &Document::selectionChanged, this, &MainWindow::syncSelectionToViews);
    connect(document, &Document::timeWindowChanged, this, &MainWindow::syncWindowToEditors);
    connect(document, &Document::dataReset, this, [this] {
        updateReadOnly();
        syncWindowToEditors();
        updateStatus();
        m_eventsView->resizeColumnToContents(EventTableModel::Date);
        m_document->prepareLookups(); // on an idle core, before the user's first click
    });
    m_document->prepareLookups(); // the data may be in already
    // An edit keeps the tables as they are (rows follow it one by one); only the totals change.
    connect(document, &Document::applied, this, [this] {
        syncWindowToEditors();
        updateStatus();
    });
    connect(document, &Document::timeWindowChanged, this, [this] {
        if (m_eventsProxy->hasHeldWindow()) // else the rows that come and go tell
            updateStatus();
    });
    connect(m_eventsProxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_eventsProxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(m_eventsProxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_eventsProxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateStatus);

    if (m_workspace) {
        m_workspace->setPasswordPrompt(PasswordDialog::prompt(this));
        // What other analysts changed comes in by itself; a short note says so.
        m_workspace->setRemoteChangeHandler(
                [this](const QString &note) { statusBar()->showMessage(note, 8000); });
        // The data shown while the file is checked for damage: editing starts after it.
        m_workspace->setCheckedHandler([this] {
            updateReadOnly();
            updateStatus();
        });
        m_workspace->setConnectionHandler([this](bool online, const QString &message) {
            m_connectionBanner->setText(online ? QString() : message);
            m_connectionBanner->setVisible(!online);
            if (online && !message.isEmpty())
                statusBar()->showMessage(message, 5000);
        });
    }

    retranslate();
    syncWindowToEditors();
    updateStatus();
    restoreState();
    restoreLaneChoice();
    connectLaneChoice();
}

// A graph node's menu pins its timeline lane; the lane choice is kept per database.
void MainWindow::connectLaneChoice()
{
    m_graph->view()->setNodeMenuHook([this](QMenu *menu, const QString &entityId) {
        TimelineView *lanes = m_timeline->view();
        QAction *pin = menu->addAction(tr("Pin a Timeline Lane"));
        pin->setObjectName(QStringLiteral("graphPinTimelineLane"));
        pin->setCheckable(true);
        pin->setChecked(lanes->isPinned(entityId));
        pin->setToolTip(tr("Keep a lane for this entity on the timeline whatever the window"));
        connect(pin, &QAction::toggled, lanes,
                [lanes, entityId](bool on) { lanes->setPinned(entityId, on); });
    });
    connect(m_timeline->view(), &TimelineView::laneChoiceChanged, this, [this] {
        if (m_workspace && m_workspace->database())
            m_settings->setLaneChoice(m_workspace->database()->spec(),
                                      m_timeline->view()->laneChoice());
    });
}

void MainWindow::restoreLaneChoice()
{
    if (m_workspace && m_workspace->database())
        m_timeline->view()->setLaneChoice(m_settings->laneChoice(m_workspace->database()->spec()));
}

MainWindow::~MainWindow()
{
    if (m_workspace) {
        m_workspace->setRemoteChangeHandler({});
        m_workspace->setConnectionHandler({});
        m_workspace->setCheckedHandler({});
    }
}

void MainWindow::createActions()
{
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDatabase);
    m_openServerAction = new QAction(this);
    m_openServerAction->setObjectName(QStringLiteral("openServerDatabase"));
    connect(m_openServerAction, &QAction::triggered, this, &MainWindow::openServerDatabase);
    m_exportAction = new QAction(this);
    m_exportAction->setObjectName(QStringLiteral("exportData"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportData);
    m_importAction = new QAction(this);
    m_importAction->setObjectName(QStringLiteral("importData"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importData);
    m_dartAction = new QAction(this);
    m_dartAction->setObjectName(QStringLiteral("updateFromDart"));
    connect(m_dartAction, &QAction::triggered, this, &MainWindow::updateFromDart);
    m_editActions = new EditActions(m_document, this, this);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_document->undoStack()->createUndoAction(this);
    m_undoAction->setObjectName(QStringLiteral("undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_document->undoStack()->createRedoAction(this);
    m_redoAction->setObjectName(QStringLiteral("redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        // From any tab: the events search is only of use where it can be seen.
        m_tabs->setCurrentWidget(m_eventsPane);
        m_eventSearch->setFocus(Qt::ShortcutFocusReason);
        m_eventSearch->selectAll();
    });
    m_clearSelectionAction = new QAction(this);
    m_clearSelectionAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_clearSelectionAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_clearSelectionAction, &QAction::triggered, this, [this] {
        // The graph's banner promises "Esc shows the whole graph": leaving the neighbourhood
        // focus comes first; the next Esc clears the selection.
        if (m_tabs->currentWidget() == m_graph && !m_graph->scene()->focusNode().isEmpty()) {
            m_graph->view()->leaveFocus();
            return;
        }
        m_document->clearSelection();
    });
    addAction(m_clearSelectionAction);

    m_filterBySelectionAction = new QAction(this);
    m_filterBySelectionAction->setCheckable(true);
    m_filterBySelectionAction->setChecked(true);
    connect(m_filterBySelectionAction, &QAction::toggled, this, &MainWindow::syncSelectionToViews);
    m_resetWindowAction = new QAction(this);
    m_resetWindowAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_resetWindowAction, &QAction::triggered, m_document, &Document::resetTimeWindow);
    m_typesAction = new QAction(this);
    m_typesAction->setObjectName(QStringLiteral("editTypes"));
    connect(m_typesAction, &QAction::triggered, this, &MainWindow::editTypes);

    m_languageGroup = new QActionGroup(this);
    m_englishAction = new QAction(QStringLiteral("English"), m_languageGroup);
    m_koreanAction = new QAction(QStringLiteral("한국어"), m_languageGroup);
    for (QAction *a : { m_englishAction, m_koreanAction })
        a->setCheckable(true);
    (m_document->language() == Language::Korean ? m_koreanAction : m_englishAction)
            ->setChecked(true);
    connect(m_englishAction, &QAction::triggered, this, [this] { setLanguage(Language::English); });
    connect(m_koreanAction, &QAction::triggered, this, [this] { setLanguage(Language::Korean); });

    m_graphTabAction = new QAction(this);
    m_graphTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_graphTabAction, &QAction::triggered, this, [this] { showTab(m_graph); });
    m_eventsTabAction = new QAction(this);
    m_eventsTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_eventsTabAction, &QAction::triggered, this, [this] { showTab(m_eventsPane); });
    m_chartsTabAction = new QAction(this);
    m_chartsTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(m_chartsTabAction, &QAction::triggered, this, [this] { showTab(m_charts); });
    m_printBriefingAction = new QAction(this);
    m_printBriefingAction->setShortcut(QKeySequence::Print);
    connect(m_printBriefingAction, &QAction::triggered, this, &MainWindow::printBriefing);
    m_exportBriefingAction = new QAction(this);
    m_exportBriefingAction->setObjectName(QStringLiteral("exportBriefing"));
    m_exportBriefingAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_exportBriefingAction, &QAction::triggered, this, &MainWindow::exportBriefing);

    m_shortcutsAction = new QAction(this);
    m_shortcutsAction->setShortcut(QKeySequence::HelpContents);
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_openServerAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_dartAction);
    m_fileMenu->addAction(m_exportAction);
    m_exportViewMenu = m_fileMenu->addMenu(QString());
    m_exportViewMenu->addAction(m_graph->exportSvgAction());
    m_exportViewMenu->addAction(m_graph->exportPngAction());
    m_exportViewMenu->addActions(m_charts->exportActions());
    m_exportViewMenu->addAction(m_timeline->exportAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_printBriefingAction);
    m_fileMenu->addAction(m_exportBriefingAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    updateRecentMenu();

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addActions(m_editActions->actions());
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);
    m_editMenu->addAction(m_clearSelectionAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_graphTabAction);
    m_viewMenu->addAction(m_eventsTabAction);
    m_viewMenu->addAction(m_chartsTabAction);
    m_viewMenu->addSeparator();
    for (QDockWidget *dock :
         { m_timelineDock, m_entitiesDock, m_detailsDock, m_historyDock, m_financialDock })
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_filterBySelectionAction);
    m_viewMenu->addAction(m_resetWindowAction);
    m_viewMenu->addSeparator();
    // The graph's reading options, remembered from one session to the next.
    addGraphLookActions();
    m_viewMenu->addAction(m_typesAction);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addAction(m_englishAction);
    m_languageMenu->addAction(m_koreanAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addAction(m_aboutAction);
}

// Node size and colour options of the graph in the View menu, each remembered as the user left
// it (an option turned off by its exclusive partner is remembered off).
void MainWindow::addGraphLookActions()
{
    struct Option
    {
        QAction *action;
        bool (Settings::*get)() const;
        void (Settings::*set)(bool);
    };
    const GraphView *view = m_graph->view();
    const Option options[] = {
        { view->sizeByDegreeAction(), &Settings::graphSizeByDegree,
          &Settings::setGraphSizeByDegree },
        { view->sizeFromFileAction(), &Settings::graphSizeFromFile,
          &Settings::setGraphSizeFromFile },
        { view->colourByCommunityAction(), &Settings::graphColourByCommunity,
          &Settings::setGraphColourByCommunity },
        { view->colourFromFileAction(), &Settings::graphColourFromFile,
          &Settings::setGraphColourFromFile },
    };
    Settings *settings = m_settings.get();
    for (const Option &o : options) {
        o.action->setChecked((settings->*o.get)());
        connect(o.action, &QAction::toggled, this,
                [settings, set = o.set](bool on) { (settings->*set)(on); });
        m_viewMenu->addAction(o.action);
    }
}

void MainWindow::connectEventSearch()
{
    // Typing into the search of a large table: one pass over the events once typing pauses, not
    // one per key (a pass over a million events takes 0.1-0.3 s). Enter searches at once; a
    // smaller table, or text set otherwise, is searched at once as well.
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchPauseMs);
    const auto search = [this] {
        m_searchTimer->stop();
        m_eventsProxy->setText(m_eventSearch->text());
    };
    connect(m_searchTimer, &QTimer::timeout, this, search);
    connect(m_eventSearch, &QLineEdit::returnPressed, this, search);
    connect(m_eventSearch, &QLineEdit::textChanged, this, [this, search] {
        if (m_eventSearch->hasFocus() && m_eventsModel->rowCount() >= kSearchWhenTypingPausesFrom)
            m_searchTimer->start();
        else
            search();
    });
}

QWidget *MainWindow::createEventsPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(6, 6, 6, 0);
    auto *bar = new QHBoxLayout;
    m_eventSearch = new QLineEdit(pane);
    m_eventSearch->setObjectName(QStringLiteral("eventSearch"));
    m_eventSearch->setClearButtonEnabled(true);
    connectEventSearch();
    m_kindCombo = new QComboBox(pane);
    m_kindCombo->setObjectName(QStringLiteral("kindCombo"));
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QVariant key = m_kindCombo->itemData(index);
        QSet<EventKind> kinds;
        if (key.isValid()) {
            if (const auto k = fromKey<EventKind>(key.toString()))
                kinds.insert(*k);
        }
        m_eventsProxy->setKinds(kinds);
    });
    m_fromLabel = new QLabel(pane);
    m_fromEdit = new QDateEdit(pane);
    m_toLabel = new QLabel(pane);
    m_toEdit = new QDateEdit(pane);
    m_fromEdit->setObjectName(QStringLiteral("windowFromEdit"));
    m_toEdit->setObjectName(QStringLiteral("windowToEdit"));
    for (QDateEdit *edit : { m_fromEdit, m_toEdit }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::dateChanged, this, &MainWindow::applyWindowFromEditors);
    }
    m_fromLabel->setBuddy(m_fromEdit);
    m_toLabel->setBuddy(m_toEdit);
    m_allTimeButton = new QToolButton(pane);
    m_allTimeButton->setDefaultAction(m_resetWindowAction);
    m_allTimeButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    bar->addWidget(m_eventSearch, 3);
    bar->addWidget(m_kindCombo, 1);
    bar->addWidget(m_fromLabel);
    bar->addWidget(m_fromEdit);
    bar->addWidget(m_toLabel);
    bar->addWidget(m_toEdit);
    bar->addWidget(m_allTimeButton);
    layout->addLayout(bar);

    // Says when the table lists only the selected entity's events, with a way out.
    m_participantBar = new QWidget(pane);
    m_participantBar->setObjectName(QStringLiteral("participantFilterBar"));
    auto *participantLayout = new QHBoxLayout(m_participantBar);
    participantLayout->setContentsMargins(0, 0, 0, 0);
    m_participantLabel = new QLabel(m_participantBar);
    m_participantLabel->setObjectName(QStringLiteral("participantFilterLabel"));
    m_showAllEventsButton = new QToolButton(m_participantBar);
    m_showAllEventsButton->setObjectName(QStringLiteral("showAllEvents"));
    connect(m_showAllEventsButton, &QToolButton::clicked, this, [this] {
        m_eventsProxy->setParticipant(QString());
        updateStatus();
    });
    participantLayout->addWidget(m_participantLabel);
    participantLayout->addWidget(m_showAllEventsButton);
    participantLayout->addStretch(1);
    m_participantBar->hide();
    layout->addWidget(m_participantBar);

    // Dates, names and amounts whole; the title takes what is left.
    m_eventsView = FormFields::recordTable(
            pane, "eventsView", m_eventsProxy, EventTableModel::Date, EventTableModel::Title,
            { EventTableModel::Date, EventTableModel::Kind, EventTableModel::Participants,
              EventTableModel::Amount });
    m_eventsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_eventsView->setAlternatingRowColors(true);
    m_eventsView->setWordWrap(false);
    m_eventsView->horizontalHeader()->setMinimumSectionSize(60);
    m_eventsView->horizontalHeader()->setHighlightSections(false);
    // Hidden, the table pays nothing per row it loses, and behind another tab of the shown window
    // its rows do not follow the time window's steps: shown again, they take the last one.
    m_eventsProxy->setHoldWindowWhile([eventsView = QPointer<QTableView>(m_eventsView)] {
        return eventsView && !eventsView->isVisible() && eventsView->window()->isVisible();
    });
    new RowHeaderWhileShown(m_eventsView, [this] { m_eventsProxy->applyHeldWindow(); });
    connect(m_eventsProxy, &EventFilterProxy::heldWindowApplied, this, [this] {
        // An event selected meanwhile may not have been among the rows then.
        if (m_document->selection().type == Document::SelectionType::Event)
            syncSelectionToViews();
    });
    connect(m_eventsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_syncing && current.isValid())
                    m_document->selectEvent(current.data(Roles::Id).toString());
            });
    layout->addWidget(m_eventsView, 1);

    m_emptyLabel = new QLabel(pane);
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_emptyLabel);
    return pane;
}

void MainWindow::createStatusBar()
{
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusSummary"));
    // Busy while the data is read in the background (Workspace::openInBackground).
    m_loadingBar = new QProgressBar(this);
    m_loadingBar->setObjectName(QStringLiteral("loadingBar"));
    m_loadingBar->setRange(0, 0);
    m_loadingBar->setMaximumWidth(120);
    m_loadingBar->setTextVisible(false);
    m_loadingBar->hide();
    statusBar()->addPermanentWidget(m_loadingBar);
    // File → Open of a large database by mistake: back to the one open, without waiting.
    m_stopReadingButton = new QToolButton(this);
    m_stopReadingButton->setObjectName(QStringLiteral("stopReading"));
    m_stopReadingButton->setAutoRaise(true);
    m_stopReadingButton->hide();
    connect(m_stopReadingButton, &QToolButton::clicked, this, &MainWindow::stopReading);
    statusBar()->addPermanentWidget(m_stopReadingButton);
    // How far the read has come, told ten times a second (a million events take seconds).
    m_loadingTimer = new QTimer(this);
    m_loadingTimer->setInterval(100);
    connect(m_loadingTimer, &QTimer::timeout, this, &MainWindow::showLoadingProgress);
    statusBar()->addPermanentWidget(m_statusLabel);
}

void MainWindow::createDocks()
{
    m_entitiesDock = new QDockWidget(this);
    m_entitiesDock->setObjectName(QStringLiteral("entitiesDock"));
    auto *entitiesPane = new QWidget(m_entitiesDock);
    auto *entitiesLayout = new QVBoxLayout(entitiesPane);
    entitiesLayout->setContentsMargins(4, 4, 4, 4);
    m_entitySearch = new QLineEdit(entitiesPane);
    m_entitySearch->setObjectName(QStringLiteral("entitySearch"));
    m_entitySearch->setClearButtonEnabled(true);
    connect(m_entitySearch, &QLineEdit::textChanged, m_entitiesProxy, [this](const QString &text) {
        static_cast<EntitySortProxy *>(m_entitiesProxy)->setSearch(text);
    });
    m_entitiesView = FormFields::recordTable(entitiesPane, "entitiesView", m_entitiesProxy,
                                             EntityListModel::Kind, EntityListModel::Name,
                                             { EntityListModel::Kind, EntityListModel::Ticker });
    m_entitiesView->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_entitiesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_syncing && current.isValid())
                    m_document->selectEntity(current.data(Roles::Id).toString());
            });
    entitiesLayout->addWidget(m_entitySearch);
    entitiesLayout->addWidget(m_entitiesView);
    // Never squeezed to a column of cut names ("Samsung SD").
    entitiesPane->setMinimumWidth(220);
    m_entitiesDock->setWidget(entitiesPane);
    addDockWidget(Qt::LeftDockWidgetArea, m_entitiesDock);

    m_detailsDock = new QDockWidget(this);
    m_detailsDock->setObjectName(QStringLiteral("detailsDock"));
    m_details = new DetailsPanel(m_document, m_detailsDock);
    m_detailsDock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);

    m_financialDock = new QDockWidget(this);
    m_financialDock->setObjectName(QStringLiteral("financialDock"));
    m_financialView = new QTableView(m_financialDock);
    m_financialView->setObjectName(QStringLiteral("financialView"));
    m_financialView->setModel(m_financialModel);
    m_financialView->verticalHeader()->hide();
    m_financialView->setAlternatingRowColors(true);
    // Every column as wide as its content: a stretched last column put the changes a whole
    // dock's width away from their quarters. Measured only while the dock shows: behind the
    // timeline's tab (as it starts), fitting 480 quarters' figures at each load took a tenth of
    // the window's work as 100,000 events came in.
    m_financialView->horizontalHeader()->setStretchLastSection(false);
    // The view's own (not the window's): the dock hides as the window is destroyed, when the
    // view still lives and the window no longer does.
    const auto fitWhileShown = [view = m_financialView](bool shown) {
        view->horizontalHeader()->setSectionResizeMode(shown ? QHeaderView::ResizeToContents
                                                             : QHeaderView::Interactive);
    };
    fitWhileShown(false);
    connect(m_financialDock, &QDockWidget::visibilityChanged, m_financialView, fitWhileShown);
    m_financialDock->setWidget(m_financialView);
    addDockWidget(Qt::BottomDockWidgetArea, m_financialDock);
    m_timelineDock = new QDockWidget(this);
    m_timelineDock->setObjectName(QStringLiteral("timelineDock"));
    m_timeline = new TimelineWidget(m_document, m_timelineDock);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    connect(m_timeline, &TimelineWidget::exportPictureRequested, this,
            [this](const QString &name, const QString &suffix) {
                exportPicture(this, tr("Export Timeline"), name, suffix,
                              [this](const QString &path, QString *error) {
                                  return m_timeline->exportImage(path, error);
                              });
            });
    m_timelineDock->setWidget(m_timeline);
    addDockWidget(Qt::BottomDockWidgetArea, m_timelineDock);
    tabifyDockWidget(m_timelineDock, m_financialDock);
    m_historyDock = new QDockWidget(this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    auto *history = new QUndoView(m_document->undoStack(), m_historyDock);
    history->setObjectName(QStringLiteral("undoHistory"));
    m_history = history;
    m_historyDock->setWidget(history);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    tabifyDockWidget(m_detailsDock, m_historyDock);
    m_detailsDock->raise();
    m_timelineDock->raise();
    resizeDocks({ m_entitiesDock, m_detailsDock }, { 280, 340 }, Qt::Horizontal);
    resizeDocks({ m_timelineDock }, { 300 }, Qt::Vertical);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Telco Atlas"));
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent Database"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_openAction->setText(tr("&Open Database…"));
    m_openAction->setStatusTip(tr("Open or create a Telco Atlas database file"));
    m_openServerAction->setText(tr("Open &Server Database…"));
    m_openServerAction->setStatusTip(tr("Open a shared PostgreSQL database by its address"));
    m_exportAction->setText(tr("&Export Data…"));
    m_exportAction->setStatusTip(tr("Write the whole database as JSON, CSV or GraphML"));
    m_importAction->setText(tr("&Import…"));
    m_importAction->setStatusTip(
            tr("Merge a JSON, CSV or GraphML file into this database, with a preview"));
    m_dartAction->setText(tr("Update Figures from &DART…"));
    m_dartAction->setStatusTip(tr("Fetch the quarterly figures of the companies with a KRX ticker "
                                  "from OpenDART, with a preview"));
    m_historyDock->setWindowTitle(tr("Undo History"));
    m_history->setEmptyLabel(tr("Data as opened"));
    m_quitAction->setText(tr("&Quit"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_findAction->setText(tr("&Find Events"));
    m_clearSelectionAction->setText(tr("Clear &Selection"));
    m_filterBySelectionAction->setText(tr("Show Only Events of the Selected &Entity"));
    m_typesAction->setText(tr("&Kinds and Types…"));
    m_typesAction->setStatusTip(
            tr("Rename, recolour or turn the entity kinds and relationship types of this data"));
    m_resetWindowAction->setText(tr("&All Time"));
    m_resetWindowAction->setToolTip(tr("Show the whole time span of the data (Ctrl+0)"));
    m_aboutAction->setText(tr("&About Telco Atlas"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_graphTabAction->setText(tr("Company &Graph"));
    m_eventsTabAction->setText(tr("&Events Table"));
    m_chartsTabAction->setText(tr("Financial &Charts"));
    m_printBriefingAction->setText(tr("&Print Briefing…"));
    m_printBriefingAction->setStatusTip(
            tr("Preview and print a sourced briefing of the current time window"));
    m_exportBriefingAction->setText(tr("Export &Briefing as PDF…"));
    m_exportBriefingAction->setStatusTip(
            tr("Write a sourced briefing of the current time window as a PDF file"));
    m_exportViewMenu->setTitle(tr("Export &View"));
    m_tabs->setTabText(m_tabs->indexOf(m_graph), tr("Company Graph"));
    m_tabs->setTabText(m_tabs->indexOf(m_eventsPane), tr("Events"));
    m_tabs->setTabText(m_tabs->indexOf(m_charts), tr("Financial Charts"));
    m_timelineDock->setWindowTitle(tr("Timeline"));
    m_entitiesDock->setWindowTitle(tr("Entities"));
    m_detailsDock->setWindowTitle(tr("Details"));
    m_financialDock->setWindowTitle(tr("Quarterly Results"));
    m_eventSearch->setPlaceholderText(tr("Search events in English or Korean (Ctrl+F)"));
    m_showAllEventsButton->setText(tr("Show All Events"));
    m_showAllEventsButton->setToolTip(tr("List the events of every entity; View → Show Only Events "
                                         "of the Selected Entity turns the filter off for good"));
    m_eventSearch->setToolTip(
            tr("Matches titles, summaries, participant names and tickers in both languages, and "
               "attribute values; conditions on attributes filter too: kind = song, "
               "performances > 100, \"first played\" < 1970-01-01"));
    m_entitySearch->setPlaceholderText(tr("Filter by name or ticker"));
    m_entitySearch->setToolTip(tr("Matches names, tickers and attribute values; conditions on "
                                  "attributes filter too: kind = song, performances > 100"));
    m_fromLabel->setText(tr("&From"));
    m_toLabel->setText(tr("&To"));
    m_fromEdit->setToolTip(tr("Start of the time window every view follows"));
    m_toEdit->setToolTip(tr("End of the time window every view follows"));

    const QVariant current = m_kindCombo->currentData();
    const QSignalBlocker block(m_kindCombo);
    m_kindCombo->clear();
    m_kindCombo->addItem(tr("All kinds"));
    for (EventKind k : allValues<EventKind>())
        m_kindCombo->addItem(labelOf(k), keyOf(k));
    m_kindCombo->setCurrentIndex(qMax(0, m_kindCombo->findData(current)));
    m_kindCombo->setToolTip(tr("Show only events of one kind"));
    updateRecentMenu();
    updateReadOnly();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_fileMenu)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::setLanguage(Language lang)
{
    m_settings->setLanguage(languageCode(lang));
    Translations::apply(lang);
    m_document->setLanguage(lang);
    (lang == Language::Korean ? m_koreanAction : m_englishAction)->setChecked(true);
    retranslate();
}

void MainWindow::restoreState()
{
    const QByteArray geometry = m_settings->windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First run: most of the screen, so graph, timeline and details all have room.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1440, 900);
        resize(QSize(1440, 920).boundedTo(available.size() * 0.94).expandedTo(QSize(1000, 700)));
        resizeDocks({ m_timelineDock }, { height() * 2 / 5 }, Qt::Vertical);
    }
    const QByteArray state = m_settings->windowState();
    if (!state.isEmpty())
        QMainWindow::restoreState(state);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::updateStatus()
{
    if (!m_statusLabel)
        return;
    const int shown = m_eventsProxy->shownCount();
    const int total = m_eventsModel->rowCount();
    const QString where = m_workspace && m_workspace->database()
            ? m_workspace->database()->displayName()
            : QString();
    const bool loading = m_workspace && m_workspace->isLoading();
    const QString reading = loading ? m_workspace->loadingName() : QString();
    // The data shown, the file still checked for damage: the bar busy, edits off meanwhile.
    const bool checking = m_workspace && m_workspace->isChecking();
    m_loadingBar->setVisible(loading || checking);
    if (checking) {
        m_loadingBar->setRange(0, 0);
        m_loadingBar->setToolTip(tr("Checking %1 for damage; editing starts when it is done.")
                                         .arg(m_workspace->database()->displayName()));
    } else {
        m_loadingBar->setToolTip(QString());
    }
    const bool stoppable = loading && m_workspace->canStopReading();
    m_stopReadingButton->setVisible(stoppable);
    if (stoppable) {
        m_stopReadingButton->setText(tr("Stop"));
        m_stopReadingButton->setToolTip(
                tr("Stop reading %1 and go on with %2")
                        .arg(QFileInfo(reading).fileName(),
                             QFileInfo(m_workspace->database()->displayName()).fileName()));
    }
    if (loading && !m_loadingTimer->isActive())
        m_loadingTimer->start();
    else if (!loading)
        m_loadingTimer->stop();
    if (!loading) {
        const QString summary = tr("%1 of %2 events · %3 entities · %4")
                                        .arg(QLocale().toString(shown), QLocale().toString(total),
                                             QLocale().toString(m_document->data().entities.size()),
                                             QFileInfo(where).fileName());
        m_statusLabel->setText(checking ? tr("%1 · checking for damage…").arg(summary) : summary);
    }
    m_statusLabel->setToolTip(loading ? reading : where);
    const QString participant = m_eventsProxy->participant();
    const Entity *only = participant.isEmpty() ? nullptr : m_document->data().entity(participant);
    if (only)
        m_participantLabel->setText(tr("Only the events of %1 (the selected entity).")
                                            .arg(only->name.text(m_document->language())));
    m_participantBar->setVisible(only != nullptr);
    m_emptyLabel->setVisible(shown == 0);
    if (loading) {
        showLoadingProgress(); // the views say what is coming rather than that there is nothing
        return;
    }
    m_timeline->view()->setEmptyText(QString());
    m_graph->view()->setEmptyText(QString());
    if (total == 0)
        m_emptyLabel->setText(tr("This database holds no events yet."));
    else if (shown == 0 && only)
        m_emptyLabel->setText(tr("No event of %1 matches the search, kind and time window. Show "
                                 "all events, press Ctrl+0 for all time or clear the search.")
                                      .arg(only->name.text(m_document->language())));
    else if (shown == 0)
        m_emptyLabel->setText(tr("No event matches the search, kind and time window. Press Ctrl+0 "
                                 "for all time or clear the search."));
}

void MainWindow::stopReading()
{
    const QString other = QFileInfo(m_workspace->loadingName()).fileName();
    if (!m_workspace->stopReading())
        return;
    updateReadOnly();
    updateStatus();
    statusBar()->showMessage(tr("Stopped reading %1").arg(other), 5000);
}

void MainWindow::showLoadingProgress()
{
    if (!m_workspace || !m_workspace->isLoading())
        return;
    const QString file = QFileInfo(m_workspace->loadingName()).fileName();
    QString status = tr("Reading %1…").arg(file);
    QString coming = tr("Reading the events of %1…").arg(file);
    // Until the worker has counted the rows the bar only says that it is busy.
    if (const std::optional<double> done = m_workspace->loadingProgress()) {
        const int percent = int(*done * 100);
        m_loadingBar->setRange(0, 100);
        m_loadingBar->setValue(percent);
        // In one pass: a file name may hold "%2" itself.
        status = tr("Reading %1… %2%").arg(file, QString::number(percent));
        coming = tr("Reading the events of %1… %2%").arg(file, QString::number(percent));
    } else {
        m_loadingBar->setRange(0, 0);
    }
    m_statusLabel->setText(status);
    m_timeline->view()->setEmptyText(coming);
    m_graph->view()->setEmptyText(coming);
    m_emptyLabel->setText(coming);
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = m_settings->recentFiles();
    for (const QString &file : files) {
        // Settings hold no passwords; stripping again keeps the menu safe whatever is there.
        const bool server = PostgresAddress::isPostgres(file);
        QAction *a = m_recentMenu->addAction(server ? PostgresAddress::stripPassword(file)
                                                    : QFileInfo(file).fileName());
        a->setToolTip(file);
        a->setStatusTip(file);
        connect(a, &QAction::triggered, this, [this, file] { openDatabaseFile(file); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::syncSelectionToViews()
{
    m_syncing = true;
    const auto sel = m_document->selection();
    const bool filterByEntity =
            m_filterBySelectionAction->isChecked() && sel.type == Document::SelectionType::Entity;
    if (sel.type != Document::SelectionType::Event)
        m_eventsProxy->setParticipant(filterByEntity ? sel.id : QString());
    if (sel.type == Document::SelectionType::Entity) {
        const int row = m_entitiesModel->rowOf(sel.id);
        const QModelIndex index = m_entitiesProxy->mapFromSource(m_entitiesModel->index(row, 0));
        if (index.isValid()) {
            m_entitiesView->selectionModel()->setCurrentIndex(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_entitiesView->scrollTo(index);
        }
        m_eventsView->clearSelection();
    } else if (sel.type == Document::SelectionType::Event) {
        const int row = m_eventsModel->rowOf(sel.id);
        const QModelIndex index = m_eventsProxy->mapFromSource(m_eventsModel->index(row, 0));
        if (index.isValid()) {
            m_eventsView->selectionModel()->setCurrentIndex(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_eventsView->scrollTo(index);
        }
    } else if (sel.type == Document::SelectionType::None) {
        m_eventsView->clearSelection();
        m_entitiesView->clearSelection();
    }
    m_syncing = false;
    updateStatus();
}

void MainWindow::syncWindowToEditors()
{
    m_syncing = true;
    const QDate start =
            m_document->dataStart().isValid() ? m_document->dataStart() : QDate(2020, 1, 1);
    const QDate end =
            m_document->dataEnd().isValid() ? m_document->dataEnd() : QDate::currentDate();
    for (QDateEdit *edit : { m_fromEdit, m_toEdit })
        edit->setDateRange(start.addYears(-5), end.addYears(5));
    m_fromEdit->setDate(m_document->windowFrom().isValid() ? m_document->windowFrom() : start);
    m_toEdit->setDate(m_document->windowTo().isValid() ? m_document->windowTo() : end);
    m_syncing = false;
}

void MainWindow::applyWindowFromEditors()
{
    if (m_syncing)
        return;
    const bool wholeSpan = m_fromEdit->date() <= m_document->dataStart()
            && m_toEdit->date() >= m_document->dataEnd();
    if (wholeSpan)
        m_document->resetTimeWindow();
    else
        m_document->setTimeWindow(m_fromEdit->date(), m_toEdit->date());
}

void MainWindow::openDatabase()
{
    const QString start = m_workspace->database()
            ? QFileInfo(m_workspace->database()->displayName()).absolutePath()
            : QString();
    const QString file =
            QFileDialog::getSaveFileName(this, tr("Open or Create Database"), start,
                                         tr("Telco Atlas databases (*.sqlite *.db);;All files (*)"),
                                         nullptr, QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty())
        openDatabaseFile(file);
}

void MainWindow::openDatabaseFile(const QString &spec)
{
    // Connecting (with any password prompt) and checking the file come first, under a wait
    // cursor; the data is then read on a worker while this window goes on showing the data it
    // has (edits off), as at start. A large database no longer freezes the window.
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QPointer<MainWindow> window(this);
    const bool started = m_workspace->openInBackground(
            spec, &error,
            [window, spec](bool ok, const QString &message) {
                if (window)
                    window->finishOpening(spec, ok, message);
            },
            Workspace::WhileReading::KeepCurrent);
    QApplication::restoreOverrideCursor();
    if (!started) {
        QMessageBox::critical(this, tr("Cannot Open Database"), error);
        return;
    }
    updateReadOnly();
    updateStatus();
}

void MainWindow::finishOpening(const QString &spec, bool ok, const QString &error)
{
    if (!ok) { // the database open before is open still, with its data
        updateReadOnly();
        updateStatus();
        QMessageBox::critical(this, tr("Cannot Open Database"), error);
        return;
    }
    m_settings->setLastDatabase(spec);
    m_settings->addRecentFile(spec);
    restoreLaneChoice();
    updateRecentMenu();
    updateReadOnly();
    updateStatus();
    statusBar()->showMessage(tr("Opened %1").arg(m_workspace->database()->displayName()), 5000);
}

void MainWindow::openServerDatabase()
{
    bool ok = false;
    const QString current =
            m_workspace->database() && PostgresAddress::isPostgres(m_workspace->database()->spec())
            ? m_workspace->database()->spec()
            : QStringLiteral("postgresql://");
    const QString address =
            QInputDialog::getText(this, tr("Open Server Database"),
                                  tr("PostgreSQL address, such as "
                                     "postgresql://analyst@db.example.com/atlas?sslmode=require\n"
                                     "The password is asked for when the server wants one, or "
                                     "comes from the keyring or ~/.pgpass."),
                                  QLineEdit::Normal, current, &ok)
                    .trimmed();
    if (!ok || address.isEmpty())
        return;
    if (!PostgresAddress::isPostgres(address)) {
        QMessageBox::warning(this, tr("Open Server Database"),
                             tr("%1 is not a PostgreSQL address; it starts with postgresql://")
                                     .arg(PostgresAddress::stripPassword(address)));
        return;
    }
    openDatabaseFile(address);
}

void MainWindow::updateReadOnly()
{
    if (!m_readOnlyBanner)
        return;
    const bool readOnly = m_workspace && m_workspace->isReadOnly();
    const QString reason = readOnly ? m_workspace->readOnlyReason() : QString();
    // While the data is read in the background, and the file checked for damage after it,
    // nothing can be changed yet.
    const bool checking = m_workspace && m_workspace->isChecking();
    const bool loading = (m_workspace && m_workspace->isLoading()) || checking;
    m_editActions->setReadOnly(
            checking ? tr("%1 is being checked for damage.")
                               .arg(m_workspace->database()->displayName())
                    : loading ? tr("%1 is still being read.").arg(m_workspace->loadingName())
                              : reason);
    m_importAction->setEnabled(!readOnly && !loading);
    m_dartAction->setEnabled(!loading);
    // While another database is read (File → Open) the stack still holds this one's edits; an
    // undo would be refused and the stack would drop it. The stack's own signals set these again
    // on its next change.
    const QUndoStack *stack = m_document->undoStack();
    m_undoAction->setEnabled(!loading && stack->canUndo());
    m_redoAction->setEnabled(!loading && stack->canRedo());
    if (m_history)
        m_history->setEnabled(!loading);
    m_readOnlyBanner->setText(
            readOnly ? tr("Read-only: %1 Adding, editing, deleting and importing are off; "
                          "export, print and briefings work.")
                               .arg(reason)
                     : QString());
    m_readOnlyBanner->setVisible(readOnly);
}

void MainWindow::importData()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import"), QString(),
                                                      DatasetFiles::importFilter());
    if (!file.isEmpty())
        importFile(file);
}

void MainWindow::updateFromDart()
{
    if (DartUpdateDialog::run(*m_workspace, this))
        statusBar()->showMessage(tr("Updated figures from DART"), 5000);
}

void MainWindow::importFile(const QString &path)
{
    if (Importer::importInteractively(*m_workspace, path, this))
        statusBar()->showMessage(tr("Imported %1").arg(path), 5000);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()
        && DatasetFiles::canRead(urls.first().toLocalFile()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    const QString path = urls.first().toLocalFile();
    // Leave the drop handler first, so the source application is not kept waiting by the preview.
    QMetaObject::invokeMethod(
            this, [this, path] { importFile(path); }, Qt::QueuedConnection);
}

GexfOptions MainWindow::gexfOptions(const QString &file, const QString &filter) const
{
    GexfOptions gexf;
    if (DatasetFiles::writeFormat(file) != ImportedData::Format::Gexf)
        return gexf;
    if (filter == DatasetFiles::gexf12Filter())
        gexf.version = GexfDataset::Version::Gexf12;
    // The nodes where the graph shows them now, in their kinds' colours.
    gexf.viz = GraphRender::nodeViz(m_graph->scene());
    return gexf;
}

void MainWindow::exportData()
{
    const QStringList filters = DatasetFiles::exportFilters();
    QString selected = filters.value(0);
    const QString file = QFileDialog::getSaveFileName(
            this, tr("Export Data"), QStringLiteral("telco-atlas.json"),
            filters.join(QStringLiteral(";;")), &selected);
    if (file.isEmpty())
        return;
    QString error;
    if (!exportDataTo(file, selected, &error)) {
        QMessageBox::critical(this, tr("Export Failed"), error);
        return;
    }
    statusBar()->showMessage(tr("Exported %1").arg(file), 5000);
}

bool MainWindow::exportDataTo(const QString &file, const QString &filter, QString *error)
{
    // On a worker, its own copy of the data (the lists shared until the document changes):
    // a million events take some 15 s to write, and the window goes on drawing meanwhile, a
    // busy dialog in front of it once that takes long.
    const Dataset snapshot = m_document->data();
    const GexfOptions gexf = gexfOptions(file, filter);
    bool written = false;
    QString writeError;
    std::unique_ptr<QThread> worker(QThread::create(
            [&] { written = DatasetFiles::write(snapshot, file, &writeError, {}, gexf); }));
    QProgressDialog busy(tr("Writing %1…").arg(QFileInfo(file).fileName()), QString(), 0, 0, this);
    busy.setWindowTitle(tr("Export Data"));
    busy.setWindowModality(Qt::WindowModal);
    busy.setMinimumDuration(400);
    QEventLoop loop;
    connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    busy.reset();
    if (!written && error)
        *error = writeError;
    return written;
}

void MainWindow::showTab(QWidget *page)
{
    m_tabs->setCurrentWidget(page);
    page->setFocus();
}

BriefingOptions MainWindow::currentBriefingOptions() const
{
    BriefingOptions o;
    o.lang = m_document->language();
    o.from = m_document->windowFrom();
    o.to = m_document->windowTo();
    const auto sel = m_document->selection();
    if (sel.type == Document::SelectionType::Entity) {
        if (const Entity *e = m_document->data().entity(sel.id);
            e && e->kind == EntityKind::Company)
            o.focus = { sel.id };
    }
    return o;
}

void MainWindow::printBriefing()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print Briefing"));
    const BriefingOptions options = currentBriefingOptions();
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, options](QPrinter *p) {
        BriefingOptions o = options;
        o.pageSize = p->pageLayout().pageSize();
        Briefing briefing(m_document->data(), o, BriefingCommand::figures(*m_document, o));
        QString error;
        if (!briefing.print(p, &error))
            QMessageBox::critical(this, tr("Print Briefing"), error);
    });
    preview.exec();
}

void MainWindow::exportBriefing()
{
    const QString file =
            QFileDialog::getSaveFileName(this, tr("Export Briefing as PDF"),
                                         QStringLiteral("briefing.pdf"), tr("PDF files (*.pdf)"));
    if (file.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const bool ok = BriefingCommand::writePdf(*m_document, currentBriefingOptions(), file, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::critical(this, tr("Export Failed"), error);
        return;
    }
    statusBar()->showMessage(tr("Exported %1").arg(file), 5000);
}

void MainWindow::showShortcuts()
{
    // The keys of the menus are in the menus; these are the ones nothing else lists.
    const QList<std::pair<QString, QString>> rows = {
        { QStringLiteral("Ctrl+1, Ctrl+2, Ctrl+3"),
          tr("Company graph, events table, financial charts") },
        { QStringLiteral("Ctrl+F"), tr("Search the events") },
        { QStringLiteral("Esc"),
          tr("Show the whole graph again after a double click; then clear the selection") },
        { QStringLiteral("Ctrl+0"), tr("All time") },
        { tr("Graph: double click"), tr("Show a node's neighbourhood") },
        { tr("Graph: arrows, Tab"),
          tr("Move between nodes; Enter shows the details, Space selects") },
        { tr("Graph: Shift+arrows, drag"),
          tr("Move (pin) a node; Undo or “Unpin” in its menu puts it back") },
        { tr("Graph: Ctrl+Shift+G"), tr("Find an entity in the graph") },
        { tr("Graph: F, Ctrl++, Ctrl+-"), tr("Fit the graph, zoom in, zoom out") },
        { tr("Timeline: +, -, F"), tr("Zoom in, zoom out, show all time") },
        { tr("Timeline: Space, Ctrl+Left, Ctrl+Right"),
          tr("Play, step back, step forward a month") },
        { tr("Timeline: L, P"), tr("Choose lanes; pin the selected entity's lane") },
        { tr("Timeline: Up, Down, Page Up, Page Down"),
          tr("Scroll the lanes when they do not all fit") },
        { tr("Charts: Alt+1, Alt+2, Alt+3"), tr("Year on year, trend, peers") },
        { tr("Ctrl+C in a table"), tr("Copy the selected cells") },
        { QStringLiteral("Ctrl+N, Ctrl+Shift+N, Ctrl+Shift+R"),
          tr("Add an event, an entity, a relationship") },
        { QStringLiteral("F2, Delete"), tr("Edit or delete the selected record") },
        { QStringLiteral("Ctrl+Z, Ctrl+Shift+Z"), tr("Undo, redo") },
    };
    QString html = QStringLiteral("<table cellspacing=\"4\">");
    for (const auto &[keys, what] : rows)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                        .arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
    html += QStringLiteral("</table>");
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard Shortcuts"), html, QMessageBox::Close, this);
    box.setObjectName(QStringLiteral("shortcutsBox"));
    box.setTextFormat(Qt::RichText);
    box.exec();
}

void MainWindow::about()
{
    const auto &info = m_document->data().info;
    QMessageBox::about(this, tr("About Telco Atlas"),
                       tr("<h3>Telco Atlas %1</h3><p>A timeline and relationship explorer of the "
                          "telecom AI race.</p>"
                          "<p>Dataset: %2 (version %3)</p>")
                               .arg(QApplication::applicationVersion(),
                                    info.title.text(m_document->language()).toHtmlEscaped(),
                                    info.version.toHtmlEscaped()));
}

void MainWindow::editTypes()
{
    TypeDialog dialog(m_document->data().types, this);
    dialog.setUsage(m_document->data());
    if (dialog.exec() != QDialog::Accepted)
        return;
    DataEdit edit = DataEdit::setTypes(m_document->data(), dialog.types());
    if (edit.isEmpty())
        return;
    if (m_editActions->isReadOnly()) {
        QMessageBox::information(this, tr("Kinds and Types"),
                                 tr("This data is read-only; the change was not made."));
        return;
    }
    m_document->undoStack()->push(
            new EditCommand(m_document, std::move(edit), tr("Edit Kinds and Types")));
}

} // namespace atlas
