// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/repository.h"
#include "storagetestdata.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace atlas;
using namespace atlas::storagetest;

namespace {

const QStringList kTables = {
    s("meta"),
    s("sources"),
    s("entities"),
    s("events"),
    s("event_participants"),
    s("event_sources"),
    s("amounts"),
    s("relationships"),
    s("relationship_sources"),
    s("financials"),
    s("node_positions"),
    s("record_attributes"),
    s("custom_types"),
    s("relationship_spells"),
};

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// A plain connection outside Database, to build files the way other programs (or older
// versions of ours) would leave them.
class RawConnection
{
public:
    explicit RawConnection(const QString &path) : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(s("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
        QSqlQuery(db).exec(s("PRAGMA foreign_keys = ON"));
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(RawConnection)

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
};

bool setVersion(const QSqlDatabase &db, int version)
{
    QSqlQuery q(db);
    q.prepare(s("UPDATE meta SET value = ? WHERE key = ?"));
    q.bindValue(0, QString::number(version));
    q.bindValue(1, s("schema_version"));
    return q.exec() && q.numRowsAffected() == 1;
}

QString pragma(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    if (!q.exec(s("PRAGMA %1").arg(name)) || !q.next())
        return {};
    return q.value(0).toString();
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void migrationsAreBuiltIn()
    {
        // Fails when the resource object library did not make it into the executable.
        QVERIFY(QFile::exists(s(":/atlas/migrations/001_initial.sql")));
        QVERIFY(QFile::exists(s(":/atlas/migrations/002_layout.sql")));
        QVERIFY(QFile::exists(s(":/atlas/migrations/003_figure_notes.sql")));
        QVERIFY(QFile::exists(s(":/atlas/migrations/005_record_attributes.sql")));
        QVERIFY(QFile::exists(s(":/atlas/migrations/006_position_indexes.sql")));
        QVERIFY(QFile::exists(s(":/atlas/migrations/007_custom_types.sql")));
        QVERIFY(QFile::exists(s(":/atlas/migrations/008_relationship_spells.sql")));
        QCOMPARE(Migrator::latestVersion(), 8);
        QCOMPARE(Database::latestSchemaVersion(), Migrator::latestVersion());
    }

    void freshDatabaseHasLatestSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(s("sub/folder/atlas.sqlite"));
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QVERIFY(db.isOpen());
        QVERIFY(db.isSqlite());
        QCOMPARE(db.spec(), path);
        QCOMPARE(db.displayName(), QDir::toNativeSeparators(path));
        QCOMPARE(db.schemaVersion(), Migrator::latestVersion());
        QCOMPARE(Migrator::currentVersion(db.connection()), Migrator::latestVersion());
        const QStringList tables = db.connection().tables();
        for (const QString &t : kTables)
            QVERIFY2(tables.contains(t), qPrintable(t));
        QCOMPARE(pragma(db.connection(), s("journal_mode")), s("wal"));
        // A commit does not wait for the disk (NORMAL, 1): safe with the WAL journal, and an edit's
        // wait for the disk was most of what storing it took.
        QCOMPARE(pragma(db.connection(), s("synchronous")), s("1"));
        QVERIFY(Repository(db.connection()).isEmpty());
        QVERIFY(readBytes(path).startsWith(QByteArray("SQLite format 3\0", 16)));
    }

    void defaultLocationFolderIsCreated()
    {
        const QString location = Database::defaultLocation();
        QVERIFY(location.endsWith(s("/telco-atlas.sqlite")));
        QVERIFY(location.startsWith(
                QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QDir folder = QFileInfo(location).absoluteDir();
        folder.removeRecursively();
        {
            Database db;
            QString error;
            QVERIFY2(db.open(location, &error), qPrintable(error));
            QVERIFY(QFile::exists(location));
        }
        QVERIFY(folder.removeRecursively());
    }

    void reopeningKeepsData_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("plain") << s("atlas.sqlite");
        // The read-only probe opens the file through an SQLite URI: these must survive encoding.
        QTest::newRow("awkward characters") << s("데이터 #1/what?100% & more.sqlite");
    }
    void reopeningKeepsData()
    {
        QFETCH(QString, fileName);
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName);
        const Dataset data = everyShapeDataset();
        QString error;
        {
            Database db;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            QVERIFY2(Repository(db.connection()).replaceAll(data, &error), qPrintable(error));
        }
        Database db;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Migrator::latestVersion());
        const auto loaded = Repository(db.connection()).load(&error);
        QVERIFY2(loaded, qPrintable(error));
        compareDatasets(*loaded, data);
    }

    void upgradeFromVersion1KeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(s("old.sqlite"));
        const Dataset data = everyShapeDataset();
        QString error;
        {
            RawConnection raw(path);
            QVERIFY(raw.isOpen());
            QSqlDatabase db = raw.db();
            QVERIFY2(Migrator::migrate(db, 1, &error), qPrintable(error));
            QCOMPARE(Migrator::currentVersion(db), 1);
            QVERIFY(!db.tables().contains(s("node_positions")));
            QVERIFY2(Repository(db).replaceAll(data, &error), qPrintable(error));
        }

        Database db;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Migrator::latestVersion());
        QCOMPARE(Migrator::currentVersion(db.connection()), Migrator::latestVersion());
        QVERIFY(db.connection().tables().contains(s("node_positions")));
        const auto loaded = Repository(db.connection()).load(&error);
        QVERIFY2(loaded, qPrintable(error));
        compareDatasets(*loaded, data);
        // The new table works, foreign key included.
        QSqlQuery q(db.connection());
        QVERIFY(q.prepare(s("INSERT INTO node_positions (entity_id, x, y) VALUES (?, ?, ?)")));
        q.bindValue(0, s("kt"));
        q.bindValue(1, 1.0);
        q.bindValue(2, 2.0);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        q.bindValue(0, s("no-such-entity"));
        QVERIFY(!q.exec());
    }

    // A merged new record goes after the last position: found through an index, not by reading
    // every row of the table (a scan of 100,000 events on every edit).
    void lastPositionIsFoundByIndex()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.open(dir.filePath(s("atlas.sqlite")), &error), qPrintable(error));
        for (const QString &table :
             { s("sources"), s("entities"), s("events"), s("relationships"), s("financials") }) {
            QSqlQuery q(db.connection());
            QVERIFY2(q.exec(s("EXPLAIN QUERY PLAN SELECT MAX(position) FROM %1").arg(table)),
                     qPrintable(q.lastError().text()));
            QString plan;
            while (q.next())
                plan += q.value(3).toString() + QLatin1Char('\n');
            QVERIFY2(plan.contains(s("INDEX %1_position_idx").arg(table)), qPrintable(plan));
        }
    }

    void upgradeFromVersion4StoresAttributes()
    {
        // A schema-4 database (before attributes) opens, migrates, keeps its data and then
        // stores attributes; while still at 4, data with attributes is refused by name.
        QTemporaryDir dir;
        const QString path = dir.filePath(s("v4.sqlite"));
        QString error;
        {
            RawConnection raw(path);
            QSqlDatabase db = raw.db();
            QVERIFY2(Migrator::migrate(db, 4, &error), qPrintable(error));
            QVERIFY2(Repository(db).replaceAll(everyShapeDataset(), &error), qPrintable(error));
            QVERIFY(!Repository(db).replaceAll(attributeDataset(), &error));
            QVERIFY2(error.contains(s("attributes")), qPrintable(error));
        }
        Database db;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(Migrator::currentVersion(db.connection()), Migrator::latestVersion());
        Repository repo(db.connection());
        auto loaded = repo.load(&error);
        QVERIFY2(loaded, qPrintable(error));
        compareDatasets(*loaded, everyShapeDataset());
        QVERIFY2(repo.replaceAll(attributeDataset(), &error), qPrintable(error));
        loaded = repo.load(&error);
        QVERIFY2(loaded, qPrintable(error));
        compareDatasets(*loaded, attributeDataset());
    }

    void upgradeFromVersion5StoresCustomTypes()
    {
        // A schema-5 database (before user-defined kinds and types) opens, migrates, keeps its
        // data and then stores them; while still at 5, data with them is refused by name.
        QTemporaryDir dir;
        const QString path = dir.filePath(s("v5.sqlite"));
        QString error;
        {
            RawConnection raw(path);
            QSqlDatabase db = raw.db();
            QVERIFY2(Migrator::migrate(db, 5, &error), qPrintable(error));
            QVERIFY2(Repository(db).replaceAll(attributeDataset(), &error), qPrintable(error));
            QVERIFY(!Repository(db).replaceAll(customTypeDataset(), &error));
            QVERIFY2(error.contains(s("too old")), qPrintable(error));
        }
        Database db;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(Migrator::currentVersion(db.connection()), Migrator::latestVersion());
        Repository repo(db.connection());
        auto loaded = repo.load(&error);
        QVERIFY2(loaded, qPrintable(error));
        compareDatasets(*loaded, attributeDataset());
        checkCustomTypesSurvive(db.connection());
    }

    void failedUpgradeChangesNothing()
    {
        // A version-1 file where version 2's table already exists: the upgrade fails half way
        // and must leave version, data and every byte as they were.
        QTemporaryDir dir;
        const QString path = dir.filePath(s("blocked.sqlite"));
        QString error;
        {
            RawConnection raw(path);
            QSqlDatabase db = raw.db();
            QVERIFY2(Migrator::migrate(db, 1, &error), qPrintable(error));
            QVERIFY2(Repository(db).replaceAll(everyShapeDataset(), &error), qPrintable(error));
            QVERIFY(QSqlQuery(db).exec(s("CREATE TABLE node_positions (entity_id TEXT)")));
            QVERIFY(!Migrator::migrate(db, 2, &error));
            QVERIFY2(error.contains(s("002_layout.sql")), qPrintable(error));
            QCOMPARE(Migrator::currentVersion(db), 1);
        }
        const QByteArray before = readBytes(path);
        Database db;
        error.clear();
        QVERIFY(!db.open(path, &error));
        QVERIFY(!db.isOpen());
        QVERIFY2(error.contains(path), qPrintable(error));
        QCOMPARE(readBytes(path), before);
    }

    void refusesNewerSchema_data()
    {
        QTest::addColumn<bool>("wal");
        QTest::newRow("written by Telco Atlas (WAL)") << true;
        QTest::newRow("rollback journal") << false;
    }
    void refusesNewerSchema()
    {
        QFETCH(bool, wal);
        QTemporaryDir dir;
        const QString path = dir.filePath(s("newer.sqlite"));
        const int newer = Migrator::latestVersion() + 1;
        QString error;
        if (wal) {
            Database db;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            QVERIFY(setVersion(db.connection(), newer));
        } else {
            // A rollback-journal file would have its header rewritten by switching to WAL.
            RawConnection raw(path);
            QSqlDatabase db = raw.db();
            QVERIFY2(Migrator::migrate(db, Migrator::latestVersion(), &error), qPrintable(error));
            QVERIFY(setVersion(db, newer));
            QCOMPARE(pragma(db, s("journal_mode")), s("delete"));
        }
        const QByteArray before = readBytes(path);
        QVERIFY(!before.isEmpty());
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);

        Database db;
        error.clear();
        QVERIFY(!db.open(path, &error));
        QVERIFY(!db.isOpen());
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(s("newer")), qPrintable(error));
        QVERIFY2(error.contains(QString::number(newer)), qPrintable(error));
        QCOMPARE(readBytes(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);

        // The migrator on its own refuses too.
        RawConnection raw(path);
        QSqlDatabase rawDb = raw.db();
        QCOMPARE(Migrator::currentVersion(rawDb), newer);
        QVERIFY(!Migrator::migrate(rawDb, Migrator::latestVersion(), &error));
        QVERIFY2(error.contains(s("newer")), qPrintable(error));
    }

    void refusesNewerSchemaWhileOpenElsewhere()
    {
        // Another connection keeps the WAL file alive, so the probe cannot read the file alone.
        QTemporaryDir dir;
        const QString path = dir.filePath(s("busy.sqlite"));
        Database first;
        QString error;
        QVERIFY2(first.open(path, &error), qPrintable(error));
        QVERIFY2(Repository(first.connection()).replaceAll(everyShapeDataset(), &error),
                 qPrintable(error));
        QVERIFY(setVersion(first.connection(), Migrator::latestVersion() + 1));
        QVERIFY(QFile::exists(path + s("-wal")));

        Database second;
        QVERIFY(!second.open(path, &error));
        QVERIFY2(error.contains(s("newer")), qPrintable(error));
        // The first connection is unharmed.
        QVERIFY(setVersion(first.connection(), Migrator::latestVersion()));
        const auto loaded = Repository(first.connection()).load(&error);
        QVERIFY2(loaded, qPrintable(error));
        compareDatasets(*loaded, everyShapeDataset());
    }

    void refusesFilesThatAreNotSqlite_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("text") << QByteArray("hello") << s("not an SQLite file");
        QTest::newRow("json") << QByteArray(R"({"format": "telco-atlas-dataset"})")
                              << s("not an SQLite file");
        QTest::newRow("damaged sqlite")
                << QByteArray("SQLite format 3\0", 16) + QByteArray(4080, 'x')
                << s("cannot read the database");
    }
    void refusesFilesThatAreNotSqlite()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(s("x.sqlite"));
        writeBytes(path, content);
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY(!db.isOpen());
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QCOMPARE(readBytes(path), content);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{ s("x.sqlite") });
    }

    void refusesForeignSqliteDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(s("customers.sqlite"));
        {
            RawConnection raw(path);
            QSqlQuery q(raw.db());
            QVERIFY(q.exec(s("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")));
            QVERIFY(q.prepare(s("INSERT INTO customers (name) VALUES (?)")));
            q.bindValue(0, s("Kim"));
            QVERIFY(q.exec());
        }
        const QByteArray before = readBytes(path);
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(s("not a Telco Atlas database")), qPrintable(error));
        QCOMPARE(readBytes(path), before);
    }

    void emptyFileBecomesDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(s("empty.sqlite"));
        writeBytes(path, {});
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Migrator::latestVersion());
    }

    void refusesFolder()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(!db.open(dir.path(), &error));
        QVERIFY2(error.contains(dir.path()), qPrintable(error));
    }

    // The stores ask whether a table is there (an older file lacks some) several times an edit:
    // the answer comes from SQLite's schema, and follows a table made on the connection.
    void tablesAreFoundInTheSchema()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.open(dir.filePath(s("tables.sqlite")), &error), qPrintable(error));
        for (const QString &t : kTables)
            QVERIFY2(Database::hasTable(db.connection(), t), qPrintable(t));
        QVERIFY(!Database::hasTable(db.connection(), s("no_such_table")));
        QVERIFY(!Database::hasTable(db.connection(), s("events_position_idx"))); // an index
        QVERIFY(QSqlQuery(db.connection()).exec(s("CREATE TABLE made_later (x INTEGER)")));
        QVERIFY(Database::hasTable(db.connection(), s("made_later")));
        QVERIFY(QSqlQuery(db.connection()).exec(s("DROP TABLE made_later")));
        QVERIFY(!Database::hasTable(db.connection(), s("made_later")));
    }

    void foreignKeysAreOn()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.open(dir.filePath(s("fk.sqlite")), &error), qPrintable(error));
        QCOMPARE(pragma(db.connection(), s("foreign_keys")), s("1"));
        QSqlQuery q(db.connection());
        QVERIFY(q.prepare(s("INSERT INTO events (id, position, kind, title_en, title_ko, "
                            "summary_en, summary_ko) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)")));
        const QVariantList values = { s("ev-1"), 0, s("other"), s("Title"), s(""), s(""), s("") };
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.prepare(s("INSERT INTO event_participants (event_id, ordinal, entity_id, role) "
                            "VALUES (?, ?, ?, ?)")));
        q.bindValue(0, s("ev-1"));
        q.bindValue(1, 0);
        q.bindValue(2, s("no-such-entity"));
        q.bindValue(3, s("partner"));
        QVERIFY(!q.exec());
        QVERIFY2(q.lastError().text().contains(s("FOREIGN KEY"), Qt::CaseInsensitive),
                 qPrintable(q.lastError().text()));
    }

    void migratorRefusesDowngrade()
    {
        QTemporaryDir dir;
        RawConnection raw(dir.filePath(s("m.sqlite")));
        QSqlDatabase db = raw.db();
        QCOMPARE(Migrator::currentVersion(db), 0);
        QString error;
        QVERIFY2(Migrator::migrate(db, 2, &error), qPrintable(error));
        QVERIFY(Migrator::migrate(db, 2, &error)); // already there: nothing to do
        QVERIFY(!Migrator::migrate(db, 1, &error));
        QVERIFY2(error.contains(s("downgrade")), qPrintable(error));
        QCOMPARE(Migrator::currentVersion(db), 2);
    }

    void openingAgainClosesThePreviousDatabase()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.open(dir.filePath(s("a.sqlite")), &error), qPrintable(error));
        QVERIFY2(db.open(dir.filePath(s("b.sqlite")), &error), qPrintable(error));
        QCOMPARE(db.spec(), dir.filePath(s("b.sqlite")));
        QVERIFY(!db.open(dir.path(), &error));
        QVERIFY(!db.isOpen());
        QVERIFY(db.spec().isEmpty());
    }

    void inMemoryDatabase()
    {
        Database a;
        Database b;
        QString error;
        QVERIFY2(a.open(s(":memory:"), &error), qPrintable(error));
        QVERIFY2(b.open(s(":memory:"), &error), qPrintable(error));
        QVERIFY2(Repository(a.connection()).replaceAll(everyShapeDataset(), &error),
                 qPrintable(error));
        QVERIFY(Repository(b.connection()).isEmpty()); // each instance has its own connection
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
