// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzztargets.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace atlas;

// Replays, through the very functions the fuzz_* programs run, every seed of tests/fuzz/corpus/
// and every input a fuzzer once found a crash, hang or sanitizer report with
// (tests/fuzz/regressions/<target>/). A broken invariant aborts the test like a crash would; the
// ASan build turns memory errors into failures.
class TestFuzzRegressions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        fuzz::initialise();
        // Every target the fuzz build makes is known to the harness, and has seeds.
        const QStringList names = QStringLiteral(ATLAS_FUZZ_TARGETS).split(QLatin1Char(','));
        QCOMPARE(names.size(), fuzz::targets().size());
        for (const QString &name : names) {
            QVERIFY2(fuzz::entry(name), qPrintable(name));
            QVERIFY2(!QDir(dir(QStringLiteral("corpus"), name)).isEmpty(QDir::Files),
                     qPrintable(name));
        }
    }

    void replay_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        for (const auto &t : fuzz::targets()) {
            for (const char *kind : { "regressions", "corpus" }) {
                const QDir d(dir(QLatin1String(kind), t.name));
                for (const QString &file : d.entryList(QDir::Files, QDir::Name)) {
                    const QString row = t.name + QLatin1Char('/') + QLatin1String(kind)
                            + QLatin1Char('/') + file;
                    QTest::newRow(qPrintable(row)) << t.name << d.filePath(file);
                }
            }
        }
    }
    void replay()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        // Out of a buffer of exactly the file's size, as libFuzzer hands it over: a reader that
        // reads past the end is caught by ASan.
        const QByteArray bytes = file.readAll();
        const QByteArray exact = QByteArray::fromRawData(bytes.constData(), bytes.size());
        fuzz::entry(target)(exact);
    }

private:
    static QString dir(const QString &kind, const QString &target)
    {
        return QStringLiteral(ATLAS_FUZZ_DIR "/") + kind + QLatin1Char('/') + target;
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
