// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Drawing nodes as an imported file drew them: the colours and sizes of a GEXF file's viz (Gephi's
// Les Misérables, tests/io/data/gexf), on request, in the window and in its exports.
#include "graph/graphlegend.h"
#include "graph/graphrender.h"
#include "graph/graphscene.h"
#include "graph/graphstyle.h"
#include "graph/graphview.h"
#include "graph/graphwidget.h"
#include "graph/nodeitem.h"
#include "io/datasetfiles.h"
#include "io/gexfdataset.h"
#include "models/document.h"
#include "models/editcommands.h"
#include "testsupport/fixturebuilder.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace atlas;

namespace {

const QString kLesMiserables =
        QStringLiteral(ATLAS_SOURCE_DIR "/tests/io/data/gexf/gephi-les-miserables.gexf");

// Two pairs of companies, without any viz.
Dataset plain()
{
    test::FixtureBuilder b;
    b.company(QStringLiteral("a"), QStringLiteral("A"))
            .company(QStringLiteral("b"), QStringLiteral("B"))
            .company(QStringLiteral("c"), QStringLiteral("C"))
            .relationship(QStringLiteral("ab"), RelationshipType::Partner, QStringLiteral("a"),
                          QStringLiteral("b"))
            .relationship(QStringLiteral("bc"), RelationshipType::Partner, QStringLiteral("b"),
                          QStringLiteral("c"));
    return b;
}

QColor fileColour(const Entity &e)
{
    const Attribute *a = e.attributes.find(GexfDataset::vizColorAttribute());
    return a ? QColor::fromString(a->textValue()) : QColor();
}

double fileSize(const Entity &e)
{
    const Attribute *a = e.attributes.find(GexfDataset::vizSizeAttribute());
    return a ? a->numberValue() : 0;
}

int distance(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green())
            + std::abs(a.blue() - b.blue());
}

} // namespace

class TestGraphFileLook : public QObject
{
    Q_OBJECT

    Dataset m_lesMiserables;

    // A settled scene of Les Misérables, laid out at once.
    static void settle(GraphScene *scene) { scene->setAsynchronous(false); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        const auto in = DatasetFiles::read(kLesMiserables, Dataset(), &error);
        QVERIFY2(in, qPrintable(error));
        m_lesMiserables = in->data;
        // What the file says of Myriel (node 0): <viz:size value="28.685715"> and a colour.
        const Entity *myriel =
                m_lesMiserables.entities.isEmpty() ? nullptr : &m_lesMiserables.entities[0];
        QVERIFY(myriel && fileColour(*myriel).isValid() && fileSize(*myriel) > 28);
    }

    void coloursAsInTheFile()
    {
        Document doc;
        doc.setData(m_lesMiserables);
        GraphScene scene(&doc);
        settle(&scene);
        QVERIFY(scene.hasFileColours());
        QCOMPARE(scene.nodeItems().size(), 77);
        // Off (the default): the kind's colour.
        for (const NodeItem *n : scene.nodeItems())
            QCOMPARE(n->fillColor(), n->kindColor());
        QVERIFY(scene.showsKindColours());

        scene.setColouredFromFile(true);
        QSet<QRgb> colours;
        for (const NodeItem *n : scene.nodeItems()) {
            const QColor expected = fileColour(*doc.data().entity(n->id()));
            QVERIFY(expected.isValid());
            QCOMPARE(n->fillColor(), expected);
            colours.insert(expected.rgb());
        }
        QVERIFY(colours.size() > 5); // the file's groups, not one colour
        QVERIFY(!colours.contains(GraphStyle::fill(EntityKind::Company).rgb()));
        // The legend's shapes go grey: every node has the file's colour, not its kind's.
        QVERIFY(!scene.showsKindColours());
        QVERIFY2(scene.legendNotes().join(u'\n').contains(QLatin1String("from the file")),
                 qPrintable(scene.legendNotes().join(u'\n')));

        scene.setColouredFromFile(false);
        for (const NodeItem *n : scene.nodeItems())
            QCOMPARE(n->fillColor(), n->kindColor());
        QVERIFY(scene.legendNotes().isEmpty());
    }

    void sizesAsInTheFile()
    {
        Document doc;
        doc.setData(m_lesMiserables);
        GraphScene scene(&doc);
        settle(&scene);
        QVERIFY(scene.hasFileSizes());
        scene.setSizedFromFile(true);
        QList<std::pair<double, const NodeItem *>> bySize;
        for (const NodeItem *n : scene.nodeItems())
            bySize.append({ fileSize(*doc.data().entity(n->id())), n });
        std::sort(bySize.begin(), bySize.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        // Radii in the order of the sizes, strictly where the sizes differ.
        for (qsizetype i = 1; i < bySize.size(); ++i) {
            const auto &[s0, n0] = bySize.at(i - 1);
            const auto &[s1, n1] = bySize.at(i);
            if (s1 > s0)
                QVERIFY2(n1->radius() > n0->radius(), qPrintable(n1->id() + u' ' + n0->id()));
            else
                QCOMPARE(n1->radius(), n0->radius());
        }
        // The smallest and the largest size span the least and the largest radius.
        QCOMPARE(bySize.first().second->radius(), GraphStyle::kMinDegreeRadius);
        QCOMPARE(bySize.last().second->radius(), GraphStyle::kMaxDegreeRadius);
        QVERIFY(scene.legendNotes().join(u'\n').contains(QLatin1String("from the file")));

        scene.setSizedFromFile(false);
        for (const NodeItem *n : scene.nodeItems())
            QCOMPARE(n->radius(), GraphStyle::radius(n->kind(), n->degree()));
    }

    void fileRadiusScalesLinearly()
    {
        QCOMPARE(GraphStyle::fileRadius(4, 4, 31), GraphStyle::kMinDegreeRadius);
        QCOMPARE(GraphStyle::fileRadius(31, 4, 31), GraphStyle::kMaxDegreeRadius);
        QCOMPARE(GraphStyle::fileRadius(17.5, 4, 31),
                 (GraphStyle::kMinDegreeRadius + GraphStyle::kMaxDegreeRadius) / 2);
        // One size for all, or no size: the node keeps its normal size.
        QCOMPARE(GraphStyle::fileRadius(10, 10, 10), 0.0);
        QCOMPARE(GraphStyle::fileRadius(0, 0, 10), 0.0);
        QCOMPARE(GraphStyle::fileRadius(-3, -3, 10), 0.0);
    }

    // Nodes the file gave nothing keep their kind's colour and their size; the legend says so.
    void nodesWithoutVizKeepTheirLook()
    {
        Dataset data = plain();
        data.entities[0].attributes.set(
                Attribute::text(GexfDataset::vizColorAttribute(), QStringLiteral("#123456")));
        data.entities[0].attributes.set(Attribute::number(GexfDataset::vizSizeAttribute(), 3));
        data.entities[1].attributes.set(Attribute::number(GexfDataset::vizSizeAttribute(), 9));
        Document doc;
        doc.setData(data);
        GraphScene scene(&doc);
        settle(&scene);
        scene.setColouredFromFile(true);
        scene.setSizedFromFile(true);
        NodeItem *a = scene.node(QStringLiteral("a"));
        NodeItem *b = scene.node(QStringLiteral("b"));
        NodeItem *c = scene.node(QStringLiteral("c"));
        QCOMPARE(a->fillColor(), QColor(0x12, 0x34, 0x56));
        QCOMPARE(b->fillColor(), b->kindColor());
        QCOMPARE(a->radius(), GraphStyle::kMinDegreeRadius);
        QCOMPARE(b->radius(), GraphStyle::kMaxDegreeRadius);
        QCOMPARE(c->radius(), GraphStyle::radius(c->kind(), c->degree()));
        QVERIFY(scene.showsKindColours());
        QVERIFY(scene.legendNotes().join(u'\n').contains(QLatin1String("else kind")));
    }

    void exclusiveWithCommunityAndDegree()
    {
        Document doc;
        doc.setData(m_lesMiserables);
        GraphView view(&doc);
        GraphScene *scene = view.graphScene();
        settle(scene);
        QAction *fromFile = view.colourFromFileAction();
        QAction *community = view.colourByCommunityAction();
        QAction *sizeFromFile = view.sizeFromFileAction();
        QAction *degree = view.sizeByDegreeAction();
        QVERIFY(fromFile->isCheckable() && sizeFromFile->isCheckable());
        QVERIFY(fromFile->isEnabled() && sizeFromFile->isEnabled());
        QVERIFY(fromFile->text() != community->text());

        community->setChecked(true);
        fromFile->setChecked(true);
        QVERIFY(!community->isChecked());
        QVERIFY(scene->isColouredFromFile() && !scene->isColouredByCommunity());
        const NodeItem *myriel = scene->node(doc.data().entities.first().id);
        QCOMPARE(myriel->fillColor(), fileColour(doc.data().entities.first()));
        community->setChecked(true);
        QVERIFY(!fromFile->isChecked());
        QVERIFY(!scene->isColouredFromFile() && scene->isColouredByCommunity());
        QVERIFY(myriel->fillColor() != fileColour(doc.data().entities.first()));

        degree->setChecked(true);
        sizeFromFile->setChecked(true);
        QVERIFY(!degree->isChecked());
        QVERIFY(scene->isSizedFromFile() && !scene->isSizedByDegree());
        QCOMPARE(myriel->isSizedByDegree(), false);
        degree->setChecked(true);
        QVERIFY(!sizeFromFile->isChecked());
        QVERIFY(!scene->isSizedFromFile() && scene->isSizedByDegree());
        QCOMPARE(myriel->radius(), GraphStyle::degreeRadius(myriel->degree()));

        // The scene keeps them apart too, for whoever sets them directly (exports).
        scene->setColouredFromFile(true);
        QVERIFY(!scene->isColouredByCommunity());
        scene->setSizedFromFile(true);
        QVERIFY(!scene->isSizedByDegree());
    }

    // Without any viz the options are off limits, saying why; an edit that brings a colour or a
    // size makes them available and is drawn at once, as is a node that comes later.
    void actionsFollowTheData()
    {
        Document doc;
        doc.setData(plain());
        GraphView view(&doc);
        settle(view.graphScene());
        QAction *fromFile = view.colourFromFileAction();
        QAction *sizeFromFile = view.sizeFromFileAction();
        QVERIFY(!fromFile->isEnabled() && !sizeFromFile->isEnabled());
        QVERIFY2(fromFile->toolTip().contains(QLatin1String("No entity")),
                 qPrintable(fromFile->toolTip()));
        QVERIFY(sizeFromFile->toolTip().contains(QLatin1String("No entity")));
        fromFile->setChecked(true); // remembered from an earlier session, say

        Entity a = *doc.data().entity(QStringLiteral("a"));
        a.attributes.set(
                Attribute::text(GexfDataset::vizColorAttribute(), QStringLiteral("#ff8800")));
        doc.undoStack()->push(EditCommands::updateEntity(&doc, a));
        QVERIFY(fromFile->isEnabled());
        QVERIFY(!sizeFromFile->isEnabled());
        QVERIFY(fromFile->toolTip().contains(QLatin1String("viz:color")));
        QCOMPARE(view.graphScene()->node(QStringLiteral("a"))->fillColor(), QColor(0xff, 0x88, 0));

        // An edit of the attribute is followed.
        a.attributes.set(
                Attribute::text(GexfDataset::vizColorAttribute(), QStringLiteral("#0088ff")));
        doc.undoStack()->push(EditCommands::updateEntity(&doc, a));
        QCOMPARE(view.graphScene()->node(QStringLiteral("a"))->fillColor(), QColor(0, 0x88, 0xff));

        // A new entity with a colour, drawn once a relationship gives it a node.
        Entity d;
        d.id = QStringLiteral("d");
        d.name.en = QStringLiteral("D");
        d.attributes.set(
                Attribute::text(GexfDataset::vizColorAttribute(), QStringLiteral("#00aa00")));
        doc.undoStack()->push(EditCommands::addEntity(&doc, d));
        Relationship r;
        r.id = QStringLiteral("cd");
        r.type = RelationshipType::Partner;
        r.fromId = QStringLiteral("c");
        r.toId = QStringLiteral("d");
        r.sourceIds = doc.data().relationships.first().sourceIds;
        QSignalSpy failed(&doc, &Document::editFailed);
        doc.undoStack()->push(EditCommands::addRelationship(&doc, r));
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QVERIFY(view.graphScene()->node(QStringLiteral("d")));
        QCOMPARE(view.graphScene()->node(QStringLiteral("d"))->fillColor(), QColor(0, 0xaa, 0));

        // Undone to nothing: unavailable again, every node its kind's colour.
        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        QVERIFY(!fromFile->isEnabled());
        for (const NodeItem *n : view.graphScene()->nodeItems())
            QCOMPARE(n->fillColor(), n->kindColor());
    }

    // The SVG and PNG exports draw what the window draws.
    void exportsCarryTheFileColours()
    {
        Document doc;
        doc.setData(m_lesMiserables);
        GraphScene scene(&doc);
        settle(&scene);
        QTemporaryDir dir;
        const QString off = dir.filePath(QStringLiteral("off.svg"));
        const QString on = dir.filePath(QStringLiteral("on.svg"));
        QString error;
        QVERIFY2(GraphRender::renderScene(&scene, off, &error), qPrintable(error));
        scene.setColouredFromFile(true);
        QVERIFY2(GraphRender::renderScene(&scene, on, &error), qPrintable(error));
        const auto read = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray svgOff = read(off);
        const QByteArray svgOn = read(on);
        for (const Entity &e : doc.data().entities) {
            const QByteArray fill = "fill=\"" + fileColour(e).name().toLatin1() + '"';
            QVERIFY2(svgOn.contains(fill), fill.constData());
            QVERIFY2(!svgOff.contains(fill), fill.constData());
        }
        QVERIFY(svgOn.contains("from the file")); // the legend says where colours come from
        // A GEXF export writes the colour drawn.
        const GexfDataset::Viz viz = GraphRender::nodeViz(&scene);
        for (const Entity &e : doc.data().entities)
            QCOMPARE(viz.value(e.id).color, fileColour(e).name());
        if (const QByteArray shot = qgetenv("ATLAS_SHOT_DIR"); !shot.isEmpty()) {
            scene.setSizedFromFile(true);
            for (const char *name : { "/les-miserables-viz.svg", "/les-miserables-viz.png" })
                QVERIFY(GraphRender::renderScene(
                        &scene, QString::fromLocal8Bit(shot) + QLatin1String(name), &error));
            scene.setSizedFromFile(false);
        }

        // The PNG: Myriel's centre in the file's colour.
        const NodeItem *myriel = scene.node(doc.data().entities.first().id);
        QImage image(800, 800, QImage::Format_ARGB32);
        QPainter painter(&image);
        const QRectF around(myriel->pos() - QPointF(10, 10), QSizeF(20, 20));
        scene.setExporting(true);
        scene.render(&painter, QRectF(0, 0, 800, 800), around);
        scene.setExporting(false);
        painter.end();
        QVERIFY2(distance(image.pixelColor(400, 400), fileColour(doc.data().entities.first())) <= 6,
                 qPrintable(image.pixelColor(400, 400).name()));
    }

    // The view keeps a picture of a large graph to draw zoom steps from: a change of colours
    // makes it stale, so the next zoom step shows the new colours, not the kept old ones.
    void colourChangeMakesTheKeptPictureStale()
    {
        Document doc;
        doc.setData(m_lesMiserables);
        GraphWidget w(&doc);
        w.resize(1000, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY(w.scene()->isSettled() && !w.scene()->shownNodes().isEmpty());
        GraphView *view = w.view();
        QWidget *viewport = view->viewport();
        view->setPictureReuse(GraphView::PictureReuse::Always);
        viewport->repaint(); // the picture kept, in the kinds' colours
        view->colourFromFileAction()->setChecked(true);
        view->zoomInAction()->trigger(); // at once: a zoom step drawn from the kept picture
        QCoreApplication::processEvents();
        const QPoint origin = viewport->mapTo(&w, QPoint());
        const QImage shown = w.screen()
                                     ->grabWindow(w.winId(), origin.x(), origin.y(),
                                                  viewport->width(), viewport->height())
                                     .toImage();
        // Node centres in the file's colours (a label or a line over a centre aside).
        int compared = 0;
        int matched = 0;
        for (const NodeItem *n : w.scene()->nodeItems()) {
            const QPoint p = view->mapFromScene(n->pos());
            if (!viewport->rect().contains(p) || n->radius() * view->zoom() < 3)
                continue;
            const QColor expected = fileColour(*doc.data().entity(n->id()));
            if (distance(shown.pixelColor(p), expected) <= 30)
                ++matched;
            ++compared;
        }
        QVERIFY2(matched * 10 >= compared * 9,
                 qPrintable(QStringLiteral("%1 of %2").arg(matched).arg(compared)));
        // The legend says so, and stays in view (it steps aside when wider than a third of it).
        QVERIFY(view->legend()->notes().join(u'\n').contains(QLatin1String("from the file")));
        QVERIFY(view->legend()->isVisible());
        QVERIFY(compared > 10);
    }
};

QTEST_MAIN(TestGraphFileLook)
#include "tst_graphfilelook.moc"
