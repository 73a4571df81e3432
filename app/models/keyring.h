// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

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

// The desktop keyring (Secret Service such as GNOME Keyring, or KWallet) through qtkeychain.
// Without a keyring reading finds nothing and writing fails with a message; qtkeychain's
// unencrypted fallback is never switched on.
class Keyring : public PasswordStore
{
    Q_DECLARE_TR_FUNCTIONS(atlas::Keyring)

public:
    std::optional<QString> read(const QString &key) override;
    bool write(const QString &key, const QString &password, QString *error) override;

    // The one the application uses.
    static Keyring *instance();
};

} // namespace atlas
