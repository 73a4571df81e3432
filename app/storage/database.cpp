// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "migrator.h"
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

#include <atomic>

namespace atlas {

namespace {

const auto kSqliteDriver = QStringLiteral("QSQLITE");
const auto kPostgresDriver = QStringLiteral("QPSQL");
const auto kMemory = QStringLiteral(":memory:");

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool isPostgresSpec(const QString &spec)
{
    return spec.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || spec.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
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

// Reads only. Decides whether the database is ours (or empty) and not newer than this build,
// and gives its schema version; used before anything is written.
bool inspect(const QSqlDatabase &db, const QString &displayName, int *version, QString *error)
{
    if (db.driverName() == kSqliteDriver) {
        // tables() swallows errors; a damaged file must not pass for an empty one.
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            return setError(error, Database::tr("%1: cannot read the database: %2")
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
            return setError(error, Database::tr("%1: not a Telco Atlas database (it holds other tables, such as \"%2\")")
                                       .arg(displayName, others.constFirst()));
        *version = 0;
        return true;
    }
    const int v = Migrator::currentVersion(db);
    if (v < 0)
        return setError(error, Database::tr("%1: not a Telco Atlas database (no schema version)").arg(displayName));
    const int latest = Migrator::latestVersion();
    if (v > latest)
        return setError(error,
                        Database::tr("%1: database schema version %2 is newer than this Telco Atlas supports (%3); "
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
        return setError(error, Database::tr("%1: the database is damaged and was not opened; it is left as it was (%2)")
                                   .arg(displayName, q.lastError().text()));
    const QString result = q.value(0).toString();
    if (result == QLatin1String("ok"))
        return true;
    return setError(error, Database::tr("%1: the database is damaged and was not opened; it is left as it was (%2)")
                               .arg(displayName, result));
}

// Opens the writable connection and brings the schema up to date; an empty result is success.
QString initialiseSqlite(QSqlDatabase &db, const QString &display, int *schemaVersion)
{
    if (!db.open())
        return Database::tr("%1: cannot open the database: %2").arg(display, db.lastError().text());

    // Off by default in SQLite and per connection, so on every open.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return Database::tr("%1: cannot enable foreign keys: %2").arg(display, q.lastError().text());

    // Again on the writable connection: the file may be new or empty, or changed since the probe.
    int version = 0;
    QString message;
    if (!inspect(db, display, &version, &message))
        return message;
    if (!Migrator::migrate(db, Migrator::latestVersion(), &message))
        return Database::tr("%1: %2").arg(display, message);

    // Only after the checks and the upgrade: switching to WAL rewrites the file header. A file
    // system without WAL support keeps the old journal mode, which still works.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return Database::tr("%1: cannot set the journal mode: %2").arg(display, q.lastError().text());
    q.finish();
    *schemaVersion = Migrator::currentVersion(db);
    return {};
}

} // namespace

Database::Database()
{
    static std::atomic<int> counter{0};
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

bool Database::open(const QString &spec, QString *error)
{
    close();
    const bool ok = isPostgresSpec(spec) ? openPostgres(spec, error) : openSqlite(spec, error);
    if (!ok) {
        close();
        return false;
    }
    m_spec = spec;
    return true;
}

void Database::close()
{
    removeConnection(m_connectionName);
    removeConnection(m_connectionName + QStringLiteral("-probe"));
    m_spec.clear();
    m_displayName.clear();
    m_schemaVersion = 0;
}

bool Database::openSqlite(const QString &path, QString *error)
{
    if (path.isEmpty())
        return setError(error, tr("No database file given"));
    const QString display = QDir::toNativeSeparators(path);
    if (!QSqlDatabase::isDriverAvailable(kSqliteDriver))
        return setError(error, tr("%1: cannot open: the Qt SQLite driver is not installed (package libqt6sql6-sqlite)")
                                   .arg(display));

    const bool inMemory = path == kMemory;
    bool created = false;
    const QFileInfo info(path);
    if (!inMemory && info.exists()) {
        if (info.isDir())
            return setError(error, tr("%1: is a folder, not a database file").arg(display));
        if (info.size() > 0) {
            // Everything here only reads, so a file we refuse stays exactly as it was.
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return setError(error, tr("%1: cannot read the file: %2").arg(display, file.errorString()));
            static const QByteArray magic("SQLite format 3\0", 16);
            if (file.read(magic.size()) != magic)
                return setError(error, tr("%1: not a Telco Atlas database (not an SQLite file)").arg(display));
            file.close();

            const QString probeName = m_connectionName + QStringLiteral("-probe");
            bool ok = false;
            {
                QSqlDatabase probe = QSqlDatabase::addDatabase(kSqliteDriver, probeName);
                // A read-only connection to a WAL file still creates -wal and -shm beside it and
                // cannot remove them again. Without a -wal or -journal file nobody is writing and
                // nothing needs recovering, so the file alone is the whole database: read it as
                // immutable, which creates nothing. Otherwise those files exist already.
                const bool quiet = !QFile::exists(path + QLatin1String("-wal"))
                    && !QFile::exists(path + QLatin1String("-journal"));
                if (quiet) {
                    QUrl uri = QUrl::fromLocalFile(info.absoluteFilePath());
                    uri.setQuery(QStringLiteral("mode=ro&immutable=1"));
                    probe.setDatabaseName(uri.toString(QUrl::FullyEncoded));
                    probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
                } else {
                    probe.setDatabaseName(path);
                    probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
                }
                if (!probe.open()) {
                    setError(error, tr("%1: cannot open the database: %2").arg(display, probe.lastError().text()));
                } else {
                    int version = 0;
                    ok = inspect(probe, display, &version, error) && quickCheck(probe, display, error);
                }
            }
            removeConnection(probeName);
            if (!ok)
                return false;
        }
    } else if (!inMemory) {
        const QDir dir = info.absoluteDir();
        if (!dir.exists() && !dir.mkpath(QStringLiteral(".")))
            return setError(error, tr("%1: cannot create the folder %2")
                                       .arg(display, QDir::toNativeSeparators(dir.absolutePath())));
        created = true;
    }

    QString message;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(kSqliteDriver, m_connectionName);
        db.setDatabaseName(path);
        // Another program writing the same file makes us wait for its lock, not fail at once.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(WriteTransaction::busyTimeoutMs));
        message = initialiseSqlite(db, display, &m_schemaVersion);
    }
    if (!message.isEmpty()) {
        removeConnection(m_connectionName);
        // Only a file this call created may be removed again when opening fails half way.
        if (created) {
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(path + QLatin1String(suffix));
        }
        return setError(error, message);
    }
    m_displayName = display;
    return true;
}

bool Database::openPostgres(const QString &spec, QString *error)
{
    const QUrl url(spec, QUrl::StrictMode);
    // Never echo the spec itself: it may hold the password.
    const QString display = url.isValid() ? url.toString(QUrl::RemovePassword) : tr("(PostgreSQL address)");
    const QString dbName = url.path(QUrl::FullyDecoded).mid(1);
    if (!url.isValid() || url.host().isEmpty() || dbName.isEmpty() || dbName.contains(QLatin1Char('/')))
        return setError(error, tr("%1: not a valid PostgreSQL address; expected "
                                  "postgresql://user[:password]@host[:port]/database")
                                   .arg(display));

    // libpq options from the query (sslmode=require, ...). QPSQL joins them into a conninfo
    // string at ';' and spaces, so values containing those cannot be passed safely.
    static const QRegularExpression keyRe(QStringLiteral("^[a-z_]+$"));
    static const QRegularExpression valueRe(QStringLiteral("^[^\\s;'\\\\]+$"));
    QStringList options;
    bool hasTimeout = false;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!keyRe.match(key).hasMatch() || !valueRe.match(value).hasMatch())
            return setError(error, tr("%1: unsupported connection option \"%2\"").arg(display, key));
        hasTimeout = hasTimeout || key == QLatin1String("connect_timeout");
        options.append(key + QLatin1Char('=') + value);
    }
    // An unreachable server should fail in seconds, not after the operating system's timeout.
    if (!hasTimeout)
        options.append(QStringLiteral("connect_timeout=10"));

    if (!QSqlDatabase::isDriverAvailable(kPostgresDriver))
        return setError(error, tr("%1: cannot connect: the Qt PostgreSQL driver is not installed (package libqt6sql6-psql)")
                                   .arg(display));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(kPostgresDriver, m_connectionName);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(dbName);
        db.setUserName(url.userName(QUrl::FullyDecoded));
        db.setPassword(url.password(QUrl::FullyDecoded));
        db.setConnectOptions(options.join(QLatin1Char(';')));
        if (!db.open())
            return setError(error, tr("%1: cannot connect to the PostgreSQL server: %2")
                                       .arg(display, db.lastError().text().trimmed()));

        QSqlQuery q(db);
        // Servers before PostgreSQL 12 round doubles to 15 digits in text results unless asked.
        if (!q.exec(QStringLiteral("SET extra_float_digits = 3")))
            return setError(error, tr("%1: %2").arg(display, q.lastError().text()));

        int version = 0;
        QString message;
        if (!inspect(db, display, &version, &message))
            return setError(error, message);
        if (!Migrator::migrate(db, Migrator::latestVersion(), &message))
            return setError(error, tr("%1: %2").arg(display, message));
        m_schemaVersion = Migrator::currentVersion(db);
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

} // namespace atlas
