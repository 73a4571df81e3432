// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QPointF>
#include <QUndoCommand>

#include <optional>

namespace atlas {

class Document;

// One drag of one graph node, as one step on the Document's undo stack. It changes only the
// Document's saved position; the graph follows (and the workspace saves it). Undoing a first drag
// removes the position, so the node goes back to wherever the layout put it. Keyboard nudges
// (Shift+arrow) of one node in a row merge into one step, as moves do in Qt's Undo Framework
// example; drags never merge.
class MoveNodeCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(atlas::MoveNodeCommand)

public:
    // Unpin: after is empty, the node goes back to where the layout puts it.
    enum class Kind { Drag, Nudge, Unpin };

    MoveNodeCommand(Document *document, const QString &entityId,
                    const std::optional<QPointF> &before, const std::optional<QPointF> &after,
                    Kind kind = Kind::Drag, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    QString entityId() const { return m_entityId; }

private:
    Document *m_document;
    QString m_entityId;
    std::optional<QPointF> m_before;
    std::optional<QPointF> m_after;
    Kind m_kind;
};

} // namespace atlas
