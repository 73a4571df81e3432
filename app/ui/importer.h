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

class Workspace;

// Importing a file into the open database: read (JSON, CSV or GraphML by extension), merge with
// a policy for ids already in use, check the result, and write it in one transaction. All or
// nothing: on any error the database and the document stay exactly as they were.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(atlas::Importer)

public:
    // For `telco-atlas --import FILE`: no window, no undo. *summary (when given) tells what was
    // added ("12 new records, 2 already present.").
    static bool importFile(Workspace &workspace, const QString &path, DuplicatePolicy policy, QString *error,
                           QString *summary = nullptr);

    // For File → Import… and files dropped on the window: reads with a progress dialog that can
    // cancel, shows the preview (ImportDialog), and applies the import as one undoable command.
    // False when the user cancelled or it failed; failures are shown in a message box.
    static bool importInteractively(Workspace &workspace, const QString &path, QWidget *parent);

    // The preview (ImportDialog) of data already read, then the import as one undoable command;
    // shared by File → Import… and File → Update Figures from DART….
    static bool previewAndApply(Workspace &workspace, ImportedData incoming, QWidget *parent);

    // Reads on a worker thread while a QProgressDialog shows progress; Cancel stops the read
    // (the error is then ImportMessages::cancelled()).
    static std::optional<ImportedData> readWithProgress(const QString &path, const Dataset &current, QWidget *parent,
                                                        QString *error);

    // "skip", "replace", "keep-both" (for a command-line option); empty for anything else.
    static std::optional<DuplicatePolicy> policyFromName(const QString &name);
};

} // namespace atlas
