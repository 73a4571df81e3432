// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitylistmodel.h"

#include "models/document.h"
#include "models/modelhelpers.h"
#include "models/roles.h"

namespace atlas {

EntityListModel::EntityListModel(Document *document, QObject *parent)
    : DocumentTableModel(document, RecordType::Entity, parent)
{
}

int EntityListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntityListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !document())
        return {};
    const Entity &entity = document()->data().entities.at(index.row());
    const Language lang = document()->language();
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
        QStringList parts = ModelHelpers::entitySearchTerms(document()->data(), entity.id);
        parts << entity.id;
        return parts.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

QVariant EntityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
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
    return document() ? document()->data().entityIndex(entityId) : -1;
}

} // namespace atlas
