// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formatting.h"
#include "core/keyedtext.h"

#include <QTest>

using namespace atlas;

class TestFormatting : public QObject
{
    Q_OBJECT

    QList<Amount> m_amounts;
    int add(const Amount &a)
    {
        m_amounts.append(a);
        return int(m_amounts.size() - 1);
    }
private Q_SLOTS:
    void money_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("en");
        QTest::addColumn<QString>("ko");
        QTest::newRow("KT 2024 Q2 revenue") << 6546.4e9 << "KRW"
                                            << "KRW 6.55 trillion"
                                            << "6조 5,464억 원";
        QTest::newRow("KT 2024 Q2 operating profit") << 494.0e9 << "KRW"
                                                     << "KRW 494.0 billion"
                                                     << "4,940억 원";
        QTest::newRow("exactly one trillion") << 1e12 << "KRW"
                                              << "KRW 1.00 trillion"
                                              << "1조 원";
        QTest::newRow("just under a trillion") << 999.9e9 << "KRW"
                                               << "KRW 999.9 billion"
                                               << "9,999억 원";
        QTest::newRow("exactly one billion") << 1e9 << "KRW"
                                             << "KRW 1.0 billion"
                                             << "10억 원";
        QTest::newRow("2.4 trillion") << 2.4e12 << "KRW"
                                      << "KRW 2.40 trillion"
                                      << "2조 4,000억 원";
        QTest::newRow("USD 10 million") << 1e7 << "USD"
                                        << "USD 10 million"
                                        << "1,000만 달러";
        QTest::newRow("USD 450 million") << 4.5e8 << "USD"
                                         << "USD 450 million"
                                         << "4억 5,000만 달러";
        QTest::newRow("zero") << 0.0 << "KRW"
                              << "KRW 0"
                              << "0 원";
        QTest::newRow("negative loss") << -12.5e9 << "KRW"
                                       << "\u2212KRW 12.5 billion"
                                       << "\u2212125억 원";
        QTest::newRow("rounds to nearest eok") << 494.06e9 << "KRW"
                                               << "KRW 494.1 billion"
                                               << "4,941억 원";
    }
    void money()
    {
        QFETCH(double, value);
        QFETCH(QString, currency);
        QFETCH(QString, en);
        QFETCH(QString, ko);
        QCOMPARE(Format::money(value, currency, Language::English), en);
        QCOMPARE(Format::money(value, currency, Language::Korean), ko);
    }

    void percentChange_data()
    {
        QTest::addColumn<double>("from");
        QTest::addColumn<double>("to");
        QTest::addColumn<QString>("expected");
        QTest::newRow("KT operating profit YoY") << 576.1 << 494.0 << "\u221214.3%";
        QTest::newRow("KT revenue YoY is flat") << 6547.5 << 6546.4 << "0.0%";
        QTest::newRow("SKT operating profit YoY") << 463.4 << 537.5 << "+16.0%";
        QTest::newRow("LG U+ revenue YoY") << 3429.3 << 3493.7 << "+1.9%";
    }
    void percentChange()
    {
        QFETCH(double, from);
        QFETCH(double, to);
        QFETCH(QString, expected);
        const auto c = Format::change(from, to);
        QVERIFY(c.has_value());
        QCOMPARE(Format::percent(*c, Language::English), expected);
    }

    void changeFromZeroIsUnknown() { QVERIFY(!Format::change(0.0, 5.0).has_value()); }

    void amount_data()
    {
        // Amount holds a list of itself, which QMetaType cannot introspect: pass an index instead.
        m_amounts.clear();
        QTest::addColumn<int>("amount");
        QTest::addColumn<QString>("en");
        QTest::addColumn<QString>("ko");
        Amount exact{ AmountPrecision::Exact, QStringLiteral("USD"), 1e7, {}, {}, {}, {} };
        exact.equivalent.append(Amount{
                AmountPrecision::Approximate, QStringLiteral("KRW"), 13e9, {}, {}, {}, {} });
        QTest::newRow("exact with equivalent")
                << add(exact) << "USD 10 million (about KRW 13.0 billion)"
                << "1,000만 달러 (약 130억 원)";
        Amount words{ AmountPrecision::Indicative,
                      QStringLiteral("KRW"),
                      {},
                      1e12,
                      {},
                      { QStringLiteral("several trillion won"), QStringLiteral("수조 원") },
                      {} };
        QTest::newRow("indicative keeps its words") << add(words) << "several trillion won"
                                                    << "수조 원";
        Amount range{ AmountPrecision::Range, QStringLiteral("KRW"), {}, 1e12, 2e12, {}, {} };
        QTest::newRow("range") << add(range) << "KRW 1.00 trillion–KRW 2.00 trillion"
                               << "1조 원–2조 원";
        Amount hidden{ AmountPrecision::Undisclosed, {}, {}, {}, {}, {}, {} };
        QTest::newRow("undisclosed") << add(hidden) << "undisclosed"
                                     << "비공개";
    }
    void amount()
    {
        QFETCH(int, amount);
        const Amount &a = m_amounts.at(amount);
        QFETCH(QString, en);
        QFETCH(QString, ko);
        QCOMPARE(Format::amount(a, Language::English), en);
        QCOMPARE(Format::amount(a, Language::Korean), ko);
    }

    // The one lookup behind the word and label tables (currency words, bases, record labels).
    void keyedTextFindsKeysExactly()
    {
        static constexpr KeyedText table[] = { { "KRW", "원" }, { "USD", "달러" } };
        QCOMPARE(QString::fromUtf8(textOfKey(table, u"USD")), QStringLiteral("달러"));
        QVERIFY(!textOfKey(table, u"usd")); // keys are exact, not folded
        QVERIFY(!textOfKey(table, u"JPY"));
        QCOMPARE(Format::koreanCurrencyWord(QStringLiteral("KRW")), QStringLiteral("원"));
        QCOMPARE(Format::koreanCurrencyWord(QStringLiteral("JPY")), QStringLiteral("JPY"));
    }
};

QTEST_GUILESS_MAIN(TestFormatting)
#include "tst_formatting.moc"
