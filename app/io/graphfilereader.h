// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "idgenerator.h"
#include "importeddata.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

#include <optional>

namespace atlas {

class ImportMapping;

// What the readers of graph files (GraphML, GEXF) share; not part of the public API. The XML
// plumbing: a stream over the device, messages that name the file, the line and the element,
// the first error winning, cancelling through the progress callback, the record limit, nesting
// bounded in depth. And the building of ImportedData out of nodes and edges: nodes become
// entities (or join an entity of the current data of that id or name), edges relationships
// between them, with ids kept when they mean something and made up otherwise, the event and
// sources checked against the current data, and the file as the source where none is named.
// A subclass reads the document and builds each entity and relationship from its own raw items,
// which carry at least an id, a line, a source and a target.
class GraphFileReader
{
    Q_DECLARE_TR_FUNCTIONS(atlas::GraphFileReader)

public:
    // Whether text has Hangul: a plain name in Korean is the entity's Korean name.
    static bool hasHangul(const QString &text);
    // Canonical ids ("n12", "e3", "7") say nothing; other valid ids are kept as written.
    static bool meaningful(const QString &id);

    struct FileFormat
    {
        ImportedData::Format format;
        const char *name; // in messages: "GraphML", "GEXF"
        const char *root; // the root element: "graphml", "gexf"
    };

    GraphFileReader(QIODevice *device, const QString &fileName, const Dataset &current,
                    const FileFormat &format, const ProgressCallback &progress);
    virtual ~GraphFileReader();

    // Reads the document, builds the data and reports the first error (or a cancel).
    std::optional<ImportedData> run(QString *error);
    // Read as mapping says (see ImportMapping); none: as the format says.
    void setMapping(const ImportMapping *mapping) { m_mapping = mapping; }

protected:
    // Reads one element inside the root (the stream is at its start), or skips it.
    virtual void readTopLevel() = 0;
    // Called once the document is read without an error; sets m_error when it cannot be built.
    virtual void build() = 0;

    // A raw node or edge at the current start element: its line, id, source and target.
    template <typename Item>
    Item itemHere() const
    {
        Item item;
        item.line = m_xml.lineNumber();
        const auto a = m_xml.attributes();
        item.id = a.value(QLatin1String("id")).toString();
        item.source = a.value(QLatin1String("source")).toString();
        item.target = a.value(QLatin1String("target")).toString();
        return item;
    }

    // The first error wins; stop() also ends the stream.
    void stop(const QString &message);
    QString place(const char *element, const QString &id, qint64 line) const;
    template <typename Item>
    void failItem(const char *element, const Item &item, const QString &field,
                  const QString &message)
    {
        failAt(element, item.id, item.line, field, message);
    }
    void failAt(const char *element, const QString &id, qint64 line, const QString &field,
                const QString &message);
    // Asks the progress callback every 256 elements; false (and stopped) when it cancels.
    bool tick();
    // False (and stopped) when records more would exceed DataLimits::maxRecordsPerFile.
    bool withinRecordLimit(qsizetype records, qint64 line);
    // A node's id: present and used once in the file; false (and stopped) otherwise.
    bool takeNodeId(const QString &id, qint64 line);
    // An edge's source and target attributes are present; false (and stopped) otherwise.
    bool hasEnds(const QXmlStreamAttributes &a, const QString &id, qint64 line);
    // Runs read one level deeper unless that is deeper than a file may nest (tooDeep, with the
    // depth as its last argument, is the message then).
    template <typename Read>
    void readNested(const QString &tooDeep, Read read)
    {
        if (m_depth >= kMaxDepth) {
            stop(tooDeep.arg(kMaxDepth));
            return;
        }
        ++m_depth;
        read();
        --m_depth;
    }

    // Builds the data: reserves the ids the file and the current data take, then calls
    // buildEntity(node) for each node and buildRelationship(edge) for each edge, in file order,
    // until one gives false (with m_error set). With a mapping, remap(item, isNode) first moves
    // each item's fields to where the format's own reader looks for them.
    template <typename Item, typename BuildEntity, typename BuildRelationship, typename Remap>
    void buildGraph(QList<Item> &nodes, QList<Item> &edges, BuildEntity buildEntity,
                    BuildRelationship buildRelationship, Remap remap)
    {
        if (m_mapping) {
            for (Item &n : nodes)
                remap(&n, true);
            for (Item &e : edges)
                remap(&e, false);
        }
        QStringList nodeIds;
        for (const Item &n : std::as_const(nodes))
            nodeIds << n.id;
        reserveEntityIds(nodeIds);
        for (Item &n : nodes) {
            if (!buildEntity(n))
                return;
        }
        QList<std::pair<QString, qint64>> edgeIds;
        for (const Item &e : std::as_const(edges))
            edgeIds.append({ e.id, e.line });
        if (!reserveRelationshipIds(edgeIds))
            return;
        for (Item &e : edges) {
            if (!buildRelationship(e))
                return;
        }
    }
    // An entity with the names, ticker and descriptions both formats' writers give it
    // (name_en, name_ko, ticker, description_en or description, description_ko), taken out of a
    // raw item by take(names); label names it when it has no name in either language.
    template <typename Take>
    static Entity describedEntity(Take take, const QString &label)
    {
        Entity e;
        e.name.en = take({ "name_en" }).value_or(QString());
        e.name.ko = take({ "name_ko" }).value_or(QString());
        if (e.name.isEmpty())
            (hasHangul(label) ? e.name.ko : e.name.en) = label;
        e.ticker = take({ "ticker" }).value_or(QString());
        e.description.en = take({ "description_en", "description" }).value_or(QString());
        e.description.ko = take({ "description_ko" }).value_or(QString());
        return e;
    }
    // The entity of node nodeId: the current data's entity of that id, else of e's name (then
    // nothing is added), else e under the node's id when it means something or a new id.
    // extra: the attributes kept beside the entity.
    void addEntity(const QString &nodeId, Entity e, const QVariantMap &extra = {});
    // The entity id addEntity() gave node nodeId (empty before).
    QString entityOfNode(const QString &nodeId) const { return m_entityOfNode.value(nodeId); }

    // The entities of the edge's nodes into r; false (m_error set) for an unknown node.
    template <typename Item>
    bool setEnds(const Item &edge, Relationship *r)
    {
        return setEnds(edge.id, edge.line, edge.source, edge.target, r);
    }
    bool setEnds(const QString &id, qint64 line, const QString &source, const QString &target,
                 Relationship *r);
    // The event and the sources (ids joined by ';') an edge names, checked against the current
    // data; the file itself when it names neither. False (m_error set) for an unknown one.
    template <typename Item>
    bool setEventAndSources(const Item &edge, const std::optional<QString> &event,
                            const std::optional<QString> &sources, Relationship *r)
    {
        return setEventAndSources(edge.id, edge.line, event, sources, r);
    }
    bool setEventAndSources(const QString &id, qint64 line, const std::optional<QString> &event,
                            const std::optional<QString> &sources, Relationship *r);
    // The last step of an edge: its event and sources set as above, then its attributes (what
    // attributes() gives, read once those fields are taken), and r added under the edge's id.
    template <typename Item, typename Attributes>
    bool addEdge(const Item &edge, Relationship r, const std::optional<QString> &event,
                 const std::optional<QString> &sources, Attributes attributes)
    {
        if (!setEventAndSources(edge, event, sources, &r))
            return false;
        r.attributes = attributes();
        addRelationship(edge.id, r);
        return true;
    }
    // *date from the text of an edge's attribute field at the precision written; an absent or
    // empty text leaves *date as it is. False (m_error set) when the text is no date.
    template <typename Item>
    bool setDate(const Item &edge, const QString &field, const std::optional<QString> &text,
                 PartialDate *date)
    {
        return setDate(edge.id, edge.line, field, text, date);
    }
    bool setDate(const QString &id, qint64 line, const QString &field,
                 const std::optional<QString> &text, PartialDate *date);
    // r's intervals from the text of an edge's attribute field, "2020/2020; 2023-Q2/" (see
    // spellsFromText); absent or empty leaves r as it is. False (m_error set) when it is no list.
    template <typename Item>
    bool setSpells(const Item &edge, const std::optional<QString> &text, Relationship *r)
    {
        return setSpells(edge.id, edge.line, text, r);
    }
    bool setSpells(const QString &id, qint64 line, const std::optional<QString> &text,
                   Relationship *r);
    // r under the edge's id when the current data has it or it means something, else a new id.
    void addRelationship(const QString &edgeId, Relationship r, const QVariantMap &extra = {});

    QXmlStreamReader m_xml;
    QIODevice *m_device;
    QString m_file;
    const Dataset &m_current;
    ImportedData m_out;
    QString m_error;
    // What the user said the file's fields are (setMapping); none: the format's own names.
    const ImportMapping *m_mapping = nullptr;

private:
    static constexpr int kMaxDepth = 64;

    void reserveEntityIds(const QStringList &nodeIds);
    // False, with m_error set, when the file gives one id to two edges.
    bool reserveRelationshipIds(const QList<std::pair<QString, qint64>> &edges);

    void readDocument();

    FileFormat m_format;
    ProgressCallback m_progress;
    qint64 m_elements = 0;
    int m_depth = 0;
    QHash<QString, qint64> m_nodeLines;
    QHash<QString, QString> m_entityOfNode;
    IdGenerator m_entityIds;
    IdGenerator m_relationshipIds;
    QString m_fileSource;
    QStringList m_unknownSources; // cited by edges, absent from the current data
    int m_matchedWithAttributes = 0;
};

} // namespace atlas
