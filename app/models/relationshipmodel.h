// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/relationshipgraph.h"
#include "models/tablemodelbase.h"

#include <QSet>

namespace atlas {

class Document;
struct Relationship;

// The relationships valid in the document's time window (Document::graph().edges()), in dataset
// order. Resets when the window or the data changes.
class RelationshipModel : public TableModelBase
{
    Q_OBJECT
public:
    enum Column { From, Type, To, ValidFrom, ValidUntil, ColumnCount };
    Q_ENUM(Column)

    explicit RelationshipModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;

    // Row of a relationship id, -1 when it is not valid in the window or unknown.
    int rowOf(const QString &relationshipId) const;
    // Every entity within `hops` steps of entityId in the current window (entityId included);
    // empty when the entity has no relationship in the window.
    QSet<QString> neighbourhood(const QString &entityId, int hops) const;
    const RelationshipGraph &graph() const { return m_graph; }

protected:
    QStringList columnTitles() const override;
    RowFacts rowFacts(const QModelIndex &index) const override;
    QVariant cellData(const QModelIndex &index, int role) const override;
    void resetHook() override;

private:
    QString displayText(const Relationship &r, int column) const;

    RelationshipGraph m_graph;
};

} // namespace atlas
