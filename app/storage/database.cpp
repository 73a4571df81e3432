// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "core/seterror.h"
#include "migrator.h"
#include "postgresaddress.h"
#include "sqlitestatement.h"
#include "writetransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>

#include <algorithm>
#include <atomic>

namespace atlas {

namespace {

const auto kSqliteDriver = QStringLiteral("QSQLITE");
const auto kPostgresDriver = QStringLiteral("QPSQL");
const auto kMemory = QStringLiteral(":memory:");

// libpq's own words (client side: "fe_sendauth: no password supplied"; server side: SQLSTATE
// 28P01 "password authentication failed"), also in the Korean translations of both.
bool isPasswordProblem(const QString &message)
{
    for (const char *word : { "password", "28P01" }) {
        if (message.contains(QLatin1String(word), Qt::CaseInsensitive))
            return true;
    }
    for (const QString &word :
         { QStringLiteral("비밀번호"), QStringLiteral("암호"), QStringLiteral("패스워드") }) {
        if (message.contains(word))
            return true;
    }
    return false;
}

// No write bits at all counts as read-only even for root, who could write it anyway: the file's
// owner meant it to be read only.
bool isReadOnlyFile(const QFileInfo &info)
{
    constexpr auto writeBits = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    return !info.isWritable() || !(info.permissions() & writeBits);
}

// SQLite writes its journal beside the database, so a file in a folder nobody may write can only
// be read, whatever the file's own permissions say.
bool isInReadOnlyFolder(const QFileInfo &info)
{
    return isReadOnlyFile(QFileInfo(info.absolutePath()));
}

// A file without a -wal or -journal beside it has nobody writing it and nothing to recover: the
// file alone is the whole database.
bool isQuiet(const QString &path)
{
    return !QFile::exists(path + QLatin1String("-wal"))
            && !QFile::exists(path + QLatin1String("-journal"));
}

// Reads the file as immutable: creates nothing beside it (no -wal, no -shm).
void setImmutable(QSqlDatabase &db, const QFileInfo &info)
{
    QUrl uri = QUrl::fromLocalFile(info.absoluteFilePath());
    uri.setQuery(QStringLiteral("mode=ro&immutable=1"));
    db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
}

// Removes a connection by name; every QSqlDatabase copy of it must be gone by then.
void removeConnection(const QString &name)
{
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// Reads only. Whether path starts as an SQLite file does, and whether it is in WAL mode (header
// bytes 18 and 19 are 2), where opening it for writing changes nothing in it.
bool readSqliteHeader(const QString &path, const QString &display, bool *wal, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return setError(
                error,
                Database::tr("%1: cannot read the file: %2").arg(display, file.errorString()));
    const QByteArray head = file.read(20);
    if (!head.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return setError(
                error,
                Database::tr("%1: not a Telco Atlas database (not an SQLite file)").arg(display));
    *wal = head.size() == 20 && head.at(18) == 2 && head.at(19) == 2;
    return true;
}

// Reads only. Decides whether the database is ours (or empty) and not newer than this build,
// and gives its schema version; used before anything is written.
bool inspect(const QSqlDatabase &db, const QString &displayName, int *version, QString *error)
{
    if (db.driverName() == kSqliteDriver) {
        // tables() swallows errors; a damaged file must not pass for an empty one.
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            return setError(error,
                            Database::tr("%1: cannot read the database: %2")
                                    .arg(displayName, q.lastError().text()));
    }
    const QStringList tables = db.tables(QSql::Tables);
    QStringList ours;
    QStringList others;
    for (const QString &t : tables) {
        const QString name = t.section(QLatin1Char('.'), -1);
        if (name.startsWith(QLatin1String("sqlite_")))
            continue;
        (name == QLatin1String("meta") ? ours : others).append(t);
    }
    if (ours.isEmpty()) {
        // A database with tables of someone else's: never mix our schema into it.
        if (!others.isEmpty())
            return setError(error,
                            Database::tr("%1: not a Telco Atlas database (it holds other tables, "
                                         "such as \"%2\")")
                                    .arg(displayName, others.constFirst()));
        *version = 0;
        return true;
    }
    const int v = Migrator::currentVersion(db);
    if (v < 0)
        return setError(error,
                        Database::tr("%1: not a Telco Atlas database (no schema version)")
                                .arg(displayName));
    const int latest = Migrator::latestVersion();
    if (v > latest)
        return setError(error,
                        Database::tr("%1: database schema version %2 is newer than this Telco "
                                     "Atlas supports (%3); "
                                     "update the application")
                                .arg(displayName, QString::number(v), QString::number(latest)));
    *version = v;
    return true;
}

// A damaged file (bytes flipped on a disk, a copy cut short) is refused before records are read
// out of it or written into it; SQLite answers "ok" or the first problems it found.
bool quickCheck(const QSqlDatabase &db, const QString &displayName, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check(3)")) || !q.next())
        return setError(
                error,
                Database::tr(
                        "%1: the database is damaged and was not opened; it is left as it was (%2)")
                        .arg(displayName, q.lastError().text()));
    const QString result = q.value(0).toString();
    if (result == QLatin1String("ok"))
        return true;
    return setError(
            error,
            Database::tr(
                    "%1: the database is damaged and was not opened; it is left as it was (%2)")
                    .arg(displayName, result));
}

// Opens the connection and brings the schema up to date (a read-only one must be up to date
// already); an empty result is success.
QString initialiseSqlite(QSqlDatabase &db, const QString &display, bool readOnly,
                         int *schemaVersion)
{
    if (!db.open())
        return Database::tr("%1: cannot open the database: %2").arg(display, db.lastError().text());

    // Off by default in SQLite and per connection, so on every open.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return Database::tr("%1: cannot enable foreign keys: %2")
                .arg(display, q.lastError().text());

    // Again on the writable connection: the file may be new or empty, or changed since the probe.
    int version = 0;
    QString message;
    if (!inspect(db, display, &version, &message))
        return message;
    if (readOnly) {
        if (version == 0)
            return Database::tr("%1: opened read-only, but it holds no Telco Atlas data yet")
                    .arg(display);
        if (version < Migrator::latestVersion())
            return Database::tr("%1: opened read-only, but it needs an upgrade to schema version "
                                "%2; open it once "
                                "with write access")
                    .arg(display, QString::number(Migrator::latestVersion()));
        *schemaVersion = version;
        return {};
    }
    if (!Migrator::migrate(db, Migrator::latestVersion(), &message))
        return Database::tr("%1: %2").arg(display, message);

    // Only after the checks and the upgrade: switching to WAL rewrites the file header. A file
    // system without WAL support keeps the old journal mode, which still works.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return Database::tr("%1: cannot set the journal mode: %2")
                .arg(display, q.lastError().text());
    const bool wal = q.next() && q.value(0).toString().compare(u"wal", Qt::CaseInsensitive) == 0;
    q.finish();
    // In WAL mode a commit need not wait for the disk: the log stays whole whatever happens (SQLite
    // syncs it at each checkpoint), and what a power cut can take back is the last commits, never
    // a half-written one. Waiting for the disk at every commit froze the window 1-7 ms an edit at
    // 100,000 events (an fdatasync each). Any other journal keeps FULL, which its safety needs.
    if (wal)
        q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    // Copying the log into the file (a checkpoint) is left to the workspace when the user pauses
    // (Database::checkpoint); SQLite does it by itself only once the log holds this many pages
    // (32 MiB), not every 1,000 pages in the middle of an edit.
    q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(Database::autoCheckpointPages));
    q.finish();
    *schemaVersion = Migrator::currentVersion(db);
    return {};
}

} // namespace

Database::Database()
{
    static std::atomic<int> counter{ 0 };
    m_connectionName = QStringLiteral("atlas-storage-%1").arg(++counter);
}

Database::~Database()
{
    close();
}

QString Database::defaultLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/telco-atlas.sqlite");
}

int Database::latestSchemaVersion()
{
    return Migrator::latestVersion();
}

bool Database::hasTable(const QSqlDatabase &db, const QString &name)
{
    // Asked several times an edit: SQLite looks in the schema it holds, no statement made.
    if (const std::optional<bool> has = SqliteStatement::hasTable(db, name))
        return *has;
    const QStringList existing = db.tables(QSql::Tables);
    return std::any_of(existing.cbegin(), existing.cend(),
                       [&](const QString &t) { return t.section(QLatin1Char('.'), -1) == name; });
}

bool Database::open(const QString &spec, QString *error)
{
    return open(spec, QString(), error);
}

bool Database::open(const QString &spec, const QString &password, QString *error)
{
    close();
    bool ok = false;
    if (PostgresAddress::isPostgres(spec)) {
        ok = openPostgres(spec, password, error);
    } else if (spec.startsWith(QLatin1String("file:"), Qt::CaseInsensitive)) {
        // An SQLite URI, for ?mode=ro: everything else is left to the path form.
        const QUrl url(spec);
        const QUrlQuery query(url);
        const QString mode = query.queryItemValue(QStringLiteral("mode"));
        if (!url.isLocalFile() || url.toLocalFile().isEmpty())
            ok = setError(error, tr("%1: not a file address").arg(spec));
        else if (!mode.isEmpty() && mode != QLatin1String("ro") && mode != QLatin1String("rw"))
            ok = setError(error,
                          tr("%1: unsupported mode \"%2\"; use mode=ro to open read-only")
                                  .arg(spec, mode));
        else
            ok = openSqlite(url.toLocalFile(), mode == QLatin1String("ro"), error);
    } else {
        ok = openSqlite(spec, false, error);
    }
    if (!ok) {
        const bool rejected = m_passwordRejected;
        close();
        m_passwordRejected = rejected;
        return false;
    }
    m_spec = PostgresAddress::stripPassword(spec);
    return true;
}

void Database::close()
{
    removeConnection(m_connectionName);
    removeConnection(m_connectionName + QStringLiteral("-probe"));
    m_spec.clear();
    m_displayName.clear();
    m_schemaVersion = 0;
    m_passwordRejected = false;
    m_readOnly = false;
    m_readOnlyReason.clear();
    m_quickCheckPending = false;
}

bool Database::openSqlite(const QString &path, bool readOnly, QString *error)
{
    if (path.isEmpty())
        return setError(error, tr("No database file given"));
    const QString display = QDir::toNativeSeparators(path);
    if (!QSqlDatabase::isDriverAvailable(kSqliteDriver))
        return setError(error,
                        tr("%1: cannot open: the Qt SQLite driver is not installed (package "
                           "libqt6sql6-sqlite)")
                                .arg(display));

    const bool inMemory = path == kMemory;
    bool created = false;
    const QFileInfo info(path);
    const bool askedReadOnly = readOnly;
    if (readOnly && (inMemory || !info.exists()))
        return setError(error,
                        tr("%1: cannot open read-only: the file does not exist").arg(display));
    const bool fileReadOnly = !inMemory && info.exists() && !info.isDir() && isReadOnlyFile(info);
    const bool folderReadOnly = !inMemory && info.exists() && !info.isDir() && !fileReadOnly
            && isInReadOnlyFolder(info);
    readOnly = readOnly || fileReadOnly || folderReadOnly;
    if (!inMemory && !info.exists() && isInReadOnlyFolder(info) && info.absoluteDir().exists())
        return setError(
                error,
                tr("%1: cannot create the database: the folder %2 is read-only")
                        .arg(display, QDir::toNativeSeparators(info.absoluteDir().absolutePath())));
    if (!inMemory && info.exists()) {
        if (info.isDir())
            return setError(error, tr("%1: is a folder, not a database file").arg(display));
        if (info.size() > 0) {
            // Everything here only reads, so a file we refuse stays exactly as it was.
            bool wal = false;
            if (!readSqliteHeader(path, display, &wal, error))
                return false;
            // The check may wait only where opening writes nothing: a file in WAL mode already,
            // with nothing to migrate (below).
            m_quickCheckPending = m_deferQuickCheck && wal;

            const QString probeName = m_connectionName + QStringLiteral("-probe");
            bool ok = false;
            {
                QSqlDatabase probe = QSqlDatabase::addDatabase(kSqliteDriver, probeName);
                // A read-only connection to a WAL file still creates -wal and -shm beside it and
                // cannot remove them again. Without a -wal or -journal file nobody is writing and
                // nothing needs recovering, so the file alone is the whole database: read it as
                // immutable, which creates nothing. Otherwise those files exist already.
                if (isQuiet(path)) {
                    setImmutable(probe, info);
                } else {
                    probe.setDatabaseName(path);
                    probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
                }
                if (!probe.open()) {
                    setError(error,
                             tr("%1: cannot open the database: %2")
                                     .arg(display, probe.lastError().text()));
                } else {
                    int version = 0;
                    ok = inspect(probe, display, &version, error)
                            && ((m_quickCheckPending &= version == Migrator::latestVersion())
                                || quickCheck(probe, display, error));
                }
            }
            removeConnection(probeName);
            if (!ok)
                return false;
        }
    } else if (!inMemory) {
        const QDir dir = info.absoluteDir();
        if (!dir.exists() && !dir.mkpath(QStringLiteral(".")))
            return setError(error,
                            tr("%1: cannot create the folder %2")
                                    .arg(display, QDir::toNativeSeparators(dir.absolutePath())));
        created = true;
    }

    QString message;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(kSqliteDriver, m_connectionName);
        db.setDatabaseName(path);
        // Another program writing the same file makes us wait for its lock, not fail at once.
        QString options =
                QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(WriteTransaction::busyTimeoutMs);
        if (readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        // In a read-only folder SQLite cannot create the -shm a WAL file needs even to read.
        if (folderReadOnly && isQuiet(path))
            setImmutable(db, info);
        message = initialiseSqlite(db, display, readOnly, &m_schemaVersion);
    }
    if (!message.isEmpty()) {
        removeConnection(m_connectionName);
        // Only a file this call created may be removed again when opening fails half way.
        if (created) {
            for (const char *suffix : { "", "-wal", "-shm", "-journal" })
                QFile::remove(path + QLatin1String(suffix));
        }
        return setError(error, message);
    }
    m_displayName = display;
    m_readOnly = readOnly;
    if (readOnly) {
        if (askedReadOnly)
            m_readOnlyReason = tr("The database %1 was opened read-only (mode=ro).").arg(display);
        else if (fileReadOnly)
            m_readOnlyReason = tr("The file %1 is read-only.").arg(display);
        else
            m_readOnlyReason =
                    tr("The folder of %1 is read-only (%2), so the database can only be read.")
                            .arg(display,
                                 QDir::toNativeSeparators(info.absoluteDir().absolutePath()));
    }
    return true;
}

bool Database::openPostgres(const QString &spec, const QString &givenPassword, QString *error)
{
    // Never echo the spec itself: it may hold the password.
    const PostgresAddress address(spec);
    if (!address.isValid())
        return setError(error, address.error());
    const QString display = address.withoutPassword();
    if (!QSqlDatabase::isDriverAvailable(kPostgresDriver))
        return setError(error,
                        tr("%1: cannot connect: the Qt PostgreSQL driver is not installed (package "
                           "libqt6sql6-psql)")
                                .arg(display));
    const QString password = givenPassword.isEmpty() ? address.password() : givenPassword;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(kPostgresDriver, m_connectionName);
        db.setHostName(address.host());
        db.setPort(address.port());
        db.setDatabaseName(address.databaseName());
        db.setUserName(address.userName());
        // Left unset without one: then libpq reads PGPASSWORD, PGPASSFILE or ~/.pgpass.
        if (!password.isEmpty())
            db.setPassword(password);
        db.setConnectOptions(address.connectOptions().join(QLatin1Char(';')));
        if (!db.open()) {
            const QString reason = db.lastError().text().trimmed();
            m_passwordRejected = isPasswordProblem(reason);
            return setError(
                    error,
                    tr("%1: cannot connect to the PostgreSQL server: %2").arg(display, reason));
        }

        QSqlQuery q(db);
        // Servers before PostgreSQL 12 round doubles to 15 digits in text results unless asked.
        if (!q.exec(QStringLiteral("SET extra_float_digits = 3")))
            return setError(error, tr("%1: %2").arg(display, q.lastError().text()));

        int version = 0;
        QString message;
        if (!inspect(db, display, &version, &message))
            return setError(error, message);

        // What this user may do, asked before anything is written: a standby or a read-only
        // database refuses every write; otherwise INSERT, UPDATE and DELETE on each of our tables.
        if (!q.exec(QStringLiteral("SELECT current_setting('transaction_read_only'), current_user, "
                                   "has_schema_privilege(current_schema(), 'CREATE')"))
            || !q.next())
            return setError(
                    error,
                    tr("%1: cannot read the access rights: %2").arg(display, q.lastError().text()));
        const bool serverReadOnly = q.value(0).toString() == QLatin1String("on");
        const QString user = q.value(1).toString();
        const bool mayCreate = q.value(2).toBool();
        if (serverReadOnly) {
            m_readOnly = true;
            m_readOnlyReason =
                    tr("The server of %1 only accepts reads (a standby, or a read-only database).")
                            .arg(display);
        } else if (version > 0) {
            if (!q.exec(QStringLiteral(
                        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = "
                        "c.relnamespace "
                        "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND "
                        "c.relname <> 'meta' "
                        "AND NOT (has_table_privilege(c.oid, 'INSERT') AND "
                        "has_table_privilege(c.oid, 'UPDATE') "
                        "AND has_table_privilege(c.oid, 'DELETE')) ORDER BY c.relname LIMIT 1")))
                return setError(error,
                                tr("%1: cannot read the access rights: %2")
                                        .arg(display, q.lastError().text()));
            if (q.next()) {
                m_readOnly = true;
                m_readOnlyReason = tr("The database user \"%1\" may read %2 but not change it (no "
                                      "write access to the "
                                      "table \"%3\").")
                                           .arg(user, display, q.value(0).toString());
            }
        }
        q.finish();
        if (version == 0 && (serverReadOnly || !mayCreate))
            return setError(error,
                            tr("%1: the database is empty and the user \"%2\" may not create the "
                               "Telco Atlas "
                               "tables in it; open it once as its owner")
                                    .arg(display, user));
        if (m_readOnly) {
            if (version < Migrator::latestVersion())
                return setError(
                        error,
                        tr("%1: the database needs an upgrade to schema version %2, which the user "
                           "\"%3\" may not make; open it once as its owner")
                                .arg(display, QString::number(Migrator::latestVersion()), user));
            m_schemaVersion = version;
        } else {
            if (!Migrator::migrate(db, Migrator::latestVersion(), &message))
                return setError(error, tr("%1: %2").arg(display, message));
            m_schemaVersion = Migrator::currentVersion(db);
        }
    }
    m_displayName = display;
    return true;
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QString Database::spec() const
{
    return m_spec;
}

QString Database::displayName() const
{
    return m_displayName;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return m_schemaVersion;
}

bool Database::isSqlite() const
{
    return isOpen() && connection().driverName() == kSqliteDriver;
}

bool Database::checkIntegrity(const QSqlDatabase &db, const QString &displayName, QString *error)
{
    return quickCheck(db, displayName, error);
}

bool Database::canConnectAgain() const
{
    return isOpen() && !(isSqlite() && connection().databaseName() == kMemory);
}

bool Database::checkpoint()
{
    if (!isSqlite() || m_readOnly)
        return false;
    QSqlQuery q(connection());
    return q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

namespace {
std::atomic_bool threadConnections = true;
}

void ThreadConnection::setEnabled(bool enabled)
{
    threadConnections = enabled;
}

ThreadConnection::ThreadConnection(const QSqlDatabase &source, const QString &displayName,
                                   QString *error)
{
    static std::atomic<int> made{ 0 };
    m_name = QStringLiteral("atlas-thread-%1").arg(made.fetch_add(1) + 1);
    if (!threadConnections) {
        setError(error,
                 tr("%1: cannot open a second connection to read the data: %2")
                         .arg(displayName, QStringLiteral("turned off")));
        return;
    }
    QSqlDatabase db = QSqlDatabase::cloneDatabase(source, m_name);
    if (!db.open()) {
        setError(error,
                 tr("%1: cannot open a second connection to read the data: %2")
                         .arg(displayName, db.lastError().text()));
        return;
    }
    if (db.driverName() == kPostgresDriver) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SET extra_float_digits = 3"))) {
            setError(error, tr("%1: %2").arg(displayName, q.lastError().text()));
            return;
        }
    }
    m_open = true;
}

ThreadConnection::~ThreadConnection()
{
    removeConnection(m_name);
}

QSqlDatabase ThreadConnection::connection() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace atlas
