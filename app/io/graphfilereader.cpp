// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphfilereader.h"

#include "core/datalimits.h"
#include "core/validator.h"
#include "datafile.h"

#include <QRegularExpression>

#include <algorithm>

namespace atlas {

bool GraphFileReader::hasHangul(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0x1100 && u <= 0x11FF)
                || (u >= 0x3130 && u <= 0x318F);
    });
}

bool GraphFileReader::meaningful(const QString &id)
{
    static const QRegularExpression canonical(QStringLiteral("^[ne]?[0-9]+$"));
    return Validator::isValidId(id) && !canonical.match(id).hasMatch();
}

GraphFileReader::GraphFileReader(QIODevice *device, const QString &fileName, const Dataset &current,
                                 const FileFormat &format, const ProgressCallback &progress)
    : m_xml(device),
      m_device(device),
      m_file(fileName),
      m_current(current),
      m_format(format),
      m_progress(progress)
{
    m_out.fileName = fileName;
    m_out.format = format.format;
}

GraphFileReader::~GraphFileReader() = default;

std::optional<ImportedData> GraphFileReader::run(QString *error)
{
    readDocument();
    if (m_xml.hasError() && m_error.isEmpty()) {
        const QString encoding = m_xml.documentEncoding().toString().toLower();
        const qint64 badLine = encoding.isEmpty() || encoding == QLatin1String("utf-8")
                ? DataFile::invalidUtf8Line(m_device)
                : 0;
        if (m_device->size() == 0)
            m_error = tr("%1: the file is empty").arg(m_file);
        else if (badLine > 0)
            m_error = tr("%1: line %2: the text is not valid UTF-8").arg(m_file).arg(badLine);
        else
            m_error = tr("%1: line %2, column %3: %4")
                              .arg(m_file)
                              .arg(m_xml.lineNumber())
                              .arg(m_xml.columnNumber() + 1)
                              .arg(m_xml.errorString());
    }
    if (m_error.isEmpty())
        build();
    if (m_error.isEmpty() && m_matchedWithAttributes > 0)
        m_out.notes << tr("the attributes of %n node(s) that joined an entity the data already "
                          "has were not kept; edit that entity to add them",
                          nullptr, m_matchedWithAttributes);
    if (m_error.isEmpty() && !m_unknownSources.isEmpty())
        m_out.notes << tr("%1 files do not carry sources: the relationships citing sources the "
                          "database does not have (%2) cite this file instead; exchange the JSON "
                          "dataset to keep them")
                               .arg(QLatin1String(m_format.name),
                                    m_unknownSources.join(QStringLiteral(", ")));
    if (m_error.isEmpty() && m_progress && !m_progress(m_device->size(), m_device->size()))
        m_error = ImportMessages::cancelled();
    if (!m_error.isEmpty()) {
        if (error)
            *error = m_error;
        return std::nullopt;
    }
    return std::move(m_out);
}

void GraphFileReader::readDocument()
{
    if (!m_xml.readNextStartElement())
        return; // an empty or broken document: the stream reader has the error
    if (m_xml.name() != QLatin1String(m_format.root)) {
        stop(tr("%1: line %2: not a %3 file (the root element is <%4>, not <%5>)")
                     .arg(m_file)
                     .arg(m_xml.lineNumber())
                     .arg(QLatin1String(m_format.name), m_xml.name().toString(),
                          QLatin1String(m_format.root)));
        return;
    }
    while (m_xml.readNextStartElement())
        readTopLevel();
    // Reading on to the end finds a document that is cut short after the root's content.
    while (!m_xml.atEnd() && !m_xml.hasError())
        m_xml.readNext();
}

void GraphFileReader::stop(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    m_xml.raiseError(m_error);
}

QString GraphFileReader::place(const char *element, const QString &id, qint64 line) const
{
    return id.isEmpty()
            ? tr("%1: line %2, element '%3'").arg(m_file).arg(line).arg(QLatin1String(element))
            : tr("%1: line %2, element '%3' ('%4')")
                      .arg(m_file)
                      .arg(line)
                      .arg(QLatin1String(element), id);
}

void GraphFileReader::failAt(const char *element, const QString &id, qint64 line,
                             const QString &field, const QString &message)
{
    if (m_error.isEmpty())
        m_error = tr("%1, field '%2': %3").arg(place(element, id, line), field, message);
}

bool GraphFileReader::tick()
{
    if (m_progress && (++m_elements % 256) == 0 && !m_progress(m_device->pos(), m_device->size())) {
        stop(ImportMessages::cancelled());
        return false;
    }
    return true;
}

bool GraphFileReader::withinRecordLimit(qsizetype records, qint64 line)
{
    if (records < DataLimits::maxRecordsPerFile)
        return true;
    stop(tr("%1: line %2: the file %3").arg(m_file).arg(line).arg(DataLimits::tooManyRecords()));
    return false;
}

bool GraphFileReader::takeNodeId(const QString &id, qint64 line)
{
    if (id.isEmpty()) {
        stop(tr("%1, field 'id': is missing").arg(place("node", {}, line)));
        return false;
    }
    if (m_nodeLines.contains(id)) {
        stop(tr("%1, field 'id': '%2' is used more than once (first on line %3)")
                     .arg(place("node", id, line), id)
                     .arg(m_nodeLines.value(id)));
        return false;
    }
    m_nodeLines.insert(id, line);
    return true;
}

bool GraphFileReader::hasEnds(const QXmlStreamAttributes &a, const QString &id, qint64 line)
{
    for (const char *field : { "source", "target" }) {
        if (a.value(QLatin1String(field)).isEmpty()) {
            stop(tr("%1, field '%2': is missing")
                         .arg(place("edge", id, line), QLatin1String(field)));
            return false;
        }
    }
    return true;
}

void GraphFileReader::reserveEntityIds(const QStringList &nodeIds)
{
    QSet<QString> taken;
    for (const auto &e : m_current.entities)
        taken.insert(e.id);
    for (const auto &id : nodeIds) {
        if (meaningful(id))
            taken.insert(id);
    }
    m_entityIds = IdGenerator(taken);
}

void GraphFileReader::addEntity(const QString &nodeId, Entity e, const QVariantMap &extra)
{
    if (m_current.entity(nodeId)) {
        e.id = nodeId;
    } else {
        QString known;
        for (const QString &s : { e.name.en, e.name.ko }) {
            if (known.isEmpty() && !s.isEmpty())
                known = m_current.resolveEntity(s);
        }
        if (!known.isEmpty()) {
            // The current data has this entity: edges join it, nothing new is made.
            m_entityOfNode.insert(nodeId, known);
            m_out.matchedNames.insert(e.name.text(Language::English), known);
            if (!e.attributes.isEmpty())
                ++m_matchedWithAttributes;
            if (!extra.isEmpty())
                m_out.extra.entities.insert(known, extra);
            return;
        }
        e.id = meaningful(nodeId)
                ? nodeId
                : m_entityIds.make(QString(), e.name.en.isEmpty() ? e.name.ko : e.name.en,
                                   QStringLiteral("entity"));
        m_out.newEntityIds.append(e.id);
    }
    m_entityOfNode.insert(nodeId, e.id);
    if (!extra.isEmpty())
        m_out.extra.entities.insert(e.id, extra);
    m_out.data.entities.append(e);
}

bool GraphFileReader::reserveRelationshipIds(const QList<std::pair<QString, qint64>> &edges)
{
    QSet<QString> taken;
    for (const auto &r : m_current.relationships)
        taken.insert(r.id);
    QHash<QString, qint64> explicitLines;
    for (const auto &[id, line] : edges) {
        if (!meaningful(id))
            continue;
        if (explicitLines.contains(id)) {
            failAt("edge", id, line, QStringLiteral("id"),
                   tr("'%1' is used more than once (first on line %2)")
                           .arg(id)
                           .arg(explicitLines.value(id)));
            return false;
        }
        explicitLines.insert(id, line);
        taken.insert(id);
    }
    m_relationshipIds = IdGenerator(taken);
    return true;
}

bool GraphFileReader::setEnds(const QString &id, qint64 line, const QString &source,
                              const QString &target, Relationship *r)
{
    for (const char *field : { "source", "target" }) {
        const QString node = QLatin1String(field) == QLatin1String("source") ? source : target;
        if (!m_entityOfNode.contains(node)) {
            failAt("edge", id, line, QLatin1String(field), tr("unknown node '%1'").arg(node));
            return false;
        }
    }
    r->fromId = m_entityOfNode.value(source);
    r->toId = m_entityOfNode.value(target);
    return true;
}

bool GraphFileReader::setEventAndSources(const QString &id, qint64 line,
                                         const std::optional<QString> &event,
                                         const std::optional<QString> &sources, Relationship *r)
{
    if (event && !event->isEmpty()) {
        if (!m_current.event(*event)) {
            failAt("edge", id, line, QStringLiteral("event"), tr("unknown event '%1'").arg(*event));
            return false;
        }
        r->eventId = *event;
    }
    if (sources) {
        for (const QString &part : sources->split(QLatin1Char(';'))) {
            const QString source = part.trimmed();
            if (source.isEmpty())
                continue;
            // A graph file does not carry sources: one the data lacks (another database's
            // export) gives way to the file itself, with a note.
            if (!m_current.source(source)) {
                if (!m_unknownSources.contains(source))
                    m_unknownSources << source;
                continue;
            }
            r->sourceIds << source;
        }
    }
    if (r->eventId.isEmpty() && r->sourceIds.isEmpty()) {
        if (m_fileSource.isEmpty())
            m_fileSource = m_out.fileSourceId(m_current);
        r->sourceIds << m_fileSource;
    }
    return true;
}

bool GraphFileReader::setDate(const QString &id, qint64 line, const QString &field,
                              const std::optional<QString> &text, PartialDate *date)
{
    if (!text || text->isEmpty())
        return true;
    const PartialDate value = PartialDate::fromString(*text);
    if (!value.isValid()) {
        failAt("edge", id, line, field,
               tr("'%1' is not a date of the form YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY")
                       .arg(*text));
        return false;
    }
    *date = value;
    return true;
}

bool GraphFileReader::setSpells(const QString &id, qint64 line, const std::optional<QString> &text,
                                Relationship *r)
{
    if (!text || text->trimmed().isEmpty())
        return true;
    QString bad;
    const auto spells = spellsFromText(*text, &bad);
    if (!spells) {
        failAt("edge", id, line, QStringLiteral("spells"),
               tr("'%1' is not an interval FROM/UNTIL of dates of the form YYYY-MM-DD, YYYY-MM, "
                  "YYYY-Qn or YYYY")
                       .arg(bad));
        return false;
    }
    if (!spells->isEmpty())
        r->setIntervals(*spells);
    return true;
}

void GraphFileReader::addRelationship(const QString &edgeId, Relationship r,
                                      const QVariantMap &extra)
{
    if (m_current.relationship(edgeId) || meaningful(edgeId))
        r.id = edgeId;
    else
        r.id = m_relationshipIds.make(QStringLiteral("rel"),
                                      r.fromId + QLatin1Char(' ') + r.toId + QLatin1Char(' ')
                                              + keyOf(r.type));
    if (!extra.isEmpty())
        m_out.extra.relationships.insert(r.id, extra);
    m_out.data.relationships.append(r);
}

} // namespace atlas
