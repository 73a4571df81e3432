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
    : QAbstractTableModel(parent), m_document(document)
{
    Q_ASSERT(document);
    connect(document, &Document::dataAboutToBeReset, this,
            &RelationshipModel::onDataAboutToBeReset);
    connect(document, &Document::dataReset, this, &RelationshipModel::onDataReset);
    // Not row by row yet: an edit of relationships or of the entities they name resets this
    // model (no view uses it); other edits leave its rows as they are.
    connect(document, &Document::aboutToApply, this, [this](const DataEdit &edit) {
        if (!edit.relationships.isEmpty() || !edit.entities.isEmpty())
            onDataAboutToBeReset();
    });
    connect(document, &Document::applied, this, [this] {
        if (m_resetting)
            onDataReset();
    });
    connect(document, &Document::timeWindowChanged, this, &RelationshipModel::reset);
    connect(document, &Document::languageChanged, this, &RelationshipModel::onLanguageChanged);
    connect(document, &QObject::destroyed, this, &RelationshipModel::reset);
    m_graph = document->graph();
}

int RelationshipModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_graph.edges().size());
}

int RelationshipModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RelationshipModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_document)
        return {};
    const Dataset &data = m_document->data();
    const Relationship &r = data.relationships.at(m_graph.edges().at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return displayText(r, index.column());
    case Qt::ToolTipRole: {
        const Event *event = r.eventId.isEmpty() ? nullptr : data.event(r.eventId);
        return event ? QVariant(event->title.text(m_document->language())) : QVariant();
    }
    case Roles::Id:
        return r.id;
    case Roles::Kind:
        return keyOf(r.type);
    case Roles::SortKey:
        switch (index.column()) {
        case ValidFrom:
            return r.validFrom.start();
        case ValidUntil:
            return r.validUntil.end();
        default:
            return displayText(r, index.column()).toLower();
        }
    case Roles::DateStart:
        return r.validFrom.start();
    case Roles::DateEnd:
        return r.validUntil.end();
    case Roles::Participants:
        return QStringList{ r.fromId, r.toId };
    case Roles::SearchText: {
        QStringList parts = ModelHelpers::entitySearchTerms(data, r.fromId);
        parts << ModelHelpers::entitySearchTerms(data, r.toId) << labelOf(r.type);
        return parts.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

QVariant RelationshipModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case From:
        return tr("From");
    case Type:
        return tr("Relationship");
    case To:
        return tr("To");
    case ValidFrom:
        return tr("Valid from");
    case ValidUntil:
        return tr("Valid until");
    default:
        return {};
    }
}

int RelationshipModel::rowOf(const QString &relationshipId) const
{
    if (!m_document)
        return -1;
    const auto &edges = m_graph.edges();
    for (qsizetype row = 0; row < edges.size(); ++row) {
        if (m_document->data().relationships.at(edges.at(row)).id == relationshipId)
            return int(row);
    }
    return -1;
}

QSet<QString> RelationshipModel::neighbourhood(const QString &entityId, int hops) const
{
    return m_graph.neighbourhood(entityId, hops);
}

void RelationshipModel::reset()
{
    beginResetModel();
    m_graph = m_document ? m_document->graph() : RelationshipGraph();
    endResetModel();
}

void RelationshipModel::onLanguageChanged()
{
    ModelHelpers::emitAllChanged(this);
}

QString RelationshipModel::displayText(const Relationship &r, int column) const
{
    const Dataset &data = m_document->data();
    const Language lang = m_document->language();
    switch (column) {
    case From:
        return displayName(data, r.fromId, lang);
    case Type:
        return labelOf(r.type);
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

void RelationshipModel::onDataAboutToBeReset()
{
    beginResetModel();
    m_resetting = true;
}

void RelationshipModel::onDataReset()
{
    if (!m_resetting)
        beginResetModel();
    m_graph = m_document ? m_document->graph() : RelationshipGraph();
    m_resetting = false;
    endResetModel();
}

} // namespace atlas
