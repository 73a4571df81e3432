// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "importdialog.h"
#include "importmappingdialog.h"
#include "io/datasetfiles.h"
#include "models/editcommands.h"
#include "models/workspace.h"

#include <QMessageBox>
#include <QUndoStack>

namespace atlas {

bool Importer::importInteractively(Workspace &workspace, const QString &path, QWidget *parent)
{
    Document *document = workspace.document();
    QString error;
    // A file of other columns or attribute names is read as the user maps it; our own files,
    // and the formats no mapping applies to, as they are.
    std::optional<ImportMapping> mapping;
    if (const auto sample = ImportSample::read(path, 20, &error); sample && !sample->ownFormat) {
        ImportMappingDialog dialog(*sample, parent);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        mapping = dialog.mapping();
    }
    auto incoming =
            readWithProgress(path, document->data(), parent, &error, mapping ? &*mapping : nullptr);
    if (!incoming) {
        if (error != ImportMessages::cancelled())
            QMessageBox::warning(parent, tr("Cannot Import"), error);
        return false;
    }
    return previewAndApply(workspace, std::move(*incoming), parent);
}

bool Importer::previewAndApply(Workspace &workspace, ImportedData incoming, QWidget *parent)
{
    Document *document = workspace.document();
    const QString label = incoming.fileName;
    // The plan is made for the data as it is now; a remote change while the preview is open
    // changes the count, and the document then checks the import's edit itself.
    const quint64 planned = document->changeCount();
    ImportDialog dialog(document->data(), std::move(incoming), document->language(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QString error;
    // The file's layout, when kept, belongs to the import: undo takes it away, redo puts it back.
    const QHash<QString, QPointF> positions = dialog.positions();
    EditCommand *command =
            EditCommands::import(document, dialog.plan(), label, positions,
                                 [&workspace](const QHash<QString, std::optional<QPointF>> &p,
                                              QString *e) { return workspace.placeNodes(p, e); });
    if (command && dialog.plan().mergedIsClean())
        command->setCheckedAt(planned);
    if (!command) {
        // Nothing new to write: the file's layout still applies to the entities it has.
        if (!workspace.setNodePositions(positions, &error))
            QMessageBox::warning(parent, tr("Cannot Keep the Layout"), error);
        return false;
    }
    // A failed write makes the command obsolete and is reported through Document::editFailed,
    // which the main window shows; so is a failure to save the kept layout.
    bool failed = false;
    const auto connection = QObject::connect(document, &Document::editFailed, document,
                                             [&failed](const QString &) { failed = true; });
    document->undoStack()->push(command);
    QObject::disconnect(connection);
    return !failed;
}

} // namespace atlas
