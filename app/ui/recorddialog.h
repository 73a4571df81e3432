// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>

#include "core/localizedtext.h"

QT_BEGIN_NAMESPACE
class QDialogButtonBox;
class QFormLayout;
class QLabel;
QT_END_NAMESPACE

namespace atlas {

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

protected:
    // language: the one data names are shown in (the document's).
    RecordDialog(Language language, QWidget *parent);

    Language language() const { return m_language; }
    QFormLayout *form() const { return m_form; }
    // Subclasses list what is wrong with the current input.
    virtual QList<Problem> check() const = 0;
    // Connects the usual change signals of the input widgets below w to revalidate().
    void watch(QWidget *w);

private:
    Language m_language;
    QFormLayout *m_form;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QList<Problem> m_problems;
    QList<QPointer<QWidget>> m_marked;
};

} // namespace atlas
