// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Data and checks shared by the storage tests, so SQLite and PostgreSQL run the same logic.

#include "core/dataedit.h"
#include "core/dataset.h"
#include "core/syntheticdataset.h"
#include "storage/repository.h"

#include <QSqlQuery>
#include <QTest>

namespace atlas::storagetest {

inline QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// One of every shape the format allows, deliberately out of id order so that order is tested.
inline Dataset everyShapeDataset()
{
    Dataset d;
    d.info = { s("every-shape"),
               s("7"),
               { s("Every shape"), s("모든 모양") },
               { s("Hand-made test data"), QString() },
               {} };

    d.sources = {
        { s("src-z"), s("Seoul Economic Daily (서울경제)"),
          s("KT and Microsoft sign a partnership"), s("https://example.invalid/a?b=1&c=2"),
          PartialDate::day(2024, 9, 29), s("ko") },
        { s("src-a"), s("Publisher"), s("Month-dated, no address"), QString(),
          PartialDate::month(2024, 6), s("en") },
        { s("src-m"), s("Publisher"), s("Neither date nor language"), QString(), PartialDate(),
          QString() },
    };

    d.entities = {
        { s("kt"),
          EntityKind::Company,
          { s("KT"), s("케이티") },
          s("KRX:030200"),
          { s("Korean telco"), s("한국 통신사") } },
        { s("microsoft"), EntityKind::Company, { s("Microsoft"), QString() }, QString(), {} },
        { s("gtaa"),
          EntityKind::Alliance,
          { QString(), s("글로벌 텔코 AI 얼라이언스") },
          QString(),
          { QString(), s("동맹") } },
        { s("nadella"),
          EntityKind::Person,
          { s("Satya Nadella"), s("사티아 나델라") },
          QString(),
          {} },
        { s("azure"), EntityKind::Product, { s("Azure"), s("애저") }, QString(), {} },
        { s("gpt-4o"), EntityKind::AiModel, { s("GPT-4o"), QString() }, QString(), {} },
        { s("msit"),
          EntityKind::PublicBody,
          { s("Ministry of Science and ICT"), s("과학기술정보통신부") },
          QString(),
          {} },
        { s("redmond"), EntityKind::Place, { s("Redmond"), s("레드먼드") }, QString(), {} },
    };

    auto amount = [](AmountPrecision p, const char *currency) {
        Amount a;
        a.precision = p;
        a.currency = s(currency);
        return a;
    };

    Event day;
    day.id = s("ev-day");
    day.kind = EventKind::Partnership;
    day.date = PartialDate::day(2024, 9, 27);
    day.title = { s("Five-year partnership"), s("5년 파트너십") };
    day.summary = { s("Signed in Redmond."), QString() };
    day.participants = { { s("microsoft"), Role::Partner },
                         { s("kt"), Role::Partner },
                         { s("redmond"), Role::Subject } };
    day.amount = amount(AmountPrecision::Exact, "KRW");
    day.amount->value = 2.4e12;
    day.sourceIds = { s("src-z"), s("src-a") };

    Event month;
    month.id = s("ev-month");
    month.kind = EventKind::Investment;
    month.date = PartialDate::month(2024, 6); // June as a whole, never 1 June
    month.title = { s("Investment with a won equivalent"), s("투자") };
    month.participants = { { s("kt"), Role::Investor }, { s("microsoft"), Role::Investee } };
    month.amount = amount(AmountPrecision::Exact, "USD");
    month.amount->value = 1.0e7;
    {
        Amount won = amount(AmountPrecision::Approximate, "KRW");
        won.value = 1.3e10;
        won.text = { s("about 13 billion won"), s("약 130억 원") };
        month.amount->equivalent = { won };
    }
    month.sourceIds = { s("src-a") };

    Event quarter;
    quarter.id = s("ev-quarter");
    quarter.kind = EventKind::Launch;
    quarter.date = PartialDate::quarter(2024, 2);
    quarter.title = { s("Range"), s("범위") };
    quarter.participants = { { s("azure"), Role::Maker } };
    quarter.amount = amount(AmountPrecision::Range, "KRW");
    quarter.amount->min = 1.0e9;
    quarter.amount->max = 2.5e9;
    quarter.amount->text = { s("1 to 2.5 billion won"), QString() };
    quarter.sourceIds = { s("src-m") };

    Event year;
    year.id = s("ev-year");
    year.kind = EventKind::Plan;
    year.date = PartialDate::year(2024);
    year.title = { s("Only words"), s("말로만") };
    year.participants = { { s("kt"), Role::Founder } };
    year.amount = amount(AmountPrecision::Indicative, "KRW");
    year.amount->min = 1.0e12; // a lower bound beside the words
    year.amount->text = { s("several trillion won"), s("수조 원") };
    year.sourceIds = { s("src-z") };

    Event undisclosed;
    undisclosed.id = s("ev-undisclosed");
    undisclosed.kind = EventKind::Contract;
    undisclosed.date = PartialDate::day(2024, 9, 30);
    undisclosed.title = { s("Terms not given"), QString() };
    undisclosed.participants = { { s("kt"), Role::Supplier }, { s("microsoft"), Role::Customer } };
    undisclosed.amount = amount(AmountPrecision::Undisclosed, "USD");
    undisclosed.sourceIds = { s("src-z") };

    // Zero is a value, not "no value"; negative and non-representable fractions must come back bit
    // for bit.
    Event numbers;
    numbers.id = s("ev-numbers");
    numbers.kind = EventKind::Other;
    numbers.date = PartialDate::day(2023, 1, 31);
    numbers.title = { s("Awkward numbers"), s("숫자") };
    numbers.amount = amount(AmountPrecision::Range, "KRW");
    numbers.amount->value = 0.0;
    numbers.amount->min = -1.5;
    numbers.amount->max = 0.1 + 0.2;
    numbers.sourceIds = { s("src-a"), s("src-z"), s("src-m") };

    // The format allows an equivalent of an equivalent; storage must not flatten it.
    Event nested;
    nested.id = s("ev-nested");
    nested.kind = EventKind::Regulation;
    nested.date = PartialDate::month(2025, 3);
    nested.title = { s("Nested equivalents"), s("중첩") };
    nested.participants = { { s("msit"), Role::Regulator } };
    nested.amount = amount(AmountPrecision::Exact, "EUR");
    nested.amount->value = 5.0e6;
    {
        Amount usd = amount(AmountPrecision::Approximate, "USD");
        usd.value = 5.4e6;
        Amount krw = amount(AmountPrecision::Approximate, "KRW");
        krw.value = 7.2e9;
        usd.equivalent = { krw };
        Amount jpy = amount(AmountPrecision::Indicative, "JPY");
        jpy.text = { s("under a billion yen"), QString() };
        nested.amount->equivalent = { usd, jpy };
    }
    nested.sourceIds = { s("src-m") };

    Event bare;
    bare.id = s("ev-bare");
    bare.kind = EventKind::Earnings;
    bare.date = PartialDate(); // not yet dated while being edited
    bare.title = { s("No amount, no participants, no sources"), QString() };

    d.events = { day, month, quarter, year, undisclosed, numbers, nested, bare };

    Relationship partner;
    partner.id = s("rel-partner");
    partner.type = RelationshipType::Partner;
    partner.fromId = s("microsoft");
    partner.toId = s("kt");
    partner.validFrom = PartialDate::day(2024, 9, 27);
    partner.validUntil = PartialDate::month(2029, 9);
    partner.eventId = s("ev-day");
    partner.sourceIds = { s("src-z"), s("src-m"), s("src-a") };

    Relationship open;
    open.id = s("rel-open");
    open.type = RelationshipType::InvestsIn;
    open.fromId = s("kt");
    open.toId = s("microsoft");
    open.sourceIds = { s("src-a") };

    Relationship member;
    member.id = s("rel-member");
    member.type = RelationshipType::MemberOf;
    member.fromId = s("kt");
    member.toId = s("gtaa");
    member.validFrom = PartialDate::quarter(2023, 3);
    member.validUntil = PartialDate::year(2026);
    member.eventId = s("ev-month");

    Relationship builtOn;
    builtOn.id = s("rel-built-on");
    builtOn.type = RelationshipType::BuiltOn;
    builtOn.fromId = s("azure");
    builtOn.toId = s("gpt-4o");
    builtOn.sourceIds = { s("src-z") };

    d.relationships = { partner, open, member, builtOn };

    auto figure = [](const char *company, PartialDate quarter, Metric metric, double value) {
        FinancialFigure f;
        f.companyId = s(company);
        f.quarter = quarter;
        f.metric = metric;
        f.value = value;
        f.sourceId = s("src-z");
        return f;
    };
    d.financials = {
        figure("kt", PartialDate::quarter(2024, 2), Metric::Revenue, 6546.4e9),
        figure("kt", PartialDate::quarter(2024, 2), Metric::OperatingProfit, 494.0e9),
        figure("kt", PartialDate::quarter(2023, 2), Metric::Revenue, 6547.5e9),
    };
    FinancialFigure loss =
            figure("microsoft", PartialDate::quarter(2023, 4), Metric::OperatingProfit, -12.25e6);
    loss.currency = s("USD");
    loss.basis = s("us-gaap");
    loss.sourceId.clear(); // a figure without a source reference
    d.financials.append(loss);
    return d;
}

inline Dataset synthetic(quint32 seed)
{
    SyntheticOptions o;
    o.seed = seed;
    o.companies = 30;
    o.events = 100;
    o.relationships = 60;
    return makeSyntheticDataset(o);
}

inline QString eventDifference(const Event &a, const Event &b)
{
    QStringList members;
    if (a.kind != b.kind)
        members << s("kind");
    if (a.date != b.date)
        members << s("date (%1 vs %2)").arg(a.date.toString(), b.date.toString());
    if (a.title != b.title)
        members << s("title");
    if (a.summary != b.summary)
        members << s("summary");
    if (a.participants != b.participants)
        members << s("participants");
    if (a.amount != b.amount)
        members << s("amount");
    if (a.sourceIds != b.sourceIds)
        members << s("sources (%1 vs %2)").arg(a.sourceIds.join(u','), b.sourceIds.join(u','));
    return members.join(s(", "));
}

template <typename T, typename Key>
QString listDifference(const char *name, const QList<T> &expected, const QList<T> &actual, Key key)
{
    for (qsizetype i = 0; i < qMin(expected.size(), actual.size()); ++i) {
        if (expected.at(i) == actual.at(i))
            continue;
        QString text = s("%1[%2]: expected \"%3\", loaded \"%4\"")
                               .arg(s(name))
                               .arg(i)
                               .arg(key(expected.at(i)), key(actual.at(i)));
        if constexpr (std::is_same_v<T, Event>)
            text += s(" (differs in %1)").arg(eventDifference(expected.at(i), actual.at(i)));
        return text;
    }
    if (expected.size() != actual.size())
        return s("%1: expected %2 records, loaded %3")
                .arg(s(name))
                .arg(expected.size())
                .arg(actual.size());
    return {};
}

// The first record that differs, named by id, for a failure message a person can act on.
inline QString firstDifference(const Dataset &expected, const Dataset &actual)
{
    if (expected.info != actual.info)
        return s("dataset info differs");
    const auto id = [](const auto &r) { return r.id; };
    for (const QString &d : {
                 listDifference("sources", expected.sources, actual.sources, id),
                 listDifference("entities", expected.entities, actual.entities, id),
                 listDifference("events", expected.events, actual.events, id),
                 listDifference("relationships", expected.relationships, actual.relationships, id),
                 listDifference("financials", expected.financials, actual.financials,
                                [](const FinancialFigure &f) {
                                    return s("%1/%2/%3")
                                            .arg(f.companyId, f.quarter.toString(),
                                                 keyOf(f.metric));
                                }),
         }) {
        if (!d.isEmpty())
            return d;
    }
    return expected == actual ? QString() : s("datasets differ");
}

inline void compareDatasets(const Dataset &loaded, const Dataset &original)
{
    QCOMPARE(loaded.sources.size(), original.sources.size());
    QCOMPARE(loaded.entities.size(), original.entities.size());
    QCOMPARE(loaded.events.size(), original.events.size());
    QCOMPARE(loaded.relationships.size(), original.relationships.size());
    QCOMPARE(loaded.financials.size(), original.financials.size());
    QVERIFY2(loaded == original, qPrintable(firstDifference(original, loaded)));
}

// ---- Checks run against every backend; each expects an open, current, empty database. ----

inline void checkRoundTrip(const QSqlDatabase &db, const Dataset &original)
{
    Repository repo(db);
    QString error;
    QVERIFY2(repo.replaceAll(original, &error), qPrintable(error));
    const std::optional<Dataset> loaded = repo.load(&error);
    QVERIFY2(loaded, qPrintable(error));
    compareDatasets(*loaded, original);
}

inline void checkPrecisionSurvives(const QSqlDatabase &db)
{
    Repository repo(db);
    QString error;
    QVERIFY2(repo.replaceAll(everyShapeDataset(), &error), qPrintable(error));
    const auto loaded = repo.load(&error);
    QVERIFY2(loaded, qPrintable(error));
    const Event *june = loaded->event(s("ev-month"));
    QVERIFY(june);
    QCOMPARE(june->date.precision(), PartialDate::Precision::Month);
    QCOMPARE(june->date.toString(), s("2024-06"));
    QVERIFY(june->amount);
    QCOMPARE(june->amount->equivalent.size(), 1);
    QCOMPARE(june->amount->equivalent.constFirst().value, std::optional<double>(1.3e10));
    const Event *numbers = loaded->event(s("ev-numbers"));
    QVERIFY(numbers && numbers->amount);
    QCOMPARE(numbers->amount->value, std::optional<double>(0.0)); // zero, not missing
    QCOMPARE(numbers->amount->max, std::optional<double>(0.1 + 0.2));
    const Event *undisclosed = loaded->event(s("ev-undisclosed"));
    QVERIFY(undisclosed && undisclosed->amount);
    QVERIFY(!undisclosed->amount->value); // missing, not zero
    QCOMPARE(loaded->entity(s("microsoft"))->name.ko, QString());
    QCOMPARE(loaded->entity(s("gtaa"))->name.en, QString());
}

inline void checkFailedReplaceKeepsData(const QSqlDatabase &db)
{
    Repository repo(db);
    QString error;
    const Dataset good = everyShapeDataset();
    QVERIFY2(repo.replaceAll(good, &error), qPrintable(error));

    // Valid up to its last relationship, so sources, entities and events are written before the
    // foreign key fails: only a rollback brings the old data back.
    Dataset bad = synthetic(5);
    Relationship dangling = bad.relationships.constLast();
    dangling.id = s("rel-dangling");
    dangling.toId = s("no-such-entity");
    bad.relationships.append(dangling);
    error.clear();
    QVERIFY(!repo.replaceAll(bad, &error));
    QVERIFY2(error.contains(s("rel-dangling")), qPrintable(error));

    const auto loaded = repo.load(&error);
    QVERIFY2(loaded, qPrintable(error));
    compareDatasets(*loaded, good);
}

inline void checkMerge(const QSqlDatabase &db)
{
    Repository repo(db);
    QString error;
    const Dataset base = everyShapeDataset();
    QVERIFY2(repo.replaceAll(base, &error), qPrintable(error));

    Dataset update;
    update.info = { s("other-file"), s("1"), { s("Another title"), QString() }, {}, {} };
    Event changed = *base.event(s("ev-quarter"));
    changed.title.en = s("Range, corrected");
    changed.participants = { { s("kt"), Role::Maker }, { s("azure"), Role::Subject } };
    changed.amount.reset();
    changed.sourceIds = { s("src-z") };
    Entity newcomer{
        s("perplexity"), EntityKind::Company, { s("Perplexity"), s("퍼플렉시티") }, QString(), {}
    };
    Event added;
    added.id = s("ev-added");
    added.kind = EventKind::Investment;
    added.date = PartialDate::day(2024, 6, 13);
    added.title = { s("SKT invests in Perplexity"), QString() };
    added.participants = { { s("kt"), Role::Investor }, { s("perplexity"), Role::Investee } };
    added.amount =
            Amount{ AmountPrecision::Exact, s("USD"), 1.0e7, std::nullopt, std::nullopt, {}, {} };
    added.sourceIds = { s("src-a") };
    FinancialFigure revised = base.financials.constFirst();
    revised.value = 6546.5e9;
    update.entities = { newcomer };
    update.events = { changed, added };
    update.financials = { revised };
    QVERIFY2(repo.merge(update, &error), qPrintable(error));

    Dataset expected = base;
    expected.entities.append(newcomer);
    expected.events[expected.eventIndex(s("ev-quarter"))] = changed; // keeps its place
    expected.events.append(added);
    expected.financials.first() = revised;
    const auto loaded = repo.load(&error);
    QVERIFY2(loaded, qPrintable(error));
    compareDatasets(*loaded, expected); // including the untouched dataset info
}

inline void checkFailedMergeKeepsData(const QSqlDatabase &db)
{
    Repository repo(db);
    QString error;
    const Dataset base = everyShapeDataset();
    QVERIFY2(repo.replaceAll(base, &error), qPrintable(error));

    Dataset update;
    Event changed = *base.event(s("ev-day"));
    changed.title.en = s("Must not stick");
    Event broken = changed;
    broken.id = s("ev-broken");
    broken.participants = { { s("nobody"), Role::Partner } };
    update.events = { changed, broken };
    QVERIFY(!repo.merge(update, &error));
    QVERIFY2(error.contains(s("ev-broken")), qPrintable(error));

    const auto loaded = repo.load(&error);
    QVERIFY2(loaded, qPrintable(error));
    compareDatasets(*loaded, base);
}

// everyShapeDataset() with free attributes of every type on an entity, an event and a
// relationship (kept apart: the older schemas the upgrade tests write have no place for them).
inline Dataset attributeDataset()
{
    Dataset d = everyShapeDataset();
    Attributes &kt = d.entities.first().attributes;
    kt.append(Attribute::text(s("kind"), s("song")));
    kt.append(Attribute::number(s("performances"), 118));
    kt.append(Attribute::number(s("share"), 0.125));
    kt.append(Attribute::date(s("first played"), QDate(1969, 2, 27)));
    kt.append(Attribute::boolean(s("listed"), true));
    kt.append(Attribute::text(s("비고"), s("따옴표 ' 와 \"; DROP TABLE entities; --")));
    d.events.first().attributes.append(Attribute::number(s("weight"), -3.5));
    d.relationships.last().attributes.append(Attribute::boolean(s("confirmed"), false));
    return d;
}

inline int attributeRows(const QSqlDatabase &db, const QString &ownerId)
{
    QSqlQuery q(db);
    q.prepare(s("SELECT COUNT(*) FROM record_attributes WHERE owner_id = ?"));
    q.bindValue(0, ownerId);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

// Attributes survive replaceAll, follow a merge (replaced, not added to), go with a deleted
// record, and are gone after replacing the data with data that has none.
inline void checkAttributesSurvive(const QSqlDatabase &db)
{
    Repository repo(db);
    QString error;
    const Dataset base = attributeDataset();
    QVERIFY2(repo.replaceAll(base, &error), qPrintable(error));
    auto loaded = repo.load(&error);
    QVERIFY2(loaded, qPrintable(error));
    compareDatasets(*loaded, base);
    QCOMPARE(loaded->entities.first().attributes.size(), 6);
    QCOMPARE(loaded->entities.first().attributes.find(s("first played"))->dateValue(),
             QDate(1969, 2, 27));

    Dataset update;
    Entity changed = base.entities.first();
    changed.attributes.remove(s("kind"));
    changed.attributes.set(Attribute::number(s("performances"), 119));
    update.entities = { changed };
    QVERIFY2(repo.merge(update, &error), qPrintable(error));
    Dataset expected = base;
    expected.entities.first() = changed;
    loaded = repo.load(&error);
    QVERIFY2(loaded, qPrintable(error));
    compareDatasets(*loaded, expected);

    const Relationship gone = expected.relationships.takeLast();
    Dataset removed;
    removed.relationships = { gone };
    QCOMPARE(attributeRows(db, gone.id), 1);
    QVERIFY2(repo.applyChanges({}, removed, expected, &error), qPrintable(error));
    QCOMPARE(attributeRows(db, gone.id), 0);
    loaded = repo.load(&error);
    QVERIFY2(loaded, qPrintable(error));
    compareDatasets(*loaded, expected);

    QVERIFY2(repo.replaceAll(everyShapeDataset(), &error), qPrintable(error));
    QCOMPARE(attributeRows(db, base.entities.first().id), 0);
    QCOMPARE(attributeRows(db, base.events.first().id), 0);
}

// A text attribute with no value (TinkerPop's Grateful Dead GraphML has <data
// key="songType"></data> on 28 songs) is saved as empty text, not refused by the NOT NULL column.
inline void checkEmptyTextAttributeSurvives(const QSqlDatabase &db)
{
    Repository repo(db);
    QString error;
    Dataset base = attributeDataset();
    base.entities.first().attributes.set(Attribute::text(s("songType"), QString()));
    QVERIFY2(repo.replaceAll(base, &error), qPrintable(error));
    const auto loaded = repo.load(&error);
    QVERIFY2(loaded, qPrintable(error));
    const Attribute *songType = loaded->entities.first().attributes.find(s("songType"));
    QVERIFY(songType);
    QCOMPARE(songType->type, AttributeType::Text);
    QVERIFY(songType->toText().isEmpty());
}

inline int spellRows(const QSqlDatabase &db, const QString &relationshipId)
{
    QSqlQuery q(db);
    q.prepare(s("SELECT COUNT(*) FROM relationship_spells WHERE relationship_id = ?"));
    q.bindValue(0, relationshipId);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

// A relationship valid in 2020 and again from 2023-Q2 on (open), each bound keeping its
// precision, survives replaceAll and an edit to three intervals and back to one (undo included);
// one interval costs no row of its own, and deleting the relationship takes its rows.
inline void checkSpellsSurvive(const QSqlDatabase &db)
{
    Repository repo(db);
    QString error;
    Dataset base = everyShapeDataset();
    Relationship &r = base.relationships.first();
    r.setIntervals({ { PartialDate::year(2020), PartialDate::month(2020, 12) },
                     { PartialDate::quarter(2023, 2), PartialDate() } });
    QVERIFY2(repo.replaceAll(base, &error), qPrintable(error));
    auto loaded = repo.load(&error);
    QVERIFY2(loaded, qPrintable(error));
    compareDatasets(*loaded, base);
    QCOMPARE(loaded->relationships.first().spells, r.spells);
    QCOMPARE(spellRows(db, r.id), 2);
    QCOMPARE(spellRows(db, base.relationships.at(1).id), 0);

    for (const QList<Spell> &list :
         { QList<Spell>{ { PartialDate::day(2019, 1, 2), PartialDate::day(2019, 3, 4) },
                         { PartialDate::year(2021), PartialDate::year(2021) },
                         { PartialDate::year(2024), PartialDate() } },
           QList<Spell>{ { PartialDate::year(2022), PartialDate() } } }) {
        Relationship changed = loaded->relationships.first();
        changed.setIntervals(list);
        const DataEdit edit = DataEdit::updateRelationship(*loaded, changed);
        Dataset after = *loaded;
        QVERIFY2(edit.applyTo(&after, &error), qPrintable(error));
        QVERIFY2(repo.applyEdit(edit, after, &error), qPrintable(error));
        loaded = repo.load(&error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->relationships.first(), changed);
        QCOMPARE(spellRows(db, r.id), list.size() > 1 ? int(list.size()) : 0);
    }
    QVERIFY2(repo.replaceAll(base, &error), qPrintable(error));
    QCOMPARE(spellRows(db, r.id), 2);
    const DataEdit remove = DataEdit::removeRelationship(base, r.id);
    Dataset removed = base;
    QVERIFY2(remove.applyTo(&removed, &error), qPrintable(error));
    QVERIFY2(repo.applyEdit(remove, removed, &error), qPrintable(error));
    QCOMPARE(spellRows(db, r.id), 0);
}

} // namespace atlas::storagetest

namespace atlas::storagetest {

// everyShapeDataset with its first entity and relationship of user-defined kinds and types.
inline Dataset customTypeDataset()
{
    Dataset d = everyShapeDataset();
    d.types.addKind(s("song"), { s("Song"), s("노래 '; DROP TABLE entities; --") });
    d.types.addRelationshipType(s("sungBy"), { s("sung by"), {} }, false);
    d.types.relationshipTypes.first().shape = s("dash-dot");
    setKindKey(&d.entities.first(), s("song"));
    setTypeKey(&d.relationships.first(), s("sungBy"));
    return d;
}

inline int customTypeRows(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(s("SELECT COUNT(*) FROM custom_types")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// User-defined kinds and types survive replaceAll, merge by key, follow an edit of the types
// (and its undo), and go when the data replacing them has none.
inline void checkCustomTypesSurvive(const QSqlDatabase &db)
{
    Repository repo(db);
    QString error;
    const Dataset base = customTypeDataset();
    QVERIFY2(repo.replaceAll(base, &error), qPrintable(error));
    auto loaded = repo.load(&error);
    QVERIFY2(loaded, qPrintable(error));
    compareDatasets(*loaded, base);
    QCOMPARE(loaded->entities.first().customKind, s("song"));
    QVERIFY(!isDirected(loaded->relationships.first(), loaded->types));

    // A merge brings a new kind and restyles one: the others stay.
    Dataset update;
    update.types.addKind(s("artist"));
    update.types.kinds.append(base.types.kinds.first());
    update.types.kinds.last().color = s("#000000");
    Entity artist = base.entities.last();
    setKindKey(&artist, s("artist"));
    update.entities = { artist };
    QVERIFY2(repo.merge(update, &error), qPrintable(error));
    loaded = repo.load(&error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->types.kinds.size(), 2);
    QCOMPARE(loaded->types.kind(s("song"))->color, s("#000000"));
    QCOMPARE(loaded->types.kind(s("song"))->label, base.types.kinds.first().label);
    QCOMPARE(loaded->types.relationshipTypes, base.types.relationshipTypes);

    // An edit of the types alone, and its undo.
    const Dataset before = *loaded;
    CustomTypes renamed = before.types;
    renamed.relationshipTypes.first().directed = true;
    renamed.relationshipTypes.first().label.ko = s("부른");
    const DataEdit edit = DataEdit::setTypes(before, renamed);
    Dataset after = before;
    QVERIFY2(edit.applyTo(&after, &error), qPrintable(error));
    QVERIFY2(repo.applyEdit(edit, after, &error), qPrintable(error));
    loaded = repo.load(&error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->types, renamed);
    const DataEdit undo = edit.reversed();
    Dataset undone = after;
    QVERIFY(undo.applyTo(&undone, &error));
    QVERIFY2(repo.applyEdit(undo, undone, &error), qPrintable(error));
    loaded = repo.load(&error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->types, before.types);

    QVERIFY2(repo.replaceAll(everyShapeDataset(), &error), qPrintable(error));
    QCOMPARE(customTypeRows(db), 0);
}

} // namespace atlas::storagetest
