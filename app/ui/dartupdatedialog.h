// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/importeddata.h"

#include <QDialog>

#include <optional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSpinBox;
QT_END_NAMESPACE

namespace atlas {

class DartFetcher;
class Workspace;

// File → Update Figures from DART…: the user's OpenDART key (read from and, when asked, saved to
// the desktop keyring), a range of years, and the companies of the database with a KRX ticker.
// Fetch asks OpenDART for their periodic reports with progress and Cancel; when every answer is
// in, the dialog closes and result() holds the figures for the import preview. Problems (network,
// an API status such as 020, the rate limit) are shown in words and the dialog stays open.
// Objects are named for tests: key, remember, from, to, companies, progress, status.
class DartUpdateDialog : public QDialog
{
    Q_OBJECT

public:
    DartUpdateDialog(const Dataset &current, QWidget *parent = nullptr);
    ~DartUpdateDialog() override;

    // The whole flow from the main window: this dialog, then the import preview, then one
    // undoable command. False when cancelled or nothing was imported.
    static bool run(Workspace &workspace, QWidget *parent);

    void setApiKey(const QString &key);
    void setYears(int from, int to);
    DartFetcher *fetcher() const { return m_fetcher; }
    // Stock codes of the database's companies with a KRX ticker.
    const QStringList &stockCodes() const { return m_stockCodes; }

    void fetch();
    bool isFetching() const;
    const std::optional<ImportedData> &result() const { return m_result; }
    // What the last fetch said (an error, or the requests without data).
    QString statusText() const;

    void reject() override;

private:
    void onFinished(bool ok, const QString &error);
    void updateButtons();

    const Dataset &m_current;
    QStringList m_stockCodes;
    DartFetcher *m_fetcher;
    QLineEdit *m_key;
    QCheckBox *m_remember;
    QSpinBox *m_from;
    QSpinBox *m_to;
    QLabel *m_keyStatus;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    std::optional<ImportedData> m_result;
};

} // namespace atlas
