// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The threaded part of an import, in its own file so the ThreadSanitizer build
// (tests/tsan) can run it without the rest of the window.
#include "importer.h"

#include "io/datasetfiles.h"
#include "io/importmapping.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace atlas {

std::optional<ImportedData> Importer::readWithProgress(const QString &path, const Dataset &current,
                                                       QWidget *parent, QString *error,
                                                       const ImportMapping *mapping)
{
    std::atomic<qint64> done{ 0 };
    std::atomic<qint64> total{ 0 };
    std::atomic<bool> cancel{ false };
    std::optional<ImportedData> result;
    QString readError;
    // The worker reads its own copy: the document's data may not be touched off the GUI thread.
    const Dataset snapshot = current;
    QThread *worker = QThread::create([&] {
        const auto progress = [&](qint64 d, qint64 t) {
            done = d;
            total = t;
            return !cancel.load();
        };
        result = mapping
                ? DatasetFiles::readMapped(path, snapshot, *mapping, {}, &readError, progress)
                : DatasetFiles::read(path, snapshot, &readError, progress);
    });
    QProgressDialog progress(tr("Reading %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0,
                             1000, parent);
    progress.setWindowTitle(tr("Import"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoReset(false);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&] { cancel = true; });
    QTimer tick;
    tick.setInterval(50);
    QObject::connect(&tick, &QTimer::timeout, &progress, [&] {
        const qint64 t = total.load();
        if (t > 0)
            progress.setValue(int(done.load() * 1000 / t));
    });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    tick.start();
    loop.exec();
    worker->wait();
    delete worker;
    progress.reset();
    if (!result && error)
        *error = readError;
    return result;
}

} // namespace atlas
