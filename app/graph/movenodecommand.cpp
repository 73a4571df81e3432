// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "movenodecommand.h"

#include "core/displayname.h"
#include "models/document.h"

namespace atlas {

MoveNodeCommand::MoveNodeCommand(Document *document, const QString &entityId,
                                 const std::optional<QPointF> &before,
                                 const std::optional<QPointF> &after, Kind kind,
                                 QUndoCommand *parent)
    : QUndoCommand(parent),
      m_document(document),
      m_entityId(entityId),
      m_before(before),
      m_after(after),
      m_kind(kind)
{
    const QString name = displayName(document->data(), entityId, document->language());
    setText(kind == Kind::Unpin ? tr("Unpin %1").arg(name) : tr("Move %1").arg(name));
}

void MoveNodeCommand::undo()
{
    m_document->setNodePosition(m_entityId, m_before);
}

void MoveNodeCommand::redo()
{
    m_document->setNodePosition(m_entityId, m_after);
}

int MoveNodeCommand::id() const
{
    // Only nudges merge; -1 tells QUndoStack never to try.
    return m_kind == Kind::Nudge ? 0x6e756467 : -1;
}

bool MoveNodeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const MoveNodeCommand *>(other);
    if (next->m_entityId != m_entityId)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace atlas
