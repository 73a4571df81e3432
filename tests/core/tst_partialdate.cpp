// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formatting.h"
#include "core/partialdate.h"

#include <QTest>

using namespace atlas;

class TestPartialDate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("precision");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        using P = PartialDate::Precision;
        QTest::newRow("day") << "2024-09-27" << true << int(P::Day) << QDate(2024, 9, 27)
                             << QDate(2024, 9, 27);
        QTest::newRow("month is the whole month")
                << "2024-06" << true << int(P::Month) << QDate(2024, 6, 1) << QDate(2024, 6, 30);
        QTest::newRow("february leap")
                << "2024-02" << true << int(P::Month) << QDate(2024, 2, 1) << QDate(2024, 2, 29);
        QTest::newRow("february") << "2023-02" << true << int(P::Month) << QDate(2023, 2, 1)
                                  << QDate(2023, 2, 28);
        QTest::newRow("no leap in 1900")
                << "1900-02" << true << int(P::Month) << QDate(1900, 2, 1) << QDate(1900, 2, 28);
        QTest::newRow("leap in 2000")
                << "2000-02" << true << int(P::Month) << QDate(2000, 2, 1) << QDate(2000, 2, 29);
        QTest::newRow("december") << "0999-12" << true << int(P::Month) << QDate(999, 12, 1)
                                  << QDate(999, 12, 31);
        QTest::newRow("first quarter ends in March")
                << "2023-Q1" << true << int(P::Quarter) << QDate(2023, 1, 1) << QDate(2023, 3, 31);
        QTest::newRow("last quarter") << "2024-Q4" << true << int(P::Quarter) << QDate(2024, 10, 1)
                                      << QDate(2024, 12, 31);
        QTest::newRow("quarter") << "2024-Q2" << true << int(P::Quarter) << QDate(2024, 4, 1)
                                 << QDate(2024, 6, 30);
        QTest::newRow("year") << "2024" << true << int(P::Year) << QDate(2024, 1, 1)
                              << QDate(2024, 12, 31);
        QTest::newRow("zeros kept")
                << "2005-01-02" << true << int(P::Day) << QDate(2005, 1, 2) << QDate(2005, 1, 2);
        QTest::newRow("first quarter")
                << "1999-Q1" << true << int(P::Quarter) << QDate(1999, 1, 1) << QDate(1999, 3, 31);
        QTest::newRow("bad day") << "2024-02-30" << false << 0 << QDate() << QDate();
        QTest::newRow("bad month") << "2024-13" << false << 0 << QDate() << QDate();
        QTest::newRow("bad quarter") << "2024-Q5" << false << 0 << QDate() << QDate();
        QTest::newRow("slashes") << "2024/06/01" << false << 0 << QDate() << QDate();
        QTest::newRow("empty") << "" << false << 0 << QDate() << QDate();
        QTest::newRow("words") << "June 2024" << false << 0 << QDate() << QDate();
        QTest::newRow("one-digit month") << "2024-6" << false << 0 << QDate() << QDate();
        QTest::newRow("one-digit day") << "2024-06-1" << false << 0 << QDate() << QDate();
        QTest::newRow("quarter zero") << "2024-Q0" << false << 0 << QDate() << QDate();
        QTest::newRow("dash only") << "2024-" << false << 0 << QDate() << QDate();
        QTest::newRow("one slash") << "2024-06/01" << false << 0 << QDate() << QDate();
        QTest::newRow("no dashes") << "20240601" << false << 0 << QDate() << QDate();
        QTest::newRow("trailing text") << "2024-06-01T10" << false << 0 << QDate() << QDate();
        QTest::newRow("year zero") << "0000" << false << 0 << QDate() << QDate();
        QTest::newRow("other digits") << "２０２４" << false << 0 << QDate() << QDate();
    }
    void spacesAroundAreIgnored()
    {
        QCOMPARE(PartialDate::fromString(QStringLiteral(" 2024-06\n")),
                 PartialDate::month(2024, 6));
        QCOMPARE(PartialDate::fromString(QStringLiteral("\t1999-Q4 ")),
                 PartialDate::quarter(1999, 4));
        QVERIFY(!PartialDate::fromString(QStringLiteral("2024 -06")).isValid());
        QCOMPARE(PartialDate::fromString(QLatin1StringView(" 2024-06\n")),
                 PartialDate::month(2024, 6));
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto d = PartialDate::fromString(text);
        QCOMPARE(d.isValid(), valid);
        // As a load reads ASCII text from the database, without a string of its own.
        if (const QByteArray latin1 = text.toLatin1(); QString::fromLatin1(latin1) == text)
            QCOMPARE(PartialDate::fromString(QLatin1StringView(latin1)), d);
        if (!valid)
            return;
        QFETCH(int, precision);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QCOMPARE(int(d.precision()), precision);
        QCOMPARE(d.start(), start);
        QCOMPARE(d.end(), end);
        // The shape is the precision: writing it back gives the same text.
        QCOMPARE(d.toString(), text);
    }

    // The dates a file or a form can hold, 1 to 9999, are kept whole in the packed date; a
    // year beyond them (as a QDate may have) makes no date rather than a wrong one.
    void yearsAtTheEdges()
    {
        const auto last = PartialDate::day(9999, 12, 31);
        QVERIFY(last.isValid());
        QCOMPARE(last.yearValue(), 9999);
        QCOMPARE(last.monthValue(), 12);
        QCOMPARE(last.dayValue(), 31);
        QCOMPARE(last.quarterValue(), 4);
        QCOMPARE(last.end(), QDate(9999, 12, 31));
        QCOMPARE(last.toString(), QStringLiteral("9999-12-31"));
        QCOMPARE(PartialDate::fromString(QStringLiteral("0001-Q1")).start(), QDate(1, 1, 1));
        QVERIFY(PartialDate::day(1, 1, 1) < PartialDate::day(9999, 12, 31));
        QVERIFY(!PartialDate::day(10000, 1, 1).isValid());
        QVERIFY(!PartialDate::day(40000, 1, 1).isValid());
        QVERIFY(!PartialDate::month(10000, 1).isValid());
        QVERIFY(!PartialDate::day(-5, 1, 1).isValid());
    }

    void monthIsNotFirstOfMonth()
    {
        const auto june = PartialDate::fromString(QStringLiteral("2024-06"));
        const auto first = PartialDate::fromString(QStringLiteral("2024-06-01"));
        QVERIFY(june != first);
        QVERIFY(first < june); // same start, the finer date sorts first
        QVERIFY(june.overlaps(QDate(2024, 6, 20), QDate(2024, 7, 5)));
        QVERIFY(!first.overlaps(QDate(2024, 6, 20), QDate(2024, 7, 5)));
    }

    void overlapsWindowEdges()
    {
        const auto d = PartialDate::fromString(QStringLiteral("2024-09-27"));
        QVERIFY(d.overlaps(QDate(2024, 9, 27), QDate(2024, 9, 27)));
        QVERIFY(d.overlaps(QDate(), QDate(2024, 9, 27)));
        QVERIFY(!d.overlaps(QDate(), QDate(2024, 9, 26)));
        QVERIFY(!d.overlaps(QDate(2024, 9, 28), QDate()));
    }

    void display_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("en");
        QTest::addColumn<QString>("ko");
        QTest::newRow("day") << "2024-09-27"
                             << "27 September 2024"
                             << "2024년 9월 27일";
        QTest::newRow("month") << "2024-06"
                               << "June 2024"
                               << "2024년 6월";
        QTest::newRow("quarter") << "2024-Q2"
                                 << "Q2 2024"
                                 << "2024년 2분기";
        QTest::newRow("year") << "2024"
                              << "2024"
                              << "2024년";
    }
    void display()
    {
        QFETCH(QString, text);
        QFETCH(QString, en);
        QFETCH(QString, ko);
        const auto d = PartialDate::fromString(text);
        QCOMPARE(Format::date(d, Language::English), en);
        QCOMPARE(Format::date(d, Language::Korean), ko);
    }
};

QTEST_GUILESS_MAIN(TestPartialDate)
#include "tst_partialdate.moc"
