// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graphfileformat.h"

#include <QCoreApplication>

#include <optional>

namespace atlas {

// Entities and relationships as GraphML (http://graphml.graphdrawing.org/): nodes are entities,
// edges relationships. The writer declares every key with attr.name and attr.type, so networkx,
// Gephi and yEd read names, kinds and types; the reader takes files those programs write (yEd's
// labels inside y:NodeLabel, Gephi's "label" key, networkx's d0, d1... keys) and keeps keys it
// has no member for in ImportedData::extra. Errors name the file, the line and the element:
// "graph.graphml: line 12, element 'edge' ('e3'), field 'target': unknown node 'n99'".
class GraphMlDataset : public GraphFileFormat<GraphMlDataset>
{
    Q_DECLARE_TR_FUNCTIONS(atlas::GraphMlDataset)

public:
    // And parse(), readFile() of GraphFileFormat. With a mapping (see ImportMapping), the
    // fields it maps give the name, kind, type and dates, the others are kept only when it keeps
    // them.
    static std::optional<ImportedData> read(QIODevice *device, const QString &fileName,
                                            const Dataset &current, QString *error,
                                            const ProgressCallback &progress = {},
                                            const ImportMapping *mapping = nullptr);

    // Entities and relationships of data (events and figures have no place in a graph file), and
    // the extra attributes an import brought, under keys of their own.
    static QByteArray serialize(const Dataset &data, const ExtraAttributes &extra = {});
    // Atomic, as DatasetJson::writeFile.
    static bool writeFile(const Dataset &data, const QString &path, QString *error,
                          const ExtraAttributes &extra = {});
};

} // namespace atlas
