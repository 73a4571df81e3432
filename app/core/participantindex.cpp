// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "participantindex.h"

#include "heap.h"

#include <QHashFunctions>

#include <algorithm>
#include <vector>

namespace atlas {

namespace {

// Calls f with each entity id the record names, in order (an entity named twice, twice).
template <typename F>
void forEachEntity(const Event &event, F &&f)
{
    for (const Participant &p : event.participants)
        f(p.entityId);
}

template <typename F>
void forEachEntity(const Relationship &relationship, F &&f)
{
    f(relationship.fromId);
    f(relationship.toId);
}

} // namespace

template <>
bool EntityIndex<Event>::names(const Event &event, const QString &entityId)
{
    return event.involves(entityId);
}

template <>
bool EntityIndex<Relationship>::names(const Relationship &relationship, const QString &entityId)
{
    return relationship.fromId == entityId || relationship.toId == entityId;
}

template <typename R>
EntityIndex<R>::EntityIndex(const EntityIndex &other)
{
    QMutexLocker lock(&other.m_mutex);
    m_records = other.m_records;
    m_size = other.m_size;
}

template <typename R>
EntityIndex<R> &EntityIndex<R>::operator=(const EntityIndex &other)
{
    if (this == &other)
        return *this;
    QHash<QString, QStringList> records;
    qsizetype size = -1;
    {
        QMutexLocker lock(&other.m_mutex);
        records = other.m_records;
        size = other.m_size;
    }
    QMutexLocker lock(&m_mutex);
    m_records = std::move(records);
    m_size = size;
    return *this;
}

template <typename R>
QStringList EntityIndex<R>::recordsOf(const QList<R> &list, const QString &entityId) const
{
    QMutexLocker lock(&m_mutex);
    if (m_size != list.size())
        build(list);
    return m_records.value(entityId);
}

template <typename R>
void EntityIndex<R>::invalidate() const
{
    QMutexLocker lock(&m_mutex);
    m_records.clear();
    m_size = -1;
}

template <typename R>
void EntityIndex<R>::inserted(const QList<R> &list, const R &record)
{
    QMutexLocker lock(&m_mutex);
    if (m_size < 0)
        return;
    forEachEntity(record, [&](const QString &entityId) { addEntry(entityId, record.id); });
    m_size = list.size();
}

template <typename R>
void EntityIndex<R>::removed(const QList<R> &list, const R &)
{
    // Its entries stay until a lookup meets them (the lookup drops what no longer holds):
    // searching a large entity's list for each removed record would cost more.
    QMutexLocker lock(&m_mutex);
    if (m_size >= 0)
        m_size = list.size();
}

template <typename R>
void EntityIndex<R>::changed(const R &before, const R &after)
{
    QMutexLocker lock(&m_mutex);
    if (m_size < 0)
        return;
    // Only who joined is entered; who left stays until a lookup drops it, as for a removal.
    forEachEntity(after, [&](const QString &entityId) {
        if (before.id != after.id || !names(before, entityId))
            addEntry(entityId, after.id);
    });
}

template <typename R>
void EntityIndex<R>::keep(const QString &entityId, const QStringList &recordIds) const
{
    QMutexLocker lock(&m_mutex);
    if (m_size < 0)
        return;
    if (recordIds.isEmpty())
        m_records.remove(entityId);
    else
        m_records.insert(entityId, recordIds);
}

template <typename R>
int EntityIndex<R>::builds() const
{
    QMutexLocker lock(&m_mutex);
    return m_builds;
}

template <typename R>
EntityIndex<R> EntityIndex<R>::builtApart(const QList<R> &list, const std::atomic_bool &stop)
{
    EntityIndex index; // no one else sees it yet: nothing to lock
    if (!index.build(list, &stop)) {
        index.m_records.clear();
        index.m_size = -1;
    }
    return index;
}

template <typename R>
bool EntityIndex<R>::adopt(EntityIndex &&built, const QList<R> &from, const QList<R> &list) const
{
    // The same array: an edit of the document's list since the copy was taken would have given
    // it an array of its own (the copy shared it), so nothing in it changed.
    if (from.constData() != list.constData() || from.size() != list.size())
        return false;
    QMutexLocker builtLock(&built.m_mutex);
    if (built.m_size != list.size())
        return false;
    QMutexLocker lock(&m_mutex);
    if (m_size >= 0)
        return false;
    m_records = std::move(built.m_records);
    m_size = built.m_size;
    return true;
}

template <typename R>
bool EntityIndex<R>::build(const QList<R> &list, const std::atomic_bool *stop) const
{
    // Its lists come from the bulk's heap when they are large (at 100,000 events some 6 MB made
    // at the first company selected), in the pages the read freed there.
    const HeapWhileBuilding bulk(list.size() >= 50000);
    m_records.clear();
    // The entities' ids are mostly one string each, shared by every record that names them (the
    // load reads them so): each is found by where its text is, and by the text itself only when
    // that place is new. Two strings alive at once in one place are the same text. At a million
    // events that is some 2.5 million participants, and hashing and comparing each text twice
    // was two fifths of the build (0.55 s of CPU at the first company selected).
    QHash<std::pair<quintptr, qsizetype>, int> byPlace; // where the text is: its entity
    QHash<QString, int> byText;
    QList<QString> entities;
    std::vector<qsizetype> counts;
    std::vector<int> slots; // each entity named, in the order of the records
    slots.reserve(size_t(list.size()) * 3);
    qsizetype read = 0;
    for (const R &r : list) {
        if (stop && (++read & 4095) == 0 && stop->load(std::memory_order_relaxed))
            return false;
        forEachEntity(r, [&](const QString &entityId) {
            const std::pair place{ quintptr(entityId.constData()), entityId.size() };
            auto it = byPlace.constFind(place);
            if (it == byPlace.cend()) {
                auto text = byText.constFind(entityId);
                if (text == byText.cend()) {
                    text = byText.insert(entityId, int(entities.size()));
                    entities.append(entityId);
                    counts.push_back(0);
                }
                it = byPlace.insert(place, *text);
            }
            slots.push_back(*it);
            ++counts[*it];
        });
    }
    // Each entity's list made at its size first: grown an id at a time, the lists of a million
    // events took some 90 MB, half as much again as their ids, with what their growth freed.
    QList<QStringList> lists(entities.size());
    for (qsizetype i = 0; i < lists.size(); ++i)
        lists[i].reserve(counts[size_t(i)]);
    auto slot = slots.cbegin();
    for (const R &r : list) {
        const auto first = slot;
        forEachEntity(r, [&](const QString &) {
            // An entity named twice in one record (two roles, a link to itself) lists it once.
            if (std::find(first, slot, *slot) == slot)
                lists[*slot].append(r.id);
            ++slot;
        });
    }
    m_records.reserve(entities.size());
    for (qsizetype i = 0; i < entities.size(); ++i)
        m_records.insert(entities.at(i), std::move(lists[i]));
    m_size = list.size();
    ++m_builds;
    return true;
}

template <typename R>
void EntityIndex<R>::addEntry(const QString &entityId, const QString &recordId) const
{
    QStringList &ids = m_records[entityId];
    // An entity named twice in one record (two roles) lists the record once.
    if (ids.isEmpty() || ids.constLast() != recordId)
        ids.append(recordId);
}

template class EntityIndex<Event>;
template class EntityIndex<Relationship>;

} // namespace atlas
