// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphmldataset.h"

#include "core/datalimits.h"
#include "core/validator.h"
#include "datafile.h"
#include "idgenerator.h"

#include <QBuffer>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace atlas {

namespace {

const auto graphmlNamespace = QStringLiteral("http://graphml.graphdrawing.org/xmlns");

bool hasHangul(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0x1100 && u <= 0x11FF)
                || (u >= 0x3130 && u <= 0x318F);
    });
}

// ---- writing -------------------------------------------------------------------------------

QString typeName(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Bool:
        return QStringLiteral("boolean");
    case QMetaType::Int:
        return QStringLiteral("int");
    case QMetaType::LongLong:
        return QStringLiteral("long");
    case QMetaType::Float:
        return QStringLiteral("float");
    case QMetaType::Double:
        return QStringLiteral("double");
    default:
        return QStringLiteral("string");
    }
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

class Reader
{
public:
    Reader(QIODevice *device, const QString &fileName, const Dataset &current,
           const ProgressCallback &progress)
        : m_xml(device),
          m_device(device),
          m_file(fileName),
          m_current(current),
          m_progress(progress)
    {
    }

    std::optional<ImportedData> run(QString *error)
    {
        readDocument();
        if (m_xml.hasError() && m_error.isEmpty()) {
            const QString encoding = m_xml.documentEncoding().toString().toLower();
            const qint64 badLine = encoding.isEmpty() || encoding == QLatin1String("utf-8")
                    ? DataFile::invalidUtf8Line(m_device)
                    : 0;
            if (m_device->size() == 0)
                m_error = GraphMlDataset::tr("%1: the file is empty").arg(m_file);
            else if (badLine > 0)
                m_error = GraphMlDataset::tr("%1: line %2: the text is not valid UTF-8")
                                  .arg(m_file)
                                  .arg(badLine);
            else
                m_error = GraphMlDataset::tr("%1: line %2, column %3: %4")
                                  .arg(m_file)
                                  .arg(m_xml.lineNumber())
                                  .arg(m_xml.columnNumber() + 1)
                                  .arg(m_xml.errorString());
        }
        if (m_error.isEmpty())
            build();
        if (m_error.isEmpty() && m_progress && !m_progress(m_device->size(), m_device->size()))
            m_error = ImportMessages::cancelled();
        if (!m_error.isEmpty()) {
            if (error)
                *error = m_error;
            return std::nullopt;
        }
        return std::move(m_out);
    }

private:
    void stop(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        m_xml.raiseError(m_error);
    }

    QString place(const char *element, const QString &id, qint64 line) const
    {
        return id.isEmpty() ? GraphMlDataset::tr("%1: line %2, element '%3'")
                                      .arg(m_file)
                                      .arg(line)
                                      .arg(QLatin1String(element))
                            : GraphMlDataset::tr("%1: line %2, element '%3' ('%4')")
                                      .arg(m_file)
                                      .arg(line)
                                      .arg(QLatin1String(element), id);
    }
    void failItem(const char *element, const RawItem &item, const QString &field,
                  const QString &message)
    {
        if (m_error.isEmpty())
            m_error = GraphMlDataset::tr("%1, field '%2': %3")
                              .arg(place(element, item.id, item.line), field, message);
    }

    bool tick()
    {
        if (m_progress && (++m_elements % 256) == 0
            && !m_progress(m_device->pos(), m_device->size())) {
            m_error = ImportMessages::cancelled();
            m_xml.raiseError(m_error);
            return false;
        }
        return true;
    }

    void readDocument()
    {
        if (!m_xml.readNextStartElement())
            return; // an empty or broken document: the stream reader has the error
        if (m_xml.name() != QLatin1String("graphml")) {
            stop(GraphMlDataset::tr("%1: line %2: not a GraphML file (the root element is <%3>, "
                                    "not <graphml>)")
                         .arg(m_file)
                         .arg(m_xml.lineNumber())
                         .arg(m_xml.name().toString()));
            return;
        }
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == QLatin1String("key"))
                readKey();
            else if (m_xml.name() == QLatin1String("graph"))
                readGraph();
            else
                m_xml.skipCurrentElement();
        }
        // Reading on to the end finds a document that is cut short after </graphml>'s content.
        while (!m_xml.atEnd() && !m_xml.hasError())
            m_xml.readNext();
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
        RawItem node;
        node.line = m_xml.lineNumber();
        node.id = m_xml.attributes().value(QLatin1String("id")).toString();
        if (node.id.isEmpty()) {
            stop(GraphMlDataset::tr("%1, field 'id': is missing")
                         .arg(place("node", {}, node.line)));
            return;
        }
        if (m_nodeIndex.contains(node.id)) {
            stop(GraphMlDataset::tr(
                         "%1, field 'id': '%2' is used more than once (first on line %3)")
                         .arg(place("node", node.id, node.line), node.id)
                         .arg(m_nodes.at(m_nodeIndex.value(node.id)).line));
            return;
        }
        if (!withinRecordLimit(node.line))
            return;
        const qsizetype index = m_nodes.size();
        m_nodeIndex.insert(node.id, index);
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
        if (m_depth >= kMaxGroupDepth) {
            stop(GraphMlDataset::tr("%1: groups are nested more than %2 deep")
                         .arg(place("graph", {}, m_xml.lineNumber()))
                         .arg(kMaxGroupDepth));
            return;
        }
        ++m_depth;
        readGraph();
        --m_depth;
    }

    void readEdge()
    {
        RawItem edge;
        edge.line = m_xml.lineNumber();
        const auto a = m_xml.attributes();
        edge.id = a.value(QLatin1String("id")).toString();
        edge.source = a.value(QLatin1String("source")).toString();
        edge.target = a.value(QLatin1String("target")).toString();
        if (!withinRecordLimit(edge.line))
            return;
        for (const char *field : { "source", "target" }) {
            if (a.value(QLatin1String(field)).isEmpty()) {
                stop(GraphMlDataset::tr("%1, field '%2': is missing")
                             .arg(place("edge", edge.id, edge.line), QLatin1String(field)));
                return;
            }
        }
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == QLatin1String("data"))
                readData(&edge, "edge");
            else
                m_xml.skipCurrentElement();
        }
        applyDefaults(&edge, "edge");
        m_edges.append(edge);
    }

    bool withinRecordLimit(qint64 line)
    {
        if (m_nodes.size() + m_edges.size() < DataLimits::maxRecordsPerFile)
            return true;
        stop(GraphMlDataset::tr("%1: line %2: the file %3")
                     .arg(m_file)
                     .arg(line)
                     .arg(DataLimits::tooManyRecords()));
        return false;
    }

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

    bool readDate(RawItem *edge, PartialDate *date, std::initializer_list<const char *> names,
                  const QString &field)
    {
        const auto text = take(edge, names);
        if (!text || text->isEmpty())
            return true;
        *date = PartialDate::fromString(*text);
        if (!date->isValid()) {
            failItem("edge", *edge, field,
                     GraphMlDataset::tr(
                             "'%1' is not a date of the form YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY")
                             .arg(*text));
            return false;
        }
        return true;
    }

    // Canonical ids ("n12", "e3", "7") say nothing; other valid ids are kept as written.
    static bool meaningful(const QString &id)
    {
        static const QRegularExpression canonical(QStringLiteral("^[ne]?[0-9]+$"));
        return Validator::isValidId(id) && !canonical.match(id).hasMatch();
    }

    void build()
    {
        m_out.fileName = m_file;
        m_out.format = ImportedData::Format::GraphMl;
        if (buildEntities())
            buildRelationships();
    }

    // Nodes into entities (or onto the current data's entities of the same name).
    bool buildEntities()
    {
        QSet<QString> taken;
        for (const auto &e : m_current.entities)
            taken.insert(e.id);
        for (const auto &n : std::as_const(m_nodes)) {
            if (meaningful(n.id))
                taken.insert(n.id);
        }
        IdGenerator entityIds(taken);
        for (RawItem &n : m_nodes) {
            Entity e;
            const auto nameEn = take(&n, { "name_en" });
            const auto nameKo = take(&n, { "name_ko" });
            const auto name = take(&n, { "name" });
            const auto label = take(&n, { "label" });
            const auto yed = take(&n, { "\x01label" });
            const QString plain = name ? *name : label ? *label : yed ? *yed : n.id;
            e.name.en = nameEn.value_or(QString());
            e.name.ko = nameKo.value_or(QString());
            if (e.name.isEmpty()) {
                if (hasHangul(plain))
                    e.name.ko = plain;
                else
                    e.name.en = plain;
            }
            if (!takeKey(&n, "node", "kind", &e.kind))
                return false;
            e.ticker = take(&n, { "ticker" }).value_or(QString());
            e.description.en = take(&n, { "description_en", "description" }).value_or(QString());
            e.description.ko = take(&n, { "description_ko" }).value_or(QString());

            if (m_current.entity(n.id)) {
                e.id = n.id;
            } else {
                QString known;
                for (const QString &s : { e.name.en, e.name.ko }) {
                    if (known.isEmpty() && !s.isEmpty())
                        known = m_current.resolveEntity(s);
                }
                if (!known.isEmpty()) {
                    // The current data has this entity: edges join it, nothing new is made.
                    m_entityOfNode.insert(n.id, known);
                    m_out.matchedNames.insert(e.name.text(Language::English), known);
                    const QVariantMap x = extras(n);
                    if (!x.isEmpty())
                        m_out.extra.entities.insert(known, x);
                    continue;
                }
                e.id = meaningful(n.id)
                        ? n.id
                        : entityIds.make(QString(), e.name.en.isEmpty() ? e.name.ko : e.name.en,
                                         QStringLiteral("entity"));
                m_out.newEntityIds.append(e.id);
            }
            m_entityOfNode.insert(n.id, e.id);
            const QVariantMap x = extras(n);
            if (!x.isEmpty())
                m_out.extra.entities.insert(e.id, x);
            m_out.data.entities.append(e);
        }
        return true;
    }

    // Edges into relationships between the entities of their nodes.
    void buildRelationships()
    {
        QSet<QString> edgeTaken;
        for (const auto &r : m_current.relationships)
            edgeTaken.insert(r.id);
        QHash<QString, qint64> explicitEdgeLines;
        for (const auto &e : std::as_const(m_edges)) {
            if (!meaningful(e.id))
                continue;
            if (explicitEdgeLines.contains(e.id)) {
                failItem("edge", e, QStringLiteral("id"),
                         GraphMlDataset::tr("'%1' is used more than once (first on line %2)")
                                 .arg(e.id)
                                 .arg(explicitEdgeLines.value(e.id)));
                return;
            }
            explicitEdgeLines.insert(e.id, e.line);
            edgeTaken.insert(e.id);
        }
        m_relationshipIds = IdGenerator(edgeTaken);
        for (RawItem &edge : m_edges) {
            if (!buildRelationship(edge))
                return;
        }
    }

    bool buildRelationship(RawItem &edge)
    {
        Relationship r;
        if (!withinRecordLimit(edge.line))
            return false;
        for (const char *field : { "source", "target" }) {
            const QString node =
                    QLatin1String(field) == QLatin1String("source") ? edge.source : edge.target;
            if (!m_entityOfNode.contains(node)) {
                failItem("edge", edge, QLatin1String(field),
                         GraphMlDataset::tr("unknown node '%1'").arg(node));
                return false;
            }
        }
        r.fromId = m_entityOfNode.value(edge.source);
        r.toId = m_entityOfNode.value(edge.target);
        if (r.fromId == r.toId) {
            failItem("edge", edge, QStringLiteral("target"),
                     GraphMlDataset::tr("an entity cannot relate to itself"));
            return false;
        }
        if (!takeKey(&edge, "edge", "type", &r.type))
            return false;
        if (!readDate(&edge, &r.validFrom, { "validfrom", "valid_from" },
                      QStringLiteral("validFrom"))
            || !readDate(&edge, &r.validUntil, { "validuntil", "valid_until" },
                         QStringLiteral("validUntil")))
            return false;
        if (const auto event = take(&edge, { "event" }); event && !event->isEmpty()) {
            if (!m_current.event(*event)) {
                failItem("edge", edge, QStringLiteral("event"),
                         GraphMlDataset::tr("unknown event '%1'").arg(*event));
                return false;
            }
            r.eventId = *event;
        }
        if (const auto sources = take(&edge, { "sources" })) {
            for (const QString &part : sources->split(QLatin1Char(';'))) {
                const QString id = part.trimmed();
                if (id.isEmpty())
                    continue;
                if (!m_current.source(id)) {
                    failItem("edge", edge, QStringLiteral("sources"),
                             GraphMlDataset::tr("unknown source '%1' (GraphML files do not carry "
                                                "sources; exchange "
                                                "the JSON dataset to keep them)")
                                     .arg(id));
                    return false;
                }
                r.sourceIds << id;
            }
        }
        if (r.eventId.isEmpty() && r.sourceIds.isEmpty()) {
            if (m_fileSource.isEmpty())
                m_fileSource = m_out.fileSourceId(m_current);
            r.sourceIds << m_fileSource;
        }
        if (m_current.relationship(edge.id) || meaningful(edge.id))
            r.id = edge.id;
        else
            r.id = m_relationshipIds.make(QStringLiteral("rel"),
                                          r.fromId + QLatin1Char(' ') + r.toId + QLatin1Char(' ')
                                                  + keyOf(r.type));
        const QVariantMap x = extras(edge);
        if (!x.isEmpty())
            m_out.extra.relationships.insert(r.id, x);
        m_out.data.relationships.append(r);
        return true;
    }

    QHash<QString, QString> m_entityOfNode;
    IdGenerator m_relationshipIds;
    QXmlStreamReader m_xml;
    QIODevice *m_device;
    QString m_file;
    const Dataset &m_current;
    ProgressCallback m_progress;
    QString m_error;
    qint64 m_elements = 0;
    int m_depth = 0; // of nested graphs (groups)
    static constexpr int kMaxGroupDepth = 64;
    QHash<QString, KeyInfo> m_keys;
    QHash<QString, QString> m_types; // lower-case attribute name -> attr.type
    QList<RawItem> m_nodes;
    QHash<QString, qsizetype> m_nodeIndex;
    QList<RawItem> m_edges;
    ImportedData m_out;
    QString m_fileSource;
};

} // namespace

std::optional<ImportedData> GraphMlDataset::read(QIODevice *device, const QString &fileName,
                                                 const Dataset &current, QString *error,
                                                 const ProgressCallback &progress)
{
    Reader reader(device, fileName, current, progress);
    return reader.run(error);
}

std::optional<ImportedData> GraphMlDataset::parse(const QByteArray &xml, const QString &fileName,
                                                  const Dataset &current, QString *error,
                                                  const ProgressCallback &progress)
{
    QBuffer buffer;
    buffer.setData(xml);
    buffer.open(QIODevice::ReadOnly);
    return read(&buffer, fileName, current, error, progress);
}

std::optional<ImportedData> GraphMlDataset::readFile(const QString &path, const Dataset &current,
                                                     QString *error,
                                                     const ProgressCallback &progress)
{
    QFile f(path);
    if (!DataFile::open(f, error))
        return std::nullopt;
    return read(&f, path, current, error, progress);
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

    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter w(&buffer);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartDocument();
    w.writeDefaultNamespace(graphmlNamespace);
    w.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                     QStringLiteral("xsi"));
    w.writeStartElement(graphmlNamespace, QStringLiteral("graphml"));
    w.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                     QStringLiteral("schemaLocation"),
                     QStringLiteral("http://graphml.graphdrawing.org/xmlns "
                                    "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"));
    for (const auto &k : nodeKeys)
        writeKey(w, k, "node", k);
    for (const auto &k : nodeExtra)
        writeKey(w, k.id, "node", k.name, k.type);
    for (const auto &k : edgeKeys)
        writeKey(w, k, "edge", k);
    for (const auto &k : edgeExtra)
        writeKey(w, k.id, "edge", k.name, k.type);

    // One edge default for the whole graph, because networkx refuses graphs that mix directed
    // and undirected edges; an undirected "partner" edge is told by its type.
    const bool anyDirected = std::any_of(data.relationships.cbegin(), data.relationships.cend(),
                                         [](const Relationship &r) { return r.isDirected(); });
    w.writeStartElement(QStringLiteral("graph"));
    w.writeAttribute(QStringLiteral("id"),
                     data.info.id.isEmpty() ? QStringLiteral("telco-atlas") : data.info.id);
    w.writeAttribute(QStringLiteral("edgedefault"),
                     anyDirected ? QStringLiteral("directed") : QStringLiteral("undirected"));
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
    w.writeEndElement(); // graphml
    w.writeEndDocument();
    return out;
}

bool GraphMlDataset::writeFile(const Dataset &data, const QString &path, QString *error,
                               const ExtraAttributes &extra)
{
    return DataFile::write(path, serialize(data, extra), error);
}

} // namespace atlas
