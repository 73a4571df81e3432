// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/document.h"

#include <QList>
#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QAction;
class QWidget;
QT_END_NAMESPACE

namespace atlas {

class EditCommand;

// The Edit menu's data commands: add an entity, event or relationship, edit or delete the
// selected record. Each runs its dialog and pushes one command on the document's undo stack, so
// every change can be undone and is stored by the document's edit sink. Edit and Delete follow
// the document's selection. Edits the document refuses (the database could not be written) are
// shown in a message box over the dialog parent.
class EditActions : public QObject
{
    Q_OBJECT
public:
    // dialogParent: the window the dialogs and messages belong to.
    EditActions(Document *document, QWidget *dialogParent, QObject *parent = nullptr);

    // In menu order: Add Entity…, Add Event…, Add Relationship…, a separator, Edit Selected…,
    // Delete Selected. Window-wide shortcuts: Ctrl+Shift+N, Ctrl+N, Ctrl+Shift+R, F2, Delete.
    QList<QAction *> actions() const;
    QAction *addEntityAction() const { return m_addEntity; }
    QAction *addEventAction() const { return m_addEvent; }
    QAction *addRelationshipAction() const { return m_addRelationship; }
    QAction *editSelectedAction() const { return m_editSelected; }
    QAction *deleteSelectedAction() const { return m_deleteSelected; }

    // A read-only database: every action is disabled until this is called with an empty reason.
    void setReadOnly(const QString &reason);
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }

public Q_SLOTS:
    // A new event starts with the selected entity as its subject, a new relationship from it.
    void addEntity();
    void addEvent();
    void addRelationship();
    void editSelected();
    void deleteSelected();

private:
    void updateActions();
    // Asks first when other records refer to the entity ("takes part in 3 events").
    bool confirmEntityRemoval(const QString &id);
    void push(EditCommand *command);

    Document *m_document;
    QPointer<QWidget> m_dialogParent;
    QAction *m_addEntity;
    QAction *m_addEvent;
    QAction *m_addRelationship;
    QAction *m_separator;
    QAction *m_editSelected;
    QAction *m_deleteSelected;
    QString m_readOnlyReason;
};

} // namespace atlas
