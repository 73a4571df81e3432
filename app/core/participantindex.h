// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QStringList>

#include <atomic>

namespace atlas {

// Which records of one kind name an entity: entity id -> ids of those records. R is Event (its
// participants: Dataset::participantEvents) or Relationship (its two ends:
// Dataset::relationshipEnds). Built from the records the first time it is asked, or apart on an
// idle worker once the window shows the data (builtApart, adopt; Document::prepareLookups), never
// as part of the open (at 100,000 events the participants' index holds some 250,000 entries); then
// kept by the edits that insert, remove or change records (DataEdit::applyTo), so selecting or
// deleting an entity costs its records, not a pass over all of them. The ids share their text with
// the records. An edit only adds entries: what no longer holds (a record removed, or no longer
// naming the entity) is dropped by the next lookup, which checks every entry against the records
// (Dataset::eventsInvolving, Dataset::relationshipRowsOf). A list whose size changed without
// telling the index is indexed again.
// Not part of the data: two indexes always compare equal. Lookups may come from several threads.
template <typename R>
class EntityIndex
{
public:
    EntityIndex() = default;
    EntityIndex(const EntityIndex &other);
    EntityIndex &operator=(const EntityIndex &other);

    // Ids of the records of list naming entityId, each once, in no particular order.
    QStringList recordsOf(const QList<R> &list, const QString &entityId) const;
    // Forgets what is built: the next lookup builds it from the list again.
    void invalidate() const;

    // What a lookup found to hold of an entity's records (entries of removed or changed records
    // dropped), kept for the next lookup.
    void keep(const QString &entityId, const QStringList &recordIds) const;

    // A record was inserted into or removed from list (list as it is now), or changed in place.
    void inserted(const QList<R> &list, const R &record);
    void removed(const QList<R> &list, const R &record);
    void changed(const R &before, const R &after);

    friend bool operator==(const EntityIndex &, const EntityIndex &) { return true; }

    // How often the index was built from the whole list (tests: an edit must not cause it).
    int builds() const;

    // The index of list built apart (on a worker, from a copy of the document's list), to be
    // given to adopt(); empty, as never built, when stop was set on the way (checked every few
    // thousand records, so a stop is heard within a millisecond).
    static EntityIndex builtApart(const QList<R> &list, const std::atomic_bool &stop);
    // Takes what builtApart(from) made when nothing is built here yet and list (the list this
    // index is of, as it is now) is still the very list it was built from: no edit detached it
    // from that copy since. False when it was not taken (then a lookup builds as before).
    bool adopt(EntityIndex &&built, const QList<R> &from, const QList<R> &list) const;

    // Whether record names entityId (the check each lookup makes of what the index says).
    static bool names(const R &record, const QString &entityId);

private:
    // False when stop was set on the way (then nothing is built).
    bool build(const QList<R> &list, const std::atomic_bool *stop = nullptr) const;
    void addEntry(const QString &entityId, const QString &recordId) const;

    mutable QMutex m_mutex;
    mutable QHash<QString, QStringList> m_records;
    mutable qsizetype m_size = -1; // records when last built or kept; -1: not built
    mutable int m_builds = 0;
};

template <>
bool EntityIndex<Event>::names(const Event &event, const QString &entityId);
template <>
bool EntityIndex<Relationship>::names(const Relationship &relationship, const QString &entityId);

using ParticipantIndex = EntityIndex<Event>;
using EndpointIndex = EntityIndex<Relationship>;
extern template class EntityIndex<Event>;
extern template class EntityIndex<Relationship>;

} // namespace atlas
