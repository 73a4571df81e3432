// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "financialchartbuilder.h"

#include "charts/chartformat.h"
#include "charts/valuelabellayer.h"
#include "core/displayname.h"
#include "core/financials.h"
#include "core/formatting.h"
#include "models/document.h"
#include "models/financialtablemodel.h"
#include "render/palette.h"
#include "render/typography.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPen>

#include <algorithm>
#include <array>
#include <cmath>

namespace atlas {

namespace {

// Charts are built in the print palette's ink, muted text and grid; applyPalette() swaps them for
// the palette a chart is shown or written in.
const Palette kPrint = Palette::print();
const QColor kRevenue(0x2b, 0x6c, 0xb0);
const QColor kRevenueLight(0xb4, 0xcd, 0xe9);
const QColor kProfit(0xdd, 0x6b, 0x20);
const QColor kProfitLight(0xf6, 0xcd, 0xae);
constexpr int kIntervals = 4; // both value axes: their grid lines coincide

// Sizes in points at 96 dpi, as the charts were designed; set in pixels so a PNG, an SVG and the
// screen draw the same text whatever the screen's resolution.
QFont chartFont(qreal points, bool bold = false)
{
    // The charts were laid out for Noto Sans; DejaVu Sans, whose digits stay text in a PDF, runs
    // about a tenth wider, so its sizes are a tenth smaller: titles, subtitles and bar labels then
    // fit the chart at the window's default size as before instead of being elided or dropped.
    constexpr qreal kDejaVuWidth = 0.9;
    return Typography::font(points * 96.0 / 72.0 * kDejaVuWidth, bold);
}

PartialDate nextQuarter(const PartialDate &q)
{
    return q.quarterValue() == 4 ? PartialDate::quarter(q.yearValue() + 1, 1)
                                 : PartialDate::quarter(q.yearValue(), q.quarterValue() + 1);
}

// A scale of `intervals` round steps with exactly `below` of them under zero, covering [lo, hi]
// with the same headroom niceScale leaves for labels.
ChartFormat::Scale scaleWithZeroAt(double lo, double hi, int intervals, int below)
{
    const double wantHi = hi > 0.0 ? hi * 1.12 : 0.0;
    const double wantLo = lo < 0.0 ? -lo * 1.12 : 0.0;
    const int above = intervals - below;
    double rough = std::max(above > 0 ? wantHi / above : 0.0, below > 0 ? wantLo / below : 0.0);
    if (rough <= 0.0)
        rough = 1.0;
    double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    static constexpr std::array<double, 5> steps{ 1.0, 2.0, 2.5, 5.0, 10.0 };
    for (int attempt = 0; attempt < 3; ++attempt, magnitude *= 10.0) {
        for (double m : steps) {
            const double step = m * magnitude;
            if (step * 1.0000001 < rough)
                continue;
            ChartFormat::Scale s;
            s.intervals = intervals;
            s.step = step;
            s.min = below == 0 ? 0.0 : -below * step;
            s.max = s.min + intervals * step;
            s.decimals = std::max(0, int(std::ceil(-std::log10(step) - 1e-9)));
            if (m == 2.5 && step < 10.0)
                s.decimals += 1;
            return s;
        }
    }
    return ChartFormat::niceScale(lo, hi, intervals);
}

// Two value axes share their grid lines; when either goes below zero (an operating loss), both
// put zero on the same grid line, so a loss reads below the floor the bars stand on instead of
// floating over a second, hidden zero.
std::pair<ChartFormat::Scale, ChartFormat::Scale> alignedScales(double aLo, double aHi, double bLo,
                                                                double bHi, int intervals)
{
    ChartFormat::Scale a = ChartFormat::niceScale(aLo, aHi, intervals);
    ChartFormat::Scale b = ChartFormat::niceScale(bLo, bHi, intervals);
    const auto below = [](const ChartFormat::Scale &s) {
        return int(std::lround(-s.min / s.step));
    };
    if (below(a) == below(b))
        return { a, b };
    int zero = std::max(below(a), below(b));
    if ((aHi > 0.0 || bHi > 0.0) && zero >= intervals)
        zero = intervals - 1;
    return { scaleWithZeroAt(aLo, aHi, intervals, zero),
             scaleWithZeroAt(bLo, bHi, intervals, zero) };
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// Axis and chart titles are rich text in Qt Charts: the second line is a quieter subtitle. A thin
// blank line under them keeps the subtitle clear of the top tick labels, which stand half their
// height above the plot (Qt Charts leaves a block margin out of the title's height). '\n' breaks
// a line (ValueLabelLayer::setTitle).
QString titleHtml(const QString &title, const QString &subtitle)
{
    auto lines = [](const QString &text) {
        return esc(text).replace(u'\n', QStringLiteral("<br>"));
    };
    QString html = QStringLiteral("<div align=\"center\"><b>%1</b>").arg(lines(title));
    if (!subtitle.isEmpty())
        html += QStringLiteral("<br><span style=\"font-size:13px; font-weight:normal; "
                               "color:%1\">%2</span>")
                        .arg(kPrint.muted.name(), lines(subtitle));
    return html + QStringLiteral("<br><span style=\"font-size:5px\">&nbsp;</span></div>");
}

QString categoryHtml(const QString &name, const QString &note, bool bold = false)
{
    QString html = bold ? QStringLiteral("<b>%1</b>").arg(esc(name)) : esc(name);
    if (note.isEmpty())
        return html;
    return QStringLiteral("<div align=\"center\">%1<br><span style=\"color:%2\">%3</span></div>")
            .arg(html, kPrint.muted.name(), esc(note));
}

QString ratioPercent(double ratio)
{
    return ChartFormat::number(ratio * 100.0, 1) + QLatin1Char('%');
}

QString exactMoney(const FinancialFigure &f)
{
    const double v = f.value;
    const bool whole = std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 9e15;
    const QString digits = whole
            ? QLocale(QLocale::English).toString(qint64(std::llround(std::fabs(v))))
            : QLocale(QLocale::English).toString(std::fabs(v), 'f', 2);
    return (v < 0 ? QString(QChar(0x2212)) : QString()) + f.currency + QLatin1Char(' ') + digits;
}

QString copyMoney(double v)
{
    const bool whole = std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 9e15;
    return whole ? QString::number(qint64(std::llround(v))) : QString::number(v, 'f', 2);
}

QString copyPercent(double ratio)
{
    // An ASCII minus: spreadsheets read "-14.3%" as a number.
    double pct = std::round(ratio * 1000.0) / 10.0;
    if (pct == 0.0)
        pct = 0.0; // not "-0.0%"
    return QString::number(pct, 'f', 1) + QLatin1Char('%');
}

QCategoryAxis *valueAxis(const ChartFormat::Scale &s, const QString &title, const QColor &color,
                         bool grid)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(s.min);
    for (int k = 0; k <= s.intervals; ++k) {
        const double v = s.min + k * s.step;
        axis->append(ChartFormat::number(v, s.decimals), v);
    }
    axis->setRange(s.min, s.max);
    axis->setTitleText(esc(title));
    axis->setTitleFont(chartFont(10, true));
    axis->setTitleBrush(color);
    axis->setLabelsFont(chartFont(9.5));
    axis->setLabelsColor(color);
    axis->setLinePenColor(kPrint.grid);
    axis->setGridLineVisible(grid);
    axis->setGridLineColor(kPrint.grid);
    axis->setTruncateLabels(false);
    return axis;
}

QBarCategoryAxis *categoryAxis(const QStringList &categories)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    axis->setLabelsFont(chartFont(10));
    axis->setLabelsColor(kPrint.ink);
    axis->setLinePenColor(kPrint.muted);
    axis->setGridLineVisible(false);
    axis->setTruncateLabels(false);
    return axis;
}

std::unique_ptr<QChart> newChart(const QString &title, const QString &subtitle)
{
    auto chart = std::make_unique<QChart>();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(12, 8, 12, 8));
    chart->setTitleFont(chartFont(13, true));
    chart->setTitleBrush(kPrint.ink);
    chart->setTitle(titleHtml(title, subtitle));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(chartFont(10));
    chart->legend()->setLabelColor(kPrint.ink);
    return chart;
}

// A dark canvas (the screen under a dark desktop theme): background, titles, axes and labels in
// the palette's colours; the light print colours stay for everything else.
void applyPalette(FinancialChartBuilder::Chart &out, const Palette &palette)
{
    if (!out.chart || !palette.isDark())
        return;
    QChart *chart = out.chart.get();
    chart->setBackgroundBrush(palette.canvas);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(palette.ink);
    chart->setTitle(chart->title().replace(kPrint.muted.name(), palette.muted.name()));
    chart->legend()->setLabelColor(palette.ink);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLinePenColor(palette.grid);
        axis->setGridLineColor(palette.grid);
        if (qobject_cast<QBarCategoryAxis *>(axis))
            axis->setLabelsColor(palette.ink);
    }
    if (out.labels)
        out.labels->recolour({ { kPrint.ink, palette.ink }, { kPrint.muted, palette.muted } },
                             palette.canvas);
}

QBarSet *barSet(const QString &label, const QColor &color)
{
    auto *set = new QBarSet(label);
    set->setColor(color);
    set->setPen(Qt::NoPen);
    return set;
}

// Where Qt Charts draws a bar: several bar series in one chart share each category side by side
// (AbstractBarChartItem::calculateSeriesPositionAdjustmentAndWidth), sets within a series too.
double barCentre(int category, int set, int setCount, double barWidth, int series, int seriesCount)
{
    const double seriesWidth = 1.0 / seriesCount;
    const double adjustment =
            seriesCount > 1 ? seriesWidth * series + seriesWidth / 2.0 - 0.5 : 0.0;
    const double width = barWidth * seriesWidth;
    return adjustment + category - width / 2.0 + (set + 0.5) / setCount * width;
}

// The item drawn as the index-th bar of a set or point of a line (series: the member to match).
template <typename Series>
const FinancialChartBuilder::Item *findItem(const QList<FinancialChartBuilder::Item> &items,
                                            Series *FinancialChartBuilder::Item::*series,
                                            const Series *wanted, int index)
{
    for (const auto &item : items) {
        if (item.*series == wanted && item.index == index)
            return &item;
    }
    return nullptr;
}

} // namespace

const FinancialChartBuilder::Item *FinancialChartBuilder::Chart::itemAt(const QBarSet *set,
                                                                        int index) const
{
    return findItem(items, &Item::barSet, set, index);
}

const FinancialChartBuilder::Item *FinancialChartBuilder::Chart::itemAt(const QXYSeries *line,
                                                                        int index) const
{
    return findItem(items, &Item::line, line, index);
}

FinancialChartBuilder::FinancialChartBuilder(const Dataset &data) : m_data(data) { }

namespace {

// One row a view: its key on the command line and in settings, and its label.
struct ViewName
{
    FinancialChartBuilder::View view;
    const char *key;
    const char *label;
};

constexpr ViewName kViewNames[] = {
    { FinancialChartBuilder::View::Q2, "q2",
      QT_TRANSLATE_NOOP("atlas::FinancialChartBuilder", "Year on Year") },
    { FinancialChartBuilder::View::Trend, "trend",
      QT_TRANSLATE_NOOP("atlas::FinancialChartBuilder", "Trend") },
    { FinancialChartBuilder::View::Peers, "peers",
      QT_TRANSLATE_NOOP("atlas::FinancialChartBuilder", "Peers") },
};

const ViewName *viewName(FinancialChartBuilder::View view)
{
    for (const ViewName &name : kViewNames) {
        if (name.view == view)
            return &name;
    }
    return nullptr;
}

} // namespace

QString FinancialChartBuilder::viewKey(View view)
{
    const ViewName *name = viewName(view);
    return name ? QLatin1String(name->key) : QString();
}

std::optional<FinancialChartBuilder::View> FinancialChartBuilder::viewFromKey(const QString &key)
{
    for (const ViewName &name : kViewNames) {
        if (key.trimmed().compare(QLatin1String(name.key), Qt::CaseInsensitive) == 0)
            return name.view;
    }
    return std::nullopt;
}

QString FinancialChartBuilder::viewLabel(View view)
{
    const ViewName *name = viewName(view);
    return name ? tr(name->label) : QString();
}

QStringList FinancialChartBuilder::companies() const
{
    QStringList out;
    for (const auto &e : m_data.entities) {
        if (hasFigures(e.id))
            out << e.id;
    }
    // Figures of a company missing from the entities still get drawn, after the known ones.
    for (const auto &f : m_data.financials) {
        if (!out.contains(f.companyId))
            out << f.companyId;
    }
    return out;
}

QString FinancialChartBuilder::defaultCompany() const
{
    return m_data.financials.isEmpty() ? QString() : m_data.financials.constFirst().companyId;
}

bool FinancialChartBuilder::hasFigures(const QString &companyId) const
{
    return std::any_of(m_data.financials.cbegin(), m_data.financials.cend(),
                       [&](const FinancialFigure &f) { return f.companyId == companyId; });
}

QList<PartialDate> FinancialChartBuilder::quarters(const QString &companyId) const
{
    QList<PartialDate> out;
    for (const auto &f : m_data.financials) {
        if ((companyId.isEmpty() || f.companyId == companyId) && f.quarter.isValid()
            && !out.contains(f.quarter))
            out << f.quarter;
    }
    std::sort(out.begin(), out.end());
    return out;
}

PartialDate FinancialChartBuilder::defaultQuarter(const QString &companyId, View view,
                                                  const QDate &from, const QDate &to) const
{
    const QList<PartialDate> own = quarters(companyId);
    switch (view) {
    case View::Q2:
        if (const auto q = Financials::latestComparableQuarter(m_data, companyId, from, to, true))
            return *q;
        for (auto it = own.crbegin(); it != own.crend(); ++it) {
            if (it->overlaps(from, to))
                return *it;
        }
        return {};
    case View::Trend:
        for (auto it = own.crbegin(); it != own.crend(); ++it) {
            if (it->overlaps(from, to))
                return *it;
        }
        return {};
    case View::Peers: {
        // The latest quarter in the window that the most companies report.
        PartialDate best;
        qsizetype bestCount = 0;
        for (const auto &q : quarters()) {
            if (!q.overlaps(from, to))
                continue;
            QStringList reporting;
            for (const auto &f : m_data.financials) {
                if (f.quarter == q && !reporting.contains(f.companyId))
                    reporting << f.companyId;
            }
            if (reporting.size() >= bestCount) {
                best = q;
                bestCount = reporting.size();
            }
        }
        return best;
    }
    }
    return {};
}

QString FinancialChartBuilder::companyName(const QString &id, Language lang) const
{
    return displayName(m_data, id, lang);
}

QString FinancialChartBuilder::signChange(const FinancialFigure &f) const
{
    switch (Financials::turn(m_data, f)) {
    case Financials::Turn::ToLoss:
        return tr("turned to a loss");
    case Financials::Turn::ToProfit:
        return tr("back to a profit");
    case Financials::Turn::None:
        break;
    }
    return {};
}

FinancialChartBuilder::Item FinancialChartBuilder::figureItem(const FinancialFigure &f,
                                                              QAbstractSeries *series, int index,
                                                              double x, double divisor,
                                                              Language lang) const
{
    Item item;
    item.figure = f;
    item.change = Financials::yearOnYear(m_data, f);
    item.series = series;
    item.index = index;
    item.x = x;
    item.plotted = f.value / divisor;
    item.label = Format::money(f.value, f.currency, lang);
    item.toolTip = toolTip(f, item.change, lang);
    return item;
}

QString FinancialChartBuilder::toolTip(const FinancialFigure &f,
                                       const std::optional<double> &change, Language lang) const
{
    const QString basis = FinancialTableModel::basisLabel(f.basis);
    const Source *source = m_data.source(f.sourceId);
    QString sourceText = f.sourceId;
    if (source) {
        sourceText = source->publisher;
        if (!source->title.isEmpty())
            sourceText += QStringLiteral(", “%1”").arg(source->title);
    }
    QStringList lines;
    lines << tr("%1 · %2").arg(companyName(f.companyId, lang), labelOf(f.metric));
    lines << Format::date(f.quarter, lang);
    lines << tr("%1 (%2)").arg(Format::money(f.value, f.currency, lang), exactMoney(f));
    if (change)
        lines << tr("Year on year: %1").arg(Format::percent(*change, lang));
    else if (const QString turn = signChange(f); !turn.isEmpty())
        lines << tr("Year on year: %1").arg(turn);
    lines << tr("Basis: %1").arg(basis);
    lines << tr("Source: %1").arg(sourceText);
    if (!f.note.isEmpty())
        lines << tr("Note: %1").arg(f.note.text(lang));
    return lines.join(QLatin1Char('\n'));
}

QString FinancialChartBuilder::windowText(const Options &o) const
{
    auto day = [&](const QDate &d) {
        return Format::date(PartialDate::day(d.year(), d.month(), d.day()), o.language);
    };
    if (o.from.isValid() && o.to.isValid())
        return tr("%1 to %2").arg(day(o.from), day(o.to));
    if (o.from.isValid())
        return tr("from %1").arg(day(o.from));
    if (o.to.isValid())
        return tr("until %1").arg(day(o.to));
    return tr("all time");
}

namespace {

// A chart of the options' company and view, with nothing in it yet.
FinancialChartBuilder::Chart chartFor(const FinancialChartBuilder::Options &o)
{
    FinancialChartBuilder::Chart out;
    out.companyId = o.companyId;
    out.view = o.view;
    return out;
}

} // namespace

FinancialChartBuilder::Chart FinancialChartBuilder::build(const Options &options) const
{
    Options o = options;
    if (o.companyId.isEmpty())
        o.companyId = defaultCompany();
    Chart out = chartFor(o);
    if (o.companyId.isEmpty() || m_data.financials.isEmpty()) {
        out.emptyReason = tr("The data hold no financial figures.");
        return out;
    }
    if (!hasFigures(o.companyId) && o.view != View::Peers) {
        out.emptyReason = m_data.entity(o.companyId)
                ? tr("%1 has no financial figures in the data.")
                          .arg(companyName(o.companyId, o.language))
                : tr("Unknown company “%1”.").arg(o.companyId);
        return out;
    }
    switch (o.view) {
    case View::Q2:
        out = buildQ2(o);
        break;
    case View::Trend:
        out = buildTrend(o);
        break;
    case View::Peers:
        out = buildPeers(o);
        break;
    }
    applyPalette(out, o.palette);
    return out;
}

FinancialChartBuilder::Chart FinancialChartBuilder::buildQ2(const Options &o) const
{
    Chart out = chartFor(o);
    const Language lang = o.language;
    const QString company = companyName(o.companyId, lang);
    const PartialDate quarter =
            o.quarter.isValid() ? o.quarter : defaultQuarter(o.companyId, View::Q2, o.from, o.to);
    out.quarter = quarter;
    if (!quarter.isValid()) {
        out.emptyReason =
                tr("No quarter of %1 lies in the time window (%2).").arg(company, windowText(o));
        return out;
    }
    const PartialDate base = Financials::yearAgo(quarter);
    const std::array<Metric, 2> metrics{ Metric::Revenue, Metric::OperatingProfit };
    std::array<std::optional<FinancialFigure>, 2> now;
    std::array<std::optional<FinancialFigure>, 2> before;
    for (int m = 0; m < 2; ++m) {
        now[m] = m_data.figure(o.companyId, quarter, metrics[m]);
        before[m] = m_data.figure(o.companyId, base, metrics[m]);
    }
    const bool hasBase = before[0] || before[1];
    if (!now[0] && !now[1]) {
        out.emptyReason = tr("The data hold no figures of %1 for %2.")
                                  .arg(company, Format::date(quarter, lang));
        return out;
    }
    if (!quarter.overlaps(o.from, o.to) || (hasBase && !base.overlaps(o.from, o.to))) {
        out.emptyReason =
                tr("%1 against %2 lies outside the time window (%3). Widen the window or choose "
                   "another quarter.")
                        .arg(Format::date(quarter, lang), Format::date(base, lang), windowText(o));
        return out;
    }

    QList<PartialDate> shown;
    if (hasBase)
        shown << base;
    shown << quarter;

    std::array<std::optional<double>, 2> change;
    QStringList changeParts;
    for (int m = 0; m < 2; ++m) {
        if (now[m])
            change[m] = Financials::yearOnYear(m_data, *now[m]);
        if (change[m])
            changeParts << QStringLiteral("%1 %2").arg(labelOf(metrics[m]),
                                                       Format::percent(*change[m], lang));
        else if (const QString turn = now[m] && before[m] ? signChange(*now[m]) : QString();
                 !turn.isEmpty())
            changeParts << QStringLiteral("%1 %2").arg(labelOf(metrics[m]), turn);
    }
    const QString subtitle = hasBase
            ? tr("%1, year on year").arg(changeParts.join(QStringLiteral(" · ")))
            : tr("No figures for %1 to compare with.").arg(Format::date(base, lang));
    const QString title = hasBase
            ? tr("%1: %2 against %3")
                      .arg(company, Format::date(quarter, lang), Format::date(base, lang))
            : tr("%1: %2").arg(company, Format::date(quarter, lang));
    out.chart = newChart(title, subtitle);

    QStringList categories, brief;
    QList<std::optional<FinancialFigure>> revenue, profit;
    for (const auto &q : shown) {
        const bool current = q == quarter;
        categories << categoryHtml(Format::date(q, lang),
                                   current ? QString() : tr("a year earlier"), current);
        brief << categoryHtml(Format::date(q, lang), QString(), current);
        revenue << (current ? now[0] : before[0]);
        profit << (current ? now[1] : before[1]);
    }
    addPairedBars(out, categories, brief, revenue, profit, int(shown.size()) - 1, lang);
    out.labels->setTitle(title, subtitle, &titleHtml);

    out.table.headers << tr("Metric");
    for (const auto &q : shown)
        out.table.headers << Format::date(q, lang);
    out.table.headers << tr("Change (YoY)");
    for (int m = 0; m < 2; ++m) {
        QList<Cell> row;
        row << Cell{ labelOf(metrics[m]), labelOf(metrics[m]), -1, {} };
        for (const auto &q : shown)
            row << figureCell(out, q == quarter ? now[m] : before[m], lang);
        row << (change[m]
                        ? Cell{ Format::percent(*change[m], lang), copyPercent(*change[m]), -1, {} }
                        : noComparison());
        out.table.rows << row;
    }
    return out;
}

FinancialChartBuilder::Cell
FinancialChartBuilder::figureCell(const Chart &chart, const std::optional<FinancialFigure> &f,
                                  Language lang) const
{
    Cell cell;
    if (!f)
        return cell;
    cell.text = Format::money(f->value, f->currency, lang);
    cell.copy = copyMoney(f->value);
    for (qsizetype i = 0; i < chart.items.size(); ++i) {
        if (chart.items.at(i).figure == *f) {
            cell.item = int(i);
            cell.toolTip = chart.items.at(i).toolTip;
        }
    }
    return cell;
}

FinancialChartBuilder::Cell FinancialChartBuilder::missingCell(const QString &companyId,
                                                               const PartialDate &quarter,
                                                               Metric metric, Language lang) const
{
    Cell cell;
    cell.text = tr("not reported");
    const FigureGap *gap = m_data.knownGap(companyId, quarter, metric);
    cell.toolTip = gap && !gap->reason.isEmpty() ? gap->reason.text(lang)
                                                 : tr("The data hold no figure for this quarter.");
    return cell;
}

FinancialChartBuilder::Cell FinancialChartBuilder::noComparison()
{
    // A dash, not a blank: the reader sees the value is missing, not the cell.
    return Cell{ QStringLiteral("—"), QString(), -1,
                 tr("Not computed: a figure it needs (this quarter's or the year-ago one) is not "
                    "in the data.") };
}

QString FinancialChartBuilder::missingNote(const std::optional<FinancialFigure> &revenue,
                                           const std::optional<FinancialFigure> &profit) const
{
    if (!revenue && !profit)
        return tr("not reported");
    // Short enough to stay under a category of a ten-quarter trend.
    if (!revenue)
        return tr("revenue n/a");
    if (!profit)
        return tr("profit n/a");
    return {};
}

void FinancialChartBuilder::addPairedBars(Chart &out, const QStringList &categories,
                                          const QStringList &brief,
                                          const QList<std::optional<FinancialFigure>> &revenue,
                                          const QList<std::optional<FinancialFigure>> &profit,
                                          int highlighted, Language lang) const
{
    QChart *chart = out.chart.get();
    const int count = int(categories.size());
    const std::array<const QList<std::optional<FinancialFigure>> *, 2> figures{ &revenue, &profit };
    const std::array<Metric, 2> metrics{ Metric::Revenue, Metric::OperatingProfit };

    auto *labels = new ValueLabelLayer(chart);
    labels->setFont(chartFont(9.5));
    out.labels = labels;
    auto *xAxis = categoryAxis(categories);
    chart->addAxis(xAxis, Qt::AlignBottom);
    labels->addCategoryLabels(xAxis, categories, brief);

    // Revenue is about thirteen times operating profit: each metric has its own axis (revenue
    // left, profit right), each from zero, so neither is flattened into the floor.
    std::array<ChartFormat::Unit, 2> units;
    std::array<QCategoryAxis *, 2> yAxes{};
    std::array<double, 2> lo{ 0.0, 0.0 }, hi{ 0.0, 0.0 };
    for (int m = 0; m < 2; ++m) {
        QString currency = QStringLiteral("KRW");
        double largest = 0.0;
        for (const auto &f : *figures[m]) {
            if (f) {
                currency = f->currency;
                largest = std::max(largest, std::fabs(f->value));
            }
        }
        units[m] = ChartFormat::unitFor(largest, currency, lang);
        for (const auto &f : *figures[m]) {
            if (f) {
                lo[m] = std::min(lo[m], f->value / units[m].divisor);
                hi[m] = std::max(hi[m], f->value / units[m].divisor);
            }
        }
    }
    // Room over the tallest bar (and under a loss) for a two-line label: the value and its change.
    const auto [revScale, opScale] =
            alignedScales(lo[0] * 1.15, hi[0] * 1.15, lo[1] * 1.15, hi[1] * 1.15, kIntervals);
    for (int m = 0; m < 2; ++m) {
        const QString title = tr("%1 (%2)").arg(labelOf(metrics[m]), units[m].name);
        yAxes[m] =
                valueAxis(m == 0 ? revScale : opScale, title, m == 0 ? kRevenue : kProfit, m == 0);
        chart->addAxis(yAxes[m], m == 0 ? Qt::AlignLeft : Qt::AlignRight);
        labels->addAxisTitle(yAxes[m], title, units[m].name);
    }

    constexpr double barWidth = 0.7;
    for (int m = 0; m < 2; ++m) {
        const QColor strong = m == 0 ? kRevenue : kProfit;
        const QColor light = m == 0 ? kRevenueLight : kProfitLight;
        auto *series = new QBarSeries;
        series->setBarWidth(barWidth);
        // The highlighted category keeps the strong colour; the others step back.
        QBarSet *set = barSet(
                tr("%1 (%2)").arg(labelOf(metrics[m]), m == 0 ? tr("left axis") : tr("right axis")),
                highlighted >= 0 ? light : strong);
        set->setSelectedColor(strong);
        // A QBarSet has no "no value": a missing figure is a bar of no height, so nothing is
        // drawn, and the category label and the table say it was not reported.
        for (const auto &f : *figures[m])
            set->append(f ? f->value / units[m].divisor : 0.0);
        if (highlighted >= 0)
            set->selectBar(highlighted);
        series->append(set);
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxes[m]);
        for (int i = 0; i < count; ++i) {
            if (!figures[m]->at(i))
                continue;
            const FinancialFigure &f = *figures[m]->at(i);
            Item item = figureItem(f, series, i, barCentre(i, 0, 1, barWidth, m, 2),
                                   units[m].divisor, lang);
            item.barSet = set;
            QString compactText = ChartFormat::compact(f.value, units[m]);
            const QString turn = signChange(f);
            if (item.change) {
                item.label += QLatin1Char('\n') + Format::percent(*item.change, lang);
                compactText += QLatin1Char('\n') + Format::percent(*item.change, lang);
            } else if (!turn.isEmpty()) {
                item.label += QLatin1Char('\n') + turn;
                compactText += QLatin1Char('\n') + turn;
            }
            out.items << item;
            const bool strongBar = i == highlighted || highlighted < 0;
            labels->addLabel({ series, ValueLabelLayer::Anchor::Bar, item.x, item.plotted,
                               item.label, compactText, strongBar ? kPrint.ink : kPrint.muted,
                               barWidth / 4, strongBar ? strong : light });
        }
    }
    labels->relayout();
}

struct FinancialChartBuilder::Trend
{
    QList<PartialDate> shown; // every quarter from the first reported to the last
    QList<std::optional<FinancialFigure>> revenue, profit;
    QList<std::optional<double>> margins;
    ChartFormat::Unit revUnit, opUnit;
    double revLo = 0, revHi = 0, opLo = 0, opHi = 0;
    QBarSeries *bars = nullptr;
    QBarSet *revSet = nullptr;
    QList<QLineSeries *> lineOf; // the profit run each quarter's point is on
    QList<int> pointOf; // and its index there
};

bool FinancialChartBuilder::collectTrend(const Options &o, Trend &t, Chart &out) const
{
    QList<PartialDate> reported;
    for (const auto &q : quarters(o.companyId)) {
        if (q.overlaps(o.from, o.to))
            reported << q;
    }
    if (reported.isEmpty()) {
        out.emptyReason = tr("No quarter of %1 lies in the time window (%2).")
                                  .arg(companyName(o.companyId, o.language), windowText(o));
        return false;
    }
    // Every quarter from the first to the last keeps its place on the axis: a quarter no source
    // reports shows as a gap, never closed up, zeroed or interpolated.
    for (PartialDate q = reported.constFirst(); !(reported.constLast() < q); q = nextQuarter(q))
        t.shown << q;
    QString currency = QStringLiteral("KRW");
    double revLargest = 0.0, opLargest = 0.0;
    for (const auto &q : std::as_const(t.shown)) {
        t.revenue << m_data.figure(o.companyId, q, Metric::Revenue);
        t.profit << m_data.figure(o.companyId, q, Metric::OperatingProfit);
        t.margins << Financials::operatingMargin(t.revenue.constLast(), t.profit.constLast());
        if (t.revenue.constLast()) {
            currency = t.revenue.constLast()->currency;
            revLargest = std::max(revLargest, std::fabs(t.revenue.constLast()->value));
        }
        if (t.profit.constLast())
            opLargest = std::max(opLargest, std::fabs(t.profit.constLast()->value));
    }
    t.revUnit = ChartFormat::unitFor(revLargest, currency, o.language);
    t.opUnit = ChartFormat::unitFor(opLargest, currency, o.language);
    for (qsizetype i = 0; i < t.shown.size(); ++i) {
        if (t.revenue.at(i)) {
            t.revLo = std::min(t.revLo, t.revenue.at(i)->value / t.revUnit.divisor);
            t.revHi = std::max(t.revHi, t.revenue.at(i)->value / t.revUnit.divisor);
        }
        if (t.profit.at(i)) {
            t.opLo = std::min(t.opLo, t.profit.at(i)->value / t.opUnit.divisor);
            t.opHi = std::max(t.opHi, t.profit.at(i)->value / t.opUnit.divisor);
        }
    }
    return true;
}

FinancialChartBuilder::Chart FinancialChartBuilder::buildTrend(const Options &o) const
{
    Chart out = chartFor(o);
    const Language lang = o.language;
    Trend t;
    if (!collectTrend(o, t, out))
        return out;
    const QList<PartialDate> &shown = t.shown;
    out.quarter = shown.constLast();
    const QString company = companyName(o.companyId, lang);
    const QString title = shown.size() > 1
            ? tr("%1: quarterly results, %2 to %3")
                      .arg(company, Format::date(shown.constFirst(), lang),
                           Format::date(shown.constLast(), lang))
            : tr("%1: quarterly results, %2").arg(company, Format::date(shown.constFirst(), lang));
    int missing = 0;
    for (qsizetype i = 0; i < shown.size(); ++i)
        missing += !t.revenue.at(i) + !t.profit.at(i);
    const QString gapsNote = tr("no bar or point where no source reports the figure");
    const QString marginsShown = missing == 0
            ? tr("Operating margin under each quarter")
            : tr("Operating margin under each quarter · %1").arg(gapsNote);
    // Too narrow for the margins under the quarters: the subtitle says where they are.
    const QString marginsDropped = missing == 0
            ? tr("Operating margin in the figures table")
            : tr("Operating margin in the figures table · %1").arg(gapsNote);
    out.chart = newChart(title, marginsShown);
    QChart *chart = out.chart.get();

    QStringList categories, brief;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const std::optional<double> &margin = t.margins.at(i);
        categories << categoryHtml(Format::date(shown.at(i), lang),
                                   margin ? tr("margin %1").arg(ratioPercent(*margin))
                                          : missingNote(t.revenue.at(i), t.profit.at(i)));
        brief << categoryHtml(Format::date(shown.at(i), lang), QString());
    }
    auto *xAxis = categoryAxis(categories);
    chart->addAxis(xAxis, Qt::AlignBottom);
    // Profit gets more headroom than revenue, so its line and labels run below the bar tops
    // instead of through the bar labels.
    const QString revTitle = tr("%1 (%2)").arg(labelOf(Metric::Revenue), t.revUnit.name);
    const QString opTitle = tr("%1 (%2)").arg(labelOf(Metric::OperatingProfit), t.opUnit.name);
    const auto [revScale, opScale] =
            alignedScales(t.revLo, t.revHi, t.opLo, t.opHi * 1.45, kIntervals);
    auto *revAxis = valueAxis(revScale, revTitle, kRevenue, true);
    auto *opAxis = valueAxis(opScale, opTitle, kProfit, false);
    chart->addAxis(revAxis, Qt::AlignLeft);
    chart->addAxis(opAxis, Qt::AlignRight);
    auto *labels = new ValueLabelLayer(chart);
    labels->setFont(chartFont(9.5));
    out.labels = labels;
    labels->addAxisTitle(revAxis, revTitle, t.revUnit.name);
    labels->addAxisTitle(opAxis, opTitle, t.opUnit.name);
    labels->addCategoryLabels(xAxis, categories, brief);
    labels->setCategorySubtitles(marginsShown, marginsDropped);
    labels->setTitle(title, marginsShown, &titleHtml);

    constexpr double barWidth = 0.55;
    t.bars = new QBarSeries;
    t.bars->setBarWidth(barWidth);
    t.revSet = barSet(tr("%1 (left axis)").arg(labelOf(Metric::Revenue)), kRevenueLight);
    for (const auto &f : std::as_const(t.revenue))
        t.revSet->append(f ? f->value / t.revUnit.divisor : 0.0);
    t.bars->append(t.revSet);
    chart->addSeries(t.bars);
    t.bars->attachAxis(xAxis);
    t.bars->attachAxis(revAxis);
    addTrendProfitLine(chart, t, xAxis, opAxis);
    addTrendItems(out, t, labels, barWidth, lang);
    addTrendTable(out, t, o.companyId, lang);
    labels->relayout();
    return out;
}

void FinancialChartBuilder::addTrendProfitLine(QChart *chart, Trend &t, QAbstractAxis *xAxis,
                                               QAbstractAxis *opAxis) const
{
    // The profit line breaks where a quarter is missing: one series per unbroken run, the first
    // one named in the legend, so no line is drawn across a quarter nobody reported.
    t.lineOf = QList<QLineSeries *>(t.shown.size(), nullptr);
    t.pointOf = QList<int>(t.shown.size(), -1);
    QLineSeries *run = nullptr;
    for (qsizetype i = 0; i < t.shown.size(); ++i) {
        if (!t.profit.at(i)) {
            run = nullptr;
            continue;
        }
        if (!run) {
            const bool first = std::none_of(t.lineOf.cbegin(), t.lineOf.cend(),
                                            [](QLineSeries *l) { return l; });
            run = new QLineSeries;
            run->setName(tr("%1 (right axis)").arg(labelOf(Metric::OperatingProfit)));
            QPen pen(kProfit);
            pen.setWidthF(2.5);
            run->setPen(pen);
            run->setPointsVisible(true);
            run->setMarkerSize(9);
            chart->addSeries(run);
            run->attachAxis(xAxis);
            run->attachAxis(opAxis);
            if (!first) {
                for (QLegendMarker *marker : chart->legend()->markers(run))
                    marker->setVisible(false);
            }
        }
        t.pointOf[i] = int(run->count());
        run->append(double(i), t.profit.at(i)->value / t.opUnit.divisor);
        t.lineOf[i] = run;
    }
}

void FinancialChartBuilder::addTrendItems(Chart &out, const Trend &t, ValueLabelLayer *labels,
                                          double barWidth, Language lang) const
{
    QList<ValueLabelLayer::Label> pointLabels;
    for (qsizetype i = 0; i < t.shown.size(); ++i) {
        if (t.revenue.at(i)) {
            const FinancialFigure &f = *t.revenue.at(i);
            Item item = figureItem(f, t.bars, int(i), double(i), t.revUnit.divisor, lang);
            item.barSet = t.revSet;
            out.items << item;
            labels->addLabel({ t.bars, ValueLabelLayer::Anchor::Bar, item.x, item.plotted,
                               item.label, ChartFormat::compact(f.value, t.revUnit), kRevenue,
                               barWidth / 2, kRevenueLight });
        }
        if (t.profit.at(i)) {
            const FinancialFigure &f = *t.profit.at(i);
            QLineSeries *line = t.lineOf.at(i);
            Item item = figureItem(f, line, t.pointOf.at(i), double(i), t.opUnit.divisor, lang);
            item.line = line;
            out.items << item;
            ValueLabelLayer::Label label;
            label.series = line;
            label.anchor = ValueLabelLayer::Anchor::Point;
            label.x = item.x;
            label.value = item.plotted;
            label.text = item.label;
            label.compactText = ChartFormat::compact(f.value, t.opUnit);
            label.color = kProfit;
            pointLabels << label;
        }
    }
    // Bar labels first: they have fewer places to go.
    for (const auto &l : std::as_const(pointLabels))
        labels->addLabel(l);
}

void FinancialChartBuilder::addTrendTable(Chart &out, const Trend &t, const QString &companyId,
                                          Language lang) const
{
    out.table.headers << tr("Quarter") << labelOf(Metric::Revenue)
                      << labelOf(Metric::OperatingProfit) << tr("Operating margin");
    for (qsizetype i = 0; i < t.shown.size(); ++i) {
        QList<Cell> row;
        const QString q = Format::date(t.shown.at(i), lang);
        row << Cell{ q, q, -1, {} };
        row << (t.revenue.at(i) ? figureCell(out, t.revenue.at(i), lang)
                                : missingCell(companyId, t.shown.at(i), Metric::Revenue, lang));
        row << (t.profit.at(i)
                        ? figureCell(out, t.profit.at(i), lang)
                        : missingCell(companyId, t.shown.at(i), Metric::OperatingProfit, lang));
        row << (t.margins.at(i) ? Cell{ ratioPercent(*t.margins.at(i)),
                                        copyPercent(*t.margins.at(i)),
                                        -1,
                                        {} }
                                : noComparison());
        out.table.rows << row;
    }
}

FinancialChartBuilder::Chart FinancialChartBuilder::buildPeers(const Options &o) const
{
    Chart out = chartFor(o);
    const Language lang = o.language;
    const PartialDate quarter = o.quarter.isValid()
            ? o.quarter
            : defaultQuarter(o.companyId, View::Peers, o.from, o.to);
    out.quarter = quarter;
    if (!quarter.isValid()) {
        out.emptyReason =
                tr("No quarter with figures lies in the time window (%1).").arg(windowText(o));
        return out;
    }
    if (!quarter.overlaps(o.from, o.to)) {
        out.emptyReason = tr("%1 lies outside the time window (%2). Widen the window or choose "
                             "another quarter.")
                                  .arg(Format::date(quarter, lang), windowText(o));
        return out;
    }
    QStringList shown;
    QList<std::optional<FinancialFigure>> revenue, profit;
    for (const auto &id : companies()) {
        auto rev = m_data.figure(id, quarter, Metric::Revenue);
        auto op = m_data.figure(id, quarter, Metric::OperatingProfit);
        // A company no source reports for the quarter keeps its place when that gap is known.
        if (!rev && !op && !m_data.knownGap(id, quarter, Metric::Revenue)
            && !m_data.knownGap(id, quarter, Metric::OperatingProfit))
            continue;
        shown << id;
        revenue << rev;
        profit << op;
    }
    if (shown.isEmpty()) {
        out.emptyReason = tr("The data hold no figures for %1.").arg(Format::date(quarter, lang));
        return out;
    }
    const int highlighted = int(shown.indexOf(o.companyId));

    const QString title = tr("Operators compared: %1").arg(Format::date(quarter, lang));
    const QString subtitle = tr("Year-on-year change under each value");
    out.chart = newChart(title, subtitle);
    QStringList categories;
    for (qsizetype i = 0; i < shown.size(); ++i)
        categories << categoryHtml(companyName(shown.at(i), lang),
                                   missingNote(revenue.at(i), profit.at(i)), int(i) == highlighted);
    QStringList brief;
    for (qsizetype i = 0; i < shown.size(); ++i)
        brief << categoryHtml(companyName(shown.at(i), lang), QString(), int(i) == highlighted);
    addPairedBars(out, categories, brief, revenue, profit, highlighted, lang);
    out.labels->setTitle(title, subtitle, &titleHtml);

    out.table.headers << tr("Company") << labelOf(Metric::Revenue) << tr("Change (YoY)")
                      << labelOf(Metric::OperatingProfit) << tr("Change (YoY)");
    for (qsizetype i = 0; i < shown.size(); ++i) {
        QList<Cell> row;
        const QString name = companyName(shown.at(i), lang);
        row << Cell{ name, name, -1, {} };
        for (Metric m : { Metric::Revenue, Metric::OperatingProfit }) {
            const auto &f = m == Metric::Revenue ? revenue.at(i) : profit.at(i);
            const Cell cell =
                    f ? figureCell(out, f, lang) : missingCell(shown.at(i), quarter, m, lang);
            Cell changeCell = noComparison();
            if (cell.item >= 0) {
                if (const auto &c = out.items.at(cell.item).change)
                    changeCell = Cell{ Format::percent(*c, lang), copyPercent(*c), -1, {} };
            }
            row << cell << changeCell;
        }
        out.table.rows << row;
    }
    return out;
}

} // namespace atlas
