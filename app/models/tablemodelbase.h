// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QStringList>
#include <QVariant>

namespace atlas {

class Document;

// What every table model of this folder shares: the document it reads (and follows out of
// existence), a fixed list of columns whose titles head the horizontal header, the check a cell
// index passes before data() reads the document, and a model reset around each reset of the
// document's data (a load, or the document going away), inside which resetHook() rebuilds what
// a subclass keeps per row. A language switch re-reads every cell and header without a reset.
class TableModelBase : public QAbstractTableModel
{
    Q_OBJECT
public:
    TableModelBase(Document *document, int columns, QObject *parent = nullptr);

    Document *document() const { return m_document; }

    int columnCount(const QModelIndex &parent = {}) const override;
    // The roles every row answers alike come from rowFacts() (Roles::Id, Kind, DateStart,
    // DateEnd, Participants) and isNumberColumn() (right alignment); every other role from
    // cellData(). Nothing for a cell that is not readable.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    // Horizontal DisplayRole: columnTitles(); anything else as QAbstractTableModel.
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    // What a row says about its record whatever the columns; an invalid value is not answered.
    struct RowFacts
    {
        QString id;
        QString kind; // keyOf() of the kind, type or metric
        QVariant start; // QDate
        QVariant end; // QDate (invalid: open)
        QVariant participants; // QStringList of entity ids
    };
    virtual RowFacts rowFacts(const QModelIndex &index) const = 0;
    // Every other role of a readable cell.
    virtual QVariant cellData(const QModelIndex &index, int role) const = 0;
    // Numbers are right-aligned.
    virtual bool isNumberColumn(int column) const;

    // One title a column, in column order.
    virtual QStringList columnTitles() const = 0;
    // A valid cell of this table (no parent) while the document exists.
    bool isReadable(const QModelIndex &index) const;

    // Inside a reset (a load, or the document going away), before endResetModel.
    virtual void resetHook();
    virtual void onLanguageChanged();

    // beginResetModel now; endResetModel (after resetHook) at onDataReset.
    void onDataAboutToBeReset();
    // Ends the reset onDataAboutToBeReset began, or makes a whole one.
    void onDataReset();
    // Between onDataAboutToBeReset and onDataReset.
    bool isResetting() const { return m_resetting; }

private:
    QPointer<Document> m_document;
    int m_columns;
    bool m_resetting = false;
};

} // namespace atlas
