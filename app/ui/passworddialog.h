// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/workspace.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLineEdit;
QT_END_NAMESPACE

namespace atlas {

// Asks for the password of a PostgreSQL database when the server wants one, with "Remember in
// the keyring". The password lives only in this dialog and the connection it is for.
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    // address: without password; problem: what the server said (shown smaller, below).
    PasswordDialog(const QString &address, const QString &problem, QWidget *parent = nullptr);

    QString password() const;
    bool remember() const;

    // For Workspace::setPasswordPrompt: the dialog over parent.
    static Workspace::PasswordPrompt prompt(QWidget *parent);

private:
    QLineEdit *m_password;
    QCheckBox *m_remember;
};

} // namespace atlas
