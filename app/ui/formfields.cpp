// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formfields.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>

namespace atlas {

QLineEdit *FormFields::lineEdit(QWidget *parent, const char *name, const QString &placeholder)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(QLatin1String(name));
    e->setPlaceholderText(placeholder);
    return e;
}

QComboBox *FormFields::comboBox(QWidget *parent, const char *name)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(QLatin1String(name));
    return c;
}

QPlainTextEdit *FormFields::textBox(QWidget *parent, const char *name, int lines, int padding)
{
    auto *t = new QPlainTextEdit(parent);
    t->setObjectName(QLatin1String(name));
    t->setTabChangesFocus(true);
    t->setFixedHeight(t->fontMetrics().lineSpacing() * lines + padding);
    return t;
}

QTableView *FormFields::recordTable(QWidget *parent, const char *name, QAbstractItemModel *model,
                                    int sortColumn, int stretchColumn,
                                    std::initializer_list<int> fittedColumns)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QLatin1String(name));
    view->setModel(model);
    view->setSortingEnabled(true);
    view->sortByColumn(sortColumn, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    for (int column : fittedColumns)
        view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // Fitted to the rows on screen and a sample of the rest: the fitted columns are short (dates,
    // kinds, tickers), and measuring Qt's default 1,000 rows again at every edit of a record in
    // the table took a tenth of an edit at 100,000 events.
    view->horizontalHeader()->setResizeContentsPrecision(100);
    return view;
}

void FormFields::showAsError(QLabel *label)
{
    QPalette p = label->palette();
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    p.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c));
    label->setPalette(p);
}

} // namespace atlas
