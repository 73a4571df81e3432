// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The company graph at scale: how long the layout takes (on its worker thread in the app), how
// long a frame of the view takes, and what a user action costs (a wheel zoom step, a mouse move
// over the graph, a drag of the canvas by 40 pixels), for synthetic graphs in a shown 1600x1000
// view; then one step of the time window (a year-long window moved by a month) with 100,000 events,
// the graph following. Times are the CPU time of the measuring thread (median of several runs), so
// that other programs on the machine do not inflate them. Prints tables; nothing is asserted.
// `bench_graph 10000:30000 20000:100000` measures chosen sizes (nodes:relationships; a bare
// number means four relationships a node); `bench_graph window` the window step only.
// `bench_graph overlap 10000:30000` times the layout's overlap removal phase alone, and
// `bench_graph svg 10000:30000` the whole `telco-atlas --render-graph g.svg` process against
// Graphviz `sfdp -Tsvg` on the same graph, labels on both, when sfdp is on PATH (Graphviz is a
// benchmark-only dependency: without it the ratio is not printed, and the program says so).
#include "benchsupport.h"
#include "core/syntheticdataset.h"
#include "graph/graphscene.h"
#include "graph/edgeitem.h"
#include "graph/graphview.h"
#include "graph/nodeitem.h"
#include "graph/layout/graphlayout.h"
#include "graph/layout/layoutcontrol.h"
#include "graph/layout/overlapremoval.h"
#include "graph/layoutrunner.h"
#include "io/datasetjson.h"
#include "models/document.h"
#include "models/workspace.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QMouseEvent>
#include <QPixmap>
#include <QSet>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWheelEvent>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace atlas;

namespace {

using Bench::Run;
using Bench::runProgram;

double threadCpuMs()
{
    return Bench::cpuMs(CLOCK_THREAD_CPUTIME_ID);
}

// Median CPU time of a few runs of f, in milliseconds.
template <typename F>
double median(int runs, F f)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        const double start = threadCpuMs();
        f();
        times.append(threadCpuMs() - start);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

const QSize kViewSize(1600, 1000);

struct ZoomCosts
{
    double event = 0; // the wheel event alone
    double crisp = 0; // a step and its frame, every item drawn
    double preview = 0; // a step and its frame within a gesture (the scaled picture)
    double settle = 0; // the crisp frame once the gesture rests
};

// A wheel step about the middle of the fitted graph, in and out in turn.
template <typename Paint>
ZoomCosts measureZoom(GraphView &view, Paint paint)
{
    const QPointF middle = QRectF(view.viewport()->rect()).center();
    int steps = 0;
    auto wheel = [&] {
        const int delta = steps++ % 2 ? -120 : 120;
        QWheelEvent event(middle, view.viewport()->mapToGlobal(middle), QPoint(), QPoint(0, delta),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.viewport(), &event);
    };
    auto stepAndFrame = [&] {
        wheel();
        paint();
    };
    ZoomCosts costs;
    view.setPictureReuse(GraphView::PictureReuse::Never);
    costs.event = median(6, wheel);
    costs.crisp = median(6, stepAndFrame);
    view.setPictureReuse(GraphView::PictureReuse::Auto);
    paint(); // the whole frame a gesture starts from
    costs.preview = median(6, stepAndFrame);
    // Ending the preview is what the view's rest timer does: the label zoom and a whole frame.
    QList<double> settles;
    for (int i = 0; i < 3; ++i) {
        stepAndFrame();
        const double start = threadCpuMs();
        view.setPictureReuse(GraphView::PictureReuse::Never);
        paint();
        settles.append(threadCpuMs() - start);
        view.setPictureReuse(GraphView::PictureReuse::Auto);
    }
    std::sort(settles.begin(), settles.end());
    costs.settle = settles.at(1);
    return costs;
}

void measureGraph(int n, int relationships)
{
    SyntheticOptions o;
    o.companies = n;
    o.relationships = relationships;
    Document doc;
    doc.setData(makeSyntheticDataset(o));

    const double t0 = threadCpuMs();
    GraphView view(&doc);
    const double build = threadCpuMs() - t0;
    view.resize(kViewSize);
    view.show(); // the viewport takes the view's size, as in the window
    GraphScene *scene = view.graphScene();

    // The layout alone, as the worker thread runs it.
    QStringList ids;
    const LayoutInput input = scene->layoutInput(true, &ids);
    const double layout = median(3, [&] { GraphLayout::compute(input); });

    // Applied at once (no animation), then fitted as the view does after the first layout.
    scene->setAsynchronous(false);
    view.fitToView();
    QPixmap frame(view.viewport()->size());
    auto paint = [&] { view.viewport()->render(&frame); };
    paint(); // warm caches: fonts, glyphs
    // ATLAS_BENCH_SHOT=DIR saves what the fitted view and a zoom to 100 % show, to look at.
    if (const QString dir = qEnvironmentVariable("ATLAS_BENCH_SHOT"); !dir.isEmpty()) {
        frame.save(QStringLiteral("%1/graph-%2-fitted.png").arg(dir).arg(n));
        const qreal fitted = view.zoom();
        view.setPictureReuse(GraphView::PictureReuse::Never);
        view.zoomBy(1 / fitted);
        paint();
        frame.save(QStringLiteral("%1/graph-%2-100.png").arg(dir).arg(n));
        view.zoomBy(fitted);
        view.setPictureReuse(GraphView::PictureReuse::Auto);
        paint();
        // Two wheel steps in at a third of the width: the gesture's picture, then the crisp one.
        const QPointF at(view.viewport()->width() / 3.0, view.viewport()->height() / 2.0);
        for (int i = 0; i < 2; ++i) {
            QWheelEvent event(at, view.viewport()->mapToGlobal(at), QPoint(), QPoint(0, 240),
                              Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(view.viewport(), &event);
        }
        paint();
        frame.save(QStringLiteral("%1/graph-%2-gesture.png").arg(dir).arg(n));
        view.setPictureReuse(GraphView::PictureReuse::Never);
        paint();
        frame.save(QStringLiteral("%1/graph-%2-settled.png").arg(dir).arg(n));
        view.setPictureReuse(GraphView::PictureReuse::Auto);
        view.fitToView();
        paint();
    }
    // For a profiler: ATLAS_BENCH_PROFILE=zoom (or frame, hover) repeats that action only; =move
    // moves the mouse on and off a node (no frames) until stopped.
    const QByteArray profile = qgetenv("ATLAS_BENCH_PROFILE");
    if (!profile.isEmpty()) {
        const QPointF c = QRectF(view.viewport()->rect()).center();
        for (int i = 0; i < 60; ++i) {
            if (profile == "zoom") {
                QWheelEvent event(c, view.viewport()->mapToGlobal(c), QPoint(),
                                  QPoint(0, i % 2 ? -120 : 120), Qt::NoButton, Qt::NoModifier,
                                  Qt::NoScrollPhase, false);
                QApplication::sendEvent(view.viewport(), &event);
            } else if (profile == "hover") {
                scene->setHoveredNode(i % 2 ? QString() : ids.value(0));
            } else if (profile == "move") {
                // Mouse moves on and off the hub, without the frames.
                const QPoint at = i % 2 ? QPoint(view.viewport()->width() - 3, 3)
                                        : view.mapFromScene(scene->node(ids.value(0))->pos());
                QMouseEvent event(QEvent::MouseMove, at, view.viewport()->mapToGlobal(at),
                                  Qt::NoButton, Qt::NoButton, Qt::NoModifier);
                QApplication::sendEvent(view.viewport(), &event);
                if (i == 59)
                    i = -1; // until the profiler stops it
                continue;
            }
            paint();
        }
        return;
    }
    const double whole = median(5, paint);

    const ZoomCosts zoom = measureZoom(view, paint);
    view.fitToView();

    // The mouse moving over the fitted graph, from node to empty canvas and back: the hover
    // look-up and what it changes (the frame that follows is not included).
    const QString hub = ids.value(0);
    const QPoint onHub = view.mapFromScene(scene->node(hub)->pos());
    const QPoint offGraph(view.viewport()->width() - 3, 3);
    int moves = 0;
    auto move = [&] {
        const QPoint at = moves++ % 2 ? offGraph : onHub;
        QMouseEvent event(QEvent::MouseMove, at, view.viewport()->mapToGlobal(at), Qt::NoButton,
                          Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &event);
    };
    const double mouse = median(6, move);
    // Moving within the canvas, hovering nothing: what most mouse moves are.
    const QPoint canvas(view.viewport()->width() - 3, 3);
    int jiggle = 0;
    const double still = median(6, [&] {
        const QPoint at = canvas + QPoint(0, jiggle++ % 2);
        QMouseEvent event(QEvent::MouseMove, at, view.viewport()->mapToGlobal(at), Qt::NoButton,
                          Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &event);
    });
    const double mouseFrame = median(6, [&] {
        move();
        paint();
    });

    // A drag of the canvas by 40 pixels at the fitted zoom, and the frame that shows it.
    int pans = 0;
    const double pan = median(6, [&] {
        QScrollBar *bar = view.horizontalScrollBar();
        bar->setValue(bar->value() + (pans++ % 2 ? -40 : 40));
        paint();
    });

    view.setPictureReuse(GraphView::PictureReuse::Never); // a frame at 100 %, not a gesture
    view.zoomBy(1 / view.zoom());
    const double full = median(5, paint);
    std::printf("| %6lld | %7lld | %7.0f ms | %6.0f ms | %6.1f ms | %6.1f ms | %6.1f ms | %6.1f ms "
                "| %6.1f ms | %6.1f ms | %6.1f ms | %6.1f ms |"
                " %6.1f ms | %6.1f ms |\n",
                qlonglong(scene->shownNodes().size()), qlonglong(scene->shownEdges().size()), build,
                layout, whole, full, zoom.event, zoom.crisp, zoom.preview, zoom.settle, mouse,
                still, mouseFrame, pan);
    std::fflush(stdout);
}

// A year-long window moved by a month at a time across synthetic data of 2,000 companies and
// 100,000 events (6,000 relationships, as bench_document makes them): the graph's share of a
// timeline step, with fades applied at once and the frame that shows it.
void measureWindow()
{
    SyntheticOptions o;
    o.companies = 2000;
    o.events = 100000;
    o.relationships = 6000;
    Document doc;
    doc.setData(makeSyntheticDataset(o));
    GraphView view(&doc);
    view.resize(kViewSize);
    view.show();
    GraphScene *scene = view.graphScene();
    scene->setAsynchronous(false);
    view.fitToView();
    QPixmap frame(view.viewport()->size());
    auto paint = [&] { view.viewport()->render(&frame); };
    QDate from(2022, 1, 1);
    doc.setTimeWindow(from, from.addYears(1).addDays(-1));
    paint();
    int layouts = 0;
    QObject::connect(scene, &GraphScene::layoutApplied, [&] { ++layouts; });
    QList<double> noFrame;
    const double step = median(12, [&] {
        from = from.addMonths(1);
        const double t = threadCpuMs();
        doc.setTimeWindow(from, from.addYears(1).addDays(-1));
        noFrame.append(threadCpuMs() - t);
        paint();
    });
    std::sort(noFrame.begin(), noFrame.end());
    std::printf("| %lld | %lld | %lld | %6.1f ms | %6.1f ms | %d |\n",
                qlonglong(doc.data().events.size()), qlonglong(doc.data().relationships.size()),
                qlonglong(scene->shownNodes().size()), noFrame.at(noFrame.size() / 2), step,
                layouts);
    std::fflush(stdout);
}

// The last layout phase alone on the positions the phases before it give: how long it takes,
// how many overlapping pairs it finds and leaves, and how far it moves nodes (in edge lengths).
void measureOverlapRemoval(int n, int relationships)
{
    SyntheticOptions o;
    o.companies = n;
    o.relationships = relationships;
    o.events = 0;
    Document doc;
    doc.setData(makeSyntheticDataset(o));
    GraphScene scene(&doc); // asynchronous: its own layout waits in a timer, never run here
    QStringList ids;
    LayoutInput input = scene.layoutInput(true, &ids);
    input.skipOverlapRemoval = true;
    const LayoutResult before = GraphLayout::compute(input);
    const int count = int(before.positions.size());
    QList<QRectF> boxes(count);
    for (int i = 0; i < count; ++i)
        boxes[i] = count > GraphLayout::kLabelBoxLimit
                ? input.shapes.at(i)
                : GraphLayout::box(input.shapes.at(i), input.labels.at(i), before.labelSides.at(i));
    auto rects = [&](const QList<QPointF> &positions) {
        QList<QRectF> out(count);
        for (int i = 0; i < count; ++i)
            out[i] = boxes.at(i).translated(positions.at(i));
        return out;
    };
    const qsizetype pairsBefore = OverlapRemoval::overlappingPairs(rects(before.positions)).size();
    QList<QPointF> after;
    OverlapRemoval::Stats stats;
    const double ms = median(3, [&] {
        after = before.positions;
        stats = OverlapRemoval::run(after, boxes, QList<bool>(count, false), input.gap);
    });
    const qsizetype pairsAfter = OverlapRemoval::overlappingPairs(rects(after)).size();
    QList<double> moved;
    for (int i = 0; i < count; ++i) {
        const QPointF d = after.at(i) - before.positions.at(i);
        moved.append(std::hypot(d.x(), d.y()) / input.edgeLength);
    }
    std::sort(moved.begin(), moved.end());
    std::printf("| %6d | %7d | %8.1f ms | %6lld | %6lld | %4.2f | %3d | %5d | %5.2f | %5.2f |\n",
                count, int(input.edges.size()), ms, qlonglong(pairsBefore), qlonglong(pairsAfter),
                stats.scale, stats.passes, stats.settled, moved.at(moved.size() / 2),
                moved.constLast());
    std::fflush(stdout);
}

// ATLAS_BENCH_SHOT=DIR `bench_graph shots 10000:30000`: what the graph looks like at 100 % in the
// middle, before the overlap removal phase (the positions the phases before it give) and after
// it, and fitted with nodes coloured by community, to look at.
// The live layout: the worker's step (a few iterations of the force step and its report), its
// whole run against the layout computed in one go (igraph), and in a shown view what each step
// the window shows costs the GUI thread (moving the nodes and lines, the fit, the frame), with the
// whole run's wall time.
void measureLive(int n, int relationships)
{
    SyntheticOptions o;
    o.companies = n;
    o.relationships = relationships;
    Document doc;
    doc.setData(makeSyntheticDataset(o));
    GraphView view(&doc);
    view.resize(kViewSize);
    GraphScene *scene = view.graphScene();
    scene->layoutRunner()->setLiveUpTo(std::max(n, LayoutControl::kLiveUpTo));

    QStringList ids;
    LayoutInput input = scene->layoutInput(true, &ids);
    double cpu0 = threadCpuMs();
    GraphLayout::compute(input);
    const double inOneGo = threadCpuMs() - cpu0;
    QList<double> stepTimes;
    input.control = std::make_shared<LayoutControl>();
    input.control->liveUpTo = std::max(n, LayoutControl::kLiveUpTo);
    cpu0 = threadCpuMs();
    double last = cpu0;
    // How crowded the pictures shown are: the share of nodes whose shape overlaps another's, at
    // the step that passes half way (outside the timed steps).
    double crowdedHalfWay = -1;
    double pausedMs = 0;
    input.control->progress = [&](const QList<int> &nodes, const QList<QPointF> &pos, double done) {
        const double now = threadCpuMs();
        stepTimes.append(now - last);
        if (done >= 0.5 && crowdedHalfWay < 0) {
            QList<QRectF> rects(nodes.size());
            for (qsizetype k = 0; k < nodes.size(); ++k)
                rects[k] = input.shapes.value(nodes.at(k)).translated(pos.at(k));
            QSet<int> crowded;
            for (const auto &[a, b] : OverlapRemoval::overlappingPairs(rects, false)) {
                crowded.insert(a);
                crowded.insert(b);
            }
            crowdedHalfWay = double(crowded.size()) / double(std::max<qsizetype>(1, nodes.size()));
        }
        last = threadCpuMs();
        pausedMs += last - now;
    };
    GraphLayout::compute(input);
    const double liveCpu = threadCpuMs() - cpu0 - pausedMs;
    // The first step also finds the components and sizes the boxes: the steps after it.
    const qsizetype steps = stepTimes.size();
    if (!stepTimes.isEmpty())
        stepTimes.removeFirst();
    std::sort(stepTimes.begin(), stepTimes.end());
    const double workerStep = stepTimes.isEmpty() ? 0 : stepTimes.at(stepTimes.size() / 2);
    const double worstStep = stepTimes.isEmpty() ? 0 : stepTimes.constLast();

    // The GUI thread's CPU at each step shown: between the first and the last, one step's
    // frame and the next step's moves (the run's other work, building the items and taking the
    // final result, is outside).
    QList<double> shownAt;
    QObject::connect(scene, &GraphScene::liveLayoutProgressed,
                     [&] { shownAt.append(threadCpuMs()); });
    const double gui0 = threadCpuMs();
    QElapsedTimer wall;
    wall.start();
    view.show();
    scene->relayout();
    while (!scene->isSettled() || shownAt.isEmpty())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const double gui = threadCpuMs() - gui0;
    const qsizetype shown = shownAt.size();
    const double perShown =
            shown > 1 ? (shownAt.constLast() - shownAt.constFirst()) / double(shown - 1) : 0.0;
    std::printf(
            "| %lld | %d | %lld | %.1f ms | %.1f ms | %.0f ms | %.0f ms | %.0f %% | %lld | %.0f "
            "ms | %.0f ms | %.0f ms |\n",
            qlonglong(ids.size()), relationships, qlonglong(steps), workerStep, worstStep, liveCpu,
            inOneGo, 100 * crowdedHalfWay, qlonglong(shown), perShown, gui, double(wall.elapsed()));
    std::fflush(stdout);
}

void saveShots(int n, int relationships, const QString &dir)
{
    SyntheticOptions o;
    o.companies = n;
    o.relationships = relationships;
    o.events = 0;
    Document doc;
    doc.setData(makeSyntheticDataset(o));
    GraphView view(&doc);
    view.resize(kViewSize);
    view.show();
    GraphScene *scene = view.graphScene();
    scene->setAsynchronous(false);
    QStringList ids;
    LayoutInput input = scene->layoutInput(true, &ids);
    input.skipOverlapRemoval = true;
    const LayoutResult before = GraphLayout::compute(input);
    QPixmap frame(view.viewport()->size());
    auto shoot = [&](const QString &name) {
        view.viewport()->render(&frame);
        frame.save(QStringLiteral("%1/graph-%2-%3.png").arg(dir).arg(n).arg(name));
    };
    auto middle = [&] {
        QPointF c;
        for (const NodeItem *node : scene->nodeItems())
            c += node->pos();
        return c / qreal(std::max<qsizetype>(1, scene->nodeItems().size()));
    };
    view.fitToView();
    view.zoomBy(1 / view.zoom());
    view.centerOn(middle());
    shoot(QStringLiteral("100-after"));
    // The same view of the positions before the phase (the items moved by hand, edges following).
    QHash<QString, QPointF> homes;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (NodeItem *node = scene->node(ids.at(i))) {
            homes.insert(node->id(), node->pos());
            node->setPos(before.positions.at(i));
        }
    }
    for (EdgeItem *edge : scene->edgeItems())
        edge->adjust();
    view.centerOn(middle());
    shoot(QStringLiteral("100-before"));
    for (NodeItem *node : scene->nodeItems())
        node->setPos(homes.value(node->id(), node->pos()));
    for (EdgeItem *edge : scene->edgeItems())
        edge->adjust();
    scene->setColouredByCommunity(true);
    view.fitToView();
    shoot(QStringLiteral("communities-fitted"));
    scene->setSizedByDegree(true);
    view.fitToView();
    shoot(QStringLiteral("communities-by-degree-fitted"));
    view.zoomBy(1 / view.zoom());
    view.centerOn(middle());
    shoot(QStringLiteral("communities-by-degree-100"));
    // The largest community collapsed into one node, seen at 100 % around it.
    scene->collapseCommunity(0);
    if (NodeItem *collapsed = scene->node(QStringLiteral("community:0")))
        view.centerOn(collapsed->pos());
    shoot(QStringLiteral("collapsed-100"));
    std::printf("shots of %d nodes in %s (%d communities)\n", int(ids.size()), qPrintable(dir),
                scene->communityCount());
}

// The same graph for Graphviz: every entity with a relationship, labelled with its English name
// as the SVG export labels it, and every relationship.
bool writeDot(const Dataset &data, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QSet<QString> linked;
    for (const Relationship &r : data.relationships) {
        linked.insert(r.fromId);
        linked.insert(r.toId);
    }
    auto quoted = [](QString s) {
        return QLatin1Char('"')
                + s.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                          .replace(QLatin1Char('"'), QLatin1String("\\\""))
                + QLatin1Char('"');
    };
    QByteArray out = "digraph atlas {\n";
    for (const Entity &e : data.entities) {
        if (linked.contains(e.id))
            out += (quoted(e.id) + QStringLiteral(" [label=")
                    + quoted(e.name.text(Language::English)) + QStringLiteral("];\n"))
                           .toUtf8();
    }
    for (const Relationship &r : data.relationships)
        out += (quoted(r.fromId) + QStringLiteral(" -> ") + quoted(r.toId) + QStringLiteral(";\n"))
                       .toUtf8();
    out += "}\n";
    return f.write(out) == out.size();
}

// `telco-atlas --render-graph g.svg` of a synthetic database against `sfdp -Tsvg` of the same
// graph: the whole process each, wall and CPU time.
void measureSvg(int n, int relationships)
{
    QTemporaryDir dir;
    // ATLAS_BENCH_KEEP=1 keeps the database, the DOT file and both pictures, for a profiler.
    if (qEnvironmentVariableIsSet("ATLAS_BENCH_KEEP")) {
        dir.setAutoRemove(false);
        std::printf("  files kept in %s\n", qPrintable(dir.path()));
    }
    SyntheticOptions o;
    o.companies = n;
    o.relationships = relationships;
    o.events = 0;
    const Dataset data = makeSyntheticDataset(o);
    const QString database = dir.filePath(QStringLiteral("graph.sqlite"));
    QString error;
    {
        Document document;
        Workspace workspace(&document);
        if (!workspace.open(database, &error)) {
            std::fprintf(stderr, "cannot make the database: %s\n", qPrintable(error));
            return;
        }
    }
    const QString json = dir.filePath(QStringLiteral("graph.json"));
    const QString app = QStringLiteral(ATLAS_APP_PATH);
    if (!DatasetJson::writeFile(data, json, &error)
        || runProgram(app,
                      { QStringLiteral("--database"), database, QStringLiteral("--import"), json })
                        .wallMs
                < 0) {
        std::fprintf(stderr, "cannot import the synthetic data: %s\n", qPrintable(error));
        return;
    }
    const QString svg = dir.filePath(QStringLiteral("atlas.svg"));
    const Run atlas = runProgram(
            app, { QStringLiteral("--database"), database, QStringLiteral("--render-graph"), svg });
    std::printf("\nSVG of %d companies, %d relationships (whole process, labels on both)\n", n,
                relationships);
    std::printf("  telco-atlas --render-graph  %8.0f ms wall  %8.0f ms CPU  %6lld KB\n",
                atlas.wallMs, atlas.cpuMs, QFileInfo(svg).size() / 1024);
    const QString sfdp = QStandardPaths::findExecutable(QStringLiteral("sfdp"));
    if (sfdp.isEmpty()) {
        std::printf("  sfdp not on PATH (Graphviz is not installed): no ratio\n");
        return;
    }
    const QString dot = dir.filePath(QStringLiteral("graph.dot"));
    const QString reference = dir.filePath(QStringLiteral("sfdp.svg"));
    if (!writeDot(data, dot))
        return;
    const Run graphviz =
            runProgram(sfdp, { QStringLiteral("-Tsvg"), dot, QStringLiteral("-o"), reference });
    std::printf("  sfdp -Tsvg                  %8.0f ms wall  %8.0f ms CPU  %6lld KB\n",
                graphviz.wallMs, graphviz.cpuMs, QFileInfo(reference).size() / 1024);
    if (graphviz.wallMs > 0 && atlas.wallMs > 0)
        std::printf("  ratio telco-atlas / sfdp    %8.2fx wall  %8.2fx CPU\n",
                    atlas.wallMs / graphviz.wallMs, atlas.cpuMs / graphviz.cpuMs);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QList<std::pair<int, int>> sizes;
    bool window = argc == 1;
    bool overlap = argc == 1;
    bool svg = argc == 1;
    bool only = false; // overlap, svg or shots asked for: no frame measurements
    bool shots = false;
    bool live = false;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("window")) {
            window = true;
            continue;
        }
        if (arg == QLatin1String("live")) {
            live = true;
            only = true;
            continue;
        }
        if (arg == QLatin1String("shots")) {
            shots = true;
            only = true;
            continue;
        }
        if (arg == QLatin1String("overlap") || arg == QLatin1String("svg")) {
            (arg == QLatin1String("svg") ? svg : overlap) = true;
            only = true;
            continue;
        }
        const QStringList parts = arg.split(QLatin1Char(':'));
        const int n = parts.value(0).toInt();
        sizes.append({ n, parts.size() > 1 ? parts.at(1).toInt() : 4 * n });
    }
    if (argc == 1)
        sizes = { { 500, 2000 }, { 10000, 30000 }, { 20000, 100000 } };
    QList<std::pair<int, int>> phaseSizes = sizes;
    if (argc == 1 || phaseSizes.isEmpty())
        phaseSizes = { { 10000, 30000 } };
    if (only)
        sizes.clear();
    if (!sizes.isEmpty()) {
        std::printf("Company graph, synthetic data, view %dx%d, CPU ms of the GUI thread\n\n",
                    kViewSize.width(), kViewSize.height());
        std::printf("| nodes | relationships | build items | layout | frame, fitted | frame, 100 "
                    "%% | zoom step |"
                    " zoom step + frame, crisp | zoom step + frame, gesture | crisp frame after "
                    "gesture | hover move | canvas move | hover move + frame | pan + "
                    "frame |\n");
        std::printf("|------:|------:|------:|------:|------:|------:|------:|------:|------:|-----"
                    "-:|------:|------:|------:|------:|\n");
        for (const auto &[n, r] : sizes)
            measureGraph(n, r);
    }
    if (overlap) {
        std::printf("\nOverlap removal phase alone, after the force layout and packing (CPU ms, "
                    "median of 3; moves in edge lengths)\n\n");
        std::printf("| nodes | relationships | time | pairs before | pairs after | scaled by | "
                    "passes | settled one by one | median move | largest move |\n");
        std::printf("|------:|------:|------:|------:|------:|------:|------:|------:|------:|-----"
                    "-:|\n");
        for (const auto &[n, r] : phaseSizes)
            measureOverlapRemoval(n, r);
    }
    if (svg) {
        for (const auto &[n, r] : phaseSizes)
            measureSvg(n, r);
    }
    if (live) {
        std::printf(
                "\nLive layout, view %dx%d: CPU ms of the worker per step (median and worst, "
                "the first left out), of the whole layout live and in one go (igraph); the share "
                "of "
                "nodes whose shape overlaps another's in the step shown half way; CPU ms of the "
                "GUI thread per step shown (a frame and the next step's moves) and in the whole "
                "run; wall time of the live run in the view\n\n",
                kViewSize.width(), kViewSize.height());
        std::printf("| nodes | relationships | steps | worker step | worst step | layout live | "
                    "in one go | crowded half way | steps shown | GUI per step shown | GUI, whole "
                    "run | live run, "
                    "wall |\n");
        std::printf(
                "|------:|------:|------:|------:|------:|------:|------:|------:|------:|------:|"
                "------:|\n");
        const QList<std::pair<int, int>> liveSizes = argc == 2
                ? QList<std::pair<int, int>>{ { 1000, 3000 },
                                              { 2000, 6000 },
                                              { 10000, 30000 },
                                              { 20000, 60000 } }
                : phaseSizes;
        for (const auto &[n, r] : liveSizes)
            measureLive(n, r);
    }
    if (shots && qEnvironmentVariableIsSet("ATLAS_BENCH_SHOT")) {
        for (const auto &[n, r] : phaseSizes)
            saveShots(n, r, qEnvironmentVariable("ATLAS_BENCH_SHOT"));
    }
    if (window) {
        std::printf("\nTime window step (a year moved by a month), graph following, fades applied "
                    "at once\n\n");
        std::printf(
                "| events | relationships | nodes shown | step | step + frame | layouts run |\n");
        std::printf("|------:|------:|------:|------:|------:|------:|\n");
        measureWindow();
    }
    return 0;
}
