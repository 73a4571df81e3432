// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documenttablemodel.h"

#include "models/document.h"
#include "models/modelhelpers.h"

namespace atlas {

DocumentTableModel::DocumentTableModel(Document *document, RecordType type, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_type(type)
{
    Q_ASSERT(document);
    connect(document, &Document::dataAboutToBeReset, this,
            &DocumentTableModel::onDataAboutToBeReset);
    connect(document, &Document::dataReset, this, &DocumentTableModel::onDataReset);
    connect(document, &Document::languageChanged, this, &DocumentTableModel::onLanguageChanged);
    // The document going away empties the model; views must not read a dangling dataset.
    connect(document, &QObject::destroyed, this, &DocumentTableModel::onDataReset);
    connect(document, &Document::recordsAboutToBeRemoved, this,
            [this](RecordType type, int first, int last) {
                if (type == m_type)
                    beginRemoveRows({}, first, last);
            });
    connect(document, &Document::recordsRemoved, this,
            [this](RecordType type, int first, int last) {
                if (type != m_type)
                    return;
                rowsRemovedHook(first, last);
                endRemoveRows();
            });
    connect(document, &Document::recordsAboutToBeInserted, this,
            [this](RecordType type, int first, int last) {
                if (type == m_type)
                    beginInsertRows({}, first, last);
            });
    connect(document, &Document::recordsInserted, this,
            [this](RecordType type, int first, int last) {
                if (type != m_type)
                    return;
                rowsInsertedHook(first, last);
                endInsertRows();
            });
    connect(document, &Document::recordsChanged, this,
            [this](RecordType type, const QList<qsizetype> &rows) {
                if (type == m_type)
                    emitRowsChanged(rows);
            });
}

int DocumentTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_document)
        return 0;
    return int(m_document->data().count(m_type));
}

void DocumentTableModel::rowsRemovedHook(int, int) { }
void DocumentTableModel::rowsInsertedHook(int, int) { }
void DocumentTableModel::rowsChangedHook(int, int) { }
void DocumentTableModel::resetHook() { }

void DocumentTableModel::onLanguageChanged()
{
    ModelHelpers::emitAllChanged(this);
}

void DocumentTableModel::emitRowsChanged(const QList<qsizetype> &rows, int firstColumn,
                                         int lastColumn)
{
    const int columns = columnCount();
    if (lastColumn < 0)
        lastColumn = columns - 1;
    qsizetype k = 0;
    while (k < rows.size()) {
        qsizetype j = k + 1;
        while (j < rows.size() && rows.at(j) == rows.at(j - 1) + 1)
            ++j;
        const int first = int(rows.at(k));
        const int last = int(rows.at(j - 1));
        rowsChangedHook(first, last);
        if (columns > 0)
            Q_EMIT dataChanged(index(first, firstColumn), index(last, lastColumn));
        k = j;
    }
}

void DocumentTableModel::onDataAboutToBeReset()
{
    beginResetModel();
    m_resetting = true;
    resetHook();
}

void DocumentTableModel::onDataReset()
{
    if (!m_resetting)
        beginResetModel();
    m_resetting = false;
    resetHook();
    endResetModel();
}

} // namespace atlas
