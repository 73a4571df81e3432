// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The program as a hostile or unlucky user meets it (issue 17): absurd files, two programs
// writing one database at once, a program killed half way. The real executable runs in child
// processes; the database is checked through the storage library.
#include "storage/database.h"
#include "storage/repository.h"
#include "testsupport/runtool.h"
#include "testsupport/tempworkspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace atlas;
using atlas::test::fileDigest;
using atlas::test::runTool;
using atlas::test::ToolRun;

namespace {

QStringList databaseArgs(const QString &db)
{
    return { QStringLiteral("--database"), db };
}

// An events file of count launches by KT, titled "<tag> n".
void writeEvents(const QString &path, const QString &tag, int count)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("id,date,kind,title,participants\n");
    for (int i = 0; i < count; ++i)
        f.write(QStringLiteral("%1-%2,2024-06-%3,launch,%1 %2,KT\n")
                        .arg(tag)
                        .arg(i)
                        .arg(i % 28 + 1, 2, 10, QLatin1Char('0'))
                        .toUtf8());
}

// Ids of the events in db whose id starts with prefix; -1 when the database cannot be read.
int countEvents(const QString &db, const QString &prefix, QString *integrity = nullptr)
{
    Database d;
    QString error;
    if (!d.open(db, &error)) {
        qWarning() << error;
        return -1;
    }
    if (integrity) {
        QSqlQuery q(d.connection());
        *integrity = q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next()
                ? q.value(0).toString()
                : q.lastError().text();
    }
    QSqlQuery q(d.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM events WHERE id LIKE ?"));
    q.addBindValue(prefix + QLatin1Char('%'));
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestRobustness : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString makeDatabase(const QString &name)
    {
        const QString db = m_dir.filePath(name);
        const ToolRun r = runTool(databaseArgs(db)
                                  + QStringList{ QStringLiteral("--export"),
                                                 m_dir.filePath(name + QStringLiteral(".json")) });
        return r.exitCode == 0 ? db : QString();
    }

private Q_SLOTS:
    // Issue 17: a five-million-character entity name was accepted and stored.
    void hugeNameIsRefusedAndTheDatabaseUnchanged()
    {
        const QString db = makeDatabase(QStringLiteral("huge.sqlite"));
        QVERIFY(!db.isEmpty());
        const QByteArray before = fileDigest(db);
        const QString json = m_dir.filePath(QStringLiteral("huge-name.json"));
        {
            QFile f(json);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"format\":\"telco-atlas-dataset\",\"formatVersion\":1,\"entities\":[{\"id\":"
                    "\"giant\","
                    "\"kind\":\"company\",\"name\":{\"en\":\""
                    + QByteArray(5000000, 'x') + "\"}}]}");
        }
        const ToolRun r =
                runTool(databaseArgs(db) + QStringList{ QStringLiteral("--import"), json });
        QCOMPARE(r.exitCode, 1);
        for (const char *word : { "huge-name.json", "giant", "name", "5000000" })
            QVERIFY2(r.err.contains(QLatin1String(word)), qPrintable(r.err.left(400)));
        QCOMPARE(fileDigest(db), before);
    }

    // Issue 17: the second of two simultaneous imports failed with "database is locked".
    void twoImportsAtOnceBothLand()
    {
        const QString db = makeDatabase(QStringLiteral("two.sqlite"));
        QVERIFY(!db.isEmpty());
        const int count = 1500;
        const QString a = m_dir.filePath(QStringLiteral("a.csv"));
        const QString b = m_dir.filePath(QStringLiteral("b.csv"));
        writeEvents(a, QStringLiteral("alpha"), count);
        writeEvents(b, QStringLiteral("beta"), count);
        QProcess first;
        QProcess second;
        test::startTool(first, databaseArgs(db) + QStringList{ QStringLiteral("--import"), a });
        test::startTool(second, databaseArgs(db) + QStringList{ QStringLiteral("--import"), b });
        QVERIFY(first.waitForFinished(300000));
        QVERIFY(second.waitForFinished(300000));
        QVERIFY2(first.exitStatus() == QProcess::NormalExit && first.exitCode() == 0,
                 first.readAllStandardError().constData());
        QVERIFY2(second.exitStatus() == QProcess::NormalExit && second.exitCode() == 0,
                 second.readAllStandardError().constData());
        QCOMPARE(countEvents(db, QStringLiteral("alpha-")), count);
        QCOMPARE(countEvents(db, QStringLiteral("beta-")), count);
    }

    // A writer that keeps the lock longer than we wait gives a message, and nothing is written.
    void lockHeldTooLongGivesAClearMessage()
    {
        const QString db = makeDatabase(QStringLiteral("held.sqlite"));
        QVERIFY(!db.isEmpty());
        const QString csv = m_dir.filePath(QStringLiteral("held.csv"));
        writeEvents(csv, QStringLiteral("held"), 3);
        Database holder;
        QString error;
        QVERIFY2(holder.open(db, &error), qPrintable(error));
        QSqlQuery q(holder.connection());
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        const ToolRun r =
                runTool(databaseArgs(db) + QStringList{ QStringLiteral("--import"), csv });
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        holder.close();
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("in use by another program"))
                         && r.err.contains(QLatin1String("held.sqlite")),
                 qPrintable(r.err));
        QCOMPARE(countEvents(db, QStringLiteral("held-")), 0);
    }

    // SIGKILL at random points of an import: every time the file passes integrity_check and
    // holds the whole import or none of it.
    void killedImportLeavesAllOrNothing()
    {
        const QString db = makeDatabase(QStringLiteral("killed.sqlite"));
        QVERIFY(!db.isEmpty());
        const int count = 2000;
        const QString csv = m_dir.filePath(QStringLiteral("k.csv"));
        writeEvents(csv, QStringLiteral("kill"), count);
        // How long a whole import takes here, so the kills spread over all of it.
        QElapsedTimer timer;
        timer.start();
        QString spare = m_dir.filePath(QStringLiteral("spare.sqlite"));
        QVERIFY(QFile::copy(db, spare));
        QCOMPARE(runTool(databaseArgs(spare) + QStringList{ QStringLiteral("--import"), csv })
                         .exitCode,
                 0);
        const qint64 full = std::max<qint64>(timer.elapsed(), 50);

        int landed = 0;
        int none = 0;
        auto *random = QRandomGenerator::global();
        for (int round = 0; round < 24; ++round) {
            QProcess p;
            test::startTool(p, databaseArgs(db) + QStringList{ QStringLiteral("--import"), csv });
            QVERIFY(p.waitForStarted());
            const auto delay = random->bounded(full + full / 4);
            // Sleeping is the point here: the kill must land at a random moment of the import.
            QTest::qSleep(int(delay));
            ::kill(pid_t(p.processId()), SIGKILL);
            QVERIFY(p.waitForFinished(60000));
            QString integrity;
            const int n = countEvents(db, QStringLiteral("kill-"), &integrity);
            QCOMPARE(integrity, QStringLiteral("ok"));
            QVERIFY2(n == 0 || n == count,
                     qPrintable(QStringLiteral("round %1: %2 of %3 events")
                                        .arg(round)
                                        .arg(n)
                                        .arg(count)));
            (n == count ? landed : none) += 1;
            if (n == count) {
                // Start again from nothing imported, so later rounds test the import again.
                QVERIFY(QFile::remove(db));
                QFile::remove(db + QStringLiteral("-wal"));
                QFile::remove(db + QStringLiteral("-shm"));
                QVERIFY(!makeDatabase(QStringLiteral("killed.sqlite")).isEmpty());
            }
        }
        qInfo("killed imports: %d landed whole, %d left nothing", landed, none);
    }
};

QTEST_GUILESS_MAIN(TestRobustness)
#include "tst_robustness.moc"
