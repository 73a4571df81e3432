// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startwindow.h"

#include "mainwindow.h"
#include "passworddialog.h"

#include "models/document.h"
#include "models/workspace.h"

#include <QApplication>
#include <QMessageBox>

namespace atlas {

int runMainWindow(const QString &spec, Language lang, const std::function<void()> &opened,
                  QString *error)
{
    Document document;
    document.setLanguage(lang);
    Workspace workspace(&document);
    workspace.setPasswordPrompt(PasswordDialog::prompt(nullptr));
    const QString title = QApplication::translate("main", "Cannot Open Database");
    MainWindow *shown = nullptr;
    bool readFailed = false;
    const bool started =
            workspace.openInBackground(spec, error, [&](bool ok, const QString &message) {
                if (ok)
                    return;
                *error = message;
                readFailed = true;
                QMessageBox::critical(shown, title, message);
                QApplication::exit(1);
            });
    if (!started) {
        QMessageBox::critical(nullptr, title, *error);
        return 1;
    }
    opened();
    MainWindow window(&document, &workspace);
    shown = &window;
    window.show();
    const int code = QApplication::exec();
    return readFailed ? 1 : code;
}

} // namespace atlas
