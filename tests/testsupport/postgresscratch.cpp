// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresscratch.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace atlas::test {

QString postgresUrl()
{
    return qEnvironmentVariable("ATLAS_TEST_POSTGRES_URL");
}

bool scratchDatabase(const QString &backend, const QString &sqliteFile, QString *spec,
                     QString *error)
{
    if (backend != QLatin1String("postgres")) {
        *spec = sqliteFile;
        return true;
    }
    *spec = postgresUrl();
    return spec->isEmpty() || dropAtlasTables(*spec, error);
}

QStringList atlasTables()
{
    const QDir dir(QStringLiteral(ATLAS_SOURCE_DIR "/app/storage/migrations"));
    static const QRegularExpression create(
            QStringLiteral("CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)"),
            QRegularExpression::CaseInsensitiveOption);
    QStringList tables;
    for (const QString &name :
         dir.entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read migration %s", qPrintable(f.fileName()));
        auto it = create.globalMatch(QString::fromUtf8(f.readAll()));
        while (it.hasNext()) {
            const QString table = it.next().captured(1).toLower();
            if (!tables.contains(table))
                tables.append(table);
        }
    }
    if (tables.isEmpty())
        qFatal("no CREATE TABLE found in %s", qPrintable(dir.path()));
    return tables;
}

bool dropAtlasTables(const QString &url, QString *error)
{
    const QUrl address(url);
    const QString name = QStringLiteral("atlas-test-drop");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(address.host());
        db.setPort(address.port(5432));
        db.setDatabaseName(address.path().mid(1));
        db.setUserName(address.userName(QUrl::FullyDecoded));
        db.setPassword(address.password(QUrl::FullyDecoded));
        ok = db.open();
        QSqlQuery q(db);
        // Table names come from our own migrations, not from input.
        ok = ok
                && q.exec(QStringLiteral("DROP TABLE IF EXISTS %1 CASCADE")
                                  .arg(atlasTables().join(QStringLiteral(", "))));
        if (!ok && error)
            *error = q.lastError().text() + db.lastError().text();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace atlas::test
