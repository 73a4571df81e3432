// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "participantindex.h"

#include <algorithm>

namespace atlas {

ParticipantIndex::ParticipantIndex(const ParticipantIndex &other)
{
    QMutexLocker lock(&other.m_mutex);
    m_events = other.m_events;
    m_size = other.m_size;
}

ParticipantIndex &ParticipantIndex::operator=(const ParticipantIndex &other)
{
    if (this == &other)
        return *this;
    QHash<QString, QStringList> events;
    qsizetype size = -1;
    {
        QMutexLocker lock(&other.m_mutex);
        events = other.m_events;
        size = other.m_size;
    }
    QMutexLocker lock(&m_mutex);
    m_events = std::move(events);
    m_size = size;
    return *this;
}

QStringList ParticipantIndex::eventsOf(const QList<Event> &list, const QString &entityId) const
{
    QMutexLocker lock(&m_mutex);
    if (m_size != list.size())
        build(list);
    return m_events.value(entityId);
}

void ParticipantIndex::invalidate() const
{
    QMutexLocker lock(&m_mutex);
    m_events.clear();
    m_size = -1;
}

void ParticipantIndex::inserted(const QList<Event> &list, const Event &event)
{
    QMutexLocker lock(&m_mutex);
    if (m_size < 0)
        return;
    add(event);
    m_size = list.size();
}

void ParticipantIndex::removed(const QList<Event> &list, const Event &)
{
    // Its entries stay until a lookup meets them (Dataset::eventsInvolving drops what no longer
    // holds): searching a large entity's list for each removed event would cost more.
    QMutexLocker lock(&m_mutex);
    if (m_size >= 0)
        m_size = list.size();
}

void ParticipantIndex::changed(const Event &before, const Event &after)
{
    QMutexLocker lock(&m_mutex);
    if (m_size < 0)
        return;
    // Only who joined is entered; who left stays until a lookup drops it, as for a removal.
    for (const Participant &p : after.participants) {
        const bool named = before.id == after.id
                && std::any_of(before.participants.cbegin(), before.participants.cend(),
                               [&](const Participant &q) { return q.entityId == p.entityId; });
        if (!named)
            addEntry(p.entityId, after.id);
    }
}

void ParticipantIndex::keep(const QString &entityId, const QStringList &eventIds) const
{
    QMutexLocker lock(&m_mutex);
    if (m_size < 0)
        return;
    if (eventIds.isEmpty())
        m_events.remove(entityId);
    else
        m_events.insert(entityId, eventIds);
}

int ParticipantIndex::builds() const
{
    QMutexLocker lock(&m_mutex);
    return m_builds;
}

void ParticipantIndex::build(const QList<Event> &list) const
{
    m_events.clear();
    // Each entity's list made at its size first: grown an id at a time, the lists of a million
    // events took some 90 MB, half as much again as their ids, with what their growth freed.
    QHash<QString, qsizetype> counts;
    for (const Event &e : list) {
        for (const Participant &p : e.participants)
            ++counts[p.entityId];
    }
    m_events.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        m_events[it.key()].reserve(it.value());
    for (const Event &e : list)
        add(e);
    m_size = list.size();
    ++m_builds;
}

void ParticipantIndex::add(const Event &event) const
{
    for (const Participant &p : event.participants)
        addEntry(p.entityId, event.id);
}

void ParticipantIndex::addEntry(const QString &entityId, const QString &eventId) const
{
    QStringList &ids = m_events[entityId];
    // An entity named twice in one event (two roles) lists the event once.
    if (ids.isEmpty() || ids.constLast() != eventId)
        ids.append(eventId);
}

} // namespace atlas
