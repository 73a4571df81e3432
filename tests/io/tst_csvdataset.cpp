// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/syntheticdataset.h"
#include "io/builtindataset.h"
#include "io/csvdataset.h"
#include "io/importplan.h"
#include "attributedata.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;

namespace {

// What a CSV row can carry of an amount: one figure, or words for an indicative one. The JSON
// format keeps the rest (CSV.md says so).
Event csvShape(Event e)
{
    if (e.amount) {
        Amount &a = *e.amount;
        a.equivalent.clear();
        if (a.precision != AmountPrecision::Indicative)
            a.text = {};
        if (a.precision != AmountPrecision::Range) {
            a.min.reset();
            a.max.reset();
        }
    }
    return e;
}

Dataset builtin()
{
    QString error;
    auto d = BuiltinDataset::load(&error);
    if (!d)
        qFatal("%s", qPrintable(error));
    return *d;
}

} // namespace

class TestCsvDataset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void eventsRoundTrip()
    {
        const Dataset original = builtin();
        Dataset target = original; // entities and sources stay, so names and source ids resolve
        target.events.clear();
        target.relationships.clear();
        QString error;
        const auto back = CsvDataset::parseEvents(CsvDataset::serializeEvents(original),
                                                  QStringLiteral("events.csv"), target, &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(back->newEntityIds.isEmpty());
        QVERIFY(back->data.sources.isEmpty());
        QCOMPARE(back->data.events.size(), original.events.size());
        for (qsizetype i = 0; i < original.events.size(); ++i)
            QCOMPARE(back->data.events.at(i), csvShape(original.events.at(i)));
    }

    void syntheticEventsRoundTrip()
    {
        const Dataset original =
                makeSyntheticDataset({ 7, 20, 300, 0, QDate(2020, 1, 1), QDate(2024, 12, 31) });
        Dataset target = original;
        target.events.clear();
        QString error;
        const auto back = CsvDataset::parseEvents(CsvDataset::serializeEvents(original),
                                                  QStringLiteral("s.csv"), target, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->data.events.size(), original.events.size());
        for (qsizetype i = 0; i < original.events.size(); ++i)
            QCOMPARE(back->data.events.at(i), csvShape(original.events.at(i)));
    }

    void entitiesRoundTrip()
    {
        const Dataset original = builtin();
        QString error;
        const QByteArray csv = CsvDataset::serializeEntities(original);
        QCOMPARE(CsvDataset::detectKind(csv), CsvDataset::Kind::Entities);
        const auto back = CsvDataset::parse(csv, QStringLiteral("entities.csv"), Dataset(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->format, ImportedData::Format::CsvEntities);
        QCOMPARE(back->data.entities, original.entities);
    }

    // A kind that is no built-in one is a kind of its own: defined by the import, written back.
    void entitiesOfCustomKinds()
    {
        QString error;
        const auto in = CsvDataset::parse(QByteArray("name,kind\nDark Star,song\nKT,Company\n"),
                                          QStringLiteral("entities.csv"), Dataset(), &error);
        QVERIFY2(in, qPrintable(error));
        QCOMPARE(in->data.entities.at(0).kind, EntityKind::Custom);
        QCOMPARE(in->data.entities.at(0).customKind, QStringLiteral("song"));
        QCOMPARE(in->data.entities.at(1).kind, EntityKind::Company);
        QCOMPARE(in->data.types.kinds.size(), 1);
        QCOMPARE(in->data.types.kinds.first().key, QStringLiteral("song"));
        QVERIFY(CsvDataset::serializeEntities(in->data).contains(",song,"));
    }

    // One column per attribute name; the values come back typed by their column's content.
    void attributesRoundTrip()
    {
        const Dataset original = attributetest::withAttributes(builtin());
        QString error;
        const QByteArray entities = CsvDataset::serializeEntities(original);
        QVERIFY(entities.startsWith("\xEF\xBB\xBFid,name,name_ko,kind,ticker,description,"
                                    "description_ko,first played,kind (attribute),listed,"
                                    "performances,share,비고\r\n"));
        QCOMPARE(CsvDataset::detectKind(entities), CsvDataset::Kind::Entities);
        const auto back =
                CsvDataset::parse(entities, QStringLiteral("entities.csv"), Dataset(), &error);
        QVERIFY2(back, qPrintable(error));
        const Attributes &first = back->data.entities.at(0).attributes;
        QCOMPARE(first.find(QStringLiteral("first played"))->dateValue(), QDate(1969, 2, 27));
        QCOMPARE(first.find(QStringLiteral("kind (attribute)"))->textValue(),
                 QStringLiteral("song"));
        QCOMPARE(first.find(QStringLiteral("listed"))->type, AttributeType::Bool);
        QCOMPARE(first.find(QStringLiteral("performances"))->numberValue(), 118.0);
        QCOMPARE(first.find(QStringLiteral("share"))->numberValue(), 0.125);
        QCOMPARE(first.find(QStringLiteral("비고"))->textValue(),
                 QStringLiteral("따옴표 \" 와, 쉼표"));
        QCOMPARE(back->data.entities.at(1).attributes, original.entities.at(1).attributes);
        QVERIFY(back->data.entities.at(2).attributes.isEmpty());

        Dataset target = original;
        target.events.clear();
        target.relationships.clear();
        const auto events = CsvDataset::parseEvents(CsvDataset::serializeEvents(original),
                                                    QStringLiteral("events.csv"), target, &error);
        QVERIFY2(events, qPrintable(error));
        QCOMPARE(events->data.events.at(0).attributes, original.events.at(0).attributes);
        QVERIFY(events->data.events.at(1).attributes.isEmpty());
    }

    // Columns the format does not know are typed by their whole content, not cell by cell.
    void extraColumnsAreTypedByContent_data()
    {
        QTest::addColumn<QStringList>("cells");
        QTest::addColumn<QString>("type");
        QTest::newRow("counts") << QStringList{ "118", "-3", "2.5e3" } << "number";
        QTest::newRow("codes with a leading zero") << QStringList{ "118", "007" } << "text";
        QTest::newRow("days") << QStringList{ "1969-02-27", "" } << "date";
        QTest::newRow("not a day") << QStringList{ "1969-02-27", "1969-02-30" } << "text";
        QTest::newRow("yes and no") << QStringList{ "TRUE", "false" } << "bool";
        QTest::newRow("words") << QStringList{ "song", "118" } << "text";
    }
    void extraColumnsAreTypedByContent()
    {
        QFETCH(QStringList, cells);
        QFETCH(QString, type);
        QByteArray csv = "name,kind,Extra Column\n";
        for (qsizetype i = 0; i < cells.size(); ++i)
            csv += "Thing " + QByteArray::number(i) + ",product," + cells.at(i).toUtf8() + "\n";
        QString error;
        const auto in = CsvDataset::parse(csv, QStringLiteral("things.csv"), Dataset(), &error);
        QVERIFY2(in, qPrintable(error));
        QCOMPARE(in->data.entities.size(), cells.size());
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const Attribute *a =
                    in->data.entities.at(i).attributes.find(QStringLiteral("Extra Column"));
            QCOMPARE(a != nullptr, !cells.at(i).isEmpty());
            if (a)
                QCOMPARE(attributeTypeKey(a->type), type);
        }
    }

    void writtenFileOpensInSpreadsheets()
    {
        const QByteArray csv = CsvDataset::serializeEvents(builtin());
        // A byte-order mark makes spreadsheet programs read Korean as UTF-8.
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.contains("\r\n"));
        QVERIFY(csv.contains("케이티") || csv.contains("마이크로소프트") || csv.contains("파트너"));
        QVERIFY(csv.contains(",2024-06,") || csv.contains(",2024-Q2,")
                || csv.contains(",2024-06-13,"));
    }

    // A sheet saved by a spreadsheet in a Korean locale: BOM, semicolons, CRLF, quoted fields
    // with separators and line breaks, names in both languages and a ticker.
    void spreadsheetFile()
    {
        const Dataset current = builtin();
        const QByteArray csv =
                "\xEF\xBB\xBF"
                "Date;Kind;Title;title_ko;Participants;Amount;Currency;source_url;source_title\r\n"
                "2024-06-13;investment;Day precision;;\"SK Telecom; Upstage\";~1.3e10;krw;"
                "https://example.org/news/1;Report one\r\n"
                "2024-06;partnership;\"Month; with a separator\";월 "
                "정밀도;\"KT;마이크로소프트\";;;;\r\n"
                "2024-Q2;launch;\"Quarter\r\nover two lines\";;KRX:032640;;;;\r\n"
                "2024;launch;Year precision;;upstage;about "
                "5000000;USD;https://example.org/news/1;\r\n";
        QString error;
        const auto in = CsvDataset::parse(csv, QStringLiteral("sheet.csv"), current, &error);
        QVERIFY2(in, qPrintable(error));
        QCOMPARE(in->format, ImportedData::Format::CsvEvents);
        QCOMPARE(in->data.events.size(), 4);
        const auto &ev = in->data.events;
        QCOMPARE(ev.at(0).date.precision(), PartialDate::Precision::Day);
        QCOMPARE(ev.at(1).date.precision(), PartialDate::Precision::Month);
        QCOMPARE(ev.at(2).date.precision(), PartialDate::Precision::Quarter);
        QCOMPARE(ev.at(3).date.precision(), PartialDate::Precision::Year);
        QCOMPARE(ev.at(1).date.toString(), QStringLiteral("2024-06"));
        QCOMPARE(ev.at(1).title.en, QStringLiteral("Month; with a separator"));
        QCOMPARE(ev.at(1).title.ko, QStringLiteral("월 정밀도"));
        QCOMPARE(ev.at(2).title.en, QStringLiteral("Quarter\r\nover two lines"));

        // Names by English name, Korean name and ticker find the built-in entities.
        QCOMPARE(ev.at(0).participants.first().entityId, QStringLiteral("sk-telecom"));
        QCOMPARE(ev.at(1).participants.at(1).entityId, QStringLiteral("microsoft"));
        QCOMPARE(ev.at(2).participants.first().entityId, QStringLiteral("lg-uplus"));
        // An unknown name becomes one new company, found again by a later row.
        QCOMPARE(in->newEntityIds, QStringList{ QStringLiteral("upstage") });
        QCOMPARE(ev.at(3).participants.first().entityId, QStringLiteral("upstage"));
        const Entity *upstage = in->data.entity(QStringLiteral("upstage"));
        QVERIFY(upstage);
        QCOMPARE(upstage->kind, EntityKind::Company);
        QCOMPARE(upstage->name.en, QStringLiteral("Upstage"));
        QCOMPARE(in->matchedNames.value(QStringLiteral("KRX:032640")), QStringLiteral("lg-uplus"));

        // Investment roles follow the order of the names.
        QCOMPARE(ev.at(0).participants.at(0).role, Role::Investor);
        QCOMPARE(ev.at(0).participants.at(1).role, Role::Investee);

        QVERIFY(ev.at(0).amount);
        QCOMPARE(ev.at(0).amount->precision, AmountPrecision::Approximate);
        QCOMPARE(*ev.at(0).amount->value, 1.3e10);
        QCOMPARE(ev.at(0).amount->currency, QStringLiteral("KRW"));
        QCOMPARE(ev.at(3).amount->precision, AmountPrecision::Approximate);

        // One source per address; rows without one cite the file itself.
        QCOMPARE(ev.at(0).sourceIds, ev.at(3).sourceIds);
        const Source *news = in->data.source(ev.at(0).sourceIds.first());
        QVERIFY(news);
        QCOMPARE(news->url, QStringLiteral("https://example.org/news/1"));
        QCOMPARE(news->publisher, QStringLiteral("example.org"));
        QCOMPARE(news->title, QStringLiteral("Report one"));
        const Source *file = in->data.source(ev.at(1).sourceIds.first());
        QVERIFY(file);
        QCOMPARE(file->publisher, QStringLiteral("sheet.csv"));

        // Ids made from date and title.
        QCOMPARE(ev.at(0).id, QStringLiteral("ev-2024-06-13-day-precision"));

        // The whole import is a valid addition to the built-in data.
        const ImportPlan plan = ImportPlan::compute(current, *in, DuplicatePolicy::Skip);
        QVERIFY2(plan.isValid(), qPrintable(plan.error()));
        QCOMPARE(plan.count(ImportPlan::Action::New), 4 + 1 + 2);
    }

    void amount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<int>("precision");
        QTest::addColumn<double>("value");
        QTest::newRow("integer") << "1300000000"
                                 << "KRW" << int(AmountPrecision::Exact) << 1.3e9;
        QTest::newRow("exponent") << "1.3e9"
                                  << "USD" << int(AmountPrecision::Exact) << 1.3e9;
        QTest::newRow("thousands") << "1,300,000"
                                   << "USD" << int(AmountPrecision::Exact) << 1.3e6;
        QTest::newRow("tilde") << "~1.3e10"
                               << "KRW" << int(AmountPrecision::Approximate) << 1.3e10;
        QTest::newRow("about") << "about 2500"
                               << "USD" << int(AmountPrecision::Approximate) << 2500.0;
        QTest::newRow("range") << "1e9..2e9"
                               << "USD" << int(AmountPrecision::Range) << 0.0;
        QTest::newRow("words") << "several trillion won"
                               << "KRW" << int(AmountPrecision::Indicative) << 0.0;
        QTest::newRow("undisclosed") << "undisclosed"
                                     << "" << int(AmountPrecision::Undisclosed) << 0.0;
    }
    void amount()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(int, precision);
        QFETCH(double, value);
        Amount a;
        QString message;
        QVERIFY2(CsvDataset::parseAmount(text, currency, QString(), &a, &message),
                 qPrintable(message));
        QCOMPARE(int(a.precision), precision);
        if (a.value)
            QCOMPARE(*a.value, value);
        if (a.precision == AmountPrecision::Range) {
            QCOMPARE(*a.min, 1e9);
            QCOMPARE(*a.max, 2e9);
        }
        // What is written reads back the same.
        Amount again;
        QVERIFY(CsvDataset::parseAmount(CsvDataset::amountText(a), a.currency, QString(), &again,
                                        &message));
        QCOMPARE(again, a);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("mustMention");
        const QByteArray header = "date,kind,title,participants\n";
        QTest::newRow("bad date") << header + "2024-06,launch,Fine,KT\n2024-13,launch,Bad,KT\n"
                                  << QStringList{ "bad.csv: line 3, column 'date'", "'2024-13'",
                                                  "YYYY-MM-DD" };
        QTest::newRow("bad day") << header + "2024-02-30,launch,Bad,KT\n"
                                 << QStringList{ "line 2", "'date'", "2024-02-30" };
        QTest::newRow("empty date") << header + ",launch,Bad,KT\n"
                                    << QStringList{ "line 2", "'date'", "empty" };
        QTest::newRow("missing column")
                << QByteArray("date,kind,title\n2024,launch,X\n")
                << QStringList{ "bad.csv: line 1", "missing column 'participants'" };
        QTest::newRow("unknown kind")
                << header + "2024,launch,Ok,KT\n2024,launch,Ok,KT\n2024,merger,Bad,KT\n"
                << QStringList{ "bad.csv: line 4, column 'kind'", "'merger'", "partnership",
                                "investment", "launch" };
        QTest::newRow("invalid UTF-8")
                << header + "2024,launch,ok,KT\n2024,launch,caf\xC3\x28 bad,KT\n"
                << QStringList{ "bad.csv: line 3, column 'title'", "UTF-8" };
        QTest::newRow("UTF-8 cut at the end of a field") << header
                        + "2024,launch,caf\xC3,KT\n" << QStringList{ "line 2", "'title'", "UTF-8" };
        QTest::newRow("Latin-1 file") << header + "2024,launch,Caf\xE9,KT\n"
                                      << QStringList{ "line 2", "'title'", "UTF-8" };
        QTest::newRow("duplicate ids")
                << QByteArray("id,date,kind,title,participants\nev-a,2024,launch,A,KT\nev-b,2024,"
                              "launch,B,KT\nev-a,2024,launch,C,KT\n")
                << QStringList{ "bad.csv: line 4, column 'id'", "'ev-a'", "more than once",
                                "line 2" };
        QTest::newRow("bad id") << QByteArray(
                "id,date,kind,title,participants\nEv A,2024,launch,A,KT\n")
                                << QStringList{ "line 2", "column 'id'", "'Ev A'" };
        QTest::newRow("no participants") << header + "2024,launch,X, ; \n"
                                         << QStringList{ "line 2", "'participants'" };
        QTest::newRow("empty title") << header + "2024,launch,,KT\n"
                                     << QStringList{ "line 2", "'title'" };
        QTest::newRow("unclosed quote")
                << header + "2024,launch,\"never closed,KT\n2024,launch,X,KT\n"
                << QStringList{ "bad.csv: line 2", "quoted field is not closed" };
        QTest::newRow("text after closing quote") << header + "2024,launch,\"X\"Y,KT\n"
                                                  << QStringList{ "line 2", "closing quote" };
        QTest::newRow("too many fields") << header + "2024,launch,X,KT,extra\n"
                                         << QStringList{ "line 2", "5 fields", "4 columns" };
        QTest::newRow("bad amount") << QByteArray(
                "date,kind,title,participants,amount,currency\n2024,investment,X,KT,1.2.3,USD\n")
                                    << QStringList{ "line 2", "column 'amount'", "'1.2.3'" };
        QTest::newRow("amount without currency")
                << QByteArray("date,kind,title,participants,amount\n2024,investment,X,KT,1000\n")
                << QStringList{ "line 2", "column 'currency'", "three-letter" };
        QTest::newRow("unknown role")
                << QByteArray("date,kind,title,participants,roles\n2024,investment,X,KT,boss\n")
                << QStringList{ "line 2", "column 'roles'", "'boss'", "investor" };
        QTest::newRow("roles do not match names") << QByteArray(
                "date,kind,title,participants,roles\n2024,investment,X,KT;Microsoft,investor\n")
                                                  << QStringList{ "line 2", "column 'roles'", "1",
                                                                  "2" };
        QTest::newRow("unknown source id")
                << QByteArray(
                           "date,kind,title,participants,sources\n2024,launch,X,KT,src-nowhere\n")
                << QStringList{ "line 2", "column 'sources'", "src-nowhere" };
        QTest::newRow("source address not http") << QByteArray(
                "date,kind,title,participants,source_url\n2024,launch,X,KT,ftp://example.org/a\n")
                                                 << QStringList{ "line 2", "column 'source_url'",
                                                                 "ftp://example.org/a" };
        QTest::newRow("same name twice")
                << header + "2024,partnership,X,KT;케이티\n"
                << QStringList{ "line 2", "'participants'", "'케이티'", "'kt'" };
        QTest::newRow("empty file") << QByteArray() << QStringList{ "bad.csv", "empty" };
        QTest::newRow("entities: kind that cannot be a key")
                << QByteArray("name,kind\nAcme,company\nBeta,") + QByteArray(65, 'x') + "\n"
                << QStringList{ "bad.csv: line 3, column 'kind'", "company" };
        QTest::newRow("entities: empty name") << QByteArray("name,kind,name_ko\n,company,\n")
                                              << QStringList{ "line 2", "column 'name'" };
        QTest::newRow("entities: duplicate ids")
                << QByteArray("id,name,kind\nacme,Acme,company\nacme,Acme 2,company\n")
                << QStringList{ "line 3", "column 'id'", "'acme'", "line 2" };
        QTest::newRow("entities: same entity twice")
                << QByteArray("name,kind\nKT,company\n케이티,company\n")
                << QStringList{ "line 3", "column 'name'", "'kt'", "line 2" };
    }
    void malformed()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, mustMention);
        QString error;
        const auto d = CsvDataset::parse(csv, QStringLiteral("bad.csv"), builtin(), &error);
        QVERIFY(!d);
        QVERIFY2(error.startsWith(QLatin1String("bad.csv")), qPrintable(error));
        for (const auto &word : mustMention)
            QVERIFY2(error.contains(word),
                     qPrintable(QStringLiteral("'%1' not in: %2").arg(word, error)));
    }

    void entitiesFileMatchesKnownEntities()
    {
        const QByteArray csv = "name,kind,name_ko,ticker\r\nKT,company,케이티,KRX:"
                               "030200\r\nUpstage,company,업스테이지,\r\n"
                               "Solar,ai-model,,\r\n";
        QString error;
        const auto in = CsvDataset::parse(csv, QStringLiteral("entities.csv"), builtin(), &error);
        QVERIFY2(in, qPrintable(error));
        QCOMPARE(in->data.entities.size(), 3);
        QCOMPARE(in->data.entities.at(0).id, QStringLiteral("kt"));
        QCOMPARE(in->data.entities.at(1).id, QStringLiteral("upstage"));
        QCOMPARE(in->data.entities.at(1).name.ko, QStringLiteral("업스테이지"));
        QCOMPARE(in->data.entities.at(2).kind, EntityKind::AiModel);
    }

    void progressAndCancel()
    {
        const Dataset data =
                makeSyntheticDataset({ 3, 30, 5000, 0, QDate(2020, 1, 1), QDate(2024, 12, 31) });
        const QByteArray csv = CsvDataset::serializeEvents(data);
        QList<qint64> seen;
        qint64 total = 0;
        QString error;
        const auto all = CsvDataset::parse(csv, QStringLiteral("big.csv"), data, &error,
                                           [&](qint64 done, qint64 of) {
                                               seen << done;
                                               total = of;
                                               return true;
                                           });
        QVERIFY2(all, qPrintable(error));
        QVERIFY(seen.size() > 2);
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
        QCOMPARE(seen.last(), total);
        QCOMPARE(total, qint64(csv.size()));

        int calls = 0;
        const auto cancelled = CsvDataset::parse(csv, QStringLiteral("big.csv"), data, &error,
                                                 [&](qint64 done, qint64) {
                                                     ++calls;
                                                     return done == 0;
                                                 });
        QVERIFY(!cancelled);
        QCOMPARE(error, ImportMessages::cancelled());
        QVERIFY(calls < seen.size());
    }

    void reimportFindsTheSameRecords()
    {
        const Dataset current = builtin();
        const QByteArray csv =
                "date,kind,title,participants\n2025-03,partnership,Joint venture,KT;Upstage\n";
        QString error;
        const auto first = CsvDataset::parse(csv, QStringLiteral("new.csv"), current, &error);
        QVERIFY2(first, qPrintable(error));
        const ImportPlan plan = ImportPlan::compute(current, *first, DuplicatePolicy::KeepBoth);
        QVERIFY2(plan.isValid(), qPrintable(plan.error()));
        QVERIFY(plan.hasChanges());
        // Importing the same file into the result adds nothing, whatever the policy.
        const auto second =
                CsvDataset::parse(csv, QStringLiteral("new.csv"), plan.merged(), &error);
        QVERIFY2(second, qPrintable(error));
        QVERIFY(second->newEntityIds.isEmpty());
        const ImportPlan again =
                ImportPlan::compute(plan.merged(), *second, DuplicatePolicy::KeepBoth);
        QVERIFY2(again.isValid(), qPrintable(again.error()));
        QVERIFY(!again.hasChanges());
    }

    void writeFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("events.csv"));
        QString error;
        QVERIFY2(CsvDataset::writeFile(builtin(), CsvDataset::Kind::Events, path, &error),
                 qPrintable(error));
        const auto back = CsvDataset::readFile(path, builtin(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->data.events.size(), builtin().events.size());
        QVERIFY(!CsvDataset::readFile(dir.filePath(QStringLiteral("missing.csv")), builtin(),
                                      &error));
        QVERIFY2(error.contains(QLatin1String("missing.csv")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCsvDataset)
#include "tst_csvdataset.moc"
