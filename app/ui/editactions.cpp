// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editactions.h"

#include "entitydialog.h"
#include "eventdialog.h"
#include "models/editcommands.h"
#include "relationshipdialog.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>
#include <QWidget>

#include <type_traits>

namespace atlas {

EditActions::EditActions(Document *document, QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_document(document), m_dialogParent(dialogParent)
{
    auto make = [this](const QString &text, const char *name, const QKeySequence &key,
                       void (EditActions::*slot)()) {
        auto *a = new QAction(text, this);
        a->setObjectName(QLatin1String(name));
        a->setShortcut(key);
        // Window-wide, so the commands work from whichever view has the focus; a text field
        // that has the focus still gets its own Delete key first.
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_addEntity = make(tr("Add &Entity…"), "addEntity",
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &EditActions::addEntity);
    m_addEntity->setStatusTip(tr("Add a company, model or product"));
    m_addEvent = make(tr("Add E&vent…"), "addEvent", QKeySequence::New, &EditActions::addEvent);
    m_addEvent->setStatusTip(tr("Add a dated event with its participants, amount and sources"));
    m_addRelationship =
            make(tr("Add &Relationship…"), "addRelationship",
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &EditActions::addRelationship);
    m_addRelationship->setStatusTip(tr("Add a relationship between two entities"));
    m_separator = new QAction(this);
    m_separator->setSeparator(true);
    m_editSelected = make(tr("Ed&it Selected…"), "editSelected", QKeySequence(Qt::Key_F2),
                          &EditActions::editSelected);
    m_editSelected->setStatusTip(tr("Edit the selected entity, event or relationship"));
    m_deleteSelected = make(tr("&Delete Selected"), "deleteSelected", QKeySequence::Delete,
                            &EditActions::deleteSelected);
    m_deleteSelected->setStatusTip(tr("Delete the selected record; Undo brings it back"));

    connect(m_document, &Document::selectionChanged, this, &EditActions::updateActions);
    connect(m_document, &Document::dataReset, this, &EditActions::updateActions);
    connect(m_document, &Document::applied, this, &EditActions::updateActions);
    connect(m_document, &Document::editFailed, this, [this](const QString &message) {
        QMessageBox::warning(m_dialogParent, tr("Cannot Change the Data"), message);
    });
    updateActions();
}

QList<QAction *> EditActions::actions() const
{
    return { m_addEntity, m_addEvent,     m_addRelationship,
             m_separator, m_editSelected, m_deleteSelected };
}

void EditActions::updateActions()
{
    const Document::Selection s = m_document->selection();
    const Dataset &data = m_document->data();
    bool exists = false;
    QString what;
    switch (s.type) {
    case Document::SelectionType::Entity:
        exists = data.entity(s.id);
        what = tr("Entity");
        break;
    case Document::SelectionType::Event:
        exists = data.event(s.id);
        what = tr("Event");
        break;
    case Document::SelectionType::Relationship:
        exists = data.relationship(s.id);
        what = tr("Relationship");
        break;
    case Document::SelectionType::None:
        break;
    }
    m_editSelected->setEnabled(exists);
    m_deleteSelected->setEnabled(exists);
    // Says what the command acts on, as the Undo action names what it undoes.
    m_editSelected->setText(exists ? tr("Ed&it %1…").arg(what) : tr("Ed&it Selected…"));
    m_deleteSelected->setText(exists ? tr("&Delete %1").arg(what) : tr("&Delete Selected"));
    // Relationships need two entities; the dialog has nothing to offer before.
    m_addRelationship->setEnabled(data.entities.size() >= 2);
    m_addEvent->setEnabled(!data.entities.isEmpty());
    m_addEntity->setEnabled(true); // again once a database that could not be edited is gone
    if (isReadOnly()) {
        for (QAction *a :
             { m_addEntity, m_addEvent, m_addRelationship, m_editSelected, m_deleteSelected })
            a->setEnabled(false);
    }
}

void EditActions::setReadOnly(const QString &reason)
{
    m_readOnlyReason = reason;
    updateActions();
}

void EditActions::push(EditCommand *command)
{
    if (command)
        m_document->undoStack()->push(command);
}

void EditActions::addEntity()
{
    EntityDialog dialog(m_document->data(), m_document->language(), m_dialogParent);
    if (dialog.exec() == QDialog::Accepted)
        push(EditCommands::addEntity(m_document, dialog.entity()));
}

void EditActions::addEvent()
{
    EventDialog dialog(m_document->data(), m_document->language(), m_dialogParent);
    const Document::Selection s = m_document->selection();
    if (s.type == Document::SelectionType::Entity && m_document->data().entity(s.id))
        dialog.addParticipant(s.id);
    if (dialog.exec() == QDialog::Accepted)
        push(EditCommands::addEvent(m_document, dialog.event(), dialog.newSources()));
}

void EditActions::addRelationship()
{
    RelationshipDialog dialog(m_document->data(), m_document->language(), m_dialogParent);
    const Document::Selection s = m_document->selection();
    if (s.type == Document::SelectionType::Entity && m_document->data().entity(s.id))
        dialog.setEnds(s.id, QString());
    if (dialog.exec() == QDialog::Accepted)
        push(EditCommands::addRelationship(m_document, dialog.relationship(), dialog.newSources()));
}

void EditActions::editSelected()
{
    const Document::Selection s = m_document->selection();
    const Dataset &data = m_document->data();
    // Opens Dialog on record, when there is one, and pushes the command made from the accepted
    // dialog.
    auto edit = [this, &data](auto dialogType, const auto *record, auto command) {
        using Dialog = typename decltype(dialogType)::type;
        if (!record)
            return;
        Dialog dialog(data, m_document->language(), *record, m_dialogParent);
        if (dialog.exec() == QDialog::Accepted)
            push(command(dialog));
    };
    switch (s.type) {
    case Document::SelectionType::Entity:
        edit(std::type_identity<EntityDialog>(), data.entity(s.id), [this](const EntityDialog &d) {
            return EditCommands::updateEntity(m_document, d.entity());
        });
        break;
    case Document::SelectionType::Event:
        edit(std::type_identity<EventDialog>(), data.event(s.id), [this](const EventDialog &d) {
            return EditCommands::updateEvent(m_document, d.event(), d.newSources());
        });
        break;
    case Document::SelectionType::Relationship:
        edit(std::type_identity<RelationshipDialog>(), data.relationship(s.id),
             [this](const RelationshipDialog &d) {
                 return EditCommands::updateRelationship(m_document, d.relationship(),
                                                         d.newSources());
             });
        break;
    case Document::SelectionType::None:
        break;
    }
}

bool EditActions::confirmEntityRemoval(const QString &id)
{
    const Dataset &data = m_document->data();
    const Entity *entity = data.entity(id);
    if (!entity)
        return false;
    const int events = int(data.eventsInvolving(id).size());
    const int relationships = int(data.relationshipRowsOf(id).size());
    // Nothing else refers to it: deleting loses nothing but the entity, and Undo brings it back.
    if (events == 0 && relationships == 0)
        return true;
    QMessageBox box(QMessageBox::Question, tr("Delete Entity"),
                    tr("Delete %1?").arg(entity->name.text(m_document->language())),
                    QMessageBox::NoButton, m_dialogParent);
    box.setObjectName(QStringLiteral("confirmDelete"));
    QStringList parts;
    if (events > 0)
        parts << tr("It takes part in %n event(s), which will no longer name it.", nullptr, events);
    if (relationships > 0)
        parts << tr("%n relationship(s) with it will be deleted.", nullptr, relationships);
    parts << tr("Edit → Undo brings everything back.");
    box.setInformativeText(parts.join(QLatin1Char(' ')));
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

void EditActions::deleteSelected()
{
    const Document::Selection s = m_document->selection();
    switch (s.type) {
    case Document::SelectionType::Entity:
        if (confirmEntityRemoval(s.id))
            push(EditCommands::removeEntity(m_document, s.id));
        break;
    case Document::SelectionType::Event:
        push(EditCommands::removeEvent(m_document, s.id));
        break;
    case Document::SelectionType::Relationship:
        push(EditCommands::removeRelationship(m_document, s.id));
        break;
    case Document::SelectionType::None:
        break;
    }
}

} // namespace atlas
