// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the application remembers between runs.
#include "models/document.h"
#include "models/workspace.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"
#include "timeline/timelineview.h"
#include "timeline/timelinewidget.h"

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

    void laneChoiceIsRememberedPerDatabase()
    {
        // Two databases, each with its own lanes: opening one brings back its choice.
        const QString a = m_dir.filePath(QStringLiteral("lanes-a.sqlite"));
        const QString b = m_dir.filePath(QStringLiteral("lanes-b.sqlite"));
        Document doc;
        Workspace ws(&doc);
        QString error;
        auto choose = [&](const QString &db, const LaneChoice &choice) {
            QVERIFY2(ws.open(db, &error), qPrintable(error));
            MainWindow w(&doc, &ws);
            w.timeline()->view()->setLaneChoice(choice);
        };
        LaneChoice forA;
        forA.mode = LaneChoice::Mode::Pinned;
        forA.pinned = { QStringLiteral("kt"), QStringLiteral("microsoft") };
        LaneChoice forB;
        forB.pinned = { QStringLiteral("lg-uplus") };
        forB.groupByKind = true;
        choose(a, forA);
        choose(b, forB);

        auto shown = [&](const QString &db) {
            if (!ws.open(db, &error))
                qFatal("%s", qPrintable(error));
            MainWindow w(&doc, &ws);
            w.show();
            return std::make_pair(w.timeline()->view()->laneChoice(),
                                  w.timeline()->view()->laneLabels());
        };
        const auto [choiceA, labelsA] = shown(a);
        QCOMPARE(choiceA, forA);
        QCOMPARE(labelsA, (QStringList{ QStringLiteral("KT"), QStringLiteral("Microsoft") }));
        const auto [choiceB, labelsB] = shown(b);
        QCOMPARE(choiceB, forB);
        QVERIFY(labelsB.contains(QStringLiteral("LG Uplus")));
        QVERIFY(labelsB.size() > 1); // most active after the pinned lane
        // A database never given a choice has the default.
        const auto [choiceC, labelsC] = shown(m_dir.filePath(QStringLiteral("lanes-c.sqlite")));
        QCOMPARE(choiceC, LaneChoice{});
        Q_UNUSED(labelsC);
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
        for (const char *dock : { "entitiesDock", "detailsDock", "financialDock" })
            QVERIFY2(w.findChild<QDockWidget *>(QLatin1String(dock))->isVisible(), dock);
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
