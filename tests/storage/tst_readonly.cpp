// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SQLite databases the user may only read: a file without write permission, or file:PATH?mode=ro.
// They open read-only, load, refuse writes, and are left exactly as they were.
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/repository.h"
#include "storagetestdata.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace atlas;
using namespace atlas::storagetest;

namespace {

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

constexpr QFile::Permissions kReadAndEnter = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup
        | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;

} // namespace

class TestReadOnly : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A database holding synthetic(1), closed again.
    QString makeDatabase(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        Database db;
        QString error;
        if (!db.open(path, &error))
            qWarning("%s", qPrintable(error));
        Repository repo(db.connection());
        if (!repo.replaceAll(synthetic(1), &error))
            qWarning("%s", qPrintable(error));
        return path;
    }

    static void checkReadsButRefusesWrites(Database &db)
    {
        QVERIFY(db.isReadOnly());
        Repository repo(db.connection());
        QString error;
        const auto loaded = repo.load(&error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->events.size(), synthetic(1).events.size());
        QVERIFY(!repo.replaceAll(synthetic(2), &error));
        QVERIFY(!error.isEmpty());
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void writableFileIsNotReadOnly()
    {
        const QString path = makeDatabase(s("rw.sqlite"));
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QVERIFY(!db.isReadOnly());
        QVERIFY(db.readOnlyReason().isEmpty());
        QVERIFY2(db.open(QUrl::fromLocalFile(path).toString() + s("?mode=rw"), &error),
                 qPrintable(error));
        QVERIFY(!db.isReadOnly());
    }

    void modeRoOpensReadOnly()
    {
        const QString path = makeDatabase(s("ro.sqlite"));
        const QByteArray before = hashOf(path);
        {
            Database db;
            QString error;
            QVERIFY2(db.open(QUrl::fromLocalFile(path).toString() + s("?mode=ro"), &error),
                     qPrintable(error));
            checkReadsButRefusesWrites(db);
            QVERIFY2(db.readOnlyReason().contains(s("ro.sqlite")), qPrintable(db.readOnlyReason()));
            QVERIFY2(db.readOnlyReason().contains(s("mode=ro")), qPrintable(db.readOnlyReason()));
        }
        QCOMPARE(hashOf(path), before);
    }

    // Even root, who could write it, treats a file without write permission as read-only.
    void fileWithoutWritePermissionOpensReadOnly()
    {
        const QString path = makeDatabase(s("locked.sqlite"));
        QVERIFY(QFile::setPermissions(path,
                                      QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray before = hashOf(path);
        {
            Database db;
            QString error;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            checkReadsButRefusesWrites(db);
            QVERIFY2(db.readOnlyReason().contains(s("locked.sqlite")),
                     qPrintable(db.readOnlyReason()));
        }
        QCOMPARE(hashOf(path), before);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    // SQLite writes its journal beside the file: in a folder without write permission (even
    // for root) the database opens read-only, says which folder, and leaves nothing behind.
    void fileInReadOnlyFolderOpensReadOnly()
    {
        QVERIFY(QDir(m_dir.path()).mkdir(s("shelf")));
        const QString folder = m_dir.filePath(s("shelf"));
        const QString path = makeDatabase(s("shelf/kept.sqlite"));
        const QByteArray before = hashOf(path);
        const QStringList filesBefore = QDir(folder).entryList(QDir::Files);
        QVERIFY(QFile::setPermissions(folder, kReadAndEnter));
        {
            Database db;
            QString error;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            checkReadsButRefusesWrites(db);
            const QString reason = db.readOnlyReason();
            QVERIFY2(reason.contains(s("kept.sqlite")), qPrintable(reason));
            QVERIFY2(reason.contains(QDir::toNativeSeparators(folder)), qPrintable(reason));
        }
        QVERIFY(QFile::setPermissions(folder, kReadAndEnter | QFile::WriteOwner));
        QCOMPARE(hashOf(path), before);
        QCOMPARE(QDir(folder).entryList(QDir::Files), filesBefore);
    }

    void newDatabaseInReadOnlyFolderIsRefused()
    {
        QVERIFY(QDir(m_dir.path()).mkdir(s("bare")));
        const QString folder = m_dir.filePath(s("bare"));
        QVERIFY(QFile::setPermissions(folder, kReadAndEnter));
        Database db;
        QString error;
        QVERIFY(!db.open(QDir(folder).filePath(s("new.sqlite")), &error));
        QVERIFY2(error.contains(s("new.sqlite")) && error.contains(s("read-only")),
                 qPrintable(error));
        QVERIFY(QFile::setPermissions(folder, kReadAndEnter | QFile::WriteOwner));
        QVERIFY(QDir(folder).isEmpty());
    }

    void readOnlyMissingFileIsNotCreated()
    {
        const QString path = m_dir.filePath(s("missing.sqlite"));
        Database db;
        QString error;
        QVERIFY(!db.open(QUrl::fromLocalFile(path).toString() + s("?mode=ro"), &error));
        QVERIFY2(error.contains(s("missing.sqlite")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    // Upgrading is writing: an old read-only database is refused with what to do.
    void readOnlyOldSchemaIsRefused()
    {
        if (Migrator::latestVersion() < 2)
            QSKIP("only one schema version");
        const QString path = m_dir.filePath(s("old.sqlite"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(s("QSQLITE"), s("old"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QString error;
            QVERIFY2(Migrator::migrate(raw, 1, &error), qPrintable(error));
            raw.close();
        }
        QSqlDatabase::removeDatabase(s("old"));
        const QByteArray before = hashOf(path);
        Database db;
        QString error;
        QVERIFY(!db.open(QUrl::fromLocalFile(path).toString() + s("?mode=ro"), &error));
        QVERIFY2(error.contains(s("upgrade")), qPrintable(error));
        QCOMPARE(hashOf(path), before);
    }
};

QTEST_GUILESS_MAIN(TestReadOnly)
#include "tst_readonly.moc"
