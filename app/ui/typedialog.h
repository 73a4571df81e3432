// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customtypes.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QTableWidget;
QT_END_NAMESPACE

namespace atlas {

// Edits the user-defined entity kinds and relationship types of the data: their English and
// Korean labels, colour, node shape or line dash, and whether a type has a direction. Keys stay
// (records refer to them). One row a kind or type; the result is one undoable edit.
class TypeDialog : public QDialog
{
    Q_OBJECT
public:
    TypeDialog(const CustomTypes &types, QWidget *parent = nullptr);

    // The kinds and types as edited; colours that are no #rrggbb keep the old one.
    CustomTypes types() const;
    QTableWidget *table() const { return m_table; }

    enum Column { Key, English, Korean, Colour, Look, Directed, ColumnCount };

private:
    void addRow(const CustomType &type, bool kind);

    CustomTypes m_original;
    QTableWidget *m_table;
};

} // namespace atlas
