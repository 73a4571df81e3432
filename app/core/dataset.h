// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customtypes.h"
#include "records.h"

#include <QHash>
#include <QMutex>

#include <algorithm>
#include <limits>

namespace atlas {

// The lists of a Dataset, for code that handles each kind of record alike (edits, notifications).
enum class RecordType { Source, Entity, Event, Relationship, Financial };

// The row of each id of one list: built on first use, checked on every hit, rebuilt when the list
// no longer matches, and kept up to date cheaply by Dataset::reindex() after an edit moves rows.
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
        if (it != m_rows.cend() && *it < list.size() && list.at(*it).id == id)
            return *it;
        if (m_staleFrom < m_size) {
            // Rows an edit moved and not looked at since: brought up to date once, now.
            refresh(list);
            it = m_rows.constFind(id);
            if (it != m_rows.cend() && *it < list.size() && list.at(*it).id == id)
                return *it;
        }
        if (it == m_rows.cend())
            return -1;
        build(list); // a record changed under the index: rebuild once
        it = m_rows.constFind(id);
        return it == m_rows.cend() ? -1 : *it;
    }

    // Rows from fromRow on moved (inserted or removed rows before them); removedIds are gone.
    // The moved rows are looked at again only when a lookup meets one of them, so the runs of
    // one edit cost one pass over the rows after the first of them, not one pass each.
    template <typename T>
    void update(const QList<T> &list, qsizetype fromRow, const QStringList &removedIds)
    {
        QMutexLocker lock(&m_mutex);
        if (m_size < 0)
            return;
        for (const QString &id : removedIds) {
            const auto it = m_rows.constFind(id);
            if (it != m_rows.cend() && (*it >= fromRow || *it >= m_staleFrom))
                m_rows.erase(it);
        }
        m_staleFrom = std::min(m_staleFrom, fromRow);
        m_size = list.size();
    }

    friend bool operator==(const IdIndex &, const IdIndex &) { return true; }

private:
    template <typename T>
    void build(const QList<T> &list) const
    {
        m_rows.clear();
        m_rows.reserve(list.size());
        m_staleFrom = std::numeric_limits<qsizetype>::max();
        // Backwards, so a repeated id finds its first row, as a linear search would.
        for (qsizetype row = list.size() - 1; row >= 0; --row)
            m_rows.insert(list.at(row).id, row);
        m_size = list.size();
    }

    // Backwards, so a repeated id keeps its first row; rows before m_staleFrom did not move.
    template <typename T>
    void refresh(const QList<T> &list) const
    {
        const qsizetype from = m_staleFrom;
        for (qsizetype row = list.size() - 1; row >= from; --row) {
            const QString &id = list.at(row).id;
            const auto it = m_rows.constFind(id);
            if (it != m_rows.cend() && *it < from && list.at(*it).id == id)
                continue;
            m_rows.insert(id, row);
        }
        m_staleFrom = std::numeric_limits<qsizetype>::max();
    }

    mutable QMutex m_mutex;
    mutable QHash<QString, qsizetype> m_rows;
    mutable qsizetype m_size = -1;
    mutable qsizetype m_staleFrom = std::numeric_limits<qsizetype>::max();
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

    qsizetype count(RecordType type) const;
    // After rows of a list were inserted or removed in place: rows from fromRow on moved, and
    // removedIds left. Keeps the index current without rebuilding it (figures have none).
    void reindex(RecordType type, qsizetype fromRow, const QStringList &removedIds = {});

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
};

} // namespace atlas
