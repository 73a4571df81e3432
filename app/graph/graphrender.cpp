// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphrender.h"

#include "graphscene.h"
#include "graphstyle.h"
#include "graphsvg.h"
#include "nodeitem.h"
#include "models/document.h"
#include "render/picturefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPainter>

#include <cmath>

namespace atlas {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(atlas::GraphRender)
};

constexpr qreal kMargin = 24;
// Larger SVG pictures are scaled down to this many pixels on their long side.
constexpr qreal kMaxSide = 8000;
// A PNG of the default size has at most this many pixels on its longer side (pixel ratio
// included), the drawing fitted to it: a large graph gives a picture, not a poster.
constexpr qreal kMaxPngSide = 4096;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Checked before any work, so a wrong name fails at once.

// Everything the picture holds, at 100 %: the shown graph with a margin, and the legend to its
// right, never over it.
struct Composition
{
    QRectF graph;
    QList<EntityKind> kinds;
    QList<RelationshipType> types;
    QList<CustomType> customKinds;
    QList<CustomType> customTypes;
    QStringList notes;
    QSizeF legend;
    QSizeF size;
};

Composition compose(const GraphScene *scene)
{
    Composition c;
    c.graph = scene->shownRect();
    if (c.graph.isEmpty())
        c.graph = QRectF(0, 0, 200, 100);
    c.kinds = scene->shownKinds();
    c.types = scene->shownTypes();
    c.customKinds = scene->shownCustomKinds();
    c.customTypes = scene->shownCustomTypes();
    c.notes = scene->legendNotes();
    c.legend = c.kinds.isEmpty() && c.types.isEmpty() && c.customKinds.isEmpty()
                    && c.customTypes.isEmpty()
            ? QSizeF()
            : GraphStyle::legendSize(c.kinds, c.types, c.notes, c.customKinds, c.customTypes);
    c.size = QSizeF(c.graph.width() + 2 * kMargin
                            + (c.legend.isEmpty() ? 0 : c.legend.width() + kMargin),
                    std::max(c.graph.height(), c.legend.height()) + 2 * kMargin);
    return c;
}

// SVG through GraphSvg: the items written directly, the legend through QSvgGenerator; placed
// as paint() places them.
bool writeSvg(GraphScene *scene, const QString &path, const QSize &size, QString *error)
{
    const Composition c = compose(scene);
    const qreal scale = std::min(size.width() / c.size.width(), size.height() / c.size.height());
    const QPointF offset = QRectF(QPointF(), QSizeF(size)).center()
            - QPointF(c.size.width(), c.size.height()) * scale / 2;
    GraphSvg::Picture p;
    p.size = size;
    p.title = Tr::tr("Company graph");
    p.description = Tr::tr("Made with Telco Atlas");
    p.sceneToPicture = QTransform::fromTranslate(kMargin - c.graph.left(), kMargin - c.graph.top())
            * QTransform::fromScale(scale, scale)
            * QTransform::fromTranslate(offset.x(), offset.y());
    if (!c.legend.isEmpty()) {
        const QPointF at(c.graph.width() + 2 * kMargin, kMargin);
        p.overlayAt = offset + at * scale;
        p.overlaySize = (c.legend * scale).toSize() + QSize(2, 2);
        p.overlay = [&c, scale, scene](QPainter *painter) {
            painter->scale(scale, scale);
            GraphStyle::paintLegend(painter, QPointF(), c.kinds, c.types, c.notes,
                                    scene->showsKindColours(), c.customKinds, c.customTypes);
        };
    }
    scene->setExporting(true);
    const QByteArray bytes = GraphSvg::write(scene, p);
    scene->setExporting(false);
    return PictureFile::writeBytes(path, bytes, error);
}

} // namespace

QSizeF GraphRender::naturalSize(const GraphScene *scene)
{
    return compose(scene).size;
}

void GraphRender::paint(QPainter *painter, GraphScene *scene, const QRectF &target)
{
    const Composition c = compose(scene);
    const qreal scale =
            std::min(target.width() / c.size.width(), target.height() / c.size.height());
    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                            | QPainter::SmoothPixmapTransform);
    painter->fillRect(target, Qt::white);
    painter->translate(target.center() - QPointF(c.size.width(), c.size.height()) * scale / 2);
    painter->scale(scale, scale);
    scene->setExporting(true);
    scene->render(painter, QRectF(kMargin, kMargin, c.graph.width(), c.graph.height()), c.graph,
                  Qt::KeepAspectRatio);
    scene->setExporting(false);
    if (!c.legend.isEmpty())
        GraphStyle::paintLegend(painter, QPointF(c.graph.width() + 2 * kMargin, kMargin), c.kinds,
                                c.types, c.notes, scene->showsKindColours(), c.customKinds,
                                c.customTypes);
    painter->restore();
}

bool GraphRender::renderScene(GraphScene *scene, const QString &path, QString *error,
                              const QSize &size)
{
    if (!PictureFile::checkSuffix(path, error))
        return false;
    const bool png = QFileInfo(path).suffix().toLower() == QLatin1String("png");
    QSize out = size;
    // A size asked for is the file's size in pixels: a PNG then has one pixel per logical pixel.
    qreal ratio = 1;
    if (!size.isValid() || size.isEmpty()) {
        ratio = PictureFile::kPngPixelRatio;
        const QSizeF natural = naturalSize(scene);
        const qreal longest = png ? kMaxPngSide / ratio : kMaxSide;
        const qreal scale =
                std::min<qreal>(1, longest / std::max(natural.width(), natural.height()));
        auto side = [&](qreal v) {
            return std::max(1, int(std::min(std::ceil(v * scale), std::floor(longest))));
        };
        out = QSize(side(natural.width()), side(natural.height()));
    }
    if (!png)
        return writeSvg(scene, path, out, error);
    return PictureFile::write(
            path, out,
            [&](QPainter &p, const QRectF &rect) { GraphRender::paint(&p, scene, rect); },
            { Tr::tr("Company graph"), Tr::tr("Made with Telco Atlas") }, error, ratio);
}

namespace {

// A scene used without an event loop (the command line) still has every item waiting to be
// polished, a step Qt queues for the event loop; deleting such an item searches that list, so
// the scene's 40,000 items of a 10,000-node graph took 0.26 s to delete, 0.05 s once polished.
void settleWithoutEventLoop(GraphScene *scene)
{
    QCoreApplication::sendPostedEvents(scene, QEvent::MetaCall);
}

} // namespace

bool GraphRender::renderToFile(const Document &doc, const Options &options, const QString &path,
                               QString *error)
{
    if (!PictureFile::checkSuffix(path, error))
        return false;
    GraphScene scene(&doc);
    scene.setLanguage(options.lang);
    scene.setAsynchronous(false);
    if (!options.focus.isEmpty()) {
        const QString id = doc.data().resolveEntity(options.focus);
        if (id.isEmpty())
            return fail(error,
                        Tr::tr("No entity is named \"%1\" (try a name in English or Korean, or a "
                               "ticker)")
                                .arg(options.focus));
        if (!doc.graph().containsNode(id))
            return fail(
                    error,
                    Tr::tr("\"%1\" has no relationships in the time window").arg(options.focus));
        scene.setFocusNode(id, std::max(1, options.hops));
    }
    const bool written = renderScene(&scene, path, error, options.size);
    settleWithoutEventLoop(&scene);
    return written;
}

GexfDataset::Viz GraphRender::nodeViz(const GraphScene *scene)
{
    GexfDataset::Viz viz;
    for (const NodeItem *node : scene->nodeItems()) {
        if (node->memberCount() > 0 || !scene->entity(node->id()))
            continue;
        // The file's colour when the scene draws it, so a GEXF export keeps what is shown.
        const QColor fill = scene->isColouredFromFile() && scene->fileColour(node->id()).isValid()
                ? scene->fileColour(node->id())
                : node->kindColor();
        viz.insert(node->id(), { node->home(), fill.name(QColor::HexRgb), node->radius() });
    }
    return viz;
}

GexfDataset::Viz GraphRender::nodeViz(const Document &doc)
{
    GraphScene scene(&doc);
    scene.setAsynchronous(false);
    GexfDataset::Viz viz = nodeViz(&scene);
    settleWithoutEventLoop(&scene);
    return viz;
}

} // namespace atlas
