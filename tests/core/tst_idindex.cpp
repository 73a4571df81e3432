// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The id index of a dataset's lists: every lookup gives the row a linear search would, through any
// run of insertions and removals that only log their shifts, and past the point where the log is
// full and the index is rebuilt.
#include "core/dataset.h"

#include <QRandomGenerator>
#include <QTest>

using namespace atlas;

namespace {

qsizetype linear(const QList<Source> &list, const QString &id)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).id == id)
            return i;
    }
    return -1;
}

Source source(int n)
{
    Source s;
    s.id = QStringLiteral("s%1").arg(n);
    s.publisher = QStringLiteral("p");
    return s;
}

} // namespace

class TestIdIndex : public QObject
{
    Q_OBJECT

private:
    // Every id ever used, present or gone, found where a linear search finds it.
    static bool agrees(const Dataset &d, int ids, QString *why)
    {
        for (int n = 0; n < ids; ++n) {
            const QString id = QStringLiteral("s%1").arg(n);
            const qsizetype want = linear(d.sources, id);
            const qsizetype got = d.sourceIndex(id);
            if (want != got) {
                *why = QStringLiteral("%1: index %2, linear search %3").arg(id).arg(got).arg(want);
                return false;
            }
        }
        return true;
    }

private Q_SLOTS:
    void insertionsAndRemovalsKeepEveryRow_data()
    {
        QTest::addColumn<int>("steps");
        QTest::addColumn<int>("runLength");
        QTest::newRow("a few single rows") << 5 << 1;
        QTest::newRow("more edits than the log holds") << IdIndex::kMaxShifts * 3 << 1;
        QTest::newRow("runs of rows") << 40 << 7;
    }

    void insertionsAndRemovalsKeepEveryRow()
    {
        QFETCH(int, steps);
        QFETCH(int, runLength);
        QRandomGenerator random(42);
        Dataset d;
        int next = 0;
        for (; next < 300; ++next)
            d.sources.append(source(next));
        QCOMPARE(d.sourceIndex(QStringLiteral("s150")), 150); // builds the index
        QString why;
        for (int step = 0; step < steps; ++step) {
            const qsizetype at = random.bounded(int(d.sources.size() - runLength));
            if (random.bounded(2) == 0) {
                QStringList ids;
                for (qsizetype i = at; i < at + runLength; ++i)
                    ids << d.sources.at(i).id;
                d.sources.remove(at, runLength);
                d.reindexRemoved(RecordType::Source, at, runLength, ids);
            } else {
                for (int i = 0; i < runLength; ++i)
                    d.sources.insert(at + i, source(next++));
                d.reindexInserted(RecordType::Source, at, runLength);
            }
            // Checked only now and then: a lookup between edits would not show a shift that is
            // applied wrongly to entries written before it.
            if (step % 5 == 4)
                QVERIFY2(agrees(d, next, &why), qPrintable(why));
        }
        QVERIFY2(agrees(d, next, &why), qPrintable(why));
        // The edits were followed through the log: one build at first, then one each time the
        // log filled up, never one because a lookup met a row the log had not moved right.
        QCOMPARE(d.sourceRows.builds(), 1 + steps / (IdIndex::kMaxShifts + 1));
    }

    // A removed run's ids are gone from the index at once, and rows above it do not move.
    void removedRunsAreGoneAndRowsAboveStay()
    {
        Dataset d;
        for (int n = 0; n < 10; ++n)
            d.sources.append(source(n));
        QCOMPARE(d.sourceIndex(QStringLiteral("s9")), 9);
        d.sources.remove(3, 2);
        d.reindexRemoved(RecordType::Source, 3, 2, { QStringLiteral("s3"), QStringLiteral("s4") });
        QCOMPARE(d.sourceIndex(QStringLiteral("s3")), -1);
        QCOMPARE(d.sourceIndex(QStringLiteral("s4")), -1);
        QCOMPARE(d.sourceIndex(QStringLiteral("s2")), 2);
        QCOMPARE(d.sourceIndex(QStringLiteral("s5")), 3);
        QCOMPARE(d.sourceIndex(QStringLiteral("s9")), 7);
        d.sources.insert(0, source(20));
        d.reindexInserted(RecordType::Source, 0, 1);
        QCOMPARE(d.sourceIndex(QStringLiteral("s20")), 0);
        QCOMPARE(d.sourceIndex(QStringLiteral("s9")), 8);
    }
};

QTEST_GUILESS_MAIN(TestIdIndex)
#include "tst_idindex.moc"
