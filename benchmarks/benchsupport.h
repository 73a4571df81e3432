// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What every benchmark measures with: CPU clocks, waiting for the window to finish what an action
// set off without billing the wait, and the process's memory. Header only; benchmarks only.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <cstdio>
#include <ctime>

#include <sys/resource.h>

namespace atlas::Bench {

// CPU time in milliseconds: of the whole process (every thread) by default, or of the calling
// thread with CLOCK_THREAD_CPUTIME_ID.
inline double cpuMs(clockid_t clock = CLOCK_PROCESS_CPUTIME_ID)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Runs the event loop for `ms`, blocking: it sleeps in poll() while nothing is due, so the wait
// costs no CPU. (Calling processEvents() in a loop instead polls and bills the wait as CPU.)
inline void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Waits until a whole stretch of `chunkMs` passes with the process nearly idle: deferred
// repaints, relayouts and worker results all land inside the action that set them off.
inline void settle(int chunkMs = 100, int maxChunks = 100)
{
    for (int i = 0; i < maxChunks; ++i) {
        const double before = cpuMs();
        wait(chunkMs);
        if (cpuMs() - before < 2.0)
            return;
    }
}

// A field of /proc/self/status ("VmRSS:", "VmHWM:"), as written there; "?" when unreadable.
inline QString statusField(const char *name)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(name))
            return QString::fromLatin1(line.mid(qstrlen(name) + 1).trimmed());
    }
    return QStringLiteral("?");
}

// CPU time in milliseconds of the children waited for so far (user and system).
inline double childCpuMs()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3
            + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

struct Run
{
    double wallMs = -1;
    double cpuMs = -1;
};

// Runs program to its end: its wall time and CPU time, or -1 for both when it failed.
inline Run runProgram(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const double before = childCpuMs();
    QElapsedTimer t;
    t.start();
    p.start(program, arguments);
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program),
                     p.readAllStandardOutput().constData());
        return {};
    }
    return { double(t.elapsed()), childCpuMs() - before };
}

} // namespace atlas::Bench
