// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "laneassignment.h"

#include "timelineindex.h"

#include "core/dataset.h"

#include <algorithm>

namespace atlas {

LaneAssignment LaneAssignment::compute(const Dataset &data, const TimelineIndex &index,
                                       const QList<int> &positions, const QList<int> &first,
                                       int maxLanes)
{
    LaneAssignment out;
    const int entityCount = int(data.entities.size());
    out.m_laneOfEntity.fill(-1, entityCount);
    if (maxLanes <= 0)
        return out;
    QList<int> firstLanes;
    for (int e : first) {
        if (e >= 0 && e < entityCount && !firstLanes.contains(e))
            firstLanes.append(e);
    }

    QList<int> visible(entityCount, 0);
    for (int position : positions) {
        for (int e : index.participants(index.event(position)))
            ++visible[e];
    }

    QList<int> candidates;
    for (int e = 0; e < entityCount; ++e) {
        if (visible.at(e) > 0 && index.rank(e) >= 0 && !firstLanes.contains(e))
            candidates.append(e);
    }
    // Busiest over the whole data first, so the order does not change as the window moves;
    // then by English name, so it does not change with the language either: the index's rank.
    std::sort(candidates.begin(), candidates.end(),
              [&](int a, int b) { return index.rank(a) < index.rank(b); });
    candidates = firstLanes + candidates;

    auto assign = [&](int count) {
        out.m_lanes.clear();
        std::fill(out.m_laneOfEntity.begin(), out.m_laneOfEntity.end(), -1);
        for (int i = 0; i < count; ++i) {
            out.m_laneOfEntity[candidates.at(i)] = i;
            out.m_lanes.append({ candidates.at(i), 0 });
        }
    };
    // An event needs the Other lane when none of its participants has a lane.
    auto needsOther = [&] {
        for (int position : positions) {
            bool onALane = false;
            for (int e : index.participants(index.event(position))) {
                if (out.m_laneOfEntity.at(e) >= 0) {
                    onALane = true;
                    break;
                }
            }
            if (!onALane)
                return true;
        }
        return false;
    };

    assign(std::min<int>(maxLanes, int(candidates.size())));
    if (needsOther()) {
        if (out.m_lanes.size() >= maxLanes)
            assign(maxLanes - 1);
        out.m_otherLane = int(out.m_lanes.size());
        out.m_lanes.append({ -1, 0 });
    }

    for (int position : positions)
        out.forEachLaneOf(index, index.event(position),
                          [&](int lane) { ++out.m_lanes[lane].events; });
    return out;
}

LaneAssignment LaneAssignment::fromLanes(int entityCount, const QList<Lane> &lanes)
{
    LaneAssignment out;
    out.m_laneOfEntity.fill(-1, entityCount);
    out.m_lanes = lanes;
    for (int i = 0; i < lanes.size(); ++i) {
        if (lanes.at(i).isOther())
            out.m_otherLane = i;
        else
            out.m_laneOfEntity[lanes.at(i).entity] = i;
    }
    return out;
}

QList<int> LaneAssignment::lanesOf(const TimelineIndex &index, int eventIndex) const
{
    QList<int> lanes;
    forEachLaneOf(index, eventIndex, [&](int lane) { lanes.append(lane); });
    std::sort(lanes.begin(), lanes.end());
    return lanes;
}

} // namespace atlas
