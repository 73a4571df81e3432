// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace atlas {

namespace {

// SQLITE_BUSY (5) and SQLITE_LOCKED (6), with their extended codes (5 | n << 8).
bool isBusy(const QSqlError &e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    if (ok && ((code & 0xff) == 5 || (code & 0xff) == 6))
        return true;
    return e.databaseText().contains(QLatin1String("database is locked"), Qt::CaseInsensitive);
}

QString lockedMessage(const QSqlDatabase &db, const QSqlError &e)
{
    return WriteTransaction::
            tr("The database %1 is in use by another program, which kept it locked for %2 seconds; "
               "nothing was written. Try again when the other program has finished (%3)")
                    .arg(db.databaseName())
                    .arg(WriteTransaction::busyTimeoutMs * WriteTransaction::attempts / 1000)
                    .arg(e.text());
}

// Runs sql until it stops failing for a lock or the attempts are used up.
bool execRetrying(QSqlDatabase &db, const QString &sql, QSqlError *last)
{
    for (int attempt = 0; attempt < WriteTransaction::attempts; ++attempt) {
        QSqlQuery q(db);
        if (q.exec(sql))
            return true;
        *last = q.lastError();
        if (!isBusy(*last))
            return false;
        // The busy timeout has already waited; a short pause lets the other writer's commit
        // through.
        QThread::msleep(20);
    }
    return false;
}

// BEGIN or COMMIT: through the driver on PostgreSQL; on SQLite as sql, retried while another
// program holds the lock. message words a failure that is not a lock.
bool step(QSqlDatabase &db, bool (QSqlDatabase::*driverCall)(), const QString &sql,
          const QString &message, QString *error)
{
    if (db.driverName() != QLatin1String("QSQLITE")) {
        if ((db.*driverCall)())
            return true;
        if (error)
            *error = message.arg(db.lastError().text());
        return false;
    }
    QSqlError last;
    if (execRetrying(db, sql, &last))
        return true;
    if (error)
        *error = isBusy(last) ? lockedMessage(db, last) : message.arg(last.text());
    return false;
}

} // namespace

bool WriteTransaction::begin(QSqlDatabase &db, QString *error)
{
    return step(db, &QSqlDatabase::transaction, QStringLiteral("BEGIN IMMEDIATE"),
                tr("Cannot start a transaction: %1"), error);
}

bool WriteTransaction::commit(QSqlDatabase &db, QString *error)
{
    return step(db, &QSqlDatabase::commit, QStringLiteral("COMMIT"),
                tr("Cannot commit the changes: %1"), error);
}

} // namespace atlas
