// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gexfdataset.h"

#include "core/datalimits.h"
#include "datafile.h"
#include "datasetjson.h"
#include "graphfilereader.h"
#include "importmapping.h"

#include <QLocale>
#include <QMap>
#include <QPointF>
#include <QRegularExpression>
#include <QXmlStreamWriter>

#include <cmath>
#include <type_traits>

namespace atlas {

namespace {

const auto gexf13Namespace = QStringLiteral("http://gexf.net/1.3");
const auto gexf12Namespace = QStringLiteral("http://www.gexf.net/1.2draft");

// A kind or type in English, in any case and spelling of separators; its key or its label.
template <typename E>
std::optional<E> matchValue(const QString &text)
{
    if constexpr (std::is_same_v<E, EntityKind>)
        return GraphFiles::matchKind(text);
    else
        return GraphFiles::matchType(text);
}

// ---- reading -------------------------------------------------------------------------------

enum class TimeFormat { Unspecified, Date, DateTime, Number };

struct AttributeInfo
{
    QString title;
    QString defaultValue;
    bool hasDefault = false;
    QString type; // integer, double, boolean, string... ("date" for our own date attributes)
    qsizetype order = 0; // of declaration
    QString slot; // where values go in a RawItem: the lower-case title, or \x02 + it (atlas.name)
};

struct AttValue
{
    QString title; // as written
    QString value;
    QString type;
    qsizetype order = 0;
};

// The outer span of one or more intervals; an interval without a start (or an end) opens the span.
struct Span
{
    PartialDate from;
    PartialDate until;
    bool openFrom = false;
    bool openUntil = false;
    int intervals = 0;
    QList<Spell> list; // every interval, in the order of the file

    void add(const PartialDate &start, const PartialDate &end)
    {
        ++intervals;
        list.append({ start, end });
        if (!start.isValid())
            openFrom = true;
        else if (!from.isValid() || start.start() < from.start())
            from = start;
        if (!end.isValid())
            openUntil = true;
        else if (!until.isValid() || end.end() > until.end())
            until = end;
    }
    PartialDate validFrom() const { return openFrom ? PartialDate() : from; }
    PartialDate validUntil() const { return openUntil ? PartialDate() : until; }
};

struct RawItem
{
    QString id;
    qint64 line = 0;
    QString label;
    QString source; // edges
    QString target;
    QString kind; // edges: the XML attribute kind (GEXF 1.2)
    QString direction; // edges: the XML attribute type (directed, undirected, mutual)
    QMap<QString, AttValue> values; // by lower-case title
    Span span;
    bool hasTimes = false;
    bool numberTimes = false;
    bool hasViz = false; // viz the import does not keep (edges' viz, a node's shape)
    bool weighted = false;
    // Nodes: viz:position (x, y as the file has them), viz:color ("#rrggbb") and viz:size.
    std::optional<QPointF> vizPosition;
    QString vizColor;
    std::optional<double> vizSize;
};

class Reader : public GraphFileReader
{
public:
    using GraphFileReader::GraphFileReader;

private:
    void stopAt(const char *element, const RawItem &item, const QString &field,
                const QString &message)
    {
        failItem(element, item, field, message);
        m_xml.raiseError(m_error);
    }

    void readTopLevel() override
    {
        if (m_xml.name() == QLatin1String("graph") && !m_sawGraph)
            readGraph();
        else
            m_xml.skipCurrentElement();
    }

    void readGraph()
    {
        m_sawGraph = true;
        const auto a = m_xml.attributes();
        m_directed = a.value(QLatin1String("defaultedgetype")) != QLatin1String("undirected");
        const QString format = a.value(QLatin1String("timeformat")).toString().trimmed().toLower();
        m_timeFormatName = format;
        if (format.isEmpty())
            m_timeFormat = TimeFormat::Unspecified;
        else if (format == QLatin1String("date"))
            m_timeFormat = TimeFormat::Date;
        else if (format == QLatin1String("datetime"))
            m_timeFormat = TimeFormat::DateTime;
        else
            m_timeFormat = TimeFormat::Number; // double, integer, float (GEXF 1.1)
        while (m_xml.readNextStartElement()) {
            const auto name = m_xml.name();
            if (name == QLatin1String("attributes"))
                readAttributes();
            else if (name == QLatin1String("nodes"))
                readNodes();
            else if (name == QLatin1String("edges"))
                readEdges();
            else
                m_xml.skipCurrentElement();
        }
    }

    void readAttributes()
    {
        const QString cls =
                m_xml.attributes().value(QLatin1String("class")).toString().trimmed().toLower();
        auto &declared = cls == QLatin1String("edge") ? m_edgeAttributes : m_nodeAttributes;
        const bool known = cls == QLatin1String("edge") || cls == QLatin1String("node");
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != QLatin1String("attribute") || !known) {
                m_xml.skipCurrentElement();
                continue;
            }
            const auto a = m_xml.attributes();
            const QString id = a.value(QLatin1String("id")).toString();
            AttributeInfo info;
            info.title = a.value(QLatin1String("title")).toString().trimmed();
            if (info.title.isEmpty())
                info.title = id;
            info.type = a.value(QLatin1String("atlas.type")) == QLatin1String("date")
                    ? QStringLiteral("date")
                    : a.value(QLatin1String("type")).toString();
            info.order = declared.size();
            // Our own export of an attribute whose name a member has: kept apart from the member.
            const QString atlasName = a.value(QLatin1String("atlas.name")).toString();
            if (!atlasName.isEmpty())
                info.title = atlasName;
            info.slot = atlasName.isEmpty() ? info.title.toLower()
                                            : QStringLiteral("\x02") + info.title.toLower();
            const qint64 line = m_xml.lineNumber();
            while (m_xml.readNextStartElement()) {
                if (m_xml.name() == QLatin1String("default")) {
                    info.hasDefault = true;
                    info.defaultValue =
                            m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
                } else {
                    m_xml.skipCurrentElement();
                }
            }
            if (id.isEmpty()) {
                stop(GexfDataset::tr("%1, field 'id': is missing")
                             .arg(place("attribute", {}, line)));
                return;
            }
            if (cls == QLatin1String("node") && info.title == typesTitle()) {
                if (!readTypes(info.defaultValue))
                    return;
                continue;
            }
            if (const QString problem =
                        DataLimits::checkLength(info.defaultValue, DataLimits::maxAttributeLength);
                !problem.isEmpty()) {
                stop(GexfDataset::tr("%1, field 'default': %2")
                             .arg(place("attribute", id, line), problem));
                return;
            }
            declared.insert(id, info);
        }
    }

    // Our own export's definitions of user-defined kinds and types (the default of the node
    // attribute atlas_types, as JSON): the labels and styles the types of this file take.
    static QString typesTitle() { return QStringLiteral("atlas_types"); }
    bool readTypes(const QString &json)
    {
        QString error;
        const auto types = DatasetJson::parseTypes(json.toUtf8(), m_file, &error);
        if (!types) {
            stop(error);
            return false;
        }
        m_fileTypes = *types;
        return true;
    }

    qsizetype records() const { return m_nodes.size() + m_edges.size(); }

    // The elements of a <nodes> or <edges> list: each one named element is read by read.
    void readList(QLatin1StringView element, void (Reader::*read)())
    {
        while (m_xml.readNextStartElement()) {
            if (!tick())
                return;
            if (m_xml.name() == element)
                (this->*read)();
            else
                m_xml.skipCurrentElement();
            if (!m_error.isEmpty())
                return;
        }
    }

    void readNodes() { readList(QLatin1StringView("node"), &Reader::readNode); }

    void readNode()
    {
        RawItem node = itemHere<RawItem>();
        const auto a = m_xml.attributes();
        node.label = a.value(QLatin1String("label")).toString().trimmed();
        if (!takeNodeId(node.id, node.line) || !withinRecordLimit(records(), node.line))
            return;
        if (m_nodeDepth > 0)
            ++m_nestedNodes;
        if (a.hasAttribute(QLatin1String("pid")))
            ++m_parentLinks;
        if (!readItemTimes(&node, a, "node"))
            return;
        const qsizetype index = m_nodes.size();
        m_nodes.append(node);
        while (m_xml.readNextStartElement()) {
            if (readItemChild(index, "node")) {
                // viz, attribute values or times
            } else if (m_xml.name() == QLatin1String("nodes")) {
                readNestedNodes();
            } else {
                if (m_xml.name() == QLatin1String("parents"))
                    ++m_parentLinks;
                m_xml.skipCurrentElement();
            }
            if (!m_error.isEmpty())
                return;
        }
        applyDefaults(&m_nodes[index], m_nodeAttributes);
    }

    // Nodes inside nodes (a hierarchy) are read recursively; a hostile file nesting them 100,000
    // deep would overflow the stack, so the depth is bounded far beyond what Gephi users build.
    void readNestedNodes()
    {
        readNested(GexfDataset::tr("%1: nodes are nested more than %2 deep")
                           .arg(place("nodes", {}, m_xml.lineNumber())),
                   [this] {
                       ++m_nodeDepth;
                       readNodes();
                       --m_nodeDepth;
                   });
    }

    bool isViz() const { return m_xml.namespaceUri().endsWith(QLatin1String("/viz")); }

    // What nodes and edges both hold: viz, attribute values and times. False for another element.
    bool readItemChild(qsizetype index, const char *domain)
    {
        const auto name = m_xml.name();
        if (isViz()) {
            readViz(&item(index, domain), qstrcmp(domain, "node") == 0);
        } else if (name == QLatin1String("attvalues")) {
            readAttValues(index, domain);
        } else if (name == QLatin1String("attvalue")) { // GEXF 1.1 and Gephi's slices: bare
            readAttValue(index, domain);
        } else if (name == QLatin1String("spells") || name == QLatin1String("timestamps")) {
            readSpells(&item(index, domain), domain);
        } else {
            return false;
        }
        return true;
    }

    // One viz element: a node's position, colour and size are kept; the rest is counted.
    void readViz(RawItem *item, bool node)
    {
        const auto a = m_xml.attributes();
        const auto number = [&a](const char *name) {
            bool ok = false;
            const double v = a.value(QLatin1String(name)).toDouble(&ok);
            return ok && std::isfinite(v) ? std::optional(v) : std::nullopt;
        };
        const auto name = m_xml.name();
        if (node && name == QLatin1String("position") && number("x") && number("y")) {
            item->vizPosition = QPointF(*number("x"), *number("y"));
        } else if (node && name == QLatin1String("color") && !vizColor(a).isEmpty()) {
            item->vizColor = vizColor(a);
        } else if (node && name == QLatin1String("size") && number("value")) {
            item->vizSize = *number("value");
        } else {
            item->hasViz = true;
        }
        m_xml.skipCurrentElement();
    }

    // "#rrggbb" of r, g, b from 0 to 255, or of hex ("#ff8800", GEXF 1.3); empty when neither.
    static QString vizColor(const QXmlStreamAttributes &a)
    {
        static const QRegularExpression hex(QStringLiteral("^#?([0-9a-fA-F]{6})$"));
        if (const auto m = hex.match(a.value(QLatin1String("hex")).toString().trimmed());
            m.hasMatch())
            return QLatin1Char('#') + m.captured(1).toLower();
        QString out = QStringLiteral("#");
        for (const char *name : { "r", "g", "b" }) {
            bool ok = false;
            const int v = a.value(QLatin1String(name)).toInt(&ok);
            if (!ok || v < 0 || v > 255)
                return {};
            out += QStringLiteral("%1").arg(v, 2, 16, QLatin1Char('0'));
        }
        return out;
    }

    void readEdges() { readList(QLatin1StringView("edge"), &Reader::readEdge); }

    void readEdge()
    {
        RawItem edge = itemHere<RawItem>();
        const auto a = m_xml.attributes();
        edge.label = a.value(QLatin1String("label")).toString().trimmed();
        edge.kind = a.value(QLatin1String("kind")).toString().trimmed();
        edge.direction = a.value(QLatin1String("type")).toString().trimmed();
        edge.weighted = a.hasAttribute(QLatin1String("weight"));
        if (!withinRecordLimit(records(), edge.line) || !hasEnds(a, edge.id, edge.line))
            return;
        if (!readItemTimes(&edge, a, "edge"))
            return;
        const qsizetype index = m_edges.size();
        m_edges.append(edge);
        while (m_xml.readNextStartElement()) {
            if (!readItemChild(index, "edge"))
                m_xml.skipCurrentElement();
            if (!m_error.isEmpty())
                return;
        }
        applyDefaults(&m_edges[index], m_edgeAttributes);
    }

    RawItem &item(qsizetype index, const char *domain)
    {
        return QLatin1String(domain) == QLatin1String("node") ? m_nodes[index] : m_edges[index];
    }

    void readAttValues(qsizetype index, const char *domain)
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == QLatin1String("attvalue"))
                readAttValue(index, domain);
            else
                m_xml.skipCurrentElement();
            if (!m_error.isEmpty())
                return;
        }
    }

    void readAttValue(qsizetype index, const char *domain)
    {
        const auto a = m_xml.attributes();
        // "for" since GEXF 1.2, "id" in 1.1.
        QString key = a.value(QLatin1String("for")).toString();
        if (key.isEmpty())
            key = a.value(QLatin1String("id")).toString();
        const QString value = a.value(QLatin1String("value")).toString();
        const bool timed = a.hasAttribute(QLatin1String("start"))
                || a.hasAttribute(QLatin1String("end"))
                || a.hasAttribute(QLatin1String("timestamp"))
                || a.hasAttribute(QLatin1String("startopen"))
                || a.hasAttribute(QLatin1String("endopen"));
        m_xml.skipCurrentElement();
        RawItem &it = item(index, domain);
        const auto &declared = QLatin1String(domain) == QLatin1String("node") ? m_nodeAttributes
                                                                              : m_edgeAttributes;
        const AttributeInfo info = declared.value(
                key, AttributeInfo{ key, {}, false, {}, declared.size(), key.toLower() });
        if (const QString problem = DataLimits::checkLength(value, DataLimits::maxAttributeLength);
            !problem.isEmpty()) {
            stopAt(domain, it, info.title, problem);
            return;
        }
        const QString &lower = info.slot;
        if (it.values.contains(lower)) {
            // A value that changes over time: the first one stands for all.
            if (timed)
                ++m_timeVaryingValues;
            return;
        }
        it.values.insert(lower, { info.title, value, info.type, info.order });
    }

    void applyDefaults(RawItem *it, const QHash<QString, AttributeInfo> &declared)
    {
        for (auto d = declared.cbegin(); d != declared.cend(); ++d) {
            if (d->hasDefault && !it->values.contains(d->slot))
                it->values.insert(d->slot, { d->title, d->defaultValue, d->type, d->order });
        }
    }

    // One time of the file as a date, at the precision written. nullopt with *numeric set when
    // the file gives times as numbers; nullopt with *problem set when the text is no date.
    std::optional<PartialDate> parseTime(const QString &raw, bool *numeric, QString *problem) const
    {
        static const QRegularExpression number(
                QStringLiteral("^[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?$"));
        static const QRegularExpression dateTime(
                QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[T "
                               "]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\\.[0-9]+)?)?)?(Z|[+-][0-9]{"
                               "2}(?::?[0-9]{2})?)?$"));
        const QString text = raw.trimmed();
        if (m_timeFormat == TimeFormat::Number
            || (m_timeFormat == TimeFormat::Unspecified && number.match(text).hasMatch())) {
            *numeric = true;
            return std::nullopt;
        }
        PartialDate date;
        if (m_timeFormat != TimeFormat::DateTime)
            date = PartialDate::fromString(text);
        if (!date.isValid()) {
            // The date as written: a time of day, in whichever zone, does not move it.
            const auto m = dateTime.match(text);
            if (m.hasMatch()) {
                const QDate day(m.captured(1).toInt(), m.captured(2).toInt(),
                                m.captured(3).toInt());
                const bool timeOk = m.captured(4).isEmpty()
                        || QTime(m.captured(4).toInt(), m.captured(5).toInt(),
                                 m.captured(6).isEmpty() ? 0 : m.captured(6).toInt())
                                   .isValid();
                if (day.isValid() && timeOk)
                    date = PartialDate::day(day.year(), day.month(), day.day());
            }
        }
        if (!date.isValid()) {
            *problem = m_timeFormat == TimeFormat::DateTime
                    ? GexfDataset::tr("'%1' is not a dateTime of the form YYYY-MM-DDThh:mm:ss with "
                                      "an optional time zone")
                              .arg(text)
                    : GexfDataset::tr("'%1' is not a date of the form YYYY-MM-DD").arg(text);
            return std::nullopt;
        }
        if (const QString y = DataLimits::checkYear(date.yearValue()); !y.isEmpty()) {
            *problem = y;
            return std::nullopt;
        }
        return date;
    }

    // One interval from the attributes of a node, an edge, a spell or a timestamp: start (or
    // startopen) and end (or endopen), or one timestamp (or value) for both. False on an error.
    bool readInterval(RawItem *it, const QXmlStreamAttributes &a, const char *element, bool bare)
    {
        const auto first =
                [&a](std::initializer_list<const char *> names) -> std::pair<QString, QString> {
            for (const char *n : names) {
                if (a.hasAttribute(QLatin1String(n)))
                    return { QString::fromLatin1(n), a.value(QLatin1String(n)).toString() };
            }
            return {};
        };
        auto start = first({ "start", "startopen" });
        auto end = first({ "end", "endopen" });
        const auto stamp = first(bare ? std::initializer_list<const char *>{ "timestamp", "value" }
                                      : std::initializer_list<const char *>{ "timestamp" });
        if (start.first.isEmpty() && end.first.isEmpty()) {
            if (stamp.first.isEmpty()) {
                if (bare)
                    it->span.add({}, {}); // a spell with no bounds: all of time
                it->hasTimes = it->hasTimes || bare;
                return true;
            }
            start = end = stamp;
        }
        it->hasTimes = true;
        PartialDate from;
        PartialDate until;
        for (auto [bound, out] : { std::pair{ &start, &from }, std::pair{ &end, &until } }) {
            if (bound->first.isEmpty())
                continue;
            bool numeric = false;
            QString problem;
            const auto date = parseTime(bound->second, &numeric, &problem);
            if (numeric) {
                it->numberTimes = true;
                return true;
            }
            if (!date) {
                stopAt(element, *it, bound->first, problem);
                return false;
            }
            *out = *date;
        }
        if (from.isValid() && until.isValid() && until.end() < from.start()) {
            stopAt(element, *it, end.first,
                   GexfDataset::tr("ends before it starts (%1 to %2)")
                           .arg(start.second, end.second));
            return false;
        }
        it->span.add(from, until);
        return true;
    }

    bool readItemTimes(RawItem *it, const QXmlStreamAttributes &a, const char *element)
    {
        return readInterval(it, a, element, false);
    }

    void readSpells(RawItem *it, const char *element)
    {
        while (m_xml.readNextStartElement()) {
            const auto name = m_xml.name();
            if (name == QLatin1String("spell") || name == QLatin1String("timestamp")) {
                if (!readInterval(it, m_xml.attributes(), element, true))
                    return;
            }
            m_xml.skipCurrentElement();
        }
    }

    // Takes the value titled one of names (lower-case) out of the item; nullopt when absent.
    static std::optional<QString> take(RawItem *it, std::initializer_list<const char *> names)
    {
        for (const char *n : names) {
            const QString key = QString::fromLatin1(n);
            if (it->values.contains(key))
                return it->values.take(key).value.trimmed();
        }
        return std::nullopt;
    }

    // The values no member took: the record's attributes, typed as declared, in the order of
    // their declarations.
    static Attributes leftOver(const RawItem &it)
    {
        QList<AttValue> values = it.values.values();
        std::stable_sort(values.begin(), values.end(),
                         [](const AttValue &a, const AttValue &b) { return a.order < b.order; });
        Attributes out;
        for (const AttValue &v : std::as_const(values))
            out.append(GraphFiles::typedAttribute(v.title, v.value, v.type));
        return out;
    }

    void build() override
    {
        if (!m_sawGraph) {
            m_error = GexfDataset::tr("%1: the file has no <graph> element").arg(m_file);
            return;
        }
        buildGraph(
                m_nodes, m_edges, [this](RawItem &n) { return buildEntity(n); },
                [this](RawItem &e) { return buildRelationship(e); },
                [this](RawItem *item, bool node) { remap(item, node); });
        if (m_error.isEmpty())
            addNotes();
    }

    // With a mapping, the attributes it maps move to the titles of their members, those it
    // keeps to titles no member reads, and the rest are left out; the built-in label and id
    // serve as a name (or a type) when mapped. The type then comes from the mapping alone.
    void remap(RawItem *item, bool node) const
    {
        using Role = ImportMapping::Role;
        // Where each role's value goes: the member the format's own reader takes it from.
        static const QList<std::pair<Role, const char *>> nodeSlots{ { Role::Name, "name" },
                                                                     { Role::Kind, "kind" } };
        static const QList<std::pair<Role, const char *>> edgeSlots{
            { Role::Name, "name" },
            { Role::Kind, "kind" },
            { Role::Type, "type" },
            { Role::Start, "atlas_date_start" },
            { Role::End, "atlas_date_end" }
        };
        const auto member = [node, this](Role role) -> QString {
            // A date stands for the start when no start is mapped.
            if (role == Role::Date && !node && m_mapping->field(Role::Start).isEmpty())
                return QStringLiteral("atlas_date_start");
            for (const auto &[r, slot] : node ? nodeSlots : edgeSlots) {
                if (r == role)
                    return QLatin1String(slot);
            }
            return {};
        };
        QMap<QString, AttValue> values;
        const auto place = [&](const QString &title, const AttValue &v) {
            const auto role = m_mapping->roleOf(title, node);
            const QString slot = role ? member(*role) : QString();
            if (!slot.isEmpty())
                values.insert(slot, v);
            else if (!role && m_mapping->keeps(title))
                values.insert(node && GraphFiles::isEntityDescription(title)
                                      ? title.toLower()
                                      : QStringLiteral("\x03") + title.toLower(),
                              v);
        };
        for (const AttValue &v : std::as_const(item->values))
            place(v.title, v);
        // The built-in label and id, when no attribute has their title.
        const QString label = item->label;
        for (const auto &[title, value] : { std::pair{ QStringLiteral("label"), label },
                                            std::pair{ QStringLiteral("id"), item->id } }) {
            bool attribute = false;
            for (const AttValue &v : std::as_const(item->values))
                attribute = attribute || v.title.compare(title, Qt::CaseInsensitive) == 0;
            if (!attribute && !value.isEmpty()
                && (m_mapping->roleOf(title, node) || title == QLatin1String("label")))
                place(title, AttValue{ title, value, QStringLiteral("string"), -1 });
        }
        item->values = values;
        item->label.clear();
        item->kind.clear();
    }

    // Nodes into entities (or onto the current data's entities of the same name).
    bool buildEntity(RawItem &n)
    {
        const auto name = take(&n, { "name" });
        const auto labelValue = take(&n, { "label" });
        QString plain = name && !name->isEmpty() ? *name
                : !n.label.isEmpty()             ? n.label
                                                 : labelValue.value_or(QString());
        if (plain.isEmpty())
            plain = n.id;
        Entity e = describedEntity(
                [&n](std::initializer_list<const char *> names) { return take(&n, names); }, plain);
        if (const auto kind = take(&n, { "kind", "type", "labelv" }); kind && !kind->isEmpty()) {
            if (const auto k = matchValue<EntityKind>(*kind)) {
                e.kind = *k;
            } else if (CustomTypes::isValidKindKey(*kind)) {
                // A kind of its own ("song"), defined with the next style of the palette.
                setKindKey(&e, *kind);
                m_out.data.types.adoptKind(*kind, m_fileTypes);
                ++m_unknownKinds[*kind];
            }
        }
        e.attributes = leftOver(n);
        if (!keepViz(n, &e) || n.hasViz)
            ++m_vizItems;
        if (n.hasTimes && !n.numberTimes)
            ++m_nodesWithTimes;
        if (n.numberTimes)
            ++m_numberTimes;
        addEntity(n.id, e);
        if (n.vizPosition) // GEXF's y grows upwards, the graph's downwards
            m_out.positions.insert(entityOfNode(n.id),
                                   QPointF(n.vizPosition->x(), -n.vizPosition->y()));
        return true;
    }

    // A node's viz colour and size as the entity's attributes of the reserved names; with a
    // mapping, only when it keeps them (all fields, or these names). False when one was left out.
    bool keepViz(const RawItem &n, Entity *e) const
    {
        const auto kept = [this](const QString &name) {
            return !m_mapping || m_mapping->keeps(name);
        };
        bool all = true;
        if (!n.vizColor.isEmpty()) {
            all = kept(GexfDataset::vizColorAttribute());
            if (all)
                e->attributes.set(Attribute::text(GexfDataset::vizColorAttribute(), n.vizColor));
        }
        if (n.vizSize && kept(GexfDataset::vizSizeAttribute()))
            e->attributes.set(Attribute::number(GexfDataset::vizSizeAttribute(), *n.vizSize));
        else if (n.vizSize)
            all = false;
        return all;
    }

    // One edge; false (with the error set) when the file cannot be imported.
    bool buildRelationship(RawItem &edge)
    {
        Relationship r;
        if (!setEnds(edge, &r))
            return false;
        if (edge.hasViz)
            ++m_vizItems;
        if (edge.weighted)
            ++m_weights;
        if (r.fromId == r.toId) {
            ++m_selfLoops;
            return true;
        }
        // The type: an attribute titled type, kind or labelE, else the edge's kind, else its label.
        std::optional<QString> typeText = take(&edge, { "type", "kind", "labele" });
        if ((!typeText || typeText->isEmpty()) && !edge.kind.isEmpty())
            typeText = edge.kind;
        bool labelUsed = false;
        if ((!typeText || typeText->isEmpty()) && matchValue<RelationshipType>(edge.label)) {
            typeText = edge.label;
            labelUsed = true;
        }
        if (typeText && !typeText->isEmpty()) {
            if (const auto t = matchValue<RelationshipType>(*typeText)) {
                r.type = *t;
            } else if (CustomTypes::isValidTypeKey(*typeText)) {
                setTypeKey(&r, *typeText);
                // The edge's own direction when it gives one, else the graph's.
                m_out.data.types.adoptRelationshipType(
                        *typeText, m_fileTypes,
                        edge.direction.isEmpty() ? m_directed
                                                 : edge.direction == QLatin1String("directed"));
                ++m_unknownTypes[*typeText];
            }
        }
        if (!labelUsed && !edge.label.isEmpty()
            && matchValue<RelationshipType>(edge.label) != r.type)
            ++m_edgeLabels;
        if (edge.numberTimes)
            ++m_numberTimes;
        else if (edge.span.intervals > 0)
            r.setIntervals(edge.span.list);
        // Our own export: the dates at their real precision.
        for (auto [title, date] : { std::pair{ "atlas_date_start", &r.validFrom },
                                    std::pair{ "atlas_date_end", &r.validUntil } }) {
            if (!setDate(edge, QLatin1String(title), take(&edge, { title }), date))
                return false;
        }
        if (!setSpells(edge, take(&edge, { "atlas_spells" }), &r))
            return false;
        return addEdge(edge, r, take(&edge, { "event" }), take(&edge, { "sources" }),
                       [&] { return leftOver(edge); });
    }

    // "song" (500), "artist" (300), ... the most frequent first, at most ten.
    static QString tally(const QMap<QString, int> &counts)
    {
        QList<std::pair<QString, int>> rows;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            rows.append({ it.key(), it.value() });
        std::stable_sort(rows.begin(), rows.end(),
                         [](const auto &a, const auto &b) { return a.second > b.second; });
        QStringList parts;
        for (const auto &[name, n] : rows) {
            if (parts.size() == 10) {
                parts << GexfDataset::tr("and %n more", nullptr, int(rows.size() - 10));
                break;
            }
            parts << GexfDataset::tr("'%1' (%2)").arg(name.left(80)).arg(n);
        }
        return parts.join(QStringLiteral(", "));
    }

    static int total(const QMap<QString, int> &counts)
    {
        int n = 0;
        for (const int c : counts)
            n += c;
        return n;
    }

    void addNotes()
    {
        QStringList &notes = m_out.notes;
        if (m_numberTimes)
            notes << GexfDataset::tr("the file gives times as numbers (timeformat '%1'), which "
                                     "cannot become dates: "
                                     "the times of %n node(s) and edge(s) were not kept",
                                     nullptr, m_numberTimes)
                             .arg(m_timeFormatName.isEmpty() ? QStringLiteral("double")
                                                             : m_timeFormatName);
        if (m_nodesWithTimes)
            notes << GexfDataset::tr("%n node(s) have times (start, end or spells); entities have "
                                     "no dates, so these "
                                     "were not kept",
                                     nullptr, m_nodesWithTimes);
        // Kinds and types the domain does not have: counted and named, the most frequent first.
        const std::pair<const QMap<QString, int> *, const char *> unknown[] = {
            { &m_unknownKinds,
              QT_TRANSLATE_N_NOOP("atlas::GexfDataset",
                                  "%n node(s) have a kind that is not a built-in one; a kind of "
                                  "its own was defined for each: %1") },
            { &m_unknownTypes,
              QT_TRANSLATE_N_NOOP("atlas::GexfDataset",
                                  "%n edge(s) have a type that is not a built-in one; a "
                                  "relationship type of its own was defined for each: %1") },
        };
        for (const auto &[counts, text] : unknown) {
            if (!counts->isEmpty())
                notes << GexfDataset::tr(text, nullptr, total(*counts)).arg(tally(*counts));
        }
        if (m_edgeLabels)
            notes << GexfDataset::tr("%n edge label(s) not kept", nullptr, m_edgeLabels);
        if (m_weights)
            notes << GexfDataset::tr("%n edge weight(s) not kept", nullptr, m_weights);
        if (m_selfLoops)
            notes << GexfDataset::tr(
                    "%n edge(s) from a node to itself not kept: a relationship joins two entities",
                    nullptr, m_selfLoops);
        if (m_vizItems)
            notes << GexfDataset::tr("the viz of %n node(s) and edge(s) (edge colours, "
                                     "thickness, shapes) was read and not kept",
                                     nullptr, m_vizItems);
        if (m_nestedNodes || m_parentLinks)
            notes << GexfDataset::tr(
                    "the hierarchy (nodes inside or under other nodes) of %n node(s) was not kept; "
                    "each is an entity of its own",
                    nullptr, m_nestedNodes + m_parentLinks);
        if (m_timeVaryingValues)
            notes << GexfDataset::tr(
                    "%n attribute value(s) that change over time were not kept; the first value of "
                    "each attribute stands for all",
                    nullptr, m_timeVaryingValues);
    }

    int m_nodeDepth = 0; // of nodes inside nodes
    bool m_sawGraph = false;
    TimeFormat m_timeFormat = TimeFormat::Unspecified;
    QString m_timeFormatName;
    QHash<QString, AttributeInfo> m_nodeAttributes; // by id
    QHash<QString, AttributeInfo> m_edgeAttributes;
    QList<RawItem> m_nodes;
    QList<RawItem> m_edges;
    // What is not kept, for ImportedData::notes.
    bool m_directed = true; // the graph's defaultedgetype, for the types it defines
    CustomTypes m_fileTypes; // as our own export defines them (atlas_types)
    QMap<QString, int> m_unknownKinds;
    QMap<QString, int> m_unknownTypes;
    int m_numberTimes = 0;
    int m_nodesWithTimes = 0;
    int m_edgeLabels = 0;
    int m_weights = 0;
    int m_selfLoops = 0;
    int m_vizItems = 0;
    int m_nestedNodes = 0;
    int m_parentLinks = 0;
    int m_timeVaryingValues = 0;
};

// ---- writing -------------------------------------------------------------------------------

// The ids of the records' own attributes: "attr0", "attr1"... so a name never meets an id of
// the fixed declarations, which are their titles.
QString attributeId(qsizetype i)
{
    return QStringLiteral("attr") + QString::number(i);
}

// The definitions of user-defined kinds and types (labels, colours, shapes, directions) as the
// default of a node attribute atlas_types, in the JSON of the dataset format: GEXF has no
// graph-level values, and networkx keeps a default in the graph (G.graph["node_default"]), not
// in each node.
void writeTypesDeclaration(QXmlStreamWriter &w, const CustomTypes &types)
{
    if (types.isEmpty())
        return;
    w.writeStartElement(QStringLiteral("attribute"));
    w.writeAttribute(QStringLiteral("id"), QStringLiteral("atlas_types"));
    w.writeAttribute(QStringLiteral("title"), QStringLiteral("atlas_types"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("string"));
    w.writeTextElement(QStringLiteral("default"),
                       QString::fromUtf8(DatasetJson::serializeTypes(types)));
    w.writeEndElement();
}

// The fixed declarations (strings, id = title), then one per record attribute, typed: GEXF has
// no date type networkx reads, so a date is a string marked atlas.type="date". types: the
// user-defined kinds and types, declared with the nodes' attributes.
void writeAttributeDeclarations(QXmlStreamWriter &w, const char *cls, const QStringList &titles,
                                const GraphFiles::AttributeKeys &keys,
                                const CustomTypes &types = {})
{
    w.writeStartElement(QStringLiteral("attributes"));
    w.writeAttribute(QStringLiteral("class"), QLatin1String(cls));
    w.writeAttribute(QStringLiteral("mode"), QStringLiteral("static"));
    writeTypesDeclaration(w, types);
    for (const QString &t : titles) {
        w.writeEmptyElement(QStringLiteral("attribute"));
        w.writeAttribute(QStringLiteral("id"), t);
        w.writeAttribute(QStringLiteral("title"), t);
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("string"));
    }
    const bool node = QLatin1String(cls) == QLatin1String("node");
    for (qsizetype i = 0; i < keys.keys().size(); ++i) {
        const GraphFiles::AttributeKey &k = keys.keys().at(i);
        const QString title = GraphFiles::writtenAttributeName(k.name, node);
        w.writeEmptyElement(QStringLiteral("attribute"));
        w.writeAttribute(QStringLiteral("id"), attributeId(i));
        w.writeAttribute(QStringLiteral("title"), title);
        if (title != k.name)
            w.writeAttribute(QStringLiteral("atlas.name"), k.name);
        QString type = QStringLiteral("string");
        if (k.type == AttributeType::Bool)
            type = QStringLiteral("boolean");
        else if (k.type == AttributeType::Number)
            type = k.integral ? QStringLiteral("long") : QStringLiteral("double");
        w.writeAttribute(QStringLiteral("type"), type);
        if (k.type == AttributeType::Date)
            w.writeAttribute(QStringLiteral("atlas.type"), QStringLiteral("date"));
    }
    w.writeEndElement();
}

QList<std::pair<QString, QString>> withAttributes(QList<std::pair<QString, QString>> values,
                                                  const Attributes &attributes,
                                                  const GraphFiles::AttributeKeys &keys)
{
    for (const Attribute &a : attributes) {
        if (const qsizetype i = keys.indexOf(a.name); i >= 0) // not one written as viz
            values.append({ attributeId(i), a.toText() });
    }
    return values;
}

// A record's own attribute (attr0, attr1...) is written even when empty text; an empty field of
// ours (a missing Korean name, no ticker) is left out.
bool isOwnAttribute(const QString &key)
{
    return key.startsWith(QLatin1String("attr"));
}

void writeAttValues(QXmlStreamWriter &w, const QList<std::pair<QString, QString>> &values)
{
    bool open = false;
    for (const auto &[key, value] : values) {
        if (value.isEmpty() && !isOwnAttribute(key))
            continue;
        if (!open) {
            w.writeStartElement(QStringLiteral("attvalues"));
            open = true;
        }
        w.writeEmptyElement(QStringLiteral("attvalue"));
        w.writeAttribute(QStringLiteral("for"), key);
        w.writeAttribute(QStringLiteral("value"), value);
    }
    if (open)
        w.writeEndElement();
}

QString isoDay(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// A node's viz:position, viz:color and viz:size, in the viz namespace of the version.
// Without a position (a node the view did not place), colour and size only.
void writeNodeViz(QXmlStreamWriter &w, const QString &vizNs, const GexfDataset::NodeViz &viz,
                  bool position = true)
{
    const auto number = [](double v) {
        return QString::number(v + 0.0, 'g', QLocale::FloatingPointShortest); // never "-0"
    };
    if (position) {
        w.writeEmptyElement(vizNs, QStringLiteral("position"));
        w.writeAttribute(QStringLiteral("x"), number(viz.position.x()));
        w.writeAttribute(QStringLiteral("y"), number(-viz.position.y()));
        w.writeAttribute(QStringLiteral("z"), QStringLiteral("0"));
    }
    static const QRegularExpression hex(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (hex.match(viz.color).hasMatch()) {
        w.writeEmptyElement(vizNs, QStringLiteral("color"));
        const char *channels[] = { "r", "g", "b" };
        for (int i = 0; i < 3; ++i)
            w.writeAttribute(QLatin1String(channels[i]),
                             QString::number(viz.color.mid(1 + 2 * i, 2).toInt(nullptr, 16)));
    }
    if (viz.size > 0) {
        w.writeEmptyElement(vizNs, QStringLiteral("size"));
        w.writeAttribute(QStringLiteral("value"), number(viz.size));
    }
}

// One entity: its label, its attribute values and, when it has one, its viz.
void writeNode(QXmlStreamWriter &w, const Entity &e, const GraphFiles::AttributeKeys &nodeKeys,
               const QString &vizNs, const GexfDataset::Viz &viz)
{
    w.writeStartElement(QStringLiteral("node"));
    w.writeAttribute(QStringLiteral("id"), e.id);
    w.writeAttribute(QStringLiteral("label"), e.name.text(Language::English));
    writeAttValues(w,
                   withAttributes({ { QStringLiteral("kind"), kindKey(e) },
                                    { QStringLiteral("name_en"), e.name.en },
                                    { QStringLiteral("name_ko"), e.name.ko },
                                    { QStringLiteral("ticker"), e.ticker },
                                    { QStringLiteral("description_en"), e.description.en },
                                    { QStringLiteral("description_ko"), e.description.ko } },
                                  e.attributes, nodeKeys));
    if (viz.isEmpty()) {
        w.writeEndElement();
        return;
    }
    // The colour and size the node came with (kept as attributes by the GEXF import) are its
    // viz, whatever the view draws, so an import of the export gives them back as they were;
    // they are not written again as attribute values.
    const auto it = viz.constFind(e.id);
    GexfDataset::NodeViz own = it != viz.cend() ? *it : GexfDataset::NodeViz{ {}, {}, 0 };
    bool fromFile = false;
    if (const Attribute *c = e.attributes.find(GexfDataset::vizColorAttribute());
        c && c->type == AttributeType::Text) {
        own.color = c->toText();
        fromFile = true;
    }
    if (const Attribute *z = e.attributes.find(GexfDataset::vizSizeAttribute());
        z && z->type == AttributeType::Number && z->numberValue() > 0) {
        own.size = z->numberValue();
        fromFile = true;
    }
    if (it != viz.cend() || fromFile)
        writeNodeViz(w, vizNs, own, it != viz.cend());
    w.writeEndElement();
}

// An interval's days as start and end; an unknown start or open end is left out.
void writeBounds(QXmlStreamWriter &w, const Spell &s)
{
    if (s.from.isValid())
        w.writeAttribute(QStringLiteral("start"), isoDay(s.from.start()));
    if (s.until.isValid())
        w.writeAttribute(QStringLiteral("end"), isoDay(s.until.end()));
}

// <spells><spell start=".." end=".."/>...</spells> for two or more intervals (GEXF 1.2 and 1.3).
void writeSpells(QXmlStreamWriter &w, const QList<Spell> &spells)
{
    if (spells.isEmpty())
        return;
    w.writeStartElement(QStringLiteral("spells"));
    for (const Spell &s : spells) {
        w.writeStartElement(QStringLiteral("spell"));
        writeBounds(w, s);
        w.writeEndElement();
    }
    w.writeEndElement();
}

} // namespace

std::optional<ImportedData> GexfDataset::read(QIODevice *device, const QString &fileName,
                                              const Dataset &current, QString *error,
                                              const ProgressCallback &progress,
                                              const ImportMapping *mapping)
{
    Reader reader(device, fileName, current, { ImportedData::Format::Gexf, "GEXF", "gexf" },
                  progress);
    reader.setMapping(mapping);
    return reader.run(error);
}

std::optional<GexfDataset::Version> GexfDataset::versionFromName(const QString &name)
{
    if (name == QLatin1String("1.3"))
        return Version::Gexf13;
    if (name == QLatin1String("1.2"))
        return Version::Gexf12;
    return std::nullopt;
}

QByteArray GexfDataset::serialize(const Dataset &data, Version version, const Viz &viz)
{
    const bool v13 = version == Version::Gexf13;
    const QString ns = v13 ? gexf13Namespace : gexf12Namespace;
    const QString vizNs = ns + QStringLiteral("/viz");
    // With viz written, a node's viz colour and size attributes are written as its viz.
    const GraphFiles::AttributeKeys nodeKeys(
            data.entities,
            viz.isEmpty() ? QStringList() : QStringList{ vizColorAttribute(), vizSizeAttribute() });
    const GraphFiles::AttributeKeys edgeKeys(data.relationships);
    return GraphFiles::writeDocument(
            ns, QStringLiteral("gexf"),
            { { QStringLiteral("version"), v13 ? QStringLiteral("1.3") : QStringLiteral("1.2") } },
            ns + QLatin1Char(' ') + ns + QStringLiteral("/gexf.xsd"), [&](QXmlStreamWriter &w) {
                if (!viz.isEmpty())
                    w.writeNamespace(vizNs, QStringLiteral("viz"));
                w.writeStartElement(QStringLiteral("meta"));
                w.writeTextElement(QStringLiteral("creator"), QStringLiteral("Telco Atlas"));
                if (!data.info.title.isEmpty())
                    w.writeTextElement(QStringLiteral("description"),
                                       data.info.title.text(Language::English));
                w.writeEndElement();

                const bool dated =
                        std::any_of(data.relationships.cbegin(), data.relationships.cend(),
                                    [](const Relationship &r) {
                                        return r.validFrom.isValid() || r.validUntil.isValid();
                                    });
                w.writeStartElement(QStringLiteral("graph"));
                const bool directed = GraphFiles::anyDirected(data);
                w.writeAttribute(QStringLiteral("defaultedgetype"),
                                 directed ? QStringLiteral("directed")
                                          : QStringLiteral("undirected"));
                w.writeAttribute(QStringLiteral("mode"),
                                 dated ? QStringLiteral("dynamic") : QStringLiteral("static"));
                if (dated)
                    w.writeAttribute(QStringLiteral("timeformat"), QStringLiteral("date"));
                writeAttributeDeclarations(w, "node",
                                           { QStringLiteral("kind"), QStringLiteral("name_en"),
                                             QStringLiteral("name_ko"), QStringLiteral("ticker"),
                                             QStringLiteral("description_en"),
                                             QStringLiteral("description_ko") },
                                           nodeKeys, data.types);
                QStringList edgeFields = { QStringLiteral("type"),
                                           QStringLiteral("atlas_date_start"),
                                           QStringLiteral("atlas_date_end"),
                                           QStringLiteral("event"), QStringLiteral("sources") };
                if (std::any_of(data.relationships.cbegin(), data.relationships.cend(),
                                [](const Relationship &r) { return !r.spells.isEmpty(); }))
                    edgeFields << QStringLiteral("atlas_spells");
                writeAttributeDeclarations(w, "edge", edgeFields, edgeKeys);

                w.writeStartElement(QStringLiteral("nodes"));
                for (const auto &e : data.entities)
                    writeNode(w, e, nodeKeys, vizNs, viz);
                w.writeEndElement(); // nodes

                w.writeStartElement(QStringLiteral("edges"));
                for (const auto &r : data.relationships) {
                    w.writeStartElement(QStringLiteral("edge"));
                    w.writeAttribute(QStringLiteral("id"), r.id);
                    w.writeAttribute(QStringLiteral("source"), r.fromId);
                    w.writeAttribute(QStringLiteral("target"), r.toId);
                    w.writeAttribute(QStringLiteral("label"), typeKey(r));
                    // A user-defined type's direction, where it differs from the graph's.
                    if (r.type == RelationshipType::Custom && isDirected(r, data.types) != directed)
                        w.writeAttribute(QStringLiteral("type"),
                                         directed ? QStringLiteral("undirected")
                                                  : QStringLiteral("directed"));
                    if (r.spells.isEmpty())
                        writeBounds(w, { r.validFrom, r.validUntil });
                    writeAttValues(
                            w,
                            withAttributes(
                                    { { QStringLiteral("type"), typeKey(r) },
                                      { QStringLiteral("atlas_date_start"),
                                        r.validFrom.toString() },
                                      { QStringLiteral("atlas_date_end"), r.validUntil.toString() },
                                      { QStringLiteral("event"), r.eventId },
                                      { QStringLiteral("sources"),
                                        r.sourceIds.join(QLatin1Char(';')) },
                                      { QStringLiteral("atlas_spells"), spellsToText(r.spells) } },
                                    r.attributes, edgeKeys));
                    writeSpells(w, r.spells);
                    w.writeEndElement();
                }
                w.writeEndElement(); // edges
                w.writeEndElement(); // graph
            });
}

bool GexfDataset::writeFile(const Dataset &data, const QString &path, QString *error,
                            Version version, const Viz &viz)
{
    return DataFile::write(path, serialize(data, version, viz), error);
}

} // namespace atlas
