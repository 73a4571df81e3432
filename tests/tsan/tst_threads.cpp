// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: the program's two worker threads under ThreadSanitizer (preset tsan): the graph's
// layout worker (LayoutRunner: a burst of requests, a runner destroyed mid-layout) and the
// import's reading thread (Importer::readWithProgress: read whole, and cancelled), compiled from
// their own sources with -fsanitize=thread. A data race fails the run (halt_on_error); the checks
// make sure the threads still give the right answers. A plain program rather than a Qt Test one:
// Qt Test's watchdog thread is itself reported by TSan when it is torn down. Also the whole load
// with a helper reading the lists of events beside it (Loader in storage/repository.cpp), on the
// calling thread and on a worker stopped while both read.
#include "core/syntheticdataset.h"
#include "graph/layoutrunner.h"
#include "io/datasetfiles.h"
#include "storage/database.h"
#include "storage/readsnapshot.h"
#include "storage/repository.h"
#include "ui/importer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProgressDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>

using namespace atlas;

namespace {

int g_failures = 0;

void check(bool ok, const char *what)
{
    std::printf("%s: %s\n", ok ? "PASS" : "FAIL", what);
    std::fflush(stdout);
    if (!ok)
        ++g_failures;
}

// Runs the event loop until done() holds or timeoutMs passed.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs) {
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

// Clusters with long links between them, as tst_graphlayout draws them.
LayoutInput sampleInput(quint32 seed, int clusters = 4)
{
    LayoutInput in;
    in.seed = seed;
    in.nodeCount = clusters * 10;
    for (int c = 0; c < clusters; ++c) {
        const int hub = c * 10;
        for (int k = 1; k < 10; ++k)
            in.edges.append({ hub, hub + k });
        if (c > 0)
            in.edges.append({ hub, hub - 10 });
    }
    for (int i = 0; i < in.nodeCount; ++i) {
        in.shapes.append(QRectF(-12, -12, 24, 24));
        in.labels.append(QSizeF(60 + (i % 5) * 12, 18));
    }
    return in;
}

QString writeDataset(const QTemporaryDir &dir, int events)
{
    SyntheticOptions o;
    o.events = events;
    o.companies = 40;
    o.relationships = events / 20;
    const QString path = dir.filePath(QStringLiteral("events-%1.json").arg(events));
    QString error;
    if (!DatasetFiles::write(makeSyntheticDataset(o), path, &error))
        std::fprintf(stderr, "%s\n", qPrintable(error));
    return path;
}

// Requests while a layout runs replace each other; the newest is computed, on the worker,
// exactly as on the calling thread.
void layoutWorkerBurst()
{
    LayoutRunner runner;
    QList<std::pair<quint64, LayoutResult>> results;
    QObject::connect(&runner, &LayoutRunner::finished, &runner,
                     [&](quint64 ticket, const LayoutResult &r) {
                         results.append({ ticket, r });
                     });
    for (quint64 t = 1; t <= 12; ++t)
        runner.request(t, sampleInput(quint32(t)));
    check(waitUntil([&] { return !runner.isBusy(); }, 120000), "the layout burst ends");
    // A new request cancels the running layout at its next step (LayoutRunner): the earlier ones
    // may never finish; the newest does, last.
    check(!results.isEmpty() && results.constLast().first == 12, "the newest request wins");
    check(!results.isEmpty()
                  && results.constLast().second.positions
                          == GraphLayout::compute(sampleInput(12)).positions,
          "the worker's layout is the calling thread's");
}

// Closing the graph while a large layout runs: the runner waits for its worker.
void layoutRunnerDestroyedWhileRunning()
{
    auto runner = std::make_unique<LayoutRunner>();
    runner->request(1, sampleInput(1, 60));
    check(runner->isBusy(), "a large layout runs");
    runner.reset();
    check(true, "the runner is destroyed while its worker runs");
}

void importReadsOnAWorker(const QTemporaryDir &dir)
{
    const QString path = writeDataset(dir, 3000);
    QString error;
    const auto read = Importer::readWithProgress(path, Dataset{}, nullptr, &error);
    check(read && read->data.events.size() == 3000, "the import thread reads every event");
}

// Cancel in the progress dialog while the worker reads: nothing comes back, and says so.
void importCancelled(const QTemporaryDir &dir)
{
    const QString path = writeDataset(dir, 20000);
    QTimer::singleShot(0, [] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *progress = qobject_cast<QProgressDialog *>(w))
                if (auto *button = progress->findChild<QPushButton *>())
                    button->click(); // as the user does: canceled(), not just reset
    });
    QString error;
    const auto read = Importer::readWithProgress(path, Dataset{}, nullptr, &error);
    check(!read && error == ImportMessages::cancelled(), "a cancelled import reads nothing");
}

Dataset loadSample()
{
    SyntheticOptions o;
    o.companies = 200;
    o.events = 30000;
    o.relationships = 600;
    return makeSyntheticDataset(o);
}

// A whole load inside a snapshot a helper joins: the helper's lists are the events' own.
void loadWithAHelper(const Database &db, const Dataset &written)
{
    const int before = Repository::listsReadBeside();
    const QSqlDatabase source = db.connection();
    QString error;
    std::optional<Dataset> loaded;
    {
        ReadSnapshot snapshot(source, &source, QStringLiteral("tsan.sqlite"));
        Repository repo(source);
        repo.setSnapshot(&snapshot);
        loaded = repo.load(&error);
    }
    check(loaded && loaded->events == written.events, "the load with a helper reads every event");
    check(Repository::listsReadBeside() == before + 1, "the helper read the lists of events");
}

// The window's Stop while the worker and its helper read: the stop reaches both, nothing comes.
void loadWithAHelperStopped(const Database &db)
{
    const QSqlDatabase source = db.connection();
    Repository::Progress progress;
    std::optional<Dataset> loaded;
    QString error;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        QString ignored;
        const ThreadConnection connection(source, QStringLiteral("tsan.sqlite"), &ignored);
        ReadSnapshot snapshot(connection.connection(), &source, QStringLiteral("tsan.sqlite"));
        Repository repo(connection.connection());
        repo.setSnapshot(&snapshot);
        repo.setProgress(&progress);
        loaded = repo.load(&error);
    }));
    worker->start();
    waitUntil([&] { return progress.done.load() > 0 || worker->isFinished(); }, 60000);
    worker->requestInterruption();
    worker->wait();
    check(!loaded && !error.isEmpty(), "a stopped load with a helper delivers nothing");
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    layoutWorkerBurst();
    layoutRunnerDestroyedWhileRunning();
    importReadsOnAWorker(dir);
    importCancelled(dir);
    {
        const Dataset d = loadSample();
        Database db;
        QString error;
        check(db.open(dir.filePath(QStringLiteral("tsan.sqlite")), &error)
                      && Repository(db.connection()).replaceAll(d, &error),
              "the database to load is written");
        loadWithAHelper(db, d);
        loadWithAHelperStopped(db);
    }
    std::printf("%d failed\n", g_failures);
    return g_failures == 0 ? 0 : 1;
}
