// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventtablemodel.h"

#include "core/displayname.h"
#include "core/formatting.h"
#include "models/document.h"
#include "models/modelhelpers.h"
#include "models/roles.h"

namespace atlas {

EventTableModel::EventTableModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    Q_ASSERT(document);
    connect(document, &Document::dataAboutToBeReset, this, &EventTableModel::onDataAboutToBeReset);
    connect(document, &Document::dataReset, this, &EventTableModel::onDataReset);
    connect(document, &Document::languageChanged, this, &EventTableModel::onLanguageChanged);
    // The document going away empties the model; views must not read a dangling dataset.
    connect(document, &QObject::destroyed, this, &EventTableModel::onDataReset);
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_document)
        return 0;
    return int(m_document->data().events.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_document)
        return {};
    const Event &event = m_document->data().events.at(index.row());
    const Language lang = m_document->language();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(event, index.column());
    case Qt::ToolTipRole: {
        const QString summary = event.summary.text(lang);
        return summary.isEmpty() ? event.title.text(lang) : summary;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == Amount)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Roles::Id:
        return event.id;
    case Roles::Kind:
        return keyOf(event.kind);
    case Roles::SortKey:
        switch (index.column()) {
        case Date:
            // Start, then span length: finer precision first at the same start, like PartialDate.
            return event.date.isValid()
                ? event.date.start().toString(Qt::ISODate) + event.date.end().toString(Qt::ISODate)
                : QString();
        case Amount:
            return data(index, Roles::Value);
        default:
            return displayText(event, index.column()).toLower();
        }
    case Roles::DateStart:
        return event.date.start();
    case Roles::DateEnd:
        return event.date.end();
    case Roles::Participants: {
        QStringList ids;
        for (const auto &p : event.participants)
            ids << p.entityId;
        return ids;
    }
    case Roles::Value:
        if (event.amount) {
            if (event.amount->value)
                return *event.amount->value;
            if (event.amount->min)
                return *event.amount->min;
        }
        return {};
    case Roles::SearchText:
        return cachedSearchText(index.row());
    default:
        return {};
    }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Kind:
        return tr("Kind");
    case Title:
        return tr("Title");
    case Participants:
        return tr("Participants");
    case Amount:
        return tr("Amount");
    default:
        return {};
    }
}

QHash<int, QByteArray> EventTableModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(Roles::Id, "id");
    names.insert(Roles::Kind, "kind");
    names.insert(Roles::SortKey, "sortKey");
    names.insert(Roles::DateStart, "dateStart");
    names.insert(Roles::DateEnd, "dateEnd");
    names.insert(Roles::Participants, "participants");
    names.insert(Roles::Value, "value");
    names.insert(Roles::SearchText, "searchText");
    return names;
}

int EventTableModel::rowOf(const QString &eventId) const
{
    return m_document ? m_document->data().eventIndex(eventId) : -1;
}

void EventTableModel::onLanguageChanged()
{
    ModelHelpers::emitAllChanged(this);
}

QString EventTableModel::displayText(const Event &event, int column) const
{
    const Language lang = m_document->language();
    switch (column) {
    case Date:
        return Format::date(event.date, lang);
    case Kind:
        return labelOf(event.kind);
    case Title:
        return event.title.text(lang);
    case Participants:
        return participantNames(event);
    case Amount:
        return event.amount ? Format::amount(*event.amount, lang) : QString();
    default:
        return {};
    }
}

QString EventTableModel::participantNames(const Event &event) const
{
    QStringList names;
    for (const auto &p : event.participants)
        names << displayName(m_document->data(), p.entityId, m_document->language());
    return names.join(QStringLiteral(", "));
}

QString EventTableModel::searchText(const Event &event) const
{
    QStringList parts{event.title.en, event.title.ko, event.summary.en, event.summary.ko};
    for (const auto &p : event.participants)
        parts << ModelHelpers::entitySearchTerms(m_document->data(), p.entityId);
    parts.removeAll(QString());
    return parts.join(QLatin1Char('\n'));
}

const QString &EventTableModel::cachedSearchText(int row) const
{
    const auto &events = m_document->data().events;
    if (m_searchTexts.size() != events.size()) {
        m_searchTexts.clear();
        m_searchTexts.reserve(events.size());
        for (const Event &event : events)
            m_searchTexts << searchText(event);
    }
    return m_searchTexts.at(row);
}

void EventTableModel::onDataAboutToBeReset()
{
    m_searchTexts.clear();
    beginResetModel();
    m_resetting = true;
}

void EventTableModel::onDataReset()
{
    if (!m_resetting)
        beginResetModel();
    m_resetting = false;
    m_searchTexts.clear();
    endResetModel();
}

} // namespace atlas
