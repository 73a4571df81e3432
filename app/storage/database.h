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
    // The database has a table of this name (PostgreSQL lists tables outside "public" as
    // schema.table; the schema is not compared).
    static bool hasTable(const QSqlDatabase &db, const QString &name);

    // spec: a file path (SQLite; ":memory:" for a private in-memory database) or
    // postgresql://user[:password]@host[:port]/dbname[?libpq-option=value&...] (QPSQL driver).
    // On failure returns false, sets *error to a message naming the file (or the URL without its
    // password) and the problem, and leaves an existing file byte-for-byte untouched.
    // Opening again first closes the previous connection.
    // SQLite: a file the user may not write, or file:PATH?mode=ro, opens read-only.
    bool open(const QString &spec, QString *error);
    // PostgreSQL: password is for this connection only and wins over one in spec. Without either,
    // none is passed and libpq takes it from PGPASSWORD, PGPASSFILE or ~/.pgpass itself.
    bool open(const QString &spec, const QString &password, QString *error);
    void close();
    // After a failed open: the server wanted a password, or refused the one given.
    bool passwordRejected() const { return m_passwordRejected; }

    bool isOpen() const;
    QString spec() const; // as given to open(), without any password
    QString displayName() const; // file path, or URL without password
    // The data can be read but not changed: a PostgreSQL user without INSERT, UPDATE and DELETE on
    // every table, a read-only server, or an SQLite file opened read-only. Writes then fail.
    bool isReadOnly() const { return m_readOnly; }
    // One sentence for the user saying why the database is read-only; empty when it is not.
    QString readOnlyReason() const { return m_readOnlyReason; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    bool isSqlite() const;
    // Whether a second connection reaches the same data: false for an in-memory SQLite database,
    // which is private to its connection.
    bool canConnectAgain() const;
    // SQLite: with true, open() leaves SQLite's check of an existing file for damage (quick_check,
    // a read of the whole file) to the caller when the schema is up to date, since then opening
    // writes nothing; quickCheckPending() then says so. The caller must run checkIntegrity()
    // before writing or trusting what it reads. For reading a large file while the window appears.
    void setQuickCheckDeferred(bool deferred) { m_deferQuickCheck = deferred; }
    bool quickCheckPending() const { return m_quickCheckPending; }
    // False with *error naming the file when SQLite finds db damaged.
    static bool checkIntegrity(const QSqlDatabase &db, const QString &displayName, QString *error);
    // SQLite: copies what the write-ahead log holds into the database file, without waiting for
    // readers (PASSIVE). Workspace calls it when the user pauses after edits, so the copy is not
    // part of an edit; SQLite still does it by itself past autoCheckpointPages. False when there
    // was nothing to do it on (PostgreSQL, read-only) or it failed.
    bool checkpoint();
    static constexpr int autoCheckpointPages = 8192;

private:
    bool openSqlite(const QString &path, bool readOnly, QString *error);
    bool openPostgres(const QString &spec, const QString &password, QString *error);

    QString m_connectionName;
    QString m_spec;
    QString m_displayName;
    int m_schemaVersion = 0;
    bool m_passwordRejected = false;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    bool m_deferQuickCheck = false;
    bool m_quickCheckPending = false;
};

// A second connection to an open database, made on the thread that uses it (a Qt connection
// serves only the thread that made it) and closed with this object: the workspace reads the data
// through one on a worker thread while the window appears. It is set up as the first
// (PostgreSQL: the same session settings) and, like it, only reads what it is asked to.
class ThreadConnection
{
    Q_DECLARE_TR_FUNCTIONS(atlas::ThreadConnection)

public:
    // source: Database::connection() of a database for which canConnectAgain(), handed over from
    // the thread that opened it. *error names the database when the connection fails.
    ThreadConnection(const QSqlDatabase &source, const QString &displayName, QString *error);
    ~ThreadConnection();
    Q_DISABLE_COPY_MOVE(ThreadConnection)

    bool isOpen() const { return m_open; }
    QSqlDatabase connection() const;
    // Tests: with false no second connection opens, as when a server's limit is reached.
    static void setEnabled(bool enabled);

private:
    QString m_name;
    bool m_open = false;
};

} // namespace atlas
