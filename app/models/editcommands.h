// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "core/dataedit.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointF>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace atlas {

class ImportPlan;

// One user edit on the undo stack: a DataEdit applied by redo() and reversed by undo(), each
// through Document::applyEdit, so the database follows. A redo the document refuses (the
// database could not be written) makes the command obsolete: the stack drops it, and the
// document reports the failure through Document::editFailed.
class EditCommand : public QUndoCommand
{
public:
    // select: what to select after redo() (the new or edited record); undo() restores the
    // selection from before.
    EditCommand(Document *document, DataEdit edit, const QString &text,
                Document::Selection select = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    const DataEdit &edit() const { return m_edit; }

    // Writes graph positions (none: the layout places the node) in the document and where they
    // are kept; false with *error when that fails. Workspace::setNodePositions saves them in one
    // transaction.
    using PositionWriter = std::function<bool(
            const QHash<QString, std::optional<QPointF>> &positions, QString *error)>;
    // Graph positions the edit gives (an import keeping the file's layout): written after each
    // redo(), and undo() writes back what those entities had before (the entities the undo
    // removes lose theirs with them). Without a writer they go to the document alone. Call before
    // the command is pushed, while the document is as it was before the edit.
    void setPositions(const QHash<QString, QPointF> &positions, PositionWriter writer = {});
    // The first redo() applies the edit with Document::applyCheckedEdit(): whoever made it checked
    // the whole data after it, clean, when the document's changeCount() was changeCount (an
    // import plan). Later redos and undos are checked by the document as usual.
    void setCheckedAt(quint64 changeCount) { m_checkedAt = changeCount; }

private:
    // Applies edit; reversal: an earlier reversal of it (its changed records swapped), if any.
    bool run(const DataEdit &edit, const DataEdit *reversal);
    void writePositions(const QHash<QString, std::optional<QPointF>> &positions);

    Document *m_document;
    DataEdit m_edit;
    // m_edit.reversed(), from the first undo on.
    std::optional<DataEdit> m_reversed;
    Document::Selection m_selectAfter;
    Document::Selection m_selectBefore;
    // Graph positions of the entities the edit removes, put back by undo().
    QHash<QString, QPointF> m_positions;
    // Positions the edit gives (setPositions()), and those the same entities had before.
    QHash<QString, std::optional<QPointF>> m_positionsAfter;
    QHash<QString, std::optional<QPointF>> m_positionsBefore;
    PositionWriter m_writePositions;
    std::optional<quint64> m_checkedAt;
};

// The commands of each edit: they work out the DataEdit from the document's data now, and name
// the edit for Edit → Undo and the undo history ("Add Entity “Upstage”"). nullptr when there is
// nothing to do (an unknown id, an update that changes nothing).
class EditCommands
{
    Q_DECLARE_TR_FUNCTIONS(atlas::EditCommands)

public:
    static EditCommand *addEntity(Document *document, const Entity &entity);
    static EditCommand *updateEntity(Document *document, const Entity &entity);
    static EditCommand *removeEntity(Document *document, const QString &id);
    static EditCommand *addEvent(Document *document, const Event &event,
                                 const QList<Source> &newSources = {});
    static EditCommand *updateEvent(Document *document, const Event &event,
                                    const QList<Source> &newSources = {});
    static EditCommand *removeEvent(Document *document, const QString &id);
    static EditCommand *addRelationship(Document *document, const Relationship &relationship,
                                        const QList<Source> &newSources = {});
    static EditCommand *updateRelationship(Document *document, const Relationship &relationship,
                                           const QList<Source> &newSources = {});
    static EditCommand *removeRelationship(Document *document, const QString &id);
    // positions: the file's node positions to keep (see EditCommand::setPositions()).
    static EditCommand *import(Document *document, const ImportPlan &plan, const QString &fileName,
                               const QHash<QString, QPointF> &positions = {},
                               EditCommand::PositionWriter writer = {});
};

} // namespace atlas
