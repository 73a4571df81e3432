// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Team mode in the window: no password is ever written or shown, passwords come from the keyring
// or a prompt, and a database the user may only read gives a read-only window that still exports.
// The PostgreSQL cases run against ATLAS_TEST_POSTGRES_URL (and ATLAS_TEST_POSTGRES_READER_URL,
// a role the test grants SELECT to) and skip without them.
#include "models/document.h"
#include "models/editcommands.h"
#include "reports/briefingcommand.h"
#include "storage/postgresaddress.h"
#include "ui/editactions.h"
#include "models/keyring.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"
#include "models/workspace.h"
#include "testsupport/postgresscratch.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHash>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

using namespace atlas;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Everything QSettings has on disk for this application.
QByteArray settingsFileContents()
{
    QSettings settings;
    settings.sync();
    QFile f(settings.fileName());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class FakeStore : public PasswordStore
{
public:
    std::optional<QString> read(const QString &key) override
    {
        ++reads;
        return passwords.contains(key) ? std::optional<QString>(passwords.value(key))
                                       : std::nullopt;
    }
    bool write(const QString &key, const QString &password, QString *) override
    {
        passwords.insert(key, password);
        return true;
    }
    QHash<QString, QString> passwords;
    int reads = 0;
};

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

QStringList menuTexts(QMenu *menu)
{
    QStringList out;
    for (QAction *a : menu->actions())
        out << a->text() << a->toolTip() << a->statusTip();
    return out;
}

} // namespace

class TestTeamMode : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_url;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_url = test::postgresUrl();
    }

    void settingsNeverHoldAPassword()
    {
        const QString spec =
                s("postgresql://analyst:secret-4711@db.example.com/atlas?sslmode=require");
        {
            Settings settings;
            settings.setLastDatabase(spec);
            settings.addRecentFile(spec);
            settings.addRecentFile(s("/data/team.sqlite"));
        }
        Settings again;
        QCOMPARE(again.lastDatabase(),
                 s("postgresql://analyst@db.example.com/atlas?sslmode=require"));
        QVERIFY(again.recentFiles().contains(
                s("postgresql://analyst@db.example.com/atlas?sslmode=require")));
        QVERIFY(!settingsFileContents().contains("secret-4711"));
        QVERIFY(settingsFileContents().contains("db.example.com"));
    }

    void passwordsOfEarlierVersionsAreRemoved()
    {
        {
            QSettings raw;
            raw.setValue(s("data/lastDatabase"), s("postgresql://analyst:old-secret@db/atlas"));
            raw.setValue(s("data/recentFiles"),
                         QStringList({ s("postgresql://analyst:old-secret@db/atlas"),
                                       s("postgresql://analyst@db/atlas"), s("/data/a.sqlite") }));
        }
        QVERIFY(settingsFileContents().contains("old-secret"));
        {
            Settings settings;
        }
        QVERIFY(!settingsFileContents().contains("old-secret"));
        Settings settings;
        QCOMPARE(settings.lastDatabase(), s("postgresql://analyst@db/atlas"));
        QCOMPARE(settings.recentFiles(),
                 QStringList({ s("postgresql://analyst@db/atlas"), s("/data/a.sqlite") }));
    }

    // No password in the address and none from libpq: the prompt asks, the keyring keeps it when
    // asked to, and the next open takes it from there without asking.
    void promptAndKeyring()
    {
        if (m_url.isEmpty())
            QSKIP("ATLAS_TEST_POSTGRES_URL is not set; the PostgreSQL team tests need a server");
        const QString password = QUrl(m_url).password(QUrl::FullyDecoded);
        if (password.isEmpty())
            QSKIP("ATLAS_TEST_POSTGRES_URL holds no password; the server may not ask for one");
        QString error;
        QVERIFY2(test::dropAtlasTables(m_url, &error), qPrintable(error));
        const EnvGuard env("PGPASSWORD", QByteArray());
        const EnvGuard passFile("PGPASSFILE", QByteArray("/nonexistent"));
        const QString bare = PostgresAddress::stripPassword(m_url);
        FakeStore store;
        QStringList asked;
        {
            Document doc;
            Workspace ws(&doc);
            ws.setPasswordStore(&store);
            ws.setPasswordPrompt([&](const QString &address, const QString &problem) {
                asked << address << problem;
                // First a wrong one: the prompt comes back.
                if (asked.size() == 2)
                    return std::optional<Workspace::PasswordAnswer>({ s("wrong-4711"), true });
                return std::optional<Workspace::PasswordAnswer>({ password, true });
            });
            QVERIFY2(ws.open(bare, &error), qPrintable(error));
            QCOMPARE(asked.size(), 4);
            QCOMPARE(asked.at(0), bare);
            QVERIFY(!asked.join(QLatin1Char(' ')).contains(password));
            QVERIFY(!doc.data().events.isEmpty());
            QCOMPARE(store.passwords.value(PostgresAddress(bare).account()), password);
        }
        {
            Document doc;
            Workspace ws(&doc);
            ws.setPasswordStore(&store);
            bool promptedAgain = false;
            ws.setPasswordPrompt([&](const QString &, const QString &) {
                promptedAgain = true;
                return std::optional<Workspace::PasswordAnswer>();
            });
            QVERIFY2(ws.open(bare, &error), qPrintable(error));
            QVERIFY(!promptedAgain);
        }
        {
            // Cancelling the prompt fails the open with the server's reason, not the password.
            Document doc;
            Workspace ws(&doc);
            ws.setPasswordStore(nullptr);
            ws.setPasswordPrompt([](const QString &, const QString &) {
                return std::optional<Workspace::PasswordAnswer>();
            });
            QVERIFY(!ws.open(bare, &error));
            QVERIFY(!ws.isOpen());
            QVERIFY2(error.contains(QUrl(m_url).host()), qPrintable(error));
        }
        QVERIFY(!settingsFileContents().contains(password.toUtf8()));
    }

    // The address typed with a password into File → Open Server Database… is used, and appears
    // nowhere afterwards: not in the settings file, the title, the recent menu or the status bar.
    void windowNeverShowsThePassword()
    {
        if (m_url.isEmpty())
            QSKIP("ATLAS_TEST_POSTGRES_URL is not set; the PostgreSQL team tests need a server");
        const QString password = QUrl(m_url).password(QUrl::FullyDecoded);
        if (password.isEmpty())
            QSKIP("ATLAS_TEST_POSTGRES_URL holds no password");
        Document doc;
        Workspace ws(&doc);
        ws.setPasswordStore(nullptr);
        QString error;
        QVERIFY2(ws.open(m_dir.filePath(s("start.sqlite")), &error), qPrintable(error));
        MainWindow w(&doc, &ws);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *open = w.findChild<QAction *>(s("openServerDatabase"));
        QVERIFY(open);
        bool typed = false;
        QTimer::singleShot(0, &w, [&] {
            QTRY_VERIFY(qobject_cast<QInputDialog *>(QApplication::activeModalWidget()));
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            dialog->setTextValue(m_url);
            typed = true;
            dialog->accept();
        });
        // A failure would be shown in a message box: close it and fail instead of waiting.
        QString shownError;
        QTimer closer;
        connect(&closer, &QTimer::timeout, &w, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shownError = box->text();
                box->close();
            }
        });
        closer.start(50);
        open->trigger();
        closer.stop();
        QVERIFY(typed);
        QVERIFY2(shownError.isEmpty(), qPrintable(shownError));
        QTRY_VERIFY(ws.database() && !ws.database()->isSqlite());
        QCOMPARE(ws.database()->spec(), PostgresAddress::stripPassword(m_url));

        QVERIFY(!settingsFileContents().contains(password.toUtf8()));
        QVERIFY(settingsFileContents().contains(QUrl(m_url).host().toUtf8()));
        QVERIFY(!w.windowTitle().contains(password));
        QVERIFY(!w.statusBar()->currentMessage().contains(password));
        QVERIFY2(w.statusBar()->currentMessage().contains(QUrl(m_url).host()),
                 qPrintable(w.statusBar()->currentMessage()));
        QMenu *recent = nullptr;
        for (QMenu *menu : w.findChildren<QMenu *>()) {
            if (menuTexts(menu).join(QLatin1Char(' ')).contains(QUrl(m_url).host()))
                recent = menu;
        }
        QVERIFY2(recent, "no menu lists the server database");
        QVERIFY(!menuTexts(recent).join(QLatin1Char(' ')).contains(password));
        for (QLabel *label : w.findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(password) && !label->toolTip().contains(password),
                     qPrintable(label->objectName()));
    }

    // A file the user may not write: the window says so, edits are off, export and briefing work.
    void readOnlyFileGivesReadOnlyWindow()
    {
        const QString path = m_dir.filePath(s("shared.sqlite"));
        QString error;
        {
            Document doc;
            Workspace ws(&doc);
            QVERIFY2(ws.open(path, &error), qPrintable(error));
            QVERIFY(!ws.isReadOnly());
        }
        QVERIFY(QFile::setPermissions(path,
                                      QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        Document doc;
        Workspace ws(&doc);
        QVERIFY2(ws.open(path, &error), qPrintable(error));
        QVERIFY(ws.isReadOnly());
        MainWindow w(&doc, &ws);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        checkReadOnlyWindow(w, doc, s("shared.sqlite"));
        if (const QString shot = qEnvironmentVariable("ATLAS_TEST_SCREENSHOT"); !shot.isEmpty())
            w.grab().save(shot);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void writableDatabaseHasNoBanner()
    {
        Document doc;
        Workspace ws(&doc);
        QString error;
        QVERIFY2(ws.open(m_dir.filePath(s("mine.sqlite")), &error), qPrintable(error));
        MainWindow w(&doc, &ws);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!w.readOnlyBanner()->isVisible());
        QVERIFY(w.findChild<QAction *>(s("addEntity"))->isEnabled());
        QVERIFY(w.findChild<QAction *>(s("importData"))->isEnabled());
    }

    void readOnlyRoleGivesReadOnlyWindow()
    {
        const QString readerUrl = qEnvironmentVariable("ATLAS_TEST_POSTGRES_READER_URL");
        if (m_url.isEmpty() || readerUrl.isEmpty())
            QSKIP("ATLAS_TEST_POSTGRES_URL and ATLAS_TEST_POSTGRES_READER_URL are not set; "
                  "packaging/dev.sh "
                  "start_postgres sets both");
        QString error;
        QVERIFY2(test::dropAtlasTables(m_url, &error), qPrintable(error));
        {
            // The owner seeds the database and lets the reader read it.
            Document doc;
            Workspace ws(&doc);
            ws.setPasswordStore(nullptr);
            QVERIFY2(ws.open(m_url, &error), qPrintable(error));
            QSqlDatabase db = ws.database()->connection();
            const QString role = db.driver()->escapeIdentifier(
                    QUrl(readerUrl).userName(QUrl::FullyDecoded), QSqlDriver::TableName);
            QSqlQuery q(db);
            QVERIFY2(q.exec(s("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(role)),
                     qPrintable(q.lastError().text()));
        }
        Document doc;
        Workspace ws(&doc);
        ws.setPasswordStore(nullptr);
        QVERIFY2(ws.open(readerUrl, &error), qPrintable(error));
        QVERIFY(ws.isReadOnly());
        MainWindow w(&doc, &ws);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        checkReadOnlyWindow(w, doc, QUrl(readerUrl).userName());
    }

private:
    void checkReadOnlyWindow(MainWindow &w, Document &doc, const QString &named)
    {
        QVERIFY(w.readOnlyBanner()->isVisible());
        QVERIFY2(w.readOnlyBanner()->text().contains(named),
                 qPrintable(w.readOnlyBanner()->text()));
        QVERIFY(!doc.data().entities.isEmpty());
        doc.selectEntity(doc.data().entities.first().id);
        for (const char *name : { "addEntity", "addEvent", "addRelationship", "editSelected",
                                  "deleteSelected", "importData" }) {
            auto *a = w.findChild<QAction *>(QLatin1String(name));
            QVERIFY2(a, name);
            QVERIFY2(!a->isEnabled(), name);
        }
        for (const char *name : { "exportData", "exportBriefing" })
            QVERIFY2(w.findChild<QAction *>(QLatin1String(name))->isEnabled(), name);

        // An edit that gets through anyway is refused with the reason, and nothing changes.
        const qsizetype before = doc.data().entities.size();
        QString failure;
        connect(&doc, &Document::editFailed, this, [&failure](const QString &m) { failure = m; });
        Entity e;
        e.id = s("new-co");
        e.kind = EntityKind::Company;
        e.name = { s("New Co"), QString() };
        QTimer::singleShot(0, &w, [] {
            // The refusal is shown in a message box; close it.
            QTRY_VERIFY(QApplication::activeModalWidget());
            QApplication::activeModalWidget()->close();
        });
        doc.undoStack()->push(EditCommands::addEntity(&doc, e));
        QTRY_VERIFY(!failure.isEmpty());
        QVERIFY2(failure.contains(named), qPrintable(failure));
        QCOMPARE(doc.data().entities.size(), before);

        const QString pdf = m_dir.filePath(s("briefing.pdf"));
        QString error;
        QVERIFY2(BriefingCommand::writePdf(doc, BriefingOptions(), pdf, &error), qPrintable(error));
        QVERIFY(QFile(pdf).size() > 1000);
    }
};

QTEST_MAIN(TestTeamMode)
#include "tst_teammode.moc"
