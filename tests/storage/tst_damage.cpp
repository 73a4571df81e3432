// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Unlucky databases (issue 17): bytes flipped in a page, a full disk.
#include "core/syntheticdataset.h"
#include "storage/database.h"
#include "storage/repository.h"
#include "storage/sqlitestatement.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace atlas;

namespace {

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

Dataset sample(int events)
{
    SyntheticOptions o;
    o.companies = 30;
    o.events = events;
    o.relationships = 40;
    return makeSyntheticDataset(o);
}

} // namespace

class TestDamage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pristine;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_pristine = m_dir.filePath(QStringLiteral("pristine.sqlite"));
        Database db;
        QString error;
        QVERIFY2(db.open(m_pristine, &error), qPrintable(error));
        {
            Repository repo(db.connection());
            QVERIFY2(repo.replaceAll(sample(400), &error), qPrintable(error));
            // Everything into the main file, so a copy of it alone is the whole database.
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        }
        db.close();
        QVERIFY(QFileInfo(m_pristine).size() > 8 * 4096);
    }

    // Flipped bytes anywhere after the header page: refused with a message naming the file and
    // the file left as it was, or (where the bytes were unused) opened and read; never a crash.
    void flippedBytes_data()
    {
        QTest::addColumn<int>("seed");
        for (int seed = 1; seed <= 24; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }
    void flippedBytes()
    {
        QFETCH(int, seed);
        const QString path = m_dir.filePath(QStringLiteral("damaged-%1.sqlite").arg(seed));
        QFile::remove(path);
        QVERIFY(QFile::copy(m_pristine, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QByteArray bytes = f.readAll();
            QRandomGenerator random{ quint32(seed) };
            // A burst of damage in one page, as a bad sector or a torn copy leaves it.
            const qsizetype pages = bytes.size() / 4096;
            const qsizetype page = 1 + random.bounded(int(pages - 1));
            for (int i = 0; i < 64; ++i) {
                const qsizetype at = page * 4096 + random.bounded(4096);
                bytes[at] = char(bytes.at(at) ^ char(1 + random.bounded(255)));
            }
            QVERIFY(f.seek(0));
            QCOMPARE(f.write(bytes), bytes.size());
        }
        const QByteArray before = digest(path);
        Database db;
        QString error;
        if (!db.open(path, &error)) {
            QVERIFY2(error.contains(path), qPrintable(error));
            QVERIFY2(error.contains(QLatin1String("damaged"))
                             || error.contains(QLatin1String("malformed"))
                             || error.contains(QLatin1String("not a")),
                     qPrintable(error));
            QCOMPARE(digest(path), before);
            return;
        }
        // The damage was somewhere quick_check does not look or SQLite does not use: reading
        // may fail, with a message, but not crash.
        Repository repo(db.connection());
        const auto data = repo.load(&error);
        QVERIFY(data || !error.isEmpty());
    }

    // A full disk (simulated by a page limit): the write fails with a message that says so and
    // the data stays as it was.
    // Stopping a read under way (Stop, another database, the window closed) stops SQLite's
    // check for damage beside it: the check reads the whole file, and the window waited for it
    // (450 ms at a million events). An interrupt before the check starts keeps it from starting.
    void checkUnderWayStopsWhenInterrupted()
    {
        const QString path = m_dir.filePath(QStringLiteral("large.sqlite"));
        {
            Database db;
            QString error;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            QSqlQuery q(db.connection());
            for (const char *sql :
                 { "CREATE TABLE filler (n INTEGER PRIMARY KEY, bytes BLOB)",
                   "CREATE INDEX filler_bytes ON filler (bytes)",
                   "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < "
                   "100000) INSERT INTO filler SELECT n, randomblob(300) FROM c" })
                QVERIFY2(q.exec(QLatin1String(sql)), sql);
        }
        SqliteInterrupter early;
        early.interrupt();
        QVERIFY(!early.arm(QSqlDatabase()));
        early.disarm();

        SqliteInterrupter stop;
        std::atomic<bool> armed = false;
        std::atomic<bool> finished = false;
        bool sound = true;
        QString message;
        std::thread worker([&] {
            const QString name = QStringLiteral("check");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path);
                if (db.open() && stop.arm(db)) {
                    armed = true;
                    sound = Database::checkIntegrity(db, path, &message);
                }
                stop.disarm();
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
            finished = true;
        });
        while (!armed && !finished)
            std::this_thread::yield();
        // Again until it ends: an interrupt just before SQLite starts the statement is lost.
        while (!finished) {
            stop.interrupt();
            std::this_thread::yield();
        }
        worker.join();
        QVERIFY(armed);
        QVERIFY(stop.wasInterrupted());
        QVERIFY(!sound);
        QVERIFY2(message.contains(QStringLiteral("interrupt")), qPrintable(message));
    }

    void fullDatabaseKeepsData()
    {
        const QString path = m_dir.filePath(QStringLiteral("full.sqlite"));
        QVERIFY(QFile::copy(m_pristine, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        Repository repo(db.connection());
        const auto before = repo.load(&error);
        QVERIFY2(before, qPrintable(error));
        {
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
            const int pages = q.value(0).toInt();
            QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)));
        }
        Dataset more = sample(3000);
        for (auto &e : more.events)
            e.id += QStringLiteral("-more");
        for (auto &e : more.events)
            e.summary.en = QString(2000, QLatin1Char('s'));
        QVERIFY(!repo.merge(more, &error));
        QVERIFY2(error.contains(QLatin1String("full")), qPrintable(error));
        const auto after = repo.load(&error);
        QVERIFY2(after, qPrintable(error));
        QVERIFY(*after == *before);
    }
};

QTEST_GUILESS_MAIN(TestDamage)
#include "tst_damage.moc"
