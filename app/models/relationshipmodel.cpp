// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationshipmodel.h"

#include "core/displayname.h"
#include "core/formatting.h"
#include "models/document.h"
#include "models/modelhelpers.h"
#include "models/roles.h"

namespace atlas {

RelationshipModel::RelationshipModel(Document *document, QObject *parent)
    : TableModelBase(document, ColumnCount, parent)
{
    // Not row by row yet: an edit of relationships or of the entities they name resets this model
    // (no view uses it); other edits leave its rows as they are.
    connect(document, &Document::aboutToApply, this, [this](const DataEdit &edit) {
        if (!edit.relationships.isEmpty() || !edit.entities.isEmpty())
            onDataAboutToBeReset();
    });
    connect(document, &Document::applied, this, [this] {
        if (isResetting())
            onDataReset();
    });
    connect(document, &Document::timeWindowChanged, this, &RelationshipModel::onDataReset);
    m_graph = document->graph();
}

int RelationshipModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_graph.edges().size());
}

TableModelBase::RowFacts RelationshipModel::rowFacts(const QModelIndex &index) const
{
    const Relationship &r = document()->data().relationships.at(m_graph.edges().at(index.row()));
    return { r.id, keyOf(r.type), r.validFrom.start(), r.validUntil.end(),
             QStringList{ r.fromId, r.toId } };
}

QVariant RelationshipModel::cellData(const QModelIndex &index, int role) const
{
    const Dataset &data = document()->data();
    const Relationship &r = data.relationships.at(m_graph.edges().at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return displayText(r, index.column());
    case Qt::ToolTipRole: {
        // The date columns show the earliest start and latest end: every interval on hover.
        if ((index.column() == ValidFrom || index.column() == ValidUntil) && !r.spells.isEmpty())
            return tr("Valid %1").arg(Format::intervals(r.spells, document()->language()));
        const Event *event = r.eventId.isEmpty() ? nullptr : data.event(r.eventId);
        return event ? QVariant(event->title.text(document()->language())) : QVariant();
    }
    case Roles::SortKey:
        switch (index.column()) {
        case ValidFrom:
            return r.validFrom.start();
        case ValidUntil:
            return r.validUntil.end();
        default:
            return displayText(r, index.column()).toLower();
        }
    case Roles::SearchText: {
        QStringList parts = ModelHelpers::entitySearchTerms(data, r.fromId);
        parts << ModelHelpers::entitySearchTerms(data, r.toId) << typeLabel(r, data.types);
        return parts.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

QStringList RelationshipModel::columnTitles() const
{
    return { tr("From"), tr("Relationship"), tr("To"), tr("Valid from"), tr("Valid until") };
}

int RelationshipModel::rowOf(const QString &relationshipId) const
{
    if (!document())
        return -1;
    const auto &edges = m_graph.edges();
    for (qsizetype row = 0; row < edges.size(); ++row) {
        if (document()->data().relationships.at(edges.at(row)).id == relationshipId)
            return int(row);
    }
    return -1;
}

QSet<QString> RelationshipModel::neighbourhood(const QString &entityId, int hops) const
{
    return m_graph.neighbourhood(entityId, hops);
}

void RelationshipModel::resetHook()
{
    m_graph = document() ? document()->graph() : RelationshipGraph();
}

QString RelationshipModel::displayText(const Relationship &r, int column) const
{
    const Dataset &data = document()->data();
    const Language lang = document()->language();
    switch (column) {
    case From:
        return displayName(data, r.fromId, lang);
    case Type:
        return typeLabel(r, data.types);
    case To:
        return displayName(data, r.toId, lang);
    case ValidFrom:
        return Format::date(r.validFrom, lang);
    case ValidUntil:
        return Format::date(r.validUntil, lang);
    default:
        return {};
    }
}

} // namespace atlas
