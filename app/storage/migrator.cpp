// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrator.h"

#include "core/seterror.h"
#include "writetransaction.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace atlas {

namespace {

const auto kMigrationsDir = QStringLiteral(":/atlas/migrations");
const auto kVersionKey = QStringLiteral("schema_version");

struct Migration
{
    int version = 0;
    QString fileName;
};

// Migrations in version order, read from the resource folder so adding NNN_name.sql to the
// CMake list is all a new version takes.
QList<Migration> migrations()
{
    QList<Migration> out;
    const QStringList names =
            QDir(kMigrationsDir).entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        bool ok = false;
        const int version = name.section(QLatin1Char('_'), 0, 0).toInt(&ok);
        if (ok && version > 0)
            out.append({ version, name });
    }
    return out;
}

// Splits at a ';' that ends a line and drops whole-line comments; the migrations are written
// for exactly that, which keeps the splitter too simple to get wrong.
QStringList statements(const QString &sql)
{
    QStringList out;
    QString current;
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            current = current.trimmed();
            current.chop(1);
            out.append(current);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

bool hasMetaTable(const QSqlDatabase &db)
{
    const QStringList tables = db.tables(QSql::Tables);
    // PostgreSQL names tables outside "public" as schema.table.
    for (const QString &t : tables) {
        if (t.section(QLatin1Char('.'), -1) == QLatin1String("meta"))
            return true;
    }
    return false;
}

} // namespace

int Migrator::latestVersion()
{
    int latest = 0;
    for (const Migration &m : migrations()) {
        // Stop at a gap: a version whose predecessor is missing cannot be reached.
        if (m.version != latest + 1)
            break;
        latest = m.version;
    }
    return latest;
}

int Migrator::currentVersion(const QSqlDatabase &db)
{
    if (!hasMetaTable(db))
        return 0;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?")))
        return -1;
    q.bindValue(0, kVersionKey);
    if (!q.exec() || !q.next())
        return -1;
    bool ok = false;
    const int version = q.value(0).toString().toInt(&ok);
    return ok && version > 0 ? version : -1;
}

bool Migrator::migrate(QSqlDatabase &db, int targetVersion, QString *error)
{
    const int latest = latestVersion();
    if (latest == 0)
        return setError(error, tr("This build of Telco Atlas has no database migrations built in"));
    const int current = currentVersion(db);
    if (current < 0)
        return setError(error, tr("The database has no readable schema version"));
    if (current > latest)
        return setError(
                error,
                tr("Database schema version %1 is newer than this Telco Atlas supports (%2); "
                   "update the application")
                        .arg(QString::number(current), QString::number(latest)));
    if (targetVersion > latest || targetVersion < 1)
        return setError(error, tr("There is no database schema version %1").arg(targetVersion));
    if (targetVersion < current)
        return setError(error,
                        tr("Cannot downgrade the database schema from version %1 to %2")
                                .arg(QString::number(current), QString::number(targetVersion)));

    for (const Migration &m : migrations()) {
        if (m.version <= current || m.version > targetVersion)
            continue;
        QFile file(kMigrationsDir + QLatin1Char('/') + m.fileName);
        if (!file.open(QIODevice::ReadOnly))
            return setError(error,
                            tr("Cannot read migration %1: %2").arg(m.fileName, file.errorString()));
        const QStringList sql = statements(QString::fromUtf8(file.readAll()));

        QString failure;
        if (!WriteTransaction::begin(db, &failure))
            return setError(error,
                            tr("Cannot start the upgrade to schema version %1: %2")
                                    .arg(QString::number(m.version), failure));
        // Another program may have made this upgrade while we waited for the lock.
        if (currentVersion(db) >= m.version) {
            db.rollback();
            continue;
        }
        {
            QSqlQuery q(db);
            for (qsizetype i = 0; i < sql.size() && failure.isEmpty(); ++i) {
                if (!q.exec(sql.at(i)))
                    failure =
                            tr("Migration %1, statement %2 failed: %3")
                                    .arg(m.fileName, QString::number(i + 1), q.lastError().text());
            }
            // Replace rather than update: version 1 creates the meta table it is recorded in.
            if (failure.isEmpty()) {
                QSqlQuery del(db);
                del.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
                del.bindValue(0, kVersionKey);
                QSqlQuery ins(db);
                ins.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
                ins.bindValue(0, kVersionKey);
                ins.bindValue(1, QString::number(m.version));
                if (!del.exec())
                    failure = tr("Cannot record schema version %1: %2")
                                      .arg(QString::number(m.version), del.lastError().text());
                else if (!ins.exec())
                    failure = tr("Cannot record schema version %1: %2")
                                      .arg(QString::number(m.version), ins.lastError().text());
            }
        }
        QString commitFailure;
        if (failure.isEmpty() && !WriteTransaction::commit(db, &commitFailure))
            failure = tr("Cannot commit the upgrade to schema version %1: %2")
                              .arg(QString::number(m.version), commitFailure);
        if (!failure.isEmpty()) {
            db.rollback();
            return setError(error, failure);
        }
    }
    return true;
}

} // namespace atlas
