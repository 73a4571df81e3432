// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
QT_END_NAMESPACE

namespace atlas {

// The sources a record cites: a list, a choice of the sources the data has, and a short form for
// a new one (address, publisher, title). Used by the event and relationship dialogs.
class SourceListEditor : public QWidget
{
    Q_OBJECT
public:
    explicit SourceListEditor(const Dataset &data, QWidget *parent = nullptr);

    void setSourceIds(const QStringList &ids);
    QStringList sourceIds() const;
    // The cited sources made here, which the data does not have yet.
    QList<Source> newSources() const;

    // For the dialogs' checks: a problem with the new-source form ("" when none).
    QString newSourceProblem() const;
    QLineEdit *urlEdit() const { return m_url; }
    QListWidget *listWidget() const { return m_list; }

Q_SIGNALS:
    void changed();

private:
    QString label(const Source &s) const;
    void addExisting();
    void addNew();
    void removeSelected();
    void refreshButtons();

    const Dataset &m_data;
    QList<Source> m_created;
    QListWidget *m_list;
    QComboBox *m_existing;
    QPushButton *m_addExisting;
    QLineEdit *m_url;
    QLineEdit *m_publisher;
    QLineEdit *m_title;
    QPushButton *m_addNew;
    QPushButton *m_remove;
};

} // namespace atlas
