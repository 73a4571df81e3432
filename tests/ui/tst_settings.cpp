// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the application remembers between runs.
#include "models/document.h"
#include "models/workspace.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"

#include <QDockWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;

class TestSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void recentFilesAreMostRecentFirstWithoutDuplicates()
    {
        Settings s;
        for (int i = 0; i < Settings::maxRecentFiles + 3; ++i)
            s.addRecentFile(QStringLiteral("/data/db%1.sqlite").arg(i));
        s.addRecentFile(QStringLiteral("/data/db5.sqlite"));
        const QStringList files = Settings().recentFiles();
        QCOMPARE(files.size(), Settings::maxRecentFiles);
        QCOMPARE(files.first(), QStringLiteral("/data/db5.sqlite"));
        QCOMPARE(files.count(QStringLiteral("/data/db5.sqlite")), 1);
        QCOMPARE(files.at(1), QStringLiteral("/data/db10.sqlite"));
    }

    void languageAndDatabaseSurviveARestart()
    {
        {
            Settings s;
            s.setLanguage(QStringLiteral("ko"));
            s.setLastDatabase(QStringLiteral("/data/team.sqlite"));
        }
        Settings again;
        QCOMPARE(again.language(), QStringLiteral("ko"));
        QCOMPARE(again.lastDatabase(), QStringLiteral("/data/team.sqlite"));
    }

    void windowLayoutIsRestored()
    {
        Document doc;
        Workspace ws(&doc);
        QString error;
        QVERIFY2(ws.open(m_dir.filePath(QStringLiteral("w.sqlite")), &error), qPrintable(error));
        {
            MainWindow w(&doc, &ws);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.resize(1010, 707);
            auto *financial = w.findChild<QDockWidget *>(QStringLiteral("financialDock"));
            QVERIFY(financial);
            financial->hide();
            QTRY_COMPARE(w.size(), QSize(1010, 707));
            w.close();
        }
        MainWindow again(&doc, &ws);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QTRY_COMPARE(again.size(), QSize(1010, 707));
        QVERIFY(!again.findChild<QDockWidget *>(QStringLiteral("financialDock"))->isVisible());
    }

    void firstRunStartsInASensibleLayout()
    {
        QSettings().clear();
        Document doc;
        Workspace ws(&doc);
        QString error;
        QVERIFY2(ws.open(m_dir.filePath(QStringLiteral("f.sqlite")), &error), qPrintable(error));
        MainWindow w(&doc, &ws);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.width() >= 1000 && w.height() >= 700);
        for (const char *dock : {"entitiesDock", "detailsDock", "financialDock"})
            QVERIFY2(w.findChild<QDockWidget *>(QLatin1String(dock))->isVisible(), dock);
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
