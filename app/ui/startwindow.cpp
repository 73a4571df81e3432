// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startwindow.h"

#include "mainwindow.h"
#include "passworddialog.h"

#include "models/document.h"
#include "models/workspace.h"

#include <QApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPointer>
#include <QWindow>

namespace atlas {

namespace {

Q_LOGGING_CATEGORY(lcStartup, "atlas.startup", QtWarningMsg)

// With QT_LOGGING_RULES="atlas.startup.info=true": when the window has painted with its data,
// in milliseconds since the epoch, for a script that noted the launch (benchmarks/launch.sh).
// Noted after the first paint that follows both the data's arrival and the window's appearance
// on the screen.
class PaintedWithData : public QObject
{
public:
    explicit PaintedWithData(QWidget *window) : m_window(window)
    {
        if (!lcStartup().isInfoEnabled() || !window->windowHandle())
            return;
        m_exposed = window->windowHandle()->isExposed();
        window->installEventFilter(this);
        window->windowHandle()->installEventFilter(this);
    }
    void dataIn() { m_dataIn = true; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // An exposed window paints at once, a request at the next frame: either way the note
        // posted here runs after that paint.
        if (event->type() == QEvent::Expose && m_window && m_window->windowHandle()->isExposed())
            m_exposed = true;
        else if (event->type() != QEvent::UpdateRequest)
            return QObject::eventFilter(watched, event);
        if (m_dataIn && m_exposed && !m_posted) {
            m_posted = true;
            QCoreApplication::postEvent(this, new QEvent(QEvent::User));
        }
        return QObject::eventFilter(watched, event);
    }
    bool event(QEvent *event) override
    {
        if (event->type() != QEvent::User)
            return QObject::event(event);
        qCInfo(lcStartup, "painted with its data at %lld ms since the epoch",
               QDateTime::currentMSecsSinceEpoch());
        return true;
    }

private:
    QPointer<QWidget> m_window;
    bool m_dataIn = false;
    bool m_exposed = false;
    bool m_posted = false;
};

} // namespace

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
    PaintedWithData paintedWithData(&window); // after show(): the window has its QWindow
    // The data is shown as soon as it is in the document; the check for damage may follow.
    QObject::connect(&document, &Document::dataReset, &paintedWithData, [&] {
        if (!workspace.isLoading() && workspace.isOpen())
            paintedWithData.dataIn();
    });
    const int code = QApplication::exec();
    return readFailed ? 1 : code;
}

} // namespace atlas
