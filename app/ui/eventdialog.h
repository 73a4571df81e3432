// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recorddialog.h"

#include "core/dataset.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
QT_END_NAMESPACE

namespace atlas {

// Adds an event or edits one: date at its precision, kind, titles, participants with their
// roles, the amount as reported and the sources. Fields are named for tests: id, date, kind,
// titleEn, titleKo, summaryEn, summaryKo, participants (a table of entity and role combo boxes),
// addParticipant, removeParticipant, amountPrecision, currency, amountValue, amountMin,
// amountMax, amountText, amountTextKo, and the SourceListEditor's fields.
class EventDialog : public RecordDialog
{
    Q_OBJECT
public:
    EventDialog(const Dataset &data, Language language, QWidget *parent = nullptr);
    EventDialog(const Dataset &data, Language language, const Event &event,
                QWidget *parent = nullptr);

    Event event() const;

    // Adds a participant row (entity id, role); for tests and for "add event of the selection".
    void addParticipant(const QString &entityId, Role role);
    // With the role the chosen kind gives the next participant; it follows a change of kind
    // until the user picks another role.
    void addParticipant(const QString &entityId);

protected:
    QList<Problem> check() const override;
    void build() override;

private:
    void updateAmountFields();
    void followId();
    std::optional<Amount> amount() const;

    const Dataset &m_data;
    std::optional<Amount> m_originalAmount;
    QLineEdit *m_date;
    QLabel *m_datePreview;
    QComboBox *m_kind;
    EventKind m_lastKind = EventKind::Partnership;
    QLineEdit *m_titleEn;
    QLineEdit *m_titleKo;
    QPlainTextEdit *m_summaryEn;
    QPlainTextEdit *m_summaryKo;
    QTableWidget *m_participants;
    QPushButton *m_addParticipant;
    QPushButton *m_removeParticipant;
    QComboBox *m_precision;
    QLineEdit *m_currency;
    QLineEdit *m_value;
    QLineEdit *m_min;
    QLineEdit *m_max;
    QLineEdit *m_text;
    QLineEdit *m_textKo;
};

} // namespace atlas
