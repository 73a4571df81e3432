// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/syntheticdataset.h"
#include "io/builtindataset.h"
#include "io/datasetjson.h"
#include "attributedata.h"
#include "customtypedata.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;

class TestDatasetJson : public QObject
{
    Q_OBJECT

    static QByteArray minimal(const QByteArray &eventJson)
    {
        return QByteArray(R"({"format":"telco-atlas-dataset","formatVersion":1,
"sources":[{"id":"src-a","publisher":"P"}],
"entities":[{"id":"kt","kind":"company","name":{"en":"KT"}}],
"events":[)") + eventJson
                + "]}";
    }

private Q_SLOTS:
    void builtinRoundTrip()
    {
        QString error;
        const auto original = BuiltinDataset::load(&error);
        QVERIFY2(original, qPrintable(error));
        const auto again = DatasetJson::parse(DatasetJson::serialize(*original),
                                              QStringLiteral("memory"), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->events.size(), original->events.size());
        QVERIFY(*again == *original);
    }

    // Every type comes back as its type; a date is marked so it never turns into text.
    void attributesRoundTrip()
    {
        QString error;
        const auto builtin = BuiltinDataset::load(&error);
        QVERIFY2(builtin, qPrintable(error));
        const Dataset original = attributetest::withAttributes(*builtin);
        const QByteArray json = DatasetJson::serialize(original);
        QVERIFY(json.contains(R"("first played": {)"));
        QVERIFY(json.contains(R"("date": "1969-02-27")"));
        QVERIFY(json.contains(R"("performances": 118)"));
        QVERIFY(json.contains(R"("listed": true)"));
        const auto again = DatasetJson::parse(json, QStringLiteral("memory"), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->entities.first().attributes.size(), 6);
        QCOMPARE(again->entities.first().attributes.find(QStringLiteral("first played"))->type,
                 AttributeType::Date);
        QCOMPARE(again->relationships.first().attributes,
                 original.relationships.first().attributes);
        QVERIFY(*again == original);
    }

    // Several intervals come back with the precision of every bound; one interval writes no
    // "spells" member, so such a relationship's file looks as it always did.
    void spellsRoundTrip()
    {
        QString error;
        const auto builtin = BuiltinDataset::load(&error);
        QVERIFY2(builtin, qPrintable(error));
        Dataset original = *builtin;
        QVERIFY(!DatasetJson::serialize(original).contains(R"("spells")"));
        original.relationships.first().setIntervals(
                { { PartialDate::year(2020), PartialDate::month(2020, 11) },
                  { PartialDate::quarter(2023, 2), PartialDate() } });
        const QByteArray json = DatasetJson::serialize(original);
        QVERIFY2(json.contains(R"("from": "2023-Q2")"), json.constData());
        QVERIFY(json.contains(R"("until": "2020-11")"));
        const auto again = DatasetJson::parse(json, QStringLiteral("memory"), &error);
        QVERIFY2(again, qPrintable(error));
        const Relationship &r = again->relationships.first();
        QCOMPARE(r.spells, original.relationships.first().spells);
        QCOMPARE(r.validFrom, PartialDate::year(2020));
        QVERIFY(!r.validUntil.isValid());
        QVERIFY(!r.isValidWithin(QDate(2021, 1, 1), QDate(2022, 12, 31)));
        QVERIFY(*again == original);
    }

    // User-defined kinds and types come back with their labels, styles and direction; records
    // name them by key where built-in keys go.
    void customTypesRoundTrip()
    {
        QString error;
        const auto builtin = BuiltinDataset::load(&error);
        QVERIFY2(builtin, qPrintable(error));
        const Dataset original = customtypetest::withCustomTypes(*builtin);
        const QByteArray json = DatasetJson::serialize(original);
        QVERIFY(json.contains(R"("types": {)"));
        QVERIFY(json.contains(R"("kind": "song")"));
        QVERIFY(json.contains(R"("type": "followedBy")"));
        QVERIFY(json.contains(R"("dash": "dotted")"));
        const auto again = DatasetJson::parse(json, QStringLiteral("memory"), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->types, original.types);
        QCOMPARE(again->entities.at(1).kind, EntityKind::Custom);
        QCOMPARE(again->entities.at(1).customKind, QStringLiteral("artist"));
        QVERIFY(!isDirected(again->relationships.at(1), again->types));
        QVERIFY(*again == original);
        // Without the types section the same keys are unknown values, named with the known ones.
        QJsonObject root = QJsonDocument::fromJson(json).object();
        root.remove(QStringLiteral("types"));
        QVERIFY(!DatasetJson::parse(QJsonDocument(root).toJson(), QStringLiteral("f.json"),
                                    &error));
        QVERIFY2(error.contains(QLatin1String("unknown value 'song'"))
                         && error.contains(QLatin1String("company")),
                 qPrintable(error));
    }

    // The file is written a record at a time, laid out exactly as Qt lays out the whole
    // document (so what Qt reads and writes again is the same text), with lists empty and full,
    // types, gaps and attributes; a device that refuses a write makes it fail.
    void writtenRecordByRecordAsQtWritesTheWhole()
    {
        QString error;
        const auto builtin = BuiltinDataset::load(&error);
        QVERIFY2(builtin, qPrintable(error));
        Dataset noFigures = *builtin;
        noFigures.financials.clear();
        noFigures.relationships.clear();
        for (const Dataset &d :
             { *builtin, customtypetest::withCustomTypes(attributetest::withAttributes(*builtin)),
               noFigures, Dataset(),
               makeSyntheticDataset({ 5, 12, 60, 20, QDate(2021, 1, 1), QDate(2024, 12, 31) }) }) {
            const QByteArray json = DatasetJson::serialize(d);
            QCOMPARE(QJsonDocument::fromJson(json).toJson(QJsonDocument::Indented), json);
            const auto again = DatasetJson::parse(json, QStringLiteral("memory"), &error);
            if (!d.entities.isEmpty()) {
                QVERIFY2(again, qPrintable(error));
                QVERIFY(*again == d);
            }
        }
        QBuffer refusing;
        refusing.open(QIODevice::ReadOnly);
        QVERIFY(!DatasetJson::write(*builtin, &refusing));
    }

    void syntheticRoundTripThroughFile()
    {
        const auto original =
                makeSyntheticDataset({ 3, 25, 120, 40, QDate(2021, 1, 1), QDate(2024, 12, 31) });
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.json"));
        QString error;
        QVERIFY2(DatasetJson::writeFile(original, path, &error), qPrintable(error));
        const auto back = DatasetJson::readFile(path, &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(*back == original);
    }

    // A file is read record by record (each record's object parsed on its own, the import's
    // peak), whatever its layout and however its texts nest quotes and brackets, and reads the
    // same as ever; a file that is not plain is read whole, with the exact message.
    void readRecordByRecord()
    {
        QString error;
        auto data = BuiltinDataset::load(&error);
        QVERIFY2(data, qPrintable(error));
        data->entities[0].name.en = QStringLiteral("Tricky \"}], {[\\ name");
        data->events[0].title.ko = QStringLiteral("괄호 ] } 와 \"따옴표\"");
        const QByteArray pretty = DatasetJson::serialize(*data);
        const QByteArray compact = QJsonDocument::fromJson(pretty).toJson(QJsonDocument::Compact);
        // The lists first and the header last: the order of the keys is the writer's choice.
        QJsonObject root = QJsonDocument::fromJson(pretty).object();
        QByteArray reordered = "{";
        for (const char *key : { "events", "entities", "relationships", "sources", "financials",
                                 "types", "dataset", "formatVersion", "format" }) {
            if (!root.contains(QLatin1String(key)))
                continue;
            if (reordered.size() > 1)
                reordered += ",\n";
            const QJsonValue value = root.value(QLatin1String(key));
            reordered += '"' + QByteArray(key) + "\": ";
            reordered += value.isArray() ? QJsonDocument(value.toArray()).toJson()
                    : value.isObject()   ? QJsonDocument(value.toObject()).toJson()
                                         : QJsonDocument(QJsonArray{ value })
                                                 .toJson(QJsonDocument::Compact)
                                                 .chopped(1)
                                                 .mid(1);
        }
        reordered += "}\n";
        for (const QByteArray &text : { pretty, compact, reordered }) {
            QVERIFY(DatasetJson::readsRecordByRecord(text));
            const auto back = DatasetJson::parse(text, QStringLiteral("x.json"), &error);
            QVERIFY2(back, qPrintable(error));
            QCOMPARE(back->entities.at(0).name.en, data->entities.at(0).name.en);
            QCOMPARE(back->events.at(0).title.ko, data->events.at(0).title.ko);
            QVERIFY(*back == *data);
        }

        const QByteArray event =
                R"({"id":"e1","kind":"launch","date":"2024","title":{"en":"x"},"participants":[{"entity":"kt","role":"maker"}],"sources":["src-a"]})";
        QVERIFY(DatasetJson::readsRecordByRecord(minimal(event)));
        QVERIFY(DatasetJson::parse(minimal(event), QStringLiteral("x.json"), &error));
        // Not plain: each is read whole, and what was read is what a whole read gives.
        const QByteArray notPlain[] = {
            minimal("1"), // a record that is not an object
            minimal(event).replace("\"formatVersion\":1", "\"formatVersion\":1,\"format\":\"x\""),
            minimal(event) + " trailing",
            minimal(R"({"id": })"), // a record the parser refuses
            R"({"format":"telco-atlas-dataset","formatVersion":1,"events":5})", // not a list
        };
        for (const QByteArray &text : notPlain)
            QVERIFY2(!DatasetJson::readsRecordByRecord(text), text.constData());
        QVERIFY(!DatasetJson::parse(notPlain[0], QStringLiteral("x.json"), &error));
        QVERIFY2(error.contains(QLatin1String("events[0]")), qPrintable(error));
        // A key given twice: the whole read takes the last, as before.
        QVERIFY(!DatasetJson::parse(notPlain[1], QStringLiteral("x.json"), &error));
        QVERIFY2(error.contains(QLatin1String("format")), qPrintable(error));
        QVERIFY(!DatasetJson::parse(notPlain[3], QStringLiteral("x.json"), &error));
        QVERIFY2(error.contains(QLatin1String("line")), qPrintable(error));
        QVERIFY(!DatasetJson::parse(notPlain[4], QStringLiteral("x.json"), &error));
        QVERIFY2(error.contains(QLatin1String("events")) && error.contains(QLatin1String("array")),
                 qPrintable(error));
    }

    void writtenFileIsReadableUtf8()
    {
        QString error;
        const auto d = BuiltinDataset::load(&error);
        QVERIFY(d);
        const QByteArray text = DatasetJson::serialize(*d);
        // Korean stays Korean in the file people open in an editor.
        QVERIFY(text.contains("케이티"));
        QVERIFY(text.contains("\"date\": \"2024-06\""));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("mustMention");
        QTest::newRow("syntax error has a line and column")
                << QByteArray("{\n  \"format\": \"telco-atlas-dataset\",\n  \"formatVersion\": "
                              "1,\n  \"events\": [ }\n")
                << QStringList{ "bad.json", "line 4" };
        QTest::newRow("not our format")
                << QByteArray(R"({"format":"other"})") << QStringList{ "bad.json", "format" };
        QTest::newRow("newer format version")
                << QByteArray(R"({"format":"telco-atlas-dataset","formatVersion":99})")
                << QStringList{ "bad.json", "99", "newer" };
        QTest::newRow("bad date") << minimal(
                R"({"id":"e1","kind":"launch","date":"2024-13-01","title":{"en":"x"},"participants":[{"entity":"kt","role":"maker"}],"sources":["src-a"]})")
                                  << QStringList{ "bad.json", "events[0] ('e1')", "date",
                                                  "2024-13-01" };
        QTest::newRow("unknown kind") << minimal(
                R"({"id":"e1","kind":"merger","date":"2024","title":{"en":"x"},"participants":[{"entity":"kt","role":"maker"}],"sources":["src-a"]})")
                                      << QStringList{ "bad.json", "kind", "merger", "partnership" };
        QTest::newRow("unknown participant") << minimal(
                R"({"id":"e1","kind":"launch","date":"2024","title":{"en":"x"},"participants":[{"entity":"nokia","role":"maker"}],"sources":["src-a"]})")
                                             << QStringList{ "bad.json", "e1", "participants",
                                                             "nokia" };
        QTest::newRow("missing source") << minimal(
                R"({"id":"e1","kind":"launch","date":"2024","title":{"en":"x"},"participants":[{"entity":"kt","role":"maker"}]})")
                                        << QStringList{ "bad.json", "e1", "sources" };
        QTest::newRow("amount value is text") << minimal(
                R"({"id":"e1","kind":"investment","date":"2024","title":{"en":"x"},"participants":[{"entity":"kt","role":"investor"}],"sources":["src-a"],"amount":{"precision":"exact","currency":"USD","value":"ten"}})")
                                              << QStringList{ "bad.json", "e1", "value", "number" };
        QTest::newRow("duplicate ids") << minimal(
                R"({"id":"e1","kind":"launch","date":"2024","title":{"en":"x"},"participants":[{"entity":"kt","role":"maker"}],"sources":["src-a"]},
                         {"id":"e1","kind":"launch","date":"2024","title":{"en":"y"},"participants":[{"entity":"kt","role":"maker"}],"sources":["src-a"]})")
                                       << QStringList{ "bad.json", "e1", "id", "more than once" };
        QTest::newRow("attributes not an object") << minimal(
                R"({"id":"e1","kind":"launch","date":"2024","title":{"en":"x"},"participants":[{"entity":"kt","role":"maker"}],"sources":["src-a"],"attributes":[1]})")
                                                  << QStringList{ "e1", "attributes", "object" };
        QTest::newRow("attribute value a list") << minimal(
                R"({"id":"e1","kind":"launch","date":"2024","title":{"en":"x"},"participants":[{"entity":"kt","role":"maker"}],"sources":["src-a"],"attributes":{"tags":["a"]}})")
                                                << QStringList{ "e1", "attributes.tags", "date" };
        QTest::newRow("attribute date not a date") << minimal(
                R"({"id":"e1","kind":"launch","date":"2024","title":{"en":"x"},"participants":[{"entity":"kt","role":"maker"}],"sources":["src-a"],"attributes":{"on":{"date":"soon"}}})")
                                                   << QStringList{ "e1", "attributes.on" };
        QTest::newRow("spell ends before it starts") << QByteArray(
                R"({"format":"telco-atlas-dataset","formatVersion":1,"sources":[{"id":"src-a","publisher":"P"}],"entities":[{"id":"kt","kind":"company","name":{"en":"KT"}},{"id":"ms","kind":"company","name":{"en":"MS"}}],"relationships":[{"id":"r1","type":"partner","from":"kt","to":"ms","sources":["src-a"],"spells":[{"from":"2020","until":"2020"},{"from":"2023","until":"2022"}]}]})")
                                                     << QStringList{ "bad.json", "r1", "spells",
                                                                     "2023" };
        QTest::newRow("spell date not a date") << QByteArray(
                R"({"format":"telco-atlas-dataset","formatVersion":1,"sources":[{"id":"src-a","publisher":"P"}],"entities":[{"id":"kt","kind":"company","name":{"en":"KT"}},{"id":"ms","kind":"company","name":{"en":"MS"}}],"relationships":[{"id":"r1","type":"partner","from":"kt","to":"ms","sources":["src-a"],"spells":[{"from":"2020"},{"from":"soon"}]}]})")
                                               << QStringList{ "bad.json: relationships[0] ('r1') "
                                                               "spells[1], field 'from'",
                                                               "soon" };
        QTest::newRow("spells not an array") << QByteArray(
                R"({"format":"telco-atlas-dataset","formatVersion":1,"sources":[{"id":"src-a","publisher":"P"}],"entities":[{"id":"kt","kind":"company","name":{"en":"KT"}},{"id":"ms","kind":"company","name":{"en":"MS"}}],"relationships":[{"id":"r1","type":"partner","from":"kt","to":"ms","sources":["src-a"],"spells":"2020"}]})")
                                             << QStringList{ "bad.json", "r1", "spells" };
        QTest::newRow("known gap of an unknown company") << QByteArray(
                R"({"format":"telco-atlas-dataset","formatVersion":1,"dataset":{"id":"d","knownGaps":[{"company":"nokia","quarter":"2024-Q1","metric":"revenue","reason":{"en":"x"}}]}})")
                                                         << QStringList{ "bad.json", "known gap",
                                                                         "nokia" };
        QTest::newRow("known gap that is not a quarter") << QByteArray(
                R"({"format":"telco-atlas-dataset","formatVersion":1,"dataset":{"id":"d","knownGaps":[{"company":"kt","quarter":"2024-13","metric":"revenue"}]}})")
                                                         << QStringList{ "bad.json", "knownGaps[0]",
                                                                         "quarter" };
    }
    void malformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, mustMention);
        QString error;
        const auto d = DatasetJson::parse(json, QStringLiteral("bad.json"), &error);
        QVERIFY(!d);
        for (const auto &word : mustMention)
            QVERIFY2(error.contains(word),
                     qPrintable(QStringLiteral("'%1' not in: %2").arg(word, error)));
    }

    // Issue 17: a name of five million characters was accepted and stored.
    void hugeEntityNameIsRefused()
    {
        const QByteArray name(5000000, 'x');
        const QByteArray json =
                "{\"format\":\"telco-atlas-dataset\",\"formatVersion\":1,"
                "\"entities\":[{\"id\":\"kt\",\"kind\":\"company\",\"name\":{\"en\":\""
                + name + "\"}}]}";
        QString error;
        QVERIFY(!DatasetJson::parse(json, QStringLiteral("huge.json"), &error));
        for (const char *word : { "huge.json", "entity 'kt'", "field 'name'", "5000000", "500" })
            QVERIFY2(error.contains(QLatin1String(word)), qPrintable(error.left(300)));
        // Merged imports read fragments; the ImportPlan validates them, with the same limits.
        QVERIFY(DatasetJson::parseFragment(json, QStringLiteral("huge.json"), &error));
    }

    void missingFileNamesTheFile()
    {
        QString error;
        QVERIFY(!DatasetJson::readFile(QStringLiteral("/nonexistent/atlas.json"), &error));
        QVERIFY2(error.contains(QLatin1String("/nonexistent/atlas.json")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDatasetJson)
#include "tst_datasetjson.moc"
