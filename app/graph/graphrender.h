// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/localizedtext.h"
#include "io/gexfdataset.h"

#include <QRectF>
#include <QSize>
#include <QString>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace atlas {

class Document;
class GraphScene;

// The company graph as a picture file, with its legend: PNG (at twice the pixel density, so it
// stays sharp on HiDPI screens and in print) or SVG with labels as <text>, so they stay
// searchable and selectable. The format follows the file name's extension.
namespace GraphRender {

struct Options
{
    QString focus; // entity id, name in either language or ticker; empty: the whole graph
    int hops = 1; // neighbourhood size around focus
    Language lang = Language::English;
    QSize size; // the picture's size in pixels, the drawing fitted to it; empty: 100 % scale, a PNG
                // at most 4096 pixels on its longer side
};

// Lays out the document's graph of its current time window (with the positions the user saved)
// and writes it. False with *error naming the file, or the unknown focus, on failure.
bool renderToFile(const Document &doc, const Options &options, const QString &path, QString *error);

// Writes the shown part of a scene as it is (filters, focus, positions), as the GUI's export does;
// size as in Options.
bool renderScene(GraphScene *scene, const QString &path, QString *error, const QSize &size = {});

// How each entity node of the scene is drawn, for a GEXF export: where the layout put it (the
// user's positions included), its kind's colour (the file's, when the scene draws those) and its
// radius. Nodes standing for collapsed
// communities are left out.
GexfDataset::Viz nodeViz(const GraphScene *scene);
// The same of the document's graph laid out as renderToFile() lays it out (the command line).
GexfDataset::Viz nodeViz(const Document &doc);

// The shown graph and its legend, on white, fitted into target keeping proportions: the one way
// the graph is drawn outside the view, for files, PDF pages and printers alike.
void paint(QPainter *painter, GraphScene *scene, const QRectF &target);
// The picture's size at 100 %, margins and legend included.
QSizeF naturalSize(const GraphScene *scene);

} // namespace GraphRender

} // namespace atlas
