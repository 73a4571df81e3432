// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Debian package as a user installs it: what it holds, what it depends on, and that the
// program runs from the unpacked files.
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestPackage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_deb;

    static QString run(const QString &program, const QStringList &args, int *exitCode = nullptr,
                       const QString &workDir = {})
    {
        QProcess p;
        if (!workDir.isEmpty())
            p.setWorkingDirectory(workDir);
        p.start(program, args);
        p.waitForFinished(300000);
        if (exitCode)
            *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return QString::fromUtf8(p.readAllStandardOutput())
                + QString::fromUtf8(p.readAllStandardError());
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("cpack")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("dpkg-deb")).isEmpty())
            QSKIP("cpack or dpkg-deb is not installed");
        int code = 0;
        const QString out = run(QStringLiteral("cpack"),
                                { QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"),
                                  m_dir.path(), QStringLiteral("--config"),
                                  QStringLiteral(ATLAS_BINARY_DIR "/CPackConfig.cmake") },
                                &code, QStringLiteral(ATLAS_BINARY_DIR));
        QVERIFY2(code == 0, qPrintable(out));
        const QStringList debs = QDir(m_dir.path()).entryList({ QStringLiteral("*.deb") });
        QCOMPARE(debs.size(), 1);
        m_deb = m_dir.filePath(debs.first());
        QVERIFY(debs.first().startsWith(QLatin1String("telco-atlas_" ATLAS_VERSION)));
    }

    void installsTheProgramAndDesktopIntegration()
    {
        const QString list = run(QStringLiteral("dpkg-deb"), { QStringLiteral("-c"), m_deb });
        for (const char *path :
             { "./usr/bin/telco-atlas",
               "./usr/share/applications/org.telcoatlas.TelcoAtlas.desktop",
               "./usr/share/metainfo/org.telcoatlas.TelcoAtlas.metainfo.xml",
               "./usr/share/icons/hicolor/scalable/apps/org.telcoatlas.TelcoAtlas.svg" })
            QVERIFY2(list.contains(QLatin1String(path)), path);
    }

    void dependsCoverWhatIsLoadedAtRunTime()
    {
        const QString depends = run(QStringLiteral("dpkg-deb"),
                                    { QStringLiteral("-f"), m_deb, QStringLiteral("Depends") });
        // Plugins and fonts are loaded at run time, where dpkg-shlibdeps cannot see them.
        for (const char *pkg : { "libqt6sql6-sqlite", "qt6-qpa-plugins", "fonts-noto-cjk",
                                 "fonts-dejavu-core", "libqt6widgets6", "libqt6sql6" })
            QVERIFY2(depends.contains(QLatin1String(pkg)),
                     qPrintable(QStringLiteral("%1 missing from: %2")
                                        .arg(QLatin1String(pkg), depends)));
    }

    void runsFromTheUnpackedFiles()
    {
        const QString root = m_dir.filePath(QStringLiteral("root"));
        int code = 0;
        run(QStringLiteral("dpkg-deb"), { QStringLiteral("-x"), m_deb, root }, &code);
        QCOMPARE(code, 0);
        const QString exe = root + QStringLiteral("/usr/bin/telco-atlas");
        const QString version = run(exe, { QStringLiteral("--version") }, &code);
        QCOMPARE(code, 0);
        QVERIFY2(version.contains(QLatin1String(ATLAS_VERSION)), qPrintable(version));
        const QString json = m_dir.filePath(QStringLiteral("export.json"));
        const QString out =
                run(exe,
                    { QStringLiteral("--database"), m_dir.filePath(QStringLiteral("db.sqlite")),
                      QStringLiteral("--export"), json },
                    &code);
        QVERIFY2(code == 0, qPrintable(out));
        QVERIFY(QFileInfo(json).size() > 10000);
        const QString pdf = m_dir.filePath(QStringLiteral("out.pdf"));
        const QString briefing =
                run(exe,
                    { QStringLiteral("--database"), m_dir.filePath(QStringLiteral("db.sqlite")),
                      QStringLiteral("--briefing"), pdf },
                    &code);
        QVERIFY2(code == 0, qPrintable(briefing));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        QVERIFY(f.size() > 50000);
    }

    // Lintian, Debian's package checker: no error (E:) on the package; warnings are shown.
    void lintianFindsNoError()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("lintian")).isEmpty())
            QSKIP("lintian is not installed (Debian package lintian)");
        int code = 0;
        const QString out =
                run(QStringLiteral("lintian"),
                    { QStringLiteral("--tag-display-limit"), QStringLiteral("0"), m_deb }, &code);
        qInfo("lintian: %s",
              qPrintable(out.trimmed().isEmpty() ? QStringLiteral("clean") : out.trimmed()));
        QStringList errors;
        for (const QString &line : out.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("E: ")))
                errors << line;
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY2(code == 0, qPrintable(out));
    }

    void holdsCopyrightChangelogAndManual()
    {
        const QString list = run(QStringLiteral("dpkg-deb"), { QStringLiteral("-c"), m_deb });
        for (const char *path : { "./usr/share/doc/telco-atlas/copyright",
                                  "./usr/share/doc/telco-atlas/changelog.Debian.gz",
                                  "./usr/share/man/man1/telco-atlas.1.gz" })
            QVERIFY2(list.contains(QLatin1String(path)), path);
    }

    // The desktop entry and the AppStream metadata as installed (the metainfo is generated).
    void desktopFileAndMetainfoAreValid_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("file");
        QTest::newRow("desktop-file-validate")
                << QStringLiteral("desktop-file-validate") << QStringList{}
                << QStringLiteral("usr/share/applications/org.telcoatlas.TelcoAtlas.desktop");
        QTest::newRow("appstreamcli validate")
                << QStringLiteral("appstreamcli")
                << QStringList{ QStringLiteral("validate"), QStringLiteral("--no-net"),
                                QStringLiteral("--pedantic") }
                << QStringLiteral("usr/share/metainfo/org.telcoatlas.TelcoAtlas.metainfo.xml");
    }
    void desktopFileAndMetainfoAreValid()
    {
        QFETCH(QString, tool);
        QFETCH(QStringList, args);
        QFETCH(QString, file);
        if (QStandardPaths::findExecutable(tool).isEmpty())
            QSKIP(qPrintable(
                    QStringLiteral(
                            "%1 is not installed (Debian packages desktop-file-utils, appstream)")
                            .arg(tool)));
        const QString root = m_dir.filePath(QStringLiteral("validate"));
        int code = 0;
        run(QStringLiteral("dpkg-deb"), { QStringLiteral("-x"), m_deb, root }, &code);
        QCOMPARE(code, 0);
        const QString out = run(tool, args << root + QLatin1Char('/') + file, &code);
        QVERIFY2(code == 0, qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
