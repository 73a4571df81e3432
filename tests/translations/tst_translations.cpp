// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Korean and English are complete: every string in the sources is translated, and the window
// really speaks Korean when asked.
#include "models/document.h"
#include "models/workspace.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"

#include <QDirIterator>
#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace atlas;

namespace {

struct Message
{
    QString context;
    QString source;
    bool finished = false;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString context;
    Message current;
    QString translation;
    bool inTranslation = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                current = { context, {}, false };
            else if (xml.name() == QLatin1String("source"))
                current.source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                current.finished = xml.attributes().value(QLatin1String("type")).isEmpty();
                inTranslation = true;
                translation.clear();
            }
        } else if (xml.isCharacters() && inTranslation) {
            translation += xml.text();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("translation")) {
            inTranslation = false;
            current.finished = current.finished && !translation.trimmed().isEmpty();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out.append(current);
        }
    }
    return out;
}

QStringList menuTitles(QMainWindow &w)
{
    QStringList titles;
    for (QAction *a : w.menuBar()->actions())
        titles << a->text();
    return titles;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void noUnfinishedEntries_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("Korean") << "ko";
        QTest::newRow("English") << "en";
    }
    void noUnfinishedEntries()
    {
        QFETCH(QString, language);
        const auto messages = readTs(
                QStringLiteral(ATLAS_SOURCE_DIR "/translations/telco-atlas_%1.ts").arg(language));
        QVERIFY(messages.size() > 100);
        for (const auto &m : messages)
            QVERIFY2(m.finished, qPrintable(QStringLiteral("[%1] %2").arg(m.context, m.source)));
    }

    // A string added to the code without a translation fails here, not in front of a user.
    void everySourceStringIsInTheKoreanFile()
    {
        if (!QFile::exists(QStringLiteral(ATLAS_LUPDATE)))
            QSKIP("lupdate is not installed");
        QTemporaryDir dir;
        const QString ts = dir.filePath(QStringLiteral("scan.ts"));
        QStringList args{ QStringLiteral("-silent"), QStringLiteral("-locations"),
                          QStringLiteral("none") };
        QDirIterator it(QStringLiteral(ATLAS_SOURCE_DIR "/app"),
                        { QStringLiteral("*.cpp"), QStringLiteral("*.h") }, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            args << it.next();
        args << QStringLiteral("-ts") << ts;
        QProcess p;
        p.start(QStringLiteral(ATLAS_LUPDATE), args);
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        QSet<QString> known;
        for (const auto &m :
             readTs(QStringLiteral(ATLAS_SOURCE_DIR "/translations/telco-atlas_ko.ts"))) {
            if (m.finished)
                known.insert(m.context + QLatin1Char('|') + m.source);
        }
        const auto scanned = readTs(ts);
        QVERIFY(scanned.size() > 100);
        for (const auto &m : scanned)
            QVERIFY2(known.contains(m.context + QLatin1Char('|') + m.source),
                     qPrintable(QStringLiteral("untranslated: [%1] %2 (run translations/update.py)")
                                        .arg(m.context, m.source)));
    }

    void mainWindowSpeaksKorean()
    {
        Document doc;
        Workspace ws(&doc);
        QTemporaryDir dir;
        QString error;
        QVERIFY2(ws.open(dir.filePath(QStringLiteral("t.sqlite")), &error), qPrintable(error));
        MainWindow w(&doc, &ws);
        const QStringList english = menuTitles(w);
        QVERIFY(english.contains(QStringLiteral("&File")));
        w.setLanguage(Language::Korean);
        const QStringList korean = menuTitles(w);
        QVERIFY2(korean.contains(QStringLiteral("파일(&F)")),
                 qPrintable(korean.join(QLatin1Char(' '))));
        QVERIFY(korean.contains(QStringLiteral("보기(&V)")));
        QCOMPARE(doc.language(), Language::Korean);
        w.setLanguage(Language::English);
        QCOMPARE(menuTitles(w), english);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
