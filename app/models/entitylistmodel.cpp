// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitylistmodel.h"

#include "models/document.h"
#include "models/modelhelpers.h"
#include "models/roles.h"

namespace atlas {

EntityListModel::EntityListModel(Document *document, QObject *parent)
    : DocumentTableModel(document, RecordType::Entity, ColumnCount, parent)
{
}

TableModelBase::RowFacts EntityListModel::rowFacts(const QModelIndex &index) const
{
    const Entity &entity = document()->data().entities.at(index.row());
    return { entity.id, kindKey(entity), {}, {}, {} };
}

QVariant EntityListModel::cellData(const QModelIndex &index, int role) const
{
    const Entity &entity = document()->data().entities.at(index.row());
    const Language lang = document()->language();
    auto display = [&]() -> QString {
        switch (index.column()) {
        case Name: {
            const QString name = entity.name.text(lang);
            return name.isEmpty() ? entity.id : name;
        }
        case Kind:
            return kindLabel(entity, document()->data().types);
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
    case Roles::SortKey:
        return display().toLower();
    case Roles::SearchText: {
        QStringList parts = ModelHelpers::entitySearchTerms(document()->data(), entity.id);
        parts << entity.id;
        if (entity.kind == EntityKind::Custom) // built-in kinds are not searched by name
            parts << entity.customKind << kindLabel(entity, document()->data().types);
        for (const Attribute &a : entity.attributes)
            parts << a.toText();
        return parts.join(QLatin1Char('\n'));
    }
    case Roles::Attributes:
        return QVariant::fromValue(ModelHelpers::searchAttributes(entity));
    default:
        return {};
    }
}

QStringList EntityListModel::columnTitles() const
{
    return { tr("Name"), tr("Kind"), tr("Ticker") };
}

bool EntityListModel::sameKind(int row, int otherRow) const
{
    const QList<Entity> &entities = document()->data().entities;
    const Entity &a = entities.at(row);
    const Entity &b = entities.at(otherRow);
    return a.kind == b.kind && a.customKind == b.customKind;
}

int EntityListModel::rowOf(const QString &entityId) const
{
    return document() ? document()->data().entityIndex(entityId) : -1;
}

} // namespace atlas
