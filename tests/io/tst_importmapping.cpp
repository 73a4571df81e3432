// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Import mapping: files with any columns or attribute names read as the user says.
#include "core/customtypes.h"
#include "io/csvdataset.h"
#include "io/datasetfiles.h"
#include "io/importmapping.h"
#include "io/importplan.h"
#include "testsupport/fixturebuilder.h"
#include "testsupport/tempworkspace.h"

#include <QHash>
#include <QTest>

using namespace atlas;
using Field = ImportMapping::Role;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(ATLAS_TEST_DATA_DIR "/") + QLatin1String(name);
}

// "source=Source;target=Target": the mapped roles in role order, and keep=... when not all.
QString describe(const ImportMapping &m)
{
    QStringList parts;
    for (Field r : ImportMapping::roles()) {
        if (!m.field(r).isEmpty())
            parts << ImportMapping::key(r) + QLatin1Char('=') + m.field(r);
    }
    if (!m.keepsAll())
        parts << QStringLiteral("keep=") + m.kept().join(QLatin1Char(','));
    return parts.join(QLatin1Char(';'));
}

const Attribute *attribute(const Attributes &attributes, const QString &name)
{
    for (const Attribute &a : attributes) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

} // namespace

class TestImportMapping : public QObject
{
    Q_OBJECT

    test::TempWorkspace m_dir;

    ImportSample sampleOf(const QString &name, const QByteArray &bytes)
    {
        QString error;
        const auto s = ImportSample::read(m_dir.writeFile(name, bytes), 20, &error);
        if (!s)
            qWarning("%s", qPrintable(error));
        return s.value_or(ImportSample());
    }

private Q_SLOTS:
    void detectsUsualNames_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Gephi edge table: Type is a direction")
                << QByteArray("Source,Target,Type,Id,Label,Weight\nA,B,Directed,0,,1.0\n")
                << "id=Id;source=Source;target=Target";
        QTest::newRow("spreadsheet of nodes")
                << QByteArray("Id,Label,Category,Founded\nn1,KT,company,1981\n")
                << "id=Id;name=Label;kind=Category";
        QTest::newRow("Neo4j relationships")
                << QByteArray(":START_ID,:END_ID,:TYPE,since\n1,2,KNOWS,2020\n")
                << "source=:START_ID;target=:END_ID;type=:TYPE;start=since";
        QTest::newRow("from and to are the ends")
                << QByteArray("from,to,relation,valid_from,valid_to\nA,B,partner,2024,2025\n")
                << "source=from;target=to;type=relation;start=valid_from;end=valid_to";
        QTest::newRow("edge type column named type")
                << QByteArray("source,target,type,date\nA,B,invests_in,2024-06\n")
                << "source=source;target=target;type=type;date=date";
        QTest::newRow("a lone from is no edge list")
                << QByteArray("name,kind,from\nKT,company,1981\n") << "name=name;kind=kind";
        QTest::newRow("TinkerPop names, any case")
                << QByteArray("NAME,LABELV\nBERTHA,song\n") << "name=NAME;kind=LABELV";
        QTest::newRow("nothing usual") << QByteArray("alpha,beta\n1,2\n") << "";
    }
    void detectsUsualNames()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        QCOMPARE(describe(ImportMapping::detect(sampleOf(QStringLiteral("d.csv"), csv))), expected);
    }

    void detectsGraphFileAttributes()
    {
        QString error;
        const auto dead = ImportSample::read(fixture("tinkerpop/grateful-dead.xml"), 5, &error);
        QVERIFY2(dead, qPrintable(error));
        QCOMPARE(dead->format, ImportSample::Format::GraphMl);
        QVERIFY(!dead->ownFormat);
        QCOMPARE(dead->nodeRows.size(), 5);
        QCOMPARE(dead->nodeRows.first().at(dead->nodeFields.indexOf(QStringLiteral("name"))),
                 QStringLiteral("HEY BO DIDDLEY"));
        QCOMPARE(describe(ImportMapping::detect(*dead)),
                 QStringLiteral("name=name;kind=labelV;type=labelE"));
        const auto gexf = ImportSample::read(fixture("gexf/gephi-les-miserables.gexf"), 5, &error);
        QVERIFY2(gexf, qPrintable(error));
        QCOMPARE(gexf->format, ImportSample::Format::Gexf);
        // GEXF edges carry their times in the built-in start and end.
        QCOMPARE(describe(ImportMapping::detect(*gexf)),
                 QStringLiteral("name=label;start=start;end=end"));
    }

    void ownFilesNeedNoMapping()
    {
        QVERIFY(sampleOf(QStringLiteral("e.csv"), "id,name,kind\nkt,KT,company\n").ownFormat);
        QVERIFY(sampleOf(QStringLiteral("v.csv"), "date,kind,title,participants\n").ownFormat);
        QVERIFY(!sampleOf(QStringLiteral("n.csv"), "Id,Label,Category\n").ownFormat);
        const Dataset d = test::FixtureBuilder().company("kt", "KT");
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("own.graphml"));
        QVERIFY2(DatasetFiles::write(d, path, &error), qPrintable(error));
        QVERIFY(ImportSample::read(path, 5, &error)->ownFormat);
    }

    void profileRoundTrip()
    {
        ImportMapping m;
        m.setField(Field::Source, QStringLiteral("Source"));
        m.setField(Field::Target, QStringLiteral("Target"));
        m.setField(Field::Type, QStringLiteral("Relation"));
        m.setField(Field::Start, QStringLiteral("valid from"));
        m.setKept({ QStringLiteral("Weight") });
        const QString path = m_dir.filePath(QStringLiteral("round.json"));
        QString error;
        QVERIFY2(m.writeFile(path, &error), qPrintable(error));
        const auto back = ImportMapping::readFile(path, &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(*back == m);
        QCOMPARE(describe(*back), describe(m));
        // Keeping all is the absence of "keep", and returns as such.
        ImportMapping all;
        all.setField(Field::Name, QStringLiteral("Label"));
        const auto allBack =
                ImportMapping::fromJson(all.toJson(), QStringLiteral("a.json"), &error);
        QVERIFY2(allBack, qPrintable(error));
        QVERIFY(allBack->keepsAll());
        QVERIFY(!all.toJson().contains("keep"));
    }

    void badProfiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QByteArray head = R"({"format":"atlas-import-mapping","version":1,)";
        QTest::newRow("not JSON") << QByteArray("{name: Label}") << "not valid JSON";
        QTest::newRow("no object") << QByteArray("[1]") << "JSON object";
        QTest::newRow("other format") << QByteArray(R"({"format":"gephi","version":1})")
                                      << "\"format\" must be \"atlas-import-mapping\"";
        QTest::newRow("wrong version")
                << QByteArray(R"({"format":"atlas-import-mapping","version":2})")
                << "version 2 is not supported";
        QTest::newRow("unknown field") << head + R"("colour":"Red"})"
                                       << "unknown field \"colour\"";
        QTest::newRow("field not text") << head + R"("name":3})"
                                        << "\"name\" must be the name";
        QTest::newRow("keep not a list") << head + R"("keep":"Weight"})"
                                         << "\"keep\" must be a list";
        QTest::newRow("source without target") << head + R"("source":"Source"})"
                                               << "both \"source\" and \"target\"";
        QTest::newRow("one column twice") << head + R"("name":"Label","kind":"label"})"
                                          << "mapped twice";
    }
    void badProfiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const QString path = m_dir.writeFile(QStringLiteral("profile.json"), json);
        QString error;
        QVERIFY(!ImportMapping::readFile(path, &error));
        QVERIFY2(error.startsWith(path) && error.contains(message), qPrintable(error));
    }

    // A profile naming a column the data file lacks: both files named, and what the file has.
    void profileColumnMissingFromTheFile()
    {
        ImportMapping m;
        m.setField(Field::Name, QStringLiteral("Label"));
        m.setField(Field::Kind, QStringLiteral("Category"));
        const QString csv = m_dir.writeFile(QStringLiteral("data.csv"), "Id,Label\n1,KT\n");
        QString error;
        QVERIFY(!DatasetFiles::readMapped(csv, Dataset(), m, QStringLiteral("profile.json"),
                                          &error));
        QCOMPARE(error,
                 QStringLiteral("profile.json maps the kind to column 'Category', but data.csv "
                                "has no such column (it has: Id, Label)"));
        m.setField(Field::Kind, {});
        m.setKept({ QStringLiteral("Founded") });
        QVERIFY(!DatasetFiles::readMapped(csv, Dataset(), m, QStringLiteral("profile.json"),
                                          &error));
        QVERIFY2(error.contains(QLatin1String("'Founded'")), qPrintable(error));
    }

    // A node list: one entity a row, kinds not built in become kinds of their own, the ids
    // that mean something kept, the kept columns typed attributes, names the data has joined.
    void csvNodesImportAsMapped()
    {
        const QString csv = m_dir.writeFile(QStringLiteral("nodes.csv"),
                                            "Id,Label,Category,Founded,Notes\n"
                                            "acme,Acme Robotics,robot-maker,2015,x\n"
                                            "7,Seoul Lab,Company,2019,y\n"
                                            "8,KT,company,1981,z\n");
        const Dataset current = test::FixtureBuilder().company("kt", "KT");
        QString error;
        ImportMapping m = ImportMapping::detect(*ImportSample::read(csv, 5, &error));
        QCOMPARE(describe(m), QStringLiteral("id=Id;name=Label;kind=Category"));
        m.setKept({ QStringLiteral("Founded") });
        const auto in = DatasetFiles::readMapped(csv, current, m, {}, &error);
        QVERIFY2(in, qPrintable(error));
        QCOMPARE(in->data.entities.size(), 3);
        const Entity &acme = in->data.entities.at(0);
        QCOMPARE(acme.id, QStringLiteral("acme"));
        QCOMPARE(acme.name.en, QStringLiteral("Acme Robotics"));
        QCOMPARE(kindKey(acme), QStringLiteral("robot-maker"));
        QVERIFY(in->data.types.kind(QStringLiteral("robot-maker")));
        QCOMPARE(in->data.types.kinds.size(), 1);
        const Entity &lab = in->data.entities.at(1);
        QCOMPARE(lab.kind, EntityKind::Company);
        QVERIFY(lab.id != QLatin1String("7")); // a bare number says nothing
        const Attribute *founded = attribute(lab.attributes, QStringLiteral("Founded"));
        QVERIFY(founded);
        QCOMPARE(founded->type, AttributeType::Number);
        QVERIFY(!attribute(lab.attributes, QStringLiteral("Notes")));
        QVERIFY(!attribute(lab.attributes, QStringLiteral("Category")));
        QCOMPARE(in->data.entities.at(2).id, QStringLiteral("kt")); // joins the data's KT
    }

    // A row whose id the data has describes that record again; the duplicate policy decides.
    void csvIdOfTheDataNamesItsRecord()
    {
        const QString csv =
                m_dir.writeFile(QStringLiteral("renamed.csv"), "Id,Label\nkt,KT Corporation\n");
        const Dataset current = test::FixtureBuilder().company("kt", "KT");
        ImportMapping m;
        m.setField(Field::Id, QStringLiteral("Id"));
        m.setField(Field::Name, QStringLiteral("Label"));
        QString error;
        const auto in = DatasetFiles::readMapped(csv, current, m, {}, &error);
        QVERIFY2(in, qPrintable(error));
        QCOMPARE(in->data.entities.size(), 1);
        QCOMPARE(in->data.entities.first().id, QStringLiteral("kt"));
        QVERIFY(in->newEntityIds.isEmpty());
    }

    // Gephi's two tables: the nodes' ids ("0", "1") say nothing and are replaced, but stay as
    // an attribute "Id" by which the edge table's Source and Target find the entities again.
    void gephiNodeAndEdgeTablesJoin()
    {
        const QString nodes = m_dir.writeFile(QStringLiteral("gephi-nodes.csv"),
                                              "Id,Label,Category\n0,Acme Robotics,company\n"
                                              "1,Beta Labs,company\n");
        const QString edges = m_dir.writeFile(QStringLiteral("gephi-edges.csv"),
                                              "Source,Target,Type,Id,Label,Weight\n"
                                              "0,1,Directed,0,,2.0\n");
        QString error;
        const auto nodeSample = ImportSample::read(nodes, 5, &error);
        const auto first = DatasetFiles::readMapped(nodes, Dataset(),
                                                    ImportMapping::detect(*nodeSample), {}, &error);
        QVERIFY2(first, qPrintable(error));
        const auto plan = ImportPlan::compute(Dataset(), *first, DuplicatePolicy::Skip);
        QVERIFY2(plan.isValid(), qPrintable(plan.error()));
        const Dataset merged = plan.merged();
        const QString acme = merged.resolveEntity(QStringLiteral("Acme Robotics"));
        QVERIFY(!acme.isEmpty() && acme != QLatin1String("0"));
        const auto edgeSample = ImportSample::read(edges, 5, &error);
        const auto second = DatasetFiles::readMapped(
                edges, merged, ImportMapping::detect(*edgeSample), {}, &error);
        QVERIFY2(second, qPrintable(error));
        QVERIFY(second->data.entities.isEmpty()); // no entity "0" or "1" made
        QCOMPARE(second->data.relationships.size(), 1);
        QCOMPARE(second->data.relationships.first().fromId, acme);
        QCOMPARE(second->data.relationships.first().toId,
                 merged.resolveEntity(QStringLiteral("Beta Labs")));
    }

    // An edge list: one relationship a row between named entities (made when new), its type
    // a built-in one or one of its own, its dates from the mapped columns.
    void csvEdgesImportAsMapped()
    {
        const QString csv = m_dir.writeFile(QStringLiteral("edges.csv"),
                                            "Source,Target,Relation,From Date,Until,Weight,Label\n"
                                            "KT,Microsoft,Invests_In,2024-09,,3,a\n"
                                            "Microsoft,OpenAI,licenses-to,2023,2025-Q2,1,b\n");
        const Dataset current = test::FixtureBuilder().company("kt", "KT");
        ImportMapping m;
        m.setField(Field::Source, QStringLiteral("Source"));
        m.setField(Field::Target, QStringLiteral("Target"));
        m.setField(Field::Type, QStringLiteral("Relation"));
        m.setField(Field::Start, QStringLiteral("From Date"));
        m.setField(Field::End, QStringLiteral("Until"));
        m.setKept({ QStringLiteral("Weight") });
        QString error;
        const auto in = DatasetFiles::readMapped(csv, current, m, {}, &error);
        QVERIFY2(in, qPrintable(error));
        QCOMPARE(in->data.relationships.size(), 2);
        QCOMPARE(in->data.entities.size(), 2); // Microsoft and OpenAI; KT is the data's
        const QString microsoft = in->data.resolveEntity(QStringLiteral("Microsoft"));
        const Relationship &first = in->data.relationships.at(0);
        QCOMPARE(first.fromId, QStringLiteral("kt"));
        QCOMPARE(first.toId, microsoft);
        QCOMPARE(first.type, RelationshipType::InvestsIn);
        QCOMPARE(first.validFrom.toString(), QStringLiteral("2024-09"));
        QVERIFY(!first.validUntil.isValid());
        QVERIFY(attribute(first.attributes, QStringLiteral("Weight")));
        QVERIFY(!attribute(first.attributes, QStringLiteral("Label")));
        QVERIFY(!first.sourceIds.isEmpty());
        const Relationship &second = in->data.relationships.at(1);
        QCOMPARE(typeKey(second), QStringLiteral("licenses-to"));
        QVERIFY(in->data.types.relationshipType(QStringLiteral("licenses-to")));
        QCOMPARE(second.validUntil.toString(), QStringLiteral("2025-Q2"));
    }

    // Gephi's own spreadsheet test files (tests/io/data/gephi-spreadsheet): a node table of typed
    // columns with blank lines and rows without a label, and an edge table repeating an edge id.
    void gephiSpreadsheetTestFiles()
    {
        QString error;
        const QString nodes = fixture("gephi-spreadsheet/nodes_table_types_test.csv");
        ImportMapping m = ImportMapping::detect(*ImportSample::read(nodes, 20, &error));
        QCOMPARE(describe(m), QStringLiteral("id=id;name=label"));
        m.setKept({ QStringLiteral("int"), QStringLiteral("long"), QStringLiteral("boolean"),
                    QStringLiteral("string"), QStringLiteral("bigint") });
        const auto in = DatasetFiles::readMapped(nodes, Dataset(), m, {}, &error);
        QVERIFY2(in, qPrintable(error));
        // Blank lines are skipped; a row without a label is named by its id, as Gephi shows it.
        QStringList names;
        for (const Entity &e : in->data.entities)
            names << e.name.en;
        QCOMPARE(names, QStringList({ "1", "2", "3", "4", "5" }));
        const Entity &first = in->data.entities.at(0);
        const Entity &last = in->data.entities.at(4);
        QCOMPARE(attribute(first.attributes, QStringLiteral("int"))->type, AttributeType::Number);
        // 16 digits a double holds exactly: still a number, and the same number.
        const Attribute *big = attribute(last.attributes, QStringLiteral("long"));
        QCOMPARE(big->type, AttributeType::Number);
        QCOMPARE(big->value.toDouble(), 8889848888888888.0);
        // "false" and "TRUE": true/false values.
        QCOMPARE(attribute(first.attributes, QStringLiteral("boolean"))->value, QVariant(false));
        QCOMPARE(attribute(last.attributes, QStringLiteral("boolean"))->value, QVariant(true));
        // 54 digits no double holds: kept as written, not rounded to 1.23457e+53.
        const Attribute *bigint = attribute(first.attributes, QStringLiteral("bigint"));
        QCOMPARE(bigint->type, AttributeType::Text);
        QCOMPARE(bigint->value.toString(),
                 QStringLiteral("123456789123456789123456789123456789123456789123456789"));
        QVERIFY(!attribute(in->data.entities.at(2).attributes, QStringLiteral("int")));

        // Gephi merges the repeated edge "a"; this import refuses the file, saying where.
        const QString edges = fixture("gephi-spreadsheet/edges_table_repeated_with_ids.csv");
        const ImportMapping me = ImportMapping::detect(*ImportSample::read(edges, 20, &error));
        QCOMPARE(describe(me), QStringLiteral("id=id;source=source;target=target"));
        QVERIFY(!DatasetFiles::readMapped(edges, Dataset(), me, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("edges_table_repeated_with_ids.csv: line 4, column "
                                               "'id': the id 'a' is used more than once")),
                 qPrintable(error));
    }

    void csvRowErrorsNameFileLineAndColumn()
    {
        const QString csv =
                m_dir.writeFile(QStringLiteral("broken.csv"), "Source,Target,When\nA,B,2024-13\n");
        ImportMapping m;
        m.setField(Field::Source, QStringLiteral("Source"));
        m.setField(Field::Target, QStringLiteral("Target"));
        m.setField(Field::Date, QStringLiteral("When"));
        QString error;
        QVERIFY(!DatasetFiles::readMapped(csv, Dataset(), m, {}, &error));
        QVERIFY2(error.contains(QLatin1String("broken.csv"))
                         && error.contains(QLatin1String("line 2"))
                         && error.contains(QLatin1String("'when'")),
                 qPrintable(error));
    }

    // The grateful-dead GraphML (TinkerPop) with another attribute as the kind: songType, and
    // only "performances" kept.
    void graphmlKindFromAnotherAttribute()
    {
        ImportMapping m;
        m.setField(Field::Name, QStringLiteral("name"));
        m.setField(Field::Kind, QStringLiteral("songType"));
        m.setField(Field::Type, QStringLiteral("labelE"));
        m.setKept({ QStringLiteral("performances") });
        QString error;
        const auto in = DatasetFiles::readMapped(fixture("tinkerpop/grateful-dead.xml"), Dataset(),
                                                 m, {}, &error);
        QVERIFY2(in, qPrintable(error));
        QCOMPARE(in->data.entities.size(), 808);
        QHash<QString, int> kinds;
        for (const Entity &e : in->data.entities) {
            ++kinds[kindKey(e)];
            QVERIFY(!attribute(e.attributes, QStringLiteral("labelV")));
            QVERIFY(!attribute(e.attributes, QStringLiteral("songType")));
        }
        // Counted with grep on the file: 313 cover, 184 original, 87 songs with an empty
        // songType and 224 artists without one, which stay companies.
        QCOMPARE(kinds.value(QStringLiteral("cover")), 313);
        QCOMPARE(kinds.value(QStringLiteral("original")), 184);
        QCOMPARE(kinds.value(QStringLiteral("song")), 0);
        QCOMPARE(kinds.value(QStringLiteral("company")), 87 + 224);
        const Entity &first = in->data.entities.first();
        QCOMPARE(first.name.en, QStringLiteral("HEY BO DIDDLEY"));
        QVERIFY(attribute(first.attributes, QStringLiteral("performances")));
        QCOMPARE(in->data.relationships.size(), 8049);
        for (const Relationship &r : in->data.relationships)
            QVERIFY(!attribute(r.attributes, QStringLiteral("weight"))); // not kept
    }

    // The profile shipped beside the file maps name, labelV and labelE: the real file imports
    // with it as the reader's own rules read it.
    void gratefulDeadWithItsProfile()
    {
        QString error;
        const auto m =
                ImportMapping::readFile(fixture("tinkerpop/grateful-dead.mapping.json"), &error);
        QVERIFY2(m, qPrintable(error));
        const auto in = DatasetFiles::readMapped(fixture("tinkerpop/grateful-dead.xml"), Dataset(),
                                                 *m, {}, &error);
        QVERIFY2(in, qPrintable(error));
        QHash<QString, int> kinds, types;
        for (const Entity &e : in->data.entities)
            ++kinds[kindKey(e)];
        for (const Relationship &r : in->data.relationships)
            ++types[typeKey(r)];
        QCOMPARE(kinds.value(QStringLiteral("song")), 584);
        QCOMPARE(kinds.value(QStringLiteral("artist")), 224);
        QCOMPARE(types.value(QStringLiteral("followedBy")), 7047);
        QCOMPARE(types.value(QStringLiteral("sungBy")), 501);
    }

    // What the dialog suggests for a file of another program reads it as the reader does alone.
    void detectedMappingReadsAsThePlainReader_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("Gephi GraphML") << fixture("gephi-small.graphml");
        QTest::newRow("networkx GraphML") << fixture("networkx-small.graphml");
        QTest::newRow("yEd GraphML") << fixture("yed-small.graphml");
        QTest::newRow("Gephi GEXF") << fixture("gexf/gephi-les-miserables.gexf");
        QTest::newRow("TinkerPop GraphML") << fixture("tinkerpop/grateful-dead.xml");
    }
    void detectedMappingReadsAsThePlainReader()
    {
        QFETCH(QString, file);
        QString error;
        const auto sample = ImportSample::read(file, 5, &error);
        QVERIFY2(sample, qPrintable(error));
        const auto plain = DatasetFiles::read(file, Dataset(), &error);
        QVERIFY2(plain, qPrintable(error));
        const auto mapped = DatasetFiles::readMapped(file, Dataset(),
                                                     ImportMapping::detect(*sample), {}, &error);
        QVERIFY2(mapped, qPrintable(error));
        QCOMPARE(mapped->data.entities.size(), plain->data.entities.size());
        QCOMPARE(mapped->data.relationships.size(), plain->data.relationships.size());
        for (qsizetype i = 0; i < plain->data.entities.size(); ++i) {
            const Entity &a = plain->data.entities.at(i);
            const Entity &b = mapped->data.entities.at(i);
            QCOMPARE(b.name, a.name);
            QCOMPARE(kindKey(b), kindKey(a));
            QCOMPARE(b.attributes.size(), a.attributes.size());
        }
        for (qsizetype i = 0; i < plain->data.relationships.size(); ++i)
            QCOMPARE(typeKey(mapped->data.relationships.at(i)),
                     typeKey(plain->data.relationships.at(i)));
    }

    // GEXF: the built-in id as the name, and an attribute left out.
    void gexfNameFromTheNodeId()
    {
        QString error;
        const QString file = fixture("gexf/gephi-les-miserables.gexf");
        const auto sample = ImportSample::read(file, 5, &error);
        QVERIFY2(sample, qPrintable(error));
        ImportMapping m;
        m.setField(Field::Name, QStringLiteral("id"));
        m.setKept({});
        const auto in = DatasetFiles::readMapped(file, Dataset(), m, {}, &error);
        QVERIFY2(in, qPrintable(error));
        QVERIFY(!in->data.entities.isEmpty());
        for (const Entity &e : in->data.entities)
            QVERIFY2(e.attributes.isEmpty(), qPrintable(e.name.en));
        const auto plain = DatasetFiles::read(file, Dataset(), &error);
        QVERIFY(plain->data.entities.first().name.en != in->data.entities.first().name.en);
    }

    void mappingAppliesToGraphsAndTablesOnly()
    {
        const QString json = m_dir.writeFile(QStringLiteral("d.json"), "{}");
        ImportMapping m;
        m.setField(Field::Name, QStringLiteral("name"));
        QString error;
        QVERIFY(!DatasetFiles::readMapped(json, Dataset(), m, QStringLiteral("p.json"), &error));
        QVERIFY2(error.contains(QLatin1String("d.json")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestImportMapping)
#include "tst_importmapping.moc"
