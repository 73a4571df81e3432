// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventfilterproxy.h"

#include "core/displayname.h"
#include "core/heap.h"
#include "models/document.h"
#include "models/documenttablemodel.h"
#include "models/eventtablemodel.h"
#include "models/roles.h"

#include <algorithm>
#include <bit>
#include <limits>
#include <numeric>
#include <optional>
#include <utility>

namespace atlas {

namespace {

// A change that shows or hides rows in at most this many runs comes out as row insertions and
// removals; more runs (rows scattered through the sorted order) as one layout change, which
// costs the views one relayout instead of one per run.
constexpr int kMaxRuns = 32;

// Up to this many changed source rows are re-placed in the sorted order one by one; more are
// sorted again as a whole.
constexpr int kMaxIncrementalRefresh = 256;

bool matchesWords(const QString &haystack, const QStringList &words)
{
    for (const auto &w : words) {
        if (!haystack.contains(w, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

// Values without a type sort last; numbers by value, text ignoring case.
bool variantLess(const QVariant &l, const QVariant &r)
{
    if (!l.isValid())
        return false;
    if (!r.isValid())
        return true;
    switch (l.userType()) {
    case QMetaType::Double:
    case QMetaType::Float:
        return l.toDouble() < r.toDouble();
    case QMetaType::Int:
    case QMetaType::LongLong:
        return l.toLongLong() < r.toLongLong();
    case QMetaType::QString:
        return l.toString().compare(r.toString(), Qt::CaseInsensitive) < 0;
    case QMetaType::QDate:
        return l.toDate() < r.toDate();
    default:
        return QVariant::compare(l, r) == QPartialOrdering::Less;
    }
}

} // namespace

EventFilterProxy::EventFilterProxy(QObject *parent)
    : QAbstractProxyModel(parent), m_sortRole(Roles::SortKey)
{
    m_kindOfEvent.fill(-1);
}

EventFilterProxy::~EventFilterProxy() = default;

void EventFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const auto &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    QAbstractProxyModel::setSourceModel(model);
    m_table = qobject_cast<const DocumentTableModel *>(model);
    if (model) {
        // The source's own resets, layout changes and column changes start over; the document's
        // table models never send the last two, so nothing is lost keeping them simple.
        const auto begin = [this] {
            if (!m_resetting) {
                m_resetting = true;
                beginResetModel();
            }
        };
        const auto end = [this] { resetFromSource(); };
        m_sourceConnections = {
            connect(model, &QAbstractItemModel::modelAboutToBeReset, this, begin),
            connect(model, &QAbstractItemModel::modelReset, this, end),
            connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, begin),
            connect(model, &QAbstractItemModel::layoutChanged, this, end),
            connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, begin),
            connect(model, &QAbstractItemModel::rowsMoved, this, end),
            connect(model, &QAbstractItemModel::columnsAboutToBeInserted, this, begin),
            connect(model, &QAbstractItemModel::columnsInserted, this, end),
            connect(model, &QAbstractItemModel::columnsAboutToBeRemoved, this, begin),
            connect(model, &QAbstractItemModel::columnsRemoved, this, end),
            connect(model, &QAbstractItemModel::columnsAboutToBeMoved, this, begin),
            connect(model, &QAbstractItemModel::columnsMoved, this, end),
            connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                    &EventFilterProxy::onSourceRowsAboutToBeRemoved),
            connect(model, &QAbstractItemModel::rowsRemoved, this,
                    &EventFilterProxy::onSourceRowsRemoved),
            connect(model, &QAbstractItemModel::rowsInserted, this,
                    &EventFilterProxy::onSourceRowsInserted),
            connect(model, &QAbstractItemModel::dataChanged, this,
                    &EventFilterProxy::onSourceDataChanged),
            connect(model, &QAbstractItemModel::headerDataChanged, this,
                    [this](Qt::Orientation orientation, int first, int last) {
                        if (orientation == Qt::Horizontal)
                            Q_EMIT headerDataChanged(orientation, first, last);
                    }),
            // As QSortFilterProxyModel does: forgets the rows without signals, which would reach
            // owners (a window) being destroyed along with the source.
            connect(model, &QObject::destroyed, this, [this] { clearAll(); }),
        };
        if (auto *table = qobject_cast<DocumentTableModel *>(model)) {
            m_sourceConnections.append(connect(table, &DocumentTableModel::rowsChanging, this,
                                               &EventFilterProxy::onSourceRowsChanging));
            m_sourceConnections.append(connect(table, &DocumentTableModel::rowsChangeDone, this,
                                               [this] { m_inBatch = false; }));
        }
    }
    m_resetting = true;
    resetFromSource();
}

template <typename T, typename Change>
void EventFilterProxy::changeFilter(T *member, const T &value, Change change)
{
    if (*member == value)
        return;
    *member = value;
    Filter filter = m_filter;
    change(filter);
    setFilter(std::move(filter));
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
    if (windowOnly(filter) && m_holdWindow && m_holdWindow()) {
        // Rows the source adds or changes meanwhile are placed by this window already; the rest
        // change when it is applied (showWindow() compares what is shown with what it holds).
        m_filter = std::move(filter);
        m_windowHeld = true;
        return;
    }
    setFilter(std::move(filter));
}

void EventFilterProxy::setHoldWindowWhile(std::function<bool()> hold)
{
    m_holdWindow = std::move(hold);
    applyHeldWindow();
}

void EventFilterProxy::applyHeldWindow()
{
    if (!m_windowHeld)
        return;
    m_windowHeld = false;
    showWindow();
    Q_EMIT heldWindowApplied();
}

int EventFilterProxy::shownCount()
{
    if (!m_windowHeld)
        return rowCount();
    if (!m_filter.hasFrom && !m_filter.hasTo)
        return int(m_order.size());
    ensurePositionDays();
    const qint64 from = m_filter.hasFrom ? m_filter.fromDay : std::numeric_limits<qint64>::min();
    const qint64 to = m_filter.hasTo ? m_filter.toDay : std::numeric_limits<qint64>::max();
    int count = 0;
    for (const auto &[start, end] : m_positionDays)
        count += int(end >= from) & int(start <= to);
    return count;
}

void EventFilterProxy::setKinds(const QSet<EventKind> &kinds)
{
    changeFilter(&m_kinds, kinds, [&](Filter &filter) {
        filter.kindKeys.clear();
        for (EventKind k : kinds)
            filter.kindKeys.insert(keyOf(k));
    });
}

void EventFilterProxy::setParticipant(const QString &entityId)
{
    changeFilter(&m_participant, entityId, [&](Filter &filter) { filter.participant = entityId; });
}

void EventFilterProxy::setText(const QString &text)
{
    changeFilter(&m_text, text, [&](Filter &filter) {
        filter.words.clear();
        QString rest;
        filter.conditions = AttributeCondition::extract(text, &rest);
        const QStringList words = rest.split(QChar::Space, Qt::SkipEmptyParts);
        for (const auto &w : words) {
            const QString s = w.simplified();
            if (!s.isEmpty())
                filter.words << s;
        }
    });
}

void EventFilterProxy::followDocument(Document *document)
{
    if (m_windowConnection)
        disconnect(m_windowConnection);
    m_document = document;
    if (!document)
        return;
    m_windowConnection =
            connect(document, &Document::timeWindowChanged, this, &EventFilterProxy::setTimeWindow);
    setTimeWindow(document->windowFrom(), document->windowTo());
}

void EventFilterProxy::setFilter(Filter filter)
{
    m_filter = std::move(filter);
    m_windowHeld = false; // applied with the rest
    m_entityWords.clear(); // for the words before, or names since changed
    // Only the time window (what every step of the timeline changes): one pass in the order's
    // order, touching the rows whose state changes.
    if (windowOnly(m_filter))
        showWindow();
    else
        showByRows();
}

bool EventFilterProxy::windowOnly(const Filter &filter)
{
    return filter.kindKeys.isEmpty() && filter.participant.isEmpty() && filter.words.isEmpty()
            && filter.conditions.isEmpty();
}

void EventFilterProxy::showByRows()
{
    // The buffer of the last change, its pages already touched (a fresh megabyte at a million
    // events each step of the timeline was some 3 ms of page faults).
    std::vector<char> visible = std::move(m_spareVisible);
    const Filter &f = m_filter;
    if (const auto rows = participantRows(f.participant)) {
        // A company's events (what selecting one in any view sets): from the document's
        // participant index, not a pass over every row.
        visible.assign(m_rows.size(), 0);
        for (int row : *rows)
            visible[size_t(row)] = accepts(row);
    } else {
        visible.resize(m_rows.size());
        for (int row = 0, n = int(m_rows.size()); row < n; ++row)
            visible[size_t(row)] = accepts(row);
    }
    showRows(std::move(visible));
}

const Dataset *EventFilterProxy::documentData() const
{
    // Asked for every row: looked up once (and no longer once the source is gone).
    const DocumentTableModel *table = m_table == sourceModel() ? m_table : nullptr;
    if (!table || table->recordType() != RecordType::Event || !table->document())
        return nullptr;
    const Dataset &data = table->document()->data();
    // The rows are the document's events, one for one, unless an edit is on its way through.
    return size_t(data.events.size()) == m_rows.size() ? &data : nullptr;
}

std::optional<QList<int>> EventFilterProxy::participantRows(const QString &entityId) const
{
    const Dataset *data = documentData();
    if (entityId.isEmpty() || !data)
        return std::nullopt;
    QList<int> rows;
    for (const QString &id : data->eventsInvolving(entityId)) {
        const int row = data->eventIndex(id);
        if (row >= 0)
            rows.append(row);
    }
    return rows;
}

bool EventFilterProxy::involves(int sourceRow, const QString &entityId) const
{
    if (const Dataset *data = documentData())
        return data->events.at(sourceRow).involves(entityId);
    return sourceModel()
            ->index(sourceRow, 0)
            .data(Roles::Participants)
            .toStringList()
            .contains(entityId);
}

bool EventFilterProxy::inWindow(const Row &row) const
{
    const Filter &filter = m_filter;
    if (!filter.hasFrom && !filter.hasTo)
        return true;
    if (!row.hasStart)
        return false; // an undated event cannot be placed in a window
    const qint64 end = row.hasEnd ? row.endDay : row.startDay;
    return (!filter.hasFrom || end >= filter.fromDay)
            && (!filter.hasTo || row.startDay <= filter.toDay);
}

void EventFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return; // the order is kept sorted through every change
    m_sortColumn = column;
    m_sortOrder = order;
    m_sortKeys.clear();
    m_sortKeysValid = false;
    m_kindLabels.fill(QString()); // in the language now
    relayout(sortedOrder(), m_visible);
}

void EventFilterProxy::setSortRole(int role)
{
    if (role == m_sortRole)
        return;
    m_sortRole = role;
    m_sortKeys.clear();
    m_sortKeysValid = false;
    if (m_sortColumn >= 0)
        relayout(sortedOrder(), m_visible);
}

// --- Rows and filters -----------------------------------------------------------------------

EventFilterProxy::Row EventFilterProxy::readRow(int sourceRow, const Dataset *data) const
{
    QDate start;
    QDate end;
    QString kind;
    int kindAt = -1;
    if (data) {
        // Straight from the event: through the model each role builds the row's facts again.
        const Event &event = data->events.at(sourceRow);
        start = event.date.start();
        end = event.date.end();
        int &known = m_kindOfEvent.at(std::size_t(event.kind));
        if (known < 0)
            known = kindIndex(keyOf(event.kind));
        kindAt = known;
    } else {
        const QModelIndex index = sourceModel()->index(sourceRow, 0);
        start = index.data(Roles::DateStart).toDate();
        end = index.data(Roles::DateEnd).toDate();
        kind = index.data(Roles::Kind).toString();
    }
    Row r;
    const auto day = [](const QDate &date) {
        return qint32(std::clamp<qint64>(date.toJulianDay(), std::numeric_limits<qint32>::min(),
                                         std::numeric_limits<qint32>::max()));
    };
    r.startDay = day(start);
    r.endDay = day(end);
    r.hasStart = start.isValid();
    r.hasEnd = end.isValid();
    r.kind = kindAt >= 0 ? quint16(kindAt) : kindIndex(kind);
    return r;
}

quint16 EventFilterProxy::kindIndex(const QString &kind) const
{
    if (const auto it = m_kindIndex.constFind(kind); it != m_kindIndex.cend())
        return *it;
    // More kinds than an index holds (only a hostile model would have them) share the last one,
    // which a filter on kind then treats as one.
    if (m_kindTexts.size() > std::numeric_limits<quint16>::max())
        return std::numeric_limits<quint16>::max();
    const auto i = quint16(m_kindTexts.size());
    m_kindTexts.append(kind);
    m_kindIndex.insert(kind, i);
    return i;
}

const QString &EventFilterProxy::searchText(int sourceRow) const
{
    if (!m_searchTextsValid) {
        // All at once: a search reads every row anyway.
        const QAbstractItemModel *source = sourceModel();
        const int n = int(m_rows.size());
        m_searchTexts.assign(size_t(n), QString());
        for (int row = 0; row < n; ++row)
            m_searchTexts[size_t(row)] = source->index(row, 0).data(Roles::SearchText).toString();
        m_searchTextsValid = true;
    }
    return m_searchTexts[size_t(sourceRow)];
}

quint32 EventFilterProxy::entityWords(const QString &entityId, const Dataset &data) const
{
    if (const auto it = m_entityWords.constFind(entityId); it != m_entityWords.cend())
        return *it;
    const QStringList &words = m_filter.words;
    const Entity *entity = data.entity(entityId);
    quint32 found = 0;
    for (int i = 0; i < int(words.size()); ++i) {
        const QString &w = words.at(i);
        const bool holds = entity
                ? entity->name.en.contains(w, Qt::CaseInsensitive)
                        || entity->name.ko.contains(w, Qt::CaseInsensitive)
                        || entity->ticker.contains(w, Qt::CaseInsensitive)
                : entityId.contains(w, Qt::CaseInsensitive); // as the participants column shows it
        if (holds)
            found |= 1u << i;
    }
    m_entityWords.insert(entityId, found);
    return found;
}

bool EventFilterProxy::matchesEvent(const Event &event, const Dataset &data) const
{
    const QStringList &words = m_filter.words;
    const int n = int(words.size()); // at most 32
    quint32 missing = n == 32 ? ~0u : (1u << n) - 1;
    for (int i = 0; i < n; ++i) {
        const QString &w = words.at(i);
        if (event.title.en.contains(w, Qt::CaseInsensitive)
            || event.title.ko.contains(w, Qt::CaseInsensitive)
            || event.summary.en.contains(w, Qt::CaseInsensitive)
            || event.summary.ko.contains(w, Qt::CaseInsensitive))
            missing &= ~(1u << i);
    }
    for (const Participant &p : event.participants) {
        if (!missing)
            return true;
        missing &= ~entityWords(p.entityId, data);
    }
    for (const Attribute &a : event.attributes) {
        if (!missing)
            return true;
        const QString text = a.toText();
        for (int i = 0; i < n; ++i) {
            if ((missing & (1u << i)) && text.contains(words.at(i), Qt::CaseInsensitive))
                missing &= ~(1u << i);
        }
    }
    return !missing;
}

bool EventFilterProxy::accepts(int sourceRow) const
{
    const Row &row = m_rows[size_t(sourceRow)];
    const Filter &filter = m_filter;
    if (!inWindow(row))
        return false;
    if (!filter.kindKeys.isEmpty() && !filter.kindKeys.contains(m_kindTexts.at(row.kind)))
        return false;
    if (!filter.participant.isEmpty() && !involves(sourceRow, filter.participant))
        return false;
    if (!filter.conditions.isEmpty()
        && !AttributeCondition::matchesAll(
                filter.conditions,
                sourceModel()->index(sourceRow, 0).data(Roles::Attributes).value<Attributes>()))
        return false;
    if (filter.words.isEmpty())
        return true;
    // The document's events are searched where they are: a text per event joining its titles
    // and its participants' names held some 190 MB at a million events.
    if (const Dataset *data = documentData(); data && filter.words.size() <= 32)
        return matchesEvent(data->events.at(sourceRow), *data);
    return matchesWords(searchText(sourceRow), filter.words);
}

// --- Sorting --------------------------------------------------------------------------------

void EventFilterProxy::ensureSortKeys() const
{
    if (m_sortKeysValid)
        return;
    const int n = int(m_rows.size());
    m_sortKeys.assign(size_t(n), QVariant());
    if (m_sortColumn >= 0) {
        for (int row = 0; row < n; ++row)
            m_sortKeys[size_t(row)] = sourceModel()->index(row, m_sortColumn).data(m_sortRole);
    }
    m_sortKeysValid = true;
}

namespace {

// Dates sort chronologically by start and, at the same start, finer precision first (a day before
// its month, the month before its quarter), as PartialDate orders them; undated events last. For
// the rows as keyLess() compares them; sortedByDate() sorts by the same order in one go.
template <typename Days>
bool daysLess(const Days &l, const Days &r)
{
    if (l.startDay != r.startDay) {
        if (!l.hasStart || !r.hasStart)
            return l.hasStart;
        return l.startDay < r.startDay;
    }
    return l.endDay < r.endDay;
}

} // namespace

namespace {

// QString::compare(a, b, Qt::CaseInsensitive), with ASCII (most titles, or their start) compared
// here and the rest, from the first other character that differs, left to Qt.
int compareIgnoringCase(QStringView a, QStringView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        char16_t x = a[i].unicode();
        char16_t y = b[i].unicode();
        if (x == y)
            continue;
        if (x >= 0x80 || y >= 0x80) {
            if (i > 0 && QChar::isHighSurrogate(a[i - 1].unicode()))
                --i; // a character of two units is folded whole
            return a.sliced(i).compare(b.sliced(i), Qt::CaseInsensitive);
        }
        if (x >= u'A' && x <= u'Z')
            x += u'a' - u'A';
        if (y >= u'A' && y <= u'Z')
            y += u'a' - u'A';
        if (x != y)
            return x < y ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

} // namespace

std::optional<QStringView> EventFilterProxy::textInDocument(int sourceRow, QString *made) const
{
    if (m_sortRole != Roles::SortKey
        || (m_sortColumn != EventTableModel::Title && m_sortColumn != EventTableModel::Kind
            && m_sortColumn != EventTableModel::Participants))
        return std::nullopt;
    const Dataset *data = documentData();
    if (!data)
        return std::nullopt;
    const Event &event = data->events.at(sourceRow);
    const Language lang = m_table->document()->language();
    if (m_sortColumn == EventTableModel::Title) {
        const QString &wanted = lang == Language::Korean ? event.title.ko : event.title.en;
        return wanted.isEmpty() ? (lang == Language::Korean ? event.title.en : event.title.ko)
                                : wanted; // LocalizedText::text(), without a copy
    }
    if (m_sortColumn == EventTableModel::Kind) {
        QString &label = m_kindLabels.at(std::size_t(event.kind));
        if (label.isNull())
            label = labelOf(event.kind);
        return label;
    }
    // The participants column's text (EventTableModel::participantNames()), made in *made
    // (keeping its room from row to row).
    made->resize(0);
    for (const Participant &p : event.participants) {
        if (!made->isEmpty())
            made->append(QLatin1String(", "));
        made->append(displayName(*data, p.entityId, lang));
    }
    return QStringView(*made);
}

bool EventFilterProxy::keyLess(int left, int right) const
{
    if (m_sortColumn == EventTableModel::Date && m_sortRole == Roles::SortKey)
        return daysLess(m_rows[size_t(left)], m_rows[size_t(right)]);
    // A title, kind or participants of the document's own events: compared where they are (the
    // names made for the two rows), with no key kept per row (a million titles in lower case
    // took some 85 MB, and the sort three seconds).
    QString madeLeft;
    QString madeRight;
    if (const auto l = textInDocument(left, &madeLeft))
        return compareIgnoringCase(*l, *textInDocument(right, &madeRight)) < 0;
    ensureSortKeys();
    return variantLess(m_sortKeys[size_t(left)], m_sortKeys[size_t(right)]);
}

bool EventFilterProxy::sortsBefore(int left, int right) const
{
    if (m_sortColumn >= 0) {
        const bool ascending = m_sortOrder == Qt::AscendingOrder;
        QString madeLeft;
        QString madeRight;
        if (const auto l = textInDocument(left, &madeLeft)) { // one comparison, not two
            const int c = compareIgnoringCase(*l, *textInDocument(right, &madeRight));
            return c != 0 ? (ascending ? c < 0 : c > 0) : left < right;
        }
        if (keyLess(ascending ? left : right, ascending ? right : left))
            return true;
        if (keyLess(ascending ? right : left, ascending ? left : right))
            return false;
    }
    return left < right; // ties, and no sort at all, keep the source's order
}

std::vector<int> EventFilterProxy::sortedOrder() const
{
    std::vector<int> order(m_rows.size());
    std::iota(order.begin(), order.end(), 0);
    if (m_sortColumn == EventTableModel::Date && m_sortRole == Roles::SortKey)
        return sortedByDate();
    QString probe;
    if (m_sortColumn >= 0 && !m_rows.empty() && textInDocument(0, &probe)) {
        // Each row's text once, for the sort only: views into the events (16 MB at a million
        // rows), or the participants' names made one after another in one string (some 60 MB
        // with their ends; a string each, in lower case and kept, took above 100 MB).
        const size_t n = m_rows.size();
        std::vector<QStringView> views;
        QString made;
        std::vector<qsizetype> ends;
        if (m_sortColumn == EventTableModel::Participants) {
            qsizetype total = 0;
            for (size_t row = 0; row < n; ++row)
                total += textInDocument(int(row), &probe)->size();
            made.reserve(total);
            ends.resize(n);
            for (size_t row = 0; row < n; ++row) {
                made.append(*textInDocument(int(row), &probe));
                ends[row] = made.size();
            }
        } else {
            views.resize(n);
            for (size_t row = 0; row < n; ++row)
                views[row] = *textInDocument(int(row), &probe);
        }
        const auto text = [&](int row) {
            if (!views.empty())
                return views[size_t(row)];
            const qsizetype begin = row > 0 ? ends[size_t(row) - 1] : 0;
            return QStringView(made).sliced(begin, ends[size_t(row)] - begin);
        };
        const bool ascending = m_sortOrder == Qt::AscendingOrder;
        const auto before = [&text, ascending](int a, int b) {
            const int c = compareIgnoringCase(text(a), text(b));
            return c != 0 ? (ascending ? c < 0 : c > 0) : a < b;
        };
        if (!std::is_sorted(order.begin(), order.end(), before))
            std::sort(order.begin(), order.end(), before);
        if (made.size() >= 1'000'000) {
            made = QString();
            std::vector<qsizetype>().swap(ends);
            returnFreeHeap(); // its pages back, not kept by the heap
        }
        return order;
    }
    if (m_sortColumn >= 0) {
        ensureSortKeys();
        const auto before = [this](int a, int b) { return sortsBefore(a, b); };
        // Data kept in date order (as imports and the built-in data are) needs one pass.
        if (!std::is_sorted(order.begin(), order.end(), before))
            std::sort(order.begin(), order.end(), before);
    }
    return order;
}

namespace {

// A dated row's days as one unsigned number whose order is daysLess()'s: the start day, then the
// end day, each with its sign bit flipped so that unsigned order is the days' order. Undated rows
// are told apart by a flag of their own, as daysLess() puts them after every dated row (whose
// start, within DataLimits' years, is never the undated rows' lowest day).
quint64 dayKey(qint32 startDay, qint32 endDay)
{
    return (quint64(quint32(startDay) ^ 0x80000000u) << 32) | (quint32(endDay) ^ 0x80000000u);
}

struct DayEntry
{
    quint64 days;
    quint32 undated; // 1 sorts after 0
    int row;
};

// Sorts entries by (undated, days), keeping rows of equal keys in their order: a radix sort of 11
// bits a pass from the least significant up to bit keyBits (a pass every entry shares is
// skipped), then the flag. 2,048 counts a pass keep the pass in the processor's caches, where
// 65,536 made each of its writes a miss.
void radixSort(std::vector<DayEntry> &entries, int keyBits)
{
    constexpr int kDigitBits = 11;
    std::vector<DayEntry> other(entries.size());
    std::vector<quint32> counts(1u << kDigitBits);
    auto pass = [&](auto digitOf) {
        std::fill(counts.begin(), counts.end(), 0u);
        for (const DayEntry &e : entries)
            ++counts[digitOf(e)];
        if (std::find(counts.cbegin(), counts.cend(), quint32(entries.size())) != counts.cend())
            return; // one digit for all: this pass keeps the order
        quint32 at = 0;
        for (quint32 &c : counts)
            at += std::exchange(c, at);
        for (const DayEntry &e : entries)
            other[counts[digitOf(e)]++] = e;
        entries.swap(other);
    };
    for (int shift = 0; shift < keyBits; shift += kDigitBits) {
        pass([shift](const DayEntry &e) {
            return quint32(e.days >> shift) & ((1u << kDigitBits) - 1);
        });
    }
    pass([](const DayEntry &e) { return e.undated; });
}

// The dated rows' days as small numbers in the same order: (start, end) counted from the lowest
// start and end, start * (span of ends) + end. Ten years of dates need 24 bits: three passes of
// 2,048 counts (the 64-bit days of recent dates took two of 65,536, each scattering its writes
// over 16 MB). Empty when the spans are too wide to multiply in 62 bits.
struct CompactDays
{
    qint64 minStart = 0;
    qint64 minEnd = 0;
    quint64 endSpan = 1;
    quint64 top = 0; // the largest number
    int bits = 0; // of the largest number
};
template <typename Row>
std::optional<CompactDays> compactDays(const std::vector<Row> &rows)
{
    qint64 minStart = std::numeric_limits<qint64>::max();
    qint64 maxStart = std::numeric_limits<qint64>::min();
    qint64 minEnd = minStart;
    qint64 maxEnd = maxStart;
    for (const Row &r : rows) {
        if (!r.hasStart)
            continue;
        minStart = std::min<qint64>(minStart, r.startDay);
        maxStart = std::max<qint64>(maxStart, r.startDay);
        minEnd = std::min<qint64>(minEnd, r.endDay);
        maxEnd = std::max<qint64>(maxEnd, r.endDay);
    }
    CompactDays c;
    if (minStart > maxStart)
        return c; // nothing dated
    const quint64 startSpan = quint64(maxStart - minStart) + 1;
    c.endSpan = quint64(maxEnd - minEnd) + 1;
    if (std::bit_width(startSpan) + std::bit_width(c.endSpan) > 62)
        return std::nullopt;
    c.minStart = minStart;
    c.minEnd = minEnd;
    c.top = (startSpan - 1) * c.endSpan + (c.endSpan - 1);
    c.bits = int(std::bit_width(c.top));
    return c;
}

} // namespace

// The order sortsBefore() gives by date (daysLess(), the source's order for equal days), from
// copies of the rows' days side by side with their rows. A radix sort: at a million rows a
// comparison sort took about 90 ms of the window's pause as the data arrived.
std::vector<int> EventFilterProxy::sortedByDate() const
{
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    const std::optional<CompactDays> compact = compactDays(m_rows);
    std::vector<DayEntry> entries(m_rows.size());
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows[i];
        quint64 days = 0;
        if (r.hasStart && compact) {
            days = quint64(r.startDay - compact->minStart) * compact->endSpan
                    + quint64(r.endDay - compact->minEnd);
        } else if (r.hasStart) {
            days = dayKey(r.startDay, r.endDay);
        }
        // Descending: every key turned over; equal keys still keep the source's order.
        if (!ascending)
            days = compact ? compact->top - days : ~days;
        entries[i] = { days, quint32(r.hasStart == ascending ? 0 : 1), int(i) };
    }
    // Data kept in date order (as imports and the built-in data are) needs one pass.
    const auto before = [](const DayEntry &a, const DayEntry &b) {
        return a.undated != b.undated ? a.undated < b.undated : a.days < b.days;
    };
    if (!std::is_sorted(entries.begin(), entries.end(), before))
        radixSort(entries, compact ? compact->bits : 64);
    std::vector<int> order(entries.size());
    for (size_t i = 0; i < entries.size(); ++i)
        order[i] = entries[i].row;
    return order;
}

// --- Showing rows ---------------------------------------------------------------------------

namespace {

// Each position of the order: whether its row was shown (bit 0) and is shown now (bit 1).
enum : char { Was = 1, Is = 2 };

// The runs of rows leaving (in the shown order before) and arriving (in the shown order after)
// that `states` (each position's Was and Is) make.
int runsOf(const std::vector<char> &states)
{
    int runs = 0;
    bool leaving = false;
    bool arriving = false;
    for (const char state : states) {
        const bool was = state & Was;
        const bool is = state & Is;
        if (was) {
            if (!is && !leaving)
                ++runs;
            leaving = !is;
        }
        if (is) {
            if (!was && !arriving)
                ++runs;
            arriving = !was;
        }
    }
    return runs;
}

} // namespace

bool EventFilterProxy::statesBefore(std::vector<char> *states) const
{
    // The shown rows are the flagged ones in the order's order (m_proxyToSource), so whether a
    // position's row was shown is read walking both in step: no look at a by-row list, whose
    // rows a sorted order visits all over it (at a million events a cache miss each).
    states->resize(m_order.size());
    size_t k = 0;
    const size_t shown = m_proxyToSource.size();
    for (size_t p = 0, n = m_order.size(); p < n; ++p) {
        const bool was = k < shown && m_proxyToSource[k] == m_order[p];
        k += was;
        (*states)[p] = was ? Was : 0;
    }
    return k == shown; // else the shown rows are not those of the order (never expected)
}

void EventFilterProxy::showRows(std::vector<char> visible)
{
    std::vector<char> &states = m_spareStates;
    if (!statesBefore(&states)) {
        relayout(m_order, std::move(visible));
        return;
    }
    for (size_t p = 0, n = m_order.size(); p < n; ++p)
        states[p] |= visible[size_t(m_order[p])] ? Is : 0;
    const int runs = runsOf(states);
    if (runs == 0) {
        m_spareVisible = std::move(visible);
        return;
    }
    if (runs > kMaxRuns) {
        relayout(m_order, std::move(visible));
        return;
    }
    emitRuns(states);
    std::swap(m_visible, visible);
    m_spareVisible = std::move(visible);
}

void EventFilterProxy::ensurePositionDays()
{
    // Each position's dates, in the order's order: read in step with it, with no look at the
    // rows (a million events' rows in a sorted order, a cache miss each).
    if (m_positionDaysValid)
        return;
    m_positionDays.resize(m_order.size());
    for (size_t p = 0, n = m_order.size(); p < n; ++p) {
        const Row &row = m_rows[size_t(m_order[p])];
        // Undated: in no window with a bound (inWindow()).
        m_positionDays[p] = row.hasStart
                ? std::pair{ row.startDay, row.hasEnd ? row.endDay : row.startDay }
                : std::pair{ std::numeric_limits<qint32>::max(),
                             std::numeric_limits<qint32>::min() };
    }
    m_positionDaysValid = true;
}

void EventFilterProxy::showWindow()
{
    ensurePositionDays();
    std::vector<char> &states = m_spareStates;
    if (!statesBefore(&states)) {
        showByRows();
        return;
    }
    const Filter &f = m_filter;
    const bool open = !f.hasFrom && !f.hasTo;
    const qint64 from = f.hasFrom ? f.fromDay : std::numeric_limits<qint64>::min();
    const qint64 to = f.hasTo ? f.toDay : std::numeric_limits<qint64>::max();
    for (size_t p = 0, n = m_order.size(); p < n; ++p) {
        const auto [start, end] = m_positionDays[p];
        const bool is = open || (end >= from && start <= to);
        states[p] |= is ? Is : 0;
    }
    const int runs = runsOf(states);
    if (runs == 0)
        return;
    const auto changedRows = [this, &states](std::vector<char> *visible) {
        for (size_t p = 0, n = m_order.size(); p < n; ++p) {
            const char state = states[p];
            if (state == Was || state == Is)
                (*visible)[size_t(m_order[p])] = state == Is;
        }
    };
    if (runs > kMaxRuns) {
        std::vector<char> visible = std::move(m_spareVisible);
        visible.assign(m_visible.cbegin(), m_visible.cend());
        changedRows(&visible);
        relayout(m_order, std::move(visible));
        m_positionDaysValid = true; // the same order
        return;
    }
    emitRuns(states);
    changedRows(&m_visible);
}

void EventFilterProxy::emitRuns(const std::vector<char> &states)
{
    // Removals first, from the last run back, so the rows of earlier runs keep their numbers.
    QList<std::pair<int, int>> removals;
    int shown = 0;
    for (const char state : states) {
        if (!(state & Was))
            continue;
        if (!(state & Is)) {
            if (!removals.isEmpty() && removals.last().second == shown - 1)
                removals.last().second = shown;
            else
                removals.append({ shown, shown });
        }
        ++shown;
    }
    for (auto it = removals.crbegin(); it != removals.crend(); ++it) {
        beginRemoveRows({}, it->first, it->second);
        m_proxyToSource.erase(m_proxyToSource.begin() + it->first,
                              m_proxyToSource.begin() + it->second + 1);
        m_sourceToProxyValid = false;
        endRemoveRows();
    }

    // Then insertions in the order after: each run lands behind every row shown before it.
    int row = 0;
    std::vector<int> run;
    int runStart = -1;
    const auto flush = [&] {
        if (run.empty())
            return;
        beginInsertRows({}, runStart, runStart + int(run.size()) - 1);
        m_proxyToSource.insert(m_proxyToSource.begin() + runStart, run.begin(), run.end());
        m_sourceToProxyValid = false;
        endInsertRows();
        run.clear();
    };
    for (size_t p = 0, n = m_order.size(); p < n; ++p) {
        const char state = states[p];
        if (!(state & Is))
            continue;
        if (!(state & Was)) {
            if (run.empty())
                runStart = row;
            run.push_back(m_order[p]);
        } else {
            flush();
        }
        ++row;
    }
    flush();
}

void EventFilterProxy::relayout(std::vector<int> order, std::vector<char> visible)
{
    m_positionDaysValid = false;
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    std::vector<int> sources;
    sources.reserve(size_t(before.size()));
    for (const QModelIndex &index : before) {
        const bool inRange = index.row() >= 0 && index.row() < int(m_proxyToSource.size());
        sources.push_back(inRange ? m_proxyToSource[size_t(index.row())] : -1);
    }
    std::swap(m_order, order);
    std::swap(m_visible, visible);
    m_spareOrder = std::move(order);
    m_spareVisible = std::move(visible);
    rebuildMapping();
    ensureSourceToProxy();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int source = sources[size_t(i)];
        const int row = source >= 0 ? m_sourceToProxy[size_t(source)] : -1;
        after.append(row >= 0 ? createIndex(row, before.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged();
}

void EventFilterProxy::rebuildMapping()
{
    m_proxyToSource.clear();
    for (int s : m_order) {
        if (m_visible[size_t(s)])
            m_proxyToSource.push_back(s);
    }
    m_sourceToProxyValid = false;
}

void EventFilterProxy::ensureSourceToProxy() const
{
    if (m_sourceToProxyValid)
        return;
    m_sourceToProxy.assign(m_rows.size(), -1);
    for (int row = 0, n = int(m_proxyToSource.size()); row < n; ++row)
        m_sourceToProxy[size_t(m_proxyToSource[size_t(row)])] = row;
    m_sourceToProxyValid = true;
}

// --- Following the source -------------------------------------------------------------------

void EventFilterProxy::clearAll()
{
    m_entityWords.clear();
    m_rows.clear();
    m_visible.clear();
    m_order.clear();
    m_positionDays = {};
    m_positionDaysValid = false;
    m_spareVisible = {};
    m_spareOrder = {};
    m_spareChanged = {};
    m_spareStates = {};
    m_proxyToSource.clear();
    m_sourceToProxy.clear();
    m_sourceToProxyValid = false;
    m_searchTexts.clear();
    m_searchTextsValid = false;
    m_sortKeys.clear();
    m_sortKeysValid = false;
}

void EventFilterProxy::resetFromSource()
{
    if (!m_resetting)
        beginResetModel();
    clearAll();
    if (const QAbstractItemModel *source = sourceModel()) {
        const int n = source->rowCount();
        // The document's events when the source shows them one for one.
        const auto *table = qobject_cast<const DocumentTableModel *>(source);
        const Dataset *data = table && table->recordType() == RecordType::Event && table->document()
                        && table->document()->data().events.size() == n
                ? &table->document()->data()
                : nullptr;
        m_rows.reserve(size_t(withRoomToGrow(n)));
        for (int row = 0; row < n; ++row)
            m_rows.push_back(readRow(row, data));
        m_visible.reserve(size_t(withRoomToGrow(n)));
        m_visible.resize(size_t(n));
        for (int row = 0; row < n; ++row)
            m_visible[size_t(row)] = accepts(row);
        m_order = sortedOrder();
        rebuildMapping();
        // With the rest of a load (on the bulk's heap), not in the first step of the timeline:
        // at a million events some 40 ms there. An edit that moves rows has the next step
        // build it again.
        ensurePositionDays();
        m_spareStates.resize(m_order.size()); // its pages touched now too
    }
    m_resetting = false;
    endResetModel();
}

void EventFilterProxy::onSourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || m_resetting)
        return;
    // The rows leave the proxy while the source still has them.
    std::vector<char> visible = m_visible;
    for (int row = first; row <= last; ++row)
        visible[size_t(row)] = 0;
    showRows(std::move(visible));
}

void EventFilterProxy::onSourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || m_resetting)
        return;
    m_entityWords.clear();
    m_positionDaysValid = false;
    const int count = last - first + 1;
    const auto from = [first](auto &v) { return v.begin() + first; };
    m_rows.erase(from(m_rows), from(m_rows) + count);
    m_visible.erase(from(m_visible), from(m_visible) + count);
    if (m_searchTextsValid)
        m_searchTexts.erase(from(m_searchTexts), from(m_searchTexts) + count);
    if (m_sortKeysValid)
        m_sortKeys.erase(from(m_sortKeys), from(m_sortKeys) + count);
    std::erase_if(m_order, [first, last](int s) { return s >= first && s <= last; });
    for (int &s : m_order) {
        if (s > last)
            s -= count;
    }
    for (int &s : m_proxyToSource) {
        if (s > last)
            s -= count;
    }
    m_sourceToProxyValid = false;
}

void EventFilterProxy::onSourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || m_resetting)
        return;
    m_entityWords.clear(); // an edit may have renamed a participant too
    m_positionDaysValid = false;
    const int count = last - first + 1;
    for (int &s : m_order) {
        if (s >= first)
            s += count;
    }
    for (int &s : m_proxyToSource) {
        if (s >= first)
            s += count;
    }
    m_sourceToProxyValid = false;
    std::vector<Row> added;
    added.reserve(size_t(count));
    for (int row = first; row <= last; ++row)
        added.push_back(readRow(row));
    m_rows.insert(m_rows.begin() + first, added.begin(), added.end());
    m_visible.insert(m_visible.begin() + first, size_t(count), char(0));
    // Search texts and sort keys follow row by row: rebuilding them reads every row, which is
    // what an edit of one row must not cost.
    if (m_searchTextsValid) {
        std::vector<QString> texts;
        for (int row = first; row <= last; ++row)
            texts.push_back(sourceModel()->index(row, 0).data(Roles::SearchText).toString());
        m_searchTexts.insert(m_searchTexts.begin() + first, texts.begin(), texts.end());
    }
    if (m_sortKeysValid) {
        std::vector<QVariant> keys;
        for (int row = first; row <= last; ++row)
            keys.push_back(sourceModel()->index(row, m_sortColumn).data(m_sortRole));
        m_sortKeys.insert(m_sortKeys.begin() + first, keys.begin(), keys.end());
    }
    if (count <= kMaxIncrementalRefresh) {
        for (int row = first; row <= last; ++row) {
            const auto at = std::lower_bound(m_order.begin(), m_order.end(), row,
                                             [this](int a, int b) { return sortsBefore(a, b); });
            m_order.insert(at, row);
        }
    } else {
        m_order = sortedOrder();
    }
    std::vector<char> visible = m_visible;
    for (int row = first; row <= last; ++row)
        visible[size_t(row)] = accepts(row);
    showRows(std::move(visible));
}

void EventFilterProxy::onSourceDataChanged(const QModelIndex &topLeft,
                                           const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (!topLeft.isValid() || topLeft.parent().isValid() || m_resetting)
        return;
    const int first = topLeft.row();
    const int last = std::min(bottomRight.row(), int(m_rows.size()) - 1);
    bool relevant = roles.isEmpty();
    const QList<int> read{ Roles::DateStart,    Roles::DateEnd,    Roles::Kind,
                           Roles::Participants, Roles::SearchText, m_sortRole };
    for (int role : roles)
        relevant = relevant || read.contains(role);
    // Inside a batch (onSourceRowsChanging) the rows were taken already.
    if (relevant && first <= last && !m_inBatch) {
        std::vector<int> rows(size_t(last - first + 1));
        std::iota(rows.begin(), rows.end(), first);
        refreshRows(rows);
    }
    emitChangedRows(first, last, topLeft.column(), bottomRight.column(), roles);
}

void EventFilterProxy::onSourceRowsChanging(const QList<qsizetype> &rows)
{
    if (m_resetting)
        return;
    std::vector<int> taken;
    taken.reserve(size_t(rows.size()));
    for (qsizetype row : rows) {
        if (row >= 0 && row < qsizetype(m_rows.size()))
            taken.push_back(int(row));
    }
    refreshRows(taken);
    m_inBatch = true;
}

void EventFilterProxy::refreshRows(const std::vector<int> &rows)
{
    if (rows.empty())
        return;
    const Reread read = rereadRows(rows);
    if (read.placed)
        placeRows(rows);
    else if (read.shown)
        showChangedRows(rows);
}

// Rows whose filter and sort inputs read the same as before (a company renamed, seen in the
// participants column) cost only their own rows: no pass over the order. Rows whose sort inputs
// read the same but whose filter inputs may not (an event that lost a participant, under a filter
// on participants) are shown or hidden where they stand.
EventFilterProxy::Reread EventFilterProxy::rereadRows(const std::vector<int> &rows)
{
    m_kindLabels.fill(QString()); // every row changes with the language too
    m_entityWords.clear(); // a participant renamed: its events' rows come here
    m_positionDaysValid = false; // their dates may have changed
    const bool byKeys = m_sortColumn >= 0
            && (m_sortColumn != EventTableModel::Date || m_sortRole != Roles::SortKey);
    const bool byDate = m_sortColumn >= 0 && !byKeys;
    Reread read;
    read.placed = byKeys && !m_sortKeysValid; // the keys are not kept to compare
    read.shown = read.placed || (!m_filter.words.isEmpty() && !m_searchTextsValid)
            || !m_filter.participant.isEmpty(); // participants are not kept to compare
    for (int row : rows) {
        Row next = readRow(row);
        Row &kept = m_rows[size_t(row)];
        // Kind and participants matter only to a filter on them (a sort on their column
        // compares the sort keys below); dates to the window and the date sort.
        const bool dates = next.startDay != kept.startDay || next.endDay != kept.endDay
                || next.hasStart != kept.hasStart || next.hasEnd != kept.hasEnd;
        read.placed = read.placed || (byDate && dates);
        read.shown =
                read.shown || dates || (!m_filter.kindKeys.isEmpty() && next.kind != kept.kind);
        kept = std::move(next);
        if (m_searchTextsValid) {
            QString text = sourceModel()->index(row, 0).data(Roles::SearchText).toString();
            read.shown = read.shown || text != m_searchTexts[size_t(row)];
            m_searchTexts[size_t(row)] = std::move(text);
        }
        if (m_sortKeysValid) {
            QVariant key = sourceModel()->index(row, m_sortColumn).data(m_sortRole);
            read.placed = read.placed || key != m_sortKeys[size_t(row)];
            m_sortKeys[size_t(row)] = std::move(key);
        }
    }
    read.shown = read.shown || read.placed;
    return read;
}

// `rows` shown or hidden as the filter now says, each where it stands in the order.
void EventFilterProxy::showChangedRows(const std::vector<int> &rows)
{
    std::vector<char> visible = std::move(m_spareVisible);
    visible.assign(m_visible.cbegin(), m_visible.cend());
    bool changed = false;
    for (int row : rows) {
        const char shown = accepts(row);
        changed = changed || shown != visible[size_t(row)];
        visible[size_t(row)] = shown;
    }
    if (changed)
        showRows(std::move(visible));
    else
        m_spareVisible = std::move(visible);
}

// `rows` (ascending) shown or hidden as the filter now says, and put where they now belong in
// the order: one pass over the order for all of them.
void EventFilterProxy::placeRows(const std::vector<int> &rows)
{
    std::vector<char> visible = std::move(m_spareVisible);
    visible.assign(m_visible.cbegin(), m_visible.cend());
    for (int row : rows)
        visible[size_t(row)] = accepts(row);
    std::vector<int> order = std::move(m_spareOrder);
    order.clear();
    if (rows.size() <= size_t(kMaxIncrementalRefresh)) {
        // The changed rows are taken out of the order (marked, one look each) and put back where
        // they now belong.
        std::vector<char> &changed = m_spareChanged;
        changed.resize(m_visible.size(), 0);
        for (int row : rows)
            changed[size_t(row)] = 1;
        order.reserve(m_order.size());
        for (int s : m_order) {
            if (!changed[size_t(s)])
                order.push_back(s);
        }
        for (int row : rows)
            changed[size_t(row)] = 0;
        for (int row : rows) {
            const auto at = std::lower_bound(order.begin(), order.end(), row,
                                             [this](int a, int b) { return sortsBefore(a, b); });
            order.insert(at, row);
        }
    } else {
        order = sortedOrder();
    }
    if (order != m_order) {
        relayout(std::move(order), std::move(visible)); // rows moved: persistent indexes follow
    } else {
        m_spareOrder = std::move(order);
        showRows(std::move(visible));
    }
}

// The shown rows among the changed ones, as one change from the first to the last of them.
void EventFilterProxy::emitChangedRows(int first, int last, int firstColumn, int lastColumn,
                                       const QList<int> &roles)
{
    ensureSourceToProxy();
    int top = -1;
    int bottom = -1;
    for (int row = first; row <= last; ++row) {
        const int p = m_sourceToProxy[size_t(row)];
        if (p < 0)
            continue;
        top = top < 0 ? p : std::min(top, p);
        bottom = std::max(bottom, p);
    }
    if (top >= 0)
        Q_EMIT dataChanged(index(top, firstColumn), index(bottom, lastColumn), roles);
}

// --- The model interface --------------------------------------------------------------------

QModelIndex EventFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= int(m_proxyToSource.size()) || column < 0
        || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex EventFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex EventFilterProxy::sibling(int row, int column, const QModelIndex &idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}

int EventFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_proxyToSource.size());
}

int EventFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool EventFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QModelIndex EventFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this || !sourceModel())
        return {};
    const int row = proxyIndex.row();
    if (row < 0 || row >= int(m_proxyToSource.size()))
        return {};
    return sourceModel()->index(m_proxyToSource[size_t(row)], proxyIndex.column());
}

QModelIndex EventFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel()
        || sourceIndex.parent().isValid())
        return {};
    ensureSourceToProxy();
    const int source = sourceIndex.row();
    if (source < 0 || source >= int(m_sourceToProxy.size()))
        return {};
    const int row = m_sourceToProxy[size_t(source)];
    return row >= 0 ? createIndex(row, sourceIndex.column()) : QModelIndex();
}

QVariant EventFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel())
        return {};
    if (orientation == Qt::Horizontal)
        return sourceModel()->headerData(section, orientation, role);
    if (section < 0 || section >= int(m_proxyToSource.size()))
        return {};
    return sourceModel()->headerData(m_proxyToSource[size_t(section)], orientation, role);
}

} // namespace atlas
