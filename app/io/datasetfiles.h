// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importeddata.h"

#include <QCoreApplication>

#include <optional>

namespace atlas {

// Reading and writing any of the file formats, chosen by the file name's extension:
//   .json     the dataset format (resources/dataset/FORMAT.md), everything
//   .csv      events, or entities (resources/dataset/CSV.md). Read: entities when the header has
//             name and kind and no date. Written: entities when the name ends in "entities.csv"
//   .graphml  entities and relationships
// and, by content whatever the extension, saved OpenDART responses: quarterly figures (DartReader)
// The one entry point for File → Import / Export, drag and drop, and --import / --export.
class DatasetFiles
{
    Q_DECLARE_TR_FUNCTIONS(atlas::DatasetFiles)

public:
    // An unknown extension is an error naming it and the ones known. current resolves names and
    // references of the file (see ImportPlan for merging the result).
    static std::optional<ImportedData> read(const QString &path, const Dataset &current, QString *error,
                                            const ProgressCallback &progress = {});
    // Atomic: the file is replaced only when all of it was written. extra: attributes an earlier
    // GraphML import brought, written back to GraphML.
    static bool write(const Dataset &data, const QString &path, QString *error, const ExtraAttributes &extra = {});

    static std::optional<ImportedData::Format> writeFormat(const QString &path);
    static bool canRead(const QString &path);
    // Name filters for QFileDialog.
    static QString importFilter();
    static QStringList exportFilters();
};

} // namespace atlas
