// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace atlas {

// Where database passwords are kept between runs: never in the settings, only in a store like
// the desktop keyring. Keys name an account (PostgresAddress::account()).
class PasswordStore
{
public:
    virtual ~PasswordStore() = default;
    // Nothing when the store holds no password for key or cannot be reached.
    virtual std::optional<QString> read(const QString &key) = 0;
    virtual bool write(const QString &key, const QString &password, QString *error) = 0;
};

// The desktop keyring (Secret Service such as GNOME Keyring, or KWallet) through qtkeychain: the
// one place the program keeps secrets, database passwords and the user's OpenDART API key alike,
// never in the settings file (a settings file is copied around). Without a keyring reading finds
// nothing and writing fails with a message; qtkeychain's unencrypted fallback is never switched on.
class Keyring : public PasswordStore
{
    Q_DECLARE_TR_FUNCTIONS(atlas::Keyring)

public:
    // The account of the user's OpenDART API key.
    static QString dartApiKey() { return QStringLiteral("opendart-api-key"); }

    // Waiting for the keyring: a password is small and asked for before a connection.
    std::optional<QString> read(const QString &key) override;
    bool write(const QString &key, const QString &password, QString *error) override;

    // Without waiting, for a dialog that stays responsive; done runs in context's thread unless
    // context is gone. value is empty when none is stored; error is empty on success, else a
    // sentence for the user saying the value is kept for this session only (a headless session
    // has no keyring, and the jobs fail quickly).
    void readLater(const QString &key, QObject *context,
                   std::function<void(const QString &value, const QString &error)> done);
    void writeLater(const QString &key, const QString &value, QObject *context,
                    std::function<void(const QString &error)> done);

    // The one the application uses.
    static Keyring *instance();
};

} // namespace atlas
