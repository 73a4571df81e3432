// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The facts a reader of the built-in dataset relies on (see shared/facts.md).
#include "core/formatting.h"
#include "core/validator.h"
#include "io/builtindataset.h"

#include <QTest>

using namespace atlas;

class TestBuiltinDataset : public QObject
{
    Q_OBJECT

    Dataset m_data;

    const Event *findEvent(EventKind kind, const QString &date, const QStringList &participants) const
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
        const auto f = m_data.figure(QString::fromLatin1(company), PartialDate::fromString(QString::fromLatin1(quarter)), m);
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
        const double revChange = *Format::change(figure("kt", "2023-Q2", Metric::Revenue), figure("kt", "2024-Q2", Metric::Revenue));
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
        const Event *e = findEvent(EventKind::Investment, QStringLiteral("2024-06-13"), {QStringLiteral("sk-telecom"), QStringLiteral("perplexity")});
        QVERIFY(e);
        QVERIFY(e->amount);
        QCOMPARE(e->amount->precision, AmountPrecision::Exact);
        QCOMPARE(e->amount->currency, QStringLiteral("USD"));
        QCOMPARE(*e->amount->value, 10e6);
        bool directed = false;
        for (const auto &r : m_data.relationships)
            directed |= r.type == RelationshipType::InvestsIn && r.fromId == QLatin1String("sk-telecom") && r.toId == QLatin1String("perplexity");
        QVERIFY(directed);
    }

    void ixiGenIsBuiltOnExaone()
    {
        bool found = false;
        for (const auto &r : m_data.relationships)
            found |= r.type == RelationshipType::BuiltOn && r.fromId == QLatin1String("ixi-gen") && r.toId == QLatin1String("exaone");
        QVERIFY(found);
        QCOMPARE(m_data.entity(QStringLiteral("exaone"))->kind, EntityKind::AiModel);
    }

    void fiveYearPartnershipIsApproximate()
    {
        const Event *e = findEvent(EventKind::Partnership, QStringLiteral("2024-09-27"), {QStringLiteral("kt"), QStringLiteral("microsoft")});
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
        const Event *ixiO = findEvent(EventKind::Launch, QStringLiteral("2024-11"), {QStringLiteral("lg-uplus")});
        QVERIFY(ixiO);
    }

    void everySourceIsUsedAndAddressed()
    {
        int withAddress = 0;
        for (const auto &s : m_data.sources)
            withAddress += s.url.startsWith(QLatin1String("https://"));
        QVERIFY(withAddress >= m_data.sources.size() - 3);
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
