// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/importeddata.h"
#include "io/importplan.h"

#include <QCoreApplication>

#include <optional>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace atlas {

class ImportMapping;
class Workspace;

// Importing a file into the open database from the window: all or nothing, as
// ImportService::importFile (models/importservice.h), which the command line uses.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(atlas::Importer)

public:
    // For File → Import… and files dropped on the window: reads with a progress dialog that can
    // cancel, shows the preview (ImportDialog), and applies the import as one undoable command.
    // False when the user cancelled or it failed; failures are shown in a message box.
    static bool importInteractively(Workspace &workspace, const QString &path, QWidget *parent);

    // The preview (ImportDialog) of data already read, then the import as one undoable command;
    // shared by File → Import… and File → Update Figures from DART….
    static bool previewAndApply(Workspace &workspace, ImportedData incoming, QWidget *parent);

    // Reads on a worker thread while a QProgressDialog shows progress; Cancel stops the read
    // (the error is then ImportMessages::cancelled()). With a mapping, the file is read as it
    // says (DatasetFiles::readMapped).
    static std::optional<ImportedData> readWithProgress(const QString &path, const Dataset &current,
                                                        QWidget *parent, QString *error,
                                                        const ImportMapping *mapping = nullptr);
};

} // namespace atlas
