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
        return QString::fromUtf8(p.readAllStandardOutput()) + QString::fromUtf8(p.readAllStandardError());
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("cpack")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("dpkg-deb")).isEmpty())
            QSKIP("cpack or dpkg-deb is not installed");
        int code = 0;
        const QString out = run(QStringLiteral("cpack"),
                                {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), m_dir.path(),
                                 QStringLiteral("--config"), QStringLiteral(ATLAS_BINARY_DIR "/CPackConfig.cmake")},
                                &code, QStringLiteral(ATLAS_BINARY_DIR));
        QVERIFY2(code == 0, qPrintable(out));
        const QStringList debs = QDir(m_dir.path()).entryList({QStringLiteral("*.deb")});
        QCOMPARE(debs.size(), 1);
        m_deb = m_dir.filePath(debs.first());
        QVERIFY(debs.first().startsWith(QLatin1String("telco-atlas_" ATLAS_VERSION)));
    }

    void installsTheProgramAndDesktopIntegration()
    {
        const QString list = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), m_deb});
        for (const char *path : {"./usr/bin/telco-atlas", "./usr/share/applications/org.telcoatlas.TelcoAtlas.desktop",
                                 "./usr/share/metainfo/org.telcoatlas.TelcoAtlas.metainfo.xml",
                                 "./usr/share/icons/hicolor/scalable/apps/org.telcoatlas.TelcoAtlas.svg"})
            QVERIFY2(list.contains(QLatin1String(path)), path);
    }

    void dependsCoverWhatIsLoadedAtRunTime()
    {
        const QString depends = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, QStringLiteral("Depends")});
        // Plugins and fonts are loaded at run time, where dpkg-shlibdeps cannot see them.
        for (const char *pkg : {"libqt6sql6-sqlite", "qt6-qpa-plugins", "fonts-noto-cjk", "fonts-dejavu-core", "libqt6widgets6",
                                "libqt6sql6"})
            QVERIFY2(depends.contains(QLatin1String(pkg)), qPrintable(QStringLiteral("%1 missing from: %2").arg(QLatin1String(pkg), depends)));
    }

    void runsFromTheUnpackedFiles()
    {
        const QString root = m_dir.filePath(QStringLiteral("root"));
        int code = 0;
        run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, root}, &code);
        QCOMPARE(code, 0);
        const QString exe = root + QStringLiteral("/usr/bin/telco-atlas");
        const QString version = run(exe, {QStringLiteral("--version")}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(version.contains(QLatin1String(ATLAS_VERSION)), qPrintable(version));
        const QString json = m_dir.filePath(QStringLiteral("export.json"));
        const QString out = run(exe, {QStringLiteral("--database"), m_dir.filePath(QStringLiteral("db.sqlite")),
                                      QStringLiteral("--export"), json}, &code);
        QVERIFY2(code == 0, qPrintable(out));
        QVERIFY(QFileInfo(json).size() > 10000);
        const QString pdf = m_dir.filePath(QStringLiteral("out.pdf"));
        const QString briefing = run(exe, {QStringLiteral("--database"), m_dir.filePath(QStringLiteral("db.sqlite")),
                                           QStringLiteral("--briefing"), pdf}, &code);
        QVERIFY2(code == 0, qPrintable(briefing));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        QVERIFY(f.size() > 50000);
    }

    void desktopFileIsValid()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate")).isEmpty())
            QSKIP("desktop-file-validate (desktop-file-utils) is not installed");
        int code = 0;
        const QString out = run(QStringLiteral("desktop-file-validate"),
                                {QStringLiteral(ATLAS_SOURCE_DIR "/resources/org.telcoatlas.TelcoAtlas.desktop")}, &code);
        QVERIFY2(code == 0, qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
