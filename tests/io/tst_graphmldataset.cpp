// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/syntheticdataset.h"
#include "testsupport/firsteditiondataset.h"
#include "io/graphmldataset.h"
#include "io/importplan.h"
#include "attributedata.h"
#include "customtypedata.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace atlas;

namespace {

// The files under data/ name companies the first edition of the dataset did not know; matched
// against the growing built-in data they would no longer be new.
Dataset builtin()
{
    return TestData::firstEdition();
}

QString fixture(const char *name)
{
    return QStringLiteral(ATLAS_TEST_DATA_DIR "/") + QLatin1String(name);
}

const char *python = "/usr/bin/python3";

// Runs a Python snippet with networkx; empty optional when python3 or networkx is missing.
std::optional<QJsonObject> networkx(const QString &script, const QString &path)
{
    if (!QFile::exists(QLatin1String(python)))
        return std::nullopt;
    QProcess probe;
    probe.start(QLatin1String(python), { QStringLiteral("-c"), QStringLiteral("import networkx") });
    if (!probe.waitForFinished(60000) || probe.exitCode() != 0)
        return std::nullopt;
    QProcess p;
    p.start(QLatin1String(python), { QStringLiteral("-c"), script, path });
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        qFatal("networkx failed: %s", p.readAllStandardError().constData());
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

} // namespace

class TestGraphMlDataset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTrip()
    {
        const Dataset original = builtin();
        Dataset target = original; // events and sources stay, for the references of the edges
        target.entities.clear();
        target.relationships.clear();
        QString error;
        const auto back = GraphMlDataset::parse(GraphMlDataset::serialize(original),
                                                QStringLiteral("g.graphml"), target, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->data.entities, original.entities);
        QCOMPARE(back->data.relationships, original.relationships);
        QVERIFY(back->data.sources.isEmpty());
        QVERIFY(back->extra.isEmpty());
    }

    // Several intervals travel in one "spells" data, every bound at its precision; the key is
    // declared only when a relationship has them.
    void spellsRoundTrip()
    {
        Dataset original = builtin();
        QVERIFY(!GraphMlDataset::serialize(original).contains("attr.name=\"spells\""));
        original.relationships.first().setIntervals(
                { { PartialDate::year(2020), PartialDate::month(2020, 11) },
                  { PartialDate::quarter(2023, 2), PartialDate() } });
        Dataset target = original;
        target.entities.clear();
        target.relationships.clear();
        const QByteArray xml = GraphMlDataset::serialize(original);
        QVERIFY2(xml.contains("<data key=\"spells\">2020/2020-11; 2023-Q2/</data>"),
                 xml.constData());
        QString error;
        const auto back = GraphMlDataset::parse(xml, QStringLiteral("g.graphml"), target, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->data.relationships, original.relationships);
        QCOMPARE(back->data.relationships.first().spells.size(), 2);
    }

    // User-defined kinds and types come back whole: keys on the records, and labels, styles
    // and direction from the graph's data.
    void customTypesRoundTrip()
    {
        const Dataset original = customtypetest::withCustomTypes(builtin());
        Dataset target = original;
        target.entities.clear();
        target.relationships.clear();
        target.types = {};
        QString error;
        const QByteArray xml = GraphMlDataset::serialize(original);
        QVERIFY(xml.contains("<data key=\"kind\">song</data>"));
        QVERIFY(xml.contains("<data key=\"type\">followedBy</data>"));
        const auto back = GraphMlDataset::parse(xml, QStringLiteral("g.graphml"), target, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->data.types, original.types);
        QCOMPARE(back->data.entities, original.entities);
        QCOMPARE(back->data.relationships, original.relationships);
    }

    // Apache TinkerPop's Grateful Dead graph (origin in data/tinkerpop/README.md): node types in
    // labelV, edge types in labelE. Counts from grep on the file.
    void tinkerpopTypes()
    {
        QString error;
        const auto in =
                GraphMlDataset::readFile(fixture("tinkerpop/grateful-dead.xml"), Dataset(), &error);
        QVERIFY2(in, qPrintable(error));
        QCOMPARE(in->data.entities.size(), 808);
        QCOMPARE(in->data.relationships.size(), 8049);
        QHash<QString, int> kinds;
        for (const Entity &e : in->data.entities)
            ++kinds[kindKey(e)];
        QCOMPARE(kinds.value(QStringLiteral("song")), 584);
        QCOMPARE(kinds.value(QStringLiteral("artist")), 224);
        QCOMPARE(kinds.size(), 2);
        QHash<QString, int> types;
        for (const Relationship &r : in->data.relationships)
            ++types[typeKey(r)];
        QCOMPARE(types.value(QStringLiteral("followedBy")), 7047);
        QCOMPARE(types.value(QStringLiteral("sungBy")), 501);
        QCOMPARE(types.value(QStringLiteral("writtenBy")), 501);
        const CustomTypes &defined = in->data.types;
        QCOMPARE(defined.kinds.size(), 2);
        QCOMPARE(defined.relationshipTypes.size(), 3);
        QSet<QString> looks;
        for (const CustomType &t : defined.kinds) {
            QVERIFY(!t.key.isEmpty());
            looks.insert(t.color + t.shape);
        }
        QCOMPARE(looks.size(), 2);
        looks.clear();
        for (const CustomType &t : defined.relationshipTypes) {
            QVERIFY(t.directed); // edgedefault="directed"
            looks.insert(t.color + t.shape);
        }
        QCOMPARE(looks.size(), 3);
        // The type is no longer an attribute; the other values are.
        const Entity &first = in->data.entities.first();
        QCOMPARE(first.name.en, QStringLiteral("HEY BO DIDDLEY"));
        QVERIFY(!first.attributes.find(QStringLiteral("labelV")));
        QCOMPARE(first.attributes.find(QStringLiteral("performances"))->numberValue(), 5.0);
        // Merged into empty data, the result is a valid dataset.
        const ImportPlan plan = ImportPlan::compute(Dataset(), *in, DuplicatePolicy::Skip);
        QVERIFY2(plan.isValid(), qPrintable(plan.error()));
        QCOMPARE(plan.merged().types, defined);
        QCOMPARE(plan.changes().types, defined); // what Repository::merge stores
        const DataEdit edit = plan.toEdit(Dataset());
        QVERIFY(edit.types);
        QCOMPARE(edit.types->second, defined);
    }

    void syntheticRoundTrip()
    {
        const Dataset original =
                makeSyntheticDataset({ 5, 60, 0, 200, QDate(2020, 1, 1), QDate(2024, 12, 31) });
        Dataset target = original;
        target.entities.clear();
        target.relationships.clear();
        QString error;
        const auto back = GraphMlDataset::parse(GraphMlDataset::serialize(original),
                                                QStringLiteral("g.graphml"), target, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->data.entities, original.entities);
        QCOMPARE(back->data.relationships, original.relationships);
    }

    // The rules of the GraphML schema (graphml.xsd with the attributes extension) that a writer
    // can break: element order, declared keys of the right domain, name tokens, known types,
    // unique node ids, edges between declared nodes.
    void followsTheGraphMlSchema()
    {
        const QByteArray xml = GraphMlDataset::serialize(builtin());
        QXmlStreamReader r(xml);
        QVERIFY(r.readNextStartElement());
        QCOMPARE(r.name(), QLatin1String("graphml"));
        QCOMPARE(r.namespaceUri(), QLatin1String("http://graphml.graphdrawing.org/xmlns"));
        static const QRegularExpression nmtoken(QStringLiteral(R"(^[\w.:-]+$)"));
        static const QStringList types{ "boolean", "int", "long", "float", "double", "string" };
        QHash<QString, QString> keyDomain;
        QSet<QString> nodes;
        QList<QPair<QString, QString>> edges;
        bool graphSeen = false;
        QString domain;
        while (!r.atEnd()) {
            r.readNext();
            if (!r.isStartElement())
                continue;
            QCOMPARE(r.namespaceUri(), QLatin1String("http://graphml.graphdrawing.org/xmlns"));
            const auto a = r.attributes();
            if (r.name() == QLatin1String("key")) {
                QVERIFY2(!graphSeen, "keys come before the graph");
                const QString id = a.value(QLatin1String("id")).toString();
                QVERIFY(nmtoken.match(id).hasMatch());
                QVERIFY(nmtoken.match(a.value(QLatin1String("attr.name")).toString()).hasMatch());
                QVERIFY(types.contains(a.value(QLatin1String("attr.type")).toString()));
                const QString forValue = a.value(QLatin1String("for")).toString();
                QVERIFY(forValue == QLatin1String("node") || forValue == QLatin1String("edge"));
                QVERIFY2(!keyDomain.contains(id), qPrintable(id));
                keyDomain.insert(id, forValue);
            } else if (r.name() == QLatin1String("graph")) {
                graphSeen = true;
                const QString def = a.value(QLatin1String("edgedefault")).toString();
                QVERIFY(def == QLatin1String("directed") || def == QLatin1String("undirected"));
            } else if (r.name() == QLatin1String("node")) {
                const QString id = a.value(QLatin1String("id")).toString();
                QVERIFY(nmtoken.match(id).hasMatch());
                QVERIFY2(!nodes.contains(id), qPrintable(id));
                nodes.insert(id);
                domain = QStringLiteral("node");
            } else if (r.name() == QLatin1String("edge")) {
                edges.append({ a.value(QLatin1String("source")).toString(),
                               a.value(QLatin1String("target")).toString() });
                domain = QStringLiteral("edge");
            } else if (r.name() == QLatin1String("data")) {
                const QString key = a.value(QLatin1String("key")).toString();
                QVERIFY2(keyDomain.contains(key), qPrintable(key));
                QCOMPARE(keyDomain.value(key), domain);
            } else {
                QFAIL(qPrintable(QStringLiteral("unexpected element %1").arg(r.name())));
            }
        }
        QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
        QCOMPARE(nodes.size(), builtin().entities.size());
        QCOMPARE(edges.size(), builtin().relationships.size());
        for (const auto &[from, to] : edges) {
            QVERIFY(nodes.contains(from));
            QVERIFY(nodes.contains(to));
        }
    }

    void networkxReadsTheExport()
    {
        const Dataset data = builtin();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("atlas.graphml"));
        QString error;
        QVERIFY2(GraphMlDataset::writeFile(data, path, &error), qPrintable(error));
        const auto result = networkx(QStringLiteral(R"(
import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
                  "kt_ko": g.nodes["kt"].get("name_ko"), "kt_label": g.nodes["kt"].get("label"),
                  "directed": g.is_directed()}))
)"),
                                     path);
        if (!result)
            QSKIP("python3 with networkx (Debian's python3-networkx) is not installed");
        QCOMPARE(result->value(QLatin1String("nodes")).toInt(), int(data.entities.size()));
        QCOMPARE(result->value(QLatin1String("edges")).toInt(), int(data.relationships.size()));
        QCOMPARE(result->value(QLatin1String("kt_ko")).toString(), QStringLiteral("케이티"));
        QCOMPARE(result->value(QLatin1String("kt_label")).toString(), QStringLiteral("KT"));
        QVERIFY(result->value(QLatin1String("directed")).toBool());
    }

    void yedFile()
    {
        const Dataset current = builtin();
        QString error;
        const auto in = GraphMlDataset::readFile(fixture("yed-small.graphml"), current, &error);
        QVERIFY2(in, qPrintable(error));
        // "KT" is the built-in KT: joined, not copied.
        QCOMPARE(in->matchedNames.value(QStringLiteral("KT")), QStringLiteral("kt"));
        QCOMPARE(in->data.entities.size(), 2);
        const Entity &upstage = in->data.entities.at(0);
        QCOMPARE(upstage.id, QStringLiteral("upstage"));
        QCOMPARE(upstage.name.en, QStringLiteral("Upstage"));
        QCOMPARE(upstage.description.en,
                 QStringLiteral("Korean maker of the Solar language models"));
        QCOMPARE(upstage.attributes.find(QStringLiteral("url"))->textValue(),
                 QStringLiteral("https://www.upstage.ai"));
        const Entity &kakao = in->data.entities.at(1);
        QCOMPARE(kakao.name.ko, QStringLiteral("카카오"));
        QVERIFY(kakao.name.en.isEmpty());
        QCOMPARE(in->newEntityIds, (QStringList{ upstage.id, kakao.id }));

        QCOMPARE(in->data.relationships.size(), 2);
        const Relationship &first = in->data.relationships.at(0);
        QCOMPARE(first.fromId, QStringLiteral("kt"));
        QCOMPARE(first.toId, QStringLiteral("upstage"));
        QCOMPARE(first.type, RelationshipType::Partner);
        QCOMPARE(first.attributes.find(QStringLiteral("label"))->textValue(),
                 QStringLiteral("invests"));
        QCOMPARE(in->data.relationships.at(1).toId, kakao.id);

        const ImportPlan plan = ImportPlan::compute(current, *in, DuplicatePolicy::Skip);
        QVERIFY2(plan.isValid(), qPrintable(plan.error()));
        QCOMPARE(plan.merged().entities.size(), current.entities.size() + 2);
        QCOMPARE(plan.merged().relationships.size(), current.relationships.size() + 2);
    }

    void gephiFile()
    {
        const Dataset current = builtin();
        QString error;
        const auto in = GraphMlDataset::readFile(fixture("gephi-small.graphml"), current, &error);
        QVERIFY2(in, qPrintable(error));
        QCOMPARE(in->matchedNames.value(QStringLiteral("SK Telecom")),
                 QStringLiteral("sk-telecom"));
        QCOMPARE(in->data.entities.size(), 2);
        QCOMPARE(in->data.entities.at(0).id, QStringLiteral("anthropic"));
        QCOMPARE(in->data.entities.at(1).name.en, QStringLiteral("Lambda"));
        const Attributes &anthropic = in->data.entities.at(0).attributes;
        // Typed as the keys declare them, in the order the keys are declared.
        QCOMPARE(anthropic.find(QStringLiteral("Modularity Class"))->type, AttributeType::Number);
        QCOMPARE(anthropic.find(QStringLiteral("Modularity Class"))->numberValue(), 1.0);
        QCOMPARE(anthropic.find(QStringLiteral("x"))->numberValue(), 80.0);
        QCOMPARE(anthropic.find(QStringLiteral("g"))->toText(), QStringLiteral("192"));
        QStringList names;
        for (const Attribute &a : anthropic)
            names << a.name;
        QCOMPARE(names, (QStringList{ "Modularity Class", "r", "g", "b", "x", "y", "size" }));
        // SK Telecom joined the data's entity: its attributes are not kept, and the notes say so.
        QVERIFY2(in->notes.join(QLatin1Char('\n')).contains(QLatin1String("1 node(s)")),
                 qPrintable(in->notes.join(QLatin1Char('\n'))));
        QCOMPARE(in->data.relationships.size(), 2);
        QCOMPARE(in->data.relationships.at(0).fromId, QStringLiteral("sk-telecom"));
        QCOMPARE(in->data.relationships.at(0)
                         .attributes.find(QStringLiteral("Edge Label"))
                         ->textValue(),
                 QStringLiteral("investment"));
        const Attributes &edge = in->data.relationships.at(1).attributes;
        QCOMPARE(edge.find(QStringLiteral("weight"))->numberValue(), 2.5);

        const ImportPlan plan = ImportPlan::compute(current, *in, DuplicatePolicy::Skip);
        QVERIFY2(plan.isValid(), qPrintable(plan.error()));
    }

    // Attributes an import kept travel back out on export, with their types, as networkx sees.
    void importedAttributesAreWrittenBack()
    {
        const Dataset current = builtin();
        QString error;
        const auto in = GraphMlDataset::readFile(fixture("gephi-small.graphml"), current, &error);
        QVERIFY2(in, qPrintable(error));
        const ImportPlan plan = ImportPlan::compute(current, *in, DuplicatePolicy::Skip);
        QVERIFY2(plan.isValid(), qPrintable(plan.error()));
        const QByteArray xml = GraphMlDataset::serialize(plan.merged());
        QVERIFY(xml.contains(R"(attr.name="Modularity Class" attr.type="long")"));

        Dataset target = plan.merged();
        target.entities.clear();
        target.relationships.clear();
        const auto again =
                GraphMlDataset::parse(xml, QStringLiteral("again.graphml"), target, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->data.entities, plan.merged().entities);
        QCOMPARE(again->data.relationships, plan.merged().relationships);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("extra.graphml"));
        QVERIFY(GraphMlDataset::writeFile(plan.merged(), path, &error));
        const auto result = networkx(QStringLiteral(R"(
import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
print(json.dumps({"size": g.nodes["anthropic"].get("size"), "weight": max(d.get("weight", 0) for *_, d in g.edges(data=True))}))
)"),
                                     path);
        if (!result)
            QSKIP("python3 with networkx (Debian's python3-networkx) is not installed");
        QCOMPARE(result->value(QLatin1String("size")).toDouble(), 6.0);
        QCOMPARE(result->value(QLatin1String("weight")).toDouble(), 2.5);
    }

    // Every type leaves as a typed key and comes back as it was; networkx reads them typed.
    void attributesRoundTrip()
    {
        const Dataset original = attributetest::withAttributes(builtin());
        Dataset target = original;
        target.entities.clear();
        target.relationships.clear();
        const QByteArray xml = GraphMlDataset::serialize(original);
        QVERIFY(xml.contains(R"(attr.name="performances" attr.type="long")"));
        QVERIFY(xml.contains(R"(attr.name="share" attr.type="double")"));
        QVERIFY(xml.contains(R"(attr.name="listed" attr.type="boolean")"));
        QString error;
        const auto back = GraphMlDataset::parse(xml, QStringLiteral("g.graphml"), target, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->data.entities, original.entities);
        QCOMPARE(back->data.relationships, original.relationships);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("attributes.graphml"));
        QVERIFY(GraphMlDataset::writeFile(original, path, &error));
        const auto result = networkx(QStringLiteral(R"(
import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
n = g.nodes["%1"]
e = [d for *_, d in g.edges(data=True) if d.get("signed")][0]
print(json.dumps({"performances": n.get("performances"), "share": n.get("share"),
                  "listed": n.get("listed"), "played": n.get("first played"),
                  "note": n.get("비고"), "confirmed": e.get("confirmed"), "weight": e.get("weight")}))
)")
                                             .arg(original.entities.first().id),
                                     path);
        if (!result)
            QSKIP("python3 with networkx (Debian's python3-networkx) is not installed");
        QCOMPARE(result->value(QLatin1String("performances")), QJsonValue(118));
        QCOMPARE(result->value(QLatin1String("share")), QJsonValue(0.125));
        QCOMPARE(result->value(QLatin1String("listed")), QJsonValue(true));
        QCOMPARE(result->value(QLatin1String("played")), QJsonValue(QStringLiteral("1969-02-27")));
        QCOMPARE(result->value(QLatin1String("note")).toString(),
                 QStringLiteral("따옴표 \" 와, 쉼표"));
        QCOMPARE(result->value(QLatin1String("confirmed")), QJsonValue(true));
        QCOMPARE(result->value(QLatin1String("weight")), QJsonValue(2.5));
    }

    void networkxFile()
    {
        // networkx names its keys d0, d1... and often uses names as node ids.
        QString error;
        const auto in =
                GraphMlDataset::readFile(fixture("networkx-small.graphml"), builtin(), &error);
        QVERIFY2(in, qPrintable(error));
        QCOMPARE(in->data.entities.size(), 2);
        QCOMPARE(in->data.entities.at(0).id, QStringLiteral("naver"));
        QCOMPARE(in->data.entities.at(1).id, QStringLiteral("hyperclova-x"));
        QCOMPARE(in->data.entities.at(1).name.en, QStringLiteral("HyperCLOVA X"));
        QCOMPARE(in->data.entities.at(1).kind, EntityKind::AiModel);
        QCOMPARE(in->data.relationships.at(0).type, RelationshipType::Makes);
        QCOMPARE(in->data.relationships.at(0).attributes.find(QStringLiteral("since"))->toText(),
                 QStringLiteral("2023"));
    }

    // A relationship type the import defines takes its direction from the file: the edge's
    // directed attribute, else the graph's edgedefault.
    void directionOfNewTypes_data()
    {
        QTest::addColumn<QByteArray>("edgedefault");
        QTest::addColumn<QByteArray>("edgeDirected");
        QTest::addColumn<bool>("directed");
        QTest::newRow("graph undirected") << QByteArray("undirected") << QByteArray() << false;
        QTest::newRow("graph directed") << QByteArray("directed") << QByteArray() << true;
        QTest::newRow("edge directed in an undirected graph")
                << QByteArray("undirected") << QByteArray("true") << true;
        QTest::newRow("edge undirected in a directed graph")
                << QByteArray("directed") << QByteArray("false") << false;
    }
    void directionOfNewTypes()
    {
        QFETCH(QByteArray, edgedefault);
        QFETCH(QByteArray, edgeDirected);
        QFETCH(bool, directed);
        const QByteArray edgeAttribute =
                edgeDirected.isEmpty() ? QByteArray() : " directed=\"" + edgeDirected + '"';
        const QByteArray xml =
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                "<key id=\"t\" for=\"edge\" attr.name=\"type\" attr.type=\"string\"/>\n"
                "<graph edgedefault=\""
                + edgedefault
                + "\">\n<node id=\"a\"/><node id=\"b\"/>\n"
                  "<edge source=\"a\" target=\"b\""
                + edgeAttribute + "><data key=\"t\">mentors</data></edge>\n</graph>\n</graphml>\n";
        QString error;
        const auto in = GraphMlDataset::parse(xml, QStringLiteral("d.graphml"), Dataset(), &error);
        QVERIFY2(in, qPrintable(error));
        const CustomType *t = in->data.types.relationshipType(QStringLiteral("mentors"));
        QVERIFY(t);
        QCOMPARE(t->directed, directed);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QStringList>("mustMention");
        const QByteArray head =
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                "<key id=\"k\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n"
                "<key id=\"d\" for=\"edge\" attr.name=\"validFrom\" attr.type=\"string\"/>\n"
                "<graph edgedefault=\"undirected\">\n";
        const QByteArray tail = "</graph>\n</graphml>\n";
        QTest::newRow("truncated XML")
                << head + "<node id=\"a\"/>\n<node id=\"b\">\n"
                << QStringList{ "bad.graphml: line 8, column", "Premature end of document" };
        QTest::newRow("mismatched tag") << head + "<node id=\"a\"></edge>\n"
                        + tail << QStringList{ "bad.graphml: line 6, column 21", "mismatch" };
        QTest::newRow("invalid UTF-8")
                << head + "<node id=\"a\"><data key=\"k\">caf\xC3\x28</data></node>\n" + tail
                << QStringList{ "bad.graphml: line 6", "UTF-8" };
        QTest::newRow("not GraphML") << QByteArray("<?xml version=\"1.0\"?>\n<gexf/>\n")
                                     << QStringList{ "bad.graphml: line 2", "<gexf>", "GraphML" };
        QTest::newRow("empty file") << QByteArray() << QStringList{ "bad.graphml", "empty" };
        QTest::newRow("duplicate node ids")
                << head + "<node id=\"a\"/>\n<node id=\"b\"/>\n<node id=\"a\"/>\n" + tail
                << QStringList{ "bad.graphml: line 8, element 'node' ('a'), field 'id'",
                                "more than once", "line 6" };
        QTest::newRow("duplicate edge ids")
                << head
                        + "<node id=\"a\"/><node id=\"b\"/>\n<edge id=\"ab\" source=\"a\" "
                          "target=\"b\"/>\n"
                          "<edge id=\"ab\" source=\"b\" target=\"a\"/>\n"
                        + tail
                << QStringList{ "line 8, element 'edge' ('ab'), field 'id'", "line 7" };
        QTest::newRow("edge to unknown node")
                << head + "<node id=\"a\"/>\n<edge source=\"a\" target=\"zz\"/>\n" + tail
                << QStringList{ "bad.graphml: line 7, element 'edge', field 'target'", "'zz'" };
        QTest::newRow("edge without target")
                << head + "<node id=\"a\"/>\n<edge source=\"a\"/>\n" + tail
                << QStringList{ "line 7, element 'edge', field 'target'", "missing" };
        QTest::newRow("spells that are not intervals")
                << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                   "<key id=\"s\" for=\"edge\" attr.name=\"spells\" attr.type=\"string\"/>\n"
                   "<graph edgedefault=\"undirected\">\n"
                   "<node id=\"a\"/><node id=\"b\"/>\n"
                   "<edge id=\"ab\" source=\"a\" target=\"b\"><data key=\"s\">2020/2020; "
                   "soon/</data></edge>\n"
                        + tail
                << QStringList{ "bad.graphml: line 6, element 'edge' ('ab'), field 'spells'",
                                "soon/" };
        QTest::newRow("node without id")
                << head + "<node/>\n" + tail << QStringList{ "line 6, element 'node', field 'id'" };
        QTest::newRow("kind that cannot be a key")
                << head + "<node id=\"a\"><data key=\"k\">" + QByteArray(65, 'x')
                        + "</data></node>\n" + tail
                << QStringList{ "line 6, element 'node' ('a'), field 'kind'", "cannot name a kind",
                                "64 characters" };
        QTest::newRow("bad date") << head
                        + "<node id=\"a\"/><node id=\"b\"/>\n<edge source=\"a\" target=\"b\"><data "
                          "key=\"d\">2024-13</data></edge>\n"
                        + tail
                                  << QStringList{ "line 7, element 'edge', field 'validFrom'",
                                                  "'2024-13'" };
        QTest::newRow("self loop") << head + "<node id=\"a\"/>\n<edge source=\"a\" target=\"a\"/>\n"
                        + tail << QStringList{ "line 7, element 'edge', field 'target'", "itself" };
        QTest::newRow("hyperedge") << head + "<node id=\"a\"/>\n<hyperedge/>\n" + tail
                                   << QStringList{ "line 7", "hyperedge" };
        // Issue 17: hostile sizes end in a message, not a stack overflow or a giant record.
        QByteArray nested;
        for (int i = 0; i < 100000; ++i)
            nested += "<node id=\"n" + QByteArray::number(i) + "\"><graph>";
        QTest::newRow("groups nested 100,000 deep")
                << head + nested << QStringList{ "bad.graphml", "nested more than 64 deep" };
        QTest::newRow("5,000,000-character attribute")
                << head + "<node id=\"a\"><data key=\"k\">" + QByteArray(5000000, 'x')
                        + "</data></node>\n" + tail
                << QStringList{ "line 6, element 'node' ('a'), field 'kind'", "5000000", "10000" };
    }
    void malformed()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QStringList, mustMention);
        QString error;
        const auto d = GraphMlDataset::parse(xml, QStringLiteral("bad.graphml"), builtin(), &error);
        QVERIFY(!d);
        for (const auto &word : mustMention)
            QVERIFY2(error.contains(word),
                     qPrintable(QStringLiteral("'%1' not in: %2").arg(word, error)));
    }

    void progressAndCancel()
    {
        const Dataset data =
                makeSyntheticDataset({ 9, 3000, 0, 6000, QDate(2020, 1, 1), QDate(2024, 12, 31) });
        const QByteArray xml = GraphMlDataset::serialize(data);
        Dataset target = data;
        target.entities.clear();
        target.relationships.clear();
        QList<qint64> seen;
        QString error;
        const auto all = GraphMlDataset::parse(xml, QStringLiteral("big.graphml"), target, &error,
                                               [&](qint64 done, qint64 total) {
                                                   seen << done;
                                                   return total == xml.size();
                                               });
        QVERIFY2(all, qPrintable(error));
        QCOMPARE(all->data.relationships.size(), data.relationships.size());
        QVERIFY(seen.size() > 2);
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
        QCOMPARE(seen.last(), qint64(xml.size()));

        const auto cancelled = GraphMlDataset::parse(xml, QStringLiteral("big.graphml"), target,
                                                     &error, [&](qint64, qint64) { return false; });
        QVERIFY(!cancelled);
        QCOMPARE(error, ImportMessages::cancelled());
    }
};

QTEST_GUILESS_MAIN(TestGraphMlDataset)
#include "tst_graphmldataset.moc"
