// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetfiles.h"

#include "core/seterror.h"
#include "csvdataset.h"
#include "dartreader.h"
#include "datafile.h"
#include "csvtable.h"
#include "datasetjson.h"
#include "gexfdataset.h"
#include "graphmldataset.h"
#include "importmapping.h"

#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

namespace atlas {

namespace {

QString extensionOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}

std::optional<ImportedData> readJson(const QString &path, const Dataset &current, QString *error,
                                     const ProgressCallback &progress)
{
    // The JSON parser takes the text in one piece: progress moves before and after it.
    const auto read = DataFile::read(path, error, progress);
    if (!read)
        return std::nullopt;
    QByteArray bytes = std::move(*read);
    const qsizetype size = bytes.size();
    // Saved OpenDART responses are JSON too, told apart by their content.
    if (DartReader::recognises(bytes)) {
        auto out = DartReader::read(bytes, path, current, error);
        if (out && !DataFile::readDone(progress, size, error))
            return std::nullopt;
        return out;
    }
    auto data = DatasetJson::parseFragment(std::move(bytes), path, error);
    if (!data)
        return std::nullopt;
    if (!DataFile::readDone(progress, size, error))
        return std::nullopt;
    ImportedData out;
    out.fileName = path;
    out.format = ImportedData::Format::Json;
    out.data = std::move(*data);
    return out;
}

// Binary files people pick by mistake, named by their first bytes.
QString describeBinary(const QByteArray &head)
{
    if (head.startsWith("%PDF"))
        return DatasetFiles::tr("a PDF document");
    if (head.startsWith("PK\x03\x04"))
        return DatasetFiles::tr("a ZIP archive (such as an .xlsx workbook or a .gephi project)");
    if (head.startsWith("\x89PNG"))
        return DatasetFiles::tr("a PNG picture");
    if (head.startsWith("SQLite format 3"))
        return DatasetFiles::tr("an SQLite database");
    if (head.startsWith("\x1f\x8b"))
        return DatasetFiles::tr("a gzip-compressed file");
    return QString();
}

// The name of the root element, found by bytes alone past the XML declaration, comments and a
// document type: for files the XML reader stops on before it reaches the root (bad bytes after
// the root's start tag, which it decodes ahead). Without a namespace prefix; empty when unclear.
QString rootByBytes(QByteArrayView text)
{
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && QChar::isSpace(uchar(text.at(i))))
            ++i;
        const QByteArrayView rest = text.sliced(i);
        const char *close = rest.startsWith("<?") ? "?>"
                : rest.startsWith("<!--")         ? "-->"
                : rest.startsWith("<!")           ? ">"
                                                  : nullptr;
        if (!close)
            break;
        const qsizetype at = rest.indexOf(QByteArrayView(close));
        if (at < 0)
            return QString();
        i += at + qstrlen(close);
    }
    if (i >= text.size() || text.at(i) != '<')
        return QString();
    qsizetype end = i + 1;
    while (end < text.size() && !QChar::isSpace(uchar(text.at(end))) && text.at(end) != '/'
           && text.at(end) != '>')
        ++end;
    const QString name = QString::fromUtf8(text.sliced(i + 1, end - i - 1));
    return name.section(QLatin1Char(':'), -1);
}

// The first CSV record of text, lower-cased and trimmed; empty when it cannot be read.
QSet<QString> headerNames(const QByteArray &text)
{
    CsvTable table(text);
    CsvTable::Record header;
    QString error;
    QSet<QString> names;
    if (!table.next(&header, &error))
        return names;
    for (const auto &f : std::as_const(header.fields)) {
        QString name;
        table.decode(f, &name);
        names.insert(name.trimmed().toLower());
    }
    return names;
}

} // namespace

DatasetFiles::Content DatasetFiles::sniff(const QByteArray &head, const QString &path,
                                          QString *found)
{
    const auto unknown = [found](const QString &what) {
        if (found)
            *found = what;
        return Content::Unknown;
    };
    QByteArrayView text(head);
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    const bool utf16 = text.startsWith("\xFF\xFE") || text.startsWith("\xFE\xFF");
    if (text.trimmed().isEmpty())
        return unknown(tr("an empty file"));
    if (const QString binary = describeBinary(head); !binary.isEmpty())
        return unknown(binary);
    if (!utf16 && text.contains('\0'))
        return unknown(tr("binary data, not text"));
    const QByteArrayView start = text.trimmed();
    if (utf16 || start.startsWith('<')) {
        QXmlStreamReader xml(head);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QString root = xml.name().toString();
            if (root == QLatin1String("graphml"))
                return Content::GraphMl;
            if (root == QLatin1String("gexf"))
                return Content::Gexf;
            const QString ns = xml.namespaceUri().toString();
            return unknown(
                    ns.isEmpty() ? tr("an XML file whose root element is <%1>, not GraphML or GEXF")
                                           .arg(root)
                                 : tr("an XML file whose root element is <%1> (namespace %2), not "
                                      "GraphML or GEXF")
                                           .arg(root, ns));
        }
        // The reader of the format gives the line of what is wrong past the root's start tag.
        const QString root = rootByBytes(text);
        if (root == QLatin1String("graphml"))
            return Content::GraphMl;
        if (root == QLatin1String("gexf"))
            return Content::Gexf;
        if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
            return unknown(tr("an XML file whose root element is not within its first %n KB",
                              nullptr, int(sniffBytes / 1024)));
        return unknown(tr("a file that starts like XML but is not well-formed before its root "
                          "element (line %1: %2)")
                               .arg(xml.lineNumber())
                               .arg(xml.errorString()));
    }
    if (start.startsWith('{') || start.startsWith('['))
        return Content::Json;
    if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return Content::Csv;
    const QSet<QString> names = headerNames(text.toByteArray());
    const auto has = [&names](std::initializer_list<const char *> columns) {
        return std::all_of(columns.begin(), columns.end(),
                           [&names](const char *c) { return names.contains(QLatin1String(c)); });
    };
    if (has({ "date", "kind", "title", "participants" }) || has({ "name", "kind" }))
        return Content::Csv;
    QString firstLine = QString::fromUtf8(text.first(std::min<qsizetype>(text.size(), 200)))
                                .section(QLatin1Char('\n'), 0, 0)
                                .trimmed();
    if (firstLine.size() > 60)
        firstLine = firstLine.left(60) + QStringLiteral("…");
    return unknown(
            tr("a text file whose first line is '%1': not GraphML, GEXF, JSON, or a CSV header "
               "with the "
               "columns of events (date, kind, title, participants) or of entities (name, kind)")
                    .arg(firstLine));
}

std::optional<ImportedData> DatasetFiles::readMapped(const QString &path, const Dataset &current,
                                                     const ImportMapping &mapping,
                                                     const QString &profileName, QString *error,
                                                     const ProgressCallback &progress)
{
    QString sampleError;
    const auto sample = ImportSample::read(path, 0, &sampleError);
    if (!sample) {
        setError(error,
                 !sampleError.isEmpty()
                         ? sampleError
                         : tr("%1: an import mapping applies to CSV, GraphML and GEXF files only")
                                   .arg(path));
        return std::nullopt;
    }
    if (!mapping.check(*sample, profileName.isEmpty() ? tr("the import mapping") : profileName,
                       error))
        return std::nullopt;
    switch (sample->format) {
    case ImportSample::Format::Csv: {
        const auto bytes = DataFile::read(path, error, progress);
        if (!bytes)
            return std::nullopt;
        return CsvDataset::parseMapped(*bytes, path, current, mapping, error, progress);
    }
    case ImportSample::Format::GraphMl:
        return GraphMlDataset::readFile(path, current, error, progress, &mapping);
    case ImportSample::Format::Gexf:
        return GexfDataset::readFile(path, current, error, progress, &mapping);
    }
    return std::nullopt;
}

std::optional<ImportedData> DatasetFiles::read(const QString &path, const Dataset &current,
                                               QString *error, const ProgressCallback &progress)
{
    QByteArray head;
    {
        QFile f(path);
        if (!DataFile::open(f, error))
            return std::nullopt;
        head = f.read(sniffBytes);
    }
    QString found;
    switch (sniff(head, path, &found)) {
    case Content::Json:
        return readJson(path, current, error, progress);
    case Content::Csv:
        return CsvDataset::readFile(path, current, error, progress);
    case Content::GraphMl:
        return GraphMlDataset::readFile(path, current, error, progress);
    case Content::Gexf:
        return GexfDataset::readFile(path, current, error, progress);
    case Content::Unknown:
        break;
    }
    setError(error,
             tr("%1: cannot import %2. Telco Atlas imports GraphML, GEXF, its JSON dataset, saved "
                "OpenDART "
                "responses and CSV files of events or entities.")
                     .arg(path, found));
    return std::nullopt;
}

std::optional<ImportedData::Format> DatasetFiles::writeFormat(const QString &path)
{
    const QString ext = extensionOf(path);
    if (ext == QLatin1String("json"))
        return ImportedData::Format::Json;
    if (ext == QLatin1String("graphml"))
        return ImportedData::Format::GraphMl;
    if (ext == QLatin1String("gexf"))
        return ImportedData::Format::Gexf;
    if (ext == QLatin1String("csv")) {
        return QFileInfo(path).completeBaseName().endsWith(QLatin1String("entities"),
                                                           Qt::CaseInsensitive)
                ? ImportedData::Format::CsvEntities
                : ImportedData::Format::CsvEvents;
    }
    return std::nullopt;
}

bool DatasetFiles::write(const Dataset &data, const QString &path, QString *error,
                         const ExtraAttributes &extra, const GexfOptions &gexf)
{
    const auto format = writeFormat(path);
    if (!format) {
        const QString ext = extensionOf(path);
        return setError(
                error,
                tr("%1: cannot export to files of type '%2'; Telco Atlas writes .json, .csv, "
                   ".graphml and .gexf")
                        .arg(path, ext.isEmpty() ? tr("(no extension)") : QLatin1Char('.') + ext));
    }
    switch (*format) {
    case ImportedData::Format::Json:
        return DatasetJson::writeFile(data, path, error);
    case ImportedData::Format::CsvEvents:
        return CsvDataset::writeFile(data, CsvDataset::Kind::Events, path, error);
    case ImportedData::Format::CsvEntities:
        return CsvDataset::writeFile(data, CsvDataset::Kind::Entities, path, error);
    case ImportedData::Format::GraphMl:
        return GraphMlDataset::writeFile(data, path, error, extra);
    case ImportedData::Format::Gexf:
        return GexfDataset::writeFile(data, path, error, gexf.version, gexf.viz);
    case ImportedData::Format::Dart:
        break; // never a write format
    }
    return false;
}

bool DatasetFiles::canRead(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && sniff(f.read(sniffBytes), path) != Content::Unknown;
}

QString DatasetFiles::importFilter()
{
    return tr("Data files (*.json *.csv *.graphml *.gexf *.xml);;Telco Atlas dataset (*.json);;CSV "
              "events or entities (*.csv);;"
              "GraphML graph (*.graphml *.xml);;GEXF graph (*.gexf);;All files (*)");
}

QString DatasetFiles::gexf12Filter()
{
    return tr("GEXF 1.2 graph, for networkx 2 (*.gexf)");
}

QStringList DatasetFiles::exportFilters()
{
    return { tr("Telco Atlas dataset (*.json)"), tr("CSV events (*.csv)"),
             tr("CSV entities (*entities.csv)"), tr("GraphML graph (*.graphml)"),
             tr("GEXF 1.3 graph (*.gexf)"),      gexf12Filter() };
}

} // namespace atlas
