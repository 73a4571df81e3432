// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customtypes.h"
#include "participantindex.h"
#include "records.h"

#include <QHash>
#include <QMutex>

#include <algorithm>
#include <limits>
#include <type_traits>

namespace atlas {

// The lists of a Dataset, for code that handles each kind of record alike (edits, notifications).
enum class RecordType { Source, Entity, Event, Relationship, Financial };

// The row of each id of one list: built on first use, checked on every hit, rebuilt when the list
// no longer matches. An edit that inserts or removes rows does not touch the entries of the rows
// it moves: it appends one shift ("rows from r on moved by d") to a short log, and a lookup
// applies the shifts logged since its entry was written. So an edit costs what it inserts and
// removes, not a pass over the rows after it (at 100,000 events that pass was most of a delete's
// cost); after kMaxShifts edits the index is rebuilt once.
// Not part of the data: two indexes always compare equal. Lookups may come from several threads.
class IdIndex
{
public:
    IdIndex() = default;
    IdIndex(const IdIndex &other);
    IdIndex &operator=(const IdIndex &other);

    template <typename T>
    qsizetype find(const QList<T> &list, const QString &id) const
    {
        QMutexLocker lock(&m_mutex);
        if (m_size != list.size())
            build(list);
        auto it = m_rows.constFind(id);
        if (it == m_rows.cend())
            return -1;
        const qsizetype row = current(*it);
        if (row >= 0 && row < list.size() && list.at(row).id == id)
            return row;
        build(list); // a record changed under the index: rebuild once
        it = m_rows.constFind(id);
        return it == m_rows.cend() ? -1 : it->row;
    }

    // The count rows from first on were removed (ids: theirs); the rows after them moved up.
    template <typename T>
    void removed(const QList<T> &list, qsizetype first, qsizetype count, const QStringList &ids)
    {
        QMutexLocker lock(&m_mutex);
        if (!logShift(list, first + count, -count))
            return;
        for (const QString &id : ids) {
            const auto it = m_rows.constFind(id);
            if (it == m_rows.cend())
                continue;
            // Where the entry pointed before this shift: a row of the run, or (a repeated id)
            // another row.
            const qsizetype row = current(*it, m_shifts.size() - 1);
            if (row >= first && row < first + count)
                m_rows.erase(it);
        }
    }

    // count rows were inserted at first (the rows from first on moved down); list holds them.
    template <typename T>
    void inserted(const QList<T> &list, qsizetype first, qsizetype count)
    {
        QMutexLocker lock(&m_mutex);
        if (!logShift(list, first, count))
            return;
        const quint32 epoch = quint32(m_shifts.size());
        for (qsizetype row = first; row < first + count; ++row) {
            const QString &id = list.at(row).id;
            const auto it = m_rows.constFind(id);
            // A repeated id keeps its first row, as a linear search would.
            if (it != m_rows.cend()) {
                const qsizetype other = current(*it);
                if (other >= 0 && other < row && list.at(other).id == id)
                    continue;
            }
            m_rows.insert(id, Entry{ quint32(row), epoch });
        }
    }

    friend bool operator==(const IdIndex &, const IdIndex &) { return true; }

    static constexpr int kMaxShifts = 48;
    // How often the index was built from the whole list (tests: an edit must not cause it).
    int builds() const
    {
        QMutexLocker lock(&m_mutex);
        return m_builds;
    }

private:
    // 8 bytes beside the 24 of the key: a million events' index takes 8 MB less than with a
    // 64-bit row. A list of more than 4 billion records is not held in memory.
    struct Entry
    {
        quint32 row;
        quint32 epoch; // shifts logged before the row was written
    };
    struct Shift
    {
        qsizetype from; // rows from here on (before the shift) moved
        qsizetype by;
    };

    // The entry's row now: its row moved by every shift logged from its epoch up to end.
    qsizetype current(const Entry &e, qsizetype end = -1) const
    {
        qsizetype row = e.row;
        const qsizetype last = end < 0 ? m_shifts.size() : end;
        for (qsizetype i = e.epoch; i < last; ++i) {
            const Shift &s = m_shifts.at(i);
            if (row >= s.from)
                row += s.by;
        }
        return row;
    }

    // Appends a shift for an edit that took the list to its size now; false when the index is
    // not built (or is to be rebuilt), so there is nothing to keep current.
    template <typename T>
    bool logShift(const QList<T> &list, qsizetype from, qsizetype by)
    {
        if (m_size < 0)
            return false;
        if (m_shifts.size() >= kMaxShifts) {
            m_size = -1; // rebuilt at the next lookup
            m_rows.clear();
            m_shifts.clear();
            return false;
        }
        m_shifts.append(Shift{ from, by });
        m_size = list.size();
        return true;
    }

    template <typename T>
    void build(const QList<T> &list) const
    {
        m_rows.clear();
        m_shifts.clear();
        m_rows.reserve(list.size());
        // Backwards, so a repeated id finds its first row, as a linear search would.
        for (qsizetype row = list.size() - 1; row >= 0; --row)
            m_rows.insert(list.at(row).id, Entry{ quint32(row), 0 });
        m_size = list.size();
        ++m_builds;
    }

    mutable QMutex m_mutex;
    mutable QHash<QString, Entry> m_rows;
    mutable QList<Shift> m_shifts;
    mutable qsizetype m_size = -1;
    mutable int m_builds = 0;
};

// The whole body of data: what a dataset file, the database and the Document hold.
struct Dataset
{
    DatasetInfo info;
    QList<Source> sources;
    QList<Entity> entities;
    QList<Event> events;
    QList<Relationship> relationships;
    QList<FinancialFigure> financials;
    CustomTypes types; // user-defined entity kinds and relationship types

    bool isEmpty() const
    {
        return sources.isEmpty() && entities.isEmpty() && events.isEmpty()
                && relationships.isEmpty() && financials.isEmpty();
    }

    // Lookups by id go through hash indexes (constant time); see IdIndex.
    const Entity *entity(const QString &id) const;
    const Event *event(const QString &id) const;
    const Source *source(const QString &id) const;
    const Relationship *relationship(const QString &id) const;
    int entityIndex(const QString &id) const;
    int eventIndex(const QString &id) const;
    int sourceIndex(const QString &id) const;
    int relationshipIndex(const QString &id) const;
    // The same for code written once for every kind of record with an id: T is Source, Entity,
    // Event or Relationship (hasIdIndex<T>).
    template <typename T>
    int indexOf(const QString &id) const;
    // Ids of the events naming the entity among their participants, in list order; through
    // participantEvents (the first call builds it), so it costs that entity's events.
    QStringList eventsInvolving(const QString &entityId) const;
    // Rows of the relationships with the entity at either end, in list order; through
    // relationshipEnds (the first call builds it), so it costs that entity's relationships.
    QList<qsizetype> relationshipRowsOf(const QString &entityId) const;

    qsizetype count(RecordType type) const;
    // Builds every id index now (a lookup otherwise builds its list's index the first time, at
    // 100,000 events some 50 ms in the middle of the user's first edit or click).
    void buildIndexes() const;
    // After count rows of a list were removed from first (ids: theirs) or inserted at first, in
    // place: keeps the list's id index current without rebuilding it (figures have none).
    void reindexRemoved(RecordType type, qsizetype first, qsizetype count, const QStringList &ids);
    void reindexInserted(RecordType type, qsizetype first, qsizetype count);

    // Finds an entity by id, English or Korean name, or ticker (with or without "KRX:"),
    // ignoring case; empty when nothing matches.
    QString resolveEntity(const QString &nameOrId) const;

    // Figures of one company and metric, in quarter order.
    QList<FinancialFigure> series(const QString &companyId, Metric metric) const;
    std::optional<FinancialFigure> figure(const QString &companyId, const PartialDate &quarter,
                                          Metric metric) const;
    // The listed reason why no figure exists for that quarter; nullptr when none is listed.
    const FigureGap *knownGap(const QString &companyId, const PartialDate &quarter,
                              Metric metric) const;

    friend bool operator==(const Dataset &, const Dataset &) = default;

    IdIndex sourceRows;
    IdIndex entityRows;
    IdIndex eventRows;
    IdIndex relationshipRows;
    ParticipantIndex participantEvents;
    EndpointIndex relationshipEnds;
};

// Whether Dataset::indexOf<T> finds records of type T by id (financial figures have no id).
template <typename T>
constexpr bool hasIdIndex =
        std::disjunction_v<std::is_same<T, Source>, std::is_same<T, Entity>, std::is_same<T, Event>,
                           std::is_same<T, Relationship>>;

template <>
inline int Dataset::indexOf<Source>(const QString &id) const
{
    return sourceIndex(id);
}
template <>
inline int Dataset::indexOf<Entity>(const QString &id) const
{
    return entityIndex(id);
}
template <>
inline int Dataset::indexOf<Event>(const QString &id) const
{
    return eventIndex(id);
}
template <>
inline int Dataset::indexOf<Relationship>(const QString &id) const
{
    return relationshipIndex(id);
}

} // namespace atlas
