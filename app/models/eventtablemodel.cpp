// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventtablemodel.h"

#include "core/displayname.h"
#include "core/formatting.h"
#include "models/document.h"
#include "models/modelhelpers.h"
#include "models/roles.h"

#include <QSet>

namespace atlas {

EventTableModel::EventTableModel(Document *document, QObject *parent)
    : DocumentTableModel(document, RecordType::Event, ColumnCount, parent)
{
    connect(document, &Document::recordsChanged, this,
            [this](RecordType type, const QList<qsizetype> &rows) {
                if (type == RecordType::Entity)
                    onEntitiesChanged(rows);
            });
}

TableModelBase::RowFacts EventTableModel::rowFacts(const QModelIndex &index) const
{
    const Event &event = document()->data().events.at(index.row());
    QStringList ids;
    for (const auto &p : event.participants)
        ids << p.entityId;
    return { event.id, keyOf(event.kind), event.date.start(), event.date.end(), ids };
}

bool EventTableModel::isNumberColumn(int column) const
{
    return column == Amount;
}

QVariant EventTableModel::cellData(const QModelIndex &index, int role) const
{
    const Event &event = document()->data().events.at(index.row());
    const Language lang = document()->language();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(event, index.column());
    case Qt::ToolTipRole: {
        const QString summary = event.summary.text(lang);
        return summary.isEmpty() ? event.title.text(lang) : summary;
    }
    case Roles::SortKey:
        switch (index.column()) {
        case Date:
            // Start, then span length: finer precision first at the same start, like PartialDate.
            return event.date.isValid() ? event.date.start().toString(Qt::ISODate)
                            + event.date.end().toString(Qt::ISODate)
                                        : QString();
        case Amount:
            return data(index, Roles::Value);
        default:
            return displayText(event, index.column()).toLower();
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
    case Roles::Attributes:
        return QVariant::fromValue(event.attributes);
    default:
        return {};
    }
}

QStringList EventTableModel::columnTitles() const
{
    return { tr("Date"), tr("Kind"), tr("Title"), tr("Participants"), tr("Amount") };
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
    return document() ? document()->data().eventIndex(eventId) : -1;
}

QString EventTableModel::displayText(const Event &event, int column) const
{
    const Language lang = document()->language();
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
        names << displayName(document()->data(), p.entityId, document()->language());
    return names.join(QStringLiteral(", "));
}

QString EventTableModel::searchText(const Event &event) const
{
    QStringList parts{ event.title.en, event.title.ko, event.summary.en, event.summary.ko };
    for (const auto &p : event.participants)
        parts << ModelHelpers::entitySearchTerms(document()->data(), p.entityId);
    for (const Attribute &a : event.attributes)
        parts << a.toText();
    parts.removeAll(QString());
    return parts.join(QLatin1Char('\n'));
}

const QString &EventTableModel::cachedSearchText(int row) const
{
    const auto &events = document()->data().events;
    if (m_searchTexts.size() != events.size()) {
        m_searchTexts.clear();
        m_searchTexts.reserve(events.size());
        for (const Event &event : events)
            m_searchTexts << searchText(event);
    }
    return m_searchTexts.at(row);
}

void EventTableModel::rowsRemovedHook(int first, int last)
{
    if (!m_searchTexts.isEmpty())
        m_searchTexts.remove(first, last - first + 1);
}

void EventTableModel::rowsInsertedHook(int first, int last)
{
    if (m_searchTexts.isEmpty())
        return;
    const auto &events = document()->data().events;
    for (int row = first; row <= last; ++row)
        m_searchTexts.insert(row, searchText(events.at(row)));
}

void EventTableModel::rowsChangedHook(int first, int last)
{
    if (m_searchTexts.size() != document()->data().events.size())
        return;
    const auto &events = document()->data().events;
    for (int row = first; row <= last; ++row)
        m_searchTexts[row] = searchText(events.at(row));
}

void EventTableModel::resetHook()
{
    m_searchTexts.clear();
}

// Names and tickers show in the participant cells and the search text of the entity's events.
void EventTableModel::onEntitiesChanged(const QList<qsizetype> &rows)
{
    const Dataset &data = document()->data();
    QSet<QString> ids;
    for (qsizetype row : rows)
        ids.insert(data.entities.at(row).id);
    // One entity edited (the usual case): a string compare, which fails at the length for most,
    // is several times cheaper than hashing every participant of every event.
    const QString only = ids.size() == 1 ? *ids.cbegin() : QString();
    const auto edited = [&](const QString &entityId) {
        return only.isNull() ? ids.contains(entityId) : entityId == only;
    };
    QList<qsizetype> touched;
    for (qsizetype i = 0; i < data.events.size(); ++i) {
        for (const auto &p : data.events.at(i).participants) {
            if (edited(p.entityId)) {
                touched.append(i);
                break;
            }
        }
    }
    emitRowsChanged(touched, Participants, Participants);
}

} // namespace atlas
