// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineindex.h"

#include "timescale.h"

#include "core/dataset.h"

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
    const int started = int(std::lower_bound(spanStarts.cbegin(), spanStarts.cend(), to) - spanStarts.cbegin());
    const int ended = int(std::upper_bound(spanEnds.cbegin(), spanEnds.cend(), from) - spanEnds.cbegin());
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

    const int count = int(data.events.size());
    m_participantStart.reserve(count + 1);
    m_participantList.reserve(count * 2);
    m_entityEvents.fill(0, data.entities.size());
    m_positionOfEvent.fill(-1, count);

    QList<int> dated;
    dated.reserve(count);
    for (int i = 0; i < count; ++i) {
        const Event &ev = data.events.at(i);
        const int first = int(m_participantList.size());
        m_participantStart.append(first);
        for (const Participant &p : ev.participants) {
            const int e = entityIndex.value(p.entityId, -1);
            if (e >= 0 && std::find(m_participantList.cbegin() + first, m_participantList.cend(), e) == m_participantList.cend())
                m_participantList.append(e);
        }
        if (!ev.date.isValid())
            continue;
        dated.append(i);
        for (int k = first; k < m_participantList.size(); ++k)
            ++m_entityEvents[m_participantList.at(k)];
    }

    m_participantStart.append(int(m_participantList.size()));
    m_participantList.squeeze();

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
    m_starts.reserve(dated.size());
    m_ends.reserve(dated.size());
    for (int position = 0; position < dated.size(); ++position) {
        const int i = dated.at(position);
        m_starts.append(starts.at(i));
        m_ends.append(ends.at(i));
        m_positionOfEvent[i] = position;
        m_longest = std::max(m_longest, ends.at(i) - starts.at(i));
    }
    m_sortedEnds = m_ends;
    std::sort(m_sortedEnds.begin(), m_sortedEnds.end());
    if (!dated.isEmpty()) {
        m_firstDay = m_starts.first();
        m_lastDay = m_sortedEnds.last();
    }

    // Lane order: companies busiest first over the whole data, then by English name, so lanes
    // keep their order while the window moves and whatever the language.
    for (int e = 0; e < data.entities.size(); ++e) {
        if (data.entities.at(e).kind == EntityKind::Company && m_entityEvents.at(e) > 0)
            m_companiesByRank.append(e);
    }
    std::sort(m_companiesByRank.begin(), m_companiesByRank.end(), [&](int a, int b) {
        const int ca = m_entityEvents.at(a);
        const int cb = m_entityEvents.at(b);
        if (ca != cb)
            return ca > cb;
        const int byName = QString::compare(data.entities.at(a).name.en, data.entities.at(b).name.en,
                                            Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a < b;
    });
    m_rankOfEntity.fill(-1, data.entities.size());
    for (int r = 0; r < m_companiesByRank.size(); ++r)
        m_rankOfEntity[m_companiesByRank.at(r)] = r;

    // The count index: each event's days on its participants' lanes and on the all-events lane.
    m_lanes.resize(data.entities.size());
    for (int e = 0; e < data.entities.size(); ++e) {
        if (m_entityEvents.at(e) > 0)
            m_lanes[e].points.reserve(m_entityEvents.at(e));
    }
    m_bestRank.fill(INT_MAX, m_events.size());
    m_all.points.reserve(m_events.size());
    for (int position = 0; position < m_events.size(); ++position) {
        const int i = m_events.at(position);
        const bool span = data.events.at(i).date.precision() != PartialDate::Precision::Day;
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
        for (int e : participants(i)) {
            add(m_lanes[e]);
            const int r = m_rankOfEntity.at(e);
            if (r >= 0)
                m_bestRank[position] = std::min(m_bestRank.at(position), r);
        }
    }
    m_all.sort();
    for (LaneDays &lane : m_lanes)
        lane.sort();
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
    const int started = int(std::lower_bound(m_starts.cbegin(), m_starts.cend(), endDay) - m_starts.cbegin());
    const int ended = int(std::upper_bound(m_sortedEnds.cbegin(), m_sortedEnds.cend(), startDay) - m_sortedEnds.cbegin());
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
    if (m_unlaned.rankLimit == rankLimit && m_unlaned.selected == selectedEntity)
        return m_unlaned.days;
    m_unlaned.rankLimit = rankLimit;
    m_unlaned.selected = selectedEntity;
    LaneDays &out = m_unlaned.days;
    out = {};
    for (int position = 0; position < m_events.size(); ++position) {
        if (m_bestRank.at(position) < rankLimit)
            continue;
        const int i = m_events.at(position);
        if (selectedEntity >= 0 && std::ranges::find(participants(i), selectedEntity) != participants(i).end())
            continue;
        const double s = m_starts.at(position);
        const double t = m_ends.at(position);
        // The same test as the index's: a span is longer than a day.
        if (t - s > 1.5) {
            out.spanMiddles.append((s + t) / 2.0);
            out.spanStarts.append(s);
            out.spanEnds.append(t);
            out.spanEvents.append(i);
            out.longestSpan = std::max(out.longestSpan, t - s);
        } else {
            out.points.append((s + t) / 2.0);
            out.pointEvents.append(i);
        }
    }
    out.sort();
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
