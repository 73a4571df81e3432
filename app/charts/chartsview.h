// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/financialchartbuilder.h"

#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QActionGroup;
class QChartView;
class QComboBox;
class QLabel;
class QSplitter;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QToolButton;
QT_END_NAMESPACE

namespace atlas {

class Document;

// The financial charts as a dock or tab: a view selector (Year on Year, Trend, Peers; Alt+1..3),
// company and quarter selectors, the chart with hover tooltips, the same numbers in a table
// (Ctrl+C copies the selected cells as tab-separated text) and PNG / SVG export. It follows the
// document: selecting a company elsewhere switches the chart to it, the time window limits the
// quarters shown, and the language switches every label.
class ChartsView : public QWidget
{
    Q_OBJECT
public:
    using View = FinancialChartBuilder::View;

    explicit ChartsView(Document *document, QWidget *parent = nullptr);
    ~ChartsView() override;

    View view() const { return m_view; }
    void setView(View view);
    // The company the Year on Year and Trend views show and the Peers view highlights.
    QString company() const { return m_company; }
    // The chosen quarter of the Year on Year and Peers views; invalid: the latest that fits.
    PartialDate quarter() const { return m_quarter; }
    void setQuarter(const PartialDate &quarter);

    // Checkable, Alt+1..Alt+3 (active while focus is in this widget).
    QList<QAction *> viewActions() const;
    // "Export Chart as PNG…", "Export Chart as SVG…".
    QList<QAction *> exportActions() const;
    // Writes what the chart shows, at its on-screen size, to a .png or .svg file.
    bool exportTo(const QString &path, QString *error) const;
    FinancialChartBuilder::Options chartOptions() const;

    // The selected table cells, rows by line and cells by tab, numbers exact.
    QString selectionAsTsv() const;
    void copySelection() const;

    // For tests and the briefing.
    // Each brings a chart left stale behind another tab up to date first.
    QChartView *chartView() const;
    QTableView *tableView() const;
    const FinancialChartBuilder::Chart &currentChart() const;
    QString emptyText() const; // the empty state's explanation; empty while a chart shows
    QString noticeText() const; // e.g. the selected company has no figures
    QString statusText() const; // the figure last hovered or clicked

Q_SIGNALS:
    void figureHovered(const atlas::FinancialFigure &figure);
    void figureClicked(const atlas::FinancialFigure &figure);
    void viewChanged(atlas::FinancialChartBuilder::View view);
    // Export PNG / Export SVG: the window asks where (askPicturePath in ui) and calls back.
    void exportPictureRequested(const QString &baseName, const QString &suffix);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createWidgets();
    void retranslate();
    void rebuild();
    void rebuildWhenSeen();
    // A new time window: a new chart only when the quarters in it changed, and while the view is
    // hidden behind another tab of a shown window, only once it shows (ensureCurrent).
    void followWindow();
    void ensureCurrent() const;
    // The quarters of figures that overlap the time window, in the order of the figures.
    QList<PartialDate> windowQuarters() const;
    void fillCompanies();
    void fillQuarters();
    void fillTable();
    void fitTable();
    void followSelection();
    void onDataReset();
    void onCompanyActivated(int index);
    void onQuarterActivated(int index);
    void onItemHovered(const FinancialChartBuilder::Item *item, bool state);
    void onItemClicked(const FinancialChartBuilder::Item *item);
    void connectItems();
    void exportInteractive(const QString &suffix);
    QString companyName(const QString &id) const;

    QPointer<Document> m_document;
    View m_view = View::Q2;
    QString m_company;
    PartialDate m_quarter;
    QString m_notice;
    FinancialChartBuilder::Chart m_current;
    QList<PartialDate>
            m_builtQuarters; // the window's quarters with figures when m_current was built
    QString m_hoverTip; // the tooltip of the bar or point under the pointer
    int m_inChartSignal = 0; // while a bar or point of m_current is emitting
    bool m_rebuildPending = false;
    bool m_stale = false; // m_current is of older data, selection or window (rebuildWhenSeen)
    bool m_tableSizedByUser = false;

    QActionGroup *m_viewGroup = nullptr;
    QAction *m_q2Action = nullptr;
    QAction *m_trendAction = nullptr;
    QAction *m_peersAction = nullptr;
    QAction *m_exportPngAction = nullptr;
    QAction *m_exportSvgAction = nullptr;
    QAction *m_copyAction = nullptr;

    QList<QToolButton *> m_viewButtons;
    QLabel *m_companyLabel = nullptr;
    QComboBox *m_companyCombo = nullptr;
    QLabel *m_quarterLabel = nullptr;
    QComboBox *m_quarterCombo = nullptr;
    QToolButton *m_exportButton = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_stack = nullptr;
    QChartView *m_chartView = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_tableModel = nullptr;
    QLabel *m_noticeLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
};

} // namespace atlas
