// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gexfdataset.h"

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

#include <type_traits>

namespace atlas {

namespace {

const auto gexf13Namespace = QStringLiteral("http://gexf.net/1.3");
const auto gexf12Namespace = QStringLiteral("http://www.gexf.net/1.2draft");
const auto xsiNamespace = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");

bool hasHangul(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0x1100 && u <= 0x11FF)
                || (u >= 0x3130 && u <= 0x318F);
    });
}

// Letters and digits only, lower-case: "AI model", "ai-model" and "AI_MODEL" are one name.
QString folded(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

// English phrasings of relationship types other tools write that differ from the keys once
// folded: the English labels kinds.cpp translates ("partners with", "is a member of"...).
struct TypePhrase
{
    const char *folded;
    RelationshipType type;
};
constexpr TypePhrase typePhrases[] = {
    { "partnerswith", RelationshipType::Partner },
    { "partners", RelationshipType::Partner },
    { "partnership", RelationshipType::Partner },
    { "isashareholderof", RelationshipType::ShareholderOf },
    { "shareholder", RelationshipType::ShareholderOf },
    { "isamemberof", RelationshipType::MemberOf },
    { "isbuilton", RelationshipType::BuiltOn },
};

// A kind or type in English, in any case and spelling of separators; its key or its label.
template <typename E>
std::optional<E> matchValue(const QString &text)
{
    const QString f = folded(text);
    if (f.isEmpty())
        return std::nullopt;
    for (const E v : allValues<E>()) {
        if (folded(keyOf(v)) == f || folded(labelOf(v)) == f)
            return v;
    }
    if constexpr (std::is_same_v<E, RelationshipType>) {
        for (const auto &p : typePhrases) {
            if (f == QLatin1String(p.folded))
                return p.type;
        }
    }
    return std::nullopt;
}

// ---- reading -------------------------------------------------------------------------------

enum class TimeFormat { Unspecified, Date, DateTime, Number };

struct AttributeInfo
{
    QString title;
    QString defaultValue;
    bool hasDefault = false;
};

struct AttValue
{
    QString title; // as written
    QString value;
};

// The outer span of one or more intervals; an interval without a start (or an end) opens the span.
struct Span
{
    PartialDate from;
    PartialDate until;
    bool openFrom = false;
    bool openUntil = false;
    int intervals = 0;

    void add(const PartialDate &start, const PartialDate &end)
    {
        ++intervals;
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
    QMap<QString, AttValue> values; // by lower-case title
    Span span;
    bool hasTimes = false;
    bool numberTimes = false;
    bool hasViz = false;
    bool weighted = false;
};

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
                m_error = GexfDataset::tr("%1: the file is empty").arg(m_file);
            else if (badLine > 0)
                m_error = GexfDataset::tr("%1: line %2: the text is not valid UTF-8")
                                  .arg(m_file)
                                  .arg(badLine);
            else
                m_error = GexfDataset::tr("%1: line %2, column %3: %4")
                                  .arg(m_file)
                                  .arg(m_xml.lineNumber())
                                  .arg(m_xml.columnNumber() + 1)
                                  .arg(m_xml.errorString());
        }
        if (m_error.isEmpty() && !m_sawGraph)
            m_error = GexfDataset::tr("%1: the file has no <graph> element").arg(m_file);
        if (m_error.isEmpty())
            build();
        if (m_error.isEmpty() && m_progress && !m_progress(m_device->size(), m_device->size()))
            m_error = ImportMessages::cancelled();
        if (!m_error.isEmpty()) {
            if (error)
                *error = m_error;
            return std::nullopt;
        }
        addNotes();
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
        return id.isEmpty() ? GexfDataset::tr("%1: line %2, element '%3'")
                                      .arg(m_file)
                                      .arg(line)
                                      .arg(QLatin1String(element))
                            : GexfDataset::tr("%1: line %2, element '%3' ('%4')")
                                      .arg(m_file)
                                      .arg(line)
                                      .arg(QLatin1String(element), id);
    }
    void failItem(const char *element, const RawItem &item, const QString &field,
                  const QString &message)
    {
        if (m_error.isEmpty())
            m_error = GexfDataset::tr("%1, field '%2': %3")
                              .arg(place(element, item.id, item.line), field, message);
    }
    void stopAt(const char *element, const RawItem &item, const QString &field,
                const QString &message)
    {
        failItem(element, item, field, message);
        m_xml.raiseError(m_error);
    }

    bool tick()
    {
        if (m_progress && (++m_elements % 256) == 0
            && !m_progress(m_device->pos(), m_device->size())) {
            stop(ImportMessages::cancelled());
            return false;
        }
        return true;
    }

    void readDocument()
    {
        if (!m_xml.readNextStartElement())
            return; // an empty or broken document: the stream reader has the error
        if (m_xml.name() != QLatin1String("gexf")) {
            stop(GexfDataset::tr(
                         "%1: line %2: not a GEXF file (the root element is <%3>, not <gexf>)")
                         .arg(m_file)
                         .arg(m_xml.lineNumber())
                         .arg(m_xml.name().toString()));
            return;
        }
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == QLatin1String("graph") && !m_sawGraph)
                readGraph();
            else
                m_xml.skipCurrentElement();
        }
        // Reading on to the end finds a document that is cut short after </gexf>'s content.
        while (!m_xml.atEnd() && !m_xml.hasError())
            m_xml.readNext();
    }

    void readGraph()
    {
        m_sawGraph = true;
        const auto a = m_xml.attributes();
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

    bool withinRecordLimit(qint64 line)
    {
        if (m_nodes.size() + m_edges.size() < DataLimits::maxRecordsPerFile)
            return true;
        stop(GexfDataset::tr("%1: line %2: the file %3")
                     .arg(m_file)
                     .arg(line)
                     .arg(DataLimits::tooManyRecords()));
        return false;
    }

    void readNodes()
    {
        while (m_xml.readNextStartElement()) {
            if (!tick())
                return;
            if (m_xml.name() == QLatin1String("node"))
                readNode();
            else
                m_xml.skipCurrentElement();
        }
    }

    void readNode()
    {
        RawItem node;
        node.line = m_xml.lineNumber();
        const auto a = m_xml.attributes();
        node.id = a.value(QLatin1String("id")).toString();
        node.label = a.value(QLatin1String("label")).toString().trimmed();
        if (node.id.isEmpty()) {
            stop(GexfDataset::tr("%1, field 'id': is missing").arg(place("node", {}, node.line)));
            return;
        }
        if (m_nodeIndex.contains(node.id)) {
            stop(GexfDataset::tr("%1, field 'id': '%2' is used more than once (first on line %3)")
                         .arg(place("node", node.id, node.line), node.id)
                         .arg(m_nodes.at(m_nodeIndex.value(node.id)).line));
            return;
        }
        if (!withinRecordLimit(node.line))
            return;
        if (m_depth > 0)
            ++m_nestedNodes;
        if (a.hasAttribute(QLatin1String("pid")))
            ++m_parentLinks;
        if (!readItemTimes(&node, a, "node"))
            return;
        const qsizetype index = m_nodes.size();
        m_nodeIndex.insert(node.id, index);
        m_nodes.append(node);
        while (m_xml.readNextStartElement()) {
            const auto name = m_xml.name();
            if (isViz()) {
                m_nodes[index].hasViz = true;
                m_xml.skipCurrentElement();
            } else if (name == QLatin1String("attvalues")) {
                readAttValues(index, "node");
            } else if (name
                       == QLatin1String(
                               "attvalue")) { // GEXF 1.1 and Gephi's slices allow them bare
                readAttValue(index, "node");
            } else if (name == QLatin1String("spells") || name == QLatin1String("timestamps")) {
                RawItem &n = m_nodes[index];
                readSpells(&n, "node");
            } else if (name == QLatin1String("nodes")) {
                readNestedNodes();
            } else if (name == QLatin1String("parents")) {
                ++m_parentLinks;
                m_xml.skipCurrentElement();
            } else {
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
        if (m_depth >= kMaxDepth) {
            stop(GexfDataset::tr("%1: nodes are nested more than %2 deep")
                         .arg(place("nodes", {}, m_xml.lineNumber()))
                         .arg(kMaxDepth));
            return;
        }
        ++m_depth;
        readNodes();
        --m_depth;
    }

    bool isViz() const { return m_xml.namespaceUri().endsWith(QLatin1String("/viz")); }

    void readEdges()
    {
        while (m_xml.readNextStartElement()) {
            if (!tick())
                return;
            if (m_xml.name() == QLatin1String("edge"))
                readEdge();
            else
                m_xml.skipCurrentElement();
            if (!m_error.isEmpty())
                return;
        }
    }

    void readEdge()
    {
        RawItem edge;
        edge.line = m_xml.lineNumber();
        const auto a = m_xml.attributes();
        edge.id = a.value(QLatin1String("id")).toString();
        edge.source = a.value(QLatin1String("source")).toString();
        edge.target = a.value(QLatin1String("target")).toString();
        edge.label = a.value(QLatin1String("label")).toString().trimmed();
        edge.kind = a.value(QLatin1String("kind")).toString().trimmed();
        edge.weighted = a.hasAttribute(QLatin1String("weight"));
        if (!withinRecordLimit(edge.line))
            return;
        for (const char *field : { "source", "target" }) {
            if (a.value(QLatin1String(field)).isEmpty()) {
                stop(GexfDataset::tr("%1, field '%2': is missing")
                             .arg(place("edge", edge.id, edge.line), QLatin1String(field)));
                return;
            }
        }
        if (!readItemTimes(&edge, a, "edge"))
            return;
        const qsizetype index = m_edges.size();
        m_edges.append(edge);
        while (m_xml.readNextStartElement()) {
            const auto name = m_xml.name();
            if (isViz()) {
                m_edges[index].hasViz = true;
                m_xml.skipCurrentElement();
            } else if (name == QLatin1String("attvalues")) {
                readAttValues(index, "edge");
            } else if (name == QLatin1String("attvalue")) {
                readAttValue(index, "edge");
            } else if (name == QLatin1String("spells") || name == QLatin1String("timestamps")) {
                readSpells(&m_edges[index], "edge");
            } else {
                m_xml.skipCurrentElement();
            }
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
        const QString title = declared.contains(key) ? declared.value(key).title : key;
        if (const QString problem = DataLimits::checkLength(value, DataLimits::maxAttributeLength);
            !problem.isEmpty()) {
            stopAt(domain, it, title, problem);
            return;
        }
        const QString lower = title.toLower();
        if (it.values.contains(lower)) {
            // A value that changes over time: the first one stands for all.
            if (timed)
                ++m_timeVaryingValues;
            return;
        }
        it.values.insert(lower, { title, value });
    }

    void applyDefaults(RawItem *it, const QHash<QString, AttributeInfo> &declared)
    {
        for (auto d = declared.cbegin(); d != declared.cend(); ++d) {
            if (d->hasDefault && !it->values.contains(d->title.toLower()))
                it->values.insert(d->title.toLower(), { d->title, d->defaultValue });
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

    // Canonical ids ("n12", "e3", "7") say nothing; other valid ids are kept as written.
    static bool meaningful(const QString &id)
    {
        static const QRegularExpression canonical(QStringLiteral("^[ne]?[0-9]+$"));
        return Validator::isValidId(id) && !canonical.match(id).hasMatch();
    }

    void countLeftOver(const RawItem &it, QMap<QString, int> *notKept)
    {
        for (const auto &v : it.values)
            ++(*notKept)[v.title];
    }

    bool readAtlasDate(RawItem *edge, const char *title, PartialDate *out)
    {
        const auto text = take(edge, { title });
        if (!text || text->isEmpty())
            return true;
        const PartialDate date = PartialDate::fromString(*text);
        if (!date.isValid()) {
            failItem("edge", *edge, QString::fromLatin1(title),
                     GexfDataset::tr(
                             "'%1' is not a date of the form YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY")
                             .arg(*text));
            return false;
        }
        *out = date;
        return true;
    }

    void build()
    {
        m_out.fileName = m_file;
        m_out.format = ImportedData::Format::Gexf;
        buildEntities();
        buildRelationships();
    }

    // Nodes into entities (or onto the current data's entities of the same name).
    void buildEntities()
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
            const auto labelValue = take(&n, { "label" });
            QString plain = name && !name->isEmpty() ? *name
                    : !n.label.isEmpty()             ? n.label
                                                     : labelValue.value_or(QString());
            if (plain.isEmpty())
                plain = n.id;
            e.name.en = nameEn.value_or(QString());
            e.name.ko = nameKo.value_or(QString());
            if (e.name.isEmpty()) {
                if (hasHangul(plain))
                    e.name.ko = plain;
                else
                    e.name.en = plain;
            }
            if (const auto kind = take(&n, { "kind", "type", "labelv" });
                kind && !kind->isEmpty()) {
                if (const auto k = matchValue<EntityKind>(*kind))
                    e.kind = *k;
                else
                    ++m_unknownKinds[*kind];
            }
            e.ticker = take(&n, { "ticker" }).value_or(QString());
            e.description.en = take(&n, { "description_en", "description" }).value_or(QString());
            e.description.ko = take(&n, { "description_ko" }).value_or(QString());
            countLeftOver(n, &m_nodeAttributesNotKept);
            if (n.hasViz)
                ++m_vizItems;
            if (n.hasTimes && !n.numberTimes)
                ++m_nodesWithTimes;
            if (n.numberTimes)
                ++m_numberTimes;

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
                    continue;
                }
                e.id = meaningful(n.id)
                        ? n.id
                        : entityIds.make(QString(), e.name.en.isEmpty() ? e.name.ko : e.name.en,
                                         QStringLiteral("entity"));
                m_out.newEntityIds.append(e.id);
            }
            m_entityOfNode.insert(n.id, e.id);
            m_out.data.entities.append(e);
        }
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
                         GexfDataset::tr("'%1' is used more than once (first on line %2)")
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

    // One edge; false (with the error set) when the file cannot be imported.
    bool buildRelationship(RawItem &edge)
    {
        for (const char *field : { "source", "target" }) {
            const QString node =
                    QLatin1String(field) == QLatin1String("source") ? edge.source : edge.target;
            if (!m_entityOfNode.contains(node)) {
                failItem("edge", edge, QLatin1String(field),
                         GexfDataset::tr("unknown node '%1'").arg(node));
                return false;
            }
        }
        Relationship r;
        r.fromId = m_entityOfNode.value(edge.source);
        r.toId = m_entityOfNode.value(edge.target);
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
            if (const auto t = matchValue<RelationshipType>(*typeText))
                r.type = *t;
            else
                ++m_unknownTypes[*typeText];
        }
        if (!labelUsed && !edge.label.isEmpty()
            && matchValue<RelationshipType>(edge.label) != r.type)
            ++m_edgeLabels;
        if (edge.numberTimes)
            ++m_numberTimes;
        else if (edge.span.intervals > 0) {
            r.validFrom = edge.span.validFrom();
            r.validUntil = edge.span.validUntil();
            if (edge.span.intervals > 1)
                ++m_mergedSpans;
        }
        // Our own export: the dates at their real precision.
        if (!readAtlasDate(&edge, "atlas_date_start", &r.validFrom)
            || !readAtlasDate(&edge, "atlas_date_end", &r.validUntil))
            return false;
        if (const auto event = take(&edge, { "event" }); event && !event->isEmpty()) {
            if (!m_current.event(*event)) {
                failItem("edge", edge, QStringLiteral("event"),
                         GexfDataset::tr("unknown event '%1'").arg(*event));
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
                             GexfDataset::tr("unknown source '%1' (GEXF files do not carry "
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
        countLeftOver(edge, &m_edgeAttributesNotKept);
        if (m_current.relationship(edge.id) || meaningful(edge.id))
            r.id = edge.id;
        else
            r.id = m_relationshipIds.make(QStringLiteral("rel"),
                                          r.fromId + QLatin1Char(' ') + r.toId + QLatin1Char(' ')
                                                  + keyOf(r.type));
        m_out.data.relationships.append(r);
        return true;
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
        if (m_mergedSpans)
            notes << GexfDataset::tr(
                    "%n relationship(s) valid over several intervals (spells) were given one span, "
                    "from the first start to the last end",
                    nullptr, m_mergedSpans);
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
        if (!m_unknownKinds.isEmpty())
            notes << GexfDataset::tr("%n node(s) have a kind that is not a built-in one, and were "
                                     "imported as "
                                     "companies: %1",
                                     nullptr, total(m_unknownKinds))
                             .arg(tally(m_unknownKinds));
        if (!m_unknownTypes.isEmpty())
            notes << GexfDataset::tr("%n edge(s) have a type that is not a built-in one, and were "
                                     "imported as "
                                     "'partners with': %1",
                                     nullptr, total(m_unknownTypes))
                             .arg(tally(m_unknownTypes));
        if (!m_nodeAttributesNotKept.isEmpty())
            notes << GexfDataset::tr("node attributes not kept (nodes with a value): %1")
                             .arg(tally(m_nodeAttributesNotKept));
        if (!m_edgeAttributesNotKept.isEmpty())
            notes << GexfDataset::tr("edge attributes not kept (edges with a value): %1")
                             .arg(tally(m_edgeAttributesNotKept));
        if (m_edgeLabels)
            notes << GexfDataset::tr("%n edge label(s) not kept", nullptr, m_edgeLabels);
        if (m_weights)
            notes << GexfDataset::tr("%n edge weight(s) not kept", nullptr, m_weights);
        if (m_selfLoops)
            notes << GexfDataset::tr(
                    "%n edge(s) from a node to itself not kept: a relationship joins two entities",
                    nullptr, m_selfLoops);
        if (m_vizItems)
            notes << GexfDataset::tr("colours, sizes and positions (viz) of %n node(s) and edge(s) "
                                     "were read and not kept",
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

    QHash<QString, QString> m_entityOfNode;
    IdGenerator m_relationshipIds;
    QXmlStreamReader m_xml;
    QIODevice *m_device;
    QString m_file;
    const Dataset &m_current;
    ProgressCallback m_progress;
    QString m_error;
    qint64 m_elements = 0;
    int m_depth = 0; // of nested nodes
    static constexpr int kMaxDepth = 64;
    bool m_sawGraph = false;
    TimeFormat m_timeFormat = TimeFormat::Unspecified;
    QString m_timeFormatName;
    QHash<QString, AttributeInfo> m_nodeAttributes; // by id
    QHash<QString, AttributeInfo> m_edgeAttributes;
    QList<RawItem> m_nodes;
    QHash<QString, qsizetype> m_nodeIndex;
    QList<RawItem> m_edges;
    ImportedData m_out;
    QString m_fileSource;
    // What is not kept, for ImportedData::notes.
    QMap<QString, int> m_unknownKinds;
    QMap<QString, int> m_unknownTypes;
    QMap<QString, int> m_nodeAttributesNotKept;
    QMap<QString, int> m_edgeAttributesNotKept;
    int m_mergedSpans = 0;
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

void writeAttributeDeclarations(QXmlStreamWriter &w, const char *cls, const QStringList &titles)
{
    w.writeStartElement(QStringLiteral("attributes"));
    w.writeAttribute(QStringLiteral("class"), QLatin1String(cls));
    w.writeAttribute(QStringLiteral("mode"), QStringLiteral("static"));
    for (const QString &t : titles) {
        w.writeEmptyElement(QStringLiteral("attribute"));
        w.writeAttribute(QStringLiteral("id"), t);
        w.writeAttribute(QStringLiteral("title"), t);
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("string"));
    }
    w.writeEndElement();
}

void writeAttValues(QXmlStreamWriter &w, const QList<std::pair<QString, QString>> &values)
{
    bool open = false;
    for (const auto &[key, value] : values) {
        if (value.isEmpty())
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

} // namespace

std::optional<ImportedData> GexfDataset::read(QIODevice *device, const QString &fileName,
                                              const Dataset &current, QString *error,
                                              const ProgressCallback &progress)
{
    Reader reader(device, fileName, current, progress);
    return reader.run(error);
}

std::optional<ImportedData> GexfDataset::parse(const QByteArray &xml, const QString &fileName,
                                               const Dataset &current, QString *error,
                                               const ProgressCallback &progress)
{
    QBuffer buffer;
    buffer.setData(xml);
    buffer.open(QIODevice::ReadOnly);
    return read(&buffer, fileName, current, error, progress);
}

std::optional<ImportedData> GexfDataset::readFile(const QString &path, const Dataset &current,
                                                  QString *error, const ProgressCallback &progress)
{
    QFile f(path);
    if (!DataFile::open(f, error))
        return std::nullopt;
    return read(&f, path, current, error, progress);
}

QByteArray GexfDataset::serialize(const Dataset &data, Version version)
{
    const bool v13 = version == Version::Gexf13;
    const QString ns = v13 ? gexf13Namespace : gexf12Namespace;
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter w(&buffer);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartDocument();
    w.writeDefaultNamespace(ns);
    w.writeNamespace(xsiNamespace, QStringLiteral("xsi"));
    w.writeStartElement(ns, QStringLiteral("gexf"));
    w.writeAttribute(QStringLiteral("version"),
                     v13 ? QStringLiteral("1.3") : QStringLiteral("1.2"));
    w.writeAttribute(xsiNamespace, QStringLiteral("schemaLocation"),
                     ns + QLatin1Char(' ') + ns + QStringLiteral("/gexf.xsd"));
    w.writeStartElement(QStringLiteral("meta"));
    w.writeTextElement(QStringLiteral("creator"), QStringLiteral("Telco Atlas"));
    if (!data.info.title.isEmpty())
        w.writeTextElement(QStringLiteral("description"), data.info.title.text(Language::English));
    w.writeEndElement();

    // One edge direction for the whole graph, because networkx refuses graphs that mix directed
    // and undirected edges; an undirected "partner" edge is told by its type.
    const bool anyDirected = std::any_of(data.relationships.cbegin(), data.relationships.cend(),
                                         [](const Relationship &r) { return r.isDirected(); });
    const bool dated = std::any_of(
            data.relationships.cbegin(), data.relationships.cend(),
            [](const Relationship &r) { return r.validFrom.isValid() || r.validUntil.isValid(); });
    w.writeStartElement(QStringLiteral("graph"));
    w.writeAttribute(QStringLiteral("defaultedgetype"),
                     anyDirected ? QStringLiteral("directed") : QStringLiteral("undirected"));
    w.writeAttribute(QStringLiteral("mode"),
                     dated ? QStringLiteral("dynamic") : QStringLiteral("static"));
    if (dated)
        w.writeAttribute(QStringLiteral("timeformat"), QStringLiteral("date"));
    writeAttributeDeclarations(w, "node",
                               { QStringLiteral("kind"), QStringLiteral("name_en"),
                                 QStringLiteral("name_ko"), QStringLiteral("ticker"),
                                 QStringLiteral("description_en"),
                                 QStringLiteral("description_ko") });
    writeAttributeDeclarations(w, "edge",
                               { QStringLiteral("type"), QStringLiteral("atlas_date_start"),
                                 QStringLiteral("atlas_date_end"), QStringLiteral("event"),
                                 QStringLiteral("sources") });

    w.writeStartElement(QStringLiteral("nodes"));
    for (const auto &e : data.entities) {
        w.writeStartElement(QStringLiteral("node"));
        w.writeAttribute(QStringLiteral("id"), e.id);
        w.writeAttribute(QStringLiteral("label"), e.name.text(Language::English));
        writeAttValues(w,
                       { { QStringLiteral("kind"), keyOf(e.kind) },
                         { QStringLiteral("name_en"), e.name.en },
                         { QStringLiteral("name_ko"), e.name.ko },
                         { QStringLiteral("ticker"), e.ticker },
                         { QStringLiteral("description_en"), e.description.en },
                         { QStringLiteral("description_ko"), e.description.ko } });
        w.writeEndElement();
    }
    w.writeEndElement(); // nodes

    w.writeStartElement(QStringLiteral("edges"));
    for (const auto &r : data.relationships) {
        w.writeStartElement(QStringLiteral("edge"));
        w.writeAttribute(QStringLiteral("id"), r.id);
        w.writeAttribute(QStringLiteral("source"), r.fromId);
        w.writeAttribute(QStringLiteral("target"), r.toId);
        w.writeAttribute(QStringLiteral("label"), keyOf(r.type));
        if (r.validFrom.isValid())
            w.writeAttribute(QStringLiteral("start"), isoDay(r.validFrom.start()));
        if (r.validUntil.isValid())
            w.writeAttribute(QStringLiteral("end"), isoDay(r.validUntil.end()));
        writeAttValues(w,
                       { { QStringLiteral("type"), keyOf(r.type) },
                         { QStringLiteral("atlas_date_start"), r.validFrom.toString() },
                         { QStringLiteral("atlas_date_end"), r.validUntil.toString() },
                         { QStringLiteral("event"), r.eventId },
                         { QStringLiteral("sources"), r.sourceIds.join(QLatin1Char(';')) } });
        w.writeEndElement();
    }
    w.writeEndElement(); // edges
    w.writeEndElement(); // graph
    w.writeEndElement(); // gexf
    w.writeEndDocument();
    return out;
}

bool GexfDataset::writeFile(const Dataset &data, const QString &path, QString *error,
                            Version version)
{
    return DataFile::write(path, serialize(data, version), error);
}

} // namespace atlas
