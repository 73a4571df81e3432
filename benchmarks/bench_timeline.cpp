// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline at scale in the real main window (offscreen, 1600x1000) with every view following
// the time window (events table, graph, charts): CPU of the whole process (every thread) per user
// action, zoom (+), pan (Right) and play (step forward a month), each including what it sets off
// until the window is idle again; the timeline's own repaint (layout and paint) on its own; the
// time to open the window on the data and the resident memory. Each size runs in its own process.
// `bench_timeline` measures 10,000 and 100,000 events; `bench_timeline 1000000` (or
// ATLAS_BENCH_MILLION=1) adds a million. Numbers are printed, never asserted; the README records
// them.
#include "benchsupport.h"
#include "core/heap.h"
#include "charts/chartsview.h"
#include "core/syntheticdataset.h"
#include "models/document.h"
#include "models/workspace.h"
#include "timeline/lanepicker.h"
#include "timeline/timelineview.h"
#include "timeline/timelinewidget.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"

#include <QAction>
#include <QApplication>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace atlas;

namespace {

using Bench::cpuMs;
using Bench::settle;
using Bench::statusField;

struct Steps
{
    QList<double> action; // whole process, until idle (less the benchmark's own extra repaint)
    QList<double> repaint; // the timeline view's own layout and paint
    double mean(const QList<double> &v) const
    {
        double sum = 0.0;
        for (double x : v)
            sum += x;
        return v.isEmpty() ? 0.0 : sum / v.size();
    }
    double worst(const QList<double> &v) const
    {
        return v.isEmpty() ? 0.0 : *std::max_element(v.cbegin(), v.cend());
    }
};

int runSize(int events)
{
    SyntheticOptions o;
    o.events = events;
    // 2,000 companies and 6,000 relationships at 100,000 events, as bench_document; the million
    // keeps 5,000 companies and 20,000 relationships so the graph stays a graph.
    o.companies = std::clamp(events / 50, 20, 5000);
    o.relationships = std::min(events * 3 / 50, 20000);
    Dataset data = makeSyntheticDataset(o);

    Document document;
    Workspace workspace(&document);
    double start = cpuMs();
    document.setData(std::move(data));
    const double loadMs = cpuMs() - start;

    std::unique_ptr<MainWindow> window;
    start = cpuMs();
    window = std::make_unique<MainWindow>(&document, &workspace);
    window->resize(1600, 1000);
    window->show();
    settle();
    const double openMs = cpuMs() - start;
    std::printf(
            "%9d events, %d companies: set data %.0f ms, open to an interactive window %.0f ms CPU "
            "(RSS %s, peak %s)\n",
            events, o.companies, loadMs, openMs, qPrintable(statusField("VmRSS:")),
            qPrintable(statusField("VmHWM:")));
    std::fflush(stdout);

    TimelineWidget *timeline = window->timeline();
    TimelineView *view = timeline->view();
    view->setFocus();
    // A year in the middle of the data, as a user would start.
    const QDate from = document.dataStart().addYears(2);
    document.setTimeWindow(from, from.addYears(1).addDays(-1));
    settle();

    if (qEnvironmentVariableIsSet("ATLAS_BENCH_LANES_SHOTS")) {
        // For looking at it: lanes picked in the real window, pictures of the window and the
        // picker.
        const QString dir = qEnvironmentVariable("ATLAS_BENCH_LANES_SHOTS");
        const bool korean = qEnvironmentVariable("ATLAS_BENCH_LANG") == QStringLiteral("ko");
        Translations::apply(korean ? Language::Korean : Language::English);
        if (korean)
            window->setLanguage(Language::Korean);
        const QString lang = qEnvironmentVariable("ATLAS_BENCH_LANG", QStringLiteral("en"));
        const QList<int> &ranked = view->index().companiesByRank();
        for (int i = 1; i <= 4; ++i)
            view->setPinned(document.data().entities.at(ranked.at(ranked.size() * i / 9)).id, true);
        document.selectEntity(document.data().entities.at(ranked.at(ranked.size() / 2)).id);
        settle();
        window->grab().save(dir + QStringLiteral("/lanes-pinned-%1.png").arg(lang));
        for (int i = 0; i < 3; ++i) {
            QKeyEvent page(QEvent::KeyPress, Qt::Key_PageDown, Qt::NoModifier);
            QApplication::sendEvent(view, &page);
        }
        settle();
        window->grab().save(dir + QStringLiteral("/lanes-scrolled-%1.png").arg(lang));
        timeline->chooseLanesAction()->trigger();
        settle();
        if (auto *picker = timeline->findChild<LanePicker *>()) {
            picker->findChild<QLineEdit *>(QStringLiteral("lanePickerSearch"))
                    ->setText(lang == QStringLiteral("ko") ? QStringLiteral("회사 10")
                                                           : QStringLiteral("Company 10"));
            settle();
            picker->grab().save(dir + QStringLiteral("/lanes-picker-%1.png").arg(lang));
            picker->reject();
        }
        return 0;
    }

    if (qEnvironmentVariableIsSet("ATLAS_BENCH_PROFILE_TIMELINE")) {
        // For perf: the timeline's layout and paint alone, many times over, at this window.
        QImage image(view->size(), QImage::Format_ARGB32_Premultiplied);
        const double t = cpuMs(CLOCK_THREAD_CPUTIME_ID);
        double layoutMs = 0.0;
        for (int i = 0; i < 200; ++i) {
            const double l0 = cpuMs(CLOCK_THREAD_CPUTIME_ID);
            const TimelineLayout layout =
                    TimelineRenderer::layout(document.data(), view->index(), view->scale().start(),
                                             view->scale().end() + i * 1e-3, QRectF(view->rect()),
                                             document.language(), document.selection());
            layoutMs += cpuMs(CLOCK_THREAD_CPUTIME_ID) - l0;
            QPainter painter(&image);
            TimelineRenderer::paint(painter, document.data(), layout,
                                    Palette::screen(view->palette()));
        }
        std::printf("layout %.2f ms, layout and paint %.2f ms per frame\n", layoutMs / 200,
                    (cpuMs(CLOCK_THREAD_CPUTIME_ID) - t) / 200);
        const QString shot = qEnvironmentVariable("ATLAS_BENCH_PROFILE_TIMELINE");
        if (shot.endsWith(QLatin1String(".png"))) {
            QImage page(1400, 520, QImage::Format_ARGB32_Premultiplied);
            QPainter painter(&page);
            const TimelineLayout layout = TimelineRenderer::layout(
                    document.data(), view->index(), view->scale().start(), view->scale().end(),
                    QRectF(page.rect()), document.language(), document.selection());
            TimelineRenderer::paint(painter, document.data(), layout,
                                    Palette::screen(view->palette()));
            page.save(shot);
        }
        const double r = cpuMs(CLOCK_THREAD_CPUTIME_ID);
        for (int i = 0; i < 50; ++i)
            view->repaint();
        std::printf("repaint of the view, layout kept: %.2f ms; view %dx%d\n",
                    (cpuMs(CLOCK_THREAD_CPUTIME_ID) - r) / 50, view->width(), view->height());
        return 0;
    }

    auto row = [&](const char *name, const Steps &s) {
        std::printf("%9d  %-5s  mean %7.1f ms  worst %7.1f ms   timeline repaint mean %5.1f ms  "
                    "worst %5.1f ms\n",
                    events, name, s.mean(s.action), s.worst(s.action), s.mean(s.repaint),
                    s.worst(s.repaint));
        if (qEnvironmentVariableIsSet("ATLAS_BENCH_STEPS")) { // every step, in order
            for (double ms : s.action)
                std::printf(" %.0f", ms);
            std::printf("\n");
        }
    };
    QImage frame(view->size(), QImage::Format_ARGB32_Premultiplied);
    frame.fill(Qt::transparent); // its pages touched now, as a window's backing store already is
    auto measure = [&](Steps &steps, const std::function<void()> &action) {
        settle(50, 20);
        const double t0 = cpuMs();
        action();
        // What the view would paint next, now: its layout for the new window and its paint, into
        // an image (QWidget::repaint() would also paint every other dirty widget of the window).
        const double r0 = cpuMs(CLOCK_THREAD_CPUTIME_ID);
        (void)view->currentLayout();
        view->render(&frame);
        const double repaint = cpuMs(CLOCK_THREAD_CPUTIME_ID) - r0;
        steps.repaint.append(repaint);
        settle();
        // The window paints the timeline itself; the extra paint above is the benchmark's own.
        steps.action.append(cpuMs() - t0 - repaint);
    };
    auto key = [&](int k) {
        QKeyEvent press(QEvent::KeyPress, k, Qt::NoModifier);
        QApplication::sendEvent(view, &press);
    };

    if (const int repeat = qEnvironmentVariableIntValue("ATLAS_BENCH_PROFILE_PAN"); repeat > 0) {
        // For perf record: pan steps only, right and back left, in the real window.
        Steps steps;
        for (int i = 0; i < repeat; ++i)
            measure(steps, [&] { key(i % 2 == 0 ? Qt::Key_Right : Qt::Key_Left); });
        row("pan", steps);
        return 0;
    }
    if (const int repeat = qEnvironmentVariableIntValue("ATLAS_BENCH_PROFILE_ZOOM"); repeat > 0) {
        // For perf record: the first zoom step from the starting year, again and again.
        Steps steps;
        for (int i = 0; i < repeat; ++i) {
            document.setTimeWindow(from, from.addYears(1).addDays(-1));
            settle();
            // perf records one step: the first, or the one ATLAS_BENCH_PERF_STEP names.
            const bool recorded = i == qEnvironmentVariableIntValue("ATLAS_BENCH_PERF_STEP");
            if (recorded)
                Bench::perfControl("enable");
            measure(steps, [&] { timeline->zoomInAction()->trigger(); });
            if (recorded)
                Bench::perfControl("disable");
        }
        row("zoom", steps);
        return 0;
    }

    Steps zoom, pan, play;
    for (int i = 0; i < 4; ++i)
        measure(zoom, [&] { timeline->zoomInAction()->trigger(); });
    for (int i = 0; i < 10; ++i)
        measure(zoom, [&] { timeline->zoomOutAction()->trigger(); }); // out to all time and beyond
    for (int i = 0; i < 6; ++i)
        measure(zoom, [&] { timeline->zoomInAction()->trigger(); });
    for (int i = 0; i < 8; ++i)
        measure(pan, [&] { key(Qt::Key_Right); });
    for (int i = 0; i < 8; ++i)
        measure(play, [&] { timeline->stepForwardAction()->trigger(); });

    // Lanes the user picked: five companies of middling activity pinned, the most active of the
    // window after them, every company of the window a lane scrolled to (only those on screen
    // laid out).
    LaneChoice choice;
    const QList<int> &ranked = view->index().companiesByRank();
    for (int i = 1; i <= 5; ++i)
        choice.pinned << document.data().entities.at(ranked.at(ranked.size() * i / 12)).id;
    view->setLaneChoice(choice);
    settle();
    Steps pinnedPan;
    for (int i = 0; i < 8; ++i)
        measure(pinnedPan, [&] { key(Qt::Key_Right); });

    // The same with the financial charts on screen instead of the graph (the chart is rebuilt
    // when the quarters in the window change; behind another tab, only once shown).
    const int pinnedLanes = view->laneCount();
    const int pinnedOnScreen = int(view->laneLabels().size());
    view->setLaneChoice({});
    window->tabs()->setCurrentWidget(window->chartsView());
    settle();
    Steps chartsPan;
    for (int i = 0; i < 8; ++i)
        measure(chartsPan, [&] { key(Qt::Key_Right); });
    window->tabs()->setCurrentIndex(0);
    settle();

    // Memory as the user has it, before the index built below for its timing doubles the
    // index's share.
    const QString endRss = statusField("VmRSS:");
    const QString endPeak = statusField("VmHWM:");
    // An edit: the index follows the event in place instead of being built again.
    {
        const double b0 = cpuMs(CLOCK_THREAD_CPUTIME_ID);
        TimelineIndex fresh(document.data());
        const double built = cpuMs(CLOCK_THREAD_CPUTIME_ID) - b0;
        const double c0 = cpuMs(CLOCK_THREAD_CPUTIME_ID);
        for (int i = 0; i < 20; ++i)
            fresh.changeEvents(document.data(),
                               { qsizetype(i * 997 % document.data().events.size()) });
        std::printf("%9d  index: built in %.1f ms; an event change followed in place %.2f ms\n",
                    events, built, (cpuMs(CLOCK_THREAD_CPUTIME_ID) - c0) / 20);
    }
    row("zoom", zoom);
    row("pan", pan);
    row("play", play);
    std::printf("%9d  pan with 5 pinned lanes, %d lanes in all scrolled, %d on screen:\n", events,
                pinnedLanes, pinnedOnScreen);
    row("pan", pinnedPan);
    std::printf("%9d  pan with the financial charts shown instead of the graph:\n", events);
    row("pan", chartsPan);
    const double worst =
            std::max({ zoom.worst(zoom.action), pan.worst(pan.action), play.worst(play.action) });
    std::printf("%9d  worst single change %.1f ms CPU; RSS at the end %s, peak %s (before the "
                "benchmark's own second index)\n",
                events, worst, qPrintable(endRss), qPrintable(endPeak));
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    useFourHeapsForAllThreads(); // as the application does
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // never the user's settings or database
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype sizeAt = args.indexOf(QStringLiteral("--size"));
    if (sizeAt > 0 && sizeAt + 1 < args.size())
        return runSize(args.at(sizeAt + 1).toInt());

    QList<int> sizes;
    for (qsizetype i = 1; i < args.size(); ++i)
        sizes.append(args.at(i).toInt());
    if (sizes.isEmpty()) {
        sizes = { 10000, 100000 };
        if (qEnvironmentVariableIntValue("ATLAS_BENCH_MILLION"))
            sizes.append(1000000);
    }
    std::printf("Timeline in the main window (offscreen, 1600x1000), every view following: CPU of "
                "the whole process "
                "per action until idle; the timeline's repaint is its layout and paint alone\n");
    std::fflush(stdout);
    for (int events : sizes) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QApplication::applicationFilePath(),
                    { QStringLiteral("--size"), QString::number(events) });
        child.waitForFinished(-1);
    }
    return 0;
}
