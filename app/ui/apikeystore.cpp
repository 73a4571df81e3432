// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apikeystore.h"

#include <qt6keychain/keychain.h>

namespace atlas {

namespace {

const QString service = QStringLiteral("telco-atlas");
const QString account = QStringLiteral("opendart-api-key");

QString describe(QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return {};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return ApiKeyStore::tr("No desktop keyring is available: the key is used for this session only.");
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return ApiKeyStore::tr("The desktop keyring refused access: the key is used for this session only.");
    default:
        return ApiKeyStore::tr("The desktop keyring failed (%1): the key is used for this session only.").arg(job->errorString());
    }
}

} // namespace

ApiKeyStore::ApiKeyStore(QObject *parent) : QObject(parent) { }

void ApiKeyStore::read()
{
    auto *job = new QKeychain::ReadPasswordJob(service, this);
    job->setAutoDelete(true);
    job->setKey(account);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        Q_EMIT readDone(job->error() == QKeychain::NoError ? job->textData() : QString(), describe(job));
    });
    job->start();
}

void ApiKeyStore::write(const QString &key)
{
    auto *job = new QKeychain::WritePasswordJob(service, this);
    job->setAutoDelete(true);
    job->setKey(account);
    job->setInsecureFallback(false);
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, this, [this, job] { Q_EMIT writeDone(describe(job)); });
    job->start();
}

void ApiKeyStore::remove()
{
    auto *job = new QKeychain::DeletePasswordJob(service, this);
    job->setAutoDelete(true);
    job->setKey(account);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this, job] { Q_EMIT writeDone(describe(job)); });
    job->start();
}

} // namespace atlas
