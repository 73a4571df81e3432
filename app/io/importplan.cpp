// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importplan.h"

#include "core/keyedtext.h"
#include "core/validator.h"
#include "idgenerator.h"

#include <algorithm>
#include <functional>
#include <iterator>
#include <type_traits>

namespace atlas {

namespace {

template <typename T>
QString keyOfRecord(const T &r)
{
    return recordKey(r);
}

LocalizedText labelFor(const Source &s)
{
    return { s.title.isEmpty() ? s.publisher : s.title, {} };
}
LocalizedText labelFor(const Entity &e)
{
    return e.name;
}
LocalizedText labelFor(const Event &e)
{
    return e.title;
}
LocalizedText labelFor(const Relationship &r)
{
    return { QStringLiteral("%1 → %2 (%3)").arg(r.fromId, r.toId, keyOf(r.type)), {} };
}
LocalizedText labelFor(const FinancialFigure &f)
{
    return { recordKey(f), {} };
}

struct Renames
{
    QHash<QString, QString> sources, entities, events, relationships;

    bool isEmpty() const
    {
        return sources.isEmpty() && entities.isEmpty() && events.isEmpty()
                && relationships.isEmpty();
    }
    static QString apply(const QHash<QString, QString> &map, const QString &id)
    {
        return map.value(id, id);
    }
    void apply(QStringList *ids) const
    {
        for (auto &id : *ids)
            id = apply(sources, id);
    }
};

// The file's records with their ids and references following the renames (KeepBoth).
Dataset renamedFile(const Dataset &in, const Dataset &current, const Renames &renames,
                    const QSet<QString> &unchangedEvents,
                    const QSet<QString> &unchangedRelationships)
{
    Dataset out = in;
    if (renames.isEmpty())
        return out; // shares the file's lists: 100,000 events are not copied
    for (auto &s : out.sources)
        s.id = Renames::apply(renames.sources, s.id);
    for (auto &e : out.entities)
        e.id = Renames::apply(renames.entities, e.id);
    for (auto &e : out.events) {
        if (unchangedEvents.contains(e.id))
            continue; // an exact copy of a current record stays as it is
        e.id = Renames::apply(renames.events, e.id);
        for (auto &p : e.participants)
            p.entityId = Renames::apply(renames.entities, p.entityId);
        renames.apply(&e.sourceIds);
    }
    for (auto &r : out.relationships) {
        if (unchangedRelationships.contains(r.id))
            continue;
        r.id = Renames::apply(renames.relationships, r.id);
        r.fromId = Renames::apply(renames.entities, r.fromId);
        r.toId = Renames::apply(renames.entities, r.toId);
        r.eventId = Renames::apply(renames.events, r.eventId);
        renames.apply(&r.sourceIds);
    }
    QHash<QString, const FinancialFigure *> currentFigures;
    for (const auto &f : current.financials)
        currentFigures.insert(recordKey(f), &f);
    for (auto &f : out.financials) {
        if (const FinancialFigure *same = currentFigures.value(recordKey(f)); same && *same == f)
            continue;
        f.companyId = Renames::apply(renames.entities, f.companyId);
        f.sourceId = Renames::apply(renames.sources, f.sourceId);
    }
    return out;
}

// The records of one list whose id the current data has with other content get a new id.
template <typename T>
void planRenames(const QList<T> &current, const QList<T> &incoming,
                 QHash<QString, QString> *renames, QSet<QString> *unchanged)
{
    QHash<QString, qsizetype> index;
    QSet<QString> taken;
    for (qsizetype i = 0; i < current.size(); ++i) {
        index.insert(current.at(i).id, i);
        taken.insert(current.at(i).id);
    }
    for (const auto &r : incoming)
        taken.insert(r.id);
    IdGenerator ids(taken);
    for (const auto &r : incoming) {
        const auto it = index.constFind(r.id);
        if (it == index.cend())
            continue;
        if (current.at(it.value()) == r)
            unchanged->insert(r.id);
        else
            renames->insert(r.id, ids.make(QString(), r.id));
    }
}

class Merger
{
public:
    Merger(DuplicatePolicy policy, Dataset *merged, Dataset *changes,
           QList<ImportPlan::Item> *items, int *conflicts)
        : m_policy(policy),
          m_merged(merged),
          m_changes(changes),
          m_items(items),
          m_conflicts(conflicts)
    {
    }

    template <typename T>
    void merge(const char *record, const QList<T> &incoming, const QStringList &fileIds,
               QList<T> Dataset::*list, const QSet<QString> &renamed,
               const QStringList &madeFromName = {})
    {
        QList<T> &target = (*m_merged).*list;
        // Exactly: at 100,000 events a list grown by doubling holds a quarter more than it needs.
        target.reserve(target.size() + incoming.size());
        ((*m_changes).*list).reserve(((*m_changes).*list).size() + incoming.size());
        QHash<QString, qsizetype> index;
        index.reserve(target.size() + incoming.size());
        for (qsizetype i = 0; i < target.size(); ++i)
            index.insert(keyOfRecord(target.at(i)), i);
        const QString recordName = QString::fromLatin1(record); // one text for every item
        for (qsizetype i = 0; i < incoming.size(); ++i) {
            const T &r = incoming.at(i);
            ImportPlan::Item item;
            item.record = recordName;
            item.id = keyOfRecord(r);
            item.fileId = fileIds.at(i);
            item.label = labelFor(r);
            item.madeFromName = madeFromName.contains(item.fileId);
            const auto it = index.constFind(item.id);
            if constexpr (std::is_same_v<T, FinancialFigure>) {
                item.figure = r;
                if (it != index.cend() && !(target.at(it.value()) == r))
                    item.previous = target.at(it.value());
            }
            if (it == index.cend()) {
                item.action = renamed.contains(item.fileId) ? ImportPlan::Action::Rename
                                                            : ImportPlan::Action::New;
                index.insert(item.id, target.size());
                target.append(r);
                ((*m_changes).*list).append(r);
            } else if (target.at(it.value()) == r) {
                item.action = ImportPlan::Action::Unchanged;
            } else {
                ++*m_conflicts;
                if (m_policy == DuplicatePolicy::Replace) {
                    item.action = ImportPlan::Action::Update;
                    target[it.value()] = r;
                    ((*m_changes).*list).append(r);
                } else {
                    item.action = ImportPlan::Action::Skip;
                }
            }
            m_items->append(std::move(item));
        }
    }

private:
    DuplicatePolicy m_policy;
    Dataset *m_merged;
    Dataset *m_changes;
    QList<ImportPlan::Item> *m_items;
    int *m_conflicts;
};

template <typename T>
QStringList keysOf(const QList<T> &list)
{
    QStringList out;
    out.reserve(list.size());
    for (const auto &r : list)
        out << keyOfRecord(r);
    return out;
}

template <typename T>
QString firstDuplicate(const QList<T> &list)
{
    QSet<QString> seen;
    for (const auto &r : list) {
        const QString k = keyOfRecord(r);
        if (seen.contains(k))
            return k;
        seen.insert(k);
    }
    return {};
}

// Only problems of the records an import writes count; the current data is not ours to judge.
QList<ValidationIssue> problemsOfWritten(const QList<ValidationIssue> &all,
                                         const QList<ImportPlan::Item> &items)
{
    using Action = ImportPlan::Action;
    // The set of written records only when there is something to check against it: at 100,000
    // events it was a twentieth of an import that had no problem to filter.
    if (all.isEmpty())
        return all;
    QSet<QString> written;
    for (const auto &item : items) {
        if (item.action == Action::New || item.action == Action::Update
            || item.action == Action::Rename)
            written.insert(item.record + QLatin1Char('\n') + item.id);
    }
    QList<ValidationIssue> issues;
    for (const auto &issue : all) {
        if (written.contains(issue.record + QLatin1Char('\n') + issue.id))
            issues.append(issue);
    }
    return issues;
}

} // namespace

void ImportPlan::dropUnusedSources(const Dataset &file, ImportPlan *plan)
{
    // A source the file brings for its own records is left out when none of the records citing
    // it is written (skipped, or already present): it would be cited by nothing. A source the
    // file does not cite at all is a source list, and comes in.
    const auto citations = [](const Dataset &d) {
        QSet<QString> ids;
        for (const auto &e : d.events) {
            for (const QString &id : e.sourceIds)
                ids.insert(id);
        }
        for (const auto &r : d.relationships) {
            for (const QString &id : r.sourceIds)
                ids.insert(id);
        }
        for (const auto &f : d.financials)
            ids.insert(f.sourceId);
        return ids;
    };
    const QSet<QString> citedInFile = citations(file);
    const QSet<QString> cited = citations(plan->m_merged);
    QSet<QString> unused;
    for (Item &item : plan->m_items) {
        if (item.record == QLatin1String("source")
            && (item.action == Action::New || item.action == Action::Rename)
            && citedInFile.contains(item.id) && !cited.contains(item.id)) {
            item.action = Action::Unused;
            unused.insert(item.id);
        }
    }
    if (unused.isEmpty())
        return;
    const auto drop = [&unused](QList<Source> &sources) {
        sources.removeIf([&unused](const Source &s) { return unused.contains(s.id); });
    };
    drop(plan->m_merged.sources);
    drop(plan->m_changes.sources);
}

ImportPlan ImportPlan::compute(const Dataset &current, const ImportedData &incoming,
                               DuplicatePolicy policy)
{
    ImportPlan plan;
    plan.m_policy = policy;
    const QString &file = incoming.fileName;
    const Dataset &in = incoming.data;

    const std::pair<const char *, QString> duplicates[] = {
        { "source", firstDuplicate(in.sources) },
        { "entity", firstDuplicate(in.entities) },
        { "event", firstDuplicate(in.events) },
        { "relationship", firstDuplicate(in.relationships) },
        { "financial", firstDuplicate(in.financials) },
    };
    for (const auto &[record, id] : duplicates) {
        if (!id.isEmpty()) {
            plan.m_error = tr("%1: %2 '%3', field 'id': is used more than once in the file")
                                   .arg(file, recordLabel(QString::fromLatin1(record)), id);
            return plan;
        }
    }

    // KeepBoth: decide the new ids first, then make every reference in the file follow them.
    Renames renames;
    QSet<QString> unchangedSources, unchangedEntities, unchangedEvents, unchangedRelationships;
    if (policy == DuplicatePolicy::KeepBoth) {
        planRenames(current.sources, in.sources, &renames.sources, &unchangedSources);
        planRenames(current.entities, in.entities, &renames.entities, &unchangedEntities);
        planRenames(current.events, in.events, &renames.events, &unchangedEvents);
        planRenames(current.relationships, in.relationships, &renames.relationships,
                    &unchangedRelationships);
    }
    const Dataset file_ =
            renamedFile(in, current, renames, unchangedEvents, unchangedRelationships);
    plan.m_merged = current;
    if (plan.m_merged.info.id.isEmpty() && plan.m_merged.info.title.isEmpty())
        plan.m_merged.info = in.info;
    // The file's own kinds and types join those defined already (whose style the user chose).
    plan.m_merged.types.merge(in.types);
    plan.m_changes.types = plan.m_merged.types; // stored by key: writing all again is harmless
    plan.m_changes.info = in.info;
    auto renamedIds = [](const QHash<QString, QString> &map) {
        QSet<QString> out;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            out.insert(it.key());
        return out;
    };
    // A figure cannot be kept twice: under KeepBoth a clash keeps the current one.
    const DuplicatePolicy figurePolicy =
            policy == DuplicatePolicy::KeepBoth ? DuplicatePolicy::Skip : policy;
    // Every item at once: grown list by list, the items (a record each) were copied as they
    // outgrew their room, twice what they need at the peak of a large import.
    plan.m_items.reserve(file_.sources.size() + file_.entities.size() + file_.events.size()
                         + file_.relationships.size() + file_.financials.size());
    Merger merger(policy, &plan.m_merged, &plan.m_changes, &plan.m_items, &plan.m_conflicts);
    merger.merge("source", file_.sources, keysOf(in.sources), &Dataset::sources,
                 renamedIds(renames.sources));
    merger.merge("entity", file_.entities, keysOf(in.entities), &Dataset::entities,
                 renamedIds(renames.entities), incoming.newEntityIds);
    merger.merge("event", file_.events, keysOf(in.events), &Dataset::events,
                 renamedIds(renames.events));
    merger.merge("relationship", file_.relationships, keysOf(in.relationships),
                 &Dataset::relationships, renamedIds(renames.relationships));
    // A renamed record is a clash too: the count does not depend on the policy chosen.
    plan.m_conflicts += int(renames.sources.size() + renames.entities.size() + renames.events.size()
                            + renames.relationships.size());
    Merger figures(figurePolicy, &plan.m_merged, &plan.m_changes, &plan.m_items, &plan.m_conflicts);
    figures.merge("financial", file_.financials, keysOf(in.financials), &Dataset::financials, {});

    dropUnusedSources(file_, &plan);

    const QList<ValidationIssue> all = Validator::validate(plan.m_merged);
    plan.m_mergedIsClean = all.isEmpty();
    const QList<ValidationIssue> issues = problemsOfWritten(all, plan.m_items);
    if (!issues.isEmpty()) {
        plan.m_error = tr("%1: %2").arg(file, issues.first().toString());
        if (issues.size() > 1)
            plan.m_error += tr(" (and %n more problem(s))", nullptr, int(issues.size() - 1));
    }
    return plan;
}

bool ImportPlan::hasChanges() const
{
    return !m_changes.isEmpty();
}

int ImportPlan::count(Action action) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [&](const Item &i) { return i.action == action; }));
}

QHash<QString, QPointF> ImportPlan::positions(const ImportedData &incoming) const
{
    QHash<QString, QPointF> out;
    if (incoming.positions.isEmpty())
        return out;
    for (const Item &item : m_items) {
        const auto at = incoming.positions.constFind(item.fileId);
        if (item.record == QLatin1String("entity") && item.action != Action::Skip
            && item.action != Action::Unused && at != incoming.positions.cend())
            out.insert(item.id, *at);
    }
    return out;
}

QString ImportPlan::actionLabel(Action action)
{
    // In the order of Action.
    static constexpr const char *labels[] = {
        QT_TR_NOOP("new"),
        QT_TR_NOOP("replaces current"),
        QT_TR_NOOP("added under a new id"),
        QT_TR_NOOP("skipped (id taken)"),
        QT_TR_NOOP("already present"),
        QT_TR_NOOP("not needed: cited only by records not imported"),
    };
    static_assert(std::size(labels) == std::size_t(Action::Unused) + 1);
    return tr(labels[std::size_t(action)]);
}

QString ImportPlan::recordLabel(const QString &record)
{
    static constexpr KeyedText labels[] = {
        { "source", QT_TR_NOOP("source") },
        { "entity", QT_TR_NOOP("entity") },
        { "event", QT_TR_NOOP("event") },
        { "relationship", QT_TR_NOOP("relationship") },
        { "financial", QT_TR_NOOP("financial figure") },
    };
    const char *label = textOfKey(labels, record);
    return label ? tr(label) : record;
}

namespace {

template <typename T>
QHash<QString, qsizetype> indexByKey(const QList<T> &list)
{
    QHash<QString, qsizetype> index;
    index.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i)
        index.insert(recordKey(list.at(i)), i);
    return index;
}

// The row of a record's key: the data's own id index (built once, and already by the
// validation of the merged data) for records with ids, a hash of the keys for figures.
template <typename T>
std::function<qsizetype(const QString &)> rowsByKey(const Dataset &d, const QList<T> &list)
{
    if constexpr (hasIdIndex<T>)
        return [&d](const QString &id) { return qsizetype(d.indexOf<T>(id)); };
    else
        return [index = indexByKey(list)](const QString &key) { return index.value(key, -1); };
}

template <typename T>
void importList(const Dataset &current, const Dataset &merged, QList<T> Dataset::*list,
                const QString &record, const QList<ImportPlan::Item> &items, ListEdit<T> *edit)
{
    const auto currentRow = rowsByKey(current, current.*list);
    const auto mergedRow = rowsByKey(merged, merged.*list);
    edit->inserted.reserve((merged.*list).size() - (current.*list).size());
    for (const auto &item : items) {
        if (item.record != record)
            continue;
        const qsizetype m = mergedRow(item.id);
        if (m < 0)
            continue;
        if (item.action == ImportPlan::Action::New || item.action == ImportPlan::Action::Rename)
            edit->inserted.append({ m, (merged.*list).at(m) });
        else if (item.action == ImportPlan::Action::Update) {
            // Gone from current since the plan was made (another client removed it while the
            // preview was open): the edit then does not fit the data, and says so naming it.
            const qsizetype c = currentRow(item.id);
            const T &after = (merged.*list).at(m);
            edit->changed.append({ c >= 0 ? (current.*list).at(c) : after, after });
        }
    }
    std::sort(edit->inserted.begin(), edit->inserted.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
}

} // namespace

DataEdit ImportPlan::toEdit(const Dataset &current) const
{
    DataEdit d;
    const Dataset &merged = m_merged;
    importList(current, merged, &Dataset::sources, QStringLiteral("source"), m_items, &d.sources);
    importList(current, merged, &Dataset::entities, QStringLiteral("entity"), m_items, &d.entities);
    importList(current, merged, &Dataset::events, QStringLiteral("event"), m_items, &d.events);
    importList(current, merged, &Dataset::relationships, QStringLiteral("relationship"), m_items,
               &d.relationships);
    importList(current, merged, &Dataset::financials, QStringLiteral("financial"), m_items,
               &d.financials);
    if (!(merged.info == current.info))
        d.info = std::pair{ current.info, merged.info };
    if (!(merged.types == current.types))
        d.types = std::pair{ current.types, merged.types };
    return d;
}

} // namespace atlas
