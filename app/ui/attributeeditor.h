// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/attributes.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QTableWidget;
class QPushButton;
QT_END_NAMESPACE

namespace atlas {

// The typed attributes of a record in a table the user edits: name, type (text, number, date,
// true/false) and value, one row each, with Add and Remove. Values are written as the files
// write them: numbers with a '.' ("0.25"), dates YYYY-MM-DD, true/false. Named for tests:
// "attributes" (the table), "addAttribute", "removeAttribute"; each row's type is a combo box.
class AttributeEditor : public QWidget
{
    Q_OBJECT
public:
    explicit AttributeEditor(QWidget *parent = nullptr);

    void setAttributes(const Attributes &attributes);
    // The rows as attributes; a row whose value is not of its type is left out (see problem()).
    Attributes attributes() const;
    // What is wrong with the rows (a name missing or given twice, a value not of its type);
    // empty when nothing is.
    QString problem() const;
    QTableWidget *table() const { return m_table; }

    static QString typeLabel(AttributeType type);

Q_SIGNALS:
    void changed();

private:
    void addRow(const Attribute &attribute);
    AttributeType typeAt(int row) const;
    QString textAt(int row, int column) const;

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace atlas
