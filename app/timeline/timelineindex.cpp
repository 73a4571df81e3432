// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineindex.h"

#include "timescale.h"

#include "core/dataset.h"

#include <QHash>

#include <algorithm>

namespace atlas {

TimelineIndex::TimelineIndex(const Dataset &data)
{
    QHash<QString, int> entityIndex;
    entityIndex.reserve(data.entities.size());
    for (int i = 0; i < data.entities.size(); ++i)
        entityIndex.insert(data.entities.at(i).id, i);

    const int count = int(data.events.size());
    m_participants.resize(count);
    m_entityEvents.fill(0, data.entities.size());
    m_positionOfEvent.fill(-1, count);

    QList<int> dated;
    dated.reserve(count);
    for (int i = 0; i < count; ++i) {
        const Event &ev = data.events.at(i);
        QList<int> &people = m_participants[i];
        for (const Participant &p : ev.participants) {
            const int e = entityIndex.value(p.entityId, -1);
            if (e >= 0 && !people.contains(e))
                people.append(e);
        }
        if (!ev.date.isValid())
            continue;
        dated.append(i);
        for (int e : people)
            ++m_entityEvents[e];
    }

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
    if (!dated.isEmpty()) {
        m_firstDay = m_starts.first();
        m_lastDay = *std::max_element(m_ends.cbegin(), m_ends.cend());
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

int TimelineIndex::positionOf(int eventIndex) const
{
    return m_positionOfEvent.value(eventIndex, -1);
}

QList<int> TimelineIndex::histogram(double startDay, double endDay, int bins) const
{
    QList<int> counts(std::max(0, bins), 0);
    if (bins <= 0 || !(endDay > startDay))
        return counts;
    const double width = (endDay - startDay) / bins;
    const auto from = std::lower_bound(m_starts.cbegin(), m_starts.cend(), startDay);
    const auto to = std::lower_bound(m_starts.cbegin(), m_starts.cend(), endDay);
    for (auto it = from; it != to; ++it) {
        // A span counts at its middle, where its glyph stands.
        const int position = int(it - m_starts.cbegin());
        const double middle = (m_starts.at(position) + m_ends.at(position)) / 2.0;
        const int bin = std::clamp(int((middle - startDay) / width), 0, bins - 1);
        ++counts[bin];
    }
    return counts;
}

} // namespace atlas
