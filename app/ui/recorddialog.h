// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>

#include <optional>

#include "core/localizedtext.h"
#include "core/records.h"

QT_BEGIN_NAMESPACE
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
QT_END_NAMESPACE

namespace atlas {

struct Dataset;
class AttributeEditor;
class SourceListEditor;

// The frame of the entity, event and relationship dialogs: a form, a line that says what is
// wrong, and OK / Cancel. It checks the form as the user types: while a field is wrong OK is
// disabled, the field is outlined in red and its tooltip says why.
class RecordDialog : public QDialog
{
    Q_OBJECT
public:
    struct Problem
    {
        QWidget *field = nullptr;
        QString message;
    };

    // The problems of the form now; empty when OK may be pressed.
    QList<Problem> problems() const { return m_problems; }
    QPushButton *okButton() const;
    // Checks the form again; called on every change of an input.
    void revalidate();
    // Sources the record cites that the data does not have yet (none without a sources field).
    QList<Source> newSources() const;

protected:
    // language: the one data names are shown in (the document's); editedId: the id of the record
    // an edit dialog shows, nullopt for a new record.
    RecordDialog(Language language, QWidget *parent,
                 const std::optional<QString> &editedId = std::nullopt);

    Language language() const { return m_language; }
    bool isEditing() const { return m_editedId.has_value(); }
    // Makes the "id" field; subclasses call it where it belongs in the tab order. An edited
    // record's id shows read-only (an id never changes).
    QLineEdit *makeIdField();
    QLineEdit *idField() const { return m_id; }
    // A new record's id follows the other fields until the user types one.
    bool idFollows() const { return !isEditing() && !m_idTyped; }
    // Makes the field of the record's sources (cited ones of data, and new ones); its changes
    // check the form again.
    SourceListEditor *makeSourcesField(const Dataset &data);
    SourceListEditor *sourcesField() const { return m_sources; }
    // Adds the problem of a new source being typed in the sources field, if there is one.
    void checkNewSource(QList<Problem> *out) const;
    // Makes the table of the record's typed attributes; its changes check the form again.
    AttributeEditor *makeAttributesField();
    AttributeEditor *attributesField() const { return m_attributes; }
    // The attributes of the table (none without one), and what is wrong with them.
    Attributes attributes() const;
    void checkAttributes(QList<Problem> *out) const;
    QFormLayout *form() const { return m_form; }
    // The last rows of an event's or a relationship's form, made in this order: its sources
    // (cited ones of data, and new ones), its attributes and its id.
    void addSourcesAttributesAndId(const Dataset &data);
    // Subclasses make their fields into form().
    virtual void build() = 0;
    // Subclasses list what is wrong with the current input.
    virtual QList<Problem> check() const = 0;
    // For a subclass's constructor: builds the form, titles the dialog and checks the input.
    void setUp(const QString &title);
    // Connects the usual change signals of the input widgets below w to revalidate().
    void watch(QWidget *w);

private:
    Language m_language;
    std::optional<QString> m_editedId;
    QLineEdit *m_id = nullptr;
    bool m_idTyped = false;
    SourceListEditor *m_sources = nullptr;
    AttributeEditor *m_attributes = nullptr;
    QFormLayout *m_form;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QList<Problem> m_problems;
    QList<QPointer<QWidget>> m_marked;
};

} // namespace atlas
