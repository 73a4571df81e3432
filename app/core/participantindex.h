// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QStringList>

namespace atlas {

// Which events name an entity among their participants: entity id -> ids of its events. Built
// from the events the first time it is asked (never at open: at 100,000 events it holds some
// 250,000 entries), then kept by the edits that insert, remove or change events
// (DataEdit::applyTo), so selecting or deleting an entity costs its events, not a pass over all
// of them. The ids share their text with the events. An edit only adds entries: what no longer
// holds (an event removed, or no longer naming the entity) is dropped by the next lookup, which
// checks every entry against the events (Dataset::eventsInvolving). A list whose size changed
// without telling the index is indexed again.
// Not part of the data: two indexes always compare equal. Lookups may come from several threads.
class ParticipantIndex
{
public:
    ParticipantIndex() = default;
    ParticipantIndex(const ParticipantIndex &other);
    ParticipantIndex &operator=(const ParticipantIndex &other);

    // Ids of the events of list naming entityId, each once, in no particular order.
    QStringList eventsOf(const QList<Event> &list, const QString &entityId) const;
    // Forgets what is built: the next lookup builds it from the list again.
    void invalidate() const;

    // What a lookup found to hold of an entity's events (entries of removed or changed events
    // dropped), kept for the next lookup.
    void keep(const QString &entityId, const QStringList &eventIds) const;

    // An event was inserted into or removed from list (list as it is now), or changed in place.
    void inserted(const QList<Event> &list, const Event &event);
    void removed(const QList<Event> &list, const Event &event);
    void changed(const Event &before, const Event &after);

    friend bool operator==(const ParticipantIndex &, const ParticipantIndex &) { return true; }

    // How often the index was built from the whole list (tests: an edit must not cause it).
    int builds() const;

private:
    void build(const QList<Event> &list) const;
    void add(const Event &event) const;
    void addEntry(const QString &entityId, const QString &eventId) const;

    mutable QMutex m_mutex;
    mutable QHash<QString, QStringList> m_events;
    mutable qsizetype m_size = -1; // events when last built or kept; -1: not built
    mutable int m_builds = 0;
};

} // namespace atlas
