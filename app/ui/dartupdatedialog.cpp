// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dartupdatedialog.h"

#include "importer.h"
#include "io/dartfetcher.h"
#include "io/dartreader.h"
#include "models/keyring.h"
#include "models/workspace.h"

#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace atlas {

DartUpdateDialog::DartUpdateDialog(const Dataset &current, QWidget *parent)
    : QDialog(parent), m_current(current), m_fetcher(new DartFetcher(this))
{
    setWindowTitle(tr("Update Figures from DART"));
    QStringList names;
    for (const auto &e : current.entities) {
        const QString code = DartReader::stockCodeOf(e.ticker);
        if (code.isEmpty() || m_stockCodes.contains(code))
            continue;
        m_stockCodes << code;
        names << QStringLiteral("%1 (%2)").arg(e.name.en.isEmpty() ? e.name.ko : e.name.en, code);
    }

    auto *intro = new QLabel(
            tr("Fetches the quarterly revenue and operating profit of the companies below from "
               "OpenDART, the Financial Supervisory Service's open disclosure API, with your own "
               "API key (free at opendart.fss.or.kr). You can review every figure before it is "
               "imported."),
            this);
    intro->setWordWrap(true);
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("key"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("40 characters"));
    m_remember = new QCheckBox(tr("Remember the key in the desktop keyring"), this);
    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setChecked(true);
    m_keyStatus = new QLabel(this);
    m_keyStatus->setWordWrap(true);
    const int year = QDate::currentDate().year();
    m_from = new QSpinBox(this);
    m_from->setObjectName(QStringLiteral("from"));
    m_to = new QSpinBox(this);
    m_to->setObjectName(QStringLiteral("to"));
    for (QSpinBox *box : { m_from, m_to })
        box->setRange(2015, year); // OpenDART's financial statements start with the 2015 reports
    m_from->setValue(year - 1);
    m_to->setValue(year);
    auto *companies = new QLabel(
            names.isEmpty() ? tr("No company in the database has a KRX ticker (KRX:000000).")
                            : names.join(QStringLiteral(", ")),
            this);
    companies->setObjectName(QStringLiteral("companies"));
    companies->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Fetch"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DartUpdateDialog::fetch);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DartUpdateDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("OpenDART API key:"), m_key);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_keyStatus);
    form->addRow(tr("From year:"), m_from);
    form->addRow(tr("To year:"), m_to);
    form->addRow(tr("Companies:"), companies);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_buttons);

    connect(m_key, &QLineEdit::textChanged, this, &DartUpdateDialog::updateButtons);
    connect(m_fetcher, &DartFetcher::progress, this,
            [this](int done, int total, const QString &what) {
                m_progress->setRange(0, qMax(total, 1));
                m_progress->setValue(done);
                m_status->setText(what);
            });
    connect(m_fetcher, &DartFetcher::finished, this, &DartUpdateDialog::onFinished);
    Keyring::instance()->readLater(Keyring::dartApiKey(), this,
                                   [this](const QString &key, const QString &error) {
                                       if (!key.isEmpty() && m_key->text().isEmpty())
                                           m_key->setText(key);
                                       m_keyStatus->setText(error);
                                   });
    updateButtons();
    resize(560, 420);
}

DartUpdateDialog::~DartUpdateDialog() = default;

void DartUpdateDialog::setApiKey(const QString &key)
{
    m_key->setText(key);
}

void DartUpdateDialog::setYears(int from, int to)
{
    m_from->setValue(from);
    m_to->setValue(to);
}

bool DartUpdateDialog::isFetching() const
{
    return m_fetcher->isRunning();
}

QString DartUpdateDialog::statusText() const
{
    return m_status->text();
}

void DartUpdateDialog::updateButtons()
{
    const bool running = m_fetcher->isRunning();
    m_buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!running && !m_key->text().trimmed().isEmpty() && !m_stockCodes.isEmpty());
    for (QWidget *w : std::initializer_list<QWidget *>{ m_key, m_remember, m_from, m_to })
        w->setEnabled(!running);
}

void DartUpdateDialog::fetch()
{
    if (m_fetcher->isRunning() || m_key->text().trimmed().isEmpty() || m_stockCodes.isEmpty())
        return;
    m_result.reset();
    if (m_remember->isChecked())
        Keyring::instance()->writeLater(
                Keyring::dartApiKey(), m_key->text().trimmed(), this,
                [this](const QString &error) { m_keyStatus->setText(error); });
    m_fetcher->start(m_key->text(), m_stockCodes, m_from->value(), m_to->value());
    updateButtons();
}

void DartUpdateDialog::onFinished(bool ok, const QString &error)
{
    updateButtons();
    if (!ok) {
        m_progress->setValue(0);
        m_status->setText(error == ImportMessages::cancelled() ? tr("Cancelled.") : error);
        return;
    }
    QString readError;
    auto data = DartReader::fromResponses(m_fetcher->responses(), tr("OpenDART"), m_current,
                                          &readError);
    if (!data) {
        m_status->setText(readError);
        return;
    }
    m_status->setText(m_fetcher->notes().join(QLatin1Char('\n')));
    if (data->data.financials.isEmpty() && data->unresolved.isEmpty()) {
        m_status->setText(tr("OpenDART has no reports for these companies and years.")
                          + QLatin1Char('\n') + m_status->text());
        return;
    }
    m_result = std::move(data);
    accept();
}

void DartUpdateDialog::reject()
{
    // Cancel stops a running fetch first; a second Cancel closes.
    if (m_fetcher->isRunning()) {
        m_fetcher->cancel();
        return;
    }
    QDialog::reject();
}

bool DartUpdateDialog::run(Workspace &workspace, QWidget *parent)
{
    Document *document = workspace.document();
    DartUpdateDialog dialog(document->data(), parent);
    if (dialog.exec() != QDialog::Accepted || !dialog.result())
        return false;
    return Importer::previewAndApply(workspace, *dialog.result(), parent);
}

} // namespace atlas
