// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/kinds.h"
#include "importeddata.h"

#include <QHash>
#include <QList>

#include <functional>
#include <optional>
#include <utility>

QT_BEGIN_NAMESPACE
class QIODevice;
class QXmlStreamWriter;
QT_END_NAMESPACE

namespace atlas {

class ImportMapping;

namespace GraphFiles {
using ReadFunction = std::optional<ImportedData> (*)(QIODevice *, const QString &, const Dataset &,
                                                     QString *, const ProgressCallback &,
                                                     const ImportMapping *);
std::optional<ImportedData> parse(ReadFunction read, const QByteArray &xml, const QString &fileName,
                                  const Dataset &current, QString *error,
                                  const ProgressCallback &progress);
std::optional<ImportedData> readFile(ReadFunction read, const QString &path, const Dataset &current,
                                     QString *error, const ProgressCallback &progress,
                                     const ImportMapping *mapping = nullptr);

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

// One attribute column of a graph file (a GraphML key, a GEXF attribute): the type every value
// of that name has (text when they differ), and whether every number is whole.
struct AttributeKey
{
    QString name;
    AttributeType type = AttributeType::Text;
    bool integral = true;
};

// The attribute columns the records of one class (nodes or edges) need, in order of first use.
class AttributeKeys
{
public:
    // skip: names written otherwise (a GEXF node's viz colour and size), left out of the columns.
    template <typename T>
    explicit AttributeKeys(const QList<T> &records, const QStringList &skip = {})
    {
        for (const T &r : records)
            add(r.attributes, skip);
    }
    const QList<AttributeKey> &keys() const { return m_keys; }
    bool contains(const QString &name) const { return m_index.contains(name); }
    qsizetype indexOf(const QString &name) const { return m_index.value(name, -1); }

private:
    void add(const Attributes &attributes, const QStringList &skip);
    QList<AttributeKey> m_keys;
    QHash<QString, qsizetype> m_index;
};

// Whether a graph file reader takes a value of this name (in any case) for a member of the
// record (node: name, label, kind...; edge: type, event, sources...). A record attribute of such
// a name is written under "<name> (attribute)" with atlas.name giving the name, so it returns
// as the attribute it was.
bool isMemberName(const QString &name, bool node);
QString writtenAttributeName(const QString &name, bool node);
// Whether a node value of this name (in any case) describes the entity beside its name and
// kind: name_en, name_ko, ticker, description, description_en, description_ko. A mapped import
// keeps these as the entity's own fields when the mapping keeps them.
bool isEntityDescription(const QString &name);
// A built-in kind or relationship type written in English, in any case and spelling of
// separators: its key or its label ("AI model", "ai-model", "Invests_In", "partners with").
std::optional<EntityKind> matchKind(const QString &text);
std::optional<RelationshipType> matchType(const QString &text);

// An attribute from the text of a file typed as the file declares it (GraphML attr.type,
// GEXF type: boolean, int, long, integer, float, double, date, string...). A value that is not
// of its declared type is kept as text rather than lost.
Attribute typedAttribute(const QString &name, const QString &text, const QString &declaredType);
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
    // With a mapping: read as it says (see ImportMapping).
    static std::optional<ImportedData> readFile(const QString &path, const Dataset &current,
                                                QString *error,
                                                const ProgressCallback &progress = {},
                                                const ImportMapping *mapping = nullptr)
    {
        return GraphFiles::readFile(&Format::read, path, current, error, progress, mapping);
    }
};

} // namespace atlas
