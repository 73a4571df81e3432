// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The company graph as a user meets it: clicks at the places nodes are drawn, double-click
// focus, search, filters, dragging and undo, keyboard, zoom, and the time window.
#include "core/dataedit.h"
#include "core/heap.h"
#include "core/syntheticdataset.h"
#include "graph/edgeitem.h"
#include "graph/graphlegend.h"
#include "graph/graphscene.h"
#include "graph/graphstyle.h"
#include "graph/graphview.h"
#include "graph/graphwidget.h"
#include "graph/minimap.h"
#include "graph/nodeitem.h"
#include "testsupport/firsteditiondataset.h"
#include "models/document.h"
#include "models/editcommands.h"

#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QImage>
#include <QRandomGenerator>
#include <QLineEdit>
#include <QScreen>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace atlas;

namespace {

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

// Types text as key presses; QTest::keyClicks only knows Latin-1 keys, Korean needs text events.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

} // namespace

// Counts the paint events a widget receives.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

class TestGraphView : public QObject
{
    Q_OBJECT

    Dataset m_builtin;

    // A shown, settled graph widget on the built-in data.
    std::unique_ptr<GraphWidget> open(Document &doc, const Dataset *data = nullptr)
    {
        doc.setData(data ? *data : m_builtin);
        auto w = std::make_unique<GraphWidget>(&doc);
        w->resize(1200, 800);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            return {};
        if (!QTest::qWaitFor(
                    [&] { return w->scene()->isSettled() && !w->scene()->shownNodes().isEmpty(); }))
            return {};
        return w;
    }

    // Where the node's centre is on screen, in viewport coordinates.
    static QPoint at(GraphView *view, const QString &id)
    {
        return view->mapFromScene(view->graphScene()->node(id)->pos());
    }

    static bool settled(GraphWidget *w) { return w->scene()->isSettled(); }

    // Where every node is, by entity id.
    static QHash<QString, QPointF> positions(const GraphScene *scene)
    {
        QHash<QString, QPointF> out;
        for (const NodeItem *n : scene->nodeItems())
            out.insert(n->id(), n->pos());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_builtin = TestData::firstEdition();
    }

    void clickSelectsEntity_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("KT") << QStringLiteral("kt");
        QTest::newRow("Microsoft") << QStringLiteral("microsoft");
        QTest::newRow("a product") << QStringLiteral("copilot");
        QTest::newRow("the alliance") << QStringLiteral("global-telco-ai-alliance");
    }
    void clickSelectsEntity()
    {
        QFETCH(QString, id);
        Document doc;
        auto w = open(doc);
        QVERIFY(w);
        GraphView *view = w->view();
        const QPoint p = at(view, id);
        QVERIFY(view->viewport()->rect().contains(p));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, p);
        QCOMPARE(doc.selection().type, Document::SelectionType::Entity);
        QCOMPARE(doc.selection().id, id);
        QCOMPARE(w->scene()->node(id)->mark(), NodeItem::Mark::Selected);

        // A click on empty canvas clears it again.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->viewport()->rect().bottomRight() - QPoint(3, 3));
        QCOMPARE(doc.selection().type, Document::SelectionType::None);
    }

    void clickOnEdgeSelectsRelationship()
    {
        Document doc;
        auto w = open(doc);
        QVERIFY(w);
        const QString id = QStringLiteral("rel-sk-telecom-invests-in-perplexity");
        const EdgeItem *edge = w->scene()->edge(id);
        QVERIFY(edge && edge->isVisible());
        QTest::mouseClick(w->view()->viewport(), Qt::LeftButton, {},
                          w->view()->mapFromScene(edge->midPoint()));
        QCOMPARE(doc.selection().type, Document::SelectionType::Relationship);
        QCOMPARE(doc.selection().id, id);
    }

    void selectionElsewhereIsMarked()
    {
        Document doc;
        auto w = open(doc);
        QVERIFY(w);
        doc.selectRelationship(QStringLiteral("rel-kt-supplies-microsoft"));
        QVERIFY(w->scene()->edge(QStringLiteral("rel-kt-supplies-microsoft"))->isMarked());
        QCOMPARE(w->scene()->node(QStringLiteral("kt"))->mark(), NodeItem::Mark::Related);
        doc.selectEntity(QStringLiteral("openai"));
        QVERIFY(!w->scene()->edge(QStringLiteral("rel-kt-supplies-microsoft"))->isMarked());
        QCOMPARE(w->scene()->node(QStringLiteral("openai"))->mark(), NodeItem::Mark::Selected);
    }

    void doubleClickFocusesOnNeighbourhood_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("hops");
        QTest::newRow("KT, 1 step") << QStringLiteral("kt") << 1;
        QTest::newRow("KT, 2 steps") << QStringLiteral("kt") << 2;
        QTest::newRow("KT, 3 steps") << QStringLiteral("kt") << 3;
        QTest::newRow("LG Uplus, 2 steps") << QStringLiteral("lg-uplus") << 2;
        QTest::newRow("a leaf, 1 step") << QStringLiteral("perplexity") << 1;
    }
    void doubleClickFocusesOnNeighbourhood()
    {
        QFETCH(QString, id);
        QFETCH(int, hops);
        Document doc;
        auto w = open(doc);
        QVERIFY(w);
        GraphView *view = w->view();
        const QSet<QString> everything = toSet(w->scene()->shownNodes());
        w->hopsBox()->setValue(hops);
        QCOMPARE(view->hops(), hops);

        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at(view, id));
        QCOMPARE(w->scene()->focusNode(), id);
        const QSet<QString> expected = doc.graph().neighbourhood(id, hops);
        QCOMPARE(toSet(w->scene()->shownNodes()), expected);
        // Every shown relationship joins two shown nodes; the others fade out.
        for (const EdgeItem *e : w->scene()->edgeItems()) {
            const bool inside =
                    expected.contains(e->source()->id()) && expected.contains(e->dest()->id());
            QCOMPARE(e->shownTarget(), inside);
        }
        QTRY_VERIFY(settled(w.get()));
        for (const NodeItem *n : w->scene()->nodeItems())
            QCOMPARE(n->isVisible(), expected.contains(n->id()));

        // Escape returns to the whole graph.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Escape);
        QVERIFY(w->scene()->focusNode().isEmpty());
        QCOMPARE(toSet(w->scene()->shownNodes()), everything);
    }

    void hopsChangeTheFocus()
    {
        Document doc;
        auto w = open(doc);
        QVERIFY(w);
        w->view()->focusNeighbourhood(QStringLiteral("sk-telecom"));
        QCOMPARE(toSet(w->scene()->shownNodes()),
                 doc.graph().neighbourhood(QStringLiteral("sk-telecom"), 1));
        w->hopsBox()->setValue(2);
        QCOMPARE(toSet(w->scene()->shownNodes()),
                 doc.graph().neighbourhood(QStringLiteral("sk-telecom"), 2));
    }

    void searchSelectsAndCentres_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("id");
        QTest::newRow("English name") << QStringLiteral("Microsoft") << QStringLiteral("microsoft");
        QTest::newRow("Korean name")
                << QStringLiteral("퍼플렉시티") << QStringLiteral("perplexity");
        QTest::newRow("ticker") << QStringLiteral("030200") << QStringLiteral("kt");
        QTest::newRow("lower case") << QStringLiteral("exaone") << QStringLiteral("exaone");
        QTest::newRow("part of a name")
                << QStringLiteral("Telco AI") << QStringLiteral("global-telco-ai-alliance");
    }
    void searchSelectsAndCentres()
    {
        QFETCH(QString, text);
        QFETCH(QString, id);
        Document doc;
        auto w = open(doc);
        QVERIFY(w);
        GraphView *view = w->view();
        view->zoomBy(3); // zoomed in, so centring has to move the view
        w->searchField()->setFocus();
        typeText(w->searchField(), text);
        QTest::keyClick(w->searchField(), Qt::Key_Return);
        QCOMPARE(doc.selection().type, Document::SelectionType::Entity);
        QCOMPARE(doc.selection().id, id);
        const QPointF centre = view->mapToScene(view->viewport()->rect().center());
        const QPointF node = w->scene()->node(id)->home();
        QVERIFY2(QLineF(centre, node).length() < 2 / view->zoom(),
                 qPrintable(QStringLiteral("view centre %1,%2, node %3,%4")
                                    .arg(centre.x())
                                    .arg(centre.y())
                                    .arg(node.x())
                                    .arg(node.y())));
    }

    void completionOffersBothNamesAndTicker()
    {
        Document doc;
        auto w = open(doc);
        QVERIFY(w);
        const QStringList lines =
                qobject_cast<QStringListModel *>(w->completer()->model())->stringList();
        const auto kt = std::find_if(lines.cbegin(), lines.cend(),
                                     [](const QString &l) { return l.startsWith(u"KT "); });
        QVERIFY(kt != lines.cend());
        QVERIFY(kt->contains(QStringLiteral("케이티")));
        QVERIFY(kt->contains(QStringLiteral("030200")));
        w->completer()->setCompletionPrefix(QStringLiteral("케이"));
        QCOMPARE(w->completer()->currentCompletion(), *kt);
    }

    void searchRevealsWhatAFilterHid()
    {
        Document doc;
        auto w = open(doc);
        QVERIFY(w);
        w->kindAction(EntityKind::AiModel)->setChecked(false);
        QVERIFY(!w->scene()->shownNodes().contains(QStringLiteral("phi")));
        QVERIFY(w->find(QStringLiteral("Phi")));
        QVERIFY(w->scene()->shownNodes().contains(QStringLiteral("phi")));
        QVERIFY(w->kindAction(EntityKind::AiModel)->isChecked());
        QVERIFY(!w->find(QStringLiteral("no such company")));
    }

    // The search finds an entity by its attributes when no name or ticker matches.
    void searchFindsByAttributes()
    {
        Dataset data = m_builtin;
        Attributes &lg = data.entities[data.entityIndex(QStringLiteral("lg-uplus"))].attributes;
        lg.append(Attribute::text(QStringLiteral("segment"), QStringLiteral("cable operator")));
        lg.append(Attribute::number(QStringLiteral("subscribers"), 21000000));
        Document doc;
        auto w = open(doc, &data);
        QVERIFY(w);
        QVERIFY(w->find(QStringLiteral("subscribers > 1000000")));
        QCOMPARE(doc.selection().id, QStringLiteral("lg-uplus"));
        doc.select(Document::SelectionType::None, QString());
        QVERIFY(w->find(QStringLiteral("cable")));
        QCOMPARE(doc.selection().id, QStringLiteral("lg-uplus"));
        QVERIFY(!w->find(QStringLiteral("subscribers > 99000000")));
    }

    void filtersHide()
    {
        Document doc;
        auto w = open(doc);
        QVERIFY(w);
        GraphScene *scene = w->scene();
        // By kind: companies go, and so does every relationship of a company.
        w->kindAction(EntityKind::Company)->setChecked(false);
        QVERIFY(!scene->shownNodes().contains(QStringLiteral("kt")));
        QVERIFY(!scene->shownEdges().contains(QStringLiteral("rel-microsoft-makes-azure")));
        QVERIFY(scene->shownNodes().contains(
                QStringLiteral("ixi-gen"))); // built on EXAONE, no company needed
        QTRY_VERIFY(!scene->node(QStringLiteral("kt"))->isVisible());
        QVERIFY(!scene->shownKinds().contains(EntityKind::Company));
        w->kindAction(EntityKind::Company)->setChecked(true);
        QVERIFY(scene->shownNodes().contains(QStringLiteral("kt")));

        // By type: "makes" goes; products only made by someone go with it, KT stays.
        w->typeAction(RelationshipType::Makes)->setChecked(false);
        QVERIFY(!scene->shownEdges().contains(QStringLiteral("rel-microsoft-makes-azure")));
        QVERIFY(!scene->shownNodes().contains(QStringLiteral("azure")));
        QVERIFY(!scene->shownNodes().contains(QStringLiteral("mi-dm")));
        QVERIFY(scene->shownNodes().contains(QStringLiteral("kt")));
        QTRY_VERIFY(!scene->node(QStringLiteral("azure"))->isVisible());
        // The legend follows.
        QVERIFY(!w->view()->legend()->types().contains(RelationshipType::Makes));
        QVERIFY(w->view()->legend()->types().contains(RelationshipType::Partner));
    }

    void dragMovesAndUndoRestores()
    {
        Document doc;
        auto w = open(doc);
        QVERIFY(w);
        GraphView *view = w->view();
        const QString id = QStringLiteral("perplexity");
        NodeItem *node = w->scene()->node(id);
        const QPointF before = node->pos();
        const QPoint from = at(view, id);
        const QPoint to = from + QPoint(60, 45);
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
        for (int k = 1; k <= 6; ++k)
            QTest::mouseMove(view->viewport(), from + (to - from) * k / 6);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);

        const QPointF expected = before + QPointF(60, 45) / view->zoom();
        QVERIFY(QLineF(node->pos(), expected).length() < 2);
        QVERIFY(doc.nodePosition(id).has_value());
        QCOMPARE(*doc.nodePosition(id), node->pos());
        QCOMPARE(doc.undoStack()->count(), 1); // one step for the whole drag

        doc.undoStack()->undo();
        QVERIFY(!doc.nodePosition(id).has_value());
        QTRY_COMPARE(node->pos(), before);
        doc.undoStack()->redo();
        QTRY_VERIFY(QLineF(node->pos(), expected).length() < 2);

        // It stays where it was put when the graph is laid out again.
        view->relayoutAction()->trigger();
        QTRY_VERIFY(settled(w.get()));
        QVERIFY(QLineF(node->pos(), expected).length() < 2);
    }

    void shiftArrowsNudgeAsOneUndoStep()
    {
        Document doc;
        auto w = open(doc);
        QVERIFY(w);
        GraphView *view = w->view();
        NodeItem *node = w->scene()->node(QStringLiteral("singtel"));
        const QPointF before = node->home();
        w->scene()->setKeyboardNode(node->id());
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
        QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
        QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
        QVERIFY(node->home().x() > before.x());
        QVERIFY(node->home().y() > before.y());
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QCOMPARE(node->home(), before);
        QVERIFY(!doc.nodePosition(node->id()));
        // A drag after them is a step of its own.
        doc.undoStack()->redo();
        QTest::mouseMove(view->viewport(), at(view, node->id()));
        QTRY_VERIFY(settled(w.get()));
        const QPoint from = at(view, node->id());
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
        for (int k = 1; k <= 4; ++k)
            QTest::mouseMove(view->viewport(), from + QPoint(0, 12 * k));
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, from + QPoint(0, 48));
        QCOMPARE(doc.undoStack()->count(), 2);
    }

    void hoverDimsAllButTheNeighbours()
    {
        Document doc;
        auto w = open(doc);
        QVERIFY(w);
        QTest::mouseMove(w->view()->viewport(), at(w->view(), QStringLiteral("kt")));
        QTRY_COMPARE(w->scene()->hoveredNode(), QStringLiteral("kt"));
        const QSet<QString> near = doc.graph().neighbourhood(QStringLiteral("kt"), 1);
        for (const NodeItem *n : w->scene()->nodeItems())
            QCOMPARE(n->isDimmed(), !near.contains(n->id()));
        // Dimmed nodes are drawn faded towards the canvas.
        const QImage shot = w->view()->viewport()->grab().toImage();
        const qreal dpr = shot.devicePixelRatio();
        const QColor dim = shot.pixelColor(at(w->view(), QStringLiteral("perplexity")) * dpr);
        const QColor lit = shot.pixelColor(at(w->view(), QStringLiteral("microsoft")) * dpr);
        QVERIFY2(dim.lightness() > lit.lightness() + 80,
                 qPrintable(dim.name() + u' ' + lit.name()));
        QTest::mouseMove(w->view()->viewport(),
                         w->view()->viewport()->rect().bottomRight() - QPoint(2, 2));
        QTRY_VERIFY(w->scene()->hoveredNode().isEmpty());
        QVERIFY(!w->scene()->node(QStringLiteral("perplexity"))->isDimmed());
    }

    // On a large graph the hover is drawn from the picture kept of the graph without it: that
    // picture dimmed, the hovered neighbourhood drawn over it. It must look as the drawing of
    // every item does, and the hover's end must bring the plain picture back.
    void hoverFromTheKeptPictureLooksAsTheCrispDrawing()
    {
        Document doc;
        auto w = open(doc);
        QVERIFY(w);
        GraphView *view = w->view();
        QWidget *viewport = view->viewport();
        view->setPictureReuse(GraphView::PictureReuse::Always);
        viewport->repaint(); // the plain picture, kept from the window's own drawing
        // What the window shows (its backing store), not a new drawing of the viewport.
        const auto shown = [&] {
            QCoreApplication::processEvents();
            const QPoint origin = viewport->mapTo(w->window(), QPoint());
            return w->window()
                    ->screen()
                    ->grabWindow(w->window()->winId(), origin.x(), origin.y(), viewport->width(),
                                 viewport->height())
                    .toImage();
        };
        const QImage plain = shown();
        const QString kt = QStringLiteral("kt");
        const int reused = view->reusedPaints();
        QTest::mouseMove(viewport, at(view, kt));
        QTRY_COMPARE(w->scene()->hoveredNode(), kt);
        const QImage fromPicture = shown();
        QVERIFY(view->reusedPaints() > reused);
        view->setPictureReuse(GraphView::PictureReuse::Never);
        const QImage crisp = viewport->grab().toImage();

        // Every node's centre alike in both, but where a hovered relationship crosses it (the
        // picture has those over the dimmed nodes, the crisp drawing under them).
        const NodeItem *hovered = w->scene()->node(kt);
        const auto crossed = [&](QPointF p) {
            for (const EdgeItem *e : hovered->edges()) {
                const QLineF l(view->mapFromScene(e->source()->pos()),
                               view->mapFromScene(e->dest()->pos()));
                const QPointF d = l.p2() - l.p1();
                const qreal t = std::clamp(QPointF::dotProduct(p - l.p1(), d)
                                                   / std::max(1e-9, QPointF::dotProduct(d, d)),
                                           0.0, 1.0);
                if (QLineF(p, l.p1() + d * t).length() < 6)
                    return true;
            }
            return false;
        };
        int compared = 0;
        for (const NodeItem *n : w->scene()->nodeItems()) {
            const QPoint p = at(view, n->id());
            if (!n->isVisible() || !viewport->rect().contains(p) || (n != hovered && crossed(p)))
                continue;
            const QColor a = fromPicture.pixelColor(p);
            const QColor b = crisp.pixelColor(p);
            QVERIFY2(std::abs(a.red() - b.red()) + std::abs(a.green() - b.green())
                                     + std::abs(a.blue() - b.blue())
                             <= 12,
                     qPrintable(n->id() + u' ' + a.name() + u' ' + b.name()));
            ++compared;
        }
        QVERIFY(compared > 20);

        // The hover ends: the plain picture is back, as it was.
        view->setPictureReuse(GraphView::PictureReuse::Always);
        viewport->repaint(); // kept again (the crisp drawing above was not)
        QTest::mouseMove(viewport, at(view, kt) + QPoint(1, 0));
        QTest::mouseMove(viewport, viewport->rect().bottomRight() - QPoint(2, 2));
        QTRY_VERIFY(w->scene()->hoveredNode().isEmpty());
        QCOMPARE(shown(), plain);
    }

    // A hover served from the kept picture leaves the scene taking its items' own updates (a
    // scene told to repaint everything ignores them until a view draws every item, which such a
    // paint does not): a node given the keyboard focus is drawn with its ring at once.
    void hoverFromThePictureKeepsItemUpdates()
    {
        Document doc;
        auto w = open(doc);
        QVERIFY(w);
        GraphView *view = w->view();
        QWidget *viewport = view->viewport();
        view->setPictureReuse(GraphView::PictureReuse::Always);
        viewport->repaint();
        const QString kt = QStringLiteral("kt");
        QTest::mouseMove(viewport, at(view, kt));
        QTRY_COMPARE(w->scene()->hoveredNode(), kt);
        QCoreApplication::processEvents();
        const int paints = view->reusedPaints();
        QTest::mouseMove(viewport, viewport->rect().bottomRight() - QPoint(2, 2));
        QTRY_VERIFY(w->scene()->hoveredNode().isEmpty());
        QCoreApplication::processEvents();
        QVERIFY(view->reusedPaints() > paints); // the hover's end came from the picture

        PaintCounter counter(viewport);
        w->scene()->setKeyboardNode(kt);
        QTRY_VERIFY(counter.paints > 0);
    }

    void keyboardMovesBetweenNodes()
    {
        Document doc;
        auto w = open(doc);
        QVERIFY(w);
        GraphView *view = w->view();
        QSignalSpy details(w.get(), &GraphWidget::detailsRequested);
        view->setFocus(Qt::TabFocusReason);
        QTest::keyClick(view, Qt::Key_Tab);
        const QString first = w->scene()->keyboardNode();
        QVERIFY(!first.isEmpty());
        QTest::keyClick(view, Qt::Key_Tab);
        QVERIFY(w->scene()->keyboardNode() != first);

        // From KT, Right goes to a node to its right.
        w->scene()->setKeyboardNode(QStringLiteral("kt"));
        QTest::keyClick(view, Qt::Key_Right);
        const QString right = w->scene()->keyboardNode();
        QVERIFY(right != QStringLiteral("kt"));
        QVERIFY(w->scene()->node(right)->home().x()
                > w->scene()->node(QStringLiteral("kt"))->home().x());
        QTest::keyClick(view, Qt::Key_Left);
        QVERIFY(w->scene()->node(w->scene()->keyboardNode())->home().x()
                < w->scene()->node(right)->home().x());

        // Enter selects the focused node and asks for its details.
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(doc.selection().id, w->scene()->keyboardNode());
        QCOMPARE(details.count(), 1);
    }

    void zoomShortcutsAndFit()
    {
        Document doc;
        auto w = open(doc);
        QVERIFY(w);
        GraphView *view = w->view();
        view->setFocus();
        const qreal fitted = view->zoom();
        QVERIFY(fitted <= 1.0);
        QTest::keySequence(view, QKeySequence(Qt::CTRL | Qt::Key_Plus));
        QVERIFY(view->zoom() > fitted);
        QTest::keySequence(view, QKeySequence(Qt::CTRL | Qt::Key_Minus));
        QTest::keySequence(view, QKeySequence(Qt::CTRL | Qt::Key_Minus));
        QVERIFY(view->zoom() < fitted);
        view->zoomBy(4);
        QTest::keyClick(view, Qt::Key_F);
        QCOMPARE(view->zoom(), fitted);
        // Fitted, every shown node is inside the view.
        const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
        for (const NodeItem *n : w->scene()->nodeItems())
            QVERIFY(!n->shownTarget() || visible.contains(n->pos()));
    }

    void wheelZoomsAboutTheCursor()
    {
        Document doc;
        auto w = open(doc);
        QVERIFY(w);
        GraphView *view = w->view();
        const QPoint p = at(view, QStringLiteral("lg-uplus"));
        const QPointF under = view->mapToScene(p);
        const qreal before = view->zoom();
        QWheelEvent wheel(p, view->viewport()->mapToGlobal(p), QPoint(), QPoint(0, 240),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &wheel);
        QVERIFY(view->zoom() > before);
        QVERIFY(QLineF(view->mapToScene(p), under).length() < 2 / view->zoom());
    }

    // Progressive zoom: within a gesture the view shows its last picture scaled (each node where
    // the zoom puts it) and draws the graph crisply once the gesture rests or the user clicks.
    void zoomGestureShowsTheScaledPictureThenDrawsCrisply()
    {
        Document doc;
        auto w = open(doc);
        QVERIFY(w);
        GraphView *view = w->view();
        view->setPictureReuse(GraphView::PictureReuse::Always);
        const QString kt = QStringLiteral("kt");
        const QColor fill = view->viewport()->grab().toImage().pixelColor(at(view, kt));
        QVERIFY(fill != GraphStyle::canvas());
        const qreal labelZoom = w->scene()->labelZoom();
        const QPoint about = view->viewport()->rect().center() + QPoint(37, -21);
        QWheelEvent wheel(about, view->viewport()->mapToGlobal(about), QPoint(), QPoint(0, 360),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &wheel);
        QVERIFY(view->zoomPreviewShown());
        QCOMPARE(w->scene()->labelZoom(), labelZoom); // labels wait for the crisp drawing
        const auto near = [](const QColor &a, const QColor &b) {
            return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green())
                    + std::abs(a.blue() - b.blue())
                    < 24;
        };
        // The scaled picture has the node where the new zoom puts it.
        const QImage preview = view->viewport()->grab().toImage();
        QVERIFY(near(preview.pixelColor(at(view, kt)), fill));
        QTRY_VERIFY(!view->zoomPreviewShown());
        QCOMPARE(w->scene()->labelZoom(), view->zoom());
        QVERIFY(near(view->viewport()->grab().toImage().pixelColor(at(view, kt)), fill));

        // A click ends the gesture at once; without progressive zoom there is no gesture.
        QApplication::sendEvent(view->viewport(), &wheel);
        QVERIFY(view->zoomPreviewShown());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(3, 3));
        QVERIFY(!view->zoomPreviewShown());
        view->setPictureReuse(GraphView::PictureReuse::Never);
        QApplication::sendEvent(view->viewport(), &wheel);
        QVERIFY(!view->zoomPreviewShown());
        QCOMPARE(w->scene()->labelZoom(), view->zoom());
    }

    void overviewWhenTheGraphIsLargerThanTheView()
    {
        Document doc;
        auto w = open(doc);
        QVERIFY(w);
        QVERIFY(!w->view()->miniMap()->isVisible());
        w->view()->zoomBy(3);
        QVERIFY(w->view()->miniMap()->isVisible());
        // Its picture is drawn once it shows (not while hidden): the nodes in their colours.
        const auto coloured = [&] {
            const QImage picture = w->view()->miniMap()->grab().toImage();
            int n = 0;
            for (int y = 0; y < picture.height(); ++y) {
                for (int x = 0; x < picture.width(); ++x)
                    n += QColor(picture.pixel(x, y)).hsvSaturation() > 80 ? 1 : 0;
            }
            return n;
        };
        QTRY_VERIFY(coloured() > 20);
        w->view()->fitToView();
        QVERIFY(!w->view()->miniMap()->isVisible());
    }

    // A large graph's overview sketches its shown relationships, an even sample of them past a
    // few thousand (read from the scene's own copies), and a refresh of it repaints no part of the
    // graph beneath (it paints every one of its pixels).
    void overviewSketchesAnEvenSampleAndRepaintsNothingBeneath()
    {
        SyntheticOptions options;
        options.events = 3000;
        options.companies = 300;
        options.relationships = 2000;
        const Dataset data = makeSyntheticDataset(options);
        Document doc;
        auto w = open(doc, &data);
        QVERIFY(w);
        GraphScene *scene = w->scene();
        QList<QLineF> expected;
        for (const EdgeItem *e : scene->edgeItems()) {
            if (e->shownTarget())
                expected.append(QLineF(e->source()->pos(), e->dest()->pos()));
        }
        QVERIFY(expected.size() > 500);
        const QList<QLineF> all = scene->shownEdgeLines();
        QCOMPARE(all.size(), expected.size());
        for (qsizetype i = 0; i < all.size(); ++i)
            QCOMPARE(all.at(i), expected.at(i));
        const QList<QLineF> some = scene->shownEdgeLines(100);
        QVERIFY2(some.size() <= 100 && some.size() > 50, qPrintable(QString::number(some.size())));
        const qsizetype every = (all.size() + 99) / 100;
        for (qsizetype i = 0; i < some.size(); ++i)
            QCOMPARE(some.at(i), all.at(i * every));

        struct PaintCounter : QObject
        {
            int paints = 0;
            bool eventFilter(QObject *, QEvent *event) override
            {
                paints += event->type() == QEvent::Paint ? 1 : 0;
                return false;
            }
        };
        w->view()->zoomBy(3);
        MiniMap *map = w->view()->miniMap();
        QTRY_VERIFY(map->isVisible());
        PaintCounter beneath;
        PaintCounter overview;
        w->view()->viewport()->installEventFilter(&beneath);
        map->installEventFilter(&overview);
        QTRY_VERIFY(overview.paints > 0); // its picture once shown
        const int before = beneath.paints;
        overview.paints = 0;
        map->scheduleRefresh();
        QTRY_VERIFY(overview.paints > 0);
        QCOMPARE(beneath.paints, before);
    }

    void draggingTheCanvasPans()
    {
        Document doc;
        auto w = open(doc);
        QVERIFY(w);
        GraphView *view = w->view();
        view->zoomBy(2);
        doc.selectEntity(QStringLiteral("kt"));
        QPoint from;
        for (int y = 40; y < view->viewport()->height() && from.isNull(); y += 37) {
            for (int x = 40; x < view->viewport()->width() && from.isNull(); x += 37) {
                if (!view->itemAt(QPoint(x, y)))
                    from = QPoint(x, y);
            }
        }
        QVERIFY(!from.isNull());
        const QPointF before = view->mapToScene(view->viewport()->rect().center());
        const QPoint by(-100, -60);
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
        for (int k = 1; k <= 5; ++k)
            QTest::mouseMove(view->viewport(), from + by * k / 5);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, from + by);
        const QPointF after = view->mapToScene(view->viewport()->rect().center());
        QVERIFY(QLineF(after, before - QPointF(by) / view->zoom()).length() < 3 / view->zoom());
        // A pan is not a click: the selection stays.
        QCOMPARE(doc.selection().id, QStringLiteral("kt"));
    }

    void languageChangeRelabels()
    {
        Document doc;
        auto w = open(doc);
        QVERIFY(w);
        GraphScene *scene = w->scene();
        doc.setLanguage(Language::Korean);
        QCOMPARE(scene->node(QStringLiteral("kt"))->label(), QStringLiteral("케이티"));
        QTRY_VERIFY(settled(w.get()));
        // Korean names have other widths: still no two nodes overlap.
        const QList<NodeItem *> &nodes = scene->nodeItems();
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            for (qsizetype j = i + 1; j < nodes.size(); ++j) {
                QVERIFY2(!nodes.at(i)
                                  ->layoutBox()
                                  .translated(nodes.at(i)->pos())
                                  .intersects(
                                          nodes.at(j)->layoutBox().translated(nodes.at(j)->pos())),
                         qPrintable(nodes.at(i)->id() + u'/' + nodes.at(j)->id()));
            }
        }
        const QStringList lines =
                qobject_cast<QStringListModel *>(w->completer()->model())->stringList();
        QVERIFY(lines.contains(QStringLiteral("케이티 · KT · KRX:030200")));
    }

    void loadingOtherDataRebuilds()
    {
        Document doc;
        auto w = open(doc);
        QVERIFY(w);
        w->view()->focusNeighbourhood(QStringLiteral("kt"));
        Dataset small;
        small.entities = { { QStringLiteral("a"),
                             EntityKind::Company,
                             { QStringLiteral("Alpha"), QString() },
                             {},
                             {} },
                           { QStringLiteral("b"),
                             EntityKind::Product,
                             { QStringLiteral("Beta"), QString() },
                             {},
                             {} } };
        Relationship r;
        r.id = QStringLiteral("a-makes-b");
        r.type = RelationshipType::Makes;
        r.fromId = QStringLiteral("a");
        r.toId = QStringLiteral("b");
        small.relationships = { r };
        doc.setData(small);
        QVERIFY(w->scene()->focusNode().isEmpty());
        QTRY_VERIFY(settled(w.get()) && w->scene()->shownNodes().size() == 2);
        QCOMPARE(w->scene()->nodeItems().size(), 2);
        QVERIFY(w->find(QStringLiteral("Beta")));
        QCOMPARE(doc.selection().id, QStringLiteral("b"));
    }

    void editKeepsThePicture()
    {
        Document doc;
        auto w = open(doc);
        QVERIFY(w);
        GraphScene *scene = w->scene();
        const qreal zoom = w->view()->zoom();
        const QPointF kt = scene->node(QStringLiteral("kt"))->pos();
        const QPointF softbank = scene->node(QStringLiteral("softbank"))->pos();
        QString error;
        QVERIFY2(doc.applyEdit(DataEdit::removeEntity(doc.data(), QStringLiteral("perplexity")),
                               &error),
                 qPrintable(error));
        QVERIFY(!scene->node(QStringLiteral("perplexity")));
        QTRY_VERIFY(settled(w.get()));
        // Unlike a load, an edit leaves the rest where the user saw it, and the view as it was.
        QVERIFY(QLineF(scene->node(QStringLiteral("kt"))->pos(), kt).length() < 40);
        QVERIFY(QLineF(scene->node(QStringLiteral("softbank"))->pos(), softbank).length() < 40);
        QCOMPARE(w->view()->zoom(), zoom);
    }

    void timeWindowFadesNodesAndEdges()
    {
        Document doc;
        auto w = open(doc);
        QVERIFY(w);
        GraphScene *scene = w->scene();
        const QPointF skt = scene->node(QStringLiteral("sk-telecom"))->pos();
        // 2023: the alliance had four members; SoftBank joined in 2024, KT and Microsoft partnered
        // in 2024.
        doc.setTimeWindow(QDate(2023, 1, 1), QDate(2023, 12, 31));
        QVERIFY(!scene->shownNodes().contains(QStringLiteral("softbank")));
        QVERIFY(!scene->shownEdges().contains(QStringLiteral("rel-kt-microsoft-partner-2024-06")));
        QVERIFY(scene->shownNodes().contains(QStringLiteral("singtel")));
        QTRY_VERIFY(settled(w.get()));
        QVERIFY(!scene->node(QStringLiteral("softbank"))->isVisible());
        QCOMPARE(toSet(scene->shownNodes()), toSet(doc.graph().nodes()));
        // The rest of the picture stays recognisable: SK Telecom moved less than an edge.
        QVERIFY(QLineF(scene->node(QStringLiteral("sk-telecom"))->pos(), skt).length() < 120);

        doc.resetTimeWindow();
        QVERIFY(scene->shownNodes().contains(QStringLiteral("softbank")));
        QTRY_VERIFY(settled(w.get()));
        QCOMPARE(scene->node(QStringLiteral("softbank"))->opacity(), 1.0);
    }

    // The legend's relationship types are those of the edges shown, through every time window,
    // an edit and its undo (the scene reads them from its own copy of the edges, not the items).
    void legendTypesFollowTheWindowAndEdits()
    {
        Document doc;
        auto w = open(doc);
        QVERIFY(w);
        GraphScene *scene = w->scene();
        auto fromItems = [scene] {
            QSet<RelationshipType> types;
            for (const EdgeItem *e : scene->edgeItems()) {
                if (e->shownTarget())
                    types.insert(e->relationshipType());
            }
            return types;
        };
        auto legend = [scene] {
            const QList<RelationshipType> types = scene->shownTypes();
            return QSet<RelationshipType>(types.cbegin(), types.cend());
        };
        QSet<QSet<RelationshipType>> seen;
        for (int year = 2019; year <= 2026; ++year) {
            doc.setTimeWindow(QDate(year, 1, 1), QDate(year, 12, 31));
            QCOMPARE(legend(), fromItems());
            seen.insert(legend());
        }
        QVERIFY(seen.size() >= 3); // the windows differ in what they show
        // A relationship of a type no shown edge has, valid in the window, and its undo.
        doc.setTimeWindow(QDate(2023, 1, 1), QDate(2023, 12, 31));
        RelationshipType missing = RelationshipType::Custom;
        for (RelationshipType type : allValues<RelationshipType>()) {
            if (type != RelationshipType::Custom && !legend().contains(type)) {
                missing = type;
                break;
            }
        }
        QVERIFY(missing != RelationshipType::Custom);
        Relationship r;
        r.id = QStringLiteral("rel-legend-test");
        r.fromId = QStringLiteral("kt");
        r.toId = QStringLiteral("microsoft");
        r.type = missing;
        r.validFrom = PartialDate::year(2023);
        r.sourceIds = { doc.data().sources.constFirst().id };
        const DataEdit add = DataEdit::addRelationship(doc.data(), r);
        QString error;
        QVERIFY2(doc.applyEdit(add, &error), qPrintable(error));
        QVERIFY(legend().contains(missing));
        QCOMPARE(legend(), fromItems());
        QVERIFY2(doc.applyEdit(add.reversed(), &error), qPrintable(error));
        QVERIFY(!legend().contains(missing));
        QCOMPARE(legend(), fromItems());
    }

    // A relationship valid in 2020 and again in 2023 leaves the graph in the gap between its
    // spells and comes back with the second; undoing the edit gives back the one interval.
    void spellsHideTheEdgeInTheirGap()
    {
        Document doc;
        auto w = open(doc);
        QVERIFY(w);
        GraphScene *scene = w->scene();
        const QString id = QStringLiteral("rel-kt-microsoft-partner-2024-06");
        Relationship r = *doc.data().relationship(id);
        r.setIntervals({ { PartialDate::year(2020), PartialDate::year(2020) },
                         { PartialDate::year(2023), PartialDate() } });
        const DataEdit edit = DataEdit::updateRelationship(doc.data(), r);
        QString error;
        QVERIFY2(doc.applyEdit(edit, &error), qPrintable(error));
        doc.setTimeWindow(QDate(2021, 1, 1), QDate(2022, 12, 31));
        QVERIFY(!scene->shownEdges().contains(id));
        doc.setTimeWindow(QDate(2020, 6, 1), QDate(2020, 6, 30));
        QVERIFY(scene->shownEdges().contains(id));
        doc.setTimeWindow(QDate(2023, 1, 1), QDate(2023, 12, 31));
        QVERIFY(scene->shownEdges().contains(id));
        QVERIFY2(doc.applyEdit(edit.reversed(), &error), qPrintable(error));
        QVERIFY(doc.data().relationship(id)->spells.isEmpty());
        doc.setTimeWindow(QDate(2020, 6, 1), QDate(2020, 6, 30));
        QVERIFY(!scene->shownEdges().contains(id));
    }

    // Positions hold through time: the whole data is laid out once, and moving the window only
    // shows and hides. A node never jumps because the window moved.
    void timeWindowKeepsEveryNodeInPlace()
    {
        Document doc;
        auto w = open(doc);
        QVERIFY(w);
        GraphScene *scene = w->scene();
        const QHash<QString, QPointF> before = positions(scene);
        const QSet<QString> shownBefore = toSet(scene->shownNodes());
        QSignalSpy layouts(scene, &GraphScene::layoutApplied);

        doc.setTimeWindow(QDate(2023, 1, 1), QDate(2023, 12, 31));
        QVERIFY(!scene->isLayoutPending());
        QTRY_VERIFY(settled(w.get()));
        const QSet<QString> shown2023 = toSet(scene->shownNodes());
        QVERIFY(!shown2023.contains(QStringLiteral("softbank")));
        for (const QString &id : shown2023) {
            QVERIFY(shownBefore.contains(id));
            QVERIFY2(scene->node(id)->pos() == before.value(id), qPrintable(id));
        }

        // SoftBank, hidden in 2023, comes back where it was.
        doc.setTimeWindow(QDate(2024, 1, 1), {});
        QVERIFY(!scene->isLayoutPending());
        QTRY_VERIFY(settled(w.get()));
        doc.resetTimeWindow();
        QVERIFY(!scene->isLayoutPending());
        QTRY_VERIFY(settled(w.get()));
        QVERIFY(scene->shownNodes().contains(QStringLiteral("softbank")));
        QCOMPARE(toSet(scene->shownNodes()), shownBefore);
        for (const NodeItem *n : scene->nodeItems())
            QVERIFY2(n->pos() == before.value(n->id()), qPrintable(n->id()));
        QCOMPARE(layouts.count(), 0);
    }

    // A window change fades a small graph in and out, but shows a large one at once: each frame
    // of a fade repaints the whole view, a score of them per change at 2,000 companies.
    void largeGraphFollowsTheWindowWithoutAFade()
    {
        Document doc;
        auto w = open(doc);
        QVERIFY(w);
        doc.setTimeWindow(QDate(2023, 1, 1), QDate(2023, 12, 31));
        QVERIFY(w->scene()->isAnimating()); // the built-in data: a fade
        QTRY_VERIFY(settled(w.get()));

        SyntheticOptions options;
        options.companies = 600;
        options.relationships = 1800;
        options.events = 6000;
        doc.setData(makeSyntheticDataset(options));
        QTRY_VERIFY_WITH_TIMEOUT(settled(w.get()), 30000);
        const QSet<QString> all = toSet(w->scene()->shownNodes());
        const QDate start = doc.dataStart();
        doc.setTimeWindow(start, start.addDays(200));
        QVERIFY(!w->scene()->isAnimating());
        QVERIFY(w->scene()->isSettled());
        const QSet<QString> part = toSet(w->scene()->shownNodes());
        QVERIFY(!part.isEmpty() && part.size() < all.size());
        for (const NodeItem *n : w->scene()->nodeItems())
            QCOMPARE(n->presence(), part.contains(n->id()) ? 1.0 : 0.0);
    }

    // A relationship between two placed nodes changes nothing but its edge: no layout, every
    // node exactly where it was.
    void addingARelationshipKeepsTheOthersInPlace()
    {
        Document doc;
        auto w = open(doc);
        QVERIFY(w);
        GraphScene *scene = w->scene();
        const QHash<QString, QPointF> before = positions(scene);
        QSignalSpy layouts(scene, &GraphScene::layoutApplied);
        Relationship r;
        r.id = QStringLiteral("rel-new");
        r.type = RelationshipType::Partner;
        r.fromId = QStringLiteral("kt");
        r.toId = QStringLiteral("perplexity");
        r.validFrom = PartialDate::fromString(QStringLiteral("2024-10"));
        if (!doc.data().sources.isEmpty())
            r.sourceIds = { doc.data().sources.constFirst().id };
        QString error;
        QVERIFY2(doc.applyEdit(DataEdit::addRelationship(doc.data(), r), &error),
                 qPrintable(error));
        QVERIFY(!scene->isLayoutPending());
        QTRY_VERIFY(settled(w.get()));
        QVERIFY(scene->shownEdges().contains(QStringLiteral("rel-new")));
        const EdgeItem *edge = scene->edge(QStringLiteral("rel-new"));
        QVERIFY(edge);
        QCOMPARE(edge->source(), scene->node(QStringLiteral("kt")));
        QVERIFY(edge->source()->edges().contains(const_cast<EdgeItem *>(edge)));
        QVERIFY(!edge->polyline().isEmpty());
        QCOMPARE(positions(scene), before);
        QCOMPARE(layouts.count(), 0);
    }

    // A rename changes the node's label and tooltip in place (the same item, nothing rebuilt or
    // laid out), and a relationship's tooltip names it too.
    void renameUpdatesTheLabelInPlace()
    {
        Document doc;
        auto w = open(doc);
        QVERIFY(w);
        GraphScene *scene = w->scene();
        const QHash<QString, QPointF> before = positions(scene);
        const NodeItem *kt = scene->node(QStringLiteral("kt"));
        const qsizetype items = scene->items().size();
        QSignalSpy layouts(scene, &GraphScene::layoutApplied);
        Entity renamed = *doc.data().entity(QStringLiteral("kt"));
        renamed.name.en = QStringLiteral("KT Corporation (renamed)");
        doc.undoStack()->push(EditCommands::updateEntity(&doc, renamed));
        QCOMPARE(scene->node(QStringLiteral("kt")), kt);
        QCOMPARE(kt->label(), renamed.name.en);
        QVERIFY(scene->toolTipOf(kt).contains(QStringLiteral("(renamed)")));
        bool named = false;
        for (const EdgeItem *e : kt->edges())
            named = named || scene->toolTipOf(e).contains(QStringLiteral("(renamed)"));
        QVERIFY(named);
        QCOMPARE(scene->items().size(), items);
        QVERIFY(!scene->isLayoutPending());
        doc.undoStack()->undo();
        QCOMPARE(scene->node(QStringLiteral("kt")), kt);
        QVERIFY(!kt->label().contains(QStringLiteral("(renamed)")));
        QTRY_VERIFY(settled(w.get()));
        QCOMPARE(positions(scene), before);
        QCOMPARE(layouts.count(), 0);
    }

    // Deleting an entity takes its node and edges (and nodes left without a relationship) away
    // and nothing else moves; its undo puts every item back exactly, bends included.
    void deleteAndUndoRestoreThePictureExactly()
    {
        Document doc;
        auto w = open(doc);
        QVERIFY(w);
        GraphScene *scene = w->scene();
        auto bends = [&] {
            QHash<QString, qreal> out;
            for (const EdgeItem *e : scene->edgeItems())
                out.insert(e->id(), e->bend());
            return out;
        };
        auto edgeIndexes = [&] {
            const QList<int> &rows = scene->edgeRows();
            if (rows.size() != scene->edgeItems().size())
                return false;
            for (qsizetype k = 0; k < rows.size(); ++k) {
                if (doc.data().relationships.at(rows.at(k)).id != scene->edgeItems().at(k)->id())
                    return false;
            }
            return std::is_sorted(rows.cbegin(), rows.cend());
        };
        const QHash<QString, QPointF> before = positions(scene);
        const QHash<QString, qreal> bendsBefore = bends();
        const QStringList shownBefore = scene->shownNodes();
        const QStringList edgesBefore = scene->shownEdges();
        QSignalSpy layouts(scene, &GraphScene::layoutApplied);
        doc.undoStack()->push(EditCommands::removeEntity(&doc, QStringLiteral("sk-telecom")));
        QVERIFY(!scene->node(QStringLiteral("sk-telecom")));
        QVERIFY(edgeIndexes());
        for (const EdgeItem *e : scene->edgeItems())
            QVERIFY(e->source()->id() != QLatin1String("sk-telecom")
                    && e->dest()->id() != QLatin1String("sk-telecom"));
        for (const NodeItem *n : scene->nodeItems())
            QCOMPARE(n->pos(), before.value(n->id()));
        QVERIFY(!scene->isLayoutPending());
        QTRY_VERIFY(settled(w.get()));

        doc.undoStack()->undo();
        QVERIFY(!scene->isLayoutPending());
        QTRY_VERIFY(settled(w.get()));
        QCOMPARE(positions(scene), before);
        QCOMPARE(bends(), bendsBefore);
        QVERIFY(edgeIndexes());
        QCOMPARE(scene->shownNodes(), shownBefore);
        QCOMPARE(scene->shownEdges(), edgesBefore);
        QCOMPARE(layouts.count(), 0);
    }

    // A large graph's items are made side by side on a heap of their own (heap.h), so a time
    // window step that sees to items picked here and there touches a few MB; a small graph's
    // stay on the window's heap.
    void aLargeGraphsItemsHaveAHeapOfTheirOwn()
    {
#if !defined(ATLAS_EXPECT_JEMALLOC)
        QSKIP("built without jemalloc: every item is on the C library's heap");
#endif
        SyntheticOptions options;
        options.companies = 400;
        options.events = 3000;
        options.relationships = 2500;
        Document doc;
        doc.setData(makeSyntheticDataset(options));
        GraphScene large(&doc);
        QVERIFY(large.edgeItems().size() > 1000);
        for (const EdgeItem *e : large.edgeItems())
            QVERIFY(madeOnHeap(e, BuildingHeap::GraphItems));
        for (const NodeItem *n : large.nodeItems())
            QVERIFY(madeOnHeap(n, BuildingHeap::GraphItems));
        Document builtIn;
        builtIn.setData(m_builtin);
        GraphScene small(&builtIn);
        QVERIFY(!small.edgeItems().isEmpty());
        QVERIFY(!madeOnHeap(small.edgeItems().constFirst(), BuildingHeap::GraphItems));
    }

    // The items an edit leaves (GraphScene::followEdit, RelationshipGraph::followEdit) are those
    // a scene built afresh on the data has: the same nodes and degrees in data order, the same
    // edges with their rows and fan-out bends, the same marks of what is selected, and the same
    // input to the layout.
    void randomEditsMatchAFreshScene()
    {
        SyntheticOptions options;
        options.companies = 30;
        options.events = 120;
        options.relationships = 90; // parallel edges between some pairs
        Document doc;
        doc.setData(makeSyntheticDataset(options));
        GraphScene scene(&doc);
        // Laid out (at once): a node an undo brings back returns to its place, not to a layout.
        scene.setAsynchronous(false);
        QVERIFY(!scene.nodeItems().isEmpty() && scene.nodeItems().constFirst()->isPlaced());
        const Dataset &d = doc.data();
        QRandomGenerator random(20261202);
        auto items = [&d](const GraphScene &s) {
            QStringList out;
            for (const NodeItem *n : s.nodeItems()) {
                out << QStringLiteral("%1 %2 mark %3")
                                .arg(n->id())
                                .arg(n->degree())
                                .arg(int(n->mark()));
            }
            if (s.edgeRows().size() != s.edgeItems().size())
                return QStringList{ QStringLiteral("edge rows out of step") };
            for (qsizetype k = 0; k < s.edgeItems().size(); ++k) {
                const EdgeItem *e = s.edgeItems().at(k);
                out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                                .arg(e->id(), d.relationships.at(s.edgeRows().at(k)).id,
                                     e->source()->id(), e->dest()->id())
                                .arg(e->bend())
                                .arg(e->isMarked() ? QStringLiteral("marked") : QString());
            }
            QStringList ids;
            const LayoutInput in = s.layoutInput(true, &ids);
            out << ids;
            for (const auto &[a, b] : in.edges)
                out << QStringLiteral("%1-%2").arg(a).arg(b);
            return out;
        };
        int added = 0;
        for (int step = 0; step < 160; ++step) {
            const Entity &a = d.entities.at(random.bounded(d.entities.size()));
            const Entity &b = d.entities.at(random.bounded(d.entities.size()));
            const Relationship &r = d.relationships.at(random.bounded(d.relationships.size()));
            EditCommand *command = nullptr;
            switch (random.bounded(10)) {
            case 0: {
                Relationship fresh = r; // often a second one between the same two
                fresh.id = QStringLiteral("added-%1").arg(++added);
                if (random.bounded(2) && a.id != r.toId)
                    fresh.fromId = a.id;
                command = EditCommands::addRelationship(&doc, fresh);
                break;
            }
            case 1: {
                Relationship changed = r;
                if (random.bounded(2) && b.id != r.fromId)
                    changed.toId = b.id;
                changed.validUntil = PartialDate::year(2030 + step % 9);
                command = EditCommands::updateRelationship(&doc, changed);
                break;
            }
            case 2:
                command = EditCommands::removeRelationship(&doc, r.id);
                break;
            case 3:
                command = EditCommands::removeEntity(&doc, a.id);
                break;
            case 4: {
                Entity renamed = a;
                renamed.name.en += QStringLiteral(" %1").arg(step);
                command = EditCommands::updateEntity(&doc, renamed);
                break;
            }
            case 5:
                if (doc.undoStack()->canUndo())
                    doc.undoStack()->undo();
                break;
            case 6: { // the window's graph follows the edits that come next
                const QDate from = QDate(2020, 1, 1).addDays(random.bounded(1500));
                doc.setTimeWindow(from, from.addDays(random.bounded(30, 900)));
                break;
            }
            case 7: // what is selected is marked, and only that
                switch (random.bounded(4)) {
                case 0:
                    doc.select(Document::SelectionType::Entity, a.id);
                    break;
                case 1:
                    doc.select(Document::SelectionType::Relationship, r.id);
                    break;
                case 2:
                    doc.select(Document::SelectionType::Event,
                               d.events.at(random.bounded(d.events.size())).id);
                    break;
                default:
                    doc.select(Document::SelectionType::None, QString());
                }
                break;
            default:
                if (doc.undoStack()->canRedo())
                    doc.undoStack()->redo();
            }
            if (command)
                doc.undoStack()->push(command);
            GraphScene fresh(&doc);
            QCOMPARE(items(scene), items(fresh));
            const RelationshipGraph window(d, doc.windowFrom(), doc.windowTo());
            QCOMPARE(doc.graph().edges(), window.edges());
            QCOMPARE(doc.graph().nodes(), window.nodes());
        }
    }
};

QTEST_MAIN(TestGraphView)
#include "tst_graphview.moc"
