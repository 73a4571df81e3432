// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace atlas {

// One database the application works on: an SQLite file (the default) or a PostgreSQL database.
// Opening checks that the database is ours and not too new *before* anything is written, then
// creates or upgrades the schema. Each instance owns one uniquely named QSqlDatabase connection;
// destroy every Repository and QSqlQuery made from connection() before the Database.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(atlas::Database)

public:
    Database();
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // AppDataLocation/telco-atlas.sqlite; the folder is created when the file is opened.
    static QString defaultLocation();
    static int latestSchemaVersion();

    // spec: a file path (SQLite; ":memory:" for a private in-memory database) or
    // postgresql://user[:password]@host[:port]/dbname[?libpq-option=value&...] (QPSQL driver).
    // On failure returns false, sets *error to a message naming the file (or the URL without its
    // password) and the problem, and leaves an existing file byte-for-byte untouched.
    // Opening again first closes the previous connection.
    bool open(const QString &spec, QString *error);
    void close();

    bool isOpen() const;
    QString spec() const;        // as given to open()
    QString displayName() const; // file path, or URL without password
    QSqlDatabase connection() const;
    int schemaVersion() const;
    bool isSqlite() const;

private:
    bool openSqlite(const QString &path, QString *error);
    bool openPostgres(const QString &spec, QString *error);

    QString m_connectionName;
    QString m_spec;
    QString m_displayName;
    int m_schemaVersion = 0;
};

} // namespace atlas
