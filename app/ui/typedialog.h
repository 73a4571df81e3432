// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customtypes.h"

#include <QDialog>
#include <QHash>

QT_BEGIN_NAMESPACE
class QBoxLayout;
class QColor;
class QTableWidget;
QT_END_NAMESPACE

namespace atlas {

struct Dataset;

// Edits the user-defined entity kinds and relationship types of the data: their English and
// Korean labels, colour (typed as #rrggbb or picked with Colour…), node shape or line dash, and
// whether a type has a direction; New Kind… and New Type… define one (the palette's next style;
// a Korean label left empty takes the English one), Delete removes one no record uses and refuses,
// saying how many use it, one that is used. Keys stay (records refer to them). One row a kind or
// type; the result is one undoable edit. Objects are named for tests: types, newKind, newType,
// colour, remove.
class TypeDialog : public QDialog
{
    Q_OBJECT
public:
    TypeDialog(const CustomTypes &types, QWidget *parent = nullptr);

    // How many records use each kind and type (entities by kind, relationships by type), for
    // Delete; none known: every one may be deleted.
    void setUsage(const Dataset &data);

    // The kinds and types as edited; colours that are no #rrggbb keep the old one.
    CustomTypes types() const;
    QTableWidget *table() const { return m_table; }

    enum Column { Key, English, Korean, Colour, Look, Directed, ColumnCount };

    // What the buttons do, without their dialogs: false with *error set for a key that is
    // taken or cannot be one; a deletion refused names how many records use the type.
    bool addType(const QString &key, bool kind, QString *error);
    bool removeRow(int row, QString *error);
    void setRowColour(int row, const QColor &colour);

private:
    struct Row
    {
        CustomType original;
        bool kind = true;
        bool added = false; // made in this dialog
    };

    void addRow(const CustomType &type, bool kind, int at);
    void addButtons(QBoxLayout *layout);
    void askNew(bool kind);
    void askColour();
    void askRemove();
    int kindRows() const;

    QList<Row> m_rows; // one a table row
    QHash<QString, int> m_kindUse;
    QHash<QString, int> m_typeUse;
    QTableWidget *m_table;
};

} // namespace atlas
