// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/tickgenerator.h"
#include "timeline/timescale.h"

#include <QStandardPaths>
#include <QTest>

using namespace atlas;

Q_DECLARE_METATYPE(atlas::TickLevel)
Q_DECLARE_METATYPE(atlas::Language)

namespace {

// Whether a tick date sits on a boundary of its level: what keeps ticks from wandering as one
// pans.
bool alignedTo(TickLevel level, int step, const QDate &d)
{
    switch (level) {
    case TickLevel::Days:
        return true;
    case TickLevel::Weeks:
        return d.dayOfWeek() == 1;
    case TickLevel::Months:
        return d.day() == 1;
    case TickLevel::Quarters:
        return d.day() == 1 && (d.month() - 1) % 3 == 0;
    case TickLevel::Years:
        return d.day() == 1 && d.month() == 1 && d.year() % step == 0;
    }
    return false;
}

} // namespace

class TestTickGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void levels_data()
    {
        QTest::addColumn<QDate>("first"); // first visible day
        QTest::addColumn<QDate>("last"); // last visible day
        QTest::addColumn<double>("width");
        QTest::addColumn<Language>("lang");
        QTest::addColumn<TickLevel>("level");
        QTest::addColumn<int>("step");
        QTest::addColumn<QStringList>("firstLabels"); // the first minor labels, in order
        QTest::addColumn<int>("minorCount");
        QTest::addColumn<QString>("firstMajor"); // empty: no major ticks

        QTest::newRow("three days, English")
                << QDate(2024, 9, 26) << QDate(2024, 9, 28) << 900.0 << Language::English
                << TickLevel::Days << 1 << QStringList{ "26", "27", "28" } << 3 << "September 2024";
        QTest::newRow("three days, Korean")
                << QDate(2024, 9, 26) << QDate(2024, 9, 28) << 900.0 << Language::Korean
                << TickLevel::Days << 1 << QStringList{ "26일", "27일", "28일" } << 3
                << "2024년 9월";
        QTest::newRow("two weeks across a month end")
                << QDate(2024, 9, 23) << QDate(2024, 10, 6) << 900.0 << Language::English
                << TickLevel::Days << 1 << QStringList{ "23", "24", "25" } << 14
                << "September 2024";
        QTest::newRow("two months in weeks, Mondays")
                << QDate(2024, 9, 1) << QDate(2024, 10, 31) << 900.0 << Language::English
                << TickLevel::Weeks << 1 << QStringList{ "2", "9", "16" } << 9 << "September 2024";
        QTest::newRow("two months in weeks, Korean")
                << QDate(2024, 9, 1) << QDate(2024, 10, 31) << 900.0 << Language::Korean
                << TickLevel::Weeks << 1 << QStringList{ "2일", "9일", "16일" } << 9
                << "2024년 9월";
        QTest::newRow("one year in months")
                << QDate(2024, 1, 1) << QDate(2024, 12, 31) << 900.0 << Language::English
                << TickLevel::Months << 1 << QStringList{ "Jan", "Feb", "Mar" } << 12 << "2024";
        QTest::newRow("one year in months, Korean")
                << QDate(2024, 1, 1) << QDate(2024, 12, 31) << 900.0 << Language::Korean
                << TickLevel::Months << 1 << QStringList{ "1월", "2월", "3월" } << 12 << "2024년";
        QTest::newRow("a year from mid-year keeps the year it starts in")
                << QDate(2024, 7, 15) << QDate(2025, 7, 14) << 900.0 << Language::English
                << TickLevel::Months << 1 << QStringList{ "Aug", "Sep", "Oct" } << 12 << "2024";
        QTest::newRow("three years in quarters")
                << QDate(2022, 1, 1) << QDate(2024, 12, 31) << 600.0 << Language::English
                << TickLevel::Quarters << 1 << QStringList{ "Q1", "Q2", "Q3" } << 12 << "2022";
        // Korean quarter labels are wider, so the same space shows years.
        QTest::newRow("three years in the same space, Korean")
                << QDate(2022, 1, 1) << QDate(2024, 12, 31) << 600.0 << Language::Korean
                << TickLevel::Years << 1 << QStringList{ "2022년", "2023년", "2024년" } << 3
                << QString();
        QTest::newRow("ten years") << QDate(2015, 1, 1) << QDate(2024, 12, 31) << 800.0
                                   << Language::English << TickLevel::Years << 1
                                   << QStringList{ "2015", "2016", "2017" } << 10 << QString();
        QTest::newRow("a century in decades")
                << QDate(1925, 1, 1) << QDate(2024, 12, 31) << 800.0 << Language::English
                << TickLevel::Years << 10 << QStringList{ "1930", "1940", "1950" } << 10
                << QString();
    }

    void levels()
    {
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(double, width);
        QFETCH(Language, lang);
        QFETCH(TickLevel, level);
        QFETCH(int, step);
        QFETCH(QStringList, firstLabels);
        QFETCH(int, minorCount);
        QFETCH(QString, firstMajor);

        TimeScale scale(0, 0, 0, width);
        scale.setDates(first, last);
        const TickSet ticks = TickGenerator::generate(scale, lang);

        QCOMPARE(ticks.level, level);
        QCOMPARE(ticks.step, step);
        QCOMPARE(ticks.minor.size(), minorCount);
        for (int i = 0; i < firstLabels.size(); ++i)
            QCOMPARE(ticks.minor.at(i).label, firstLabels.at(i));
        if (firstMajor.isEmpty()) {
            QVERIFY(ticks.major.isEmpty());
        } else {
            QVERIFY(!ticks.major.isEmpty());
            QCOMPARE(ticks.major.first().label, firstMajor);
            // The first major tick names the period the view starts in.
            QVERIFY(ticks.major.first().date <= first);
        }

        // Every minor tick is visible, aligned, labelled, in order, and far enough from the next
        // one for its label never to overlap it.
        const double spacing = TickGenerator::minimumSpacing(level, lang);
        for (int i = 0; i < ticks.minor.size(); ++i) {
            const Tick &t = ticks.minor.at(i);
            QVERIFY2(t.date >= first && t.date <= last, qPrintable(t.date.toString(Qt::ISODate)));
            QVERIFY2(alignedTo(level, step, t.date), qPrintable(t.date.toString(Qt::ISODate)));
            QVERIFY(!t.label.isEmpty());
            QCOMPARE(t.day, TimeScale::dayOf(t.date));
            if (i > 0) {
                const double gap = scale.xOfDay(t.day) - scale.xOfDay(ticks.minor.at(i - 1).day);
                QVERIFY2(gap >= spacing - 1e-9,
                         qPrintable(QStringLiteral("%1 px < %2 px").arg(gap).arg(spacing)));
            }
        }
        // And a finer level would have been too crowded: the choice is the finest that fits.
        if (level != TickLevel::Days && step == 1) {
            const TickLevel finer = TickLevel(int(level) - 1);
            const double finerPeriod = finer == TickLevel::Days ? 1
                    : finer == TickLevel::Weeks                 ? 7
                    : finer == TickLevel::Months                ? 28
                                                                : 90;
            QVERIFY(finerPeriod * scale.pixelsPerDay()
                    < TickGenerator::minimumSpacing(finer, lang));
        }
    }

    void zoomingInNeverCoarsens()
    {
        // From a century down to two days, each zoom step gives the same or a finer level.
        TimeScale scale(0, 0, 0, 1000);
        scale.setDates(QDate(1925, 1, 1), QDate(2024, 12, 31));
        int previous = int(TickLevel::Years) + 1;
        int previousStep = 1000;
        while (scale.days() > 2.0) {
            const TickSet ticks = TickGenerator::generate(scale, Language::English);
            QVERIFY(int(ticks.level) <= previous);
            if (int(ticks.level) == previous)
                QVERIFY(ticks.step <= previousStep);
            QVERIFY(!ticks.minor.isEmpty() || scale.days() > 365 * 5);
            previous = int(ticks.level);
            previousStep = ticks.step;
            scale.zoom(1.3, scale.x0() + scale.width() / 2.0);
        }
        QCOMPARE(TickLevel(previous), TickLevel::Days);
    }

    void emptyOrInvalidRanges()
    {
        QVERIFY(TickGenerator::generate(10.0, 10.0, 800.0, Language::English).minor.isEmpty());
        QVERIFY(TickGenerator::generate(10.0, 20.0, 0.0, Language::English).minor.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTickGenerator)
#include "tst_tickgenerator.moc"
