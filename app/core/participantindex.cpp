// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "participantindex.h"

#include <QHashFunctions>

#include <algorithm>
#include <vector>

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
    // The entities' ids are mostly one string each, shared by every event that names them (the
    // load reads them so): each participant is found by where its text is, and by the text itself
    // only when that place is new. Two strings alive at once in one place are the same text. At a
    // million events that is some 2.5 million participants, and hashing and comparing each
    // text twice was two fifths of the build (0.55 s of CPU at the first company selected).
    QHash<std::pair<quintptr, qsizetype>, int> byPlace; // where the text is: its entity
    QHash<QString, int> byText;
    QList<QString> entities;
    std::vector<qsizetype> counts;
    std::vector<int> slots; // each participant's entity, in the order of the events
    slots.reserve(size_t(list.size()) * 3);
    for (const Event &e : list) {
        for (const Participant &p : e.participants) {
            const std::pair place{ quintptr(p.entityId.constData()), p.entityId.size() };
            auto it = byPlace.constFind(place);
            if (it == byPlace.cend()) {
                auto text = byText.constFind(p.entityId);
                if (text == byText.cend()) {
                    text = byText.insert(p.entityId, int(entities.size()));
                    entities.append(p.entityId);
                    counts.push_back(0);
                }
                it = byPlace.insert(place, *text);
            }
            slots.push_back(*it);
            ++counts[*it];
        }
    }
    // Each entity's list made at its size first: grown an id at a time, the lists of a million
    // events took some 90 MB, half as much again as their ids, with what their growth freed.
    QList<QStringList> lists(entities.size());
    for (qsizetype i = 0; i < lists.size(); ++i)
        lists[i].reserve(counts[size_t(i)]);
    auto slot = slots.cbegin();
    for (const Event &e : list) {
        const auto first = slot;
        for (qsizetype i = 0; i < e.participants.size(); ++i, ++slot) {
            // An entity named twice in one event (two roles) lists the event once.
            if (std::find(first, slot, *slot) == slot)
                lists[*slot].append(e.id);
        }
    }
    m_events.reserve(entities.size());
    for (qsizetype i = 0; i < entities.size(); ++i)
        m_events.insert(entities.at(i), std::move(lists[i]));
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
