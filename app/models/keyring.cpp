// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyring.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>

namespace atlas {

namespace {

const auto kService = QStringLiteral("telco-atlas");

// qtkeychain only works asynchronously; a password is small and asked for before a connection,
// so waiting here keeps the callers simple.
void run(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

} // namespace

std::optional<QString> Keyring::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(key);
    run(job);
    if (job.error() != QKeychain::NoError)
        return std::nullopt;
    return job.textData();
}

bool Keyring::write(const QString &key, const QString &password, QString *error)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(key);
    job.setTextData(password);
    run(job);
    if (job.error() == QKeychain::NoError)
        return true;
    if (error)
        *error = tr("Cannot keep the password in the keyring: %1").arg(job.errorString());
    return false;
}

Keyring *Keyring::instance()
{
    static Keyring keyring;
    return &keyring;
}

} // namespace atlas
