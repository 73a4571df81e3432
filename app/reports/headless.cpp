// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "headless.h"

#include "charts/chartrender.h"
#include "graph/graphrender.h"
#include "io/datasetfiles.h"
#include "models/document.h"
#include "models/importservice.h"
#include "models/workspace.h"
#include "reports/briefingcommand.h"
#include "storage/database.h"
#include "timeline/timelinerender.h"

namespace atlas {

namespace Headless {

struct Context
{
    Document &document;
    Workspace &workspace;
    const CommandLine::Request &request;
    Language lang;
    QString output;
};

namespace {

bool importFile(Context &c, const QString &file, QString *error)
{
    QString summary;
    const ImportService::Mapping mapping{ c.request.mapping ? &*c.request.mapping : nullptr,
                                          c.request.mappingPath };
    if (!ImportService::importFile(c.workspace, file, c.request.onDuplicate, error, &summary,
                                   c.request.stockCodes, mapping, c.request.keepPositions))
        return false;
    c.output += summary + QLatin1Char('\n');
    return true;
}

bool exportFile(Context &c, const QString &file, QString *error)
{
    // A graph file carries the layout the graph would draw.
    GexfOptions gexf{ c.request.gexfVersion, {} };
    if (DatasetFiles::writeFormat(file) == ImportedData::Format::Gexf)
        gexf.viz = GraphRender::nodeViz(c.document);
    return DatasetFiles::write(c.document.data(), file, error, {}, gexf);
}

bool renderChart(Context &c, const QString &file, QString *error)
{
    // An empty quarter: the latest one that fits.
    const ChartRender::Options o{
        .company = c.request.company, .view = c.request.view, .lang = c.lang, .quarter = {}
    };
    return ChartRender::renderToFile(c.document, o, file, error);
}

bool renderGraph(Context &c, const QString &file, QString *error)
{
    const GraphRender::Options o{ .focus = c.request.focus.value(0),
                                  .hops = c.request.hops,
                                  .lang = c.lang,
                                  .size = c.request.size };
    return GraphRender::renderToFile(c.document, o, file, error);
}

bool renderTimeline(Context &c, const QString &file, QString *error)
{
    const TimelineRender::Options o{ .from = c.request.from, .to = c.request.to, .lang = c.lang };
    return TimelineRender::renderToFile(c.document, o, file, error);
}

bool writeBriefing(Context &c, const QString &file, QString *error)
{
    const BriefingOptions o{ .lang = c.lang,
                             .from = c.request.from,
                             .to = c.request.to,
                             .focus = c.request.focus,
                             .pageSize = QPageSize(c.request.page) };
    return BriefingCommand::writePdf(c.document, o, file, error);
}

} // namespace

QList<Command> commands()
{
    return {
        { "import", "FILE",
          QT_TRANSLATE_NOOP(
                  "atlas::CommandLine",
                  "Merge FILE (GraphML, GEXF, the dataset JSON, CSV events or entities, or a saved "
                  "OpenDART "
                  "response, told by its content) into the database, all or nothing, and exit "
                  "(uses --on-duplicate, --mapping, --keep-positions)."),
          importFile },
        { "export", "FILE",
          QT_TRANSLATE_NOOP(
                  "atlas::CommandLine",
                  "Write the whole database to FILE and exit: .json (dataset format), .csv "
                  "(events; "
                  "entities when the name ends in entities.csv), .graphml or .gexf (GEXF 1.3, or "
                  "1.2 with "
                  "--gexf-version; nodes placed and coloured as the graph draws them)."),
          exportFile },
        { "render-chart", "FILE",
          QT_TRANSLATE_NOOP("atlas::CommandLine",
                            "Draw a financial chart to FILE.svg or FILE.png and exit (uses "
                            "--company, --view, --lang)."),
          renderChart },
        { "render-graph", "FILE",
          QT_TRANSLATE_NOOP("atlas::CommandLine",
                            "Draw the company graph to FILE.svg or FILE.png and exit (uses "
                            "--focus, --hops, --size, --lang)."),
          renderGraph },
        { "render-timeline", "FILE",
          QT_TRANSLATE_NOOP("atlas::CommandLine",
                            "Draw the timeline to FILE.svg or FILE.png and exit (uses --from, "
                            "--to, --lang)."),
          renderTimeline },
        { "briefing", "FILE",
          QT_TRANSLATE_NOOP("atlas::CommandLine",
                            "Write a sourced briefing to FILE.pdf and exit (uses --lang, --from, "
                            "--to, --focus, --page)."),
          writeBriefing },
    };
}

} // namespace Headless

CommandLine::Exit runHeadless(const CommandLine::Request &request)
{
    const Language lang = request.lang.value_or(Language::English);
    Document document;
    document.setLanguage(lang);
    Workspace workspace(&document);
    QString error;
    if (!workspace.open(request.database.isEmpty() ? Database::defaultLocation() : request.database,
                        &error))
        return { 1, error, {} };
    // Every drawing (graph, timeline, charts, briefing) shows the same window.
    if (request.from.isValid() || request.to.isValid())
        document.setTimeWindow(request.from, request.to);
    CommandLine::Request resolved = request;
    if (auto exit = CommandLine::resolve(resolved, document.data()))
        return *exit;
    Headless::Context context{ document, workspace, resolved, lang, {} };
    for (const auto &command : Headless::commands()) {
        for (const auto &[option, file] : std::as_const(resolved.commands)) {
            if (option == QLatin1String(command.option) && !command.run(context, file, &error))
                return { 1, error, context.output };
        }
    }
    return { 0, {}, context.output };
}

} // namespace atlas
