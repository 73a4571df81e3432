// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What a user pays for loading, opening and editing a large database, in the real main window
// (offscreen): CPU of the whole process (every thread) per action, including the event loop
// work each action sets off, and resident memory. Each size runs in its own child process so its
// memory is its own. First `telco-atlas --import` of 100,000 events (so that the peak memory of
// this process's children is its own) beside the Python reference
// (benchmarks/import_reference.py: json + sqlite3 executemany in one transaction), when python3
// is there. Numbers are printed, never asserted; the README records them.
#include "benchsupport.h"
#include "core/heap.h"
#include "core/syntheticdataset.h"
#include "io/datasetjson.h"
#include "models/document.h"
#include "models/editcommands.h"
#include "storage/database.h"
#include "storage/repository.h"
#include "ui/mainwindow.h"
#include "models/workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QDir>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

#include <cstdio>
#include <ctime>
#include <functional>

#include <sys/resource.h>
#include <unistd.h>

using namespace atlas;

namespace {

using Bench::cpuMs;
using Bench::Run;
using Bench::runProgram;
using Bench::statusField;

// Lets the window finish what the action set off (deferred relayouts, repaints, worker results).
void settle(int ms = 400)
{
    Bench::wait(ms);
}

// CPU of one action and everything it sets off.
double measure(const std::function<void()> &action, int settleMs = 400)
{
    settle(50);
    const double start = cpuMs();
    action();
    settle(settleMs);
    return cpuMs() - start;
}

// PostgreSQL does part of a load in its server process: that process's CPU so far, from /proc
// (the server runs on this machine); 0 for SQLite.
double serverCpuMs(const Database *db)
{
    if (!db || db->isSqlite())
        return 0;
    QSqlQuery q(db->connection());
    if (!q.exec(QStringLiteral("SELECT pg_backend_pid()")) || !q.next())
        return 0;
    QFile f(QStringLiteral("/proc/%1/stat").arg(q.value(0).toInt()));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    // Fields 14 and 15 (utime, stime) in clock ticks, after the command name in parentheses.
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) * 1000.0
            / double(sysconf(_SC_CLK_TCK));
}

SyntheticOptions sized(int events)
{
    SyntheticOptions o;
    o.events = events;
    o.companies = qMax(20, events / 50); // 2,000 at 100,000 events
    o.relationships = events * 3 / 50; // 6,000 at 100,000 events
    // ATLAS_BENCH_COMPANIES / ATLAS_BENCH_RELATIONSHIPS: other proportions, such as
    // bench_timeline's million (5,000 companies, 20,000 relationships).
    if (const int n = qEnvironmentVariableIntValue("ATLAS_BENCH_COMPANIES"); n > 0)
        o.companies = n;
    if (const int n = qEnvironmentVariableIntValue("ATLAS_BENCH_RELATIONSHIPS"); n > 0)
        o.relationships = n;
    return o;
}

// ATLAS_BENCH_ATTRIBUTES=n: every entity, event and relationship gets n typed attributes (text,
// number, date, true/false in turn), to measure what they cost to store, load and show.
Dataset withAttributes(Dataset d)
{
    const int n = qEnvironmentVariableIntValue("ATLAS_BENCH_ATTRIBUTES");
    auto fill = [n](auto &records) {
        for (qsizetype r = 0; r < records.size(); ++r) {
            Attributes &a = records[r].attributes;
            for (int i = 0; i < n; ++i) {
                const QString name = QStringLiteral("attribute %1").arg(i);
                switch (i % 4) {
                case 0:
                    a.append(Attribute::text(name, QStringLiteral("value %1").arg(r % 97)));
                    break;
                case 1:
                    a.append(Attribute::number(name, double(r % 1000) / 4));
                    break;
                case 2:
                    a.append(Attribute::date(name, QDate(2000, 1, 1).addDays(r % 9000)));
                    break;
                default:
                    a.append(Attribute::boolean(name, r % 2 == 0));
                }
            }
        }
    };
    fill(d.entities);
    fill(d.events);
    fill(d.relationships);
    return d;
}

// The application's own start: the window appears while the data is read on a worker thread
// (Workspace::openInBackground). When the window is painted (CPU of the main thread, which is
// what the window waits for, and wall time), when the data is in it, and the longest stretch in
// which the window did not answer (the gap between ticks of a 5 ms timer).
void startInBackground(const QString &path, const QString &label)
{
    Document document;
    Workspace workspace(&document);
    std::unique_ptr<MainWindow> window;
    settle(50);
    QString error;
    bool done = false;
    QElapsedTimer wall;
    qint64 dataWallMs = 0;
    wall.start();
    const double thread0 = cpuMs(CLOCK_THREAD_CPUTIME_ID);
    const double process0 = cpuMs();
    const bool started =
            workspace.openInBackground(path, &error, [&](bool ok, const QString &message) {
                if (!ok)
                    qFatal("%s", qPrintable(message));
                done = true;
                dataWallMs = wall.elapsed();
            });
    if (!started)
        qFatal("%s", qPrintable(error));
    window = std::make_unique<MainWindow>(&document, &workspace);
    window->resize(1600, 1000);
    window->show();
    QCoreApplication::processEvents(); // the first paint
    const double shownMs = cpuMs(CLOCK_THREAD_CPUTIME_ID) - thread0;
    const qint64 shownWallMs = wall.elapsed();
    QElapsedTimer sinceTick;
    qint64 longestMs = 0;
    double longestCpuMs = 0; // the main thread's CPU in that longest pause
    double tickCpu = cpuMs(CLOCK_THREAD_CPUTIME_ID);
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 gap = sinceTick.restart();
        const double cpu = cpuMs(CLOCK_THREAD_CPUTIME_ID);
        if (gap > longestMs) {
            longestMs = gap;
            longestCpuMs = cpu - tickCpu;
        }
        tickCpu = cpu;
    });
    sinceTick.start();
    ticker.start();
    while (!done)
        Bench::wait(10);
    settle();
    ticker.stop();
    std::printf("%9s  start: window painted, data still reading  %9.1f ms CPU  (main thread; "
                "%lld ms wall)\n",
                qPrintable(label), shownMs, shownWallMs);
    std::printf("%9s  start: data in the window, settled         %9.1f ms CPU  (all threads; "
                "data in at %lld ms wall; longest the window did not answer: %lld ms, %.0f ms "
                "CPU)\n",
                qPrintable(label), cpuMs() - process0, dataWallMs, longestMs, longestCpuMs);
    std::fflush(stdout);
}

// One size in this process: builds the database, opens it in the main window, edits it.
int runSize(int events)
{
    QTemporaryDir dir;
    // ATLAS_BENCH_DATABASE=postgresql://…: the same run on that database (its data replaced).
    const QString path = qEnvironmentVariable("ATLAS_BENCH_DATABASE",
                                              dir.filePath(QStringLiteral("bench.sqlite")));
    QString error;
    if (events > 0) {
        Database db;
        if (!db.open(path, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        Repository repo(db.connection());
        if (!repo.replaceAll(withAttributes(makeSyntheticDataset(sized(events))), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        // ATLAS_BENCH_WRITE_ONLY=1 (with ATLAS_BENCH_DATABASE): only make the database, for
        // measuring the application itself opening it in a fresh process.
        if (qEnvironmentVariableIntValue("ATLAS_BENCH_WRITE_ONLY"))
            return 0;
    }
    const QString label = events > 0 ? QString::number(events) : QStringLiteral("built-in");
    // ATLAS_BENCH_START_ONLY=1 with ATLAS_BENCH_DATABASE and --size 0: only the application's
    // start on that database as it is (a million events made once with ATLAS_BENCH_WRITE_ONLY).
    if (qEnvironmentVariableIntValue("ATLAS_BENCH_START_ONLY")) {
        startInBackground(path, QStringLiteral("given"));
        return 0;
    }

    Document document;
    Workspace workspace(&document);
    QElapsedTimer wall;
    double ms = measure(
            [&] {
                wall.start();
                if (!workspace.open(path, &error))
                    qFatal("%s", qPrintable(error));
            },
            0);
    const qint64 wallMs = wall.elapsed();
    std::printf("%9s  load (database to document)                 %9.1f ms CPU  (%lld ms wall, "
                "%.0f ms CPU in the database server)\n",
                qPrintable(label), ms, wallMs, serverCpuMs(workspace.database()));
    std::fflush(stdout);
    // ATLAS_BENCH_LOAD_ONLY=1: only that load (with ATLAS_BENCH_DATABASE and --size 0, the
    // database as it is), for profiling the read itself.
    if (qEnvironmentVariableIntValue("ATLAS_BENCH_LOAD_ONLY"))
        return 0;

    std::unique_ptr<MainWindow> window;
    ms = measure(
            [&] {
                window = std::make_unique<MainWindow>(&document, &workspace);
                window->resize(1600, 1000);
                window->show();
            },
            1500);
    std::printf(
            "%9s  open to an interactive window               %9.1f ms CPU  (RSS %s, peak %s)\n",
            qPrintable(label), ms, qPrintable(statusField("VmRSS:")),
            qPrintable(statusField("VmHWM:")));
    std::fflush(stdout);
    if (events == 0) {
        window.reset();
        startInBackground(path, label);
        return 0;
    }

    QUndoStack *stack = document.undoStack();
    auto edit = [&](const char *name, EditCommand *command) {
        if (!command)
            qFatal("no command for %s", name);
        const double doMs = measure([&] { stack->push(command); });
        const double undoMs = measure([&] { stack->undo(); });
        const double redoMs = measure([&] { stack->redo(); });
        std::printf("%9s  %-42s %9.1f  undo %9.1f  redo %9.1f ms CPU\n", qPrintable(label), name,
                    doMs, undoMs, redoMs);
        std::fflush(stdout);
    };

    const Dataset &data = document.data();
    // ATLAS_BENCH_PROFILE_EDIT=1: only a changed event's title, done and undone 20 times, for
    // `perf record -p` (what a window pays per edit, without the other kinds).
    // 2: a renamed entity; 3: a deleted entity; 4: a changed relationship; 5: an added event;
    // 6: a deleted event; 7: an added entity (selected, as the window selects a new record).
    // A deleted entity is selected first, as a user selects it before pressing Delete.
    const int profile = qEnvironmentVariableIntValue("ATLAS_BENCH_PROFILE_EDIT");
    if (profile >= 1 && profile <= 7) {
        Event changed = data.events.at(data.events.size() / 2);
        Entity renamed = data.entities.at(data.entities.size() / 2);
        Relationship relationship = data.relationships.at(data.relationships.size() / 2);
        Event added = data.events.at(0);
        added.id = QStringLiteral("bench-event");
        // ATLAS_BENCH_PROFILE_REPEAT=1: only the first edit (what the first one pays once).
        const int repeat = qEnvironmentVariableIsSet("ATLAS_BENCH_PROFILE_REPEAT")
                ? qEnvironmentVariableIntValue("ATLAS_BENCH_PROFILE_REPEAT")
                : 20;
        for (int i = 0; i < repeat; ++i) {
            changed.title.en += QStringLiteral(" (changed)");
            renamed.name.en += QStringLiteral(" (renamed)");
            relationship.validUntil = PartialDate::year(2030 + i);
            if (profile == 1)
                edit("change event", EditCommands::updateEvent(&document, changed));
            else if (profile == 2)
                edit("change entity", EditCommands::updateEntity(&document, renamed));
            else if (profile == 3) {
                const QString victim = data.entities.at(1 + i).id;
                document.selectEntity(victim);
                edit("delete entity", EditCommands::removeEntity(&document, victim));
            } else if (profile == 7) {
                Entity entity;
                entity.id = QStringLiteral("bench-entity");
                entity.name = { QStringLiteral("Bench Company"), QStringLiteral("벤치 회사") };
                Bench::perfControl("enable"); // perf record --control: this edit alone
                edit("add entity", EditCommands::addEntity(&document, entity));
                Bench::perfControl("disable");
                stack->undo(); // the same id again next time
            } else if (profile == 4)
                edit("change relationship",
                     EditCommands::updateRelationship(&document, relationship));
            else if (profile == 5)
                edit("add event", EditCommands::addEvent(&document, added));
            else
                edit("delete event",
                     EditCommands::removeEvent(&document, data.events.at(1000 + i).id));
            if (profile == 5)
                stack->undo(); // the same id again next time
        }
        return 0;
    }
    Entity entity;
    entity.id = QStringLiteral("bench-entity");
    entity.name = { QStringLiteral("Bench Company"), QStringLiteral("벤치 회사") };
    edit("add entity", EditCommands::addEntity(&document, entity));
    Entity renamed = data.entities.at(data.entities.size() / 2);
    renamed.name.en += QStringLiteral(" (renamed)");
    edit("change entity", EditCommands::updateEntity(&document, renamed));
    const QString victim = data.entities.at(1).id;
    document.selectEntity(victim);
    edit("delete entity (its events, relationships)",
         EditCommands::removeEntity(&document, victim));

    Event event = data.events.at(0);
    event.id = QStringLiteral("bench-event");
    edit("add event", EditCommands::addEvent(&document, event));
    Event changedEvent = data.events.at(data.events.size() / 2);
    changedEvent.title.en += QStringLiteral(" (changed)");
    edit("change event", EditCommands::updateEvent(&document, changedEvent));
    const QString eventId = data.events.at(data.events.size() / 3).id;
    document.selectEvent(eventId);
    edit("delete event", EditCommands::removeEvent(&document, eventId));

    Relationship relationship = data.relationships.at(0);
    relationship.id = QStringLiteral("bench-relationship");
    edit("add relationship", EditCommands::addRelationship(&document, relationship));
    Relationship changedRelationship = data.relationships.at(data.relationships.size() / 2);
    changedRelationship.validUntil = PartialDate::year(2030);
    edit("change relationship", EditCommands::updateRelationship(&document, changedRelationship));
    const QString relationshipId = data.relationships.at(data.relationships.size() / 3).id;
    document.selectRelationship(relationshipId);
    edit("delete relationship", EditCommands::removeRelationship(&document, relationshipId));

    std::printf("%9s  memory at the end                           RSS %s, peak %s\n",
                qPrintable(label), qPrintable(statusField("VmRSS:")),
                qPrintable(statusField("VmHWM:")));
    window.reset();
    startInBackground(path, label);
    return 0;
}

// --import of 100,000 events into a fresh database against the Python reference into the same.
void runImport()
{
    // ATLAS_BENCH_IMPORT_DIR keeps the file and the databases there, for profiling.
    QTemporaryDir temporary;
    const QDir dir(qEnvironmentVariableIsEmpty("ATLAS_BENCH_IMPORT_DIR")
                           ? temporary.path()
                           : qEnvironmentVariable("ATLAS_BENCH_IMPORT_DIR"));
    const QString json = dir.filePath(QStringLiteral("import.json"));
    QString error;
    SyntheticOptions o = sized(100000);
    if (!DatasetJson::writeFile(makeSyntheticDataset(o), json, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return;
    }
    const QString app = QStringLiteral(ATLAS_APP_PATH);
    // A seeded database with the built-in data, copied for each importer and round.
    const QString seed = dir.filePath(QStringLiteral("seed.sqlite"));
    const QString forApp = dir.filePath(QStringLiteral("app.sqlite"));
    const QString forPython = dir.filePath(QStringLiteral("python.sqlite"));
    QFile::remove(seed);
    {
        Document document;
        Workspace workspace(&document);
        if (!workspace.open(seed, &error)) {
            std::fprintf(stderr, "cannot seed: %s\n", qPrintable(error));
            return;
        }
    }
    std::printf(
            "\nImport of 100,000 events, 2,000 companies, 6,000 relationships (JSON, %lld MB)\n",
            QFileInfo(json).size() / (1024 * 1024));
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        std::printf("  python3 not found: no reference\n");
    // Rounds alternate the two programs, so a slow spell of a shared machine falls on both; the
    // median ratio is the figure (single runs here vary by a fifth either way).
    const int asked = qEnvironmentVariableIntValue("ATLAS_BENCH_IMPORT_ROUNDS");
    const int rounds = asked > 0 ? asked : 3;
    QList<double> ratios;
    double atlasTotal = 0;
    double referenceTotal = 0;
    for (int round = 1; round <= rounds; ++round) {
        for (const QString &copy : { forApp, forPython }) {
            QFile::remove(copy);
            QFile::remove(copy + QStringLiteral("-wal"));
            QFile::remove(copy + QStringLiteral("-shm"));
            if (!QFile::copy(seed, copy)) {
                std::fprintf(stderr, "cannot copy %s\n", qPrintable(seed));
                return;
            }
        }
        const Run atlas = runProgram(
                app, { QStringLiteral("--database"), forApp, QStringLiteral("--import"), json });
        const QString peak = atlas.peakKb < 0 ? QStringLiteral("? (GNU time not found)")
                                              : QString::number(atlas.peakKb / 1024);
        std::printf("  round %d  telco-atlas --import  %6.0f ms wall  %6.0f ms CPU  (peak RSS %s "
                    "MB)\n",
                    round, atlas.wallMs, atlas.cpuMs, qPrintable(peak));
        if (python.isEmpty())
            continue;
        const Run reference =
                runProgram(python, { QStringLiteral(ATLAS_REFERENCE_SCRIPT), json, forPython });
        std::printf("  round %d  Python reference      %6.0f ms wall  %6.0f ms CPU\n", round,
                    reference.wallMs, reference.cpuMs);
        if (reference.cpuMs > 0 && atlas.cpuMs > 0) {
            atlasTotal += atlas.cpuMs;
            referenceTotal += reference.cpuMs;
            ratios.append(atlas.cpuMs / reference.cpuMs);
            std::printf("  round %d  ratio                 %6.2fx CPU\n", round, ratios.last());
        }
    }
    if (!ratios.isEmpty()) {
        std::sort(ratios.begin(), ratios.end());
        std::printf("  median ratio over %lld rounds    %6.2fx CPU (lowest %.2fx, highest %.2fx)\n",
                    qsizetype(ratios.size()), ratios.at(ratios.size() / 2), ratios.first(),
                    ratios.last());
        std::printf("  all rounds together              %6.2fx CPU (%.1f s against %.1f s)\n",
                    atlasTotal / referenceTotal, atlasTotal / 1000, referenceTotal / 1000);
    }
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
    const bool importOnly = args.contains(QStringLiteral("--import-only"));
    runImport(); // first: its peak memory is read from this process's children
    if (!importOnly) {
        std::printf("Document: CPU per action in the main window (offscreen, 1600x1000), whole "
                    "process, each size "
                    "in its own process\n");
        std::fflush(stdout);
        for (int events : { 0, 1000, 10000, 100000 }) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedChannels);
            child.start(QApplication::applicationFilePath(),
                        { QStringLiteral("--size"), QString::number(events) });
            child.waitForFinished(-1);
        }
    }
    return 0;
}
