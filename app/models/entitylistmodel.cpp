// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitylistmodel.h"

#include "models/document.h"
#include "models/modelhelpers.h"
#include "models/roles.h"

namespace atlas {

EntityListModel::EntityListModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    Q_ASSERT(document);
    connect(document, &Document::dataAboutToBeReset, this, &EntityListModel::onDataAboutToBeReset);
    connect(document, &Document::dataReset, this, &EntityListModel::onDataReset);
    connect(document, &Document::languageChanged, this, &EntityListModel::onLanguageChanged);
    connect(document, &QObject::destroyed, this, &EntityListModel::onDataReset);
}

int EntityListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_document)
        return 0;
    return int(m_document->data().entities.size());
}

int EntityListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntityListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_document)
        return {};
    const Entity &entity = m_document->data().entities.at(index.row());
    const Language lang = m_document->language();
    auto display = [&]() -> QString {
        switch (index.column()) {
        case Name: {
            const QString name = entity.name.text(lang);
            return name.isEmpty() ? entity.id : name;
        }
        case Kind:
            return labelOf(entity.kind);
        case Ticker:
            return entity.ticker;
        default:
            return {};
        }
    };
    switch (role) {
    case Qt::DisplayRole:
        return display();
    case Qt::ToolTipRole: {
        const QString description = entity.description.text(lang);
        return description.isEmpty() ? QVariant() : QVariant(description);
    }
    case Roles::Id:
        return entity.id;
    case Roles::Kind:
        return keyOf(entity.kind);
    case Roles::SortKey:
        return display().toLower();
    case Roles::SearchText: {
        QStringList parts = ModelHelpers::entitySearchTerms(m_document->data(), entity.id);
        parts << entity.id;
        return parts.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

QVariant EntityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Ticker:
        return tr("Ticker");
    default:
        return {};
    }
}

int EntityListModel::rowOf(const QString &entityId) const
{
    return m_document ? m_document->data().entityIndex(entityId) : -1;
}

void EntityListModel::onLanguageChanged()
{
    ModelHelpers::emitAllChanged(this);
}

void EntityListModel::onDataAboutToBeReset()
{
    beginResetModel();
    m_resetting = true;
}

void EntityListModel::onDataReset()
{
    if (!m_resetting)
        beginResetModel();
    m_resetting = false;
    endResetModel();
}

} // namespace atlas
