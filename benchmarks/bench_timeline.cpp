// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Time per change of the Document's time window with many events: the events table's filter
// proxy refiltering, the relationship graph the graph view draws, and the timeline repainting
// (layout and painting into an image the size of a large window). Numbers are printed, never
// asserted; the README records them.
#include "core/syntheticdataset.h"
#include "models/document.h"
#include "models/eventfilterproxy.h"
#include "models/eventtablemodel.h"
#include "timeline/timelineview.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QImage>

#include <algorithm>
#include <cstdio>

using namespace atlas;

namespace {

struct Sample
{
    double proxy = 0.0;
    double graph = 0.0;
    double timeline = 0.0;
    double worst = 0.0;
    double rows = 0.0; // events in the window, on average
};

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Moves a window of `days` across the data in `steps` changes; averages per change.
Sample moveWindow(Document &doc, const QAbstractItemModel &proxy, TimelineView &view, QImage &image, int days,
                  int steps)
{
    Sample s;
    qint64 rows = 0;
    const QDate start = doc.dataStart();
    const qint64 span = std::max<qint64>(1, start.daysTo(doc.dataEnd()) - days);
    for (int i = 0; i < steps; ++i) {
        const QDate from = start.addDays(span * i / std::max(1, steps - 1));
        QElapsedTimer total;
        total.start();
        QElapsedTimer t;
        t.start();
        // The proxy follows the document and refilters; a table asks for its rows at once.
        doc.setTimeWindow(from, from.addDays(days - 1));
        rows += proxy.rowCount();
        s.proxy += msSince(t);
        t.restart();
        const RelationshipGraph graph = doc.graph();
        s.graph += msSince(t) + 0.0 * graph.edges().size();
        t.restart();
        view.render(&image);
        s.timeline += msSince(t);
        s.worst = std::max(s.worst, msSince(total));
    }
    s.proxy /= steps;
    s.rows = double(rows) / steps;
    s.graph /= steps;
    s.timeline /= steps;
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    std::printf("Timeline: time per Document window change (ms, mean of the moves; worst is one whole change)\n");
    std::printf("%8s  %-9s  %8s  %8s  %8s  %9s  %8s  %8s\n", "events", "window", "in view", "proxy", "graph",
                "timeline", "total", "worst");
    for (int events : {10000, 100000}) {
        SyntheticOptions o;
        o.events = events;
        o.companies = 50;
        o.relationships = events / 10;
        Dataset data = makeSyntheticDataset(o);

        Document doc;
        EventTableModel model(&doc);
        EventFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.followDocument(&doc);
        TimelineView view(&doc);
        view.resize(1600, 600);
        QImage image(view.size() * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2.0);

        QElapsedTimer load;
        load.start();
        doc.setData(std::move(data)); // the view builds its index here, once
        const double loadMs = msSince(load);

        struct Window
        {
            const char *name;
            int days;
            int steps;
        };
        for (const Window &w : {Window{"1 month", 30, 40}, Window{"3 months", 91, 40}, Window{"1 year", 365, 20},
                                Window{"all", 2191, 5}}) {
            const Sample s = moveWindow(doc, proxy, view, image, w.days, w.steps);
            std::printf("%8d  %-9s  %8.0f  %8.1f  %8.1f  %9.1f  %8.1f  %8.1f\n", events, w.name, s.rows, s.proxy,
                        s.graph, s.timeline, s.proxy + s.graph + s.timeline, s.worst);
        }
        std::printf("%8d  load (models and timeline index): %.0f ms, %d rows shown at the end\n", events, loadMs,
                    proxy.rowCount());
    }
    return 0;
}
