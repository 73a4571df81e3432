// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The company graph at scale: how long the layout takes (on its worker thread in the app) and how
// long a frame of the view takes, for synthetic graphs of 500, 5,000 and 10,000 nodes with four
// relationships per node, in a shown 1600x1000 view. Times are the CPU time of the measuring
// thread (median of several runs), so that other programs on the machine do not inflate them.
// Prints a table; nothing is asserted. `bench_graph 500` measures one size only.
#include "core/syntheticdataset.h"
#include "graph/graphscene.h"
#include "graph/graphview.h"
#include "graph/nodeitem.h"
#include "graph/layout/graphlayout.h"
#include "models/document.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPixmap>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace atlas;

namespace {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Median CPU time of a few runs of f, in milliseconds.
template<typename F> double median(int runs, F f)
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

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QList<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes.append(QString::fromLocal8Bit(argv[i]).toInt());
    if (sizes.isEmpty())
        sizes = {500, 5000, 10000};
    const QSize viewSize(1600, 1000);
    std::printf("Company graph, synthetic data (4 relationships per node), view %dx%d, CPU ms\n\n", viewSize.width(),
                viewSize.height());
    std::printf("| nodes | relationships | build items | layout | frame, whole graph | frame, 100 %% | hover + frame |"
                " mouse move |\n");
    std::printf("|------:|--------------:|------------:|-------:|-------------------:|-------------:|--------------:|"
                "-----------:|\n");
    for (int n : sizes) {
        SyntheticOptions o;
        o.companies = n;
        o.relationships = 4 * n;
        Document doc;
        doc.setData(makeSyntheticDataset(o));

        const double t0 = threadCpuMs();
        GraphView view(&doc);
        const double build = threadCpuMs() - t0;
        view.resize(viewSize);
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
        const double whole = median(5, paint);

        // The mouse moving over the fitted graph, from node to empty canvas and back: the hover
        // look-up and what it changes (the frame that follows is not included).
        const QString hub = ids.value(0);
        const QPoint onHub = view.mapFromScene(scene->node(hub)->pos());
        const QPoint offGraph(view.viewport()->width() - 3, 3);
        int moves = 0;
        const double mouse = median(6, [&] {
            const QPoint at = moves++ % 2 ? offGraph : onHub;
            QMouseEvent move(QEvent::MouseMove, at, view.viewport()->mapToGlobal(at), Qt::NoButton, Qt::NoButton,
                             Qt::NoModifier);
            QApplication::sendEvent(view.viewport(), &move);
        });

        view.zoomBy(1 / view.zoom());
        const double full = median(5, paint);
        int k = 0;
        const double hover = median(5, [&] {
            scene->setHoveredNode(k++ % 2 ? QString() : hub);
            paint();
        });
        std::printf("| %5lld | %13lld | %8.1f ms | %4.0f ms | %15.1f ms | %9.1f ms | %10.1f ms | %7.1f ms |\n",
                    qlonglong(scene->shownNodes().size()), qlonglong(scene->shownEdges().size()), build, layout, whole,
                    full, hover, mouse);
        std::fflush(stdout);
    }
    return 0;
}
