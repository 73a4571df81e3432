// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: the program's two worker threads under ThreadSanitizer (preset tsan): the graph's
// layout worker (LayoutRunner, a burst of requests, a runner destroyed mid-layout) and the
// import's reading thread (Importer::readWithProgress, read whole and cancelled), compiled from
// their own sources with -fsanitize=thread. A data race makes the run fail (halt_on_error); the
// assertions check the threads still give the right answers.
#include "core/syntheticdataset.h"
#include "graph/layoutrunner.h"
#include "io/datasetfiles.h"
#include "ui/importer.h"

#include <QApplication>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace atlas;

namespace {

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

} // namespace

class TestThreads : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeDataset(int events)
    {
        SyntheticOptions o;
        o.events = events;
        o.companies = 40;
        o.relationships = events / 20;
        const QString path = m_dir.filePath(QStringLiteral("events-%1.json").arg(events));
        QString error;
        if (!DatasetFiles::write(makeSyntheticDataset(o), path, &error))
            qWarning("%s", qPrintable(error));
        return path;
    }

private Q_SLOTS:
    // Requests while a layout runs replace each other; the newest is computed, on the worker,
    // exactly as on the calling thread.
    void layoutWorkerBurst()
    {
        LayoutRunner runner;
        QSignalSpy spy(&runner, &LayoutRunner::finished);
        for (quint64 t = 1; t <= 12; ++t)
            runner.request(t, sampleInput(quint32(t)));
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy(), 120000);
        QVERIFY(spy.count() >= 2);
        QCOMPARE(spy.constLast().at(0).toULongLong(), quint64(12));
        QCOMPARE(spy.constLast().at(1).value<LayoutResult>().positions,
                 GraphLayout::compute(sampleInput(12)).positions);
    }

    // Closing the graph while a large layout runs: the runner waits for its worker.
    void layoutRunnerDestroyedWhileRunning()
    {
        auto runner = std::make_unique<LayoutRunner>();
        runner->request(1, sampleInput(1, 60));
        QVERIFY(runner->isBusy());
        runner.reset();
    }

    void importReadsOnAWorker()
    {
        const QString path = writeDataset(3000);
        QString error;
        const auto read = Importer::readWithProgress(path, Dataset{}, nullptr, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->data.events.size(), 3000);
    }

    // Cancel in the progress dialog while the worker reads: nothing comes back, and says so.
    void importCancelled()
    {
        const QString path = writeDataset(20000);
        QTimer::singleShot(0, this, [] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *progress = qobject_cast<QProgressDialog *>(w))
                    progress->cancel();
        });
        QString error;
        const auto read = Importer::readWithProgress(path, Dataset{}, nullptr, &error);
        QVERIFY(!read);
        QCOMPARE(error, ImportMessages::cancelled());
    }
};

QTEST_MAIN(TestThreads)
#include "tst_threads.moc"
