// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/readsnapshot.h"
#include "storage/repository.h"
#include "storagetestdata.h"
#include "testsupport/postgresscratch.h"

#include "storage/postgresaddress.h"

#include <QDir>
#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace atlas;
using namespace atlas::storagetest;

namespace {

// Sets (or with an empty value unsets) an environment variable for one scope.
class EnvGuard
{
public:
    EnvGuard(const char *name, const QByteArray &value)
        : m_name(name), m_had(qEnvironmentVariableIsSet(name)), m_old(qgetenv(name))
    {
        if (value.isEmpty())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~EnvGuard()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    Q_DISABLE_COPY_MOVE(EnvGuard)

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

bool writePassFile(const QString &path, const QUrl &url)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    // libpq ignores a pass file others may read.
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const QString line =
            QStringLiteral("%1:%2:%3:%4:%5\n")
                    .arg(url.host(), QString::number(url.port(5432)), url.path().mid(1),
                         url.userName(QUrl::FullyDecoded), url.password(QUrl::FullyDecoded));
    return f.write(line.toUtf8()) > 0;
}

} // namespace

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
        m_url = test::postgresUrl();
    }

    // Runs without a server: the message names the server and never shows the password.
    void unreachableServerHidesPassword()
    {
        Database db;
        QString error;
        QVERIFY(!db.open(s("postgresql://atlas:s3cret-pw@127.0.0.1:1/atlas?connect_timeout=3"),
                         &error));
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
        QTest::newRow("option with spaces")
                << s("postgresql://atlas:s3cret-pw@localhost/atlas?options=a%20b");
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

    // Credentials: the address is remembered and shown without its password, and a password in
    // the address or from libpq's own sources gets through.
    void passwordFromPgpassword()
    {
        const QString password = QUrl(m_url).password(QUrl::FullyDecoded);
        if (password.isEmpty())
            QSKIP("ATLAS_TEST_POSTGRES_URL holds no password to move into PGPASSWORD");
        const QString bare = PostgresAddress::stripPassword(m_url);
        QVERIFY(!bare.contains(password));
        const EnvGuard passFile("PGPASSFILE", QByteArray("/nonexistent"));
        const EnvGuard env("PGPASSWORD", password.toUtf8());
        Database db;
        QString error;
        QVERIFY2(db.open(bare, &error), qPrintable(error));
        QVERIFY(!db.isReadOnly());
        QCOMPARE(db.spec(), bare);
    }

    void passwordFromPassFile()
    {
        const QUrl url(m_url);
        if (url.password().isEmpty())
            QSKIP("ATLAS_TEST_POSTGRES_URL holds no password to put in a pass file");
        const QString bare = PostgresAddress::stripPassword(m_url);
        const EnvGuard env("PGPASSWORD", QByteArray());
        QTemporaryDir dir;
        const QString path = dir.filePath(s("pgpass"));
        QVERIFY(writePassFile(path, url));
        {
            const EnvGuard passFile("PGPASSFILE", QFile::encodeName(path));
            Database db;
            QString error;
            QVERIFY2(db.open(bare, &error), qPrintable(error));
        }
        // ~/.pgpass (the test's private HOME) when PGPASSFILE is not set.
        const EnvGuard passFile("PGPASSFILE", QByteArray());
        const QString home = QDir::homePath() + s("/.pgpass");
        QVERIFY(writePassFile(home, url));
        Database db;
        QString error;
        const bool ok = db.open(bare, &error);
        QFile::remove(home);
        QVERIFY2(ok, qPrintable(error));
    }

    void missingOrWrongPasswordIsToldApart()
    {
        const QUrl url(m_url);
        if (url.password().isEmpty())
            QSKIP("ATLAS_TEST_POSTGRES_URL holds no password; the server may not ask for one");
        const EnvGuard env("PGPASSWORD", QByteArray());
        const EnvGuard passFile("PGPASSFILE", QByteArray("/nonexistent"));
        Database db;
        QString error;
        QVERIFY(!db.open(PostgresAddress::stripPassword(m_url), &error));
        QVERIFY2(db.passwordRejected(), qPrintable(error));
        QUrl wrong = url;
        wrong.setPassword(s("wrong-pw-4711"));
        QVERIFY(!db.open(wrong.toString(), &error));
        QVERIFY2(db.passwordRejected(), qPrintable(error));
        QVERIFY2(!error.contains(s("wrong-pw-4711")), qPrintable(error));
        // An unreachable server is not a password problem.
        QVERIFY(!db.open(s("postgresql://atlas@127.0.0.1:1/atlas?connect_timeout=3"), &error));
        QVERIFY2(!db.passwordRejected(), qPrintable(error));
    }

    void connectionOptionsReachTheServer()
    {
        const QString spec = m_url + (m_url.contains(QLatin1Char('?')) ? s("&") : s("?"))
                + s("application_name=atlas-team-test&connect_timeout=7");
        Database db;
        QString error;
        QVERIFY2(db.open(spec, &error), qPrintable(error));
        QSqlQuery q(db.connection());
        QVERIFY2(q.exec(s("SELECT current_setting('application_name')")) && q.next(),
                 qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toString(), s("atlas-team-test"));
    }

    // Roles: a user with SELECT only gets a read-only database that still loads. The reader role
    // is made by packaging/dev.sh (the test user may not create roles); the owner grants here.
    void readOnlyRole()
    {
        const QString readerUrl = qEnvironmentVariable("ATLAS_TEST_POSTGRES_READER_URL");
        if (readerUrl.isEmpty())
            QSKIP("ATLAS_TEST_POSTGRES_READER_URL is not set; packaging/dev.sh start_postgres "
                  "makes a read-only "
                  "role atlas_test_reader and sets it");
        QVERIFY(!m_db->isReadOnly());
        QVERIFY(m_db->readOnlyReason().isEmpty());
        const Dataset data = synthetic(1);
        {
            Repository repo(m_db->connection());
            QString error;
            QVERIFY2(repo.replaceAll(data, &error), qPrintable(error));
            const QString reader = QUrl(readerUrl).userName(QUrl::FullyDecoded);
            const QString role =
                    m_db->connection().driver()->escapeIdentifier(reader, QSqlDriver::TableName);
            QSqlQuery q(m_db->connection());
            QVERIFY2(q.exec(s("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(role)),
                     qPrintable(q.lastError().text()));
        }
        Database db;
        QString error;
        QVERIFY2(db.open(readerUrl, &error), qPrintable(error));
        QVERIFY(db.isReadOnly());
        QVERIFY2(db.readOnlyReason().contains(QUrl(readerUrl).userName()),
                 qPrintable(db.readOnlyReason()));
        QVERIFY2(!db.readOnlyReason().contains(QUrl(readerUrl).password())
                         || QUrl(readerUrl).password().isEmpty(),
                 "the reason shows the password");
        Repository repo(db.connection());
        const auto loaded = repo.load(&error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->events.size(), data.events.size());
        QVERIFY(!repo.replaceAll(synthetic(2), &error));
        const auto after = Repository(m_db->connection()).load(&error);
        QVERIFY2(after, qPrintable(error));
        QCOMPARE(after->events.size(), data.events.size());
    }

    void init()
    {
        const char *test = QTest::currentTestFunction();
        if (qstrcmp(test, "unreachableServerHidesPassword") == 0
            || qstrcmp(test, "invalidAddressHidesPassword") == 0)
            return;
        if (m_url.isEmpty())
            QSKIP("ATLAS_TEST_POSTGRES_URL is not set; set it to "
                  "postgresql://user:password@host:port/scratchdb "
                  "to run the storage tests against PostgreSQL");
        QString error;
        {
            // Start from nothing: drop what an earlier run left, then open (which migrates).
            Database probe;
            if (!probe.open(m_url, &error) && !error.contains(s("newer"))) {
                const QByteArray message =
                        "PostgreSQL at ATLAS_TEST_POSTGRES_URL is unreachable or unusable: "
                        + error.toUtf8();
                QSKIP(message.constData());
            }
        }
        QVERIFY2(test::dropAtlasTables(m_url, &error), qPrintable(error));
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
        for (const char *t : { "meta", "sources", "entities", "events", "event_participants",
                               "event_sources", "amounts", "relationships", "relationship_sources",
                               "financials", "financial_gaps", "node_positions" })
            QVERIFY2(tables.contains(s(t)), t);
        QVERIFY2(!m_db->displayName().contains(QUrl(m_url).password())
                         || QUrl(m_url).password().isEmpty(),
                 "display name shows the password");
    }

    void roundTripSynthetic() { checkRoundTrip(m_db->connection(), synthetic(1)); }
    void roundTripEveryShape() { checkRoundTrip(m_db->connection(), everyShapeDataset()); }
    void attributesSurvive() { checkAttributesSurvive(m_db->connection()); }
    void emptyTextAttributeSurvives() { checkEmptyTextAttributeSurvives(m_db->connection()); }
    void customTypesSurvive() { checkCustomTypesSurvive(m_db->connection()); }
    void spellsSurvive() { checkSpellsSurvive(m_db->connection()); }
    void precisionAndNullsSurvive() { checkPrecisionSurvives(m_db->connection()); }
    void failedReplaceAllKeepsPreviousData() { checkFailedReplaceKeepsData(m_db->connection()); }
    void mergeUpdatesAndAdds() { checkMerge(m_db->connection()); }
    void failedMergeKeepsData() { checkFailedMergeKeepsData(m_db->connection()); }

    // A whole load with a helper reading the lists of events on a second connection: the helper
    // imports the load's snapshot, so a write that lands between the two (another client) is in
    // neither. Had the helper seen it, the new event's participants would name an event the load
    // did not read, and the load would have read the lists itself.
    void aLoadAndItsHelperSeeOneState()
    {
        const Dataset d = synthetic(2);
        QString error;
        QVERIFY2(Repository(m_db->connection()).replaceAll(d, &error), qPrintable(error));
        Database other;
        QVERIFY2(other.open(m_url, &error), qPrintable(error));
        Dataset more = d;
        Event added = d.events.constFirst();
        added.id = s("ev-written-meanwhile");
        QVERIFY(!added.participants.isEmpty());
        more.events.append(added);

        const int besideBefore = Repository::listsReadBeside();
        const QSqlDatabase source = m_db->connection();
        std::optional<Dataset> during;
        {
            ReadSnapshot snapshot(source, &source, s("team"));
            QVERIFY2(Repository(other.connection()).replaceAll(more, &error), qPrintable(error));
            Repository repo(source);
            repo.setSnapshot(&snapshot);
            during = repo.load(&error);
        }
        QVERIFY2(during, qPrintable(error));
        compareDatasets(*during, d);
        QCOMPARE(Repository::listsReadBeside(), besideBefore + 1);
        const auto after = Repository(source).load(&error);
        QVERIFY2(after, qPrintable(error));
        compareDatasets(*after, more);
    }

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
    QString m_url;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
