// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"
#include "render/palette.h"

#include <QChart>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QAbstractSeries;
class QBarSet;
class QXYSeries;
QT_END_NAMESPACE

namespace atlas {

class ValueLabelLayer;

// Builds the financial charts from a dataset: the one place that decides what the chart view,
// the headless renderer and the briefing draw. No widgets: the result is a QChart, the figures it
// shows and the same numbers as a table.
class FinancialChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(atlas::FinancialChartBuilder)
public:
    enum class View {
        Q2, // a quarter against the same quarter a year earlier (key "q2")
        Trend, // the company's quarters in the time window (key "trend")
        Peers, // every company with figures for one quarter (key "peers")
    };

    struct Options
    {
        QString companyId; // empty: the company of the dataset's first figure
        View view = View::Q2;
        PartialDate quarter; // Q2 and Peers; invalid: the latest quarter that fits the window
        Language language = Language::English;
        QDate from; // the time window; an invalid bound is open
        QDate to;
        Palette palette = Palette::print(); // the screen passes Palette::screen()
    };

    // One figure drawn in the chart and where: a bar (barSet, index) or a point of a line.
    struct Item
    {
        FinancialFigure figure;
        std::optional<double> change; // year on year, as a ratio
        QAbstractSeries *series = nullptr;
        QBarSet *barSet = nullptr;
        QXYSeries *line = nullptr;
        int index = -1; // category index in barSet, point index in line
        double x = 0.0; // centre of the bar / the point, in the chart's x domain
        double plotted = 0.0; // the value as plotted: figure.value / unit divisor
        QString label; // the value label as drawn
        QString toolTip; // exact value, quarter, basis and source
    };

    // The chart's numbers as a table: a label column, then values.
    struct Cell
    {
        QString text; // as shown, in the chart's language
        QString copy; // exact, for the clipboard: won as an integer, percentages with one decimal
        int item = -1; // index into items, when the cell is a drawn figure
        QString toolTip;
    };
    struct Table
    {
        QStringList headers;
        QList<QList<Cell>> rows;
    };

    struct Chart
    {
        std::unique_ptr<QChart> chart; // null when there is nothing to draw
        QString emptyReason; // why there is nothing to draw
        QString companyId; // resolved options
        View view = View::Q2;
        PartialDate quarter;
        QList<Item> items;
        Table table;
        ValueLabelLayer *labels = nullptr; // owned by chart

        const Item *itemAt(const QBarSet *set, int index) const;
        const Item *itemAt(const QXYSeries *line, int index) const;
    };

    // Reads data while it builds; the charts it returns hold copies of what they need.
    explicit FinancialChartBuilder(const Dataset &data);

    Chart build(const Options &options) const;

    // Companies that have figures, in dataset order of the entities.
    QStringList companies() const;
    QString defaultCompany() const;
    bool hasFigures(const QString &companyId) const;
    // Quarters with a figure of the company (empty id: of any company), in order.
    QList<PartialDate> quarters(const QString &companyId = {}) const;
    // The quarter a view shows when none is chosen, or invalid when nothing fits the window.
    PartialDate defaultQuarter(const QString &companyId, View view, const QDate &from,
                               const QDate &to) const;

    static QString viewKey(View view);
    static std::optional<View> viewFromKey(const QString &key);
    static QString viewLabel(View view); // translated, for menus and buttons
    static QList<View> allViews() { return { View::Q2, View::Trend, View::Peers }; }

private:
    Chart buildQ2(const Options &o) const;
    Chart buildTrend(const Options &o) const;
    // The Trend view in steps: the quarters and figures shown, the profit line (one series per
    // unbroken run), the items with their value labels, and the table beside the chart.
    struct Trend;
    bool collectTrend(const Options &o, Trend &t, Chart &out) const;
    void addTrendProfitLine(QChart *chart, Trend &t, QAbstractAxis *xAxis,
                            QAbstractAxis *opAxis) const;
    void addTrendItems(Chart &out, const Trend &t, ValueLabelLayer *labels, double barWidth,
                       Language lang) const;
    void addTrendTable(Chart &out, const Trend &t, const QString &companyId, Language lang) const;
    Chart buildPeers(const Options &o) const;
    void addPairedBars(Chart &out, const QStringList &categories, const QStringList &brief,
                       const QList<std::optional<FinancialFigure>> &revenue,
                       const QList<std::optional<FinancialFigure>> &profit, int highlighted,
                       Language lang) const;
    Cell figureCell(const Chart &chart, const std::optional<FinancialFigure> &f,
                    Language lang) const;
    // A figure no source reports: said so, with the known reason on hover.
    static Cell noComparison();
    Cell missingCell(const QString &companyId, const PartialDate &quarter, Metric metric,
                     Language lang) const;
    // The second line of a category whose revenue or profit is missing; empty when both are there.
    QString missingNote(const std::optional<FinancialFigure> &revenue,
                        const std::optional<FinancialFigure> &profit) const;
    QString companyName(const QString &id, Language lang) const; // displayName()
    // The item of figure f: at x in series (index: its bar or point), plotted in units of
    // divisor, with its value label and tooltip.
    Item figureItem(const FinancialFigure &f, QAbstractSeries *series, int index, double x,
                    double divisor, Language lang) const;
    QString toolTip(const FinancialFigure &f, const std::optional<double> &change,
                    Language lang) const;
    // "turned to a loss" / "back to a profit" when the sign changed against a year earlier.
    QString signChange(const FinancialFigure &f) const;
    QString windowText(const Options &o) const;

    const Dataset &m_data;
};

} // namespace atlas
