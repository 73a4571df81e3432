// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importmapping.h"

#include "core/seterror.h"
#include "csvdataset.h"
#include "csvtable.h"
#include "datafile.h"
#include "datasetfiles.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

namespace atlas {

namespace {

constexpr char kFormat[] = "atlas-import-mapping";
constexpr int kVersion = 1;

QString folded(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        if (c != QLatin1Char('_') && c != QLatin1Char('-') && c != QLatin1Char(' ')
            && c != QLatin1Char(':'))
            out += c.toLower();
    }
    return out;
}

qsizetype indexOf(const QStringList &fields, const QString &field)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (fields.at(i).compare(field, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

void addField(QStringList *fields, const QString &field)
{
    if (!field.isEmpty() && indexOf(*fields, field) < 0)
        fields->append(field);
}

// One record of a graph file: its values by field, laid out as a row once all fields are known.
using Values = QHash<QString, QString>;

QList<QStringList> rowsOf(const QList<Values> &records, const QStringList &fields)
{
    QList<QStringList> rows;
    for (const Values &v : records) {
        QStringList row;
        for (const QString &f : fields)
            row << v.value(f.toLower());
        rows << row;
    }
    return rows;
}

bool readCsv(const QByteArray &bytes, int rows, ImportSample *s)
{
    CsvTable table(bytes);
    CsvTable::Record record;
    QString error;
    if (!table.next(&record, &error))
        return false;
    for (const QByteArray &f : std::as_const(record.fields)) {
        QString name;
        table.decode(f, &name);
        s->nodeFields << name.trimmed();
    }
    while (s->nodeRows.size() < rows && table.next(&record, &error)) {
        QStringList row;
        for (qsizetype i = 0; i < s->nodeFields.size(); ++i) {
            QString text;
            if (i < record.fields.size())
                table.decode(record.fields.at(i), &text);
            row << text.trimmed();
        }
        s->nodeRows << row;
    }
    // Our own columns: the fixed reader knows them all.
    const auto has = [s](const char *c) { return indexOf(s->nodeFields, QLatin1String(c)) >= 0; };
    s->ownFormat = (has("name") && has("kind") && !has("date"))
            || (has("date") && has("kind") && has("title") && has("participants"));
    return true;
}

// GraphML keys (attr.name by id) and GEXF attributes (title by id), then the first records.
void readGraph(QXmlStreamReader &xml, int rows, ImportSample *s)
{
    const bool gexf = s->format == ImportSample::Format::Gexf;
    QHash<QString, QString> names; // "node:" or "edge:" + id -> name
    QList<Values> nodes, edges;
    QString domain; // GEXF attributes class
    Values *current = nullptr;
    if (gexf) {
        s->nodeFields << QStringLiteral("id") << QStringLiteral("label");
        s->edgeFields << QStringLiteral("id") << QStringLiteral("label") << QStringLiteral("start")
                      << QStringLiteral("end");
    } else {
        s->nodeFields << QStringLiteral("id");
    }
    while (!xml.atEnd() && !xml.hasError()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto a = xml.attributes();
        const auto n = xml.name();
        if (!gexf && n == QLatin1String("key")) {
            QString name = a.value(QLatin1String("attr.name")).toString();
            if (name.isEmpty())
                name = a.value(QLatin1String("id")).toString();
            const QString forWhat = a.value(QLatin1String("for")).toString();
            // yEd keeps the visible label inside its graphics: the reader calls it "label".
            const auto yfiles = a.value(QLatin1String("yfiles.type"));
            if (yfiles == QLatin1String("nodegraphics") || yfiles == QLatin1String("edgegraphics"))
                name = QStringLiteral("label");
            else if (!yfiles.isEmpty())
                continue;
            for (const char *d : { "node", "edge" }) {
                if (forWhat == QLatin1String(d) || forWhat.isEmpty()
                    || forWhat == QLatin1String("all")) {
                    names.insert(QLatin1String(d) + QLatin1Char(':')
                                         + a.value(QLatin1String("id")).toString(),
                                 name);
                    addField(d[0] == 'n' ? &s->nodeFields : &s->edgeFields, name);
                }
            }
        } else if (gexf && n == QLatin1String("attributes")) {
            domain = a.value(QLatin1String("class")).toString();
        } else if (gexf && n == QLatin1String("attribute")) {
            QString title = a.value(QLatin1String("title")).toString().trimmed();
            if (title.isEmpty())
                title = a.value(QLatin1String("id")).toString();
            const bool node = domain != QLatin1String("edge");
            names.insert((node ? QStringLiteral("node:") : QStringLiteral("edge:"))
                                 + a.value(QLatin1String("id")).toString(),
                         title);
            addField(node ? &s->nodeFields : &s->edgeFields, title);
        } else if (n == QLatin1String("node") || n == QLatin1String("edge")) {
            const bool node = n == QLatin1String("node");
            QList<Values> &list = node ? nodes : edges;
            if (list.size() >= rows) {
                current = nullptr;
                if (nodes.size() >= rows && edges.size() >= rows)
                    break;
                continue;
            }
            list.append(Values());
            current = &list.last();
            for (const char *f : { "id", "label", "start", "end" })
                current->insert(QLatin1String(f), a.value(QLatin1String(f)).toString());
            domain = node ? QStringLiteral("node") : QStringLiteral("edge");
        } else if (current && (n == QLatin1String("data") || n == QLatin1String("attvalue"))) {
            const QString id = a.value(QLatin1String(gexf ? "for" : "key")).toString();
            const QString name = names.value(domain + QLatin1Char(':') + id);
            const QString value = gexf
                    ? a.value(QLatin1String("value")).toString()
                    : xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            if (!name.isEmpty())
                current->insert(name.toLower(), value.left(200));
        }
    }
    s->nodeRows = rowsOf(nodes, s->nodeFields);
    s->edgeRows = rowsOf(edges, s->edgeFields);
    // Our own export writes the name in both languages.
    s->ownFormat = indexOf(s->nodeFields, QStringLiteral("name_en")) >= 0;
}

} // namespace

std::optional<ImportSample> ImportSample::read(const QString &path, int rows, QString *error)
{
    QFile file(path);
    if (!DataFile::open(file, error))
        return std::nullopt;
    ImportSample s;
    s.fileName = QFileInfo(path).fileName();
    const QByteArray head = file.read(DatasetFiles::sniffBytes);
    switch (DatasetFiles::sniff(head, path)) {
    case DatasetFiles::Content::Csv: {
        s.format = Format::Csv;
        // The header and the first rows are in the first 64 KB.
        if (!readCsv(head, rows, &s)) {
            setError(error,
                     ImportMapping::tr("%1: the file is empty or its header cannot be read")
                             .arg(path));
            return std::nullopt;
        }
        return s;
    }
    case DatasetFiles::Content::GraphMl:
    case DatasetFiles::Content::Gexf: {
        s.format = DatasetFiles::sniff(head, path) == DatasetFiles::Content::Gexf ? Format::Gexf
                                                                                  : Format::GraphMl;
        file.seek(0);
        QXmlStreamReader xml(&file);
        readGraph(xml, rows, &s);
        return s;
    }
    default:
        setError(error, QString());
        return std::nullopt;
    }
}

const QList<ImportMapping::Role> &ImportMapping::roles()
{
    static const QList<Role> all{ Role::Id,   Role::Name, Role::Kind,  Role::Source, Role::Target,
                                  Role::Type, Role::Date, Role::Start, Role::End };
    return all;
}

QString ImportMapping::key(Role role)
{
    static const char *const keys[] = { "id",   "name", "kind",  "source", "target",
                                        "type", "date", "start", "end" };
    return QLatin1String(keys[int(role)]);
}

bool ImportMapping::isNodeRole(Role role)
{
    return role == Role::Id || role == Role::Name || role == Role::Kind;
}

std::optional<ImportMapping::Role> ImportMapping::roleOf(const QString &field,
                                                         std::optional<bool> node) const
{
    for (Role r : roles()) {
        if (node && isNodeRole(r) != *node)
            continue;
        if (!field.isEmpty() && m_fields.at(int(r)).compare(field, Qt::CaseInsensitive) == 0)
            return r;
    }
    return std::nullopt;
}

bool ImportMapping::keeps(const QString &field) const
{
    return !m_kept || indexOf(*m_kept, field) >= 0;
}

bool ImportMapping::isEdgeList() const
{
    return !field(Role::Source).isEmpty() && !field(Role::Target).isEmpty();
}

namespace {

// The first of fields (not yet used) whose folded name is one of names, best name first.
QString findField(const QStringList &fields, const QStringList &names, const QStringList &used)
{
    for (const QString &name : names) {
        for (const QString &f : fields) {
            if (folded(f) == name && indexOf(used, f) < 0)
                return f;
        }
    }
    return {};
}

// Gephi's edge table has a column "Type" of Directed or Undirected: a direction, not a type.
bool holdsDirections(const ImportSample &sample, const QString &column)
{
    const qsizetype c = indexOf(sample.nodeFields, column);
    bool any = false;
    for (const QStringList &row : sample.nodeRows) {
        const QString v = row.value(c).toLower();
        if (v.isEmpty())
            continue;
        if (v != QLatin1String("directed") && v != QLatin1String("undirected"))
            return false;
        any = true;
    }
    return any;
}

} // namespace

ImportMapping ImportMapping::detect(const ImportSample &sample)
{
    // The usual names of each role, best first, as folded().
    static const QList<std::pair<Role, QStringList>> usual{
        { Role::Id, { "id", "nodeid", "key" } },
        { Role::Name, { "name", "label", "title", "nodename" } },
        { Role::Kind, { "kind", "labelv", "type", "category", "class", "nodetype" } },
        { Role::Type, { "type", "labele", "relation", "relationship", "kind" } },
        { Role::Date, { "date", "timestamp", "time" } },
        { Role::Start, { "start", "validfrom", "startdate", "begin", "since", "from" } },
        { Role::End, { "end", "validto", "validuntil", "enddate", "until", "to" } },
    };
    ImportMapping m;
    const bool csv = sample.isCsv();
    QStringList used;
    bool edges = false;
    if (csv) {
        const QString source =
                findField(sample.nodeFields,
                          { "source", "src", "startid", "from", "sourceid", "fromid" }, {});
        const QString target =
                findField(sample.nodeFields, { "target", "dst", "endid", "to", "targetid", "toid" },
                          { source });
        edges = !source.isEmpty() && !target.isEmpty();
        if (edges) {
            m.setField(Role::Source, source);
            m.setField(Role::Target, target);
            used << source << target;
        }
    }
    for (const auto &[role, names] : usual) {
        const bool nodeRole = isNodeRole(role);
        // A CSV lists either edges or nodes; a graph file's node ids are its own.
        if (csv ? (role != Role::Id && nodeRole == edges) : role == Role::Id)
            continue;
        const QStringList &fields = csv || nodeRole ? sample.nodeFields : sample.edgeFields;
        QStringList skip = csv ? used : QStringList();
        QString found = findField(fields, names, skip);
        if (csv && role == Role::Type && !found.isEmpty() && holdsDirections(sample, found)) {
            skip << found;
            found = findField(fields, names, skip);
        }
        if (!found.isEmpty()) {
            m.setField(role, found);
            used << found;
        }
    }
    return m;
}

QByteArray ImportMapping::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QLatin1String(kFormat));
    o.insert(QStringLiteral("version"), kVersion);
    for (Role r : roles()) {
        if (!field(r).isEmpty())
            o.insert(key(r), field(r));
    }
    if (m_kept)
        o.insert(QStringLiteral("keep"), QJsonArray::fromStringList(*m_kept));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

std::optional<ImportMapping> ImportMapping::fromJson(const QByteArray &json,
                                                     const QString &profileName, QString *error)
{
    const auto fail = [&](const QString &problem) {
        setError(error, tr("%1: %2").arg(profileName, problem));
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("not valid JSON at offset %1: %2")
                            .arg(parseError.offset)
                            .arg(parseError.errorString()));
    if (!doc.isObject())
        return fail(tr("an import mapping is a JSON object"));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return fail(tr("not an import mapping (\"format\" must be \"%1\")")
                            .arg(QLatin1String(kFormat)));
    if (const QJsonValue v = o.value(QStringLiteral("version")); v.toInt(-1) != kVersion)
        return fail(tr("version %1 is not supported (this Telco Atlas reads version %2)")
                            .arg(v.isDouble()
                                         ? QString::number(v.toDouble())
                                         : QStringLiteral("'%1'").arg(v.toVariant().toString()))
                            .arg(kVersion));
    ImportMapping m;
    QStringList known{ QStringLiteral("format"), QStringLiteral("version"),
                       QStringLiteral("keep") };
    for (Role r : roles()) {
        known << key(r);
        const QJsonValue v = o.value(key(r));
        if (v.isUndefined() || v.isNull())
            continue;
        if (!v.isString())
            return fail(tr("\"%1\" must be the name of a field (text)").arg(key(r)));
        m.setField(r, v.toString());
    }
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return fail(tr("unknown field \"%1\" (known: %2)")
                                .arg(it.key(), known.join(QStringLiteral(", "))));
    }
    if (const QJsonValue keep = o.value(QStringLiteral("keep")); !keep.isUndefined()) {
        if (!keep.isArray())
            return fail(tr("\"keep\" must be a list of field names"));
        QStringList fields;
        for (const QJsonValue &f : keep.toArray()) {
            if (!f.isString())
                return fail(tr("\"keep\" must be a list of field names"));
            fields << f.toString();
        }
        m.setKept(fields);
    }
    for (Role r : roles()) {
        for (Role s : roles()) {
            if (r < s && isNodeRole(r) == isNodeRole(s) && !m.field(r).isEmpty()
                && m.field(r).compare(m.field(s), Qt::CaseInsensitive) == 0)
                return fail(tr("the field '%1' is mapped twice, to %2 and to %3")
                                    .arg(m.field(r), key(r), key(s)));
        }
    }
    if (m.field(Role::Source).isEmpty() != m.field(Role::Target).isEmpty())
        return fail(tr("an edge list maps both \"source\" and \"target\""));
    return m;
}

std::optional<ImportMapping> ImportMapping::readFile(const QString &path, QString *error)
{
    const auto bytes = DataFile::read(path, error);
    if (!bytes)
        return std::nullopt;
    return fromJson(*bytes, path, error);
}

bool ImportMapping::writeFile(const QString &path, QString *error) const
{
    return DataFile::write(path, toJson(), error);
}

bool ImportMapping::check(const ImportSample &sample, const QString &profileName,
                          QString *error) const
{
    const QString what = sample.isCsv() ? tr("column") : tr("attribute");
    for (Role r : roles()) {
        const QString f = field(r);
        if (f.isEmpty())
            continue;
        const QStringList &fields =
                sample.isCsv() || isNodeRole(r) ? sample.nodeFields : sample.edgeFields;
        if (!sample.isCsv() && (r == Role::Id || r == Role::Source || r == Role::Target)) {
            setError(error,
                     tr("%1 maps the %2, but a graph file's nodes and edges carry their own "
                        "(%3 is %4)")
                             .arg(profileName, key(r), sample.fileName,
                                  sample.format == ImportSample::Format::Gexf
                                          ? QStringLiteral("GEXF")
                                          : QStringLiteral("GraphML")));
            return false;
        }
        if (indexOf(fields, f) < 0) {
            setError(error,
                     tr("%1 maps the %2 to %3 '%4', but %5 has no such %3 (it has: %6)")
                             .arg(profileName, key(r), what, f, sample.fileName,
                                  fields.join(QStringLiteral(", "))));
            return false;
        }
    }
    for (const QString &f : kept()) {
        if (indexOf(sample.nodeFields, f) < 0 && indexOf(sample.edgeFields, f) < 0) {
            QStringList all = sample.nodeFields;
            for (const QString &e : sample.edgeFields)
                addField(&all, e);
            setError(error,
                     tr("%1 keeps the %2 '%3', but %4 has no such %2 (it has: %5)")
                             .arg(profileName, what, f, sample.fileName,
                                  all.join(QStringLiteral(", "))));
            return false;
        }
    }
    if (sample.isCsv() && field(Role::Name).isEmpty() && !isEdgeList()) {
        setError(error,
                 tr("%1 maps neither a name column (a list of entities) nor a source and a "
                    "target column (a list of relationships) of %2")
                         .arg(profileName, sample.fileName));
        return false;
    }
    return true;
}

} // namespace atlas
