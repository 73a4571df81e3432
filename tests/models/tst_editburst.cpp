// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: a program killed (SIGKILL) at random moments of a burst of edits, each edit one
// transaction changing two records. Every time, the file passes integrity_check, both records
// carry the same edit (all or nothing), and every edit the program had reported stored is there.
#include "storage/database.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace atlas;

namespace {

struct Stored
{
    QString integrity;
    int tickerEdit = -1; // n of the entity's ticker "Bn", 0 when untouched
    int titleEdit = -1; // n of the event's title "burst n", 0 when untouched
};

int numberAfter(const QString &text, const QString &prefix)
{
    return text.startsWith(prefix) ? text.mid(prefix.size()).toInt() : 0;
}

Stored readBack(const QString &path, const QString &entityId, const QString &eventId)
{
    Stored out;
    Database db;
    QString error;
    if (!db.open(path, &error)) {
        out.integrity = error;
        return out;
    }
    QSqlQuery q(db.connection());
    out.integrity = q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next()
            ? q.value(0).toString()
            : q.lastError().text();
    q.prepare(QStringLiteral("SELECT ticker FROM entities WHERE id = ?"));
    q.addBindValue(entityId);
    if (q.exec() && q.next())
        out.tickerEdit = numberAfter(q.value(0).toString(), QStringLiteral("B"));
    q.prepare(QStringLiteral("SELECT title_en FROM events WHERE id = ?"));
    q.addBindValue(eventId);
    if (q.exec() && q.next())
        out.titleEdit = numberAfter(q.value(0).toString(), QStringLiteral("burst "));
    return out;
}

} // namespace

class TestEditBurst : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void killedEditBurstLeavesWholeEdits()
    {
        const QString db = m_dir.filePath(QStringLiteral("burst.sqlite"));
        QProcess seed;
        seed.start(QStringLiteral(ATLAS_EDITBURST), { db, QStringLiteral("0") });
        QVERIFY(seed.waitForFinished(120000));
        QCOMPARE(seed.exitCode(), 0);
        const QStringList ids = QString::fromUtf8(seed.readAllStandardOutput()).split(u' ');
        QCOMPARE(ids.size(), 3);
        const QString entityId = ids.at(1);
        const QString eventId = ids.at(2).trimmed();

        auto *random = QRandomGenerator::global();
        int reported = 0;
        for (int round = 0; round < 30; ++round) {
            QProcess p;
            p.start(QStringLiteral(ATLAS_EDITBURST), { db, QStringLiteral("1000000") });
            QVERIFY(p.waitForStarted());
            // Let it store a few edits, then kill it a random moment later (sleeping is the
            // point: the kill must land anywhere in an edit).
            QVERIFY(p.waitForReadyRead(120000));
            QTest::qSleep(int(random->bounded(200)));
            ::kill(pid_t(p.processId()), SIGKILL);
            QVERIFY(p.waitForFinished(60000));
            const QStringList lines =
                    QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
            for (const QString &line : lines)
                if (!line.startsWith(QLatin1String("ids")))
                    reported = std::max(reported, line.toInt());

            const Stored stored = readBack(db, entityId, eventId);
            QCOMPARE(stored.integrity, QStringLiteral("ok"));
            QVERIFY2(stored.tickerEdit == stored.titleEdit,
                     qPrintable(QStringLiteral("round %1: ticker of edit %2, title of edit %3")
                                        .arg(round)
                                        .arg(stored.tickerEdit)
                                        .arg(stored.titleEdit)));
            // Each run counts from 1 again: what it reported stored is there, or a later one.
            const int lastOfRun = lines.isEmpty() || lines.constLast().startsWith(u'i')
                    ? 0
                    : lines.constLast().toInt();
            QVERIFY2(stored.tickerEdit >= lastOfRun,
                     qPrintable(QStringLiteral("round %1: reported %2 stored, found %3")
                                        .arg(round)
                                        .arg(lastOfRun)
                                        .arg(stored.tickerEdit)));
        }
        qInfo("killed edit bursts: up to %d edits stored per run", reported);
    }
};

QTEST_GUILESS_MAIN(TestEditBurst)
#include "tst_editburst.moc"
