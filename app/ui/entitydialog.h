// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recorddialog.h"

#include "core/dataset.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
QT_END_NAMESPACE

namespace atlas {

// Adds an entity or edits one. A new entity's id follows its name until the user types one.
// Fields are named for tests: id, kind, nameEn, nameKo, ticker, descriptionEn, descriptionKo.
class EntityDialog : public RecordDialog
{
    Q_OBJECT
public:
    // A new entity.
    EntityDialog(const Dataset &data, Language language, QWidget *parent = nullptr);
    // Edits entity (its id stays).
    EntityDialog(const Dataset &data, Language language, const Entity &entity,
                 QWidget *parent = nullptr);

    Entity entity() const;

protected:
    QList<Problem> check() const override;
    void build() override;

private:
    const Dataset &m_data;
    QComboBox *m_kind;
    QLineEdit *m_nameEn;
    QLineEdit *m_nameKo;
    QLineEdit *m_ticker;
    QPlainTextEdit *m_descriptionEn;
    QPlainTextEdit *m_descriptionKo;
};

} // namespace atlas
