// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefingcommand.h"

#include "charts/chartrender.h"
#include "charts/financialchartbuilder.h"
#include "graph/graphrender.h"
#include "models/document.h"
#include "timeline/timelineindex.h"
#include "timeline/timelinerender.h"

#include <QChart>
#include <QFile>
#include <QImage>
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

// A graph whose drawing takes more than this as SVG goes into the PDF as a picture: drawn as
// vectors, the PDF takes some twenty times the SVG's size (25 MB at 2,000 companies and 6,000
// relationships, 65 MB at 5,000 and 20,000), and as many lines make a mesh no eye follows. The
// built-in data's graph (35 KB) stays vectors, its labels text.
constexpr qsizetype kVectorGraphBytes = 256 * 1024;
// The picture's resolution: enough for lines on paper; at 300 dpi drawing the million-event
// database's graph (20,000 relationships) took 19 s more, at 150 dpi 4 s less than as vectors.
constexpr qreal kPictureDpi = 150;

void drawGraph(const QByteArray &svg, QPainter &p, const QRectF &target)
{
    QSvgRenderer renderer(svg);
    renderer.setAspectRatioMode(Qt::KeepAspectRatio);
    if (svg.size() <= kVectorGraphBytes) {
        renderer.render(&p, target);
        return;
    }
    // The target's size on the page in inches, from the device's resolution and the painter's
    // own scale.
    const QRectF onDevice = p.deviceTransform().mapRect(target);
    const qreal dpi = p.device()->logicalDpiX();
    const QSize pixels = (onDevice.size() / dpi * kPictureDpi).toSize();
    if (pixels.isEmpty())
        return;
    QImage picture(pixels, QImage::Format_RGB32);
    picture.fill(Qt::white);
    {
        QPainter ip(&picture);
        ip.setRenderHint(QPainter::Antialiasing);
        ip.setRenderHint(QPainter::TextAntialiasing);
        renderer.render(&ip, QRectF(QPointF(0, 0), QSizeF(pixels)));
    }
    p.drawImage(target, picture);
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
                    drawGraph(*bytes, p, target);
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
