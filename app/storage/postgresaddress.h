// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace atlas {

// A PostgreSQL address as the user writes it:
// postgresql://user[:password]@host[:port]/dbname[?libpq-option=value&...]
// The password (in the user part or as ?password=) is for one connection only: everything the
// program shows or remembers comes from withoutPassword(). Without a password libpq looks in
// PGPASSWORD, PGPASSFILE and ~/.pgpass itself.
class PostgresAddress
{
    Q_DECLARE_TR_FUNCTIONS(atlas::PostgresAddress)

public:
    explicit PostgresAddress(const QString &spec);

    // postgresql:// or postgres://, whether valid or not.
    static bool isPostgres(const QString &spec);
    // spec with any password removed; other specs (file paths) unchanged. Safe to show, log and
    // store even when spec does not parse.
    static QString stripPassword(const QString &spec);

    bool isValid() const { return m_error.isEmpty(); }
    // Why the address is unusable, naming it without its password.
    QString error() const { return m_error; }

    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString databaseName() const { return m_database; }
    QString userName() const { return m_user; }
    QString password() const { return m_password; }
    // libpq connection options from the query, "key=value" in order, without password; a
    // connect_timeout of 10 seconds is added when the address has none.
    QStringList connectOptions() const { return m_options; }

    // The address as given, without its password: for titles, menus, messages and settings.
    QString withoutPassword() const { return m_display; }
    // Names the account, not the options: user@host:port/dbname (the keyring entry).
    QString account() const;

private:
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_user;
    QString m_password;
    QStringList m_options;
    QString m_display;
    QString m_error;
};

} // namespace atlas
