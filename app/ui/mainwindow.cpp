// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "detailspanel.h"
#include "editactions.h"
#include "dartupdatedialog.h"
#include "importer.h"
#include "passworddialog.h"
#include "picturedialog.h"
#include "settings.h"
#include "translations.h"

#include "charts/chartsview.h"
#include "graph/graphscene.h"
#include "graph/graphview.h"
#include "graph/graphwidget.h"
#include "io/datasetfiles.h"
#include "reports/briefingcommand.h"
#include "timeline/timelineview.h"
#include "timeline/timelinewidget.h"
#include "models/document.h"
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
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QUndoView>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
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

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const int byColumn = QString::localeAwareCompare(left.data().toString(), right.data().toString());
        if (byColumn != 0 || left.column() == EntityListModel::Name)
            return byColumn < 0;
        const QModelIndex leftName = left.siblingAtColumn(EntityListModel::Name);
        const QModelIndex rightName = right.siblingAtColumn(EntityListModel::Name);
        const int byName = QString::localeAwareCompare(leftName.data().toString(), rightName.data().toString());
        // Sorted descending, Qt swaps the arguments: keep the names ascending all the same.
        return sortOrder() == Qt::AscendingOrder ? byName < 0 : byName > 0;
    }
};

} // namespace

namespace {

// A note across the top of the views (read-only database, lost server connection), hidden until needed.
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
    : QMainWindow(parent), m_document(document), m_workspace(workspace), m_settings(std::make_unique<Settings>())
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
    connect(m_graph, &GraphWidget::exportPictureRequested, this, [this](const QString &name, const QString &suffix) {
        exportPicture(this, tr("Export Graph"), name, suffix,
                      [this](const QString &path, QString *error) { return m_graph->exportTo(path, error); });
    });
    m_charts = new ChartsView(document, this);
    m_charts->setObjectName(QStringLiteral("chartsView"));
    connect(m_charts, &ChartsView::exportPictureRequested, this, [this](const QString &name, const QString &suffix) {
        exportPicture(this, tr("Export Chart"), name, suffix,
                      [this](const QString &path, QString *error) { return m_charts->exportTo(path, error); });
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
    m_statusLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusLabel);
    // Below this the status bar covers the timeline's overview and dock titles break apart.
    setMinimumSize(860, 600);

    connect(document, &Document::selectionChanged, this, &MainWindow::syncSelectionToViews);
    connect(document, &Document::timeWindowChanged, this, &MainWindow::syncWindowToEditors);
    connect(document, &Document::dataReset, this, [this] {
        updateReadOnly();
        syncWindowToEditors();
        updateStatus();
        m_eventsView->resizeColumnToContents(EventTableModel::Date);
    });
    // An edit keeps the tables as they are (rows follow it one by one); only the totals change.
    connect(document, &Document::applied, this, [this] {
        syncWindowToEditors();
        updateStatus();
    });
    connect(m_eventsProxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_eventsProxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(m_eventsProxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_eventsProxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateStatus);

    if (m_workspace) {
        m_workspace->setPasswordPrompt(PasswordDialog::prompt(this));
        // What other analysts changed comes in by itself; a short note says so.
        m_workspace->setRemoteChangeHandler([this](const QString &note) { statusBar()->showMessage(note, 8000); });
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
        connect(pin, &QAction::toggled, lanes, [lanes, entityId](bool on) { lanes->setPinned(entityId, on); });
    });
    connect(m_timeline->view(), &TimelineView::laneChoiceChanged, this, [this] {
        if (m_workspace && m_workspace->database())
            m_settings->setLaneChoice(m_workspace->database()->spec(), m_timeline->view()->laneChoice());
    });
}
