// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What every benchmark measures with: CPU clocks, waiting for the window to finish what an action
// set off without billing the wait, and the process's memory. Header only; benchmarks only.
#pragma once

#include <QByteArray>
#include <QEventLoop>
#include <QFile>
#include <QString>
#include <QTimer>

#include <ctime>

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

} // namespace atlas::Bench
