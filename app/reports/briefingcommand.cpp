// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefingcommand.h"

#include "charts/chartrender.h"
#include "charts/financialchartbuilder.h"
#include "graph/graphrender.h"
#include "models/document.h"
#include "timeline/timelineindex.h"
#include "timeline/timelinerender.h"

#include <QFile>
#include <QChart>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QPainter>

#include <memory>

namespace atlas::BriefingCommand {

namespace {

// Figures are drawn at a size where their fonts read well, then scaled into the page rectangle.
constexpr double kFigureScale = 1.5;

QSize drawingSize(const QRectF &target)
{
    return (target.size() * kFigureScale).toSize();
}

} // namespace

Briefing::Figures figures(const Document &document, const BriefingOptions &options)
{
    const Dataset &data = document.data();
    Briefing::Figures f;

    // The window the briefing states on its cover and page headers (events and quarterly
    // figures together, as Briefing works it out), so the timeline shows the same one.
    QDate from = options.from;
    QDate to = options.to;
    auto widen = [&](const QDate &start, const QDate &end) {
        if (!options.from.isValid() && start.isValid() && (!from.isValid() || start < from))
            from = start;
        if (!options.to.isValid() && end.isValid() && (!to.isValid() || end > to))
            to = end;
    };
    for (const auto &e : data.events)
        widen(e.date.start(), e.date.end());
    for (const auto &fig : data.financials)
        widen(fig.quarter.start(), fig.quarter.end());

    auto index = std::make_shared<TimelineIndex>(data);
    f.timeline = [&document, index, from, to, options](QPainter &p, const QRectF &target) {
        const QSize size = drawingSize(target);
        TimelineRender::Options o;
        o.from = from;
        o.to = to;
        o.lang = options.lang;
        o.size = size;
        p.save();
        p.translate(target.topLeft());
        p.scale(target.width() / size.width(), target.height() / size.height());
        TimelineRender::paint(p, QRectF(QPointF(0, 0), size), document, *index, o);
        p.restore();
    };

    // The graph as the view draws it, written to SVG once and scaled into the page.
    {
        QTemporaryDir dir;
        const QString svg = dir.filePath(QStringLiteral("graph.svg"));
        GraphRender::Options o;
        o.lang = options.lang;
        o.size = QSize(1400, 900);
        QString error;
        if (dir.isValid() && GraphRender::renderToFile(document, o, svg, &error)) {
            QFile file(svg);
            if (file.open(QIODevice::ReadOnly)) {
                auto bytes = std::make_shared<QByteArray>(file.readAll());
                f.graph = [bytes](QPainter &p, const QRectF &target) {
                    QSvgRenderer renderer(*bytes);
                    renderer.setAspectRatioMode(Qt::KeepAspectRatio);
                    renderer.render(&p, target);
                };
            }
        }
    }

    const FinancialChartBuilder builder(data);
    QString company = builder.defaultCompany();
    for (const auto &id : options.focus) {
        if (builder.hasFigures(id)) {
            company = id;
            break;
        }
    }
    for (const auto view : FinancialChartBuilder::allViews()) {
        FinancialChartBuilder::Options o;
        o.companyId = company;
        o.view = view;
        o.language = options.lang;
        o.from = options.from;
        o.to = options.to;
        auto chart = std::make_shared<FinancialChartBuilder::Chart>(builder.build(o));
        if (!chart->chart || !chart->emptyReason.isEmpty())
            continue;
        // Every chart text is sized in pixels (Typography::font), so the chart paints straight into
        // the page, scaled like the timeline: its digits stay text in the PDF.
        f.charts.append(
                { FinancialChartBuilder::viewLabel(view),
                  [chart](QPainter &p, const QRectF &target) {
                      const QSize size = drawingSize(target);
                      p.save();
                      p.translate(target.topLeft());
                      p.scale(target.width() / size.width(), target.height() / size.height());
                      ChartRender::paint(chart->chart.get(), size, &p, QRectF(QPointF(0, 0), size));
                      p.restore();
                  } });
    }
    return f;
}

bool writePdf(const Document &document, const BriefingOptions &options, const QString &path,
              QString *error)
{
    Briefing briefing(document.data(), options, figures(document, options));
    return briefing.writePdf(path, error);
}

} // namespace atlas::BriefingCommand
