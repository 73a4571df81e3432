// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <span>
#include <utility>

namespace atlas {

struct Dataset;

// The days of one lane's events, each list sorted, so how many fall in any stretch of time is
// two binary searches whatever the stretch: a day, a week, a year or a 4-pixel bin.
struct LaneDays
{
    QList<double> points; // middles of day-precision events
    QList<int> pointEvents; // their events (Dataset::events), in the same order
    QList<double> spanMiddles; // middles of month, quarter and year events
    QList<double> spanStarts; // their starts and (exclusive) ends, each sorted on its own
    QList<double> spanEnds;
    QList<int> spanEvents; // the span events in the order of spanStarts
    // At least the longest span of the lane (the Other lane takes that of all events): how far
    // before a window a span may start and still overlap it.
    double longestSpan = 0.0;

    int size() const { return int(points.size() + spanMiddles.size()); }
    // Events whose middle falls in [from, to).
    int eventsIn(double from, double to) const;
    int pointsIn(double from, double to) const;
    // Span events whose span overlaps [from, to).
    int spansOverlapping(double from, double to) const;
    // Filled in start order (points and spanStarts come sorted): sorts the rest.
    void sort();
};

// The dated events of a dataset sorted once by start, so finding the events of a window is a
// binary search, not a scan: built when the data is (re)loaded, never when the window moves.
// Positions (0 .. size()-1) are in start order; event() maps a position to Dataset::events.
//
// It is also a multi-resolution count index: for every entity (a lane) and for all events
// together, counts per day, week, month, quarter or year (bucketCounts) or per any stretch
// (LaneDays) cost a binary search per bucket, not a pass over the events. So a window holding a
// million events is aggregated in the time of its visible buckets.
class TimelineIndex
{
public:
    enum class Resolution { Day, Week, Month, Quarter, Year };
    static constexpr int allEvents = -1; // the lane key of every event together

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
    // How many: two binary searches, without listing them.
    int countOverlapping(double startDay, double endDay) const;
    // Position of the event, -1 when it has no date or does not exist.
    int positionOf(int eventIndex) const;

    // Entity indexes (into Dataset::entities) of the event's participants, without repeats.
    std::span<const int> participants(int eventIndex) const
    {
        const int from = m_participantStart.at(eventIndex);
        return { m_participantList.constData() + from,
                 size_t(m_participantStart.at(eventIndex + 1) - from) };
    }
    // Number of dated events an entity takes part in, over the whole data.
    int eventCount(int entityIndex) const { return m_entityEvents.value(entityIndex); }

    // Companies busiest first over the whole data (then by English name): the order lanes take.
    const QList<int> &companiesByRank() const
    {
        ensureRanked();
        return m_companiesByRank;
    }
    // A company's place in that order; -1 for an entity that is not a company.
    int rank(int entityIndex) const
    {
        ensureRanked();
        return m_rankOfEntity.value(entityIndex, -1);
    }

    // The sorted days of an entity's events (entity index) or of all events (allEvents).
    const LaneDays &days(int lane) const;
    // The events none of whose participants has a lane, when the lanes are `selectedEntity`
    // (or -1) and the companies ranked below `rankLimit` (the lanes of any window whose laned
    // companies are the busiest ones it shows). Built by one pass when the pair changes, then
    // kept: moving the window costs nothing here.
    const LaneDays &unlaned(int rankLimit, int selectedEntity) const;
    // The same with any entities of their own lanes besides the ranked ones (sorted, no repeats).
    const LaneDays &unlaned(int rankLimit, const QList<int> &lanedEntities) const;

    // Edits, followed in place rather than by a rebuild: the rows are those of Dataset::events as
    // Document's row signals give them. removeEvents takes what it needs from the index (the data
    // no longer has the rows); insertEvents and changeEvents read the rows from data, whose
    // entities must be those the index was built with. Each costs the lanes of the events it
    // touches plus a pass renumbering event rows; lane order (the rank) is brought up to date.
    void removeEvents(int first, int last);
    // Several runs of rows (first, last) at once, as an edit removes them one run after another
    // from the bottom up (so each run's rows are rows before any of them went): one pass
    // renumbering event rows for all of them.
    void removeEventRuns(QList<std::pair<int, int>> runs);
    void insertEvents(const Dataset &data, int first, int last);
    void changeEvents(const Dataset &data, const QList<qsizetype> &rows);
    // Entities, rows of Dataset::entities likewise: removed ones take their lanes with them (the
    // events that lost them are changed events of the same edit), inserted ones come with empty
    // lanes (their events are inserted or changed events of the same edit), changed ones may
    // change the lane order by their name or kind. Each costs a pass over the participants at
    // most, never a rebuild.
    void removeEntities(int first, int last);
    void insertEntities(const Dataset &data, int first, int last);
    void changeEntities(const Dataset &data, const QList<qsizetype> &rows);

    // The bucket of resolution r that holds `day`: its first day, and the first day of the next.
    static double bucketStart(Resolution r, double day);
    static double nextBucket(Resolution r, double day);
    // Events (of an entity, or allEvents) counted at their middle in each bucket of resolution r
    // from the one holding fromDay up to the one holding toDay - 1 (toDay exclusive).
    QList<int> bucketCounts(int lane, Resolution r, double fromDay, double toDay) const;

    // How many events have their middle in each of `bins` equal stretches of [startDay, endDay):
    // the overview's density. A binary search per bin.
    QList<int> histogram(double startDay, double endDay, int bins) const;

private:
    // Takes event i out of the positions and lanes, or puts it in (its participants already in
    // the flat list); neither renumbers other events.
    void detach(int eventIndex);
    void attach(const Dataset &data, int eventIndex);
    void dropFrom(LaneDays &lane, int eventIndex, double s, double t);
    void addTo(LaneDays &lane, int eventIndex, double s, double t);
    // Whether a changed event is still on the days the index has for it (then only its lanes
    // follow its participants); else it needs detach and attach.
    bool staysInTime(const Dataset &data, int eventIndex) const;
    // The lanes of the participants that came or went since before (same place in time).
    void changeLanes(int eventIndex, const QList<int> &before);
    void setParticipants(const Dataset &data, int eventIndex);
    // Several events at once: one pass over the flat list when their numbers change.
    void setParticipants(const Dataset &data, const QList<int> &events);
    // Companies with events, busiest first (then by English name, then by number).
    QList<int> rankOrder() const;
    // The lanes' days (m_lanes, m_all) from the positions and participants.
    void buildLanes(const Dataset &data);
    void rank(const Dataset *data) const;
    // The ranks are made again when next asked for, once however many steps an edit took.
    void ensureRanked() const
    {
        if (m_rankStale)
            rank(nullptr);
    }
    void finishEdit();
    // Maps every participant to f(entity index), dropping those mapped to -1.
    template <typename F>
    void remapParticipants(F &&f);
    // Renumbers the last rank order the same way (the next ranking starts from it).
    template <typename F>
    void remapRanks(F &&f);
    // Maps every event row the index holds (its list and every lane's) to f(row).
    template <typename F>
    void renumberEvents(F &&f);

    QList<int> m_events;
    QList<double> m_starts;
    QList<double> m_ends;
    QList<double> m_sortedEnds;
    QList<int> m_positionOfEvent;
    // Participants of event i: m_participantList[m_participantStart[i] .. m_participantStart[i +
    // 1]), one flat list rather than a list per event (a million small allocations at a million
    // events).
    QList<int> m_participantStart;
    QList<int> m_participantList;
    // The lists setParticipants() replaced, kept for the next one to write into.
    QList<int> m_spareParticipantStart;
    QList<int> m_spareParticipantList;
    QList<int> m_entityEvents;
    mutable QList<int> m_companiesByRank;
    mutable QList<int> m_rankOfEntity;
    mutable bool m_rankStale = false;
    QList<QString> m_rankNames; // per entity: the English name lanes are ordered by after the count
    QList<bool> m_isCompany;
    QList<LaneDays> m_lanes; // per entity
    LaneDays m_all;
    struct Unlaned
    {
        int rankLimit = -2;
        QList<int> laned{ -2 };
        LaneDays days;
    };
    mutable Unlaned m_unlaned;
    void forgetUnlaned() const; // after an edit
    double m_longest =
            0.0; // longest span, bounds how far before a window an overlapping event starts
    double m_firstDay = 0.0;
    double m_lastDay = 0.0;
};

} // namespace atlas
