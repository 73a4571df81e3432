// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graphfileformat.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointF>

#include <optional>

namespace atlas {

// Entities and relationships as GEXF (https://gexf.net), the format of Gephi: versions 1.1, 1.2
// and 1.3 are read, 1.3 (or 1.2) is written.
//
// Reading streams the file (QXmlStreamReader) within DataLimits. Nodes become entities and
// edges relationships. The name is the node's label (or an attribute titled name); an attribute
// titled kind, type or labelV gives the entity kind and one titled type, kind or labelE (or the
// edge's label) the relationship type, when its value is one of the built-in ones in English,
// in any case ("Company", "ai model", "invests in"). Edge times (start/end, startopen/endopen,
// timestamp, spells) in timeformat date or dateTime (the date as written, in its own time zone)
// become the relationship's span; several intervals are merged into their outer span. What the
// domain has no place for (other attributes, node times, the viz of edges and node shapes, edge
// weights, edges from a node to itself, times given as numbers) is counted in
// ImportedData::notes, never dropped silently. Errors name the file, the line and the element:
// "graph.gexf: line 12, element 'edge' ('e3'), field 'target': unknown node 'n99'".
// A node's viz:position goes to ImportedData::positions (y turned downwards, as the graph draws),
// used when the user asks to keep the file's layout; its viz:color and viz:size become the
// entity's attributes vizColorAttribute() and vizSizeAttribute().
//
// Writing: one node per entity (label, and attributes kind, name_en, name_ko, ticker,
// description_en, description_ko), one edge per relationship (label: the type in English, and
// attributes type, event, sources). A relationship's dates are written twice: as the edge's
// start and end, ISO days of the span (timeformat="date", so networkx and Gephi place it in
// time), and at their real precision ("2024-06", "2024-Q3") as the attributes atlas_date_start
// and atlas_date_end, which this reader prefers, so a round trip keeps "June 2024" a month.
class GexfDataset : public GraphFileFormat<GexfDataset>
{
    Q_DECLARE_TR_FUNCTIONS(atlas::GexfDataset)

public:
    enum class Version { Gexf12, Gexf13 };
    // "1.2" or "1.3" (the command line's --gexf-version); nothing for anything else.
    static std::optional<Version> versionFromName(const QString &name);

    // How a node is drawn, written as its viz:position (x, y; the graph's y grows downwards,
    // GEXF's upwards, so y is written negated, as the reader negates it again), viz:color
    // (from "#rrggbb", as r, g, b) and viz:size (a radius, in the graph's units).
    struct NodeViz
    {
        QPointF position;
        QString color;
        double size = 0;
    };
    using Viz = QHash<QString, NodeViz>; // by entity id; entities without one get no viz

    // And parse(), readFile() of GraphFileFormat. With a mapping (see ImportMapping), the
    // attributes it maps (and the built-in label or id) give the name, kind, type and dates, the
    // others are kept only when it keeps them.
    static std::optional<ImportedData> read(QIODevice *device, const QString &fileName,
                                            const Dataset &current, QString *error,
                                            const ProgressCallback &progress = {},
                                            const ImportMapping *mapping = nullptr);

    // Entities and relationships of data (events and figures have no place in a graph file).
    // 1.3 by default; 1.2 for readers that know only its namespace (networkx before 3.0).
    // viz: how the nodes are drawn (the window's graph, or the command line's layout).
    static QByteArray serialize(const Dataset &data, Version version = Version::Gexf13,
                                const Viz &viz = {});
    // Atomic, as DatasetJson::writeFile.
    static bool writeFile(const Dataset &data, const QString &path, QString *error,
                          Version version = Version::Gexf13, const Viz &viz = {});

    // The entity attributes a node's viz:color ("#rrggbb") and viz:size (a number) are kept in.
    static QString vizColorAttribute() { return QStringLiteral("viz_color"); }
    static QString vizSizeAttribute() { return QStringLiteral("viz_size"); }
};

} // namespace atlas
