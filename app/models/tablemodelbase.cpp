// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablemodelbase.h"

#include "models/document.h"
#include "models/modelhelpers.h"
#include "models/roles.h"

namespace atlas {

TableModelBase::TableModelBase(Document *document, int columns, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_columns(columns)
{
    Q_ASSERT(document);
    connect(document, &Document::dataAboutToBeReset, this, &TableModelBase::onDataAboutToBeReset);
    connect(document, &Document::dataReset, this, &TableModelBase::onDataReset);
    connect(document, &Document::languageChanged, this, &TableModelBase::onLanguageChanged);
    // The document going away empties the model; views must not read a dangling dataset.
    connect(document, &QObject::destroyed, this, &TableModelBase::onDataReset);
}

int TableModelBase::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant TableModelBase::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        const QStringList titles = columnTitles();
        if (section >= 0 && section < titles.size())
            return titles.at(section);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

QVariant TableModelBase::data(const QModelIndex &index, int role) const
{
    if (!isReadable(index))
        return {};
    switch (role) {
    case Qt::TextAlignmentRole:
        return isNumberColumn(index.column())
                ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                : QVariant();
    case Roles::Id:
        return rowFacts(index).id;
    case Roles::Kind:
        return rowFacts(index).kind;
    case Roles::DateStart:
        return rowFacts(index).start;
    case Roles::DateEnd:
        return rowFacts(index).end;
    case Roles::Participants:
        return rowFacts(index).participants;
    default:
        return cellData(index, role);
    }
}

bool TableModelBase::isNumberColumn(int) const
{
    return false;
}

bool TableModelBase::isReadable(const QModelIndex &index) const
{
    return checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
            && m_document;
}

void TableModelBase::resetHook() { }

void TableModelBase::onLanguageChanged()
{
    ModelHelpers::emitAllChanged(this);
}

void TableModelBase::onDataAboutToBeReset()
{
    beginResetModel();
    m_resetting = true;
}

void TableModelBase::onDataReset()
{
    if (!m_resetting)
        beginResetModel();
    m_resetting = false;
    resetHook();
    endResetModel();
}

} // namespace atlas
