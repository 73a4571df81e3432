// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recorddialog.h"

#include "core/dataset.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QLineEdit;
QT_END_NAMESPACE

namespace atlas {

// Adds a relationship or edits one: type, the two entities, when it held, the event it came from
// and its sources (needed when no event is given). Fields are named for tests: id, type, from,
// to, validFrom, validUntil (the first interval), moreIntervals (any further ones, as
// "2020/2021; 2023/"), event, and the SourceListEditor's fields.
class RelationshipDialog : public RecordDialog
{
    Q_OBJECT
public:
    RelationshipDialog(const Dataset &data, Language language, QWidget *parent = nullptr);
    RelationshipDialog(const Dataset &data, Language language, const Relationship &relationship,
                       QWidget *parent = nullptr);

    Relationship relationship() const;

    // Preselects the two ends; for "add relationship of the selection" and tests.
    void setEnds(const QString &fromId, const QString &toId);

protected:
    QList<Problem> check() const override;
    void build() override;

private:
    void followId();
    // The intervals of the fields: the first from validFrom/validUntil, then moreIntervals.
    QList<Spell> intervals() const;
    void checkIntervals(QList<Problem> *out) const;

    const Dataset &m_data;
    QComboBox *m_type;
    QComboBox *m_from;
    QComboBox *m_to;
    QLineEdit *m_validFrom;
    QLineEdit *m_validUntil;
    QLineEdit *m_moreIntervals;
    QComboBox *m_event;
};

} // namespace atlas
