// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyring.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <memory>

namespace atlas {

namespace {

const auto kService = QStringLiteral("telco-atlas");

// Every job: our service, the key, and never qtkeychain's unencrypted fallback.
template <typename Job>
Job *makeJob(const QString &key)
{
    auto *job = new Job(kService);
    job->setKey(key);
    job->setInsecureFallback(false);
    return job;
}

// qtkeychain only works asynchronously; the synchronous calls wait here.
void runAndWait(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

void runLater(QKeychain::Job *job, QObject *context, std::function<void(QKeychain::Job *)> done)
{
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [job, done = std::move(done)] { done(job); });
    job->start();
}

QString describe(QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return {};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Keyring::tr(
                "No desktop keyring is available: the key is used for this session only.");
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Keyring::tr(
                "The desktop keyring refused access: the key is used for this session only.");
    default:
        return Keyring::tr(
                       "The desktop keyring failed (%1): the key is used for this session only.")
                .arg(job->errorString());
    }
}

} // namespace

std::optional<QString> Keyring::read(const QString &key)
{
    std::unique_ptr<QKeychain::ReadPasswordJob> job(makeJob<QKeychain::ReadPasswordJob>(key));
    runAndWait(*job);
    if (job->error() != QKeychain::NoError)
        return std::nullopt;
    return job->textData();
}

bool Keyring::write(const QString &key, const QString &password, QString *error)
{
    std::unique_ptr<QKeychain::WritePasswordJob> job(makeJob<QKeychain::WritePasswordJob>(key));
    job->setTextData(password);
    runAndWait(*job);
    if (job->error() == QKeychain::NoError)
        return true;
    if (error)
        *error = tr("Cannot keep the password in the keyring: %1").arg(job->errorString());
    return false;
}

void Keyring::readLater(const QString &key, QObject *context,
                        std::function<void(const QString &value, const QString &error)> done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(key);
    runLater(job, context, [job, done = std::move(done)](QKeychain::Job *) {
        done(job->error() == QKeychain::NoError ? job->textData() : QString(), describe(job));
    });
}

void Keyring::writeLater(const QString &key, const QString &value, QObject *context,
                         std::function<void(const QString &error)> done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(key);
    job->setTextData(value);
    runLater(job, context, [done = std::move(done)](QKeychain::Job *j) { done(describe(j)); });
}

Keyring *Keyring::instance()
{
    static Keyring keyring;
    return &keyring;
}

} // namespace atlas
