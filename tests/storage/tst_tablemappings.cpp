// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/recordtables.h"
#include "storage/repository.h"
#include "storagetestdata.h"
#include "testsupport/postgresscratch.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace atlas;
using namespace atlas::storagetest;

namespace {

// The columns of a table as the database has them, sorted.
QStringList schemaColumns(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    if (db.driverName() == QLatin1String("QSQLITE")) {
        q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    } else {
        q.prepare(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE "
                                 "table_schema = current_schema() AND table_name = ?"));
        q.bindValue(0, table);
        q.exec();
    }
    const int nameAt = db.driverName() == QLatin1String("QSQLITE") ? 1 : 0;
    QStringList columns;
    while (q.next())
        columns.append(q.value(nameAt).toString());
    columns.sort();
    return columns;
}

// Every mapping names exactly the columns its table has at that schema version: none missing
// (it would not be written or read), none extra (every statement made from it would fail).
void compareWithSchema(const QSqlDatabase &db, int schema)
{
    const QList<RecordTables::TableColumns> tables = RecordTables::all(schema);
    QVERIFY(tables.size() >= 9);
    for (const RecordTables::TableColumns &t : tables) {
        QStringList mapped = t.columns;
        mapped.sort();
        QVERIFY2(mapped.removeDuplicates() == 0, qPrintable(t.table));
        const QStringList actual = schemaColumns(db, t.table);
        if (mapped != actual)
            QFAIL(qPrintable(QStringLiteral("%1 at schema %2: mapped %3, schema has %4")
                                     .arg(t.table, QString::number(schema),
                                          mapped.join(QLatin1Char(',')),
                                          actual.join(QLatin1Char(',')))));
    }
}

} // namespace

class TestTableMappings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Each schema version, migrated step by step as an old file is: the columns a version
    // added (notes in 3, versions in 4) are mapped from that version on.
    void sqliteEverySchemaVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v <= Migrator::latestVersion(); ++v)
            QTest::addRow("schema %d", v) << v;
    }
    void sqliteEverySchemaVersion()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(s("QSQLITE"), name);
            db.setDatabaseName(dir.filePath(s("schema.sqlite")));
            QVERIFY(db.open());
            QString error;
            QVERIFY2(Migrator::migrate(db, version, &error), qPrintable(error));
            compareWithSchema(db, version);
            // The statements made from the mappings run on that version: a whole write and
            // read back.
            Repository repo(db);
            QVERIFY2(repo.replaceAll(everyShapeDataset(), &error), qPrintable(error));
            const auto loaded = repo.load(&error);
            QVERIFY2(loaded, qPrintable(error));
            QCOMPARE(loaded->events, everyShapeDataset().events);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    void postgresLatestSchema()
    {
        const QString url = test::postgresUrl();
        if (url.isEmpty())
            QSKIP("ATLAS_TEST_POSTGRES_URL is not set");
        QString error;
        QVERIFY2(test::dropAtlasTables(url, &error), qPrintable(error));
        Database db;
        QVERIFY2(db.open(url, &error), qPrintable(error));
        compareWithSchema(db.connection(), Migrator::latestVersion());
    }
};

QTEST_GUILESS_MAIN(TestTableMappings)
#include "tst_tablemappings.moc"
