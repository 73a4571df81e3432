// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passworddialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QVBoxLayout>

namespace atlas {

PasswordDialog::PasswordDialog(const QString &address, const QString &problem, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("Database Password"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Password for %1:").arg(address), this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    intro->setBuddy(m_password);
    layout->addWidget(m_password);
    m_remember = new QCheckBox(tr("&Remember in the keyring"), this);
    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setToolTip(tr("Keep the password in the desktop keyring, never in a file; "
                              "~/.pgpass and PGPASSWORD work too"));
    layout->addWidget(m_remember);
    if (!problem.isEmpty()) {
        auto *details = new QLabel(problem, this);
        details->setObjectName(QStringLiteral("problem"));
        details->setWordWrap(true);
        details->setTextFormat(Qt::PlainText);
        details->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(details);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

bool PasswordDialog::remember() const
{
    return m_remember->isChecked();
}

Workspace::PasswordPrompt PasswordDialog::prompt(QWidget *parent)
{
    QPointer<QWidget> guard(parent);
    return [guard](const QString &address,
                   const QString &problem) -> std::optional<Workspace::PasswordAnswer> {
        PasswordDialog dialog(address, problem, guard);
        // The wait cursor of an opening database would sit over the dialog.
        const bool waiting = QApplication::overrideCursor() != nullptr;
        if (waiting)
            QApplication::restoreOverrideCursor();
        const int result = dialog.exec();
        if (waiting)
            QApplication::setOverrideCursor(Qt::WaitCursor);
        if (result != QDialog::Accepted)
            return std::nullopt;
        return Workspace::PasswordAnswer{ dialog.password(), dialog.remember() };
    };
}

} // namespace atlas
