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
#include "benchsupport.h"
#include "core/syntheticdataset.h"
#include "graph/graphscene.h"
#include "graph/graphview.h"
#include "graph/nodeitem.h"
#include "graph/layout/graphlayout.h"
#include "models/document.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPixmap>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace atlas;

namespace {

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
        view.zoomBy(1 / fitted);
        paint();
        frame.save(QStringLiteral("%1/graph-%2-100.png").arg(dir).arg(n));
        view.zoomBy(fitted);
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

    // A wheel step about the middle of the fitted graph, in and out in turn: the event and the
    // frame that shows it.
    const QPointF middle = QRectF(view.viewport()->rect()).center();
    int steps = 0;
    auto wheel = [&] {
        const int delta = steps++ % 2 ? -120 : 120;
        QWheelEvent event(middle, view.viewport()->mapToGlobal(middle), QPoint(), QPoint(0, delta),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.viewport(), &event);
    };
    const double zoomEvent = median(6, wheel);
    const double zoomFrame = median(6, [&] {
        wheel();
        paint();
    });
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

    view.zoomBy(1 / view.zoom());
    const double full = median(5, paint);
    std::printf("| %6lld | %7lld | %7.0f ms | %6.0f ms | %6.1f ms | %6.1f ms | %6.1f ms | %6.1f ms "
                "| %6.1f ms | %6.1f ms |"
                " %6.1f ms | %6.1f ms |\n",
                qlonglong(scene->shownNodes().size()), qlonglong(scene->shownEdges().size()), build,
                layout, whole, full, zoomEvent, zoomFrame, mouse, still, mouseFrame, pan);
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

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QList<std::pair<int, int>> sizes;
    bool window = argc == 1;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("window")) {
            window = true;
            continue;
        }
        const QStringList parts = arg.split(QLatin1Char(':'));
        const int n = parts.value(0).toInt();
        sizes.append({ n, parts.size() > 1 ? parts.at(1).toInt() : 4 * n });
    }
    if (argc == 1)
        sizes = { { 500, 2000 }, { 10000, 30000 }, { 20000, 100000 } };
    if (!sizes.isEmpty()) {
        std::printf("Company graph, synthetic data, view %dx%d, CPU ms of the GUI thread\n\n",
                    kViewSize.width(), kViewSize.height());
        std::printf("| nodes | relationships | build items | layout | frame, fitted | frame, 100 "
                    "%% | zoom step |"
                    " zoom step + frame | hover move | canvas move | hover move + frame | pan + "
                    "frame |\n");
        std::printf("|------:|------:|------:|------:|------:|------:|------:|------:|------:|-----"
                    "-:|------:|------:|\n");
        for (const auto &[n, r] : sizes)
            measureGraph(n, r);
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
