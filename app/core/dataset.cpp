// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset.h"

#include <algorithm>

namespace atlas {

IdIndex::IdIndex(const IdIndex &other)
{
    QMutexLocker lock(&other.m_mutex);
    m_rows = other.m_rows;
    m_shifts = other.m_shifts;
    m_size = other.m_size;
}

IdIndex &IdIndex::operator=(const IdIndex &other)
{
    if (this == &other)
        return *this;
    QHash<QString, Entry> rows;
    QList<Shift> shifts;
    qsizetype size = -1;
    {
        QMutexLocker lock(&other.m_mutex);
        rows = other.m_rows;
        shifts = other.m_shifts;
        size = other.m_size;
    }
    QMutexLocker lock(&m_mutex);
    m_rows = std::move(rows);
    m_shifts = std::move(shifts);
    m_size = size;
    return *this;
}

namespace {
template <typename T>
const T *at(const QList<T> &list, qsizetype row)
{
    return row < 0 ? nullptr : &list.at(row);
}
} // namespace

const Entity *Dataset::entity(const QString &id) const
{
    return at(entities, entityRows.find(entities, id));
}
const Event *Dataset::event(const QString &id) const
{
    return at(events, eventRows.find(events, id));
}
const Source *Dataset::source(const QString &id) const
{
    return at(sources, sourceRows.find(sources, id));
}
const Relationship *Dataset::relationship(const QString &id) const
{
    return at(relationships, relationshipRows.find(relationships, id));
}
int Dataset::entityIndex(const QString &id) const
{
    return int(entityRows.find(entities, id));
}
int Dataset::eventIndex(const QString &id) const
{
    return int(eventRows.find(events, id));
}
int Dataset::sourceIndex(const QString &id) const
{
    return int(sourceRows.find(sources, id));
}
int Dataset::relationshipIndex(const QString &id) const
{
    return int(relationshipRows.find(relationships, id));
}

namespace {

// The rows of list naming entityId, in list order, through its entity index: each entry checked
// against the records (it costs that entity's records), so a record removed, or no longer naming
// the entity, is dropped, and the index keeps what holds.
template <typename R>
QList<qsizetype> rowsNaming(const QList<R> &list, const IdIndex &rows, const EntityIndex<R> &index,
                            const QString &entityId)
{
    const QStringList ids = index.recordsOf(list, entityId);
    QList<qsizetype> out;
    out.reserve(ids.size());
    for (const QString &id : ids) {
        const qsizetype row = rows.find(list, id);
        if (row >= 0 && EntityIndex<R>::names(list.at(row), entityId))
            out.append(row);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    if (out.size() != ids.size()) {
        QStringList holding;
        holding.reserve(out.size());
        for (qsizetype row : std::as_const(out))
            holding.append(list.at(row).id);
        index.keep(entityId, holding);
    }
    return out;
}

} // namespace

QStringList Dataset::eventsInvolving(const QString &entityId) const
{
    const QList<qsizetype> rows = rowsNaming(events, eventRows, participantEvents, entityId);
    QStringList inOrder;
    inOrder.reserve(rows.size());
    for (qsizetype row : rows)
        inOrder.append(events.at(row).id);
    return inOrder;
}

QList<qsizetype> Dataset::relationshipRowsOf(const QString &entityId) const
{
    return rowsNaming(relationships, relationshipRows, relationshipEnds, entityId);
}

void Dataset::buildIndexes() const
{
    // An id no record has: each lookup builds its index when the index does not match its list.
    const QString none;
    entityRows.find(entities, none);
    eventRows.find(events, none);
    sourceRows.find(sources, none);
    relationshipRows.find(relationships, none);
}

qsizetype Dataset::count(RecordType type) const
{
    switch (type) {
    case RecordType::Source:
        return sources.size();
    case RecordType::Entity:
        return entities.size();
    case RecordType::Event:
        return events.size();
    case RecordType::Relationship:
        return relationships.size();
    case RecordType::Financial:
        return financials.size();
    }
    return 0;
}

namespace {
// The list of type and its index, for what handles every list alike (figures have no index).
template <typename F>
void withIndex(Dataset *d, RecordType type, F f)
{
    switch (type) {
    case RecordType::Source:
        return f(d->sources, d->sourceRows);
    case RecordType::Entity:
        return f(d->entities, d->entityRows);
    case RecordType::Event:
        return f(d->events, d->eventRows);
    case RecordType::Relationship:
        return f(d->relationships, d->relationshipRows);
    case RecordType::Financial:
        return;
    }
}
} // namespace

void Dataset::reindexRemoved(RecordType type, qsizetype first, qsizetype count,
                             const QStringList &ids)
{
    withIndex(this, type,
              [&](const auto &list, IdIndex &index) { index.removed(list, first, count, ids); });
}

void Dataset::reindexInserted(RecordType type, qsizetype first, qsizetype count)
{
    withIndex(this, type,
              [&](const auto &list, IdIndex &index) { index.inserted(list, first, count); });
}

QString Dataset::resolveEntity(const QString &nameOrId) const
{
    const QString needle = nameOrId.trimmed();
    if (needle.isEmpty())
        return {};
    auto same = [&](const QString &s) {
        return !s.isEmpty() && s.compare(needle, Qt::CaseInsensitive) == 0;
    };
    for (const auto &e : entities) {
        if (same(e.id) || same(e.name.en) || same(e.name.ko) || same(e.ticker))
            return e.id;
        if (e.ticker.contains(QLatin1Char(':')) && same(e.ticker.section(QLatin1Char(':'), 1)))
            return e.id;
    }
    return {};
}

QList<FinancialFigure> Dataset::series(const QString &companyId, Metric metric) const
{
    QList<FinancialFigure> out;
    for (const auto &f : financials) {
        if (f.companyId == companyId && f.metric == metric)
            out.append(f);
    }
    std::sort(out.begin(), out.end(),
              [](const auto &a, const auto &b) { return a.quarter < b.quarter; });
    return out;
}

std::optional<FinancialFigure> Dataset::figure(const QString &companyId, const PartialDate &quarter,
                                               Metric metric) const
{
    for (const auto &f : financials) {
        if (f.companyId == companyId && f.quarter == quarter && f.metric == metric)
            return f;
    }
    return std::nullopt;
}

const FigureGap *Dataset::knownGap(const QString &companyId, const PartialDate &quarter,
                                   Metric metric) const
{
    for (const auto &g : info.knownGaps) {
        if (g.companyId == companyId && g.quarter == quarter && g.metric == metric)
            return &g;
    }
    return nullptr;
}

} // namespace atlas
