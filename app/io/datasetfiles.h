// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gexfdataset.h"
#include "importeddata.h"

#include <QCoreApplication>

#include <optional>

namespace atlas {

class ImportMapping;

// How DatasetFiles::write() writes a GEXF file: its version, and how its nodes are drawn.
struct GexfOptions
{
    GexfDataset::Version version = GexfDataset::Version::Gexf13;
    GexfDataset::Viz viz;
};

// Reading and writing any of the file formats. Files are read by what they hold, whatever
// their name (a GraphML file called "songs.xml" imports); the first 64 KB tell:
//   an XML root <graphml>  GraphML: entities and relationships
//   an XML root <gexf>     GEXF 1.1, 1.2 or 1.3 (Gephi): entities and relationships
//   a JSON object or array the dataset format (resources/dataset/FORMAT.md), or saved OpenDART
//                          responses: quarterly figures (DartReader)
//   a CSV header           events, or entities (resources/dataset/CSV.md); a .csv file is always
//                          read as CSV, another name only when its header has the columns
//                          of events or entities
// Anything else is refused with a message naming the file and what it holds ("an XML file whose
// root element is <svg>, not GraphML or GEXF"). Written by extension: .json, .csv (entities when
// the name ends in "entities.csv"), .graphml, .gexf (GEXF 1.3).
// The one entry point for File → Import / Export, drag and drop, and --import / --export.
class DatasetFiles
{
    Q_DECLARE_TR_FUNCTIONS(atlas::DatasetFiles)

public:
    // Content nobody reads is an error naming the file and what it holds. current resolves names
    // and references of the file (see ImportPlan for merging the result).
    static std::optional<ImportedData> read(const QString &path, const Dataset &current,
                                            QString *error, const ProgressCallback &progress = {});
    // A CSV, GraphML or GEXF file read as mapping says (see ImportMapping), after checking that
    // the file has every field the mapping names; profileName (the profile's path, or empty for
    // a mapping made in the window) labels those messages.
    static std::optional<ImportedData> readMapped(const QString &path, const Dataset &current,
                                                  const ImportMapping &mapping,
                                                  const QString &profileName, QString *error,
                                                  const ProgressCallback &progress = {});
    // Atomic: the file is replaced only when all of it was written. extra: attributes an earlier
    // GraphML import brought, written back to GraphML.
    static bool write(const Dataset &data, const QString &path, QString *error,
                      const ExtraAttributes &extra = {}, const GexfOptions &gexf = {});

    enum class Content { Unknown, Json, Csv, GraphMl, Gexf };
    // What a file holds, told by its first bytes (head: at most its first 64 KB) and, for CSV
    // without the header of events or entities, its name. For Unknown, *found (when given) says
    // what was found instead, for a message: "an XML file whose root element is <svg>, ...".
    static Content sniff(const QByteArray &head, const QString &path, QString *found = nullptr);
    static constexpr qint64 sniffBytes = 64 * 1024;

    static std::optional<ImportedData::Format> writeFormat(const QString &path);
    // Whether the file at path holds something the import reads (by content, as read does).
    static bool canRead(const QString &path);
    // Name filters for QFileDialog.
    static QString importFilter();
    static QStringList exportFilters();
    // The export filter that writes GEXF 1.2 (the 1.2draft namespace); the other .gexf filter
    // writes 1.3.
    static QString gexf12Filter();
};

} // namespace atlas
