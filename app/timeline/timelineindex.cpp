// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineindex.h"

#include "timescale.h"

#include "core/dataset.h"
#include "core/heap.h"

#include <QHash>

#include <algorithm>
#include <climits>

namespace atlas {

namespace {

// How many of the sorted values lie in [from, to).
int countIn(const QList<double> &sorted, double from, double to)
{
    if (!(to > from))
        return 0;
    const auto a = std::lower_bound(sorted.cbegin(), sorted.cend(), from);
    const auto b = std::lower_bound(a, sorted.cend(), to);
    return int(b - a);
}

} // namespace

int LaneDays::eventsIn(double from, double to) const
{
    return countIn(points, from, to) + countIn(spanMiddles, from, to);
}

int LaneDays::pointsIn(double from, double to) const
{
    return countIn(points, from, to);
}

int LaneDays::spansOverlapping(double from, double to) const
{
    if (!(to > from))
        return 0;
    // Spans starting before `to`, less those already ended by `from`.
    const int started =
            int(std::lower_bound(spanStarts.cbegin(), spanStarts.cend(), to) - spanStarts.cbegin());
    const int ended =
            int(std::upper_bound(spanEnds.cbegin(), spanEnds.cend(), from) - spanEnds.cbegin());
    return started - ended;
}

void LaneDays::sort()
{
    std::sort(spanMiddles.begin(), spanMiddles.end());
    std::sort(spanEnds.begin(), spanEnds.end());
}

TimelineIndex::TimelineIndex(const Dataset &data)
{
    QHash<QString, int> entityIndex;
    entityIndex.reserve(data.entities.size());
    for (int i = 0; i < data.entities.size(); ++i)
        entityIndex.insert(data.entities.at(i).id, i);

    // The lists of every event keep room for the events a user adds (withRoomToGrow()).
    const int count = int(data.events.size());
    m_participantStart.reserve(withRoomToGrow(count + 1));
    m_participantList.reserve(count * 2);
    m_entityEvents.fill(0, data.entities.size());
    m_positionOfEvent.reserve(withRoomToGrow(count));
    m_positionOfEvent.fill(-1, count);

    QList<int> dated;
    dated.reserve(withRoomToGrow(count));
    for (int i = 0; i < count; ++i) {
        const Event &ev = data.events.at(i);
        const int first = int(m_participantList.size());
        m_participantStart.append(first);
        for (const Participant &p : ev.participants) {
            const int e = entityIndex.value(p.entityId, -1);
            if (e >= 0
                && std::find(m_participantList.cbegin() + first, m_participantList.cend(), e)
                        == m_participantList.cend())
                m_participantList.append(e);
        }
        if (!ev.date.isValid())
            continue;
        dated.append(i);
        for (int k = first; k < m_participantList.size(); ++k)
            ++m_entityEvents[m_participantList.at(k)];
    }

    m_participantStart.append(int(m_participantList.size()));
    if (m_participantList.capacity() > withRoomToGrow(m_participantList.size())) {
        QList<int> fitted;
        fitted.reserve(withRoomToGrow(m_participantList.size()));
        fitted.append(m_participantList);
        m_participantList.swap(fitted);
    }
    // The lists an edit that changes how many take part in an event writes into
    // (setParticipants()), made and written once here, where the index is built (a worker, for
    // large data): the first such edit in the window wrote them first, some 275 page faults at
    // 100,000 events, an eighth of the CPU of the first undo of a company's delete.
    m_spareParticipantList.resize(m_participantList.capacity());
    m_spareParticipantStart.resize(m_participantStart.capacity());

    QList<double> starts(count);
    QList<double> ends(count);
    for (int i : dated) {
        starts[i] = TimeScale::dayOf(data.events.at(i).date.start());
        ends[i] = TimeScale::dayOf(data.events.at(i).date.end()) + 1.0;
    }
    // Stable, so events of one day keep their dataset order: the order the data author chose.
    std::stable_sort(dated.begin(), dated.end(), [&](int a, int b) {
        if (starts.at(a) != starts.at(b))
            return starts.at(a) < starts.at(b);
        return ends.at(a) < ends.at(b);
    });

    m_events = dated;
    m_starts.reserve(withRoomToGrow(dated.size()));
    m_ends.reserve(withRoomToGrow(dated.size()));
    for (int position = 0; position < dated.size(); ++position) {
        const int i = dated.at(position);
        m_starts.append(starts.at(i));
        m_ends.append(ends.at(i));
        m_positionOfEvent[i] = position;
        m_longest = std::max(m_longest, ends.at(i) - starts.at(i));
    }
    m_sortedEnds.reserve(withRoomToGrow(m_ends.size()));
    m_sortedEnds.append(m_ends);
    std::sort(m_sortedEnds.begin(), m_sortedEnds.end());
    if (!dated.isEmpty()) {
        m_firstDay = m_starts.first();
        m_lastDay = m_sortedEnds.last();
    }

    // Lane order: companies busiest first over the whole data, then by English name, so lanes
    // keep their order while the window moves and whatever the language.
    m_rankNames.reserve(data.entities.size());
    m_isCompany.reserve(data.entities.size());
    for (const Entity &entity : data.entities) {
        m_rankNames.append(entity.name.en);
        m_isCompany.append(entity.kind == EntityKind::Company);
    }

    buildLanes(data);
    rank(nullptr);
}

// The count index: each event's days on its participants' lanes and on the all-events lane.
void TimelineIndex::buildLanes(const Dataset &data)
{
    // Each lane's lists reserved to their size, counted first: grown one event at a time they
    // would hold up to twice that (tens of MB at a million events).
    const auto isSpan = [&](int i) {
        return data.events.at(i).date.precision() != PartialDate::Precision::Day;
    };
    QList<int> pointCount(data.entities.size(), 0);
    QList<int> spanCount(data.entities.size(), 0);
    int allSpans = 0;
    for (int i : std::as_const(m_events)) {
        const bool span = isSpan(i);
        allSpans += span ? 1 : 0;
        for (int e : participants(i))
            ++(span ? spanCount : pointCount)[e];
    }
    const auto reserve = [](LaneDays &lane, int points, int spans) {
        lane.points.reserve(points);
        lane.pointEvents.reserve(points);
        lane.spanMiddles.reserve(spans);
        lane.spanStarts.reserve(spans);
        lane.spanEnds.reserve(spans);
        lane.spanEvents.reserve(spans);
    };
    m_lanes.resize(data.entities.size());
    for (int e = 0; e < data.entities.size(); ++e)
        reserve(m_lanes[e], pointCount.at(e), spanCount.at(e));
    // The all-events lane with room for added events (a lane of one company grows little).
    reserve(m_all, int(withRoomToGrow(int(m_events.size()) - allSpans)),
            int(withRoomToGrow(allSpans)));
    for (int position = 0; position < m_events.size(); ++position) {
        const int i = m_events.at(position);
        const bool span = isSpan(i);
        const double s = m_starts.at(position);
        const double t = m_ends.at(position);
        const double middle = (s + t) / 2.0;
        // Positions go in start order, so points and span starts arrive sorted.
        auto add = [&](LaneDays &lane) {
            if (span) {
                lane.spanMiddles.append(middle);
                lane.spanStarts.append(s);
                lane.spanEnds.append(t);
                lane.spanEvents.append(i);
                lane.longestSpan = std::max(lane.longestSpan, t - s);
            } else {
                lane.points.append(middle);
                lane.pointEvents.append(i);
            }
        };
        add(m_all);
        for (int e : participants(i))
            add(m_lanes[e]);
    }
    m_all.sort();
    for (LaneDays &lane : m_lanes)
        lane.sort();
}

QList<int> TimelineIndex::rankOrder() const
{
    const auto before = [&](int a, int b) {
        const int ca = m_entityEvents.at(a);
        const int cb = m_entityEvents.at(b);
        if (ca != cb)
            return ca > cb;
        const int byName =
                QString::compare(m_rankNames.at(a), m_rankNames.at(b), Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a < b;
    };
    const auto ranked = [&](int e) {
        return e >= 0 && e < m_isCompany.size() && m_isCompany.at(e) && m_entityEvents.at(e) > 0;
    };
    // From the last order (renumbered by the edits since): an edit moves a few companies, so the
    // order is nearly right and an insertion sort puts it right in about one comparison a company.
    // A full sort compared names of equally busy companies some 20,000 times at 2,000 companies,
    // about a millisecond of each edit.
    QList<int> order;
    order.reserve(m_isCompany.size());
    QList<bool> placed(m_isCompany.size(), false);
    for (int e : std::as_const(m_companiesByRank)) {
        if (ranked(e) && !placed.at(e)) {
            order.append(e);
            placed[e] = true;
        }
    }
    const qsizetype kept = order.size();
    for (int e = 0; e < m_isCompany.size(); ++e) {
        if (ranked(e) && !placed.at(e))
            order.append(e);
    }
    // Many out of place (the first ranking, a load): sorted afresh.
    constexpr qsizetype kFewMoved = 64;
    qsizetype outOfOrder = order.size() - kept;
    for (qsizetype i = 1; i < kept && outOfOrder <= kFewMoved; ++i)
        outOfOrder += before(order.at(i), order.at(i - 1)) ? 1 : 0;
    if (outOfOrder > kFewMoved) {
        std::sort(order.begin(), order.end(), before);
        return order;
    }
    // Few descents can still hide many moves (two long runs interleaved): past a budget of moves
    // the rest is left to the full sort.
    qsizetype budget = kFewMoved * (order.size() + 1);
    for (qsizetype i = 1; i < order.size(); ++i) {
        const int e = order.at(i);
        qsizetype j = i;
        for (; j > 0 && before(e, order.at(j - 1)); --j)
            order[j] = order.at(j - 1);
        order[j] = e;
        budget -= i - j;
        if (budget < 0) {
            std::sort(order.begin(), order.end(), before);
            break;
        }
    }
    return order;
}

void TimelineIndex::rank(const Dataset *) const
{
    m_rankStale = false;
    m_companiesByRank = rankOrder();
    m_rankOfEntity.fill(-1, m_isCompany.size());
    for (int r = 0; r < m_companiesByRank.size(); ++r)
        m_rankOfEntity[m_companiesByRank.at(r)] = r;
}

namespace {

// Where a value goes among equal ones: after those whose event comes earlier by `before`.
template <typename Before>
qsizetype insertionPoint(const QList<double> &sorted, const QList<int> &events, double value,
                         Before before)
{
    qsizetype k = std::lower_bound(sorted.cbegin(), sorted.cend(), value) - sorted.cbegin();
    while (k < sorted.size() && sorted.at(k) == value && before(events.at(k)))
        ++k;
    return k;
}

void eraseOne(QList<double> &sorted, double value)
{
    const auto it = std::lower_bound(sorted.begin(), sorted.end(), value);
    if (it != sorted.end() && *it == value)
        sorted.erase(it);
}

void insertSorted(QList<double> &sorted, double value)
{
    sorted.insert(std::upper_bound(sorted.cbegin(), sorted.cend(), value) - sorted.cbegin(), value);
}

// Finds the entry of `event` among the equal values starting at lower_bound(value).
qsizetype entryOf(const QList<double> &sorted, const QList<int> &events, double value, int event)
{
    qsizetype k = std::lower_bound(sorted.cbegin(), sorted.cend(), value) - sorted.cbegin();
    while (k < sorted.size() && events.at(k) != event)
        ++k;
    return k < sorted.size() ? k : -1;
}

template <typename F>
void renumber(QList<int> &events, F &&f)
{
    for (int &e : events)
        e = f(e);
}

} // namespace

template <typename F>
void TimelineIndex::renumberEvents(F &&f)
{
    renumber(m_events, f);
    renumber(m_all.pointEvents, f);
    renumber(m_all.spanEvents, f);
    for (LaneDays &lane : m_lanes) {
        renumber(lane.pointEvents, f);
        renumber(lane.spanEvents, f);
    }
}

void TimelineIndex::detach(int eventIndex)
{
    const int p = positionOf(eventIndex);
    if (p < 0)
        return;
    const double s = m_starts.at(p);
    const double t = m_ends.at(p);
    dropFrom(m_all, eventIndex, s, t);
    for (int e : participants(eventIndex)) {
        dropFrom(m_lanes[e], eventIndex, s, t);
        --m_entityEvents[e];
    }
    m_events.remove(p);
    m_starts.remove(p);
    m_ends.remove(p);
    eraseOne(m_sortedEnds, t);
    m_positionOfEvent[eventIndex] = -1;
    for (int k = p; k < m_events.size(); ++k)
        m_positionOfEvent[m_events.at(k)] = k;
}

void TimelineIndex::attach(const Dataset &data, int eventIndex)
{
    const Event &ev = data.events.at(eventIndex);
    if (!ev.date.isValid())
        return;
    const double s = TimeScale::dayOf(ev.date.start());
    const double t = TimeScale::dayOf(ev.date.end()) + 1.0;
    // In start order, then end order, then data order, as the constructor's stable sort leaves it.
    qsizetype lo = 0;
    qsizetype hi = m_events.size();
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        const bool before = m_starts.at(mid) < s || (m_starts.at(mid) == s && m_ends.at(mid) < t);
        if (before)
            lo = mid + 1;
        else
            hi = mid;
    }
    qsizetype p = lo;
    while (p < m_events.size() && m_starts.at(p) == s && m_ends.at(p) == t
           && m_events.at(p) < eventIndex)
        ++p;
    m_events.insert(p, eventIndex);
    m_starts.insert(p, s);
    m_ends.insert(p, t);
    insertSorted(m_sortedEnds, t);
    for (qsizetype k = p; k < m_events.size(); ++k)
        m_positionOfEvent[m_events.at(k)] = int(k);
    m_longest = std::max(m_longest, t - s);

    addTo(m_all, eventIndex, s, t);
    for (int e : participants(eventIndex)) {
        addTo(m_lanes[e], eventIndex, s, t);
        ++m_entityEvents[e];
    }
}

// One event (from day s to day t, exclusive) out of one lane's lists.
void TimelineIndex::dropFrom(LaneDays &lane, int eventIndex, double s, double t)
{
    const double middle = (s + t) / 2.0;
    if (t - s > 1.5) {
        const qsizetype k = entryOf(lane.spanStarts, lane.spanEvents, s, eventIndex);
        if (k >= 0) {
            lane.spanStarts.remove(k);
            lane.spanEvents.remove(k);
        }
        eraseOne(lane.spanMiddles, middle);
        eraseOne(lane.spanEnds, t);
    } else {
        const qsizetype k = entryOf(lane.points, lane.pointEvents, middle, eventIndex);
        if (k >= 0) {
            lane.points.remove(k);
            lane.pointEvents.remove(k);
        }
    }
}

// One event, already at its place in the start order, into one lane's lists.
void TimelineIndex::addTo(LaneDays &lane, int eventIndex, double s, double t)
{
    const double middle = (s + t) / 2.0;
    const int p = positionOf(eventIndex);
    auto earlier = [&](int other) { return positionOf(other) < p; };
    if (t - s > 1.5) {
        const qsizetype k = insertionPoint(lane.spanStarts, lane.spanEvents, s, earlier);
        lane.spanStarts.insert(k, s);
        lane.spanEvents.insert(k, eventIndex);
        insertSorted(lane.spanMiddles, middle);
        insertSorted(lane.spanEnds, t);
        lane.longestSpan = std::max(lane.longestSpan, t - s);
    } else {
        const qsizetype k = insertionPoint(lane.points, lane.pointEvents, middle, earlier);
        lane.points.insert(k, middle);
        lane.pointEvents.insert(k, eventIndex);
    }
}

void TimelineIndex::setParticipants(const Dataset &data, int eventIndex)
{
    setParticipants(data, QList<int>{ eventIndex });
}

void TimelineIndex::setParticipants(const Dataset &data, const QList<int> &events)
{
    QHash<int, QList<int>> lists;
    bool resized = false;
    for (int eventIndex : events) {
        QList<int> list;
        for (const Participant &participant : data.events.at(eventIndex).participants) {
            const int e = data.entityIndex(participant.entityId);
            if (e >= 0 && e < m_lanes.size() && !list.contains(e))
                list.append(e);
        }
        resized = resized || std::size_t(list.size()) != participants(eventIndex).size();
        lists.insert(eventIndex, list);
    }
    if (!resized) {
        // As many as before (the usual change): in place, without moving the rest of the list.
        for (auto it = lists.cbegin(); it != lists.cend(); ++it)
            std::copy(it->cbegin(), it->cend(),
                      m_participantList.begin() + m_participantStart.at(it.key()));
        return;
    }
    // One pass over the flat list for all the events, not one shift of every later event each:
    // the runs of events between the changed ones are copied whole, their starts moved by what
    // the lists before them grew or shrank.
    QList<int> changedEvents = lists.keys();
    std::sort(changedEvents.begin(), changedEvents.end());
    qsizetype total = m_participantList.size();
    for (int i : std::as_const(changedEvents))
        total += lists.value(i).size() - qsizetype(participants(i).size());
    // Written into the lists the last such edit left behind, so their memory is not allocated
    // and touched for the first time again (some 1.2 MB at 100,000 events).
    QList<int> &flat = m_spareParticipantList;
    QList<int> &starts = m_spareParticipantStart;
    flat.resize(total);
    starts.resize(m_participantStart.size());
    int *out = flat.data();
    qsizetype done = 0; // the events before `done` are placed
    auto copyUnchanged = [&](qsizetype to) {
        const int from = m_participantStart.at(done);
        const int shift = int(out - flat.data()) - from;
        for (qsizetype k = done; k < to; ++k)
            starts[k] = m_participantStart.at(k) + shift;
        out = std::copy(m_participantList.cbegin() + from,
                        m_participantList.cbegin() + m_participantStart.at(to), out);
        done = to;
    };
    for (int i : std::as_const(changedEvents)) {
        copyUnchanged(i);
        starts[i] = int(out - flat.data());
        const QList<int> &list = *lists.constFind(i);
        out = std::copy(list.cbegin(), list.cend(), out);
        done = i + 1;
    }
    copyUnchanged(m_participantStart.size() - 1);
    starts.last() = int(out - flat.data());
    m_participantStart.swap(starts);
    m_participantList.swap(flat);
}

void TimelineIndex::finishEdit()
{
    m_rankStale = true;
    m_firstDay = m_events.isEmpty() ? 0.0 : m_starts.first();
    m_lastDay = m_events.isEmpty() ? 0.0 : m_sortedEnds.last();
    forgetUnlaned();
}

void TimelineIndex::forgetUnlaned() const
{
    // Its lists keep their memory for the next one: at 100,000 events, some 2 MB allocated and
    // first touched again after every edit otherwise.
    m_unlaned.rankLimit = -2;
    m_unlaned.laned = { -2 };
}

void TimelineIndex::removeEvents(int first, int last)
{
    removeEventRuns({ { first, last } });
}

void TimelineIndex::removeEventRuns(QList<std::pair<int, int>> runs)
{
    const int count = int(m_participantStart.size()) - 1;
    runs.removeIf([&](const std::pair<int, int> &r) {
        return r.first < 0 || r.second < r.first || r.second >= count;
    });
    if (runs.isEmpty())
        return;
    std::sort(runs.begin(), runs.end());
    for (const auto &[first, last] : std::as_const(runs)) {
        for (int i = first; i <= last; ++i)
            detach(i);
    }
    // Rows removed before each run's end, for the shift of the rows after it.
    QList<int> removedBefore;
    removedBefore.reserve(runs.size());
    int removed = 0;
    for (const auto &[first, last] : std::as_const(runs)) {
        removed += last - first + 1;
        removedBefore.append(removed);
    }
    auto shift = [&](int e) {
        // The last run ending before e.
        const auto it =
                std::lower_bound(runs.cbegin(), runs.cend(), e,
                                 [](const std::pair<int, int> &r, int v) { return r.second < v; });
        const qsizetype k = it - runs.cbegin();
        return k == 0 ? e : e - removedBefore.at(k - 1);
    };
    // The participants and positions of the rows that stay, in one pass.
    QList<bool> gone(count, false);
    for (const auto &[first, last] : std::as_const(runs)) {
        for (int i = first; i <= last; ++i)
            gone[i] = true;
    }
    int to = 0;
    int kept = 0;
    for (int i = 0; i < count; ++i) {
        const int from = m_participantStart.at(i);
        const int end = m_participantStart.at(i + 1);
        if (gone.at(i))
            continue;
        m_participantStart[kept] = to;
        m_positionOfEvent[kept] = m_positionOfEvent.at(i);
        for (int k = from; k < end; ++k)
            m_participantList[to++] = m_participantList.at(k);
        ++kept;
    }
    m_participantStart[kept] = to;
    m_participantStart.resize(kept + 1);
    m_positionOfEvent.resize(kept);
    m_participantList.resize(to);
    renumberEvents(shift);
    finishEdit();
}

void TimelineIndex::insertEvents(const Dataset &data, int first, int last)
{
    if (first < 0 || last < first || first >= m_participantStart.size())
        return;
    const int n = last - first + 1;
    auto shift = [&](int e) { return e >= first ? e + n : e; };
    renumberEvents(shift);
    m_positionOfEvent.insert(first, n, -1);
    m_participantStart.insert(first, n, m_participantStart.at(first));
    for (int i = first; i <= last; ++i) {
        setParticipants(data, i);
        attach(data, i);
    }
    finishEdit();
}

void TimelineIndex::changeEvents(const Dataset &data, const QList<qsizetype> &rows)
{
    QList<int> events;
    for (qsizetype row : rows) {
        if (row >= 0 && row + 1 < m_participantStart.size())
            events.append(int(row));
    }
    // An event that moved in time (or lost or got a date) leaves the start order with its old
    // participants and comes back with its new ones; one at the same place in time changes only
    // the lanes of the participants that came or went, not the start order of all events.
    QList<bool> moved;
    QList<QList<int>> before;
    for (int i : std::as_const(events)) {
        moved.append(!staysInTime(data, i));
        if (moved.last())
            detach(i);
        const auto old = participants(i);
        before.append(QList<int>(old.begin(), old.end()));
    }
    setParticipants(data, events);
    for (qsizetype k = 0; k < events.size(); ++k) {
        if (moved.at(k))
            attach(data, events.at(k));
        else
            changeLanes(events.at(k), before.at(k));
    }
    finishEdit();
}

bool TimelineIndex::staysInTime(const Dataset &data, int eventIndex) const
{
    const int p = positionOf(eventIndex);
    const Event &ev = data.events.at(eventIndex);
    if (p < 0 || !ev.date.isValid())
        return false;
    return m_starts.at(p) == TimeScale::dayOf(ev.date.start())
            && m_ends.at(p) == TimeScale::dayOf(ev.date.end()) + 1.0;
}

void TimelineIndex::changeLanes(int eventIndex, const QList<int> &before)
{
    const int p = positionOf(eventIndex);
    const double s = m_starts.at(p);
    const double t = m_ends.at(p);
    const auto now = participants(eventIndex);
    for (int e : before) {
        if (std::find(now.begin(), now.end(), e) == now.end()) {
            dropFrom(m_lanes[e], eventIndex, s, t);
            --m_entityEvents[e];
        }
    }
    for (int e : now) {
        if (!before.contains(e)) {
            addTo(m_lanes[e], eventIndex, s, t);
            ++m_entityEvents[e];
        }
    }
}

template <typename F>
void TimelineIndex::remapParticipants(F &&f)
{
    // Through the lists' data, once detached: a quarter of a million participants at 100,000
    // events, without a detach check per element.
    int *starts = m_participantStart.data();
    int *list = m_participantList.data();
    int to = 0;
    int from = 0;
    for (qsizetype i = 0; i + 1 < m_participantStart.size(); ++i) {
        const int end = starts[i + 1];
        starts[i] = to;
        for (; from < end; ++from) {
            const int e = f(list[from]);
            if (e >= 0)
                list[to++] = e;
        }
    }
    if (!m_participantStart.isEmpty())
        m_participantStart.last() = to;
    m_participantList.resize(to);
}

template <typename F>
void TimelineIndex::remapRanks(F &&f)
{
    QList<int> order;
    order.reserve(m_companiesByRank.size());
    for (int e : std::as_const(m_companiesByRank)) {
        if (const int to = f(e); to >= 0)
            order.append(to);
    }
    m_companiesByRank = std::move(order);
}

void TimelineIndex::removeEntities(int first, int last)
{
    if (first < 0 || last < first || last >= m_lanes.size())
        return;
    const int n = last - first + 1;
    const auto renumber = [&](int e) { return e < first ? e : (e > last ? e - n : -1); };
    remapParticipants(renumber);
    remapRanks(renumber);
    m_lanes.remove(first, n);
    m_entityEvents.remove(first, n);
    m_rankNames.remove(first, n);
    m_isCompany.remove(first, n);
    finishEdit();
}

void TimelineIndex::insertEntities(const Dataset &data, int first, int last)
{
    if (first < 0 || last < first || first > m_lanes.size())
        return;
    const int n = last - first + 1;
    const auto renumber = [&](int e) { return e >= first ? e + n : e; };
    remapParticipants(renumber);
    remapRanks(renumber);
    m_lanes.insert(first, n, LaneDays());
    m_entityEvents.insert(first, n, 0);
    m_rankNames.insert(first, n, QString());
    m_isCompany.insert(first, n, false);
    for (int e = first; e <= last && e < data.entities.size(); ++e) {
        m_rankNames[e] = data.entities.at(e).name.en;
        m_isCompany[e] = data.entities.at(e).kind == EntityKind::Company;
    }
    finishEdit();
}

void TimelineIndex::changeEntities(const Dataset &data, const QList<qsizetype> &rows)
{
    const QList<int> before = companiesByRank();
    for (qsizetype row : rows) {
        if (row < 0 || row >= m_lanes.size() || row >= data.entities.size())
            continue;
        m_rankNames[row] = data.entities.at(row).name.en;
        m_isCompany[row] = data.entities.at(row).kind == EntityKind::Company;
    }
    // The events are as they were: the ranks, and what is unlaned, change only with the lane
    // order (a renamed company most often keeps its place).
    if (rankOrder() != before) {
        m_rankStale = true;
        forgetUnlaned();
    }
}

QList<int> TimelineIndex::overlapping(double startDay, double endDay) const
{
    QList<int> out;
    if (m_events.isEmpty() || !(endDay > startDay))
        return out;
    // Every event starting before startDay - longest ends before startDay.
    const auto from = std::lower_bound(m_starts.cbegin(), m_starts.cend(), startDay - m_longest);
    const auto to = std::lower_bound(m_starts.cbegin(), m_starts.cend(), endDay);
    out.reserve(int(to - from));
    for (auto it = from; it != to; ++it) {
        const int position = int(it - m_starts.cbegin());
        if (m_ends.at(position) > startDay)
            out.append(position);
    }
    return out;
}

int TimelineIndex::countOverlapping(double startDay, double endDay) const
{
    if (m_events.isEmpty() || !(endDay > startDay))
        return 0;
    const int started =
            int(std::lower_bound(m_starts.cbegin(), m_starts.cend(), endDay) - m_starts.cbegin());
    const int ended = int(std::upper_bound(m_sortedEnds.cbegin(), m_sortedEnds.cend(), startDay)
                          - m_sortedEnds.cbegin());
    return started - ended;
}

int TimelineIndex::positionOf(int eventIndex) const
{
    return m_positionOfEvent.value(eventIndex, -1);
}

const LaneDays &TimelineIndex::days(int lane) const
{
    static const LaneDays none;
    if (lane == allEvents)
        return m_all;
    return lane >= 0 && lane < m_lanes.size() ? m_lanes.at(lane) : none;
}

const LaneDays &TimelineIndex::unlaned(int rankLimit, int selectedEntity) const
{
    return unlaned(rankLimit, selectedEntity >= 0 ? QList<int>{ selectedEntity } : QList<int>{});
}

namespace {

// Sets out to `sorted` less the values in `removed` (sorted too, each taken away once): one
// merge pass, written in place (out keeps its memory from the last time).
void withoutValues(const QList<double> &sorted, const QList<double> &removed, QList<double> *out)
{
    out->resize(sorted.size());
    double *to = out->data();
    auto r = removed.cbegin();
    for (double v : sorted) {
        while (r != removed.cend() && *r < v)
            ++r;
        if (r != removed.cend() && *r == v)
            ++r;
        else
            *to++ = v;
    }
    out->resize(to - out->data());
}

// Sets values and events to those of `values` and `events` whose event is not taken, in order.
void untaken(const QList<double> &values, const QList<int> &events, const bool *taken,
             QList<double> *outValues, QList<int> *outEvents)
{
    outValues->resize(values.size());
    outEvents->resize(events.size());
    double *value = outValues->data();
    int *event = outEvents->data();
    for (qsizetype k = 0; k < values.size(); ++k) {
        const int i = events[k];
        if (!taken[i]) {
            *value++ = values[k];
            *event++ = i;
        }
    }
    outValues->resize(value - outValues->data());
    outEvents->resize(event - outEvents->data());
}

} // namespace

const LaneDays &TimelineIndex::unlaned(int rankLimit, const QList<int> &lanedEntities) const
{
    ensureRanked();
    if (m_unlaned.rankLimit == rankLimit && m_unlaned.laned == lanedEntities)
        return m_unlaned.days;
    m_unlaned.rankLimit = rankLimit;
    m_unlaned.laned = lanedEntities;
    // The events of the laned entities (the first rankLimit companies and lanedEntities) are
    // marked from their own lanes; the rest of all events, already sorted, is copied in order.
    // So the cost is the laned events plus a copy, not a look at every event's participants and
    // a sort.
    QList<bool> taken(m_participantStart.size(), false);
    QList<double> takenMiddles;
    QList<double> takenEnds;
    auto take = [&](int e) {
        if (e < 0 || e >= m_lanes.size())
            return;
        const LaneDays &lane = m_lanes.at(e);
        for (int i : lane.pointEvents)
            taken[i] = true;
        for (int i : lane.spanEvents) {
            if (taken.at(i))
                continue;
            taken[i] = true;
            const int p = positionOf(i);
            takenMiddles.append((m_starts.at(p) + m_ends.at(p)) / 2.0);
            takenEnds.append(m_ends.at(p));
        }
    };
    const int ranked = std::min(rankLimit, int(m_companiesByRank.size()));
    for (int r = 0; r < ranked; ++r)
        take(m_companiesByRank.at(r));
    for (int e : lanedEntities)
        take(e);
    LaneDays &out = m_unlaned.days;
    // A bound, not the lane's own longest: it only widens a search by start (LaneDays).
    out.longestSpan = m_all.longestSpan;
    untaken(m_all.points, m_all.pointEvents, taken.constData(), &out.points, &out.pointEvents);
    untaken(m_all.spanStarts, m_all.spanEvents, taken.constData(), &out.spanStarts,
            &out.spanEvents);
    std::sort(takenMiddles.begin(), takenMiddles.end());
    std::sort(takenEnds.begin(), takenEnds.end());
    withoutValues(m_all.spanMiddles, takenMiddles, &out.spanMiddles);
    withoutValues(m_all.spanEnds, takenEnds, &out.spanEnds);
    return out;
}

double TimelineIndex::bucketStart(Resolution r, double day)
{
    const QDate d = TimeScale::dateOfDay(day);
    switch (r) {
    case Resolution::Day:
        return TimeScale::dayOf(d);
    case Resolution::Week:
        return TimeScale::dayOf(d.addDays(1 - d.dayOfWeek())); // weeks start on Monday
    case Resolution::Month:
        return TimeScale::dayOf(QDate(d.year(), d.month(), 1));
    case Resolution::Quarter:
        return TimeScale::dayOf(QDate(d.year(), (d.month() - 1) / 3 * 3 + 1, 1));
    case Resolution::Year:
        return TimeScale::dayOf(QDate(d.year(), 1, 1));
    }
    return day;
}

double TimelineIndex::nextBucket(Resolution r, double day)
{
    const QDate d = TimeScale::dateOfDay(bucketStart(r, day));
    switch (r) {
    case Resolution::Day:
        return TimeScale::dayOf(d.addDays(1));
    case Resolution::Week:
        return TimeScale::dayOf(d.addDays(7));
    case Resolution::Month:
        return TimeScale::dayOf(d.addMonths(1));
    case Resolution::Quarter:
        return TimeScale::dayOf(d.addMonths(3));
    case Resolution::Year:
        return TimeScale::dayOf(d.addYears(1));
    }
    return day + 1.0;
}

QList<int> TimelineIndex::bucketCounts(int lane, Resolution r, double fromDay, double toDay) const
{
    QList<int> counts;
    const LaneDays &d = days(lane);
    for (double b = bucketStart(r, fromDay); b < toDay;) {
        const double next = nextBucket(r, b);
        counts.append(d.eventsIn(b, next));
        b = next;
    }
    return counts;
}

QList<int> TimelineIndex::histogram(double startDay, double endDay, int bins) const
{
    QList<int> counts(std::max(0, bins), 0);
    if (bins <= 0 || !(endDay > startDay))
        return counts;
    const double width = (endDay - startDay) / bins;
    // A span counts at its middle, where its glyph stands; the last bin also takes the middles
    // of spans that start in the range and reach past it.
    for (int b = 0; b < bins; ++b) {
        const double from = startDay + b * width;
        const double to = b == bins - 1 ? endDay + m_longest : startDay + (b + 1) * width;
        counts[b] = m_all.eventsIn(from, to);
    }
    return counts;
}

} // namespace atlas
