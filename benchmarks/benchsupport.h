// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What every benchmark measures with: CPU clocks, waiting for the window to finish what an action
// set off without billing the wait, and the process's memory. Header only; benchmarks only.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryFile>
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

// For `perf record --delay=-1 --control=fifo:CTL,ACK`: writes `command` ("enable" or "disable")
// to the control fifo named by ATLAS_BENCH_PERF_CTL and waits for perf's acknowledgement on the
// fifo named by ATLAS_BENCH_PERF_ACK, so a profile holds one chosen step. Nothing when unset.
inline void perfControl(const char *command)
{
    const QString ctl = qEnvironmentVariable("ATLAS_BENCH_PERF_CTL");
    if (ctl.isEmpty())
        return;
    QFile out(ctl);
    if (out.open(QIODevice::WriteOnly)) {
        out.write(QByteArray(command) + '\n');
        out.close();
    }
    QFile ack(qEnvironmentVariable("ATLAS_BENCH_PERF_ACK"));
    if (ack.open(QIODevice::ReadOnly))
        (void)ack.readLine();
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
    long peakKb = -1; // the program's own peak RSS, -1 when GNU time is not there to tell
};

// Runs program to its end: its wall time and CPU time, or -1 for both when it failed. Its peak
// RSS comes from GNU time (Debian's "time"), which runs it: the peak getrusage() gives for the
// children counts a child's pages shared with this process between fork and exec, the
// benchmark's own hundreds of MB, not the program's.
inline Run runProgram(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const QString gnuTime = QStringLiteral("/usr/bin/time");
    QTemporaryFile peak;
    const bool measured = QFileInfo(gnuTime).isExecutable() && peak.open();
    const double before = childCpuMs();
    QElapsedTimer t;
    t.start();
    if (measured)
        p.start(gnuTime,
                QStringList{ QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"),
                             peak.fileName(), program }
                        + arguments);
    else
        p.start(program, arguments);
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program),
                     p.readAllStandardOutput().constData());
        return {};
    }
    Run run{ double(t.elapsed()), childCpuMs() - before };
    if (measured) {
        bool ok = false;
        const long kb = peak.readAll().trimmed().toLong(&ok);
        run.peakKb = ok ? kb : -1;
    }
    return run;
}

} // namespace atlas::Bench
