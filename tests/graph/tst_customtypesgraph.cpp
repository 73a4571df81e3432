// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/edgeitem.h"
#include "graph/graphlegend.h"
#include "graph/graphscene.h"
#include "graph/graphstyle.h"
#include "graph/graphview.h"
#include "graph/graphwidget.h"
#include "graph/nodeitem.h"
#include "io/graphmldataset.h"
#include "testsupport/firsteditiondataset.h"
#include "models/document.h"
#include "models/editcommands.h"

#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace atlas;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList keys(const QList<CustomType> &types)
{
    QStringList out;
    for (const CustomType &t : types)
        out << t.key;
    return out;
}

// The built-in data with the two ends of its first relationship made a song and an artist, and
// its first two relationships of user-defined types.
Dataset withSongs(Dataset d)
{
    d.types.addKind(s("song"), { s("Song"), s("노래") });
    d.types.addKind(s("artist"));
    d.types.addRelationshipType(s("sungBy"));
    d.types.addRelationshipType(s("followedBy"), {}, false);
    const Relationship &first = d.relationships.first();
    setKindKey(&d.entities[d.entityIndex(first.fromId)], s("song"));
    setKindKey(&d.entities[d.entityIndex(first.toId)], s("artist"));
    setTypeKey(&d.relationships[0], s("sungBy"));
    setTypeKey(&d.relationships[1], s("followedBy"));
    return d;
}

} // namespace

class TestCustomTypesGraph : public QObject
{
    Q_OBJECT

    std::unique_ptr<GraphWidget> open(Document &doc, const Dataset &data)
    {
        doc.setData(data);
        auto w = std::make_unique<GraphWidget>(&doc);
        w->resize(1400, 900);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            return {};
        if (!QTest::qWaitFor(
                    [&] { return w->scene()->isSettled() && !w->scene()->shownNodes().isEmpty(); },
                    120000))
            return {};
        return w;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Nodes and edges of user-defined kinds and types look as their definition says, the legend
    // lists them, the filters hide them, and an edit of a definition restyles them (undoably).
    void customTypesShowInTheGraph()
    {
        Document doc;
        const Dataset data = withSongs(TestData::firstEdition());
        auto w = open(doc, data);
        QVERIFY(w);
        GraphScene *scene = w->scene();
        const Relationship &first = data.relationships.first();
        const NodeItem *song = scene->node(first.fromId);
        QVERIFY(song);
        QCOMPARE(song->customKind(), s("song"));
        QCOMPARE(song->fillColor(), QColor(data.types.kind(s("song"))->color));
        QCOMPARE(song->outline(), GraphStyle::shape(*data.types.kind(s("song")), song->radius()));
        const EdgeItem *sung = nullptr;
        const EdgeItem *follows = nullptr;
        for (const EdgeItem *e : scene->edgeItems()) {
            if (e->id() == data.relationships.at(0).id)
                sung = e;
            if (e->id() == data.relationships.at(1).id)
                follows = e;
        }
        QVERIFY(sung && follows);
        QCOMPARE(sung->pen().color(), QColor(data.types.relationshipTypes.at(0).color));
        QVERIFY(sung->pen().color() != follows->pen().color());
        QVERIFY(follows->arrow().isEmpty()); // followedBy has no direction
        QVERIFY(!sung->arrow().isEmpty());

        GraphLegend *legend = w->view()->legend();
        QTRY_COMPARE(keys(legend->customKinds()), QStringList({ s("song"), s("artist") }));
        QCOMPARE(keys(legend->customTypes()), QStringList({ s("sungBy"), s("followedBy") }));
        QVERIFY(!legend->kinds().contains(EntityKind::Custom));

        // Hiding a kind of its own hides its nodes, and the legend drops it.
        scene->setCustomKindShown(s("artist"), false);
        QVERIFY(!scene->shownNodes().contains(first.toId));
        QTRY_COMPARE(keys(legend->customKinds()), QStringList({ s("song") }));
        scene->setCustomKindShown(s("artist"), true);
        QVERIFY(scene->shownNodes().contains(first.toId));

        // Recolouring a kind is one undoable edit the graph follows.
        CustomTypes recoloured = doc.data().types;
        recoloured.kinds[0].color = s("#010203");
        recoloured.relationshipTypes[1].directed = true;
        doc.undoStack()->push(new EditCommand(&doc, DataEdit::setTypes(doc.data(), recoloured),
                                              s("Edit Kinds and Types")));
        QCOMPARE(scene->node(first.fromId)->fillColor(), QColor(s("#010203")));
        QVERIFY(!follows->arrow().isEmpty());
        doc.undoStack()->undo();
        QCOMPARE(scene->node(first.fromId)->fillColor(), QColor(data.types.kind(s("song"))->color));
        QVERIFY(follows->arrow().isEmpty());
    }

    // Apache TinkerPop's Grateful Dead graph (tests/io/data/tinkerpop): song and artist nodes,
    // followedBy, sungBy and writtenBy edges, each in the legend with a look of its own. With
    // ATLAS_SHOT_DIR set, a picture is kept for a person to look at.
    void tinkerpopGraph()
    {
        QString error;
        const auto in = GraphMlDataset::readFile(
                QStringLiteral(ATLAS_SOURCE_DIR "/tests/io/data/tinkerpop/grateful-dead.xml"),
                Dataset(), &error);
        QVERIFY2(in, qPrintable(error));
        Document doc;
        auto w = open(doc, in->data);
        QVERIFY(w);
        GraphLegend *legend = w->view()->legend();
        QTRY_COMPARE(keys(legend->customKinds()), QStringList({ s("song"), s("artist") }));
        QStringList types = keys(legend->customTypes()); // in the order the file defines them
        types.sort();
        QCOMPARE(types, QStringList({ s("followedBy"), s("sungBy"), s("writtenBy") }));
        QVERIFY(legend->kinds().isEmpty());
        QVERIFY(legend->types().isEmpty());
        const QString dir = qEnvironmentVariable("ATLAS_SHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(dir + QStringLiteral("/tinkerpop-graph.png"));
    }
};

QTEST_MAIN(TestCustomTypesGraph)
#include "tst_customtypesgraph.moc"
