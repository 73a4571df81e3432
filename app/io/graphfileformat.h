// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importeddata.h"

#include <QList>

#include <functional>
#include <optional>
#include <utility>

QT_BEGIN_NAMESPACE
class QIODevice;
class QXmlStreamWriter;
QT_END_NAMESPACE

namespace atlas {

namespace GraphFiles {
using ReadFunction = std::optional<ImportedData> (*)(QIODevice *, const QString &, const Dataset &,
                                                     QString *, const ProgressCallback &);
std::optional<ImportedData> parse(ReadFunction read, const QByteArray &xml, const QString &fileName,
                                  const Dataset &current, QString *error,
                                  const ProgressCallback &progress);
std::optional<ImportedData> readFile(ReadFunction read, const QString &path, const Dataset &current,
                                     QString *error, const ProgressCallback &progress);

// An indented XML document in UTF-8 whose root element root, in namespace ns, has the attributes
// attributes and then xsi:schemaLocation; body writes what the root holds.
QByteArray writeDocument(const QString &ns, const QString &root,
                         const QList<std::pair<QString, QString>> &attributes,
                         const QString &schemaLocation,
                         const std::function<void(QXmlStreamWriter &)> &body);
// Whether any relationship has a direction. Graph files say it once for the whole graph,
// because networkx refuses graphs that mix directed and undirected edges; an undirected
// "partner" edge is told by its type.
bool anyDirected(const Dataset &data);
} // namespace GraphFiles

// The ways in to a graph file format (GraphMlDataset, GexfDataset) beside its own
// read(device, fileName, current, error, progress): from bytes, and from a file whose path labels
// the messages. fileName only labels messages. Node labels that name an entity of current (by
// id, name or ticker) join that entity instead of making a new one.
template <typename Format>
class GraphFileFormat
{
public:
    static std::optional<ImportedData> parse(const QByteArray &xml, const QString &fileName,
                                             const Dataset &current, QString *error,
                                             const ProgressCallback &progress = {})
    {
        return GraphFiles::parse(&Format::read, xml, fileName, current, error, progress);
    }
    static std::optional<ImportedData> readFile(const QString &path, const Dataset &current,
                                                QString *error,
                                                const ProgressCallback &progress = {})
    {
        return GraphFiles::readFile(&Format::read, path, current, error, progress);
    }
};

} // namespace atlas
