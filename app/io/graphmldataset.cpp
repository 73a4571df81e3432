// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphmldataset.h"

#include "core/datalimits.h"
#include "datafile.h"
#include "graphfilereader.h"

#include <QMap>
#include <QXmlStreamWriter>

namespace atlas {

namespace {

const auto graphmlNamespace = QStringLiteral("http://graphml.graphdrawing.org/xmlns");

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

// ---- reading -------------------------------------------------------------------------------

struct KeyInfo
{
    QString name; // attr.name, else the key id
    QString type; // attr.type, "string" when absent
    QString yfiles; // yfiles.type: nodegraphics, edgegraphics, resources...
    QString domain; // node, edge, graph, all...
    QString defaultValue;
    bool hasDefault = false;
};

struct RawItem
{
    QString id;
    qint64 line = 0;
    QString source; // edges
    QString target;
    QMap<QString, QString> values; // by lower-case attribute name
    QMap<QString, QString> names; // lower-case -> name as written, for extras
};

QVariant typedValue(const QString &text, const QString &type)
{
    bool ok = false;
    if (type == QLatin1String("boolean")) {
        const QString t = text.trimmed().toLower();
        if (t == QLatin1String("true") || t == QLatin1String("1"))
            return true;
        if (t == QLatin1String("false") || t == QLatin1String("0"))
            return false;
    } else if (type == QLatin1String("int")) {
        const int v = text.trimmed().toInt(&ok);
        if (ok)
            return v;
    } else if (type == QLatin1String("long")) {
        const qlonglong v = text.trimmed().toLongLong(&ok);
        if (ok)
            return v;
    } else if (type == QLatin1String("float") || type == QLatin1String("double")) {
        const double v = QLocale::c().toDouble(text.trimmed(), &ok);
        if (ok)
            return v;
    }
    return text;
}

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
        m_keys.insert(id, k);
    }

    // Direction is not read: a relationship's type says whether it has one.
    void readGraph()
    {
        while (m_xml.readNextStartElement()) {
            if (!tick())
                return;
            const auto name = m_xml.name();
            if (name == QLatin1String("node")) {
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
            const QString lower = k.name.toLower();
            if (!item->values.contains(lower)) {
                item->values.insert(lower, k.defaultValue);
                item->names.insert(lower, k.name);
            }
        }
    }

    void readData(RawItem *item, const char *domain)
    {
        const QString keyId = m_xml.attributes().value(QLatin1String("key")).toString();
        const KeyInfo k = m_keys.value(
                keyId,
                KeyInfo{ keyId, QStringLiteral("string"), {}, QLatin1String(domain), {}, false });
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
        const QString lower = k.name.toLower();
        item->values.insert(lower, text);
        item->names.insert(lower, k.name);
        m_types.insert(lower, k.type);
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

    // Takes the key named name out of the item as an E (a kind or type key, in any case). An
    // absent or empty value leaves *out as it is; an unknown one fails the item and gives false.
    template <typename E>
    bool takeKey(RawItem *item, const char *element, const char *name, E *out)
    {
        const auto text = take(item, { name });
        if (!text || text->isEmpty())
            return true;
        const auto value = fromKey<E>(text->toLower());
        if (!value) {
            QStringList known;
            for (auto v : allValues<E>())
                known << keyOf(v);
            failItem(element, *item, QString::fromLatin1(name),
                     GraphMlDataset::tr("unknown value '%1' (expected one of: %2)")
                             .arg(*text, known.join(QStringLiteral(", "))));
            return false;
        }
        *out = *value;
        return true;
    }

    QVariantMap extras(const RawItem &item) const
    {
        QVariantMap out;
        for (auto it = item.values.cbegin(); it != item.values.cend(); ++it) {
            if (it.key().startsWith(QLatin1Char('\x01')))
                continue;
            out.insert(item.names.value(it.key(), it.key()),
                       typedValue(it.value(), m_types.value(it.key())));
        }
        return out;
    }

    void build() override
    {
        buildGraph(
                m_nodes, m_edges, [this](RawItem &n) { return buildEntity(n); },
                [this](RawItem &e) { return buildRelationship(e); });
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
        if (!takeKey(&n, "node", "kind", &e.kind))
            return false;
        addEntity(n.id, e, extras(n));
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
        if (!takeKey(&edge, "edge", "type", &r.type))
            return false;
        if (!setDate(edge, QStringLiteral("validFrom"), take(&edge, { "validfrom", "valid_from" }),
                     &r.validFrom)
            || !setDate(edge, QStringLiteral("validUntil"),
                        take(&edge, { "validuntil", "valid_until" }), &r.validUntil))
            return false;
        const auto event = take(&edge, { "event" });
        const auto sources = take(&edge, { "sources" });
        if (!setEventAndSources(edge, event, sources, &r))
            return false;
        addRelationship(edge.id, r, extras(edge));
        return true;
    }

    QHash<QString, KeyInfo> m_keys;
    QHash<QString, QString> m_types; // lower-case attribute name -> attr.type
    QList<RawItem> m_nodes;
    QList<RawItem> m_edges;
};

} // namespace

std::optional<ImportedData> GraphMlDataset::read(QIODevice *device, const QString &fileName,
                                                 const Dataset &current, QString *error,
                                                 const ProgressCallback &progress)
{
    Reader reader(device, fileName, current,
                  { ImportedData::Format::GraphMl, "GraphML", "graphml" }, progress);
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
    const auto nodeExtra = extraKeys(extra.entities, QStringLiteral("n_"), nodeKeys);
    const auto edgeExtra = extraKeys(extra.relationships, QStringLiteral("e_"), edgeKeys);

    return GraphFiles::writeDocument(
            graphmlNamespace, QStringLiteral("graphml"), {},
            QStringLiteral("http://graphml.graphdrawing.org/xmlns "
                           "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"),
            [&](QXmlStreamWriter &w) {
                for (const auto &k : nodeKeys)
                    writeKey(w, k, "node", k);
                for (const auto &k : nodeExtra)
                    writeKey(w, k.id, "node", k.name, k.type);
                for (const auto &k : edgeKeys)
                    writeKey(w, k, "edge", k);
                for (const auto &k : edgeExtra)
                    writeKey(w, k.id, "edge", k.name, k.type);

                w.writeStartElement(QStringLiteral("graph"));
                w.writeAttribute(QStringLiteral("id"),
                                 data.info.id.isEmpty() ? QStringLiteral("telco-atlas")
                                                        : data.info.id);
                w.writeAttribute(QStringLiteral("edgedefault"),
                                 GraphFiles::anyDirected(data) ? QStringLiteral("directed")
                                                               : QStringLiteral("undirected"));
                for (const auto &e : data.entities) {
                    w.writeStartElement(QStringLiteral("node"));
                    w.writeAttribute(QStringLiteral("id"), e.id);
                    writeData(w, QStringLiteral("label"), e.name.text(Language::English));
                    writeData(w, QStringLiteral("name_en"), e.name.en);
                    writeData(w, QStringLiteral("name_ko"), e.name.ko);
                    writeData(w, QStringLiteral("kind"), keyOf(e.kind));
                    writeData(w, QStringLiteral("ticker"), e.ticker);
                    writeData(w, QStringLiteral("description_en"), e.description.en);
                    writeData(w, QStringLiteral("description_ko"), e.description.ko);
                    const QVariantMap x = extra.entities.value(e.id);
                    for (auto it = x.cbegin(); it != x.cend(); ++it) {
                        if (nodeExtra.contains(it.key()))
                            writeData(w, nodeExtra.value(it.key()).id, valueText(it.value()));
                    }
                    w.writeEndElement();
                }
                for (const auto &r : data.relationships) {
                    w.writeStartElement(QStringLiteral("edge"));
                    w.writeAttribute(QStringLiteral("id"), r.id);
                    w.writeAttribute(QStringLiteral("source"), r.fromId);
                    w.writeAttribute(QStringLiteral("target"), r.toId);
                    writeData(w, QStringLiteral("type"), keyOf(r.type));
                    writeData(w, QStringLiteral("validFrom"), r.validFrom.toString());
                    writeData(w, QStringLiteral("validUntil"), r.validUntil.toString());
                    writeData(w, QStringLiteral("event"), r.eventId);
                    writeData(w, QStringLiteral("sources"), r.sourceIds.join(QLatin1Char(';')));
                    const QVariantMap x = extra.relationships.value(r.id);
                    for (auto it = x.cbegin(); it != x.cend(); ++it) {
                        if (edgeExtra.contains(it.key()))
                            writeData(w, edgeExtra.value(it.key()).id, valueText(it.value()));
                    }
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
