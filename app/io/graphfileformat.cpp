// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphfileformat.h"

#include "datafile.h"

#include <QBuffer>
#include <QFile>
#include <QXmlStreamWriter>

#include <algorithm>

namespace atlas::GraphFiles {

std::optional<ImportedData> parse(ReadFunction read, const QByteArray &xml, const QString &fileName,
                                  const Dataset &current, QString *error,
                                  const ProgressCallback &progress)
{
    QBuffer buffer;
    buffer.setData(xml);
    buffer.open(QIODevice::ReadOnly);
    return read(&buffer, fileName, current, error, progress);
}

std::optional<ImportedData> readFile(ReadFunction read, const QString &path, const Dataset &current,
                                     QString *error, const ProgressCallback &progress)
{
    QFile f(path);
    if (!DataFile::open(f, error))
        return std::nullopt;
    return read(&f, path, current, error, progress);
}

QByteArray writeDocument(const QString &ns, const QString &root,
                         const QList<std::pair<QString, QString>> &attributes,
                         const QString &schemaLocation,
                         const std::function<void(QXmlStreamWriter &)> &body)
{
    static const auto xsiNamespace = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter w(&buffer);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartDocument();
    w.writeDefaultNamespace(ns);
    w.writeNamespace(xsiNamespace, QStringLiteral("xsi"));
    w.writeStartElement(ns, root);
    for (const auto &[name, value] : attributes)
        w.writeAttribute(name, value);
    w.writeAttribute(xsiNamespace, QStringLiteral("schemaLocation"), schemaLocation);
    body(w);
    w.writeEndElement(); // root
    w.writeEndDocument();
    return out;
}

bool anyDirected(const Dataset &data)
{
    return std::any_of(data.relationships.cbegin(), data.relationships.cend(),
                       [](const Relationship &r) { return r.isDirected(); });
}

} // namespace atlas::GraphFiles
