// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/datalimits.h"
#include "core/dataedit.h"
#include "core/syntheticdataset.h"
#include "core/validator.h"

#include <QTest>

#include <functional>

using namespace atlas;

using Mutation = std::function<void(Dataset &)>;
Q_DECLARE_METATYPE(Mutation)

class TestValidator : public QObject
{
    Q_OBJECT

    static Dataset base()
    {
        Dataset d;
        d.sources.append({ QStringLiteral("src-a"),
                           QStringLiteral("Publisher"),
                           QStringLiteral("Page"),
                           QStringLiteral("https://example.org/a"),
                           {},
                           {} });
        d.entities.append({ QStringLiteral("kt"),
                            EntityKind::Company,
                            { QStringLiteral("KT"), QStringLiteral("케이티") },
                            QStringLiteral("KRX:030200"),
                            {} });
        d.entities.append({ QStringLiteral("microsoft"),
                            EntityKind::Company,
                            { QStringLiteral("Microsoft"), {} },
                            {},
                            {} });
        Event e;
        e.id = QStringLiteral("ev-1");
        e.kind = EventKind::Partnership;
        e.date = PartialDate::fromString(QStringLiteral("2024-09-27"));
        e.title = { QStringLiteral("Partnership"), {} };
        e.participants = { { QStringLiteral("kt"), Role::Partner },
                           { QStringLiteral("microsoft"), Role::Partner } };
        e.sourceIds = { QStringLiteral("src-a") };
        d.events.append(e);
        Relationship r;
        r.id = QStringLiteral("rel-1");
        r.fromId = QStringLiteral("kt");
        r.toId = QStringLiteral("microsoft");
        r.eventId = QStringLiteral("ev-1");
        d.relationships.append(r);
        FinancialFigure f;
        f.companyId = QStringLiteral("kt");
        f.quarter = PartialDate::quarter(2024, 2);
        f.value = 6546.4e9;
        f.sourceId = QStringLiteral("src-a");
        d.financials.append(f);
        return d;
    }

private Q_SLOTS:
    void validBaseHasNoIssues() { QCOMPARE(Validator::validate(base()).size(), 0); }

    // Ids are lower-case letters, digits and '-', not starting with '-'.
    void idFormat_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("word") << QStringLiteral("kt") << true;
        QTest::newRow("dashed") << QStringLiteral("ev-2024-09-kt-ms") << true;
        QTest::newRow("digit first") << QStringLiteral("5g-launch") << true;
        QTest::newRow("dash last") << QStringLiteral("kt-") << true;
        QTest::newRow("one digit") << QStringLiteral("7") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("dash first") << QStringLiteral("-kt") << false;
        QTest::newRow("upper case") << QStringLiteral("KT") << false;
        QTest::newRow("space") << QStringLiteral("k t") << false;
        QTest::newRow("underscore") << QStringLiteral("kt_ms") << false;
        QTest::newRow("Korean") << QStringLiteral("케이티") << false;
        QTest::newRow("accented") << QStringLiteral("caf\u00e9") << false;
        QTest::newRow("full-width digit") << QStringLiteral("kt\uff11") << false;
    }
    void idFormat()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(Validator::isValidId(id), valid);
        Dataset d = base();
        d.entities.first().id = id;
        const auto issues = Validator::validate(d);
        const bool named = std::any_of(issues.cbegin(), issues.cend(), [&](const auto &issue) {
            return issue.field == QLatin1String("id") && issue.id == id;
        });
        QCOMPARE(named, !valid);
    }

    void syntheticIsValid()
    {
        const auto d =
                makeSyntheticDataset({ 7, 40, 300, 80, QDate(2020, 1, 1), QDate(2025, 12, 31) });
        const auto issues = Validator::validate(d);
        QVERIFY2(issues.isEmpty(),
                 qPrintable(issues.isEmpty() ? QString() : issues.first().toString()));
        QCOMPARE(d.events.size(), 300);
        // The same seed gives the same data; another seed does not.
        QVERIFY(d
                == makeSyntheticDataset(
                        { 7, 40, 300, 80, QDate(2020, 1, 1), QDate(2025, 12, 31) }));
        QVERIFY(!(d
                  == makeSyntheticDataset(
                          { 8, 40, 300, 80, QDate(2020, 1, 1), QDate(2025, 12, 31) })));
    }

    void issues_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("record");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("field");

        QTest::newRow("bad id") << Mutation([](Dataset &d) {
            d.entities.append({ QStringLiteral("K T"),
                                EntityKind::Company,
                                { QStringLiteral("KT2"), {} },
                                {},
                                {} });
        }) << "entity"
                                << "K T"
                                << "id";
        QTest::newRow("duplicate event id")
                << Mutation([](Dataset &d) { d.events.append(d.events.first()); }) << "event"
                << "ev-1"
                << "id";
        QTest::newRow("entity without a name")
                << Mutation([](Dataset &d) { d.entities[1].name = {}; }) << "entity"
                << "microsoft"
                << "name";
        QTest::newRow("event date missing")
                << Mutation([](Dataset &d) { d.events[0].date = {}; }) << "event"
                << "ev-1"
                << "date";
        QTest::newRow("event without title")
                << Mutation([](Dataset &d) { d.events[0].title = {}; }) << "event"
                << "ev-1"
                << "title";
        QTest::newRow("unknown participant") << Mutation([](Dataset &d) {
            d.events[0].participants[1].entityId = QStringLiteral("nokia");
        }) << "event"
                                             << "ev-1"
                                             << "participants";
        QTest::newRow("event without source")
                << Mutation([](Dataset &d) { d.events[0].sourceIds.clear(); }) << "event"
                << "ev-1"
                << "sources";
        QTest::newRow("unknown source")
                << Mutation([](Dataset &d) { d.events[0].sourceIds = { QStringLiteral("src-x") }; })
                << "event"
                << "ev-1"
                << "sources";
        QTest::newRow("exact amount without value") << Mutation([](Dataset &d) {
            d.events[0].amount =
                    Amount{ AmountPrecision::Exact, QStringLiteral("KRW"), {}, {}, {}, {}, {} };
        }) << "event"
                                                    << "ev-1"
                                                    << "amount";
        QTest::newRow("indicative amount without words") << Mutation([](Dataset &d) {
            d.events[0].amount = Amount{
                AmountPrecision::Indicative, QStringLiteral("KRW"), {}, {}, {}, {}, {}
            };
        }) << "event"
                                                         << "ev-1"
                                                         << "amount";
        QTest::newRow("range upside down") << Mutation([](Dataset &d) {
            d.events[0].amount =
                    Amount{ AmountPrecision::Range, QStringLiteral("KRW"), {}, 5.0, 1.0, {}, {} };
        }) << "event"
                                           << "ev-1"
                                           << "amount";
        QTest::newRow("relationship to itself")
                << Mutation([](Dataset &d) { d.relationships[0].toId = QStringLiteral("kt"); })
                << "relationship"
                << "rel-1"
                << "to";
        QTest::newRow("relationship's second spell ends before it starts")
                << Mutation([](Dataset &d) {
                       d.relationships[0].setIntervals(
                               { { PartialDate::year(2020), PartialDate::year(2020) },
                                 { PartialDate::year(2023), PartialDate::year(2022) } });
                   })
                << "relationship"
                << "rel-1"
                << "spells";
        QTest::newRow("relationship ends before it starts") << Mutation([](Dataset &d) {
            d.relationships[0].validFrom = PartialDate::fromString(QStringLiteral("2024-09"));
            d.relationships[0].validUntil = PartialDate::fromString(QStringLiteral("2024-08-31"));
        }) << "relationship"
                                                            << "rel-1"
                                                            << "validUntil";
        QTest::newRow("relationship without event or source")
                << Mutation([](Dataset &d) { d.relationships[0].eventId.clear(); })
                << "relationship"
                << "rel-1"
                << "sources";
        QTest::newRow("figure not a quarter") << Mutation([](Dataset &d) {
            d.financials[0].quarter = PartialDate::month(2024, 6);
        }) << "financial"
                                              << "kt/2024-06/revenue"
                                              << "quarter";
        QTest::newRow("figure twice")
                << Mutation([](Dataset &d) { d.financials.append(d.financials.first()); })
                << "financial"
                << "kt/2024-Q2/revenue"
                << "quarter";
        QTest::newRow("source address")
                << Mutation([](Dataset &d) { d.sources[0].url = QStringLiteral("ftp://x"); })
                << "source"
                << "src-a"
                << "url";

        // DataLimits: absurd sizes and ranges name the record and the field.
        QTest::newRow("5,000,000-character name") << Mutation([](Dataset &d) {
            d.entities[1].name.en = QString(5000000, QLatin1Char('x'));
        }) << "entity"
                                                  << "microsoft"
                                                  << "name";
        QTest::newRow("long Korean name") << Mutation([](Dataset &d) {
            d.entities[0].name.ko = QString(DataLimits::maxNameLength + 1, QChar(0xD55C));
        }) << "entity"
                                          << "kt"
                                          << "name_ko";
        QTest::newRow("long title") << Mutation([](Dataset &d) {
            d.events[0].title.en = QString(DataLimits::maxTitleLength + 1, QLatin1Char('t'));
        }) << "event"
                                    << "ev-1"
                                    << "title";
        QTest::newRow("long summary") << Mutation([](Dataset &d) {
            d.events[0].summary.ko = QString(DataLimits::maxSummaryLength + 1, QLatin1Char('s'));
        }) << "event"
                                      << "ev-1"
                                      << "summary_ko";
        QTest::newRow("long description") << Mutation([](Dataset &d) {
            d.entities[0].description.en =
                    QString(DataLimits::maxSummaryLength + 1, QLatin1Char('d'));
        }) << "entity"
                                          << "kt"
                                          << "description";
        QTest::newRow("long source address") << Mutation([](Dataset &d) {
            d.sources[0].url = QStringLiteral("https://")
                    + QString(DataLimits::maxAttributeLength, QLatin1Char('a'));
        }) << "source"
                                             << "src-a"
                                             << "url";
        QTest::newRow("year 9999")
                << Mutation([](Dataset &d) { d.events[0].date = PartialDate::day(9999, 9, 27); })
                << "event"
                << "ev-1"
                << "date";
        QTest::newRow("year 1") << Mutation([](Dataset &d) {
            d.relationships[0].validFrom = PartialDate::year(1);
        }) << "relationship"
                                << "rel-1"
                                << "validFrom";
        QTest::newRow("figure of year 3000") << Mutation([](Dataset &d) {
            d.financials[0].quarter = PartialDate::quarter(3000, 1);
        }) << "financial"
                                             << "kt/3000-Q1/revenue"
                                             << "quarter";
        QTest::newRow("amount 1e300") << Mutation([](Dataset &d) {
            d.events[0].amount =
                    Amount{ AmountPrecision::Exact, QStringLiteral("KRW"), 1e300, {}, {}, {}, {} };
        }) << "event"
                                      << "ev-1"
                                      << "amount";
        QTest::newRow("range to 1e20") << Mutation([](Dataset &d) {
            d.events[0].amount =
                    Amount{ AmountPrecision::Range, QStringLiteral("KRW"), {}, 1.0, 1e20, {}, {} };
        }) << "event"
                                       << "ev-1"
                                       << "amount";
        QTest::newRow("figure -1e30")
                << Mutation([](Dataset &d) { d.financials[0].value = -1e30; }) << "financial"
                << "kt/2024-Q2/revenue"
                << "value";
    }
    void limitsAllowTheLargestRealValues()
    {
        Dataset d = base();
        d.entities[0].name.en = QString(DataLimits::maxNameLength, QLatin1Char('n'));
        d.events[0].date = PartialDate::day(DataLimits::maxYear, 12, 31);
        d.events[0].amount =
                Amount{ AmountPrecision::Exact, QStringLiteral("KRW"), 3e14, {}, {}, {}, {} };
        d.financials[0].value = -4.2e13; // a loss is negative
        d.relationships[0].validFrom = PartialDate::year(DataLimits::minYear);
        const auto issues = Validator::validate(d);
        QVERIFY2(issues.isEmpty(),
                 qPrintable(issues.isEmpty() ? QString() : issues.first().toString()));
    }

    void issues()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, record);
        QFETCH(QString, id);
        QFETCH(QString, field);
        Dataset d = base();
        mutate(d);
        const auto issues = Validator::validate(d);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().record, record);
        QCOMPARE(issues.first().id, id);
        QCOMPARE(issues.first().field, field);
        // The message a person reads names the record and the field.
        const QString text = issues.first().toString();
        QVERIFY2(text.contains(id) && text.contains(field), qPrintable(text));
    }

    // An edit is checked on what it touches: its own records (every field, every reference)
    // and what the rest of the data still points at among the records it removed.
    void validateEditChecksTouchedRecordsAndDanglingReferences()
    {
        Dataset d = base();
        // A flaw elsewhere in the data is not the edit's business.
        d.entities.append({ QStringLiteral("Bad Id"),
                            EntityKind::Company,
                            { QStringLiteral("Bad"), {} },
                            {},
                            {} });
        QCOMPARE(Validator::validate(d).size(), 1);

        // Removing microsoft alone leaves ev-1 and rel-1 pointing at it.
        DataEdit removal;
        removal.entities.removed.append({ 1, d.entities.at(1) });
        QVERIFY(removal.applyTo(&d, nullptr));
        const auto issues = Validator::validateEdit(d, removal);
        QCOMPARE(issues.size(), 2);
        QCOMPARE(issues.at(0).record, QStringLiteral("event"));
        QCOMPARE(issues.at(0).id, QStringLiteral("ev-1"));
        QCOMPARE(issues.at(0).field, QStringLiteral("participants"));
        QCOMPARE(issues.at(1).record, QStringLiteral("relationship"));
        QCOMPARE(issues.at(1).id, QStringLiteral("rel-1"));
        QCOMPARE(issues.at(1).field, QStringLiteral("to"));
        // The same messages the whole-data check gives for them.
        QStringList whole;
        for (const auto &issue : Validator::validate(d))
            whole << issue.toString();
        for (const auto &issue : issues)
            QVERIFY2(whole.contains(issue.toString()), qPrintable(issue.toString()));

        // Removing both ends of rel-1: each thing left pointing at them is told once, as the
        // whole-data check tells it.
        Dataset both = base();
        DataEdit removeBoth;
        removeBoth.entities.removed = { { 0, both.entities.at(0) }, { 1, both.entities.at(1) } };
        QVERIFY(removeBoth.applyTo(&both, nullptr));
        QStringList told;
        for (const auto &issue : Validator::validateEdit(both, removeBoth))
            told << issue.toString();
        QStringList wholeBoth;
        for (const auto &issue : Validator::validate(both))
            wholeBoth << issue.toString();
        QVERIFY2(told.filter(QStringLiteral("rel-1")).size() == 2, qPrintable(told.join('\n')));
        told.sort();
        wholeBoth.sort();
        QCOMPARE(told.join('\n'), wholeBoth.join('\n'));

        // A new event with an unknown participant and a repeated id.
        Dataset e = base();
        Event ev = e.events.first();
        ev.participants.append({ QStringLiteral("nobody"), Role::Partner });
        DataEdit add;
        add.events.inserted.append({ 1, ev });
        QVERIFY(add.applyTo(&e, nullptr));
        QStringList fields;
        for (const auto &issue : Validator::validateEdit(e, add))
            fields << issue.field;
        QCOMPARE(fields, (QStringList{ QStringLiteral("id"), QStringLiteral("participants") }));

        // A clean edit has nothing to say.
        Dataset f = base();
        Entity renamed = f.entities.first();
        renamed.name.en = QStringLiteral("KT Corporation");
        const DataEdit rename = DataEdit::updateEntity(f, renamed);
        QVERIFY(rename.applyTo(&f, nullptr));
        QVERIFY(Validator::validateEdit(f, rename).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
