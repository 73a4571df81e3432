// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers shared by the models of this folder; not part of the public API.

#include "core/dataset.h"

#include <QAbstractItemModel>
#include <QStringList>

namespace atlas::ModelHelpers {

// Both names and the ticker of an entity, for free-text search in either language.
inline QStringList entitySearchTerms(const Dataset &data, const QString &id)
{
    const Entity *e = data.entity(id);
    if (!e)
        return { id };
    QStringList out{ e->name.en, e->name.ko };
    if (!e->ticker.isEmpty())
        out << e->ticker;
    out.removeAll(QString());
    return out;
}

// The entity's attributes with the key of its kind as "kind" when it has no attribute of that
// name, so a search's condition "kind is song" finds the entities of a kind too.
inline Attributes searchAttributes(const Entity &e)
{
    if (e.attributes.find(QStringLiteral("kind")))
        return e.attributes;
    Attributes out = e.attributes;
    out.append(Attribute::text(QStringLiteral("kind"), kindKey(e)));
    return out;
}

// Tells views that every cell and header may read differently (after a language switch)
// without resetting the model, so selections and scroll positions survive.
inline void emitAllChanged(QAbstractItemModel *model, const QList<int> &roles = {})
{
    const int rows = model->rowCount();
    const int columns = model->columnCount();
    if (rows > 0 && columns > 0)
        Q_EMIT model->dataChanged(model->index(0, 0), model->index(rows - 1, columns - 1), roles);
    if (columns > 0)
        Q_EMIT model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (rows > 0)
        Q_EMIT model->headerDataChanged(Qt::Vertical, 0, rows - 1);
}

} // namespace atlas::ModelHelpers
