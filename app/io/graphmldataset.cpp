// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphmldataset.h"

#include "core/datalimits.h"
#include "datafile.h"
#include "datasetjson.h"
#include "graphfileformat.h"
#include "graphfilereader.h"
#include "importmapping.h"

#include <QMap>
#include <QSet>
#include <QXmlStreamWriter>

#include <algorithm>

namespace atlas {

namespace {

const auto graphmlNamespace = QStringLiteral("http://graphml.graphdrawing.org/xmlns");
// The graph data holding the definitions of user-defined kinds and types (DatasetJson's "types").
constexpr char kTypesKey[] = "atlas_types";
// A relationship's intervals when it has two or more: "2020/2020; 2023-Q2/" (spellsToText).
constexpr char kSpellsKey[] = "spells";

// ---- writing -------------------------------------------------------------------------------

// The attr.type of a value; what GraphML has no type for is a string.
QString typeName(const QVariant &v)
{
    static constexpr std::pair<int, const char *> names[] = {
        { QMetaType::Bool, "boolean" },  { QMetaType::Int, "int" },
        { QMetaType::LongLong, "long" }, { QMetaType::Float, "float" },
        { QMetaType::Double, "double" },
    };
    for (const auto &[type, name] : names) {
        if (v.typeId() == type)
            return QLatin1String(name);
    }
    return QStringLiteral("string");
}

QString valueText(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Float:
    case QMetaType::Double:
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    default:
        return v.toString();
    }
}

// attr.name and key ids are XML name tokens: no spaces and few punctuation marks.
QString nameToken(const QString &name)
{
    QString out;
    for (const QChar c : name)
        out += c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-')
                        || c == QLatin1Char('_')
                ? c
                : QLatin1Char('_');
    return out.isEmpty() ? QStringLiteral("attribute") : out;
}

struct ExtraKey
{
    QString id;
    QString name;
    QString type;
};

// The extra keys of one domain (node or edge): one per attribute name, typed when every value
// of that name has the same type.
QMap<QString, ExtraKey> extraKeys(const QHash<QString, QVariantMap> &attributes,
                                  const QString &prefix, const QStringList &reserved)
{
    QMap<QString, ExtraKey> keys;
    for (const auto &map : attributes) {
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            const QString token = nameToken(it.key());
            if (reserved.contains(token))
                continue;
            const QString type = typeName(it.value());
            auto k = keys.find(it.key());
            if (k == keys.end())
                keys.insert(it.key(), { prefix + token, token, type });
            else if (k->type != type)
                k->type = QStringLiteral("string");
        }
    }
    return keys;
}

void writeKey(QXmlStreamWriter &w, const QString &id, const char *domain, const QString &name,
              const QString &type = QStringLiteral("string"))
{
    w.writeEmptyElement(QStringLiteral("key"));
    w.writeAttribute(QStringLiteral("id"), id);
    w.writeAttribute(QStringLiteral("for"), QLatin1String(domain));
    w.writeAttribute(QStringLiteral("attr.name"), name);
    w.writeAttribute(QStringLiteral("attr.type"), type);
}

void writeData(QXmlStreamWriter &w, const QString &key, const QString &value)
{
    if (value.isEmpty())
        return;
    w.writeStartElement(QStringLiteral("data"));
    w.writeAttribute(QStringLiteral("key"), key);
    w.writeCharacters(value);
    w.writeEndElement();
}

// The extra values of one record (an export's figures), under the keys declared for them.
void writeExtra(QXmlStreamWriter &w, const QVariantMap &values, const QMap<QString, ExtraKey> &keys)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (keys.contains(it.key()))
            writeData(w, keys.value(it.key()).id, valueText(it.value()));
    }
}

// The key ids of the record attributes of one domain: prefix + the name as a token, made unique
// against the fixed keys and each other.
QStringList attributeKeyIds(const GraphFiles::AttributeKeys &keys, const QString &prefix,
                            const QStringList &reserved)
{
    QStringList ids;
    QSet<QString> taken(reserved.cbegin(), reserved.cend());
    for (const auto &k : keys.keys()) {
        const QString base = prefix + nameToken(k.name);
        QString id = base;
        for (int n = 2; taken.contains(id); ++n)
            id = base + QLatin1Char('_') + QString::number(n);
        taken.insert(id);
        ids << id;
    }
    return ids;
}

// attr.name is the attribute's name as it is (networkx, Gephi and yEd read names with spaces).
void writeAttributeKeys(QXmlStreamWriter &w, const GraphFiles::AttributeKeys &keys,
                        const QStringList &ids, const char *domain)
{
    const bool node = QLatin1String(domain) == QLatin1String("node");
    for (qsizetype i = 0; i < keys.keys().size(); ++i) {
        auto k = keys.keys().at(i);
        const QString name = k.name;
        k.name = GraphFiles::writtenAttributeName(name, node);
        switch (k.type) {
        case AttributeType::Bool:
            writeKey(w, ids.at(i), domain, k.name, QStringLiteral("boolean"));
            break;
        case AttributeType::Number:
            writeKey(w, ids.at(i), domain, k.name,
                     k.integral ? QStringLiteral("long") : QStringLiteral("double"));
            break;
        case AttributeType::Date:
            writeKey(w, ids.at(i), domain, k.name);
            w.writeAttribute(QStringLiteral("atlas.type"), QStringLiteral("date"));
            break;
        case AttributeType::Text:
            writeKey(w, ids.at(i), domain, k.name);
            break;
        }
        if (k.name != name)
            w.writeAttribute(QStringLiteral("atlas.name"), name);
    }
}

void writeAttributeData(QXmlStreamWriter &w, const Attributes &attributes,
                        const GraphFiles::AttributeKeys &keys, const QStringList &ids)
{
    for (const Attribute &a : attributes) {
        const QString text = a.toText();
        w.writeStartElement(QStringLiteral("data"));
        w.writeAttribute(QStringLiteral("key"), ids.at(keys.indexOf(a.name)));
        w.writeCharacters(text);
        w.writeEndElement();
    }
}

// ---- reading -------------------------------------------------------------------------------

struct KeyInfo
{
    QString name; // attr.name, else the key id
    QString type; // attr.type, "string" when absent
    QString yfiles; // yfiles.type: nodegraphics, edgegraphics, resources...
    QString domain; // node, edge, graph, all...
    QString defaultValue;
    bool hasDefault = false;
    QString slot; // where values go in a RawItem: the lower-case name, or \x02 + it (atlas.name)
};

struct RawItem
{
    QString id;
    qint64 line = 0;
    QString source; // edges
    QString target;
    QString directed; // edges: the XML attribute directed ("true", "false"), empty when absent
    QMap<QString, QString> values; // by lower-case attribute name
    QMap<QString, QString> names; // lower-case -> name as written, for extras
};

class Reader : public GraphFileReader
{
public:
    using GraphFileReader::GraphFileReader;

private:
    void readTopLevel() override
    {
        if (m_xml.name() == QLatin1String("key"))
            readKey();
        else if (m_xml.name() == QLatin1String("graph"))
            readGraph();
        else
            m_xml.skipCurrentElement();
    }

    void readKey()
    {
        const auto a = m_xml.attributes();
        const QString id = a.value(QLatin1String("id")).toString();
        KeyInfo k;
        k.name = a.value(QLatin1String("attr.name")).toString();
        if (k.name.isEmpty())
            k.name = id;
        k.type = a.value(QLatin1String("attr.type")).toString();
        if (k.type.isEmpty())
            k.type = QStringLiteral("string");
        // GraphML has no date type: our files mark date keys (attr.type string) so they return.
        if (a.value(QLatin1String("atlas.type")) == QLatin1String("date"))
            k.type = QStringLiteral("date");
        k.yfiles = a.value(QLatin1String("yfiles.type")).toString();
        k.domain = a.value(QLatin1String("for")).toString();
        if (k.domain.isEmpty())
            k.domain = QStringLiteral("all");
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == QLatin1String("default")) {
                k.hasDefault = true;
                k.defaultValue = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (id.isEmpty()) {
            stop(GraphMlDataset::tr("%1: line %2, element 'key', field 'id': is missing")
                         .arg(m_file)
                         .arg(m_xml.lineNumber()));
            return;
        }
        // Our own export of an attribute whose name a member has: kept apart from the member.
        const QString atlasName = a.value(QLatin1String("atlas.name")).toString();
        if (!atlasName.isEmpty())
            k.name = atlasName;
        k.slot = atlasName.isEmpty() ? k.name.toLower() : QStringLiteral("\x02") + k.name.toLower();
        if (!m_order.contains(k.slot))
            m_order.insert(k.slot, m_order.size());
        m_keys.insert(id, k);
    }

    // Direction is read only for the relationship types the file defines: a built-in type says
    // whether it has one.
    void readGraph()
    {
        if (!m_sawGraph) { // the outermost graph: nested ones are read inside it
            m_sawGraph = true;
            m_directed = m_xml.attributes().value(QLatin1String("edgedefault"))
                    != QLatin1String("undirected");
        }
        while (m_xml.readNextStartElement()) {
            if (!tick())
                return;
            const auto name = m_xml.name();
            if (name == QLatin1String("data")) {
                readGraphData();
            } else if (name == QLatin1String("node")) {
                readNode();
            } else if (name == QLatin1String("edge")) {
                readEdge();
            } else if (name == QLatin1String("hyperedge")) {
                stop(GraphMlDataset::tr("%1: hyperedges are not supported")
                             .arg(place("hyperedge", {}, m_xml.lineNumber())));
                return;
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    // Graph data: our own export keeps the definitions of user-defined kinds and types there.
    void readGraphData()
    {
        const KeyInfo k = m_keys.value(m_xml.attributes().value(QLatin1String("key")).toString());
        if (k.name != QLatin1String(kTypesKey)) {
            m_xml.skipCurrentElement();
            return;
        }
        const QString text = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
        QString error;
        const auto types = DatasetJson::parseTypes(text.toUtf8(), m_file, &error);
        if (!types) {
            stop(error);
            return;
        }
        m_fileTypes = *types;
    }

    void readNode()
    {
        RawItem node = itemHere<RawItem>();
        if (!takeNodeId(node.id, node.line) || !withinRecordLimit(records(), node.line))
            return;
        const qsizetype index = m_nodes.size();
        m_nodes.append(node);
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == QLatin1String("data"))
                readData(&m_nodes[index], "node");
            else if (m_xml.name() == QLatin1String("graph"))
                readNestedGraph(); // a yEd group: its members are entities too
            else
                m_xml.skipCurrentElement();
        }
        applyDefaults(&m_nodes[index], "node");
    }

    // Groups in groups are read recursively; a hostile file nesting them 100,000 deep would
    // overflow the stack, so the depth is bounded far beyond what yEd users build.
    void readNestedGraph()
    {
        readNested(GraphMlDataset::tr("%1: groups are nested more than %2 deep")
                           .arg(place("graph", {}, m_xml.lineNumber())),
                   [this] { readGraph(); });
    }

    void readEdge()
    {
        RawItem edge = itemHere<RawItem>();
        const auto a = m_xml.attributes();
        if (!withinRecordLimit(records(), edge.line) || !hasEnds(a, edge.id, edge.line))
            return;
        edge.directed = a.value(QLatin1String("directed")).toString().trimmed();
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == QLatin1String("data"))
                readData(&edge, "edge");
            else
                m_xml.skipCurrentElement();
        }
        applyDefaults(&edge, "edge");
        m_edges.append(edge);
    }

    qsizetype records() const { return m_nodes.size() + m_edges.size(); }

    void applyDefaults(RawItem *item, const char *domain)
    {
        for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
            const KeyInfo &k = it.value();
            if (!k.hasDefault
                || (k.domain != QLatin1String(domain) && k.domain != QLatin1String("all")))
                continue;
            if (!item->values.contains(k.slot)) {
                item->values.insert(k.slot, k.defaultValue);
                item->names.insert(k.slot, k.name);
                m_types.insert(k.slot, k.type);
            }
        }
    }

    void readData(RawItem *item, const char *domain)
    {
        const QString keyId = m_xml.attributes().value(QLatin1String("key")).toString();
        const KeyInfo k = m_keys.value(keyId,
                                       KeyInfo{ keyId,
                                                QStringLiteral("string"),
                                                {},
                                                QLatin1String(domain),
                                                {},
                                                false,
                                                keyId.toLower() });
        if (!k.yfiles.isEmpty()) {
            // yEd keeps the visible label inside its graphics; everything else there is drawing.
            // Node labels name the entity; edge labels are kept as an attribute "label".
            const QString label = yedLabel();
            const QString slot = QLatin1String(domain) == QLatin1String("node")
                    ? QStringLiteral("\x01label")
                    : QStringLiteral("label");
            if (!label.isEmpty() && !item->values.contains(slot)) {
                item->values.insert(slot, label);
                item->names.insert(slot, QStringLiteral("label"));
            }
            return;
        }
        const QString text = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
        if (const QString problem = DataLimits::checkLength(text, DataLimits::maxAttributeLength);
            !problem.isEmpty()) {
            stop(GraphMlDataset::tr("%1, field '%2': %3")
                         .arg(place(domain, item->id, item->line), k.name, problem));
            return;
        }
        item->values.insert(k.slot, text);
        item->names.insert(k.slot, k.name);
        m_types.insert(k.slot, k.type);
    }

    // The text of the first y:NodeLabel or y:EdgeLabel below the current element, without the
    // text of its own children (label models and parameters).
    QString yedLabel()
    {
        QString label;
        int depth = 1;
        int labelDepth = 0;
        while (depth > 0 && !m_xml.atEnd()) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                ++depth;
                const auto n = m_xml.name();
                if (labelDepth == 0 && label.isEmpty()
                    && (n == QLatin1String("NodeLabel") || n == QLatin1String("EdgeLabel")))
                    labelDepth = depth;
            } else if (token == QXmlStreamReader::EndElement) {
                if (depth == labelDepth)
                    labelDepth = -1; // only the first label counts
                --depth;
            } else if (token == QXmlStreamReader::Characters && labelDepth > 0
                       && depth == labelDepth) {
                label += m_xml.text();
            }
        }
        return label.trimmed();
    }

    // Takes a value the domain has a member for out of the item; nullopt when absent.
    static std::optional<QString> take(RawItem *item, std::initializer_list<const char *> names)
    {
        for (const char *n : names) {
            const QString key = QString::fromLatin1(n);
            if (item->values.contains(key)) {
                const QString v = item->values.take(key).trimmed();
                item->names.remove(key);
                return v;
            }
        }
        return std::nullopt;
    }

    // Takes the kind (kinds) or relationship type of the item out of it: the first of names
    // present, a built-in key in any case, else the key of a user-defined type, defined now when
    // new (the file's own definition, else the next style of the palette). TinkerPop's default
    // labels ("vertex", "edge") name no type. Absent leaves the record as it is; a value that
    // cannot be a key fails the item and gives false.
    template <typename R>
    bool takeTypeKey(RawItem *item, const char *element, std::initializer_list<const char *> names,
                     R *record)
    {
        constexpr bool kinds = std::is_same_v<R, Entity>;
        for (const char *n : names) {
            const auto text = take(item, { n });
            if (!text || text->isEmpty()
                || (n[0] == 'l'
                    && (*text == QLatin1String("vertex") || *text == QLatin1String("edge"))))
                continue;
            const QString lower = text->toLower();
            const bool builtin = kinds ? fromKey<EntityKind>(lower).has_value()
                                       : fromKey<RelationshipType>(lower).has_value();
            if (!builtin
                && !(kinds ? CustomTypes::isValidKindKey(*text)
                           : CustomTypes::isValidTypeKey(*text))) {
                failItem(element, *item, QString::fromLatin1(n),
                         GraphMlDataset::tr("'%1' cannot name a kind or type (1 to 64 characters "
                                            "without spaces around)")
                                 .arg(text->left(80)));
                return false;
            }
            if constexpr (kinds) {
                setKindKey(record, builtin ? lower : *text);
                if (!builtin)
                    defineKind(*text);
            } else {
                setTypeKey(record, builtin ? lower : *text);
                if (!builtin)
                    defineType(*text, item->directed);
            }
            return true;
        }
        return true;
    }

    void defineKind(const QString &key) { m_out.data.types.adoptKind(key, m_fileTypes); }

    // The edge's own direction (directed="true" or "false") when it gives one, else the graph's.
    void defineType(const QString &key, const QString &edgeDirected)
    {
        const bool directed = edgeDirected.isEmpty()
                ? m_directed
                : edgeDirected == QLatin1String("true") || edgeDirected == QLatin1String("1");
        m_out.data.types.adoptRelationshipType(key, m_fileTypes, directed);
    }

    // What is left of the item once the members are taken: its attributes, typed as their keys
    // declare, in the order the keys are declared.
    Attributes attributes(const RawItem &item) const
    {
        QList<std::pair<qsizetype, Attribute>> ordered;
        for (auto it = item.values.cbegin(); it != item.values.cend(); ++it) {
            if (it.key().startsWith(QLatin1Char('\x01')))
                continue;
            // A slot a mapping kept: the key's own slot after the mark.
            const QString slot =
                    it.key().startsWith(QLatin1Char('\x03')) ? it.key().mid(1) : it.key();
            ordered.append({ m_order.value(slot, m_order.size()),
                             GraphFiles::typedAttribute(item.names.value(it.key(), it.key()),
                                                        it.value(), m_types.value(slot)) });
        }
        std::stable_sort(ordered.begin(), ordered.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        Attributes out;
        for (const auto &[order, a] : ordered)
            out.append(a);
        return out;
    }

    void build() override
    {
        buildGraph(
                m_nodes, m_edges, [this](RawItem &n) { return buildEntity(n); },
                [this](RawItem &e) { return buildRelationship(e); },
                [this](RawItem *item, bool node) { remap(item, node); });
    }

    // With a mapping, the fields it maps move to the slots of their members, the others it
    // keeps to slots no member reads, and the rest are left out.
    void remap(RawItem *item, bool node) const
    {
        using Role = ImportMapping::Role;
        static const QList<std::pair<Role, const char *>> nodeSlots{ { Role::Name, "name" },
                                                                     { Role::Kind, "kind" } };
        static const QList<std::pair<Role, const char *>> edgeSlots{ { Role::Type, "type" },
                                                                     { Role::Start, "validfrom" },
                                                                     { Role::End, "validuntil" } };
        RawItem out = *item;
        out.values.clear();
        out.names.clear();
        for (auto it = item->values.cbegin(); it != item->values.cend(); ++it) {
            const QString name = item->names.value(it.key(), it.key());
            const auto role = m_mapping->roleOf(name, node);
            QString slot;
            for (const auto &[r, member] : node ? nodeSlots : edgeSlots) {
                if (role == r)
                    slot = QLatin1String(member);
            }
            if (!node && role == Role::Date && m_mapping->field(Role::Start).isEmpty())
                slot = QStringLiteral("validfrom");
            if (slot.isEmpty() && !role && m_mapping->keeps(name))
                slot = node && GraphFiles::isEntityDescription(name)
                        ? it.key()
                        : QStringLiteral("\x03") + it.key();
            if (slot.isEmpty())
                continue;
            out.values.insert(slot, it.value());
            out.names.insert(slot, name);
        }
        // The node's own id as its name.
        if (node
            && m_mapping->field(Role::Name).compare(QLatin1String("id"), Qt::CaseInsensitive) == 0
            && !out.values.contains(QStringLiteral("name")))
            out.values.insert(QStringLiteral("name"), item->id);
        *item = out;
    }

    // Nodes into entities (or onto the current data's entities of the same name).
    bool buildEntity(RawItem &n)
    {
        const auto name = take(&n, { "name" });
        const auto label = take(&n, { "label" });
        const auto yed = take(&n, { "\x01label" });
        Entity e = describedEntity(
                [&n](std::initializer_list<const char *> names) { return take(&n, names); },
                name            ? *name
                        : label ? *label
                        : yed   ? *yed
                                : n.id);
        if (!takeTypeKey(&n, "node", { "kind", "labelv", "type" }, &e))
            return false;
        e.attributes = attributes(n);
        addEntity(n.id, e);
        return true;
    }

    bool buildRelationship(RawItem &edge)
    {
        Relationship r;
        if (!withinRecordLimit(records(), edge.line) || !setEnds(edge, &r))
            return false;
        if (r.fromId == r.toId) {
            failItem("edge", edge, QStringLiteral("target"),
                     GraphMlDataset::tr("an entity cannot relate to itself"));
            return false;
        }
        if (!takeTypeKey(&edge, "edge", { "type", "labele", "kind" }, &r))
            return false;
        if (!setDate(edge, QStringLiteral("validFrom"), take(&edge, { "validfrom", "valid_from" }),
                     &r.validFrom)
            || !setDate(edge, QStringLiteral("validUntil"),
                        take(&edge, { "validuntil", "valid_until" }), &r.validUntil)
            || !setSpells(edge, take(&edge, { "spells" }), &r))
            return false;
        return addEdge(edge, r, take(&edge, { "event" }), take(&edge, { "sources" }),
                       [&] { return attributes(edge); });
    }

    QHash<QString, KeyInfo> m_keys;
    CustomTypes m_fileTypes; // as our own export defines them
    bool m_directed = true; // the graph's edgedefault
    bool m_sawGraph = false;
    QHash<QString, QString> m_types; // lower-case attribute name -> attr.type
    QHash<QString, qsizetype> m_order; // lower-case attribute name -> order of its key
    QList<RawItem> m_nodes;
    QList<RawItem> m_edges;
};

} // namespace

std::optional<ImportedData> GraphMlDataset::read(QIODevice *device, const QString &fileName,
                                                 const Dataset &current, QString *error,
                                                 const ProgressCallback &progress,
                                                 const ImportMapping *mapping)
{
    Reader reader(device, fileName, current,
                  { ImportedData::Format::GraphMl, "GraphML", "graphml" }, progress);
    reader.setMapping(mapping);
    return reader.run(error);
}

QByteArray GraphMlDataset::serialize(const Dataset &data, const ExtraAttributes &extra)
{
    static const QStringList nodeKeys{
        QStringLiteral("label"),         QStringLiteral("name_en"),
        QStringLiteral("name_ko"),       QStringLiteral("kind"),
        QStringLiteral("ticker"),        QStringLiteral("description_en"),
        QStringLiteral("description_ko")
    };
    static const QStringList edgeKeys{ QStringLiteral("type"), QStringLiteral("validFrom"),
                                       QStringLiteral("validUntil"), QStringLiteral("event"),
                                       QStringLiteral("sources") };
    const GraphFiles::AttributeKeys nodeAttributes(data.entities);
    const GraphFiles::AttributeKeys edgeAttributes(data.relationships);
    auto nodeExtra = extraKeys(extra.entities, QStringLiteral("x_n_"), nodeKeys);
    auto edgeExtra = extraKeys(extra.relationships, QStringLiteral("x_e_"), edgeKeys);
    // A record's own attribute wins over an extra value of the same name.
    for (const auto &k : nodeAttributes.keys())
        nodeExtra.remove(k.name);
    for (const auto &k : edgeAttributes.keys())
        edgeExtra.remove(k.name);
    const QStringList nodeIds = attributeKeyIds(nodeAttributes, QStringLiteral("n_"), nodeKeys);
    const QStringList edgeIds = attributeKeyIds(edgeAttributes, QStringLiteral("e_"), edgeKeys);

    return GraphFiles::writeDocument(
            graphmlNamespace, QStringLiteral("graphml"), {},
            QStringLiteral("http://graphml.graphdrawing.org/xmlns "
                           "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"),
            [&](QXmlStreamWriter &w) {
                if (!data.types.isEmpty())
                    writeKey(w, QLatin1String(kTypesKey), "graph", QLatin1String(kTypesKey));
                for (const auto &k : nodeKeys)
                    writeKey(w, k, "node", k);
                writeAttributeKeys(w, nodeAttributes, nodeIds, "node");
                for (const auto &k : nodeExtra)
                    writeKey(w, k.id, "node", k.name, k.type);
                for (const auto &k : edgeKeys)
                    writeKey(w, k, "edge", k);
                if (std::any_of(data.relationships.cbegin(), data.relationships.cend(),
                                [](const Relationship &r) { return !r.spells.isEmpty(); }))
                    writeKey(w, QLatin1String(kSpellsKey), "edge", QLatin1String(kSpellsKey));
                writeAttributeKeys(w, edgeAttributes, edgeIds, "edge");
                for (const auto &k : edgeExtra)
                    writeKey(w, k.id, "edge", k.name, k.type);

                w.writeStartElement(QStringLiteral("graph"));
                w.writeAttribute(QStringLiteral("id"),
                                 data.info.id.isEmpty() ? QStringLiteral("telco-atlas")
                                                        : data.info.id);
                w.writeAttribute(QStringLiteral("edgedefault"),
                                 GraphFiles::anyDirected(data) ? QStringLiteral("directed")
                                                               : QStringLiteral("undirected"));
                if (!data.types.isEmpty())
                    writeData(w, QLatin1String(kTypesKey),
                              QString::fromUtf8(DatasetJson::serializeTypes(data.types)));
                for (const auto &e : data.entities) {
                    w.writeStartElement(QStringLiteral("node"));
                    w.writeAttribute(QStringLiteral("id"), e.id);
                    writeData(w, QStringLiteral("label"), e.name.text(Language::English));
                    writeData(w, QStringLiteral("name_en"), e.name.en);
                    writeData(w, QStringLiteral("name_ko"), e.name.ko);
                    writeData(w, QStringLiteral("kind"), kindKey(e));
                    writeData(w, QStringLiteral("ticker"), e.ticker);
                    writeData(w, QStringLiteral("description_en"), e.description.en);
                    writeData(w, QStringLiteral("description_ko"), e.description.ko);
                    writeAttributeData(w, e.attributes, nodeAttributes, nodeIds);
                    writeExtra(w, extra.entities.value(e.id), nodeExtra);
                    w.writeEndElement();
                }
                for (const auto &r : data.relationships) {
                    w.writeStartElement(QStringLiteral("edge"));
                    w.writeAttribute(QStringLiteral("id"), r.id);
                    w.writeAttribute(QStringLiteral("source"), r.fromId);
                    w.writeAttribute(QStringLiteral("target"), r.toId);
                    writeData(w, QStringLiteral("type"), typeKey(r));
                    writeData(w, QStringLiteral("validFrom"), r.validFrom.toString());
                    writeData(w, QStringLiteral("validUntil"), r.validUntil.toString());
                    writeData(w, QStringLiteral("event"), r.eventId);
                    writeData(w, QStringLiteral("sources"), r.sourceIds.join(QLatin1Char(';')));
                    writeData(w, QLatin1String(kSpellsKey), spellsToText(r.spells));
                    writeAttributeData(w, r.attributes, edgeAttributes, edgeIds);
                    writeExtra(w, extra.relationships.value(r.id), edgeExtra);
                    w.writeEndElement();
                }
                w.writeEndElement(); // graph
            });
}

bool GraphMlDataset::writeFile(const Dataset &data, const QString &path, QString *error,
                               const ExtraAttributes &extra)
{
    return DataFile::write(path, serialize(data, extra), error);
}

} // namespace atlas
