// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/builtindataset.h"
#include "io/gexfdataset.h"
#include "io/graphmldataset.h"
#include "io/importplan.h"
#include "attributedata.h"
#include "customtypedata.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
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

QString fixture(const QString &name)
{
    return QStringLiteral(ATLAS_TEST_DATA_DIR "/gexf/") + name;
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

// A small GEXF document around the given graph content.
QByteArray gexf(const QByteArray &graphAttributes, const QByteArray &content)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\" "
           "version=\"1.3\">\n<graph "
            + graphAttributes + ">\n" + content + "</graph>\n</gexf>\n";
}

const Relationship *relationshipBetween(const Dataset &d, const QString &from, const QString &to)
{
    for (const auto &r : d.relationships) {
        if ((r.fromId == from && r.toId == to) || (r.fromId == to && r.toId == from))
            return &r;
    }
    return nullptr;
}

bool notesMention(const ImportedData &in, const QString &text)
{
    for (const QString &n : in.notes) {
        if (n.contains(text))
            return true;
    }
    return false;
}

} // namespace

class TestGexfDataset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Real files from Gephi's and gexf4j's repositories (origins in data/gexf/README.md). The
    // expected counts were taken independently of this reader with Python's ElementTree:
    //   python3 -c 'import sys,xml.etree.ElementTree as E; r=E.parse(sys.argv[1]).getroot();
    //     n=r.tag[1:].split("}")[0]; e=r.findall(".//{%s}edges/{%s}edge"%(n,n));
    //     print(len(r.findall(".//{%s}nodes/{%s}node"%(n,n))), len(e),
    //           sum(x.get("source")==x.get("target") for x in e))' FILE
    // (nodes, edges, edges from a node to itself: those are not relationships).
    void realFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("version");
        QTest::addColumn<int>("nodes");
        QTest::addColumn<int>("edges");
        QTest::addColumn<int>("selfLoops");
        QTest::addColumn<QString>("note");
        // An attribute of the first node, as "name=canonical value" (empty: none checked).
        QTest::addColumn<QString>("attribute");
        QTest::newRow("Gephi: Les Miserables (1.3, viz)") << "gephi-les-miserables.gexf"
                                                          << "1.3" << 77 << 254 << 0 << "weight"
                                                          << "Modularity Class=0";
        QTest::newRow("Gephi: US Airports (1.3)") << "gephi-us-airports.gexf"
                                                  << "1.3" << 235 << 1297 << 0 << ""
                                                  << "latitude=34.729444";
        QTest::newRow("Gephi: data (1.2, attribute default)") << "gephi-data.gexf"
                                                              << "1.2" << 1 << 1 << 1 << "to itself"
                                                              << "valid=true";
        QTest::newRow("Gephi: timezone (1.3, dateTime)") << "gephi-timezone.gexf"
                                                         << "1.3" << 2 << 1 << 0 << "have times"
                                                         << "";
        QTest::newRow("Gephi: dynamic edge weight (1.3, double)")
                << "gephi-dynamicedgeweight.gexf"
                << "1.3" << 2 << 1 << 0 << "change over time"
                << "";
        QTest::newRow("gexf4j: dynamic (1.2, spells)") << "gexf4j-dynamic.gexf"
                                                       << "1.2" << 5 << 6 << 0 << "have times"
                                                       << "";
    }
    void realFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, version);
        QFETCH(int, nodes);
        QFETCH(int, edges);
        QFETCH(int, selfLoops);
        QFETCH(QString, note);
        QFETCH(QString, attribute);
        QFile f(fixture(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.contains(QByteArray("version=\"") + version.toLatin1() + '"'));
        QString error;
        const auto in = GexfDataset::parse(bytes, file, Dataset(), &error);
        QVERIFY2(in, qPrintable(error));
        QCOMPARE(int(in->format), int(ImportedData::Format::Gexf));
        QCOMPARE(in->data.entities.size(), nodes);
        QCOMPARE(in->data.relationships.size(), edges - selfLoops);
        // No note: nothing left out (the viz of nodes is kept).
        QVERIFY2(note.isEmpty() ? in->notes.isEmpty() : notesMention(*in, note),
                 qPrintable(in->notes.join(QLatin1Char('\n'))));
        if (!attribute.isEmpty()) {
            const Attribute *a =
                    in->data.entities.first().attributes.find(attribute.section(u'=', 0, 0));
            QVERIFY2(a, qPrintable(attribute));
            QCOMPARE(a->toText(), attribute.section(u'=', 1));
        }
        // All of it merges into an empty database and passes the Validator.
        const ImportPlan plan = ImportPlan::compute(Dataset(), *in, DuplicatePolicy::Skip);
        QVERIFY2(plan.isValid(), qPrintable(plan.error()));
        QCOMPARE(plan.merged().entities.size(), nodes);
    }

    // A node's viz: the position for the graph (y turned downwards), colour and size as the
    // entity's attributes; nothing of it is reported as left out.
    void vizOfNodesIsKept()
    {
        QString error;
        const auto in = GexfDataset::readFile(fixture(QStringLiteral("gephi-les-miserables.gexf")),
                                              Dataset(), &error);
        QVERIFY2(in, qPrintable(error));
        QCOMPARE(in->positions.size(), 77);
        const Entity &myriel = in->data.entities.first();
        QCOMPARE(myriel.name.en, QStringLiteral("Myriel"));
        QCOMPARE(in->positions.value(myriel.id), QPointF(-102.81979, 185.35468));
        const Attribute *color = myriel.attributes.find(GexfDataset::vizColorAttribute());
        const Attribute *size = myriel.attributes.find(GexfDataset::vizSizeAttribute());
        QVERIFY(color && size);
        QCOMPARE(color->textValue(), QStringLiteral("#5b5bf5"));
        QCOMPARE(size->numberValue(), 28.685715);
        QVERIFY2(!notesMention(*in, QStringLiteral("viz")),
                 qPrintable(in->notes.join(QLatin1Char('\n'))));
        // The plan gives the positions by the ids the entities get.
        const ImportPlan plan = ImportPlan::compute(Dataset(), *in, DuplicatePolicy::Skip);
        QCOMPARE(plan.positions(*in).size(), 77);
        QCOMPARE(plan.positions(*in).value(myriel.id), QPointF(-102.81979, 185.35468));
    }

    // GEXF 1.3's hex colour; an edge's viz and a node's shape are counted as not kept.
    void vizHexColourAndLeftOut()
    {
        const QByteArray doc =
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\" "
                "xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n<graph>"
                "<nodes><node id=\"a\" label=\"A\"><viz:color hex=\"#FF8800\"/>"
                "<viz:shape value=\"square\"/></node><node id=\"b\" label=\"B\"/></nodes>"
                "<edges><edge id=\"e\" source=\"a\" target=\"b\"><viz:thickness value=\"2\"/>"
                "</edge></edges></graph></gexf>\n";
        QString error;
        const auto in = GexfDataset::parse(doc, QStringLiteral("hex.gexf"), Dataset(), &error);
        QVERIFY2(in, qPrintable(error));
        QVERIFY(in->positions.isEmpty());
        const Attribute *color =
                in->data.entities.first().attributes.find(GexfDataset::vizColorAttribute());
        QVERIFY(color);
        QCOMPARE(color->textValue(), QStringLiteral("#ff8800"));
        QVERIFY2(notesMention(*in, QStringLiteral("2 node(s) and edge(s)")),
                 qPrintable(in->notes.join(QLatin1Char('\n'))));
    }

    // A relationship type the import defines takes its direction from the file: the edge's own
    // type (directed, undirected, mutual: both ways, so not directed), else defaultedgetype.
    void directionOfNewTypes_data()
    {
        QTest::addColumn<QByteArray>("graph");
        QTest::addColumn<QByteArray>("edgeType");
        QTest::addColumn<bool>("directed");
        QTest::newRow("graph undirected")
                << QByteArray("defaultedgetype=\"undirected\"") << QByteArray() << false;
        QTest::newRow("graph directed")
                << QByteArray("defaultedgetype=\"directed\"") << QByteArray() << true;
        QTest::newRow("graph default (directed)") << QByteArray() << QByteArray() << true;
        QTest::newRow("edge directed in an undirected graph")
                << QByteArray("defaultedgetype=\"undirected\"") << QByteArray("directed") << true;
        QTest::newRow("edge undirected in a directed graph")
                << QByteArray("defaultedgetype=\"directed\"") << QByteArray("undirected") << false;
        QTest::newRow("edge mutual") << QByteArray() << QByteArray("mutual") << false;
    }
    void directionOfNewTypes()
    {
        QFETCH(QByteArray, graph);
        QFETCH(QByteArray, edgeType);
        QFETCH(bool, directed);
        const QByteArray type = edgeType.isEmpty() ? QByteArray() : " type=\"" + edgeType + '"';
        const QByteArray doc =
                gexf(graph,
                     "<nodes><node id=\"a\" label=\"A\"/><node id=\"b\" label=\"B\"/></nodes>"
                     "<edges><edge id=\"e\" source=\"a\" target=\"b\" kind=\"mentors\""
                             + type + "/></edges>\n");
        QString error;
        const auto in = GexfDataset::parse(doc, QStringLiteral("d.gexf"), Dataset(), &error);
        QVERIFY2(in, qPrintable(error));
        const CustomType *t = in->data.types.relationshipType(QStringLiteral("mentors"));
        QVERIFY(t);
        QCOMPARE(t->directed, directed);
    }

    void lesMiserablesNames()
    {
        QString error;
        const auto in = GexfDataset::readFile(fixture(QStringLiteral("gephi-les-miserables.gexf")),
                                              Dataset(), &error);
        QVERIFY2(in, qPrintable(error));
        QStringList names;
        for (const auto &e : in->data.entities)
            names << e.name.en;
        QVERIFY(names.contains(QLatin1String("Myriel"))
                && names.contains(QLatin1String("Valjean")));
        QVERIFY2(notesMention(*in, QStringLiteral("weight")),
                 qPrintable(in->notes.join(QLatin1Char('\n'))));
        // Every node keeps its integer attribute, typed as a number.
        for (const auto &e : in->data.entities) {
            const Attribute *a = e.attributes.find(QStringLiteral("Modularity Class"));
            QVERIFY2(a && a->type == AttributeType::Number && a->isIntegral(), qPrintable(e.id));
        }
    }

    // gexf4j's file: GEXF 1.2, dateTime with a "+0200" offset, spells, startopen.
    void dynamicFileKeepsItsDates()
    {
        QString error;
        const auto in = GexfDataset::readFile(fixture(QStringLiteral("gexf4j-dynamic.gexf")),
                                              Dataset(), &error);
        QVERIFY2(in, qPrintable(error));
        QHash<QString, QString> idOf; // node label -> entity id
        for (const auto &e : in->data.entities)
            idOf.insert(e.name.en, e.id);
        const Relationship *gephiWebatlas =
                relationshipBetween(in->data, idOf.value("Gephi"), idOf.value("Webatlas"));
        QVERIFY(gephiWebatlas);
        QCOMPARE(gephiWebatlas->validFrom, PartialDate::day(2012, 4, 28));
        QCOMPARE(gephiWebatlas->validUntil, PartialDate::day(2012, 4, 28));
        const Relationship *rtgiWebatlas =
                relationshipBetween(in->data, idOf.value("RTGI"), idOf.value("Webatlas"));
        QVERIFY(rtgiWebatlas);
        QCOMPARE(rtgiWebatlas->validFrom, PartialDate::day(2012, 5, 1)); // startopen
        QCOMPARE(rtgiWebatlas->validUntil, PartialDate::day(2012, 5, 5));
        const Relationship *undated =
                relationshipBetween(in->data, idOf.value("FooBar"), idOf.value("BarabasiLab"));
        QVERIFY(undated);
        QVERIFY(!undated->validFrom.isValid() && !undated->validUntil.isValid());
        // Three nodes have spells; entities have no dates, which the notes say.
        QVERIFY2(notesMention(*in, QStringLiteral("3 node")),
                 qPrintable(in->notes.join(QLatin1Char('\n'))));
        // The node attributes arrive typed: url as text, indegree a number, frog (default true).
        const Entity *gephi = in->data.entity(idOf.value("Gephi"));
        QVERIFY(gephi);
        QCOMPARE(gephi->attributes.find(QStringLiteral("url"))->textValue(),
                 QStringLiteral("http://gephi.org"));
        QCOMPARE(gephi->attributes.find(QStringLiteral("indegree"))->type, AttributeType::Number);
        QCOMPARE(gephi->attributes.find(QStringLiteral("frog"))->toText(), QStringLiteral("true"));
        QVERIFY(!notesMention(*in, QStringLiteral("not kept (nodes with a value)")));
    }

    // Several spells of an edge stay several intervals: the relationship is absent between them.
    void spellsAreKept()
    {
        const QByteArray xml = gexf(
                "mode=\"dynamic\" timeformat=\"date\"",
                "<nodes><node id=\"a\" label=\"Alpha\"/><node id=\"b\" label=\"Beta\"/></nodes>\n"
                "<edges><edge id=\"x\" source=\"a\" target=\"b\"><spells>\n"
                "<spell start=\"2021-03-01\" end=\"2021-06-30\"/>\n"
                "<spell start=\"2019-01-15\" end=\"2019-02-01\"/>\n"
                "<spell start=\"2023-10-01\" end=\"2024-01-31\"/>\n"
                "</spells></edge></edges>\n");
        QString error;
        const auto in = GexfDataset::parse(xml, QStringLiteral("spells.gexf"), Dataset(), &error);
        QVERIFY2(in, qPrintable(error));
        QCOMPARE(in->data.relationships.size(), 1);
        const Relationship &r = in->data.relationships.first();
        QCOMPARE(r.validFrom, PartialDate::day(2019, 1, 15));
        QCOMPARE(r.validUntil, PartialDate::day(2024, 1, 31));
        QCOMPARE(r.spells.size(), 3);
        QCOMPARE(r.spells.at(0),
                 (Spell{ PartialDate::day(2021, 3, 1), PartialDate::day(2021, 6, 30) }));
        QVERIFY(!r.isValidWithin(QDate(2022, 1, 1), QDate(2022, 12, 31)));
        QVERIFY(r.isValidWithin(QDate(2021, 5, 1), QDate(2021, 5, 2)));
        QVERIFY2(!notesMention(*in, QStringLiteral("one span")),
                 qPrintable(in->notes.join(QLatin1Char('\n'))));
        // A spell without an end leaves the envelope open; startopen and endopen are bounds too.
        QByteArray open = xml;
        open.replace("<spell start=\"2023-10-01\" end=\"2024-01-31\"/>",
                     "<spell start=\"2023-10-01\"/>");
        open.replace("<spell start=\"2019-01-15\" end=\"2019-02-01\"/>",
                     "<spell startopen=\"2019-01-15\" endopen=\"2019-02-01\"/>");
        const auto openIn =
                GexfDataset::parse(open, QStringLiteral("open.gexf"), Dataset(), &error);
        QVERIFY2(openIn, qPrintable(error));
        const Relationship &o = openIn->data.relationships.first();
        QVERIFY(!o.validUntil.isValid());
        QCOMPARE(o.spells.at(1),
                 (Spell{ PartialDate::day(2019, 1, 15), PartialDate::day(2019, 2, 1) }));
        QCOMPARE(o.spells.at(2), (Spell{ PartialDate::day(2023, 10, 1), PartialDate() }));
    }

    // Written as <spells> in GEXF 1.2 and 1.3, read back with every bound at its precision.
    void spellsRoundTrip_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("1.2") << int(GexfDataset::Version::Gexf12);
        QTest::newRow("1.3") << int(GexfDataset::Version::Gexf13);
    }
    void spellsRoundTrip()
    {
        QFETCH(int, version);
        QString error;
        const auto builtin = BuiltinDataset::load(&error);
        QVERIFY2(builtin, qPrintable(error));
        Dataset original = *builtin;
        Relationship &r = original.relationships.first();
        r.setIntervals({ { PartialDate::year(2020), PartialDate::month(2020, 11) },
                         { PartialDate::quarter(2023, 2), PartialDate() } });
        const QByteArray xml = GexfDataset::serialize(original, GexfDataset::Version(version));
        QVERIFY2(xml.contains("<spell start=\"2020-01-01\" end=\"2020-11-30\"/>"), xml.constData());
        QVERIFY(xml.contains("<spell start=\"2023-04-01\"/>"));
        const auto in = GexfDataset::parse(xml, QStringLiteral("out.gexf"), original, &error);
        QVERIFY2(in, qPrintable(error));
        QVERIFY2(in->notes.isEmpty(), qPrintable(in->notes.join(QLatin1Char('\n'))));
        QCOMPARE(in->data.relationships, original.relationships);
        const Relationship *back = in->data.relationship(r.id);
        QVERIFY(back);
        QCOMPARE(back->spells, r.spells);
        QCOMPARE(back->validFrom, r.validFrom);
        QVERIFY(!back->validUntil.isValid());
    }

    void timeFormats_data()
    {
        QTest::addColumn<QByteArray>("graph");
        QTest::addColumn<QByteArray>("edgeTimes");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("until");
        QTest::addColumn<QString>("note");
        QTest::newRow("date") << QByteArray("timeformat=\"date\"")
                              << QByteArray("start=\"2024-06-03\" end=\"2025-01-31\"")
                              << "2024-06-03"
                              << "2025-01-31"
                              << "";
        QTest::newRow("date, a month")
                << QByteArray("timeformat=\"date\"") << QByteArray("start=\"2024-06\"") << "2024-06"
                << ""
                << "";
        // The date as written in its own time zone: late evening in New York stays the 12th.
        QTest::newRow("dateTime with zones")
                << QByteArray("timeformat=\"dateTime\" timezone=\"America/Los_Angeles\"")
                << QByteArray(
                           "start=\"2012-01-12T23:30:00-05:00\" end=\"2012-02-01T00:10:00.000Z\"")
                << "2012-01-12"
                << "2012-02-01"
                << "";
        QTest::newRow("timestamp")
                << QByteArray("timeformat=\"date\" timerepresentation=\"timestamp\"")
                << QByteArray("timestamp=\"2020-02-29\"") << "2020-02-29"
                << "2020-02-29"
                << "";
        QTest::newRow("double: not dates") << QByteArray("timeformat=\"double\"")
                                           << QByteArray("start=\"2004.0\" end=\"2005\"") << ""
                                           << ""
                                           << "timeformat 'double'";
        QTest::newRow("no timeformat, numbers")
                << QByteArray() << QByteArray("start=\"1\" end=\"3.5\"") << ""
                << ""
                << "timeformat 'double'";
        QTest::newRow("no timeformat, dates")
                << QByteArray() << QByteArray("start=\"2001-01-01\"") << "2001-01-01"
                << ""
                << "";
    }
    void timeFormats()
    {
        QFETCH(QByteArray, graph);
        QFETCH(QByteArray, edgeTimes);
        QFETCH(QString, from);
        QFETCH(QString, until);
        QFETCH(QString, note);
        const QByteArray xml = gexf(
                "mode=\"dynamic\" " + graph,
                "<nodes><node id=\"a\" label=\"Alpha\"/><node id=\"b\" label=\"Beta\"/></nodes>\n"
                "<edges><edge source=\"a\" target=\"b\" "
                        + edgeTimes + "/></edges>\n");
        QString error;
        const auto in = GexfDataset::parse(xml, QStringLiteral("t.gexf"), Dataset(), &error);
        QVERIFY2(in, qPrintable(error));
        QCOMPARE(in->data.relationships.size(), 1);
        QCOMPARE(in->data.relationships.first().validFrom.toString(), from);
        QCOMPARE(in->data.relationships.first().validUntil.toString(), until);
        if (!note.isEmpty())
            QVERIFY2(notesMention(*in, note), qPrintable(in->notes.join(QLatin1Char('\n'))));
    }

    // The usual attribute names give the name, the kind and the type; English names of the
    // built-in kinds in any case; other values define kinds and types of their own, named in a
    // note.
    void usualNamesAreMapped()
    {
        const QByteArray xml = gexf(
                "defaultedgetype=\"directed\"",
                "<attributes class=\"node\"><attribute id=\"0\" title=\"labelV\" type=\"string\"/>"
                "<attribute id=\"1\" title=\"performances\" type=\"integer\"/></attributes>\n"
                "<attributes class=\"edge\"><attribute id=\"0\" title=\"labelE\" "
                "type=\"string\"/></attributes>\n"
                "<nodes>\n"
                "<node id=\"1\" label=\"Jerry Garcia\"><attvalues><attvalue for=\"0\" "
                "value=\"Person\"/></attvalues></node>\n"
                "<node id=\"2\" label=\"Dark Star\"><attvalues><attvalue for=\"0\" "
                "value=\"song\"/><attvalue for=\"1\" value=\"219\"/></attvalues></node>\n"
                "<node id=\"3\" label=\"Llama 3\"><attvalues><attvalue for=\"0\" "
                "value=\"AI_MODEL\"/></attvalues></node>\n"
                "<node id=\"4\" label=\"Meta\"/>\n"
                "</nodes>\n<edges>\n"
                "<edge source=\"4\" target=\"3\"><attvalues><attvalue for=\"0\" "
                "value=\"Makes\"/></attvalues></edge>\n"
                "<edge source=\"1\" target=\"2\"><attvalues><attvalue for=\"0\" "
                "value=\"sung_by\"/></attvalues></edge>\n"
                "<edge source=\"4\" target=\"1\" label=\"invests in\"/>\n"
                "</edges>\n");
        QString error;
        const auto in = GexfDataset::parse(xml, QStringLiteral("songs.gexf"), Dataset(), &error);
        QVERIFY2(in, qPrintable(error));
        QHash<QString, EntityKind> kinds;
        QHash<QString, QString> ids;
        for (const auto &e : in->data.entities) {
            kinds.insert(e.name.en, e.kind);
            ids.insert(e.name.en, e.id);
        }
        QCOMPARE(kinds.value("Jerry Garcia"), EntityKind::Person);
        QCOMPARE(kinds.value("Dark Star"), EntityKind::Custom);
        QCOMPARE(in->data.entity(ids.value("Dark Star"))->customKind, QStringLiteral("song"));
        QCOMPARE(in->data.types.kinds.size(), 1);
        QCOMPARE(in->data.types.relationshipTypes.size(), 1);
        QVERIFY(in->data.types.relationshipTypes.first().directed); // defaultedgetype
        QCOMPARE(kinds.value("Llama 3"), EntityKind::AiModel);
        QCOMPARE(relationshipBetween(in->data, ids.value("Meta"), ids.value("Llama 3"))->type,
                 RelationshipType::Makes);
        QCOMPARE(relationshipBetween(in->data, ids.value("Jerry Garcia"), ids.value("Dark Star"))
                         ->customType,
                 QStringLiteral("sung_by"));
        QCOMPARE(relationshipBetween(in->data, ids.value("Meta"), ids.value("Jerry Garcia"))->type,
                 RelationshipType::InvestsIn);
        const QString notes = in->notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QLatin1String("a kind that is not a built-in one"))
                         && notes.contains(QLatin1String("'song' (1)")),
                 qPrintable(notes));
        QVERIFY2(notes.contains(QLatin1String("'sung_by' (1)")), qPrintable(notes));
        QVERIFY2(!notes.contains(QLatin1String("performances")), qPrintable(notes));
        const Entity *darkStar = in->data.entity(ids.value("Dark Star"));
        QVERIFY(darkStar);
        QCOMPARE(darkStar->attributes.find(QStringLiteral("performances"))->numberValue(), 219.0);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("mustMention");
        const QByteArray nodes =
                "<nodes><node id=\"a\" label=\"A\"/><node id=\"b\" label=\"B\"/></nodes>\n";
        QTest::newRow("truncated") << QByteArray(
                "<?xml version=\"1.0\"?>\n<gexf "
                "xmlns=\"http://gexf.net/1.3\">\n<graph>\n<nodes>\n<node id=\"a\" label=")
                                   << QStringList{ "bad.gexf: line 5, column" };
        QFile real(fixture(QStringLiteral("gephi-les-miserables.gexf")));
        real.open(QIODevice::ReadOnly);
        QTest::newRow("real file cut in half")
                << real.readAll().left(25000) << QStringList{ "bad.gexf: line ", "column" };
        QTest::newRow("type definitions that are no JSON")
                << gexf({},
                        "<attributes class=\"node\"><attribute id=\"atlas_types\" "
                        "title=\"atlas_types\" type=\"string\"><default>{\"types\": [</default>"
                        "</attribute></attributes>\n"
                                + nodes)
                << QStringList{ "bad.gexf" };
        QTest::newRow("unknown node")
                << gexf({},
                        nodes + "<edges>\n<edge id=\"e1\" source=\"a\" target=\"zz\"/></edges>\n")
                << QStringList{ "bad.gexf: line 6, element 'edge'", "field 'target'", "'zz'" };
        QTest::newRow("bad date") << gexf(
                "timeformat=\"date\"",
                nodes + "<edges>\n<edge source=\"a\" target=\"b\" start=\"2024-13-01\"/></edges>\n")
                                  << QStringList{ "bad.gexf: line 6, element 'edge'",
                                                  "field 'start'", "2024-13-01" };
        QTest::newRow("bad dateTime")
                << gexf("timeformat=\"dateTime\"",
                        nodes
                                + "<edges>\n<edge source=\"a\" target=\"b\"><spells><spell "
                                  "end=\"2024-01-01T25:00:00\"/></spells></edge></edges>\n")
                << QStringList{ "bad.gexf: line 6", "field 'end'", "dateTime" };
        QTest::newRow("year out of range") << gexf(
                "timeformat=\"date\"",
                nodes + "<edges>\n<edge source=\"a\" target=\"b\" end=\"9999-01-01\"/></edges>\n")
                                           << QStringList{ "bad.gexf: line 6", "9999" };
        QTest::newRow("duplicate node")
                << gexf({}, "<nodes>\n<node id=\"a\"/>\n<node id=\"a\"/></nodes>\n")
                << QStringList{ "bad.gexf: line 6, element 'node' ('a'), field 'id'", "line 5" };
        QTest::newRow("invalid UTF-8")
                << gexf({}, "<nodes>\n<node id=\"a\" label=\"\xFF\"/></nodes>\n")
                << QStringList{ "bad.gexf: line 5", "UTF-8" };
        QTest::newRow("not gexf") << QByteArray("<graphml/>")
                                  << QStringList{ "bad.gexf: line 1", "<graphml>" };
        QTest::newRow("no graph") << QByteArray(
                "<gexf xmlns=\"http://gexf.net/1.3\"><meta/></gexf>")
                                  << QStringList{ "bad.gexf", "<graph>" };
        QTest::newRow("empty") << QByteArray() << QStringList{ "bad.gexf", "empty" };
        QByteArray deep = "<nodes>";
        for (int i = 0; i < 100; ++i)
            deep += "<node id=\"n" + QByteArray::number(i) + "\"><nodes>";
        QTest::newRow("deep nesting")
                << gexf({}, deep) << QStringList{ "bad.gexf", "nested more than 64 deep" };
    }
    void malformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, mustMention);
        QString error;
        QVERIFY(!GexfDataset::parse(bytes, QStringLiteral("bad.gexf"), Dataset(), &error));
        for (const auto &word : mustMention)
            QVERIFY2(error.contains(word),
                     qPrintable(QStringLiteral("'%1' not in: %2").arg(word, error)));
    }

    // Our export read back gives the same entities and relationships, dates at their precision.
    void roundTrip_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("1.3") << int(GexfDataset::Version::Gexf13);
        QTest::newRow("1.2") << int(GexfDataset::Version::Gexf12);
    }
    void roundTrip()
    {
        QFETCH(int, version);
        const Dataset data = builtin();
        const QByteArray xml = GexfDataset::serialize(data, GexfDataset::Version(version));
        QString error;
        const auto in = GexfDataset::parse(xml, QStringLiteral("atlas.gexf"), data, &error);
        QVERIFY2(in, qPrintable(error));
        QVERIFY2(in->notes.isEmpty(), qPrintable(in->notes.join(QLatin1Char('\n'))));
        QCOMPARE(in->data.entities, data.entities);
        QCOMPARE(in->data.relationships, data.relationships);
        const ImportPlan plan = ImportPlan::compute(data, *in, DuplicatePolicy::Skip);
        QVERIFY2(plan.isValid(), qPrintable(plan.error()));
        QVERIFY(!plan.hasChanges());
        // Dated relationships keep their precision (a month stays a month).
        bool coarse = false;
        for (const auto &r : in->data.relationships)
            coarse |=
                    r.validFrom.isValid() && r.validFrom.precision() != PartialDate::Precision::Day;
        QVERIFY(coarse);
    }

    // GEXF and GraphML build their data in one place (GraphFileReader): the same graph read
    // through either format gives the same entities and relationships, new to the current data,
    // and the same checks of what the current data must already have.
    void bothGraphFormatsBuildTheSameData()
    {
        const Dataset data = builtin();
        Dataset current = data; // sources and events stay; the graph comes from the files
        current.entities.clear();
        current.relationships.clear();
        QString error;
        const auto gexf = GexfDataset::parse(GexfDataset::serialize(data),
                                             QStringLiteral("atlas.gexf"), current, &error);
        QVERIFY2(gexf, qPrintable(error));
        const auto graphml = GraphMlDataset::parse(
                GraphMlDataset::serialize(data), QStringLiteral("atlas.graphml"), current, &error);
        QVERIFY2(graphml, qPrintable(error));
        QCOMPARE(gexf->data.entities, data.entities);
        QCOMPARE(graphml->data.entities, data.entities);
        QCOMPARE(gexf->data.relationships, data.relationships);
        QCOMPARE(graphml->data.relationships, data.relationships);
        QCOMPARE(gexf->newEntityIds.size(), data.entities.size());
        QCOMPARE(graphml->newEntityIds, gexf->newEntityIds);

        // Without the sources the relationships cite (another database's export), both import,
        // the relationships citing the file instead, and say so naming their own format.
        Dataset noSources = current;
        noSources.sources.clear();
        const auto gexfAlone = GexfDataset::parse(GexfDataset::serialize(data),
                                                  QStringLiteral("a.gexf"), noSources, &error);
        QVERIFY2(gexfAlone, qPrintable(error));
        const auto graphmlAlone = GraphMlDataset::parse(
                GraphMlDataset::serialize(data), QStringLiteral("a.graphml"), noSources, &error);
        QVERIFY2(graphmlAlone, qPrintable(error));
        for (const auto *in : { &*gexfAlone, &*graphmlAlone }) {
            QCOMPARE(in->data.relationships.size(), data.relationships.size());
            QCOMPARE(in->data.sources.size(), 1); // the file itself
            for (const Relationship &r : in->data.relationships)
                QVERIFY(r.sourceIds == QStringList{ in->data.sources.first().id }
                        || !r.eventId.isEmpty());
        }
        const QString gexfNotes = gexfAlone->notes.join(QLatin1Char('\n'));
        QVERIFY2(gexfNotes.contains(QLatin1String("GEXF files do not carry sources"))
                         && gexfNotes.contains(QLatin1String("cite this file instead")),
                 qPrintable(gexfNotes));
        QVERIFY2(graphmlAlone->notes.join(QLatin1Char('\n'))
                         .contains(QLatin1String("GraphML files do not carry sources")),
                 qPrintable(graphmlAlone->notes.join(QLatin1Char('\n'))));
    }

    // User-defined kinds and types leave as their keys (node attribute kind, edge label and
    // attribute type) and come back as kinds and types of their own, direction included.
    void customTypesRoundTrip_data() { roundTrip_data(); }
    void customTypesRoundTrip()
    {
        QFETCH(int, version);
        const Dataset data = customtypetest::withCustomTypes(builtin());
        const QByteArray xml = GexfDataset::serialize(data, GexfDataset::Version(version));
        QVERIFY(xml.contains(R"(label="followedBy")"));
        QVERIFY(xml.contains(R"(type="undirected")"));
        Dataset current = data;
        current.entities.clear();
        current.relationships.clear();
        current.types = {};
        QString error;
        const auto in = GexfDataset::parse(xml, QStringLiteral("atlas.gexf"), current, &error);
        QVERIFY2(in, qPrintable(error));
        QCOMPARE(in->data.entities, data.entities);
        QCOMPARE(in->data.relationships, data.relationships);
        QCOMPARE(in->data.types.kinds.size(), 2);
        QCOMPARE(in->data.types.kinds.at(0).key, QStringLiteral("song"));
        QVERIFY(in->data.types.relationshipType(QStringLiteral("sungBy"))->directed);
        QVERIFY(!in->data.types.relationshipType(QStringLiteral("followedBy"))->directed);
        // Labels in both languages, colours, shapes and dashes come back as they were.
        QCOMPARE(in->data.types, data.types);
        const ImportPlan plan = ImportPlan::compute(current, *in, DuplicatePolicy::Skip);
        QVERIFY2(plan.isValid(), qPrintable(plan.error()));
        // The definitions are no attribute of the nodes.
        for (const Entity &e : in->data.entities)
            QVERIFY(!e.attributes.find(QStringLiteral("atlas_types")));
    }

    // networkx keeps the definitions as the graph's node default, not in every node.
    // (All directed: networkx reads no graph that mixes directed and undirected edges.)
    void networkxKeepsTheTypesAtTheGraph()
    {
        Dataset data = customtypetest::withCustomTypes(builtin());
        data.types.relationshipTypes[1].directed = true;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("types.gexf"));
        QString error;
        QVERIFY2(GexfDataset::writeFile(data, path, &error, GexfDataset::Version::Gexf12),
                 qPrintable(error));
        const auto result = networkx(
                QStringLiteral("import json, sys, networkx as nx\n"
                               "g = nx.read_gexf(sys.argv[1])\n"
                               "types = g.graph['node_default'].get('atlas_types', '')\n"
                               "inNodes = sum('atlas_types' in d for n, d in g.nodes(data=True))\n"
                               "print(json.dumps({'types': types, 'inNodes': inNodes}))"),
                path);
        if (!result)
            QSKIP("python3 with networkx (Debian's python3-networkx) is not installed");
        QVERIFY2(result->value(QLatin1String("types")).toString().contains(QStringLiteral("노래")),
                 qPrintable(result->value(QLatin1String("types")).toString()));
        QCOMPARE(result->value(QLatin1String("inNodes")).toInt(), 0);
    }

    // Typed attributes leave as typed GEXF attributes and come back as they were, dates too.
    void attributesRoundTrip_data() { roundTrip_data(); }
    void attributesRoundTrip()
    {
        QFETCH(int, version);
        Dataset data = attributetest::withAttributes(builtin());
        // An empty text value (28 songs of the Grateful Dead graph have one) comes back too.
        data.entities[2].attributes.append(Attribute::text(QStringLiteral("songType"), QString()));
        const QByteArray xml = GexfDataset::serialize(data, GexfDataset::Version(version));
        QVERIFY(xml.contains(R"(title="performances" type="long")"));
        QVERIFY(xml.contains(R"(title="share" type="double")"));
        QVERIFY(xml.contains(R"(title="listed" type="boolean")"));
        Dataset current = data;
        current.entities.clear();
        current.relationships.clear();
        QString error;
        const auto in = GexfDataset::parse(xml, QStringLiteral("atlas.gexf"), current, &error);
        QVERIFY2(in, qPrintable(error));
        QCOMPARE(in->data.entities, data.entities);
        QCOMPARE(in->data.relationships, data.relationships);
    }

    // The export's viz (the graph's positions, kind colours and sizes) in the version's viz
    // namespace, read back by our reader: positions for the graph, colour and size attributes.
    void vizIsWrittenAndReadBack_data() { roundTrip_data(); }
    void vizIsWrittenAndReadBack()
    {
        QFETCH(int, version);
        const Dataset data = builtin();
        const GexfDataset::Viz viz{ { QStringLiteral("kt"),
                                      { QPointF(10.5, -20), "#4477aa", 12 } } };
        const QByteArray bytes = GexfDataset::serialize(data, GexfDataset::Version(version), viz);
        const QByteArray ns = version == int(GexfDataset::Version::Gexf13)
                ? "http://gexf.net/1.3/viz"
                : "http://www.gexf.net/1.2draft/viz";
        QVERIFY(bytes.contains("xmlns:viz=\"" + ns + '"'));
        QVERIFY2(bytes.contains("<viz:position x=\"10.5\" y=\"20\" z=\"0\"/>")
                         && bytes.contains("<viz:color r=\"68\" g=\"119\" b=\"170\"/>")
                         && bytes.contains("<viz:size value=\"12\"/>"),
                 bytes.constData());
        QCOMPARE(bytes.count("<viz:position"), 1);
        QString error;
        const auto in = GexfDataset::parse(bytes, QStringLiteral("viz.gexf"), data, &error);
        QVERIFY2(in, qPrintable(error));
        QCOMPARE(in->positions.size(), 1);
        QCOMPARE(in->positions.value(QStringLiteral("kt")), QPointF(10.5, -20));
        const Entity *kt = in->data.entity(QStringLiteral("kt"));
        QVERIFY(kt);
        QCOMPARE(kt->attributes.find(GexfDataset::vizColorAttribute())->textValue(),
                 QStringLiteral("#4477aa"));
        QCOMPARE(kt->attributes.find(GexfDataset::vizSizeAttribute())->numberValue(), 12.0);
        // Without viz the export is as before: no viz namespace.
        QVERIFY(!GexfDataset::serialize(data, GexfDataset::Version(version)).contains("viz"));
    }

    // Gephi's Les Miserables through import, export with the view's viz (its own colours and
    // sizes, as a view not colouring from the file draws it) and import again: every node's
    // colour and size as the file had them, written once (as viz, not again as attribute
    // values), and the other attributes as they were.
    void vizRoundTripOfARealFile_data() { roundTrip_data(); }
    void vizRoundTripOfARealFile()
    {
        QFETCH(int, version);
        QString error;
        const auto first = GexfDataset::readFile(
                fixture(QStringLiteral("gephi-les-miserables.gexf")), Dataset(), &error);
        QVERIFY2(first, qPrintable(error));
        GexfDataset::Viz viz;
        for (const Entity &e : first->data.entities)
            viz.insert(e.id, { first->positions.value(e.id), QStringLiteral("#4477aa"), 21 });
        // One node the view did not place keeps its colour and size all the same.
        viz.remove(first->data.entities.last().id);
        const QByteArray bytes =
                GexfDataset::serialize(first->data, GexfDataset::Version(version), viz);
        QVERIFY(!bytes.contains("title=\"viz_color\""));
        QVERIFY(!bytes.contains("title=\"viz_size\""));
        QCOMPARE(bytes.count("<viz:color"), first->data.entities.size());
        QCOMPARE(bytes.count("<viz:position"), first->data.entities.size() - 1);
        const auto second =
                GexfDataset::parse(bytes, QStringLiteral("again.gexf"), Dataset(), &error);
        QVERIFY2(second, qPrintable(error));
        QCOMPARE(second->data.entities.size(), first->data.entities.size());
        for (qsizetype i = 0; i < first->data.entities.size(); ++i) {
            const Entity &a = first->data.entities.at(i);
            const Entity &b = second->data.entities.at(i);
            QCOMPARE(b.name, a.name);
            QCOMPARE(b.attributes.size(), a.attributes.size());
            for (const Attribute &x : a.attributes) {
                const Attribute *y = b.attributes.find(x.name);
                QVERIFY2(y, qPrintable(a.name.en + QLatin1Char(' ') + x.name));
                QCOMPARE(y->toText(), x.toText());
            }
        }
    }

    // The 1.3 export with viz validates against the GEXF 1.3 RELAX NG grammar (data/gexf-schema).
    // Records' own attributes are left out: the atlas.name and atlas.type marks of their
    // declarations are not in the grammar.
    void exportValidatesWithTheSchema()
    {
        const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
        if (xmllint.isEmpty())
            QSKIP("xmllint (Debian's libxml2-utils) is not installed");
        const Dataset data = customtypetest::withCustomTypes(builtin());
        GexfDataset::Viz viz;
        for (const Entity &e : data.entities)
            viz.insert(e.id, { QPointF(data.entities.size(), -3.25), "#ee6677", 8 });
        QByteArray bytes = GexfDataset::serialize(data, GexfDataset::Version::Gexf13, viz);
        // RELAX NG has no place for xsi:schemaLocation (see the README beside the grammar).
        static const QRegularExpression location(QStringLiteral(" xsi:schemaLocation=\"[^\"]*\""));
        bytes = QString::fromUtf8(bytes).remove(location).toUtf8();
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("atlas.gexf")));
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
        f.close();
        QProcess p;
        p.start(xmllint,
                { QStringLiteral("--noout"), QStringLiteral("--relaxng"),
                  QStringLiteral(ATLAS_SOURCE_DIR "/tests/io/data/gexf-schema/1.3/gexf.rng"),
                  f.fileName() });
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }

    // networkx (Debian's python3-networkx) reads our export: nodes, edges, labels, attributes and
    // start dates. networkx before 3.0 (Debian 12 has 2.8) knows only the 1.1 and 1.2 namespaces.
    void networkxReadsTheExport_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("1.3") << int(GexfDataset::Version::Gexf13);
        QTest::newRow("1.2") << int(GexfDataset::Version::Gexf12);
    }
    void networkxReadsTheExport()
    {
        QFETCH(int, version);
        const Dataset data = attributetest::withAttributes(builtin());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("atlas.gexf"));
        QString error;
        const GexfDataset::Viz viz{ { QStringLiteral("kt"),
                                      { QPointF(-7.5, 30), "#228833", 14 } } };
        QVERIFY2(GexfDataset::writeFile(data, path, &error, GexfDataset::Version(version), viz),
                 qPrintable(error));
        const Relationship *dated = nullptr;
        for (const auto &r : data.relationships) {
            if (!dated && r.validFrom.isValid())
                dated = &r;
        }
        QVERIFY(dated);
        const auto result = networkx(
                QStringList{
                        "import json, sys, networkx as nx", "from networkx.readwrite import gexf",
                        "text = open(sys.argv[1], 'rb').read()",
                        "if '1.3' not in gexf.GEXF.versions and b'gexf.net/1.3' in text:",
                        "    print(json.dumps({'skip': nx.__version__}))", "    sys.exit(0)",
                        "g = nx.read_gexf(sys.argv[1])",
                        "starts = {d.get('id'): d.get('start') for u, v, d in g.edges(data=True)}",
                        "first = g.nodes['" + data.entities.first().id + "']",
                        "print(json.dumps({'nodes': g.number_of_nodes(), 'edges': "
                        "g.number_of_edges(),",
                        "                  'kt_label': g.nodes['kt'].get('label'), 'kt_ko': "
                        "g.nodes['kt'].get('name_ko'),",
                        "                  'kt_kind': g.nodes['kt'].get('kind'), 'starts': "
                        "starts,",
                        "                  'performances': first.get('performances'), 'share': "
                        "first.get('share'), 'listed': first.get('listed'),",
                        "                  'played': first.get('first played'),",
                        "                  'kt_viz': g.nodes['kt'].get('viz')}))" }
                        .join(QLatin1Char('\n')),
                path);
        if (!result)
            QSKIP("python3 with networkx (Debian's python3-networkx) is not installed");
        if (result->contains(QLatin1String("skip")))
            QSKIP(qPrintable(
                    QStringLiteral(
                            "networkx %1 reads GEXF 1.1 and 1.2 only (1.3 since networkx 3.0)")
                            .arg(result->value(QLatin1String("skip")).toString())));
        QCOMPARE(result->value(QLatin1String("nodes")).toInt(), int(data.entities.size()));
        QCOMPARE(result->value(QLatin1String("edges")).toInt(), int(data.relationships.size()));
        QCOMPARE(result->value(QLatin1String("kt_label")).toString(), QStringLiteral("KT"));
        QCOMPARE(result->value(QLatin1String("kt_ko")).toString(), QStringLiteral("케이티"));
        QCOMPARE(result->value(QLatin1String("kt_kind")).toString(), QStringLiteral("company"));
        QCOMPARE(result->value(QLatin1String("starts")).toObject().value(dated->id).toString(),
                 dated->validFrom.start().toString(Qt::ISODate));
        // The attributes arrive with their types: an int, a float, a bool, a date as text.
        QCOMPARE(result->value(QLatin1String("performances")), QJsonValue(118));
        QCOMPARE(result->value(QLatin1String("share")), QJsonValue(0.125));
        QCOMPARE(result->value(QLatin1String("listed")), QJsonValue(true));
        QCOMPARE(result->value(QLatin1String("played")), QJsonValue(QStringLiteral("1969-02-27")));
        // The viz as networkx gives it: GEXF's y upwards, the colour as channels, the size.
        const QJsonObject vizOfKt = result->value(QLatin1String("kt_viz")).toObject();
        const QJsonObject position = vizOfKt.value(QLatin1String("position")).toObject();
        const QJsonObject color = vizOfKt.value(QLatin1String("color")).toObject();
        QCOMPARE(position.value(QLatin1String("x")).toDouble(), -7.5);
        QCOMPARE(position.value(QLatin1String("y")).toDouble(), -30.0);
        QCOMPARE(color.value(QLatin1String("g")).toInt(), 0x88);
        QCOMPARE(vizOfKt.value(QLatin1String("size")).toDouble(), 14.0);
    }

    void progressAndCancel()
    {
        QFile f(fixture(QStringLiteral("gephi-us-airports.gexf")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QString error;
        int calls = 0;
        QVERIFY(GexfDataset::parse(bytes, QStringLiteral("a.gexf"), Dataset(), &error,
                                   [&](qint64 done, qint64 total) {
                                       ++calls;
                                       return done <= total;
                                   }));
        QVERIFY(calls > 2);
        QVERIFY(!GexfDataset::parse(bytes, QStringLiteral("a.gexf"), Dataset(), &error,
                                    [](qint64, qint64) { return false; }));
        QCOMPARE(error, ImportMessages::cancelled());
    }
};

QTEST_GUILESS_MAIN(TestGexfDataset)
#include "tst_gexfdataset.moc"
