// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartsview.h"

#include "charts/chartrender.h"
#include "core/displayname.h"
#include "core/formatting.h"
#include "models/document.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QBarSet>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QXYSeries>

#include <functional>

namespace atlas {

namespace {

enum TableRole : int {
    CopyRole = Qt::UserRole + 100, // exact text for the clipboard
    ItemRole, // index into the chart's items, -1 when none
};

// Ctrl+C copies the whole selection (the stock view copies only the current cell), and wins over
// any window-wide Copy shortcut while the table has focus.
class FigureTable : public QTableView
{
public:
    using QTableView::QTableView;
    std::function<void()> copy;

    // Every column whole: the width the splitter gives the table first.
    int neededWidth() const
    {
        return horizontalHeader()->length() + 2 * frameWidth()
                + verticalScrollBar()->sizeHint().width();
    }
    QSize sizeHint() const override { return { neededWidth(), QTableView::sizeHint().height() }; }

protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride
            && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
            event->accept();
            return true;
        }
        return QTableView::event(event);
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->matches(QKeySequence::Copy) && copy) {
            copy();
            event->accept();
            return;
        }
        QTableView::keyPressEvent(event);
    }
};

struct ChartSignalGuard
{
    explicit ChartSignalGuard(int &depth) : m_depth(depth) { ++m_depth; }
    ~ChartSignalGuard() { --m_depth; }
    Q_DISABLE_COPY_MOVE(ChartSignalGuard)
    int &m_depth;
};

} // namespace

ChartsView::ChartsView(Document *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    Q_ASSERT(document);
    m_company = FinancialChartBuilder(document->data()).defaultCompany();
    createActions();
    createWidgets();
    retranslate();

    connect(document, &Document::dataReset, this, &ChartsView::onDataReset);
    // The charts show figures, sources and the names of companies with figures: an edit of
    // other entities (or of events and relationships) leaves them as they are.
    connect(document, &Document::applied, this, [this](const DataEdit &edit) {
        auto charted = [this](const Entity &e) { return m_companyCombo->findData(e.id) >= 0; };
        bool entities = false;
        for (const auto &[row, e] : edit.entities.removed)
            entities = entities || charted(e);
        for (const auto &[row, e] : edit.entities.inserted)
            entities = entities || FinancialChartBuilder(m_document->data()).hasFigures(e.id);
        for (const auto &[before, after] : edit.entities.changed)
            entities = entities || charted(after);
        if (entities || !edit.financials.isEmpty() || !edit.sources.isEmpty())
            onDataReset();
    });
    connect(document, &Document::languageChanged, this, [this] {
        fillCompanies();
        fillQuarters();
        rebuild();
    });
    connect(document, &Document::selectionChanged, this, &ChartsView::followSelection);
    connect(document, &Document::timeWindowChanged, this, &ChartsView::followWindow);

    fillCompanies();
    fillQuarters();
    followSelection();
    rebuild();
}

ChartsView::~ChartsView() = default;

void ChartsView::createActions()
{
    m_viewGroup = new QActionGroup(this);
    m_viewGroup->setExclusive(true);
    auto makeView = [this](View view, Qt::Key key) {
        auto *a = new QAction(this);
        a->setCheckable(true);
        a->setShortcut(QKeySequence(Qt::ALT | key));
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setData(FinancialChartBuilder::viewKey(view));
        m_viewGroup->addAction(a);
        addAction(a);
        connect(a, &QAction::triggered, this, [this, view] { setView(view); });
        return a;
    };
    m_q2Action = makeView(View::Q2, Qt::Key_1);
    m_trendAction = makeView(View::Trend, Qt::Key_2);
    m_peersAction = makeView(View::Peers, Qt::Key_3);
    m_q2Action->setChecked(true);

    m_exportPngAction = new QAction(this);
    connect(m_exportPngAction, &QAction::triggered, this,
            [this] { exportInteractive(QStringLiteral("png")); });
    m_exportSvgAction = new QAction(this);
    connect(m_exportSvgAction, &QAction::triggered, this,
            [this] { exportInteractive(QStringLiteral("svg")); });

    m_copyAction = new QAction(this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyAction, &QAction::triggered, this, &ChartsView::copySelection);
}

void ChartsView::createWidgets()
{
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    for (QAction *a : { m_q2Action, m_trendAction, m_peersAction }) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setAutoRaise(false);
        top->addWidget(b);
        m_viewButtons << b;
    }
    top->addSpacing(12);
    // A labelled combo box that acts on a choice the user makes (not on programmatic changes).
    auto chooser = [this](QLabel **label, QComboBox **combo, const char *name,
                          void (ChartsView::*onActivated)(int)) {
        *label = new QLabel(this);
        *combo = new QComboBox(this);
        (*combo)->setObjectName(QLatin1String(name));
        (*combo)->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        (*label)->setBuddy(*combo);
        connect(*combo, &QComboBox::activated, this, onActivated);
    };
    chooser(&m_companyLabel, &m_companyCombo, "companyCombo", &ChartsView::onCompanyActivated);
    chooser(&m_quarterLabel, &m_quarterCombo, "quarterCombo", &ChartsView::onQuarterActivated);
    top->addWidget(m_companyLabel);
    top->addWidget(m_companyCombo);
    top->addSpacing(8);
    top->addWidget(m_quarterLabel);
    top->addWidget(m_quarterCombo);
    top->addStretch(1);
    // One button with a menu keeps the row narrow enough for a dock.
    m_exportButton = new QToolButton(this);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_exportButton);
    exportMenu->addAction(m_exportPngAction);
    exportMenu->addAction(m_exportSvgAction);
    m_exportButton->setMenu(exportMenu);
    top->addWidget(m_exportButton);

    m_chartView = new QChartView(this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(320, 240);
    // The view's own tooltip event (after the hover delay) would hide the figure's tooltip.
    m_chartView->viewport()->installEventFilter(this);
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setMargin(24);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_chartView);
    m_stack->addWidget(m_emptyLabel);

    auto *table = new FigureTable(this);
    table->copy = [this] { copySelection(); };
    m_table = table;
    m_tableModel = new QStandardItemModel(this);
    m_table->setModel(m_tableModel);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_table->addAction(m_copyAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_table);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setChildrenCollapsible(false);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_tableSizedByUser = true; });

    m_noticeLabel = new QLabel(this);
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->hide();
    m_statusLabel = new QLabel(this);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_noticeLabel);
    layout->addWidget(m_statusLabel);
}

void ChartsView::retranslate()
{
    for (View v : FinancialChartBuilder::allViews()) {
        QAction *a = v == View::Q2 ? m_q2Action : v == View::Trend ? m_trendAction : m_peersAction;
        a->setText(FinancialChartBuilder::viewLabel(v));
        a->setToolTip(tr("%1 (%2)").arg(FinancialChartBuilder::viewLabel(v),
                                        a->shortcut().toString(QKeySequence::NativeText)));
    }
    m_q2Action->setStatusTip(tr("A quarter against the same quarter a year earlier"));
    m_trendAction->setStatusTip(tr("Every quarter of the company in the time window"));
    m_peersAction->setStatusTip(tr("The operators side by side for one quarter"));
    m_chartView->setAccessibleName(tr("Financial chart"));
    m_companyLabel->setText(tr("&Company:"));
    m_quarterLabel->setText(tr("&Quarter:"));
    m_exportPngAction->setText(tr("Export Chart as &PNG…"));
    m_exportSvgAction->setText(tr("Export Chart as S&VG…"));
    m_exportButton->setText(tr("&Export"));
    m_exportButton->setToolTip(tr("Export the chart as a PNG image or an SVG drawing"));
    m_copyAction->setText(tr("&Copy"));
    m_table->setToolTip(
            tr("Select cells and press %1 to copy them as tab-separated text")
                    .arg(QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText)));
    if (m_quarterCombo->count() > 0)
        m_quarterCombo->setItemText(0, tr("Latest"));
}

void ChartsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_chartView) {
        retranslate();
        rebuild(); // axis titles and metric names come from the translator too
    } else if (event->type() == QEvent::PaletteChange && m_chartView) {
        rebuild(); // a dark or light desktop theme: the chart follows it
    }
    QWidget::changeEvent(event);
}

QList<QAction *> ChartsView::viewActions() const
{
    return { m_q2Action, m_trendAction, m_peersAction };
}

QList<QAction *> ChartsView::exportActions() const
{
    return { m_exportPngAction, m_exportSvgAction };
}

void ChartsView::setView(View view)
{
    if (view == m_view)
        return;
    m_view = view;
    QAction *a = view == View::Q2 ? m_q2Action
            : view == View::Trend ? m_trendAction
                                  : m_peersAction;
    a->setChecked(true);
    rebuild();
    Q_EMIT viewChanged(view);
}

void ChartsView::setQuarter(const PartialDate &quarter)
{
    if (quarter == m_quarter)
        return;
    m_quarter = quarter;
    fillQuarters();
    rebuild();
}

QString ChartsView::companyName(const QString &id) const
{
    return m_document ? displayName(m_document->data(), id, m_document->language()) : id;
}

void ChartsView::fillCompanies()
{
    if (!m_document)
        return;
    const QSignalBlocker blocker(m_companyCombo);
    m_companyCombo->clear();
    for (const auto &id : FinancialChartBuilder(m_document->data()).companies())
        m_companyCombo->addItem(companyName(id), id);
    m_companyCombo->setCurrentIndex(m_companyCombo->findData(m_company));
}

void ChartsView::fillQuarters()
{
    if (!m_document)
        return;
    const QSignalBlocker blocker(m_quarterCombo);
    m_quarterCombo->clear();
    m_quarterCombo->addItem(tr("Latest"), QString());
    const auto quarters = FinancialChartBuilder(m_document->data()).quarters();
    for (auto it = quarters.crbegin(); it != quarters.crend(); ++it)
        m_quarterCombo->addItem(Format::date(*it, m_document->language()), it->toString());
    const int i = m_quarter.isValid() ? m_quarterCombo->findData(m_quarter.toString()) : 0;
    m_quarterCombo->setCurrentIndex(std::max(0, i));
}

void ChartsView::onCompanyActivated(int index)
{
    const QString id = m_companyCombo->itemData(index).toString();
    if (id.isEmpty() || !m_document)
        return;
    m_company = id;
    m_notice.clear();
    // The choice is the document's: every other view follows it, and so does this one.
    m_document->selectEntity(id);
    rebuild();
}

void ChartsView::onQuarterActivated(int index)
{
    const QString key = m_quarterCombo->itemData(index).toString();
    m_quarter = key.isEmpty() ? PartialDate() : PartialDate::fromString(key);
    rebuild();
}

void ChartsView::followSelection()
{
    if (!m_document)
        return;
    const auto sel = m_document->selection();
    const Entity *e = sel.type == Document::SelectionType::Entity
            ? m_document->data().entity(sel.id)
            : nullptr;
    if (!e || e->kind != EntityKind::Company) {
        // Not a company: the chart keeps its company, and an earlier notice no longer applies.
        if (!m_notice.isEmpty()) {
            m_notice.clear();
            m_noticeLabel->hide();
        }
        return;
    }
    const QString company = m_company;
    const PartialDate quarter = m_quarter;
    if (FinancialChartBuilder(m_document->data()).hasFigures(sel.id)) {
        m_notice.clear();
        if (sel.id != m_company) {
            m_company = sel.id;
            if (!m_quarter.isValid()
                || !FinancialChartBuilder(m_document->data())
                            .quarters(m_company)
                            .contains(m_quarter))
                m_quarter = {};
            fillQuarters();
        }
    } else {
        m_notice = tr("%1 has no financial figures in the data; the charts still show %2.")
                           .arg(companyName(sel.id), companyName(m_company));
    }
    const QSignalBlocker blocker(m_companyCombo);
    m_companyCombo->setCurrentIndex(m_companyCombo->findData(m_company));
    if (m_company != company || m_quarter != quarter || m_stale) {
        rebuildWhenSeen();
    } else {
        // The same chart (a company without figures selected): only the notice changes.
        m_noticeLabel->setText(m_notice);
        m_noticeLabel->setVisible(!m_notice.isEmpty());
    }
}

void ChartsView::onDataReset()
{
    const FinancialChartBuilder builder(m_document->data());
    if (!builder.hasFigures(m_company))
        m_company = builder.defaultCompany();
    if (m_quarter.isValid() && !builder.quarters().contains(m_quarter))
        m_quarter = {};
    m_notice.clear();
    fillCompanies();
    fillQuarters();
    rebuildWhenSeen();
}

// Behind another tab nobody sees the chart: it is built when it shows (showEvent), or when asked
// for (ensureCurrent). An edit of a charted company or a selection then costs no chart.
void ChartsView::rebuildWhenSeen()
{
    if (window()->isVisible() && !isVisible())
        m_stale = true;
    else
        rebuild();
}

FinancialChartBuilder::Options ChartsView::chartOptions() const
{
    FinancialChartBuilder::Options o;
    o.palette = Palette::screen(palette());
    o.companyId = m_company;
    o.view = m_view;
    o.quarter = m_view == View::Trend ? PartialDate() : m_quarter;
    if (m_document) {
        o.language = m_document->language();
        o.from = m_document->windowFrom();
        o.to = m_document->windowTo();
    }
    return o;
}

QList<PartialDate> ChartsView::windowQuarters() const
{
    QList<PartialDate> quarters;
    if (!m_document)
        return quarters;
    const QDate from = m_document->windowFrom();
    const QDate to = m_document->windowTo();
    for (const FinancialFigure &f : m_document->data().financials) {
        if (f.quarter.overlaps(from, to) && !quarters.contains(f.quarter))
            quarters.append(f.quarter);
    }
    return quarters;
}

void ChartsView::followWindow()
{
    // The chart depends on the window only through the quarters in it (it names the window only
    // in its empty state): moving within the same quarters keeps the chart.
    if (m_current.emptyReason.isEmpty() && windowQuarters() == m_builtQuarters) {
        m_stale = false;
        return;
    }
    // Behind another tab a time-window step then costs no chart (a third of it).
    rebuildWhenSeen();
}

void ChartsView::ensureCurrent() const
{
    if (m_stale)
        const_cast<ChartsView *>(this)->rebuild();
}

QChartView *ChartsView::chartView() const
{
    ensureCurrent();
    return m_chartView;
}

QTableView *ChartsView::tableView() const
{
    ensureCurrent();
    return m_table;
}

const FinancialChartBuilder::Chart &ChartsView::currentChart() const
{
    ensureCurrent();
    return m_current;
}

void ChartsView::rebuild()
{
    if (!m_document || !m_chartView)
        return;
    m_stale = false;
    m_builtQuarters = windowQuarters();
    if (m_inChartSignal > 0) {
        // Whoever reacted to a hover or click asked for a new chart while a bar of the old one
        // is still emitting: build it once that bar is done.
        if (!m_rebuildPending) {
            m_rebuildPending = true;
            QTimer::singleShot(0, this, [this] {
                m_rebuildPending = false;
                rebuild();
            });
        }
        return;
    }
    QToolTip::hideText();
    m_hoverTip.clear();
    FinancialChartBuilder::Chart next =
            FinancialChartBuilder(m_document->data()).build(chartOptions());
    QChart *old = m_chartView->chart();
    m_chartView->setChart(next.chart ? next.chart.release() : new QChart);
    delete old; // the view gave it back
    m_current = std::move(next);
    m_stack->setCurrentWidget(m_current.emptyReason.isEmpty() ? static_cast<QWidget *>(m_chartView)
                                                              : m_emptyLabel);
    m_emptyLabel->setText(m_current.emptyReason);
    m_chartView->setAccessibleDescription(
            m_chartView->chart()->title().isEmpty()
                    ? m_current.emptyReason
                    : QTextDocumentFragment::fromHtml(m_chartView->chart()->title()).toPlainText());
    m_quarterCombo->setEnabled(m_view != View::Trend);
    m_quarterLabel->setEnabled(m_view != View::Trend);
    m_exportPngAction->setEnabled(m_current.emptyReason.isEmpty());
    m_exportSvgAction->setEnabled(m_current.emptyReason.isEmpty());
    m_exportButton->setEnabled(m_current.emptyReason.isEmpty());
    m_noticeLabel->setText(m_notice);
    m_noticeLabel->setVisible(!m_notice.isEmpty());
    m_statusLabel->setText(m_current.emptyReason.isEmpty()
                                   ? tr("Point at a bar or a point for its exact value and source.")
                                   : QString());
    connectItems();
    fillTable();
}

void ChartsView::connectItems()
{
    QList<QObject *> done;
    for (const auto &item : std::as_const(m_current.items)) {
        if (item.barSet && !done.contains(item.barSet)) {
            done << item.barSet;
            QBarSet *set = item.barSet;
            connect(set, &QBarSet::hovered, this, [this, set](bool state, int index) {
                const ChartSignalGuard guard(m_inChartSignal);
                onItemHovered(m_current.itemAt(set, index), state);
            });
            connect(set, &QBarSet::clicked, this, [this, set](int index) {
                const ChartSignalGuard guard(m_inChartSignal);
                onItemClicked(m_current.itemAt(set, index));
            });
        } else if (item.line && !done.contains(item.line)) {
            done << item.line;
            QXYSeries *line = item.line;
            auto nearest = [this, line](const QPointF &p) -> const FinancialChartBuilder::Item * {
                const FinancialChartBuilder::Item *best = nullptr;
                for (const auto &i : std::as_const(m_current.items)) {
                    if (i.line == line && std::abs(i.x - p.x()) < 0.5
                        && (!best || std::abs(i.x - p.x()) < std::abs(best->x - p.x())))
                        best = &i;
                }
                return best;
            };
            connect(line, &QXYSeries::hovered, this, [this, nearest](const QPointF &p, bool state) {
                const ChartSignalGuard guard(m_inChartSignal);
                onItemHovered(nearest(p), state);
            });
            connect(line, &QXYSeries::clicked, this, [this, nearest](const QPointF &p) {
                const ChartSignalGuard guard(m_inChartSignal);
                onItemClicked(nearest(p));
            });
        }
    }
}

void ChartsView::onItemHovered(const FinancialChartBuilder::Item *item, bool state)
{
    if (!state) {
        m_hoverTip.clear();
        QToolTip::hideText();
        return;
    }
    if (!item)
        return;
    m_hoverTip = item->toolTip;
    QToolTip::showText(QCursor::pos(), item->toolTip, m_chartView->viewport());
    // The whole tooltip, basis and source included, stays readable under the chart.
    m_statusLabel->setText(
            QString(item->toolTip).replace(QLatin1Char('\n'), QStringLiteral(" · ")));
    Q_EMIT figureHovered(item->figure);
}

void ChartsView::onItemClicked(const FinancialChartBuilder::Item *item)
{
    if (!item)
        return;
    const FinancialFigure figure = item->figure;
    m_statusLabel->setText(
            QString(item->toolTip).replace(QLatin1Char('\n'), QStringLiteral(" · ")));
    const int index = int(item - m_current.items.constData());
    for (int r = 0; r < m_tableModel->rowCount(); ++r) {
        for (int c = 0; c < m_tableModel->columnCount(); ++c) {
            const QModelIndex cell = m_tableModel->index(r, c);
            if (cell.data(ItemRole).toInt() == index)
                m_table->selectionModel()->setCurrentIndex(cell,
                                                           QItemSelectionModel::ClearAndSelect);
        }
    }
    Q_EMIT figureClicked(figure);
    // A click chooses the company for every view.
    if (m_document)
        m_document->selectEntity(figure.companyId);
}

void ChartsView::fillTable()
{
    m_tableModel->clear();
    const auto &table = m_current.table;
    m_tableModel->setColumnCount(int(table.headers.size()));
    m_tableModel->setHorizontalHeaderLabels(table.headers);
    for (const auto &row : table.rows) {
        QList<QStandardItem *> items;
        for (qsizetype c = 0; c < row.size(); ++c) {
            const auto &cell = row.at(c);
            auto *item = new QStandardItem(cell.text);
            item->setEditable(false);
            item->setData(cell.copy, CopyRole);
            item->setData(cell.item, ItemRole);
            if (!cell.toolTip.isEmpty())
                item->setToolTip(cell.toolTip);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            items << item;
        }
        m_tableModel->appendRow(items);
    }
    fitTable();
}

void ChartsView::fitTable()
{
    // Wide enough for every column as long as the chart keeps more than half, until the user
    // drags the splitter: then a table too narrow for its columns still grows, and that is all.
    m_table->resizeColumnsToContents();
    m_table->updateGeometry();
    const int needed = static_cast<FigureTable *>(m_table)->neededWidth();
    const QList<int> sizes = m_splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (total <= 0)
        return;
    const int table = std::min(needed, total * 9 / 20);
    if (sizes.value(1) < table || (!m_tableSizedByUser && sizes.value(1) != table))
        m_splitter->setSizes({ total - table, table });
}

void ChartsView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitTable();
}

void ChartsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureCurrent();
    fitTable();
}

bool ChartsView::eventFilter(QObject *watched, QEvent *event)
{
    if (m_chartView && watched == m_chartView->viewport()) {
        if (event->type() == QEvent::ToolTip && !m_hoverTip.isEmpty()) {
            // Keeps the figure's tooltip where the graphics view would hide it (no item tooltip).
            QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), m_hoverTip,
                               m_chartView->viewport());
            return true;
        }
        if (event->type() == QEvent::Leave)
            m_hoverTip.clear();
    }
    return QWidget::eventFilter(watched, event);
}

QString ChartsView::selectionAsTsv() const
{
    ensureCurrent();
    QModelIndexList selected = m_table->selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return {};
    std::sort(selected.begin(), selected.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.row() != b.row() ? a.row() < b.row() : a.column() < b.column();
    });
    int left = selected.constFirst().column();
    int right = left;
    for (const auto &i : std::as_const(selected)) {
        left = std::min(left, i.column());
        right = std::max(right, i.column());
    }
    QStringList lines;
    int row = -1;
    QStringList cells;
    for (const auto &i : std::as_const(selected)) {
        if (i.row() != row) {
            if (row >= 0)
                lines << cells.join(QLatin1Char('\t'));
            row = i.row();
            cells = QStringList(right - left + 1, QString());
        }
        cells[i.column() - left] = i.data(CopyRole).toString();
    }
    lines << cells.join(QLatin1Char('\t'));
    return lines.join(QLatin1Char('\n'));
}

void ChartsView::copySelection() const
{
    const QString text = selectionAsTsv();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

QString ChartsView::emptyText() const
{
    ensureCurrent();
    return m_current.emptyReason;
}

QString ChartsView::noticeText() const
{
    ensureCurrent();
    return m_notice;
}

QString ChartsView::statusText() const
{
    ensureCurrent();
    return m_statusLabel->text();
}

bool ChartsView::exportTo(const QString &path, QString *error) const
{
    ensureCurrent();
    if (!m_document)
        return false;
    QSize size = m_chartView->size();
    if (!m_chartView->isVisible() || size.width() < 400 || size.height() < 300)
        size = QSize(1200, 700);
    FinancialChartBuilder::Options options = chartOptions();
    options.palette = Palette::print();
    return ChartRender::renderToFile(m_document->data(), options, size, path, error);
}

void ChartsView::exportInteractive(const QString &suffix)
{
    ensureCurrent();
    Q_EMIT exportPictureRequested(
            QStringLiteral("%1-%2").arg(m_company, FinancialChartBuilder::viewKey(m_view)), suffix);
}

} // namespace atlas
