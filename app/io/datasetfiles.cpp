// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetfiles.h"

#include "core/seterror.h"
#include "csvdataset.h"
#include "dartreader.h"
#include "datafile.h"
#include "datasetjson.h"
#include "graphmldataset.h"

#include <QFile>
#include <QFileInfo>

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
    const QByteArray &bytes = *read;
    // Saved OpenDART responses are JSON too, told apart by their content.
    if (DartReader::recognises(bytes)) {
        auto out = DartReader::read(bytes, path, current, error);
        if (out && !DataFile::readDone(progress, bytes.size(), error))
            return std::nullopt;
        return out;
    }
    auto data = DatasetJson::parseFragment(bytes, path, error);
    if (!data)
        return std::nullopt;
    if (!DataFile::readDone(progress, bytes.size(), error))
        return std::nullopt;
    ImportedData out;
    out.fileName = path;
    out.format = ImportedData::Format::Json;
    out.data = std::move(*data);
    return out;
}

} // namespace

std::optional<ImportedData> DatasetFiles::read(const QString &path, const Dataset &current, QString *error,
                                               const ProgressCallback &progress)
{
    const QString ext = extensionOf(path);
    if (ext == QLatin1String("json"))
        return readJson(path, current, error, progress);
    if (ext == QLatin1String("csv"))
        return CsvDataset::readFile(path, current, error, progress);
    if (ext == QLatin1String("graphml"))
        return GraphMlDataset::readFile(path, current, error, progress);
    // An OpenDART response saved under another name (".txt", none) is known by its content.
    if (QFile f(path); f.size() < (qint64(64) << 20) && f.open(QIODevice::ReadOnly) && DartReader::recognises(f.readAll()))
        return DartReader::readFile(path, current, error, progress);
    setError(error, tr("%1: cannot import files of type '%2'; Telco Atlas reads .json, .csv and .graphml")
                    .arg(path, ext.isEmpty() ? tr("(no extension)") : QLatin1Char('.') + ext));
    return std::nullopt;
}

std::optional<ImportedData::Format> DatasetFiles::writeFormat(const QString &path)
{
    const QString ext = extensionOf(path);
    if (ext == QLatin1String("json"))
        return ImportedData::Format::Json;
    if (ext == QLatin1String("graphml"))
        return ImportedData::Format::GraphMl;
    if (ext == QLatin1String("csv")) {
        return QFileInfo(path).completeBaseName().endsWith(QLatin1String("entities"), Qt::CaseInsensitive)
            ? ImportedData::Format::CsvEntities
            : ImportedData::Format::CsvEvents;
    }
    return std::nullopt;
}

bool DatasetFiles::write(const Dataset &data, const QString &path, QString *error, const ExtraAttributes &extra)
{
    const auto format = writeFormat(path);
    if (!format) {
        const QString ext = extensionOf(path);
        return setError(error, tr("%1: cannot export to files of type '%2'; Telco Atlas writes .json, .csv and .graphml")
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
    case ImportedData::Format::Dart:
        break; // never a write format
    }
    return false;
}

bool DatasetFiles::canRead(const QString &path)
{
    const QString ext = extensionOf(path);
    return ext == QLatin1String("json") || ext == QLatin1String("csv") || ext == QLatin1String("graphml");
}

QString DatasetFiles::importFilter()
{
    return tr("Data files (*.json *.csv *.graphml);;Telco Atlas dataset (*.json);;CSV events or entities (*.csv);;"
              "GraphML graph (*.graphml);;All files (*)");
}

QStringList DatasetFiles::exportFilters()
{
    return {tr("Telco Atlas dataset (*.json)"), tr("CSV events (*.csv)"), tr("CSV entities (*entities.csv)"),
            tr("GraphML graph (*.graphml)")};
}

} // namespace atlas
