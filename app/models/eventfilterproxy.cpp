// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventfilterproxy.h"

#include "models/document.h"
#include "models/eventtablemodel.h"
#include "models/roles.h"

#include <utility>

namespace atlas {

namespace {

// QSortFilterProxyModel applies a row filter change as one removal or insertion per run of
// changed rows and rebuilds its whole source-to-proxy map after each. Events scattered through
// the source make a moved window thousands of runs; past this many changed rows one layout
// change (a single refilter and sort) is far cheaper, and small changes keep their row signals.
constexpr int kMaxIncrementalChanges = 64;

// Below this many changed rows a source dataChanged refreshes the cache row by row.
constexpr int kMaxIncrementalRefresh = 256;

bool matchesWords(const QString &haystack, const QStringList &words)
{
    for (const auto &w : words) {
        if (!haystack.contains(w, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace

EventFilterProxy::EventFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Roles::SortKey);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Filtering reads the row as a whole (roles of column 0); source edits must re-filter.
    setDynamicSortFilter(true);
}

void EventFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    for (const auto &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    clearCache();
    // Connected before the base class connects its own handlers, so the cache is current by the
    // time it refilters the rows a source change touched.
    if (model) {
        const auto clear = [this] { clearCache(); };
        m_sourceConnections = {
            connect(model, &QAbstractItemModel::modelAboutToBeReset, this, clear),
            connect(model, &QAbstractItemModel::modelReset, this, clear),
            connect(model, &QAbstractItemModel::layoutChanged, this, clear),
            connect(model, &QAbstractItemModel::rowsMoved, this, clear),
            connect(model, &QAbstractItemModel::columnsInserted, this, clear),
            connect(model, &QAbstractItemModel::columnsRemoved, this, clear),
            connect(model, &QAbstractItemModel::columnsMoved, this, clear),
            connect(model, &QAbstractItemModel::rowsInserted, this, &EventFilterProxy::onSourceRowsInserted),
            connect(model, &QAbstractItemModel::rowsRemoved, this, &EventFilterProxy::onSourceRowsRemoved),
            connect(model, &QAbstractItemModel::dataChanged, this, &EventFilterProxy::onSourceDataChanged),
        };
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void EventFilterProxy::setTimeWindow(const QDate &from, const QDate &to)
{
    const QDate f = from.isValid() ? from : QDate();
    const QDate t = to.isValid() ? to : QDate();
    if (f == m_from && t == m_to)
        return;
    m_from = f;
    m_to = t;
    Filter filter = m_filter;
    filter.hasFrom = f.isValid();
    filter.hasTo = t.isValid();
    filter.fromDay = f.isValid() ? f.toJulianDay() : 0;
    filter.toDay = t.isValid() ? t.toJulianDay() : 0;
    setFilter(std::move(filter));
}

void EventFilterProxy::setKinds(const QSet<EventKind> &kinds)
{
    if (kinds == m_kinds)
        return;
    m_kinds = kinds;
    Filter filter = m_filter;
    filter.kindKeys.clear();
    for (EventKind k : kinds)
        filter.kindKeys.insert(keyOf(k));
    setFilter(std::move(filter));
}

void EventFilterProxy::setParticipant(const QString &entityId)
{
    if (entityId == m_participant)
        return;
    m_participant = entityId;
    Filter filter = m_filter;
    filter.participant = entityId;
    setFilter(std::move(filter));
}

void EventFilterProxy::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    Filter filter = m_filter;
    filter.words.clear();
    const QStringList words = text.split(QChar::Space, Qt::SkipEmptyParts);
    for (const auto &w : words) {
        const QString s = w.simplified();
        if (!s.isEmpty())
            filter.words << s;
    }
    setFilter(std::move(filter));
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

void EventFilterProxy::setFilter(Filter filter)
{
    const Filter previous = std::exchange(m_filter, std::move(filter));
    if (!sourceModel()) {
        invalidateRowsFilter();
        return;
    }
    ensureRows();
    // Counts rows whose acceptance flips, stopping as soon as the answer is known.
    int changes = 0;
    const QModelIndex root;
    for (int row = 0, n = int(m_rows.size()); row < n && changes <= kMaxIncrementalChanges; ++row) {
        const Row &r = m_rows[size_t(row)];
        if (accepts(r, row, root, previous) != accepts(r, row, root, m_filter))
            ++changes;
    }
    if (changes > kMaxIncrementalChanges)
        invalidate();
    else
        invalidateRowsFilter();
}

EventFilterProxy::Row EventFilterProxy::readRow(const QModelIndex &index) const
{
    Row r;
    const QDate start = index.data(Roles::DateStart).toDate();
    const QDate end = index.data(Roles::DateEnd).toDate();
    r.startDay = start.toJulianDay();
    r.endDay = end.toJulianDay();
    r.hasStart = start.isValid();
    r.hasEnd = end.isValid();
    r.kind = index.data(Roles::Kind).toString();
    r.participants = index.data(Roles::Participants).toStringList();
    return r;
}

void EventFilterProxy::ensureRows() const
{
    if (m_rowsValid)
        return;
    m_rows.clear();
    if (const QAbstractItemModel *source = sourceModel()) {
        const int n = source->rowCount();
        m_rows.reserve(size_t(n));
        for (int row = 0; row < n; ++row)
            m_rows.push_back(readRow(source->index(row, 0)));
    }
    m_rowsValid = true;
}

const QString &EventFilterProxy::searchText(int sourceRow) const
{
    if (!m_searchTextsValid) {
        // All at once: a search reads every row anyway.
        const QAbstractItemModel *source = sourceModel();
        const int n = source ? source->rowCount() : 0;
        m_searchTexts.assign(size_t(n), QString());
        for (int row = 0; row < n; ++row)
            m_searchTexts[size_t(row)] = source->index(row, 0).data(Roles::SearchText).toString();
        m_searchTextsValid = true;
    }
    return m_searchTexts[size_t(sourceRow)];
}

bool EventFilterProxy::accepts(const Row &row, int sourceRow, const QModelIndex &sourceParent,
                               const Filter &filter) const
{
    if (filter.hasFrom || filter.hasTo) {
        if (!row.hasStart)
            return false; // an undated event cannot be placed in a window
        const qint64 end = row.hasEnd ? row.endDay : row.startDay;
        if (filter.hasFrom && end < filter.fromDay)
            return false;
        if (filter.hasTo && row.startDay > filter.toDay)
            return false;
    }
    if (!filter.kindKeys.isEmpty() && !filter.kindKeys.contains(row.kind))
        return false;
    if (!filter.participant.isEmpty() && !row.participants.contains(filter.participant))
        return false;
    if (!filter.words.isEmpty()) {
        if (sourceParent.isValid()) {
            const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
            return matchesWords(index.data(Roles::SearchText).toString(), filter.words);
        }
        return matchesWords(searchText(sourceRow), filter.words);
    }
    return true;
}

bool EventFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return false;
    if (sourceParent.isValid()) {
        // The cache holds top-level rows only; rows of a tree are read as they come.
        const QModelIndex index = source->index(sourceRow, 0, sourceParent);
        return index.isValid() && accepts(readRow(index), sourceRow, sourceParent, m_filter);
    }
    ensureRows();
    if (sourceRow < 0 || sourceRow >= int(m_rows.size()))
        return false;
    return accepts(m_rows[size_t(sourceRow)], sourceRow, sourceParent, m_filter);
}

bool EventFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool cached = left.model() == sourceModel() && right.model() == sourceModel() && !left.parent().isValid()
        && !right.parent().isValid();
    if (cached)
        ensureRows();
    const int n = int(m_rows.size());
    const bool inCache = cached && left.row() < n && right.row() < n;

    // Dates sort chronologically by start and, at the same start, finer precision first (a day
    // before its month, the month before its quarter), as PartialDate orders them.
    if (left.column() == EventTableModel::Date && sortRole() == Roles::SortKey) {
        Row leftRead;
        Row rightRead;
        if (!inCache) {
            leftRead = readRow(left.siblingAtColumn(0));
            rightRead = readRow(right.siblingAtColumn(0));
        }
        const Row &l = inCache ? m_rows[size_t(left.row())] : leftRead;
        const Row &r = inCache ? m_rows[size_t(right.row())] : rightRead;
        if (l.startDay != r.startDay) {
            if (!l.hasStart || !r.hasStart)
                return l.hasStart; // undated events last
            return l.startDay < r.startDay;
        }
        return l.endDay < r.endDay; // ties keep source order: the sort is stable
    }

    if (!inCache)
        return QSortFilterProxyModel::lessThan(left, right);
    if (m_sortKeysColumn != left.column() || m_sortKeysRole != sortRole() || m_sortKeys.size() != size_t(n)) {
        m_sortKeys.assign(size_t(n), QVariant());
        for (int row = 0; row < n; ++row)
            m_sortKeys[size_t(row)] = sourceModel()->index(row, left.column()).data(sortRole());
        m_sortKeysColumn = left.column();
        m_sortKeysRole = sortRole();
    }
    // The comparison QSortFilterProxyModel makes, on the cached values, for the types event
    // models sort by; any other type takes the base class path.
    const QVariant &l = m_sortKeys[size_t(left.row())];
    const QVariant &r = m_sortKeys[size_t(right.row())];
    if (l.userType() == QMetaType::UnknownType)
        return false;
    if (r.userType() == QMetaType::UnknownType)
        return true;
    switch (l.userType()) {
    case QMetaType::Double:
        return l.toDouble() < r.toDouble();
    case QMetaType::QString:
        if (isSortLocaleAware())
            return l.toString().localeAwareCompare(r.toString()) < 0;
        return l.toString().compare(r.toString(), sortCaseSensitivity()) < 0;
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

void EventFilterProxy::clearCache()
{
    m_rows.clear();
    m_rowsValid = false;
    m_searchTexts.clear();
    m_searchTextsValid = false;
    m_sortKeys.clear();
    m_sortKeysColumn = -1;
    m_sortKeysRole = -1;
}

void EventFilterProxy::onSourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (!m_rowsValid || last - first + 1 > kMaxIncrementalRefresh) {
        clearCache();
        return;
    }
    std::vector<Row> added;
    for (int row = first; row <= last; ++row)
        added.push_back(readRow(sourceModel()->index(row, 0)));
    const size_t before = m_rows.size();
    m_rows.insert(m_rows.begin() + first, added.begin(), added.end());
    // Search texts and sort keys follow row by row: rebuilding them reads every row, which is
    // what an edit of one row must not cost.
    if (m_searchTextsValid && m_searchTexts.size() == before) {
        std::vector<QString> texts;
        for (int row = first; row <= last; ++row)
            texts.push_back(sourceModel()->index(row, 0).data(Roles::SearchText).toString());
        m_searchTexts.insert(m_searchTexts.begin() + first, texts.begin(), texts.end());
    } else {
        m_searchTexts.clear();
        m_searchTextsValid = false;
    }
    if (m_sortKeysColumn >= 0 && m_sortKeys.size() == before) {
        std::vector<QVariant> keys;
        for (int row = first; row <= last; ++row)
            keys.push_back(sourceModel()->index(row, m_sortKeysColumn).data(m_sortKeysRole));
        m_sortKeys.insert(m_sortKeys.begin() + first, keys.begin(), keys.end());
    } else {
        m_sortKeys.clear();
        m_sortKeysColumn = -1;
    }
}

void EventFilterProxy::onSourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (!m_rowsValid || last >= int(m_rows.size())) {
        clearCache();
        return;
    }
    const size_t before = m_rows.size();
    m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
    if (m_searchTextsValid && m_searchTexts.size() == before) {
        m_searchTexts.erase(m_searchTexts.begin() + first, m_searchTexts.begin() + last + 1);
    } else {
        m_searchTexts.clear();
        m_searchTextsValid = false;
    }
    if (m_sortKeysColumn >= 0 && m_sortKeys.size() == before) {
        m_sortKeys.erase(m_sortKeys.begin() + first, m_sortKeys.begin() + last + 1);
    } else {
        m_sortKeys.clear();
        m_sortKeysColumn = -1;
    }
}

void EventFilterProxy::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                           const QList<int> &roles)
{
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    if (!roles.isEmpty()) {
        const QList<int> read{Roles::DateStart, Roles::DateEnd, Roles::Kind, Roles::Participants, Roles::SearchText,
                              sortRole()};
        bool relevant = false;
        for (int role : roles)
            relevant = relevant || read.contains(role);
        if (!relevant)
            return;
    }
    const int first = topLeft.row();
    const int last = bottomRight.row();
    if (!m_rowsValid || last - first + 1 > kMaxIncrementalRefresh || last >= int(m_rows.size())) {
        clearCache();
        return;
    }
    for (int row = first; row <= last; ++row) {
        m_rows[size_t(row)] = readRow(sourceModel()->index(row, 0));
        if (m_searchTextsValid)
            m_searchTexts[size_t(row)] = sourceModel()->index(row, 0).data(Roles::SearchText).toString();
        if (m_sortKeysColumn >= 0)
            m_sortKeys[size_t(row)] = sourceModel()->index(row, m_sortKeysColumn).data(m_sortKeysRole);
    }
}

} // namespace atlas
