// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/builtindataset.h"
#include "io/datasetfiles.h"
#include "io/importplan.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;

namespace {

Dataset builtin()
{
    QString error;
    auto d = BuiltinDataset::load(&error);
    if (!d)
        qFatal("%s", qPrintable(error));
    return *d;
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestDatasetFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Each format written by extension and read back into the data it came from changes nothing.
    void roundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("format");
        QTest::newRow("json") << "atlas.json" << int(ImportedData::Format::Json);
        QTest::newRow("csv events") << "events.csv" << int(ImportedData::Format::CsvEvents);
        QTest::newRow("csv entities")
                << "kt-entities.csv" << int(ImportedData::Format::CsvEntities);
        QTest::newRow("graphml") << "atlas.graphml" << int(ImportedData::Format::GraphMl);
        QTest::newRow("gexf") << "atlas.gexf" << int(ImportedData::Format::Gexf);
    }
    void roundTrip()
    {
        QFETCH(QString, name);
        QFETCH(int, format);
        const Dataset data = builtin();
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QCOMPARE(int(*DatasetFiles::writeFormat(path)), format);
        QString error;
        QVERIFY2(DatasetFiles::write(data, path, &error), qPrintable(error));
        const auto in = DatasetFiles::read(path, data, &error);
        QVERIFY2(in, qPrintable(error));
        QCOMPARE(int(in->format), format);
        QVERIFY(!in->data.isEmpty());
        for (auto policy : { DuplicatePolicy::Skip, DuplicatePolicy::KeepBoth }) {
            const ImportPlan plan = ImportPlan::compute(data, *in, policy);
            QVERIFY2(plan.isValid(), qPrintable(plan.error()));
            if (format == int(ImportedData::Format::CsvEvents)) {
                // CSV keeps one figure per amount: events with an equivalent figure differ.
                QVERIFY(plan.count(ImportPlan::Action::Unchanged) > 0);
            } else {
                QVERIFY2(!plan.hasChanges(), qPrintable(name));
            }
        }
    }

    void unknownExtensionIsNotWritten()
    {
        QString error;
        QVERIFY(!DatasetFiles::write(builtin(), QStringLiteral("/tmp/out.xlsx"), &error));
        QVERIFY2(error.contains(QLatin1String(".xlsx")) && error.contains(QLatin1String(".gexf")),
                 qPrintable(error));
    }

    // Files are read by what they hold, whatever they are called: a GraphML file named .xml
    // (as the well-known public graphs are) imports.
    void formatByContent_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("format");
        QTest::newRow("GraphML named .xml") << "networkx-small.graphml"
                                            << "songs.xml" << int(ImportedData::Format::GraphMl);
        QTest::newRow("GraphML named .json") << "gephi-small.graphml"
                                             << "graph.json" << int(ImportedData::Format::GraphMl);
        QTest::newRow("GEXF named .xml") << "gexf/gephi-les-miserables.gexf"
                                         << "les.xml" << int(ImportedData::Format::Gexf);
        QTest::newRow("GEXF without extension") << "gexf/gexf4j-dynamic.gexf"
                                                << "dynamic" << int(ImportedData::Format::Gexf);
        QTest::newRow("GEXF named .gexf") << "gexf/gephi-us-airports.gexf"
                                          << "airports.gexf" << int(ImportedData::Format::Gexf);
    }
    void formatByContent()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, name);
        QFETCH(int, format);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QVERIFY(QFile::copy(QStringLiteral(ATLAS_TEST_DATA_DIR "/") + fixture, path));
        QVERIFY(DatasetFiles::canRead(path));
        QString error;
        const auto in = DatasetFiles::read(path, builtin(), &error);
        QVERIFY2(in, qPrintable(error));
        QCOMPARE(int(in->format), format);
        QVERIFY(in->data.entities.size() + in->matchedNames.size() > 0);
    }

    // Our own formats written under other names come back by content too.
    void ownFormatsByContent_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("renamed");
        QTest::addColumn<int>("format");
        QTest::newRow("JSON named .txt") << "a.json"
                                         << "a.txt" << int(ImportedData::Format::Json);
        QTest::newRow("CSV events named .txt")
                << "events.csv"
                << "events.txt" << int(ImportedData::Format::CsvEvents);
        QTest::newRow("CSV entities without extension")
                << "kt-entities.csv"
                << "entities" << int(ImportedData::Format::CsvEntities);
        QTest::newRow("GEXF named .graphml") << "a.gexf"
                                             << "a.graphml" << int(ImportedData::Format::Gexf);
    }
    void ownFormatsByContent()
    {
        QFETCH(QString, written);
        QFETCH(QString, renamed);
        QFETCH(int, format);
        QTemporaryDir dir;
        QString error;
        QVERIFY2(DatasetFiles::write(builtin(), dir.filePath(written), &error), qPrintable(error));
        QVERIFY(QFile::rename(dir.filePath(written), dir.filePath(renamed)));
        const auto in = DatasetFiles::read(dir.filePath(renamed), builtin(), &error);
        QVERIFY2(in, qPrintable(error));
        QCOMPARE(int(in->format), format);
    }

    // What nothing reads is refused with a message naming the file and what it holds.
    void unknownContent_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("mustMention");
        QTest::newRow("SVG") << "picture.xml"
                             << QByteArray("<?xml version=\"1.0\"?>\n<!-- a drawing -->\n<svg "
                                           "xmlns=\"http://www.w3.org/2000/svg\"/>")
                             << QStringList{ "picture.xml", "<svg>", "http://www.w3.org/2000/svg",
                                             "not GraphML or GEXF" };
        QTest::newRow("plain XML")
                << "notes.graphml" << QByteArray("<notes><note/></notes>")
                << QStringList{ "notes.graphml", "root element is <notes>, not GraphML or GEXF" };
        QTest::newRow("text") << "notes.txt" << QByteArray("hello world\nsecond line\n")
                              << QStringList{ "notes.txt", "first line is 'hello world'",
                                              "CSV header" };
        QTest::newRow("CSV of other columns")
                << "people.tsv" << QByteArray("first,last\nAda,Lovelace\n")
                << QStringList{ "people.tsv", "'first,last'" };
        QTest::newRow("empty") << "empty.json" << QByteArray("  \n")
                               << QStringList{ "empty.json", "empty file" };
        QTest::newRow("PDF") << "report.graphml" << QByteArray("%PDF-1.7\n\0\x01\x02", 12)
                             << QStringList{ "report.graphml", "PDF" };
        QTest::newRow("xlsx") << "sheet.csv" << QByteArray("PK\x03\x04\x14\0\0\0", 8)
                              << QStringList{ "sheet.csv", "ZIP" };
        QTest::newRow("broken XML before the root")
                << "x.xml" << QByteArray("<?xml version=\"1.0\"?>\n<<graphml>")
                << QStringList{ "x.xml", "line 2" };
        QTest::newRow("binary") << "data.bin" << QByteArray("\x01\x02\0\x03", 4)
                                << QStringList{ "data.bin", "binary" };
    }
    void unknownContent()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, mustMention);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QVERIFY(writeBytes(path, bytes));
        QVERIFY(!DatasetFiles::canRead(path));
        QString error;
        QVERIFY(!DatasetFiles::read(path, builtin(), &error));
        for (const auto &word : mustMention)
            QVERIFY2(error.contains(word),
                     qPrintable(QStringLiteral("'%1' not in: %2").arg(word, error)));
    }

    void missingFile()
    {
        QString error;
        for (const char *name : { "/nonexistent/a.json", "/nonexistent/a.csv",
                                  "/nonexistent/a.graphml", "/nonexistent/a.gexf" }) {
            QVERIFY(!DatasetFiles::read(QString::fromLatin1(name), builtin(), &error));
            QVERIFY2(error.contains(QLatin1String(name)), qPrintable(error));
        }
    }

    // The bad inputs the issue names, in every format they apply to: the message names the
    // file, the place and the field, and nothing comes back.
    void malformed_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("mustMention");
        const QByteArray json = R"({"format":"telco-atlas-dataset","formatVersion":1,"events":[)";
        QTest::newRow("csv: bad date")
                << "e.csv" << QByteArray("date,kind,title,participants\n2024-13,launch,X,KT\n")
                << QStringList{ "e.csv: line 2, column 'date'", "2024-13" };
        QTest::newRow("json: bad date")
                << "e.json"
                << json + R"({"id":"x","kind":"launch","date":"2024-13","participants":[]}]})"
                << QStringList{ "e.json", "events[0] ('x')", "'date'", "2024-13" };
        QTest::newRow("graphml: bad date")
                << "e.graphml"
                << QByteArray(
                           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><key id=\"v\" "
                           "for=\"edge\" "
                           "attr.name=\"validFrom\"/><graph>\n<node id=\"a\"/><node "
                           "id=\"b\"/>\n<edge source=\"a\" "
                           "target=\"b\"><data key=\"v\">2024-13</data></edge></graph></graphml>")
                << QStringList{ "e.graphml: line 3, element 'edge', field 'validFrom'", "2024-13" };
        QTest::newRow("csv: missing column")
                << "e.csv" << QByteArray("date,title,participants\n2024,X,KT\n")
                << QStringList{ "e.csv: line 1", "'kind'" };
        QTest::newRow("csv: unknown kind")
                << "e.csv" << QByteArray("date,kind,title,participants\n2024,merger,X,KT\n")
                << QStringList{ "e.csv: line 2, column 'kind'", "merger" };
        QTest::newRow("json: unknown kind")
                << "e.json" << json + R"({"id":"x","kind":"merger","date":"2024"}]})"
                << QStringList{ "e.json", "'kind'", "merger" };
        QTest::newRow("graphml: truncated XML")
                << "e.graphml"
                << QByteArray("<graphml "
                              "xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n<graph>\n<node "
                              "id=\"a\">")
                << QStringList{ "e.graphml: line 3, column" };
        QTest::newRow("json: truncated")
                << "e.json" << json + R"({"id":"x")" << QStringList{ "e.json: line 1, column" };
        QTest::newRow("csv: invalid UTF-8")
                << "e.csv" << QByteArray("date,kind,title,participants\n2024,launch,\xFF,KT\n")
                << QStringList{ "e.csv: line 2, column 'title'", "UTF-8" };
        QTest::newRow("graphml: invalid UTF-8")
                << "e.graphml"
                << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml "
                              "xmlns=\"http://graphml.graphdrawing.org/xmlns\">"
                              "<graph>\n<node id=\"\xFF\"/></graph></graphml>")
                << QStringList{ "e.graphml: line 3", "UTF-8" };
        QTest::newRow("csv: duplicate ids") << "e.csv"
                                            << QByteArray("id,date,kind,title,participants\na,2024,"
                                                          "launch,X,KT\na,2024,launch,Y,KT\n")
                                            << QStringList{ "e.csv: line 3, column 'id'", "'a'" };
        QTest::newRow("graphml: duplicate ids")
                << "e.graphml"
                << QByteArray("<graphml "
                              "xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph>\n<node "
                              "id=\"a\"/>\n<node id=\"a\"/>"
                              "</graph></graphml>")
                << QStringList{ "e.graphml: line 3, element 'node' ('a'), field 'id'" };
    }
    void malformed()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, mustMention);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QVERIFY(writeBytes(path, bytes));
        QString error;
        QVERIFY(!DatasetFiles::read(path, builtin(), &error));
        // Messages carry the path the user gave.
        QVERIFY2(error.startsWith(dir.path()), qPrintable(error));
        for (const auto &word : mustMention)
            QVERIFY2(error.contains(word),
                     qPrintable(QStringLiteral("'%1' not in: %2").arg(word, error)));
    }

    void duplicateIdsInJsonReachThePlan()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dup.json"));
        QVERIFY(writeBytes(path, R"({"format":"telco-atlas-dataset","formatVersion":1,
"entities":[{"id":"acme","kind":"company","name":{"en":"Acme"}},{"id":"acme","kind":"company","name":{"en":"Acme 2"}}]})"));
        QString error;
        const auto in = DatasetFiles::read(path, builtin(), &error);
        QVERIFY2(in, qPrintable(error));
        const ImportPlan plan = ImportPlan::compute(builtin(), *in, DuplicatePolicy::Skip);
        QVERIFY(!plan.isValid());
        QVERIFY2(plan.error().contains(QLatin1String("dup.json"))
                         && plan.error().contains(QLatin1String("'acme'"))
                         && plan.error().contains(QLatin1String("more than once")),
                 qPrintable(plan.error()));
    }

    // A JSON file of one's own events may name the entities of the current data.
    void jsonFragmentUsesCurrentEntities()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mine.json"));
        QVERIFY(writeBytes(path, R"({"format":"telco-atlas-dataset","formatVersion":1,
"sources":[{"id":"src-mine","publisher":"Me"}],
"events":[{"id":"ev-mine","kind":"plan","date":"2025-Q3","title":{"en":"A plan"},
"participants":[{"entity":"kt","role":"subject"}],"sources":["src-mine"]}]})"));
        QString error;
        const auto in = DatasetFiles::read(path, builtin(), &error);
        QVERIFY2(in, qPrintable(error));
        const ImportPlan plan = ImportPlan::compute(builtin(), *in, DuplicatePolicy::Skip);
        QVERIFY2(plan.isValid(), qPrintable(plan.error()));
        QCOMPARE(plan.merged().event(QStringLiteral("ev-mine"))->date.precision(),
                 PartialDate::Precision::Quarter);
    }

    void cancel_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("json") << "c.json";
        QTest::newRow("csv") << "c.csv";
        QTest::newRow("graphml") << "c.graphml";
        QTest::newRow("gexf") << "c.gexf";
    }
    void cancel()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QString error;
        QVERIFY(DatasetFiles::write(builtin(), path, &error));
        int calls = 0;
        QVERIFY(!DatasetFiles::read(path, builtin(), &error, [&](qint64, qint64) {
            ++calls;
            return false;
        }));
        QCOMPARE(error, ImportMessages::cancelled());
        QCOMPARE(calls, 1);
    }
};

QTEST_GUILESS_MAIN(TestDatasetFiles)
#include "tst_datasetfiles.moc"
