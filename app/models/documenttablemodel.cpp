// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documenttablemodel.h"

#include "models/document.h"

#include <utility>

namespace atlas {

DocumentTableModel::DocumentTableModel(Document *document, RecordType type, int columns,
                                       QObject *parent)
    : TableModelBase(document, columns, parent), m_type(type)
{
    // The steps of an edit to this model's list of records; the other lists' pass by.
    const auto ofThisList = [this](auto step) {
        return [this, step](RecordType type, int first, int last) {
            if (type == m_type)
                step(first, last);
        };
    };
    connect(document, &Document::recordsAboutToBeRemoved, this,
            ofThisList([this](int first, int last) { beginRemoveRows({}, first, last); }));
    connect(document, &Document::recordsRemoved, this, ofThisList([this](int first, int last) {
                rowsRemovedHook(first, last);
                endRemoveRows();
            }));
    connect(document, &Document::recordsAboutToBeInserted, this,
            ofThisList([this](int first, int last) { beginInsertRows({}, first, last); }));
    connect(document, &Document::recordsInserted, this, ofThisList([this](int first, int last) {
                rowsInsertedHook(first, last);
                endInsertRows();
            }));
    connect(document, &Document::recordsChanged, this,
            [this](RecordType type, const QList<qsizetype> &rows) {
                if (type == m_type)
                    emitRowsChanged(rows);
            });
}

int DocumentTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !document())
        return 0;
    return int(document()->data().count(m_type));
}

void DocumentTableModel::rowsRemovedHook(int, int) { }
void DocumentTableModel::rowsInsertedHook(int, int) { }
void DocumentTableModel::rowsChangedHook(int, int) { }

void DocumentTableModel::emitRowsChanged(const QList<qsizetype> &rows, int firstColumn,
                                         int lastColumn)
{
    const int columns = columnCount();
    if (lastColumn < 0)
        lastColumn = columns - 1;
    QList<std::pair<int, int>> runs;
    qsizetype k = 0;
    while (k < rows.size()) {
        qsizetype j = k + 1;
        while (j < rows.size() && rows.at(j) == rows.at(j - 1) + 1)
            ++j;
        runs.append({ int(rows.at(k)), int(rows.at(j - 1)) });
        k = j;
    }
    for (const auto &[first, last] : std::as_const(runs))
        rowsChangedHook(first, last);
    if (runs.isEmpty() || columns <= 0)
        return;
    Q_EMIT rowsChanging(rows);
    for (const auto &[first, last] : std::as_const(runs))
        Q_EMIT dataChanged(index(first, firstColumn), index(last, lastColumn));
    Q_EMIT rowsChangeDone();
}

} // namespace atlas
