// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataedit.h"

#include "importplan.h"

#include <algorithm>

namespace atlas {

QString recordKey(const FinancialFigure &f)
{
    return QStringLiteral("%1/%2/%3").arg(f.companyId, f.quarter.toString(), keyOf(f.metric));
}

namespace {

template<typename T> QHash<QString, qsizetype> indexByKey(const QList<T> &list)
{
    QHash<QString, qsizetype> index;
    index.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i)
        index.insert(recordKey(list.at(i)), i);
    return index;
}

// Calls f(list of a, list of b, record name) for the five record lists of a and b (each a
// Dataset or a DataEdit) in the order references need, while f returns true.
template<typename A, typename B, typename F> bool eachList(A &a, B &b, F &&f)
{
    return f(a.sources, b.sources, "source") && f(a.entities, b.entities, "entity") && f(a.events, b.events, "event")
        && f(a.relationships, b.relationships, "relationship") && f(a.financials, b.financials, "financial figure");
}

// Whether edit fits list; names the first record that does not.
template<typename T> bool fits(const QList<T> &list, const ListEdit<T> &edit, const char *record, QString *error)
{
    auto fail = [&](const QString &key) {
        if (error)
            *error = DataEdit::tr("The %1 '%2' is not as this edit expects; the data changed under it.")
                         .arg(QLatin1String(record), key);
        return false;
    };
    if (!edit.changed.isEmpty()) {
        const auto index = indexByKey(list);
        for (const auto &[before, after] : edit.changed) {
            const qsizetype i = index.value(recordKey(before), -1);
            if (i < 0 || !(list.at(i) == before) || recordKey(before) != recordKey(after))
                return fail(recordKey(before));
        }
    }
    qsizetype previous = -1;
    for (const auto &[row, r] : edit.removed) {
        if (row <= previous || row >= list.size() || !(list.at(row) == r))
            return fail(recordKey(r));
        previous = row;
    }
    const qsizetype remaining = list.size() - edit.removed.size();
    previous = -1;
    for (qsizetype k = 0; k < edit.inserted.size(); ++k) {
        const qsizetype row = edit.inserted.at(k).first;
        if (row <= previous || row > remaining + k)
            return fail(recordKey(edit.inserted.at(k).second));
        previous = row;
    }
    return true;
}

template<typename T> void apply(QList<T> &list, const ListEdit<T> &edit)
{
    if (!edit.changed.isEmpty()) {
        const auto index = indexByKey(list);
        for (const auto &[before, after] : edit.changed)
            list[index.value(recordKey(before))] = after;
    }
    for (auto it = edit.removed.crbegin(); it != edit.removed.crend(); ++it)
        list.removeAt(it->first);
    for (const auto &[row, r] : edit.inserted)
        list.insert(row, r);
}

template<typename T> void collect(const ListEdit<T> &edit, QList<T> *out)
{
    for (const auto &[row, r] : edit.inserted)
        out->append(r);
    for (const auto &[before, after] : edit.changed)
        out->append(after);
}

template<typename T> void collectRemoved(const ListEdit<T> &edit, QList<T> *out)
{
    for (const auto &[row, r] : edit.removed)
        out->append(r);
}

template<typename T> void appendNew(const QList<T> &list, const QList<T> &records, ListEdit<T> *edit)
{
    const auto index = indexByKey(list);
    qsizetype row = list.size();
    for (const auto &r : records) {
        if (!index.contains(recordKey(r)))
            edit->inserted.append({row++, r});
    }
}

template<typename T> void change(const T *before, const T &after, ListEdit<T> *edit)
{
    if (before && !(*before == after))
        edit->changed.append({*before, after});
}

// The event rows and relationship rows that go with removed events.
void removeEvents(const Dataset &data, const QSet<QString> &eventIds, DataEdit *edit)
{
    QSet<qsizetype> going;
    for (const auto &[row, r] : std::as_const(edit->relationships.removed))
        going.insert(row);
    for (qsizetype i = 0; i < data.relationships.size(); ++i) {
        const Relationship &r = data.relationships.at(i);
        if (!going.contains(i) && !r.eventId.isEmpty() && eventIds.contains(r.eventId))
            edit->relationships.removed.append({i, r});
    }
    std::sort(edit->relationships.removed.begin(), edit->relationships.removed.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
}

} // namespace

bool DataEdit::isEmpty() const
{
    return eachList(*this, *this, [](const auto &list, const auto &, const char *) { return list.isEmpty(); }) && !info;
}

DataEdit DataEdit::reversed() const
{
    DataEdit r;
    eachList(*this, r, [](const auto &edit, auto &out, const char *) {
        out = edit.reversed();
        return true;
    });
    if (info)
        r.info = std::pair{info->second, info->first};
    return r;
}

bool DataEdit::applyTo(Dataset *data, QString *error) const
{
    if (!eachList(*data, *this, [error](const auto &list, const auto &edit, const char *record) {
            return fits(list, edit, record, error);
        }))
        return false;
    eachList(*data, *this, [](auto &list, const auto &edit, const char *) {
        apply(list, edit);
        return true;
    });
    if (info)
        data->info = info->second;
    return true;
}

Dataset DataEdit::upserts() const
{
    Dataset d;
    eachList(*this, d, [](const auto &edit, auto &out, const char *) {
        collect(edit, &out);
        return true;
    });
    if (info)
        d.info = info->second;
    return d;
}

Dataset DataEdit::removedRecords() const
{
    Dataset d;
    eachList(*this, d, [](const auto &edit, auto &out, const char *) {
        collectRemoved(edit, &out);
        return true;
    });
    return d;
}

DataEdit DataEdit::addEntity(const Dataset &data, const Entity &entity)
{
    DataEdit d;
    appendNew(data.entities, {entity}, &d.entities);
    return d;
}

DataEdit DataEdit::updateEntity(const Dataset &data, const Entity &entity)
{
    DataEdit d;
    change(data.entity(entity.id), entity, &d.entities);
    return d;
}

DataEdit DataEdit::removeEntity(const Dataset &data, const QString &id)
{
    DataEdit d;
    const int index = data.entityIndex(id);
    if (index < 0)
        return d;
    d.entities.removed.append({index, data.entities.at(index)});
    QSet<QString> goneEvents;
    for (qsizetype i = 0; i < data.events.size(); ++i) {
        const Event &ev = data.events.at(i);
        if (!ev.involves(id))
            continue;
        Event after = ev;
        after.participants.removeIf([&](const Participant &p) { return p.entityId == id; });
        if (after.participants.isEmpty()) {
            d.events.removed.append({i, ev});
            goneEvents.insert(ev.id);
        } else {
            d.events.changed.append({ev, after});
        }
    }
    for (qsizetype i = 0; i < data.relationships.size(); ++i) {
        const Relationship &r = data.relationships.at(i);
        if (r.fromId == id || r.toId == id)
            d.relationships.removed.append({i, r});
    }
    removeEvents(data, goneEvents, &d);
    for (qsizetype i = 0; i < data.financials.size(); ++i) {
        if (data.financials.at(i).companyId == id)
            d.financials.removed.append({i, data.financials.at(i)});
    }
    // The quarters listed as its known gaps go with its figures.
    DatasetInfo info = data.info;
    if (info.knownGaps.removeIf([&](const FigureGap &g) { return g.companyId == id; }) > 0)
        d.info = std::pair{data.info, info};
    return d;
}

DataEdit DataEdit::addEvent(const Dataset &data, const Event &event, const QList<Source> &newSources)
{
    DataEdit d;
    appendNew(data.sources, newSources, &d.sources);
    appendNew(data.events, {event}, &d.events);
    return d;
}

DataEdit DataEdit::updateEvent(const Dataset &data, const Event &event, const QList<Source> &newSources)
{
    DataEdit d;
    appendNew(data.sources, newSources, &d.sources);
    change(data.event(event.id), event, &d.events);
    return d;
}

DataEdit DataEdit::removeEvent(const Dataset &data, const QString &id)
{
    DataEdit d;
    const int index = data.eventIndex(id);
    if (index < 0)
        return d;
    d.events.removed.append({index, data.events.at(index)});
    removeEvents(data, {id}, &d);
    return d;
}

DataEdit DataEdit::addRelationship(const Dataset &data, const Relationship &relationship, const QList<Source> &newSources)
{
    DataEdit d;
    appendNew(data.sources, newSources, &d.sources);
    appendNew(data.relationships, {relationship}, &d.relationships);
    return d;
}

DataEdit DataEdit::updateRelationship(const Dataset &data, const Relationship &relationship,
                                      const QList<Source> &newSources)
{
    DataEdit d;
    appendNew(data.sources, newSources, &d.sources);
    change(data.relationship(relationship.id), relationship, &d.relationships);
    return d;
}

DataEdit DataEdit::removeRelationship(const Dataset &data, const QString &id)
{
    DataEdit d;
    for (qsizetype i = 0; i < data.relationships.size(); ++i) {
        if (data.relationships.at(i).id == id) {
            d.relationships.removed.append({i, data.relationships.at(i)});
            break;
        }
    }
    return d;
}

namespace {

template<typename T>
void importList(const QList<T> &current, const QList<T> &merged, const QString &record,
                const QList<ImportPlan::Item> &items, ListEdit<T> *edit)
{
    const auto currentIndex = indexByKey(current);
    const auto mergedIndex = indexByKey(merged);
    for (const auto &item : items) {
        if (item.record != record)
            continue;
        const qsizetype m = mergedIndex.value(item.id, -1);
        if (m < 0)
            continue;
        if (item.action == ImportPlan::Action::New || item.action == ImportPlan::Action::Rename)
            edit->inserted.append({m, merged.at(m)});
        else if (item.action == ImportPlan::Action::Update)
            edit->changed.append({current.at(currentIndex.value(item.id)), merged.at(m)});
    }
    std::sort(edit->inserted.begin(), edit->inserted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
}

} // namespace

DataEdit DataEdit::fromImport(const Dataset &current, const ImportPlan &plan)
{
    DataEdit d;
    const Dataset &merged = plan.merged();
    importList(current.sources, merged.sources, QStringLiteral("source"), plan.items(), &d.sources);
    importList(current.entities, merged.entities, QStringLiteral("entity"), plan.items(), &d.entities);
    importList(current.events, merged.events, QStringLiteral("event"), plan.items(), &d.events);
    importList(current.relationships, merged.relationships, QStringLiteral("relationship"), plan.items(),
               &d.relationships);
    importList(current.financials, merged.financials, QStringLiteral("financial"), plan.items(), &d.financials);
    if (!(merged.info == current.info))
        d.info = std::pair{current.info, merged.info};
    return d;
}

} // namespace atlas
