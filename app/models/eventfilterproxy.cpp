// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventfilterproxy.h"

#include "models/document.h"
#include "models/eventtablemodel.h"
#include "models/roles.h"

namespace atlas {

EventFilterProxy::EventFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Roles::SortKey);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Filtering reads the row as a whole (roles of column 0); source edits must re-filter.
    setDynamicSortFilter(true);
}

void EventFilterProxy::setTimeWindow(const QDate &from, const QDate &to)
{
    const QDate f = from.isValid() ? from : QDate();
    const QDate t = to.isValid() ? to : QDate();
    if (f == m_from && t == m_to)
        return;
    m_from = f;
    m_to = t;
    invalidateRowsFilter();
}

void EventFilterProxy::setKinds(const QSet<EventKind> &kinds)
{
    if (kinds == m_kinds)
        return;
    m_kinds = kinds;
    m_kindKeys.clear();
    for (EventKind k : kinds)
        m_kindKeys.insert(keyOf(k));
    invalidateRowsFilter();
}

void EventFilterProxy::setParticipant(const QString &entityId)
{
    if (entityId == m_participant)
        return;
    m_participant = entityId;
    invalidateRowsFilter();
}

void EventFilterProxy::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    const QStringList words = text.split(QChar::Space, Qt::SkipEmptyParts);
    m_words.clear();
    for (const auto &w : words) {
        const QString s = w.simplified();
        if (!s.isEmpty())
            m_words << s;
    }
    invalidateRowsFilter();
}

void EventFilterProxy::followDocument(Document *document)
{
    if (m_windowConnection)
        disconnect(m_windowConnection);
    m_document = document;
    if (!document)
        return;
    m_windowConnection = connect(document, &Document::timeWindowChanged, this, &EventFilterProxy::setTimeWindow);
    setTimeWindow(document->windowFrom(), document->windowTo());
}

bool EventFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return false;
    const QModelIndex index = source->index(sourceRow, 0, sourceParent);
    if (!index.isValid())
        return false;

    if (m_from.isValid() || m_to.isValid()) {
        const QDate start = index.data(Roles::DateStart).toDate();
        QDate end = index.data(Roles::DateEnd).toDate();
        if (!start.isValid())
            return false; // an undated event cannot be placed in a window
        if (!end.isValid())
            end = start;
        if (m_from.isValid() && end < m_from)
            return false;
        if (m_to.isValid() && start > m_to)
            return false;
    }

    if (!m_kindKeys.isEmpty() && !m_kindKeys.contains(index.data(Roles::Kind).toString()))
        return false;

    if (!m_participant.isEmpty() && !index.data(Roles::Participants).toStringList().contains(m_participant))
        return false;

    if (!m_words.isEmpty()) {
        const QString haystack = index.data(Roles::SearchText).toString();
        for (const auto &w : m_words) {
            if (!haystack.contains(w, Qt::CaseInsensitive))
                return false;
        }
    }
    return true;
}

bool EventFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Dates sort chronologically by start and, at the same start, finer precision first (a day
    // before its month, the month before its quarter), as PartialDate orders them.
    if (left.column() == EventTableModel::Date && sortRole() == Roles::SortKey) {
        const QDate ls = left.data(Roles::DateStart).toDate();
        const QDate rs = right.data(Roles::DateStart).toDate();
        if (ls != rs) {
            if (!ls.isValid() || !rs.isValid())
                return ls.isValid(); // undated events last
            return ls < rs;
        }
        const QDate le = left.data(Roles::DateEnd).toDate();
        const QDate re = right.data(Roles::DateEnd).toDate();
        return le < re; // ties keep source order: the sort is stable
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace atlas
