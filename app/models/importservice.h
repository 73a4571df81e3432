// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/importeddata.h"
#include "io/importplan.h"

#include <optional>

namespace atlas {

class ImportMapping;
class Workspace;

// Importing a file into the open database without a window: read (JSON, CSV, GraphML or GEXF,
// told by content), merge with a policy for ids already in use, check the result, and write it in
// one transaction. All or nothing: on any error the database and the document stay exactly as they
// were. The window's import (preview, progress, undo) is ui/importer.h.
namespace ImportService {

// How to read a CSV, GraphML or GEXF file with any columns (none: as the format's own), and the
// profile it came from, for messages.
struct Mapping
{
    const ImportMapping *mapping = nullptr;
    QString profileName;
};

// For `telco-atlas --import FILE`: no undo. *summary (when given) tells what was added
// ("12 new records, 2 already present."). stockCodes maps stock codes the data does not know to
// entity ids, for DART figures (--map-stock-code). keepPositions: the file's node positions (GEXF
// viz:position) become the graph's positions of the entities imported (--keep-positions), saved
// with them; else the graph lays them out as any other.
bool importFile(Workspace &workspace, const QString &path, DuplicatePolicy policy, QString *error,
                QString *summary = nullptr,
                const QList<std::pair<QString, QString>> &stockCodes = {},
                const Mapping &mapping = {}, bool keepPositions = false);

// "12 new records, 3 replace the database's…", as the command line and the import preview say it.
QString summary(const ImportPlan &plan, const ImportedData &incoming, const Dataset &merged,
                Language language);

// "skip", "replace", "keep-both" (for a command-line option); empty for anything else.
std::optional<DuplicatePolicy> policyFromName(const QString &name);

} // namespace ImportService

} // namespace atlas
