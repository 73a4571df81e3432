// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <initializer_list>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
class QWidget;
QT_END_NAMESPACE

namespace atlas {

// The input widgets the dialogs and panels build again and again, made one way. The object
// names are what tests and the dialogs' documentation find the fields by.
class FormFields
{
public:
    static QLineEdit *lineEdit(QWidget *parent, const char *name, const QString &placeholder = {});
    static QComboBox *comboBox(QWidget *parent, const char *name);
    // A few lines of plain text; Tab moves on instead of typing a tab. lines: the height, plus
    // padding pixels.
    static QPlainTextEdit *textBox(QWidget *parent, const char *name, int lines, int padding = 0);

    // A table of records, one row each, sorted by sortColumn and selected by whole rows, without
    // row numbers: stretchColumn takes the room left, the fitted columns are as wide as their
    // content.
    static QTableView *recordTable(QWidget *parent, const char *name, QAbstractItemModel *model,
                                   int sortColumn, int stretchColumn,
                                   std::initializer_list<int> fittedColumns);

    // Shows the label's text as an error: dark red on a light palette, light red on a dark one.
    static void showAsError(QLabel *label);
};

} // namespace atlas
