// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace atlas {

struct Dataset;

// The dated events of a dataset sorted once by start, so finding the events of a window is a
// binary search, not a scan: built when the data is (re)loaded, never when the window moves.
// Positions (0 .. size()-1) are in start order; event() maps a position to Dataset::events.
class TimelineIndex
{
public:
    TimelineIndex() = default;
    explicit TimelineIndex(const Dataset &data);

    int size() const { return int(m_events.size()); }
    bool isEmpty() const { return m_events.isEmpty(); }
    int event(int position) const { return m_events.at(position); }
    // Day numbers (see TimeScale) of the event's span; end is exclusive.
    double start(int position) const { return m_starts.at(position); }
    double end(int position) const { return m_ends.at(position); }

    // First day of the earliest and end of the latest event span; 0 when empty.
    double firstDay() const { return m_firstDay; }
    double lastDay() const { return m_lastDay; }

    // Positions of the events whose span overlaps [startDay, endDay), in start order.
    QList<int> overlapping(double startDay, double endDay) const;
    // Position of the event, -1 when it has no date or does not exist.
    int positionOf(int eventIndex) const;

    // Entity indexes (into Dataset::entities) of the event's participants, without repeats.
    const QList<int> &participants(int eventIndex) const { return m_participants.at(eventIndex); }
    // Number of dated events an entity takes part in, over the whole data.
    int eventCount(int entityIndex) const { return m_entityEvents.value(entityIndex); }

    // How many events start in each of `bins` equal stretches of [startDay, endDay): the
    // overview's density.
    QList<int> histogram(double startDay, double endDay, int bins) const;

private:
    QList<int> m_events;
    QList<double> m_starts;
    QList<double> m_ends;
    QList<int> m_positionOfEvent;
    QList<QList<int>> m_participants;
    QList<int> m_entityEvents;
    double m_longest = 0.0; // longest span, bounds how far before a window an overlapping event starts
    double m_firstDay = 0.0;
    double m_lastDay = 0.0;
};

} // namespace atlas
