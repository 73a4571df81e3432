// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/repository.h"
#include "storagetestdata.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace atlas;
using namespace atlas::storagetest;

// The same checks as the SQLite tests, against the PostgreSQL database named by
// ATLAS_TEST_POSTGRES_URL (postgresql://user:password@host:port/dbname). That database is
// emptied of Telco Atlas tables before every test: give it a scratch database.
class TestPostgres : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_url = qEnvironmentVariable("ATLAS_TEST_POSTGRES_URL");
    }

    // Runs without a server: the message names the server and never shows the password.
    void unreachableServerHidesPassword()
    {
        Database db;
        QString error;
        QVERIFY(!db.open(s("postgresql://atlas:s3cret-pw@127.0.0.1:1/atlas?connect_timeout=3"), &error));
        QVERIFY(!db.isOpen());
        QVERIFY2(error.contains(s("127.0.0.1")), qPrintable(error));
        QVERIFY2(error.contains(s("postgresql://atlas@127.0.0.1:1/atlas")), qPrintable(error));
        QVERIFY2(!error.contains(s("s3cret-pw")), qPrintable(error));
    }

    void invalidAddressHidesPassword_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::newRow("no database") << s("postgresql://atlas:s3cret-pw@localhost/");
        QTest::newRow("no host") << s("postgresql://atlas:s3cret-pw@/atlas");
        QTest::newRow("bad port") << s("postgresql://atlas:s3cret-pw@localhost:port/atlas");
        QTest::newRow("option with spaces") << s("postgresql://atlas:s3cret-pw@localhost/atlas?options=a%20b");
    }
    void invalidAddressHidesPassword()
    {
        QFETCH(QString, spec);
        Database db;
        QString error;
        QVERIFY(!db.open(spec, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(!error.contains(s("s3cret-pw")), qPrintable(error));
    }

    void init()
    {
        const char *test = QTest::currentTestFunction();
        if (qstrcmp(test, "unreachableServerHidesPassword") == 0 || qstrcmp(test, "invalidAddressHidesPassword") == 0)
            return;
        if (m_url.isEmpty())
            QSKIP("ATLAS_TEST_POSTGRES_URL is not set; set it to postgresql://user:password@host:port/scratchdb "
                  "to run the storage tests against PostgreSQL");
        QString error;
        {
            // Start from nothing: drop what an earlier run left, then open (which migrates).
            Database probe;
            if (!probe.open(m_url, &error) && !error.contains(s("newer"))) {
                const QByteArray message = "PostgreSQL at ATLAS_TEST_POSTGRES_URL is unreachable or unusable: "
                    + error.toUtf8();
                QSKIP(message.constData());
            }
        }
        QVERIFY2(dropTables(&error), qPrintable(error));
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(m_url, &error), qPrintable(error));
        QVERIFY(!m_db->isSqlite());
    }

    void cleanup() { m_db.reset(); }

    void freshDatabaseHasLatestSchema()
    {
        QCOMPARE(m_db->schemaVersion(), Migrator::latestVersion());
        QCOMPARE(Migrator::currentVersion(m_db->connection()), Migrator::latestVersion());
        const QStringList tables = m_db->connection().tables();
        for (const char *t : {"meta", "sources", "entities", "events", "event_participants", "event_sources",
                              "amounts", "relationships", "relationship_sources", "financials", "node_positions"})
            QVERIFY2(tables.contains(s(t)), t);
        QVERIFY2(!m_db->displayName().contains(QUrl(m_url).password()) || QUrl(m_url).password().isEmpty(),
                 "display name shows the password");
    }

    void roundTripSynthetic() { checkRoundTrip(m_db->connection(), synthetic(1)); }
    void roundTripEveryShape() { checkRoundTrip(m_db->connection(), everyShapeDataset()); }
    void precisionAndNullsSurvive() { checkPrecisionSurvives(m_db->connection()); }
    void failedReplaceAllKeepsPreviousData() { checkFailedReplaceKeepsData(m_db->connection()); }
    void mergeUpdatesAndAdds() { checkMerge(m_db->connection()); }
    void failedMergeKeepsData() { checkFailedMergeKeepsData(m_db->connection()); }

    void refusesNewerSchema()
    {
        const int newer = Migrator::latestVersion() + 1;
        {
            QSqlQuery q(m_db->connection());
            QVERIFY(q.prepare(s("UPDATE meta SET value = ? WHERE key = ?")));
            q.bindValue(0, QString::number(newer));
            q.bindValue(1, s("schema_version"));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        m_db.reset();
        Database db;
        QString error;
        QVERIFY(!db.open(m_url, &error));
        QVERIFY2(error.contains(s("newer")), qPrintable(error));
        QVERIFY2(error.contains(QUrl(m_url).host()), qPrintable(error));
    }

private:
    bool dropTables(QString *error)
    {
        const QUrl url(m_url);
        const QString name = s("atlas-test-drop");
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(s("QPSQL"), name);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setDatabaseName(url.path().mid(1));
            db.setUserName(url.userName(QUrl::FullyDecoded));
            db.setPassword(url.password(QUrl::FullyDecoded));
            ok = db.open();
            QSqlQuery q(db);
            ok = ok
                && q.exec(s("DROP TABLE IF EXISTS node_positions, relationship_sources, relationships, amounts, "
                            "event_sources, event_participants, events, financials, entities, sources, meta CASCADE"));
            if (!ok && error)
                *error = q.lastError().text() + db.lastError().text();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    QString m_url;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
