// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A crowded company graph (over 3,000 relationships shown) draws its plain edges in one batch
// (EdgeBatchItem) instead of item by item; out of a crowded scene the batch draws each edge as
// its item would. What the user sees and does must not change: the
// lines are where the relationships are, hovering a node through the view emphasises exactly its
// relationships, clicks select, an edge under the pointer gives its tooltip, and an export draws
// every edge at full quality.
#include "core/syntheticdataset.h"
#include "graph/edgebatchitem.h"
#include "graph/edgeitem.h"
#include "graph/graphrender.h"
#include "graph/graphscene.h"
#include "graph/graphstyle.h"
#include "graph/graphview.h"
#include "graph/nodeitem.h"
#include "models/document.h"

#include <QApplication>
#include <QHelpEvent>
#include <QImage>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QRegion>
#include <QScopeGuard>
#include <QScreen>
#include <QPainter>
#include <QStandardPaths>
#include <QStyleOptionGraphicsItem>
#include <QTest>
#include <QToolTip>
#include <QVBoxLayout>

#include <functional>
#include <memory>

using namespace atlas;

namespace {

bool sameNear(const QImage &image, int x, int y, int reach, QRgb colour)
{
    for (int yy = std::max(0, y - reach); yy <= std::min(image.height() - 1, y + reach); ++yy) {
        for (int xx = std::max(0, x - reach); xx <= std::min(image.width() - 1, x + reach); ++xx) {
            if (image.pixel(xx, yy) == colour)
                return true;
        }
    }
    return false;
}

// Of the pixels inked in `a`, the share that has ink of the same colour within `reach` pixels in
// `b`, `b` shifted by `shift`.
double covered(const QImage &a, const QImage &b, QRgb canvas, int reach = 1, QPoint shift = {})
{
    qint64 inked = 0;
    qint64 matched = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            if (a.pixel(x, y) == canvas)
                continue;
            ++inked;
            matched += sameNear(b, x + shift.x(), y + shift.y(), reach, a.pixel(x, y));
        }
    }
    return inked == 0 ? 0 : double(matched) / double(inked);
}

// The pixels inked in `image` (not `canvas`): how many, and their centre.
std::pair<int, QPointF> ink(const QImage &image, QRgb canvas)
{
    int count = 0;
    QPointF sum;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) != canvas) {
                ++count;
                sum += QPointF(x, y);
            }
        }
    }
    return { count, count == 0 ? QPointF() : sum / count };
}

} // namespace

class TestEdgeBatch : public QObject
{
    Q_OBJECT

    std::unique_ptr<Document> m_doc;
    std::unique_ptr<GraphView> m_view;

    GraphScene *scene() const { return m_view->graphScene(); }

    // A shown node no other node or label covers at its centre, with at least `degree` shown
    // relationships.
    const NodeItem *clearNode(int degree) const
    {
        for (const NodeItem *n : scene()->nodeItems()) {
            if (!n->isVisible())
                continue;
            int shown = 0;
            for (const EdgeItem *e : n->edges())
                shown += e->isVisible();
            const QPoint p = m_view->mapFromScene(n->pos());
            if (shown >= degree && m_view->viewport()->rect().contains(p) && m_view->itemAt(p) == n)
                return n;
        }
        return nullptr;
    }

    void move(const QPoint &at)
    {
        QMouseEvent event(QEvent::MouseMove, at, m_view->viewport()->mapToGlobal(at), Qt::NoButton,
                          Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(m_view->viewport(), &event);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        SyntheticOptions o;
        o.companies = 900;
        o.relationships = 3300;
        o.events = 2000;
        m_doc = std::make_unique<Document>();
        m_doc->setData(makeSyntheticDataset(o));
        m_view = std::make_unique<GraphView>(m_doc.get());
        m_view->resize(1000, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QTRY_VERIFY_WITH_TIMEOUT(scene()->isSettled() && !scene()->shownNodes().isEmpty(), 120000);
        scene()->setAsynchronous(false); // nothing animates from here on
        m_view->fitToView();
        QVERIFY(scene()->isCrowded());
    }

    void init()
    {
        m_doc->clearSelection();
        move(QPoint(m_view->viewport()->width() - 2, 2));
        scene()->setHoveredNode({});
        m_view->fitToView();
    }

    // Plain edges draw nothing by themselves; the batch draws them.
    void plainEdgesAreBatched()
    {
        int shown = 0;
        for (const EdgeItem *e : scene()->edgeItems()) {
            if (!e->isVisible())
                continue;
            ++shown;
            QVERIFY(e->isBatched());
            QVERIFY(e->flags() & QGraphicsItem::ItemHasNoContents);
        }
        QVERIFY(shown > 3000);
    }

    // An edit's new relationship joins the batch like the others (it does not draw itself on
    // top of it), and a removed one leaves exactly its own item behind.
    void edgesAnEditBringsAreBatched()
    {
        const Dataset &data = m_doc->data();
        Relationship r = data.relationships.constFirst();
        r.id = QStringLiteral("rel-added-by-edit");
        r.toId = data.relationships.constLast().toId;
        QVERIFY(r.fromId != r.toId);
        const qsizetype before = scene()->edgeItems().size();
        QString error;
        const DataEdit add = DataEdit::addRelationship(data, r);
        QVERIFY2(m_doc->applyEdit(add, &error), qPrintable(error));
        const EdgeItem *added = scene()->edge(r.id);
        QVERIFY(added);
        QCOMPARE(scene()->edgeItems().size(), before + 1);
        QVERIFY(scene()->isCrowded());
        QVERIFY(added->isBatched());
        QVERIFY(added->flags() & QGraphicsItem::ItemHasNoContents);

        const QString removedId = m_doc->data().relationships.at(1).id;
        const QString keptId = m_doc->data().relationships.at(2).id;
        QVERIFY(scene()->edge(removedId) && scene()->edge(keptId));
        DataEdit removal;
        removal.relationships.removed.append({ 1, m_doc->data().relationships.at(1) });
        QVERIFY2(m_doc->applyEdit(removal, &error), qPrintable(error));
        QVERIFY(!scene()->edge(removedId));
        QVERIFY(scene()->edge(keptId));
        QCOMPARE(scene()->edgeItems().size(), before);
        for (const EdgeItem *e : scene()->edgeItems())
            QVERIFY(e->id() != removedId);

        QVERIFY2(m_doc->applyEdit(removal.reversed(), &error), qPrintable(error));
        QVERIFY2(m_doc->applyEdit(add.reversed(), &error), qPrintable(error));
        QCOMPARE(scene()->edgeItems().size(), before);
    }

    // An edit repaints the view where it changes the picture, and the window then shows exactly
    // what a whole repaint draws: a removed relationship's line goes (its item draws nothing
    // itself; the batch draws it), and its undo brings it back there. Not the whole view: at
    // 6,000 relationships each whole repaint of the batch is a few milliseconds of every edit
    // and of its undo.
    void anEditRepaintsWhereItChangesThePicture()
    {
        const QRect viewport = m_view->viewport()->rect();
        // A shown line with a direction, some 40 to 150 pixels long, of the smallest such extent.
        const EdgeItem *edge = nullptr;
        QRect place;
        for (const EdgeItem *e : scene()->edgeItems()) {
            if (!e->isVisible() || !e->isBatched()
                || e->relationshipType() == RelationshipType::Custom
                || !isDirected(e->relationshipType()))
                continue;
            const QRect r = m_view->mapFromScene(e->sceneBoundingRect()).boundingRect();
            const int extent = std::max(r.width(), r.height());
            if (viewport.contains(r) && extent >= 40 && extent <= 150
                && (!edge || r.width() * r.height() < place.width() * place.height())) {
                edge = e;
                place = r;
            }
        }
        QVERIFY(edge);
        // Its nodes keep their size with one relationship less or more, as nodes sized from an
        // imported file do: nothing but the line itself changes, and nothing else repaints there.
        NodeItem *ends[] = { edge->source(), edge->dest() };
        for (NodeItem *n : ends)
            n->setFileRadius(n->radius());
        const auto unpin = qScopeGuard([&ends] {
            for (NodeItem *n : ends)
                n->setFileRadius(0);
        });
        const QString id = edge->id();
        const int row = m_doc->data().relationshipIndex(id);
        QVERIFY(row >= 0);
        DataEdit removal;
        removal.relationships.removed.append({ row, m_doc->data().relationships.at(row) });
        // Another type drawn the same way round: the line stays, its colour changes.
        Relationship retyped = m_doc->data().relationships.at(row);
        for (RelationshipType type : allValues<RelationshipType>()) {
            if (type != retyped.type && type != RelationshipType::Custom
                && isDirected(type) == isDirected(retyped.type)
                && GraphStyle::edgeColor(type) != GraphStyle::edgeColor(retyped.type)) {
                retyped.type = type;
                break;
            }
        }
        QVERIFY(retyped.type != m_doc->data().relationships.at(row).type);
        const DataEdit retype = DataEdit::updateRelationship(m_doc->data(), retyped);

        struct PaintLog : QObject
        {
            QRegion painted;
            bool eventFilter(QObject *, QEvent *event) override
            {
                if (event->type() == QEvent::Paint)
                    painted += static_cast<QPaintEvent *>(event)->region();
                return false;
            }
        } log;
        m_view->viewport()->installEventFilter(&log);
        auto area = [](const QRegion &region) {
            qint64 a = 0;
            for (const QRect &r : region)
                a += qint64(r.width()) * r.height();
            return a;
        };
        auto shown = [this] {
            return m_view->screen()
                    ->grabWindow(m_view->winId())
                    .toImage()
                    .convertToFormat(QImage::Format_RGB32);
        };
        const qint64 whole = qint64(viewport.width()) * viewport.height();
        const DataEdit edits[] = { removal, removal.reversed(), retype };
        for (const DataEdit &edit : edits) {
            QCoreApplication::processEvents(); // paints still pending go before the edit
            log.painted = QRegion();
            QString error;
            QVERIFY2(m_doc->applyEdit(edit, &error), qPrintable(error));
            QCOMPARE(scene()->edge(id) != nullptr, &edit != edits);
            if (&edit == &edits[2])
                QCOMPARE(scene()->edge(id)->relationshipType(), retyped.type);
            QTRY_VERIFY(!log.painted.isEmpty());
            QCoreApplication::processEvents(); // and any paint after the first
            qInfo("edit %d repainted %lld of %lld pixels", int(&edit - edits), area(log.painted),
                  whole);
            QVERIFY(QRegion(place).subtracted(log.painted).isEmpty());
            QVERIFY2(area(log.painted) * 20 < whole,
                     qPrintable(QString::number(area(log.painted))));
            const QImage afterEdit = shown();
            m_view->viewport()->repaint();
            QCOMPARE(afterEdit, shown());
        }
        m_view->viewport()->removeEventFilter(&log);
        QString error;
        QVERIFY2(m_doc->applyEdit(retype.reversed(), &error), qPrintable(error));
    }

    // The batch's lines lie where QPainter draws the same relationships with the same pens, from
    // their known coordinates, and nowhere else.
    void batchDrawsTheEdgesWhereTheyLie()
    {
        m_view->zoomBy(4); // few enough lines that a misplaced one shows; arrow heads on screen too
        const QSize size = m_view->viewport()->size();
        const QTransform t = m_view->viewportTransform();
        const QRgb canvas = GraphStyle::canvas().rgb();

        QImage batch(size, QImage::Format_RGB32);
        batch.fill(Qt::red); // the batch owns its background: none of this may show
        {
            QPainter p(&batch);
            p.setTransform(t);
            QStyleOptionGraphicsItem option;
            option.exposedRect = t.inverted().mapRect(QRectF(QPointF(), QSizeF(size)));
            scene()->edgeBatch()->paint(&p, &option, nullptr);
        }
        QImage reference(size, QImage::Format_RGB32);
        reference.fill(GraphStyle::canvas());
        {
            QPainter p(&reference);
            p.setTransform(t);
            for (const EdgeItem *e : scene()->edgeItems()) {
                if (!e->isVisible() || !e->isBatched())
                    continue;
                QPen pen = GraphStyle::edgePen(e->relationshipType());
                pen.setWidthF(1);
                p.setPen(pen);
                p.drawPolyline(e->polyline());
            }
            // Arrow heads from 30 % on, over the lines.
            p.setPen(Qt::NoPen);
            for (const EdgeItem *e : scene()->edgeItems()) {
                if (e->isVisible() && e->isBatched() && m_view->zoom() >= 0.3
                    && !e->arrow().isEmpty()) {
                    p.setBrush(GraphStyle::edgeColor(e->relationshipType()));
                    p.drawPolygon(e->arrow());
                }
            }
        }
        for (int y = 0; y < batch.height(); y += 7) {
            for (int x = 0; x < batch.width(); x += 7)
                QVERIFY(batch.pixel(x, y) != qRgb(255, 0, 0));
        }
        // Ink of either picture has ink of the same colour in the other within a pixel (rounding
        // differs), and far less so when the pictures are three pixels apart: lines that were
        // drawn beside their place would not pass.
        const double found = covered(reference, batch, canvas);
        const double placed = covered(batch, reference, canvas);
        const double beside = covered(reference, batch, canvas, 1, QPoint(3, 0));
        qInfo("found %.3f placed %.3f beside %.3f", found, placed, beside);
        QVERIFY2(found > 0.95, qPrintable(QString::number(found)));
        QVERIFY2(placed > 0.95, qPrintable(QString::number(placed)));
        QVERIFY2(beside < found - 0.3, qPrintable(QString::number(beside)));
    }

    // The batch keeps its pixels from one paint to the next (the view's whole size) and draws a
    // part the window exposes in a corner of them: that part must show exactly what a whole paint
    // shows there (each line steps from its own start, wherever the part cuts it), after a whole
    // paint and after a part of another size.
    void partOfTheViewDrawsAsTheWhole()
    {
        m_view->zoomBy(4);
        const QSize size = m_view->viewport()->size();
        const QTransform t = m_view->viewportTransform();
        const auto paint = [&](const QRect &part) {
            QImage image(size, QImage::Format_RGB32);
            image.fill(Qt::red);
            QPainter p(&image);
            p.setClipRect(part);
            p.setTransform(t);
            QStyleOptionGraphicsItem option;
            option.exposedRect = t.inverted().mapRect(QRectF(part));
            scene()->edgeBatch()->paint(&p, &option, nullptr);
            p.end();
            return image;
        };
        const QImage whole = paint(QRect(QPoint(), size));
        const QRect parts[] = {
            QRect(size.width() / 3, size.height() / 4, size.width() / 2, size.height() / 2),
            QRect(size.width() / 5, size.height() / 3, size.width() / 3, size.height() / 3)
        };
        for (const QRect &part : parts) {
            const QImage image = paint(part);
            const QImage mine = image.copy(part);
            const QImage theirs = whole.copy(part);
            for (int y = 0; y < mine.height(); y += 5) {
                for (int x = 0; x < mine.width(); x += 5)
                    QVERIFY(mine.pixel(x, y) != qRgb(255, 0, 0));
            }
            QCOMPARE(mine, theirs);
        }
    }

    // Hovering a node through the view: its relationships (and only those) leave the batch and
    // are drawn emphasised, every other edge dims; leaving it brings them all back.
    void hoverEmphasisesExactlyTheNodesEdges()
    {
        const NodeItem *node = clearNode(3);
        QVERIFY(node);
        move(m_view->mapFromScene(node->pos()));
        QCOMPARE(scene()->hoveredNode(), node->id());
        int emphasised = 0;
        for (const EdgeItem *e : scene()->edgeItems()) {
            if (!e->isVisible())
                continue;
            const bool touches = e->source() == node || e->dest() == node;
            QCOMPARE(e->isBatched(), !touches);
            QCOMPARE(e->isDimmed(), !touches);
            emphasised += touches;
        }
        QVERIFY(emphasised >= 3);
        // On screen the emphasised edges are in their own colour, the batch's are dimmed.
        const QImage shot = m_view->viewport()->grab().toImage();
        const EdgeItem *own = nullptr;
        for (const EdgeItem *e : node->edges()) {
            if (e->isVisible() && e->bend() == 0 && e->polyline().size() == 2
                && GraphStyle::edgePen(e->relationshipType()).style() == Qt::SolidLine)
                own = e;
        }
        if (own) {
            const QPoint p =
                    m_view->mapFromScene(own->polyline().at(0) * 0.7 + own->polyline().at(1) * 0.3);
            const QColor want = GraphStyle::edgeColor(own->relationshipType());
            bool seen = false;
            for (int dy = -2; dy <= 2 && !seen; ++dy) {
                for (int dx = -2; dx <= 2 && !seen; ++dx)
                    seen = QColor(shot.pixel(p + QPoint(dx, dy))).rgb() == want.rgb();
            }
            QVERIFY(seen);
        }

        move(QPoint(m_view->viewport()->width() - 2, 2));
        QVERIFY(scene()->hoveredNode().isEmpty());
        for (const EdgeItem *e : scene()->edgeItems()) {
            if (e->isVisible()) {
                QVERIFY(e->isBatched());
                QVERIFY(!e->isDimmed());
            }
        }
    }

    // The view's own look-up of the node under the pointer agrees with the scene's search of
    // its items, labels included, on a grid of points over the fitted and a zoomed-in view.
    void nodeUnderThePointerIsTheScenes()
    {
        for (qreal zoom : { 1.0, 3.0 }) {
            m_view->zoomBy(zoom);
            int onNodes = 0;
            for (int y = 5; y < m_view->viewport()->height(); y += 21) {
                for (int x = 5; x < m_view->viewport()->width(); x += 21) {
                    const QPointF p = m_view->mapToScene(QPoint(x, y));
                    const NodeItem *expected = nullptr;
                    for (QGraphicsItem *item : scene()->items(p)) {
                        if (item->type() == NodeItem::Type) {
                            expected = static_cast<const NodeItem *>(item);
                            break;
                        }
                    }
                    QCOMPARE(scene()->nodeAt(p), expected);
                    onNodes += expected != nullptr;
                }
            }
            QVERIFY(onNodes > 20);
        }
    }

    // A pointing hand over a node at once, over an edge once the pointer rests, an open hand
    // (drag to pan) over the canvas.
    void cursorShowsWhatCanBeClicked()
    {
        const NodeItem *node = clearNode(1);
        QVERIFY(node);
        move(m_view->mapFromScene(node->pos()));
        QCOMPARE(m_view->viewport()->cursor().shape(), Qt::PointingHandCursor);
        move(QPoint(m_view->viewport()->width() - 2, 2));
        QCOMPARE(m_view->viewport()->cursor().shape(), Qt::OpenHandCursor);
        m_view->zoomBy(3);
        for (const EdgeItem *e : scene()->edgeItems()) {
            const QPoint p = m_view->mapFromScene(e->midPoint());
            if (!e->isVisible()
                || !m_view->viewport()->rect().adjusted(10, 10, -10, -10).contains(p)
                || m_view->itemAt(p) != e)
                continue;
            move(p);
            QTRY_COMPARE(m_view->viewport()->cursor().shape(), Qt::PointingHandCursor);
            return;
        }
        QFAIL("no edge alone under a point");
    }

    void clickOnNodeSelectsIt()
    {
        const NodeItem *node = clearNode(1);
        QVERIFY(node);
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {},
                          m_view->mapFromScene(node->pos()));
        QCOMPARE(m_doc->selection().type, Document::SelectionType::Entity);
        QCOMPARE(m_doc->selection().id, node->id());
        QCOMPARE(node->mark(), NodeItem::Mark::Selected);
    }

    // A batched edge still takes the pointer: its tooltip shows, and a click selects it (then
    // it is drawn by itself, marked).
    void batchedEdgeGivesTooltipAndSelects()
    {
        m_view->zoomBy(3);
        const QRect inside = m_view->viewport()->rect().adjusted(20, 20, -20, -20);
        const EdgeItem *edge = nullptr;
        QPoint at;
        for (const EdgeItem *e : scene()->edgeItems()) {
            if (!e->isVisible() || !e->isBatched())
                continue;
            const QPoint p = m_view->mapFromScene(e->midPoint());
            if (!inside.contains(p))
                continue;
            const QList<QGraphicsItem *> under = m_view->items(p);
            if (!under.isEmpty() && under.constFirst() == e) {
                edge = e;
                at = p;
                break;
            }
        }
        QVERIFY(edge);
        const QString tip = scene()->toolTipOf(edge);
        const Relationship &r = *m_doc->data().relationship(edge->id());
        QVERIFY(tip.contains(m_doc->data().entity(r.fromId)->name.en));
        QHelpEvent help(QEvent::ToolTip, at, m_view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(m_view->viewport(), &help);
        QTRY_COMPARE(QToolTip::text(), tip);
        QToolTip::hideText();

        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(m_doc->selection().type, Document::SelectionType::Relationship);
        QCOMPARE(m_doc->selection().id, edge->id());
        QVERIFY(edge->isMarked());
        QVERIFY(!edge->isBatched());
    }

    // In a window the view sits away from the window's corner (as in the main window, beside
    // docks and under tool bars): the batch still draws its lines under their nodes. It drew them
    // shifted by the view's offset in the window once, applying that offset twice.
    void batchInsideAWindowDrawsWhereTheViewDoes()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        layout->setContentsMargins(230, 140, 20, 20);
        m_view->setParent(&window);
        layout->addWidget(m_view.get());
        window.resize(1200, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        m_view->legendAction()->setChecked(false); // an overlay that shows in one grab only
        m_view->fitToView();
        QVERIFY(scene()->isCrowded());
        const QRgb canvas = GraphStyle::canvas().rgb();
        const QImage alone =
                m_view->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QRect at(m_view->viewport()->mapTo(&window, QPoint(0, 0)),
                       m_view->viewport()->size());
        const QImage inWindow =
                window.grab().toImage().convertToFormat(QImage::Format_RGB32).copy(at);
        layout->removeWidget(m_view.get());
        m_view->setParent(nullptr);
        m_view->legendAction()->setChecked(true);
        m_view->show();
        QCOMPARE(inWindow.size(), alone.size());
        const double found = covered(alone, inWindow, canvas);
        const double placed = covered(inWindow, alone, canvas);
        QVERIFY2(found > 0.95, qPrintable(QString::number(found)));
        QVERIFY2(placed > 0.95, qPrintable(QString::number(placed)));
    }

    // An export draws each edge itself, smoothed, as before batching; the view batches again after.
    void exportDrawsEveryEdgeItself()
    {
        QImage picture(1200, 900, QImage::Format_ARGB32_Premultiplied);
        int batchedDuring = -1;
        {
            QPainter p(&picture);
            // Between setExporting(true) and the drawing, as GraphRender::paint does it.
            scene()->setExporting(true);
            batchedDuring = 0;
            for (const EdgeItem *e : scene()->edgeItems())
                batchedDuring += e->isBatched();
            scene()->setExporting(false);
            GraphRender::paint(&p, scene(), QRectF(picture.rect()));
        }
        QCOMPARE(batchedDuring, 0);
        for (const EdgeItem *e : scene()->edgeItems()) {
            if (e->isVisible())
                QVERIFY(e->isBatched());
        }
        // Smoothed lines: the export has far more distinct colours than the few pens and fills.
        QSet<QRgb> colours;
        for (int y = 0; y < picture.height(); y += 3) {
            for (int x = 0; x < picture.width(); x += 3)
                colours.insert(picture.pixel(x, y));
        }
        QVERIFY2(colours.size() > 200, qPrintable(QString::number(colours.size())));
    }

    // Out of a crowded scene the batch draws each line as its own item drew it before: smoothed,
    // at its width, with its arrow head, in the scene's order. The edge items have no contents
    // (Qt's repaint keeps nothing per edge), and the picture is the one of edges drawing
    // themselves (as an export has them) pixel for pixel.
    // Zoomed far out a node is a speck of its fill copied from a small picture: it must land where
    // its shape lies, whatever fraction of a pixel the node's place falls on.
    void farOutNodeIsASpeckWhereItsShapeLies()
    {
        const QRgb canvas = GraphStyle::canvas().rgb();
        const NodeItem *node = clearNode(0);
        QVERIFY(node);
        auto *n = const_cast<NodeItem *>(node);
        const QSize size(120, 90);
        for (const qreal scale : { 0.2, 0.137, 0.09 }) {
            for (const QPointF at :
                 { QPointF(40.3, 25.7), QPointF(71.5, 44.5), QPointF(9, 60.8) }) {
                const QTransform t = QTransform::fromScale(scale, scale)
                        * QTransform::fromTranslate(at.x(), at.y());
                auto picture = [&](const std::function<void(QPainter &)> &draw) {
                    QImage image(size, QImage::Format_RGB32);
                    image.fill(canvas);
                    QPainter p(&image);
                    p.setTransform(t);
                    draw(p);
                    return image;
                };
                const QImage speck = picture([&](QPainter &p) {
                    QStyleOptionGraphicsItem option;
                    option.exposedRect = n->boundingRect();
                    n->paint(&p, &option, nullptr);
                });
                const QImage shape = picture([&](QPainter &p) {
                    p.setPen(Qt::NoPen);
                    p.setBrush(n->fillColor());
                    p.drawPath(n->outline());
                });
                // Only around the shape: a label, if the node shows one, lies below it. A speck
                // a few pixels wide is the shape filled at another fraction of a pixel, so its ink
                // may differ by a pixel at the rim (two pixels against five at the smallest):
                // what must agree is where the ink lies.
                const QRect around =
                        t.mapRect(n->shapeRect()).toAlignedRect().adjusted(-3, -3, 3, 3);
                const auto [specks, speckAt] = ink(speck.copy(around), canvas);
                const auto [shapes, shapeAt] = ink(shape.copy(around), canvas);
                const QString figures = QStringLiteral("scale %1 at %2,%3: ink %4 against %5, "
                                                       "centre (%6, %7) against (%8, %9)")
                                                .arg(scale)
                                                .arg(at.x())
                                                .arg(at.y())
                                                .arg(specks)
                                                .arg(shapes)
                                                .arg(speckAt.x())
                                                .arg(speckAt.y())
                                                .arg(shapeAt.x())
                                                .arg(shapeAt.y());
                qInfo("%s", qPrintable(figures));
                QVERIFY2(shapes > 0 && specks > 0, qPrintable(figures));
                // Within a pixel each way: the speck's place is rounded to one, and its picture
                // was filled at its own fraction of one.
                QVERIFY2(std::abs(speckAt.x() - shapeAt.x()) <= 1.0
                                 && std::abs(speckAt.y() - shapeAt.y()) <= 1.0,
                         qPrintable(figures));
            }
        }
    }

    void uncrowdedEdgesAreBatchedAndDrawnAsTheirItemsDraw()
    {
        SyntheticOptions o;
        o.companies = 40;
        o.relationships = 90;
        o.events = 300;
        Document doc;
        doc.setData(makeSyntheticDataset(o));
        GraphView view(&doc);
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        GraphScene *s = view.graphScene();
        QTRY_VERIFY_WITH_TIMEOUT(s->isSettled() && !s->shownNodes().isEmpty(), 60000);
        s->setAsynchronous(false);
        QVERIFY(!s->isCrowded());
        QRectF lines;
        int shown = 0;
        for (const EdgeItem *e : s->edgeItems()) {
            if (!e->isVisible())
                continue;
            ++shown;
            QVERIFY(e->isBatched());
            QVERIFY(e->flags() & QGraphicsItem::ItemHasNoContents);
            lines |= e->sceneBoundingRect();
        }
        QVERIFY2(shown > 20, qPrintable(QString::number(shown)));

        // The lines alone (the nodes in front of them look different in an export), at their
        // full size: drawn in full, neither plain nor thinned.
        for (NodeItem *n : s->nodeItems())
            n->setVisible(false);
        const QRectF source(lines.center() - QPointF(400, 300), QSizeF(800, 600));
        auto render = [&] {
            QImage image(800, 600, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter p(&image);
            s->render(&p, QRectF(image.rect()), source);
            return image;
        };
        const QImage batched = render();
        s->setExporting(true);
        const QImage itemByItem = render();
        s->setExporting(false);
        for (NodeItem *n : s->nodeItems())
            n->setVisible(true);
        int inked = 0;
        for (int y = 0; y < batched.height(); ++y) {
            for (int x = 0; x < batched.width(); ++x)
                inked += batched.pixel(x, y) != qRgb(255, 255, 255);
        }
        QVERIFY2(inked > 2000, qPrintable(QString::number(inked)));
        QCOMPARE(batched, itemByItem);
    }
};

QTEST_MAIN(TestEdgeBatch)
#include "tst_edgebatch.moc"
