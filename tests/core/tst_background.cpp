// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/background.h"

#include <QTest>
#include <QThread>

#include <algorithm>
#include <memory>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace atlas;

namespace {

int niceOfThisThread()
{
    return getpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)));
}

} // namespace

class TestBackground : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A worker (layout, timeline index, read) that yields gets less of the processor than the
    // window's thread when both want it; the window's thread and other threads keep theirs.
    void aWorkerThatYieldsRunsBelowTheWindow()
    {
        const int window = niceOfThisThread();
        int worker = window;
        int other = window;
        std::unique_ptr<QThread> yielding(QThread::create([&worker] {
            yieldToTheWindow();
            worker = niceOfThisThread();
        }));
        std::unique_ptr<QThread> plain(QThread::create([&other] { other = niceOfThisThread(); }));
        yielding->start();
        QVERIFY(yielding->wait(10000));
        plain->start();
        QVERIFY(plain->wait(10000));
        QCOMPARE(niceOfThisThread(), window);
        QCOMPARE(other, window);
        QCOMPARE(worker, std::min(window + 10, 19)); // 19: the lowest a nice value goes
    }
};

QTEST_GUILESS_MAIN(TestBackground)
#include "tst_background.moc"
