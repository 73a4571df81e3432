// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelineindex.h"

#include <QList>

namespace atlas {

struct Dataset;

struct Lane
{
    int entity = -1; // index into Dataset::entities; -1 is the "Other" lane
    int events = 0; // events drawn on the lane in the window
    bool isOther() const { return entity < 0; }
};

// Which entities get a lane, in which order: the selected entity, or the two ends of the selected
// relationship, first (whatever their kind),
// then the companies taking part in the visible events, busiest first over the whole data so
// lanes keep their order while the window moves. An event is drawn on the lane of each
// participant that has one; events left without any (their companies did not fit, or they
// involve no company at all, such as a government rule) share one "Other" lane.
class LaneAssignment
{
public:
    LaneAssignment() = default;
    // positions: TimelineIndex positions of the visible events. first: entity indexes given
    // the first lanes, in order, whether or not they have events in the window (the selected
    // entity; a selected relationship's ends). maxLanes counts the Other lane.
    static LaneAssignment compute(const Dataset &data, const TimelineIndex &index,
                                  const QList<int> &positions, const QList<int> &first,
                                  int maxLanes);

    // Lanes chosen elsewhere (from the count index, when the window holds too many events to
    // visit): at most one Other lane.
    static LaneAssignment fromLanes(int entityCount, const QList<Lane> &lanes);

    const QList<Lane> &lanes() const { return m_lanes; }
    int laneOfEntity(int entity) const { return m_laneOfEntity.value(entity, -1); }
    int otherLane() const { return m_otherLane; }
    // The lanes an event is drawn on, in lane order, without repeats: those of its participants
    // that have one, else the Other lane; empty only when there are no lanes.
    QList<int> lanesOf(const TimelineIndex &index, int eventIndex) const;
    // The same without building a list, for the per-event loops of a repaint. Participants are
    // distinct entities and a lane holds one entity, so no lane comes twice.
    template <typename F>
    void forEachLaneOf(const TimelineIndex &index, int eventIndex, F &&f) const
    {
        bool onALane = false;
        for (int e : index.participants(eventIndex)) {
            const int lane = m_laneOfEntity.at(e);
            if (lane >= 0) {
                f(lane);
                onALane = true;
            }
        }
        if (!onALane && m_otherLane >= 0)
            f(m_otherLane);
    }

private:
    QList<Lane> m_lanes;
    QList<int> m_laneOfEntity;
    int m_otherLane = -1;
};

} // namespace atlas
