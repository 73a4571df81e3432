// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataedit.h"

#include <QSet>

#include <algorithm>
#include <type_traits>

namespace atlas {

QString recordKey(const FinancialFigure &f)
{
    return QStringLiteral("%1/%2/%3").arg(f.companyId, f.quarter.toString(), keyOf(f.metric));
}

namespace {

// Each list of a Dataset, its type, and the row of a key (through the id indexes; figures, a few
// hundred at most, by a scan).
QList<Source> &listOf(Dataset &d, const Source *)
{
    return d.sources;
}
QList<Entity> &listOf(Dataset &d, const Entity *)
{
    return d.entities;
}
QList<Event> &listOf(Dataset &d, const Event *)
{
    return d.events;
}
QList<Relationship> &listOf(Dataset &d, const Relationship *)
{
    return d.relationships;
}
QList<FinancialFigure> &listOf(Dataset &d, const FinancialFigure *)
{
    return d.financials;
}
const QList<Source> &listOf(const Dataset &d, const Source *)
{
    return d.sources;
}
const QList<Entity> &listOf(const Dataset &d, const Entity *)
{
    return d.entities;
}
const QList<Event> &listOf(const Dataset &d, const Event *)
{
    return d.events;
}
const QList<Relationship> &listOf(const Dataset &d, const Relationship *)
{
    return d.relationships;
}
const QList<FinancialFigure> &listOf(const Dataset &d, const FinancialFigure *)
{
    return d.financials;
}
constexpr RecordType typeOf(const Source *)
{
    return RecordType::Source;
}
constexpr RecordType typeOf(const Entity *)
{
    return RecordType::Entity;
}
constexpr RecordType typeOf(const Event *)
{
    return RecordType::Event;
}
constexpr RecordType typeOf(const Relationship *)
{
    return RecordType::Relationship;
}
constexpr RecordType typeOf(const FinancialFigure *)
{
    return RecordType::Financial;
}
const char *nameOf(const Source *)
{
    return "source";
}
const char *nameOf(const Entity *)
{
    return "entity";
}
const char *nameOf(const Event *)
{
    return "event";
}
const char *nameOf(const Relationship *)
{
    return "relationship";
}
const char *nameOf(const FinancialFigure *)
{
    return "financial figure";
}

template <typename T>
qsizetype rowOf(const Dataset &d, const T &r)
{
    return d.indexOf<T>(r.id);
}
qsizetype rowOf(const Dataset &d, const FinancialFigure &f)
{
    for (qsizetype i = 0; i < d.financials.size(); ++i) {
        const FinancialFigure &g = d.financials.at(i);
        if (g.companyId == f.companyId && g.quarter == f.quarter && g.metric == f.metric)
            return i;
    }
    return -1;
}

QString idOf(const Source &r)
{
    return r.id;
}
QString idOf(const Entity &r)
{
    return r.id;
}
QString idOf(const Event &r)
{
    return r.id;
}
QString idOf(const Relationship &r)
{
    return r.id;
}
QString idOf(const FinancialFigure &)
{
    return {};
}

// Whether edit fits the data; names the first record that does not.
template <typename T>
bool fitsList(const Dataset &data, const ListEdit<T> &edit, QString *error)
{
    const QList<T> &list = listOf(data, static_cast<const T *>(nullptr));
    auto fail = [&](const QString &key) {
        if (error)
            *error = DataEdit::tr(
                             "The %1 '%2' is not as this edit expects; the data changed under it.")
                             .arg(QLatin1String(nameOf(static_cast<const T *>(nullptr))), key);
        return false;
    };
    for (const auto &[before, after] : edit.changed) {
        const qsizetype i = rowOf(data, before);
        if (i < 0 || !(list.at(i) == before) || recordKey(before) != recordKey(after))
            return fail(recordKey(before));
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

template <typename T>
ListEdit<T> rebasedList(const Dataset &data, const ListEdit<T> &edit)
{
    const QList<T> &list = listOf(data, static_cast<const T *>(nullptr));
    ListEdit<T> out;
    out.changed = edit.changed;
    out.removed.reserve(edit.removed.size());
    for (const auto &[row, r] : edit.removed) {
        const qsizetype now = rowOf(data, r);
        out.removed.append({ now >= 0 && list.at(now) == r ? now : row, r });
    }
    std::stable_sort(out.removed.begin(), out.removed.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    const qsizetype remaining = list.size() - out.removed.size();
    out.inserted.reserve(edit.inserted.size());
    for (qsizetype k = 0; k < edit.inserted.size(); ++k) {
        const auto &[row, r] = edit.inserted.at(k);
        out.inserted.append({ std::clamp(row, k, std::max(k, remaining + k)), r });
    }
    return out;
}

// The indexes of events by participant and of relationships by end follow the records inserted,
// removed and changed (the other lists have none).
template <typename T>
void noteInserted(Dataset *data, const T &record)
{
    if constexpr (std::is_same_v<T, Event>)
        data->participantEvents.inserted(data->events, record);
    else if constexpr (std::is_same_v<T, Relationship>)
        data->relationshipEnds.inserted(data->relationships, record);
}

template <typename T>
void noteRemoved(Dataset *data, const T &record)
{
    if constexpr (std::is_same_v<T, Event>)
        data->participantEvents.removed(data->events, record);
    else if constexpr (std::is_same_v<T, Relationship>)
        data->relationshipEnds.removed(data->relationships, record);
}

template <typename T>
void changeList(Dataset *data, const ListEdit<T> &edit)
{
    QList<T> &list = listOf(*data, static_cast<const T *>(nullptr));
    for (const auto &[before, after] : edit.changed) {
        list[rowOf(*data, before)] = after;
        if constexpr (std::is_same_v<T, Event>)
            data->participantEvents.changed(before, after);
        else if constexpr (std::is_same_v<T, Relationship>)
            data->relationshipEnds.changed(before, after);
    }
}

// Calls f(index, length) for each run of consecutive rows of rows (ascending), from the last run
// to the first when backwards.
template <typename Rows, typename F>
void forEachRun(const Rows &rows, bool backwards, F f)
{
    QList<std::pair<qsizetype, qsizetype>> runs;
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i + 1;
        while (j < rows.size() && rows.at(j).first == rows.at(j - 1).first + 1)
            ++j;
        runs.append({ i, j - i });
        i = j;
    }
    if (backwards)
        std::reverse(runs.begin(), runs.end());
    for (const auto &[i, n] : runs)
        f(i, n);
}

// Without anyone following the steps (a trial, or a take-back): every row in one pass.
template <typename T>
void removeAllRows(Dataset *data, const ListEdit<T> &edit)
{
    QList<T> &list = listOf(*data, static_cast<const T *>(nullptr));
    const qsizetype first = edit.removed.constFirst().first;
    qsizetype to = first;
    qsizetype k = 0;
    for (qsizetype row = first; row < list.size(); ++row) {
        if (k < edit.removed.size() && edit.removed.at(k).first == row) {
            ++k;
            continue;
        }
        if (to != row)
            list[to] = std::move(list[row]);
        ++to;
    }
    list.erase(list.begin() + to, list.end());
    for (const auto &[row, record] : edit.removed)
        noteRemoved(data, record);
    // The index follows run by run, from the bottom up, so each run's rows are as they were.
    const RecordType type = typeOf(static_cast<const T *>(nullptr));
    forEachRun(edit.removed, true, [&](qsizetype i, qsizetype n) {
        QStringList ids;
        for (qsizetype j = i; j < i + n; ++j)
            ids.append(idOf(edit.removed.at(j).second));
        data->reindexRemoved(type, edit.removed.at(i).first, n, ids);
    });
}

template <typename T>
void insertAllRows(Dataset *data, const ListEdit<T> &edit)
{
    QList<T> &list = listOf(*data, static_cast<const T *>(nullptr));
    const qsizetype old = list.size();
    const qsizetype first = edit.inserted.constFirst().first;
    // Exactly, for an import's many rows: growing by doubling would hold a quarter more. Small
    // edits keep the list's own growth.
    if (edit.inserted.size() > 1000)
        list.reserve(old + edit.inserted.size());
    list.resize(old + edit.inserted.size());
    qsizetype from = old - 1;
    qsizetype k = edit.inserted.size() - 1;
    for (qsizetype row = list.size() - 1; row >= first; --row) {
        if (k >= 0 && edit.inserted.at(k).first == row)
            list[row] = edit.inserted.at(k--).second;
        else
            list[row] = std::move(list[from--]);
    }
    for (const auto &[row, record] : edit.inserted)
        noteInserted(data, record);
    // Run by run from the top down: each run's first row is where it stands once the runs
    // above it are in.
    const RecordType type = typeOf(static_cast<const T *>(nullptr));
    forEachRun(edit.inserted, false, [&](qsizetype i, qsizetype n) {
        data->reindexInserted(type, edit.inserted.at(i).first, n);
    });
}

// Runs of consecutive rows, from the bottom up, each removed in one step.
template <typename T>
void removeRows(Dataset *data, const ListEdit<T> &edit, DataEdit::Observer *observer)
{
    if (!observer && !edit.removed.isEmpty())
        return removeAllRows(data, edit);
    QList<T> &list = listOf(*data, static_cast<const T *>(nullptr));
    const RecordType type = typeOf(static_cast<const T *>(nullptr));
    qsizetype k = edit.removed.size() - 1;
    while (k >= 0) {
        const qsizetype last = edit.removed.at(k).first;
        qsizetype first = last;
        qsizetype j = k - 1;
        while (j >= 0 && edit.removed.at(j).first == first - 1) {
            first = edit.removed.at(j).first;
            --j;
        }
        if (observer)
            observer->aboutToRemove(type, first, last);
        QStringList ids;
        for (qsizetype row = first; row <= last; ++row)
            ids.append(idOf(list.at(row)));
        list.remove(first, last - first + 1);
        data->reindexRemoved(type, first, last - first + 1, ids);
        for (qsizetype i = j + 1; i <= k; ++i)
            noteRemoved(data, edit.removed.at(i).second);
        if (observer)
            observer->removed(type, first, last);
        k = j;
    }
}

// Runs of consecutive rows, from the top down, each inserted in one step.
template <typename T>
void insertRows(Dataset *data, const ListEdit<T> &edit, DataEdit::Observer *observer)
{
    if (!observer && !edit.inserted.isEmpty())
        return insertAllRows(data, edit);
    QList<T> &list = listOf(*data, static_cast<const T *>(nullptr));
    const RecordType type = typeOf(static_cast<const T *>(nullptr));
    qsizetype k = 0;
    while (k < edit.inserted.size()) {
        const qsizetype first = edit.inserted.at(k).first;
        qsizetype j = k + 1;
        while (j < edit.inserted.size()
               && edit.inserted.at(j).first == edit.inserted.at(j - 1).first + 1)
            ++j;
        const qsizetype last = first + (j - k) - 1;
        if (observer)
            observer->aboutToInsert(type, first, last);
        QList<T> run;
        run.reserve(j - k);
        for (qsizetype i = k; i < j; ++i)
            run.append(edit.inserted.at(i).second);
        if (first == list.size()) {
            list.append(std::move(run));
        } else {
            list.insert(first, run.size(), T());
            std::move(run.begin(), run.end(), list.begin() + first);
        }
        data->reindexInserted(type, first, last - first + 1);
        for (qsizetype i = k; i < j; ++i)
            noteInserted(data, edit.inserted.at(i).second);
        if (observer)
            observer->inserted(type, first, last);
        k = j;
    }
}

template <typename T>
void reportChanged(const Dataset &data, const ListEdit<T> &edit, DataEdit::Observer *observer)
{
    if (!observer || edit.changed.isEmpty())
        return;
    QList<qsizetype> rows;
    for (const auto &[before, after] : edit.changed) {
        const qsizetype row = rowOf(data, after);
        if (row >= 0)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    observer->changed(typeOf(static_cast<const T *>(nullptr)), rows);
}

template <typename T>
void collect(const ListEdit<T> &edit, Dataset *out)
{
    QList<T> &list = listOf(*out, static_cast<const T *>(nullptr));
    for (const auto &[row, r] : edit.inserted)
        list.append(r);
    for (const auto &[before, after] : edit.changed)
        list.append(after);
}

template <typename T>
void collectRemoved(const ListEdit<T> &edit, Dataset *out)
{
    QList<T> &list = listOf(*out, static_cast<const T *>(nullptr));
    for (const auto &[row, r] : edit.removed)
        list.append(r);
}

// Calls f on every list of the edit in the order a merge needs (sources, entities, events,
// relationships, figures), or with dependantsFirst in the opposite order.
template <typename F>
void forEachList(const DataEdit &e, F &&f, bool dependantsFirst = false)
{
    if (dependantsFirst) {
        f(e.financials);
        f(e.relationships);
        f(e.events);
        f(e.entities);
        f(e.sources);
    } else {
        f(e.sources);
        f(e.entities);
        f(e.events);
        f(e.relationships);
        f(e.financials);
    }
}

// The edit whose every list is f(the list of e); without a change of the dataset's info.
template <typename F>
DataEdit mapLists(const DataEdit &e, F &&f)
{
    DataEdit r;
    r.sources = f(e.sources);
    r.entities = f(e.entities);
    r.events = f(e.events);
    r.relationships = f(e.relationships);
    r.financials = f(e.financials);
    return r;
}

template <typename T>
void appendNew(const Dataset &data, const QList<T> &records, ListEdit<T> *edit)
{
    qsizetype row = listOf(data, static_cast<const T *>(nullptr)).size();
    for (const auto &r : records) {
        if (rowOf(data, r) < 0)
            edit->inserted.append({ row++, r });
    }
}

template <typename T>
void change(const T *before, const T &after, ListEdit<T> *edit)
{
    if (before && !(*before == after))
        edit->changed.append({ *before, after });
}

// Adds record (after newSources, the sources it cites that data does not have yet) to list.
template <typename T>
DataEdit added(const Dataset &data, const T &record, const QList<Source> &newSources,
               ListEdit<T> DataEdit::*list)
{
    DataEdit d;
    appendNew(data, newSources, &d.sources);
    appendNew(data, { record }, &(d.*list));
    return d;
}

// Changes before (nothing when it is null or the same) into after, adding newSources.
template <typename T>
DataEdit changed(const Dataset &data, const T *before, const T &after,
                 const QList<Source> &newSources, ListEdit<T> DataEdit::*list)
{
    DataEdit d;
    appendNew(data, newSources, &d.sources);
    change(before, after, &(d.*list));
    return d;
}

// The event rows and relationship rows that go with removed events.
void removeEvents(const Dataset &data, const QSet<QString> &eventIds, DataEdit *edit)
{
    if (eventIds.isEmpty())
        return;
    QSet<qsizetype> going;
    for (const auto &[row, r] : std::as_const(edit->relationships.removed))
        going.insert(row);
    for (qsizetype i = 0; i < data.relationships.size(); ++i) {
        const Relationship &r = data.relationships.at(i);
        if (!going.contains(i) && !r.eventId.isEmpty() && eventIds.contains(r.eventId))
            edit->relationships.removed.append({ i, r });
    }
    std::sort(edit->relationships.removed.begin(), edit->relationships.removed.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
}

} // namespace

bool DataEdit::isEmpty() const
{
    return sources.isEmpty() && entities.isEmpty() && events.isEmpty() && relationships.isEmpty()
            && financials.isEmpty() && !info && !types;
}

qsizetype DataEdit::recordCount() const
{
    const auto of = [](const auto &list) {
        return list.removed.size() + list.inserted.size() + list.changed.size();
    };
    return of(sources) + of(entities) + of(events) + of(relationships) + of(financials);
}

DataEdit DataEdit::reversed() const
{
    DataEdit r = mapLists(*this, [](const auto &list) { return list.reversed(); });
    if (info)
        r.info = std::pair{ info->second, info->first };
    if (types)
        r.types = std::pair{ types->second, types->first };
    return r;
}

DataEdit DataEdit::reversedAlong(const DataEdit &earlier) const
{
    // Each list taken whole (shared, not copied): what this edit inserts the reversal removes,
    // and the other way round.
    const auto along = [](const auto &list, const auto &reversal) {
        auto r = list;
        std::swap(r.removed, r.inserted);
        r.changed = reversal.changed;
        return r;
    };
    DataEdit r;
    r.sources = along(sources, earlier.sources);
    r.entities = along(entities, earlier.entities);
    r.events = along(events, earlier.events);
    r.relationships = along(relationships, earlier.relationships);
    r.financials = along(financials, earlier.financials);
    if (info)
        r.info = std::pair{ info->second, info->first };
    if (types)
        r.types = std::pair{ types->second, types->first };
    return r;
}

bool DataEdit::fits(const Dataset &data, QString *error) const
{
    return fitsList(data, sources, error) && fitsList(data, entities, error)
            && fitsList(data, events, error) && fitsList(data, relationships, error)
            && fitsList(data, financials, error);
}

DataEdit DataEdit::rebasedOn(const Dataset &data) const
{
    DataEdit r = mapLists(*this, [&](const auto &list) { return rebasedList(data, list); });
    r.info = info;
    r.types = types;
    return r;
}

bool DataEdit::applyTo(Dataset *data, QString *error, Observer *observer) const
{
    if (!fits(*data, error))
        return false;
    applyFitting(data, observer);
    return true;
}

void DataEdit::applyFitting(Dataset *data, Observer *observer) const
{
    Q_ASSERT(fits(*data, nullptr));
    // Types first, so records of a new kind never show without its style.
    if (types)
        data->types = types->second;
    forEachList(*this, [&](const auto &list) { changeList(data, list); });
    // Dependants first, so no step leaves a reference to a record that is gone.
    forEachList(
            *this, [&](const auto &list) { removeRows(data, list, observer); }, true);
    forEachList(*this, [&](const auto &list) { insertRows(data, list, observer); });
    if (info)
        data->info = info->second;
    forEachList(*this, [&](const auto &list) { reportChanged(*data, list, observer); });
}

Dataset DataEdit::upserts() const
{
    Dataset d;
    forEachList(*this, [&](const auto &list) { collect(list, &d); });
    if (info)
        d.info = info->second;
    if (types)
        d.types = types->second;
    return d;
}

DataEdit DataEdit::setTypes(const Dataset &data, const CustomTypes &types)
{
    DataEdit d;
    if (!(data.types == types))
        d.types = std::pair{ data.types, types };
    return d;
}

Dataset DataEdit::removedRecords() const
{
    Dataset d;
    forEachList(*this, [&](const auto &list) { collectRemoved(list, &d); });
    return d;
}

DataEdit DataEdit::addEntity(const Dataset &data, const Entity &entity)
{
    return added(data, entity, {}, &DataEdit::entities);
}

DataEdit DataEdit::updateEntity(const Dataset &data, const Entity &entity)
{
    return changed(data, data.entity(entity.id), entity, {}, &DataEdit::entities);
}

DataEdit DataEdit::removeEntity(const Dataset &data, const QString &id)
{
    DataEdit d;
    const int index = data.entityIndex(id);
    if (index < 0)
        return d;
    d.entities.removed.append({ index, data.entities.at(index) });
    QSet<QString> goneEvents;
    const QStringList involving = data.eventsInvolving(id); // in list order
    for (const QString &eventId : involving) {
        const qsizetype i = data.eventIndex(eventId);
        const Event &ev = data.events.at(i);
        Event after = ev;
        after.participants.removeIf([&](const Participant &p) { return p.entityId == id; });
        if (after.participants.isEmpty()) {
            d.events.removed.append({ i, ev });
            goneEvents.insert(ev.id);
        } else {
            d.events.changed.append({ ev, after });
        }
    }
    for (qsizetype i : data.relationshipRowsOf(id))
        d.relationships.removed.append({ i, data.relationships.at(i) });
    removeEvents(data, goneEvents, &d);
    for (qsizetype i = 0; i < data.financials.size(); ++i) {
        if (data.financials.at(i).companyId == id)
            d.financials.removed.append({ i, data.financials.at(i) });
    }
    // The quarters listed as its known gaps go with its figures.
    DatasetInfo info = data.info;
    if (info.knownGaps.removeIf([&](const FigureGap &g) { return g.companyId == id; }) > 0)
        d.info = std::pair{ data.info, info };
    return d;
}

DataEdit DataEdit::addEvent(const Dataset &data, const Event &event,
                            const QList<Source> &newSources)
{
    return added(data, event, newSources, &DataEdit::events);
}

DataEdit DataEdit::updateEvent(const Dataset &data, const Event &event,
                               const QList<Source> &newSources)
{
    return changed(data, data.event(event.id), event, newSources, &DataEdit::events);
}

DataEdit DataEdit::removeEvent(const Dataset &data, const QString &id)
{
    DataEdit d;
    const int index = data.eventIndex(id);
    if (index < 0)
        return d;
    d.events.removed.append({ index, data.events.at(index) });
    removeEvents(data, { id }, &d);
    return d;
}

DataEdit DataEdit::addRelationship(const Dataset &data, const Relationship &relationship,
                                   const QList<Source> &newSources)
{
    return added(data, relationship, newSources, &DataEdit::relationships);
}

DataEdit DataEdit::updateRelationship(const Dataset &data, const Relationship &relationship,
                                      const QList<Source> &newSources)
{
    return changed(data, data.relationship(relationship.id), relationship, newSources,
                   &DataEdit::relationships);
}

DataEdit DataEdit::removeRelationship(const Dataset &data, const QString &id)
{
    DataEdit d;
    const int index = data.relationshipIndex(id);
    if (index >= 0)
        d.relationships.removed.append({ index, data.relationships.at(index) });
    return d;
}

} // namespace atlas
