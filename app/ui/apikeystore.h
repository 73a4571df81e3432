// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace atlas {

// The user's OpenDART API key in the desktop keyring (Secret Service, KWallet, ...) through
// QtKeychain, never in the settings file: the key is the user's, and a settings file is copied
// around. Asynchronous like the keyring itself; without a keyring service (a headless session)
// the jobs fail quickly and the messages say the key is kept for this session only.
class ApiKeyStore : public QObject
{
    Q_OBJECT

public:
    explicit ApiKeyStore(QObject *parent = nullptr);

    void read();
    void write(const QString &key);
    void remove();

Q_SIGNALS:
    // key is empty when none is stored; error is empty on success, else a sentence for the user.
    void readDone(const QString &key, const QString &error);
    void writeDone(const QString &error);
};

} // namespace atlas
