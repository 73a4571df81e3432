// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The facts a reader of the built-in dataset relies on (see the fact sheet, parts 1 and 2).
#include "core/formatting.h"
#include "core/validator.h"
#include "io/builtindataset.h"

#include <QSet>
#include <QTest>

using namespace atlas;
Q_DECLARE_METATYPE(atlas::Metric)
using namespace Qt::StringLiterals;

class TestBuiltinDataset : public QObject
{
    Q_OBJECT

    Dataset m_data;

    const Event *findEvent(EventKind kind, const QString &date,
                           const QStringList &participants) const
    {
        for (const auto &e : m_data.events) {
            if (e.kind != kind || e.date.toString() != date)
                continue;
            bool all = true;
            for (const auto &p : participants)
                all = all && e.involves(p);
            if (all)
                return &e;
        }
        return nullptr;
    }

    double figure(const char *company, const char *quarter, Metric m) const
    {
        const auto f = m_data.figure(QString::fromLatin1(company),
                                     PartialDate::fromString(QString::fromLatin1(quarter)), m);
        return f ? f->value : -1.0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const auto d = BuiltinDataset::load(&error);
        QVERIFY2(d, qPrintable(error));
        m_data = *d;
    }

    void isValidAndBilingual()
    {
        QVERIFY(Validator::validate(m_data).isEmpty());
        for (const auto &e : m_data.entities)
            QVERIFY2(!e.name.en.isEmpty() && !e.name.ko.isEmpty(), qPrintable(e.id));
        for (const auto &e : m_data.events) {
            QVERIFY2(!e.title.en.isEmpty() && !e.title.ko.isEmpty(), qPrintable(e.id));
            QVERIFY2(!e.sourceIds.isEmpty(), qPrintable(e.id));
        }
    }

    void ktSecondQuarter2024()
    {
        QCOMPARE(figure("kt", "2024-Q2", Metric::Revenue), 6546.4e9);
        QCOMPARE(figure("kt", "2024-Q2", Metric::OperatingProfit), 494.0e9);
        const double opChange = *Format::change(figure("kt", "2023-Q2", Metric::OperatingProfit),
                                                figure("kt", "2024-Q2", Metric::OperatingProfit));
        QCOMPARE(Format::percent(opChange, Language::English), QStringLiteral("\u221214.3%"));
        const double revChange = *Format::change(figure("kt", "2023-Q2", Metric::Revenue),
                                                 figure("kt", "2024-Q2", Metric::Revenue));
        QCOMPARE(Format::percent(revChange, Language::English), QStringLiteral("0.0%"));
        for (const auto &f : m_data.financials) {
            QCOMPARE(f.basis, QStringLiteral("consolidated-kifrs"));
            QVERIFY(m_data.source(f.sourceId));
        }
    }

    void peersSecondQuarter2024()
    {
        QCOMPARE(figure("sk-telecom", "2024-Q2", Metric::Revenue), 4422.4e9);
        QCOMPARE(figure("sk-telecom", "2024-Q2", Metric::OperatingProfit), 537.5e9);
        QCOMPARE(figure("lg-uplus", "2024-Q2", Metric::Revenue), 3493.7e9);
        QCOMPARE(figure("lg-uplus", "2024-Q2", Metric::OperatingProfit), 254.0e9);
    }

    void sktInvestsTenMillionDollarsInPerplexity()
    {
        const Event *e = findEvent(EventKind::Investment, QStringLiteral("2024-06-13"),
                                   { QStringLiteral("sk-telecom"), QStringLiteral("perplexity") });
        QVERIFY(e);
        QVERIFY(e->amount);
        QCOMPARE(e->amount->precision, AmountPrecision::Exact);
        QCOMPARE(e->amount->currency, QStringLiteral("USD"));
        QCOMPARE(*e->amount->value, 10e6);
        bool directed = false;
        for (const auto &r : m_data.relationships)
            directed |= r.type == RelationshipType::InvestsIn
                    && r.fromId == QLatin1String("sk-telecom")
                    && r.toId == QLatin1String("perplexity");
        QVERIFY(directed);
    }

    void ixiGenIsBuiltOnExaone()
    {
        bool found = false;
        for (const auto &r : m_data.relationships)
            found |= r.type == RelationshipType::BuiltOn && r.fromId == QLatin1String("ixi-gen")
                    && r.toId == QLatin1String("exaone");
        QVERIFY(found);
        QCOMPARE(m_data.entity(QStringLiteral("exaone"))->kind, EntityKind::AiModel);
    }

    void fiveYearPartnershipIsApproximate()
    {
        const Event *e = findEvent(EventKind::Partnership, QStringLiteral("2024-09-27"),
                                   { QStringLiteral("kt"), QStringLiteral("microsoft") });
        QVERIFY(e);
        QCOMPARE(e->date.precision(), PartialDate::Precision::Day);
        QVERIFY(e->amount);
        QVERIFY(e->amount->isApproximate());
        QVERIFY(!e->amount->value.has_value()); // "several trillion won" is not a number
        QVERIFY(!e->amount->text.ko.isEmpty());
    }

    void datesKeepTheirPrecision()
    {
        // The alliance's joint-venture agreement is known to the month only.
        const Event *jv = nullptr;
        for (const auto &e : m_data.events) {
            if (e.date.toString() == QLatin1String("2024-06"))
                jv = &e;
        }
        QVERIFY(jv);
        QCOMPARE(jv->date.precision(), PartialDate::Precision::Month);
        QCOMPARE(Format::date(jv->date, Language::English), QStringLiteral("June 2024"));
        const Event *ixiO = findEvent(EventKind::Launch, QStringLiteral("2024-11"),
                                      { QStringLiteral("lg-uplus") });
        QVERIFY(ixiO);
    }

    // A few figures of each company across the years, as the sources report them.
    void quarterlyFigures_data()
    {
        QTest::addColumn<QString>("company");
        QTest::addColumn<QString>("quarter");
        QTest::addColumn<Metric>("metric");
        QTest::addColumn<double>("value");
        QTest::newRow("KT 2023 Q1 revenue")
                << u"kt"_s << u"2023-Q1"_s << Metric::Revenue << 6443.7e9;
        QTest::newRow("KT 2024 Q3 revenue, equal to Q1")
                << u"kt"_s << u"2024-Q3"_s << Metric::Revenue << 6654.6e9;
        QTest::newRow("KT 2025 Q2 profit above 1 trillion")
                << u"kt"_s << u"2025-Q2"_s << Metric::OperatingProfit << 1014.8e9;
        QTest::newRow("SKT 2023 Q4 profit")
                << u"sk-telecom"_s << u"2023-Q4"_s << Metric::OperatingProfit << 297.1e9;
        QTest::newRow("SKT 2024 Q4 profit")
                << u"sk-telecom"_s << u"2024-Q4"_s << Metric::OperatingProfit << 254.1e9;
        QTest::newRow("SKT 2025 Q1 revenue")
                << u"sk-telecom"_s << u"2025-Q1"_s << Metric::Revenue << 4453.7e9;
        QTest::newRow("LG Uplus 2023 Q1 revenue")
                << u"lg-uplus"_s << u"2023-Q1"_s << Metric::Revenue << 3541.3e9;
        QTest::newRow("LG Uplus 2024 Q4 profit")
                << u"lg-uplus"_s << u"2024-Q4"_s << Metric::OperatingProfit << 142.2e9;
        QTest::newRow("LG Uplus 2025 Q2 revenue")
                << u"lg-uplus"_s << u"2025-Q2"_s << Metric::Revenue << 3844.4e9;
    }
    void quarterlyFigures()
    {
        QFETCH(QString, company);
        QFETCH(QString, quarter);
        QFETCH(Metric, metric);
        QFETCH(double, value);
        const auto f = m_data.figure(company, PartialDate::fromString(quarter), metric);
        QVERIFY(f);
        QCOMPARE(f->value, value);
        QCOMPARE(f->currency, u"KRW"_s);
        QVERIFY(m_data.source(f->sourceId));
    }

    void ktFourthQuarter2024IsALossWithItsReason()
    {
        const auto f =
                m_data.figure(u"kt"_s, PartialDate::quarter(2024, 4), Metric::OperatingProfit);
        QVERIFY(f);
        QCOMPARE(f->value, -655.1e9);
        QVERIFY2(f->note.en.contains(u"restructuring"_s), qPrintable(f->note.en));
        QVERIFY2(f->note.ko.contains(u"구조조정"_s), qPrintable(f->note.ko));
        // The year adds up to the reported 809.5 billion.
        double year = 0;
        for (int q = 1; q <= 4; ++q)
            year += m_data.figure(u"kt"_s, PartialDate::quarter(2024, q), Metric::OperatingProfit)
                            ->value;
        QCOMPARE(qRound64(year / 1e8), 8095);
    }

    // Where sources disagree the recommended value goes in, and the note names the other one.
    void conflictsKeepTheRecommendedValueAndNameTheOther_data()
    {
        QTest::addColumn<QString>("quarter");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("other");
        QTest::newRow("2024 Q1") << u"2024-Q1"_s << 498.5e9 << u"496.5"_s;
        QTest::newRow("2024 Q3") << u"2024-Q3"_s << 533.3e9 << u"532.5"_s;
        QTest::newRow("2025 Q2") << u"2025-Q2"_s << 338.3e9 << u"228.3"_s;
    }
    void conflictsKeepTheRecommendedValueAndNameTheOther()
    {
        QFETCH(QString, quarter);
        QFETCH(double, value);
        QFETCH(QString, other);
        const auto f = m_data.figure(u"sk-telecom"_s, PartialDate::fromString(quarter),
                                     Metric::OperatingProfit);
        QVERIFY(f);
        QCOMPARE(f->value, value);
        QVERIFY2(f->note.en.contains(other), qPrintable(f->note.en));
        QVERIFY(!f->note.ko.isEmpty());
    }

    void oneOffItemsAreExplained()
    {
        const auto ktQ2 =
                m_data.figure(u"kt"_s, PartialDate::quarter(2025, 2), Metric::OperatingProfit);
        QVERIFY(ktQ2 && ktQ2->note.en.contains(u"real-estate"_s));
        const auto sktQ2 = m_data.figure(u"sk-telecom"_s, PartialDate::quarter(2025, 2),
                                         Metric::OperatingProfit);
        QVERIFY(sktQ2 && sktQ2->note.en.contains(u"USIM"_s));
    }

    // Cells no source reports stay out (no zero, no derived value) and are listed with a reason.
    void notFoundCellsAreGapsNotFigures_data()
    {
        QTest::addColumn<QString>("company");
        QTest::addColumn<QString>("quarter");
        QTest::addColumn<Metric>("metric");
        QTest::newRow("SKT 2023 Q3 revenue") << u"sk-telecom"_s << u"2023-Q3"_s << Metric::Revenue;
        QTest::newRow("SKT 2023 Q3 profit")
                << u"sk-telecom"_s << u"2023-Q3"_s << Metric::OperatingProfit;
        QTest::newRow("SKT 2024 Q4 revenue") << u"sk-telecom"_s << u"2024-Q4"_s << Metric::Revenue;
        QTest::newRow("LG Uplus 2023 Q3 revenue")
                << u"lg-uplus"_s << u"2023-Q3"_s << Metric::Revenue;
        QTest::newRow("LG Uplus 2023 Q3 profit")
                << u"lg-uplus"_s << u"2023-Q3"_s << Metric::OperatingProfit;
        QTest::newRow("LG Uplus 2025 Q1 revenue")
                << u"lg-uplus"_s << u"2025-Q1"_s << Metric::Revenue;
    }
    void notFoundCellsAreGapsNotFigures()
    {
        QFETCH(QString, company);
        QFETCH(QString, quarter);
        QFETCH(Metric, metric);
        const PartialDate q = PartialDate::fromString(quarter);
        QVERIFY(!m_data.figure(company, q, metric));
        const FigureGap *gap = m_data.knownGap(company, q, metric);
        QVERIFY(gap);
        QVERIFY(!gap->reason.en.isEmpty() && !gap->reason.ko.isEmpty());
    }

    void tenQuartersOfThreeOperators()
    {
        QCOMPARE(m_data.financials.size(), 54); // 60 cells less the 6 no source reports
        QCOMPARE(m_data.info.knownGaps.size(), 6);
    }

    // At least one sourced event of each year of the race, at its real precision.
    void eventsOfEveryYear()
    {
        const Event *gtaa = findEvent(EventKind::Establishment, u"2023-07-27"_s,
                                      { u"sk-telecom"_s, u"global-telco-ai-alliance"_s });
        QVERIFY(gtaa);
        const Event *anthropic =
                findEvent(EventKind::Investment, u"2023-08"_s, { u"sk-telecom"_s, u"anthropic"_s });
        QVERIFY(anthropic);
        QCOMPARE(anthropic->date.precision(), PartialDate::Precision::Month);
        QCOMPARE(*anthropic->amount->value, 100e6);
        QCOMPARE(anthropic->amount->currency, u"USD"_s);

        const Event *loss = findEvent(EventKind::Earnings, u"2024-Q4"_s, { u"kt"_s });
        QVERIFY(loss);
        QCOMPARE(loss->amount->precision, AmountPrecision::Approximate);

        const Event *fine =
                findEvent(EventKind::Regulation, u"2025-08-27"_s, { u"pipc"_s, u"sk-telecom"_s });
        QVERIFY(fine);
        QCOMPARE(fine->amount->precision, AmountPrecision::Exact);
        QCOMPARE(*fine->amount->value, 134.791e9);
        const Event *palantir =
                findEvent(EventKind::Partnership, u"2025-03"_s, { u"kt"_s, u"palantir"_s });
        QVERIFY(palantir);
        QCOMPARE(palantir->amount->precision, AmountPrecision::Undisclosed);
        const Event *ulsan = findEvent(EventKind::Partnership, u"2025-06-22"_s,
                                       { u"sk-telecom"_s, u"amazon-web-services"_s });
        QVERIFY(ulsan);
        QCOMPARE(ulsan->amount->precision, AmountPrecision::Approximate);

        QSet<int> years;
        for (const auto &e : m_data.events)
            years.insert(e.date.start().year());
        QVERIFY(years.contains(2023) && years.contains(2024) && years.contains(2025));
    }

    void newRelationshipsHaveDirectionAndValidity()
    {
        const Relationship *anthropic = nullptr;
        const Relationship *aster = nullptr;
        for (const auto &r : m_data.relationships) {
            if (r.type == RelationshipType::InvestsIn && r.toId == QLatin1String("anthropic"))
                anthropic = &r;
            if (r.type == RelationshipType::Makes && r.toId == QLatin1String("aster"))
                aster = &r;
        }
        QVERIFY(anthropic);
        QCOMPARE(anthropic->fromId, u"sk-telecom"_s);
        QCOMPARE(anthropic->validFrom.toString(), u"2023-08"_s);
        QVERIFY(aster);
        QCOMPARE(aster->validUntil.toString(), u"2025"_s); // the beta ended in 2025
    }

    // Corrections found by the review of the first dataset.
    void startsNoSourceStatesAreLeftOpen_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("LG Uplus and AWS") << u"rel-lg-uplus-aws-partner"_s;
        QTest::newRow("LG Uplus and Meta") << u"rel-lg-uplus-meta-partner"_s;
        QTest::newRow("Samsung SDS and Microsoft") << u"rel-samsung-sds-microsoft-partner"_s;
    }
    void startsNoSourceStatesAreLeftOpen()
    {
        QFETCH(QString, id);
        const Relationship *r = m_data.relationship(id);
        QVERIFY(r);
        QVERIFY(!r->validFrom.isValid());
        const Event *e = m_data.event(r->eventId);
        QVERIFY(e);
        QVERIFY2(e->summary.en.contains(u"by September 2024"_s), qPrintable(e->summary.en));
    }

    void ktMicrosoftEventsNameBothChiefExecutives()
    {
        for (const QString &date : { u"2024-06-03"_s, u"2024-09-27"_s }) {
            const Event *e = findEvent(EventKind::Partnership, date,
                                       { u"kim-young-shub"_s, u"satya-nadella"_s });
            QVERIFY2(e, qPrintable(date));
            QVERIFY(e->involves(u"kt"_s) && e->involves(u"microsoft"_s));
        }
    }

    void perplexityWonFigureIsTheCitedOne()
    {
        const Event *e = findEvent(EventKind::Investment, u"2024-06-13"_s,
                                   { u"sk-telecom"_s, u"perplexity"_s });
        QVERIFY(e && e->amount && e->amount->equivalent.size() == 1);
        QCOMPARE(*e->amount->equivalent.constFirst().value, 13.7e9);
        QCOMPARE(e->amount->equivalent.constFirst().precision, AmountPrecision::Approximate);
    }

    void ixiGenSaysTheMonthIsUncertain()
    {
        const Event *e =
                findEvent(EventKind::Launch, u"2024-07"_s, { u"lg-uplus"_s, u"ixi-gen"_s });
        QVERIFY(e);
        QVERIFY2(e->summary.en.contains(u"month"_s), qPrintable(e->summary.en));
    }

    void versionAndDescriptionCoverTheWholeRace()
    {
        QCOMPARE(m_data.info.version, u"2025.12.1"_s);
        QVERIFY(m_data.info.description.en.contains(u"2025"_s));
        QVERIFY(m_data.info.description.ko.contains(u"2025"_s));
    }

    void resolvesNamesAndTickers()
    {
        QCOMPARE(m_data.resolveEntity(QStringLiteral("케이티")), QStringLiteral("kt"));
        QCOMPARE(m_data.resolveEntity(QStringLiteral("microsoft")), QStringLiteral("microsoft"));
        QCOMPARE(m_data.resolveEntity(QStringLiteral("017670")), QStringLiteral("sk-telecom"));
        QCOMPARE(m_data.resolveEntity(QStringLiteral("Nokia")), QString());
    }
};

QTEST_GUILESS_MAIN(TestBuiltinDataset)
#include "tst_builtindataset.moc"
