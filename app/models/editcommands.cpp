// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editcommands.h"

#include "core/displayname.h"
#include "io/importplan.h"

#include <QFileInfo>

namespace atlas {

EditCommand::EditCommand(Document *document, DataEdit edit, const QString &text,
                         Document::Selection select, QUndoCommand *parent)
    : QUndoCommand(text, parent),
      m_document(document),
      m_edit(std::move(edit)),
      m_selectAfter(select),
      m_selectBefore(document->selection())
{
    for (const auto &[row, entity] : m_edit.entities.removed) {
        if (const auto p = document->nodePosition(entity.id))
            m_positions.insert(entity.id, *p);
    }
}

bool EditCommand::run(const DataEdit &edit, const DataEdit *reversal)
{
    QString error;
    // Rows may have moved since the edit was made (another user's records came in above them);
    // then the document has changed since any check, and applyCheckedEdit() checks again.
    const DataEdit rebased = edit.rebasedOn(m_document->data());
    std::optional<DataEdit> reversed;
    if (reversal)
        reversed.emplace(rebased.reversedAlong(*reversal));
    const DataEdit *undo = reversed ? &*reversed : nullptr;
    const std::optional<quint64> checkedAt = std::exchange(m_checkedAt, std::nullopt);
    if (checkedAt ? m_document->applyCheckedEdit(rebased, *checkedAt, &error, undo)
                  : m_document->applyEdit(rebased, &error, undo))
        return true;
    m_document->reportEditFailure(error);
    return false;
}

void EditCommand::setPositions(const QHash<QString, QPointF> &positions, PositionWriter writer)
{
    m_positionsAfter.clear();
    m_positionsBefore.clear();
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        m_positionsAfter.insert(it.key(), it.value());
        m_positionsBefore.insert(it.key(), m_document->nodePosition(it.key()));
    }
    m_writePositions = std::move(writer);
}

// Positions of entities the data no longer has are left out: they went with their entities.
void EditCommand::writePositions(const QHash<QString, std::optional<QPointF>> &positions)
{
    QHash<QString, std::optional<QPointF>> present;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        if (m_document->data().entity(it.key()))
            present.insert(it.key(), it.value());
    }
    if (present.isEmpty())
        return;
    if (!m_writePositions) {
        for (auto it = present.cbegin(); it != present.cend(); ++it)
            m_document->setNodePosition(it.key(), it.value());
        return;
    }
    QString error;
    if (!m_writePositions(present, &error))
        m_document->reportEditFailure(error);
}

void EditCommand::redo()
{
    if (!run(m_edit, m_reversed ? &*m_reversed : nullptr)) {
        setObsolete(true);
        return;
    }
    writePositions(m_positionsAfter);
    if (m_selectAfter.type != Document::SelectionType::None)
        m_document->select(m_selectAfter.type, m_selectAfter.id);
}

void EditCommand::undo()
{
    // Made once, at the first undo: later undos and redos copy no record to reverse the edit.
    if (!m_reversed)
        m_reversed = m_edit.reversed();
    if (!run(*m_reversed, &m_edit)) {
        setObsolete(true);
        return;
    }
    for (auto it = m_positions.cbegin(); it != m_positions.cend(); ++it)
        m_document->setNodePosition(it.key(), it.value());
    writePositions(m_positionsBefore);
    m_document->select(m_selectBefore.type, m_selectBefore.id);
}

namespace {

EditCommand *command(Document *document, DataEdit edit, const QString &text,
                     Document::Selection select = {})
{
    if (edit.isEmpty())
        return nullptr;
    return new EditCommand(document, std::move(edit), text, select);
}

} // namespace

EditCommand *EditCommands::addEntity(Document *document, const Entity &entity)
{
    return command(document, DataEdit::addEntity(document->data(), entity),
                   tr("Add Entity “%1”").arg(entity.name.text(document->language())),
                   { Document::SelectionType::Entity, entity.id });
}

EditCommand *EditCommands::updateEntity(Document *document, const Entity &entity)
{
    return command(document, DataEdit::updateEntity(document->data(), entity),
                   tr("Edit Entity “%1”").arg(entity.name.text(document->language())),
                   { Document::SelectionType::Entity, entity.id });
}

EditCommand *EditCommands::removeEntity(Document *document, const QString &id)
{
    const Entity *entity = document->data().entity(id);
    if (!entity)
        return nullptr;
    return command(document, DataEdit::removeEntity(document->data(), id),
                   tr("Delete Entity “%1”").arg(entity->name.text(document->language())));
}

EditCommand *EditCommands::addEvent(Document *document, const Event &event,
                                    const QList<Source> &newSources)
{
    return command(document, DataEdit::addEvent(document->data(), event, newSources),
                   tr("Add Event “%1”").arg(event.title.text(document->language())),
                   { Document::SelectionType::Event, event.id });
}

EditCommand *EditCommands::updateEvent(Document *document, const Event &event,
                                       const QList<Source> &newSources)
{
    return command(document, DataEdit::updateEvent(document->data(), event, newSources),
                   tr("Edit Event “%1”").arg(event.title.text(document->language())),
                   { Document::SelectionType::Event, event.id });
}

EditCommand *EditCommands::removeEvent(Document *document, const QString &id)
{
    const Event *event = document->data().event(id);
    if (!event)
        return nullptr;
    return command(document, DataEdit::removeEvent(document->data(), id),
                   tr("Delete Event “%1”").arg(event->title.text(document->language())));
}

namespace {
QString relationshipName(const Document *document, const Relationship &r)
{
    const Dataset &d = document->data();
    auto name = [&](const QString &id) { return displayName(d, id, document->language()); };
    return QStringLiteral("%1 – %2").arg(name(r.fromId), name(r.toId));
}
} // namespace

EditCommand *EditCommands::addRelationship(Document *document, const Relationship &relationship,
                                           const QList<Source> &newSources)
{
    return command(document, DataEdit::addRelationship(document->data(), relationship, newSources),
                   tr("Add Relationship “%1”").arg(relationshipName(document, relationship)),
                   { Document::SelectionType::Relationship, relationship.id });
}

EditCommand *EditCommands::updateRelationship(Document *document, const Relationship &relationship,
                                              const QList<Source> &newSources)
{
    return command(document,
                   DataEdit::updateRelationship(document->data(), relationship, newSources),
                   tr("Edit Relationship “%1”").arg(relationshipName(document, relationship)),
                   { Document::SelectionType::Relationship, relationship.id });
}

EditCommand *EditCommands::removeRelationship(Document *document, const QString &id)
{
    const Relationship *r = document->data().relationship(id);
    if (!r)
        return nullptr;
    return command(document, DataEdit::removeRelationship(document->data(), id),
                   tr("Delete Relationship “%1”").arg(relationshipName(document, *r)));
}

EditCommand *EditCommands::import(Document *document, const ImportPlan &plan,
                                  const QString &fileName, const QHash<QString, QPointF> &positions,
                                  EditCommand::PositionWriter writer)
{
    if (!plan.isValid())
        return nullptr;
    EditCommand *c = command(document, plan.toEdit(document->data()),
                             tr("Import %1").arg(QFileInfo(fileName).fileName()));
    if (c)
        c->setPositions(positions, std::move(writer));
    return c;
}

} // namespace atlas
