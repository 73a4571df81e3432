// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The company graph at scale: how long the layout takes (on its worker thread in the app) and how
// long a frame of the view takes, for synthetic graphs of 500 and 5,000 nodes with four
// relationships per node. Prints a table; nothing is asserted.
#include "core/syntheticdataset.h"
#include "graph/graphscene.h"
#include "graph/graphview.h"
#include "graph/layout/graphlayout.h"
#include "models/document.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPixmap>

#include <algorithm>
#include <cstdio>

using namespace atlas;

namespace {

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Median of a few runs of f, in milliseconds.
template<typename F> double median(int runs, F f)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times.append(msSince(t));
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QSize viewSize(1600, 1000);
    std::printf("Company graph, synthetic data (4 relationships per node), view %dx%d\n\n", viewSize.width(),
                viewSize.height());
    std::printf("| nodes | relationships | build items | layout | frame, whole graph | frame, 100 %% | hover + frame |\n");
    std::printf("|------:|--------------:|------------:|-------:|-------------------:|-------------:|--------------:|\n");
    for (int n : {500, 5000}) {
        SyntheticOptions o;
        o.companies = n;
        o.relationships = 4 * n;
        Document doc;
        doc.setData(makeSyntheticDataset(o));

        QElapsedTimer t;
        t.start();
        GraphView view(&doc);
        const double build = msSince(t);
        view.resize(viewSize);
        GraphScene *scene = view.graphScene();

        // The layout alone, as the worker thread runs it.
        QStringList ids;
        const LayoutInput input = scene->layoutInput(true, &ids);
        const double layout = median(3, [&] { GraphLayout::compute(input); });

        // Applied at once (no animation), then fitted as the view does after the first layout.
        scene->setAsynchronous(false);
        view.fitToView();
        QPixmap frame(viewSize);
        auto paint = [&] { view.viewport()->render(&frame); };
        paint(); // warm caches: fonts, glyphs
        const double whole = median(5, paint);
        view.zoomBy(1 / view.zoom());
        const double full = median(5, paint);
        const QString hub = ids.value(0);
        int k = 0;
        const double hover = median(5, [&] {
            scene->setHoveredNode(k++ % 2 ? QString() : hub);
            paint();
        });
        std::printf("| %5lld | %13lld | %8.1f ms | %4.0f ms | %15.1f ms | %9.1f ms | %10.1f ms |\n",
                    qlonglong(scene->shownNodes().size()), qlonglong(scene->shownEdges().size()), build, layout, whole,
                    full, hover);
    }
    return 0;
}
