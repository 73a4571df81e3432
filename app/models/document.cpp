// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"

#include "core/background.h"
#include "core/heap.h"
#include "core/validator.h"

#include <QSet>
#include <QThread>
#include <QUndoStack>

#include <algorithm>
#include <optional>
#include <utility>

namespace atlas {

Document::Document(QObject *parent) : QObject(parent), m_undoStack(new QUndoStack(this)) { }

// What prepareLookups() builds on its worker: copies of the lists (sharing their arrays with the
// document's, so adopt() can tell an edit made since) and the indexes built from them.
struct Document::LookupBuild
{
    QList<Event> events;
    QList<Relationship> relationships;
    ParticipantIndex participants;
    EndpointIndex ends;
    std::atomic_bool stop = false;
};

Document::~Document()
{
    stopPreparingLookups();
}

void Document::prepareLookups()
{
    stopPreparingLookups();
    if (m_data.events.size() + m_data.relationships.size() < kLookupsAheadFrom)
        return;
    auto build = std::make_shared<LookupBuild>();
    build->events = m_data.events;
    build->relationships = m_data.relationships;
    m_lookupBuild = build;
    m_lookupThread.reset(QThread::create([build] {
        yieldToTheWindow();
        build->participants = ParticipantIndex::builtApart(build->events, build->stop);
        build->ends = EndpointIndex::builtApart(build->relationships, build->stop);
    }));
    // Queued: a build stopped and replaced may still have its signal on the way (dropped there).
    connect(
            m_lookupThread.get(), &QThread::finished, this,
            [this, build] { takePreparedLookups(build); }, Qt::QueuedConnection);
    // Only on a core nothing else wants (SCHED_IDLE): the window paints and follows the user first.
    m_lookupThread->start(QThread::IdlePriority);
}

void Document::takePreparedLookups(const std::shared_ptr<LookupBuild> &build)
{
    if (build != m_lookupBuild)
        return;
    m_lookupThread->wait();
    m_lookupThread.reset();
    m_lookupBuild.reset();
    const bool took = m_data.participantEvents.adopt(std::move(build->participants), build->events,
                                                     m_data.events)
            && m_data.relationshipEnds.adopt(std::move(build->ends), build->relationships,
                                             m_data.relationships);
    build->events.clear();
    build->relationships.clear();
    // What the worker freed while building (at a million events some 40 MB), from the bulk's
    // heap it built in: the window's own heap keeps the pages its edits reuse.
    returnFreeBulkHeap();
    if (took)
        Q_EMIT lookupsPrepared();
}

void Document::stopPreparingLookups()
{
    if (!m_lookupThread)
        return;
    m_lookupBuild->stop = true;
    m_lookupThread->wait();
    m_lookupThread.reset();
    m_lookupBuild.reset(); // its copies go, so an edit now changes the lists in place
}

void Document::setData(Dataset data, QHash<QString, QPointF> nodePositions)
{
    const Selection oldSelection = m_selection;
    const QDate oldFrom = m_windowFrom;
    const QDate oldTo = m_windowTo;

    stopPreparingLookups();
    Q_EMIT dataAboutToBeReset();
    // The commands on the stack refer to the data being replaced.
    m_undoStack->clear();
    m_data = std::move(data);
    ++m_changeCount;
    m_selection = {};
    m_windowFrom = {};
    m_windowTo = {};
    m_graph.reset();
    QSet<QString> entityIds;
    for (const Entity &e : m_data.entities)
        entityIds.insert(e.id);
    for (auto it = nodePositions.begin(); it != nodePositions.end();) {
        if (!entityIds.contains(it.key()))
            it = nodePositions.erase(it);
        else
            ++it;
    }
    m_nodePositions = std::move(nodePositions);
    computeExtent();

    Q_EMIT dataReset();
    if (m_selection != oldSelection)
        Q_EMIT selectionChanged();
    if (m_windowFrom != oldFrom || m_windowTo != oldTo)
        Q_EMIT timeWindowChanged(m_windowFrom, m_windowTo);
}

namespace {

// Turns the steps of an edit into the document's row signals.
class SignalObserver : public DataEdit::Observer
{
public:
    explicit SignalObserver(Document *document) : m_document(document) { }
    void aboutToRemove(RecordType type, qsizetype first, qsizetype last) override
    {
        Q_EMIT m_document->recordsAboutToBeRemoved(type, int(first), int(last));
    }
    void removed(RecordType type, qsizetype first, qsizetype last) override
    {
        Q_EMIT m_document->recordsRemoved(type, int(first), int(last));
    }
    void aboutToInsert(RecordType type, qsizetype first, qsizetype last) override
    {
        Q_EMIT m_document->recordsAboutToBeInserted(type, int(first), int(last));
    }
    void inserted(RecordType type, qsizetype first, qsizetype last) override
    {
        Q_EMIT m_document->recordsInserted(type, int(first), int(last));
    }
    void changed(RecordType type, const QList<qsizetype> &rows) override
    {
        Q_EMIT m_document->recordsChanged(type, rows);
    }

private:
    Document *m_document;
};

// Whether the edit only adds records (none removed or changed, no info or types).
bool onlyInserts(const DataEdit &edit)
{
    const auto inserts = [](const auto &list) {
        return list.removed.isEmpty() && list.changed.isEmpty();
    };
    return inserts(edit.sources) && inserts(edit.entities) && inserts(edit.events)
            && inserts(edit.relationships) && inserts(edit.financials) && !edit.info && !edit.types;
}

} // namespace

bool Document::applyEdit(const DataEdit &edit, QString *error, const DataEdit *reversed)
{
    return apply(edit, true, error, reversed);
}

bool Document::applyCheckedEdit(const DataEdit &edit, quint64 checkedAt, QString *error,
                                const DataEdit *reversed)
{
    return apply(edit, checkedAt != m_changeCount, error, reversed);
}

bool Document::apply(const DataEdit &edit, bool validate, QString *error, const DataEdit *reversed)
{
    QString failure;
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    stopPreparingLookups(); // before the lists change, so they change in place
    if (!edit.fits(m_data, &failure))
        return fail(failure);
    // Only problems the edit brings refuse it, so data loaded with a flaw can still be edited:
    // what the touched records already had before the edit is known. An edit that only adds
    // records touches none that exist yet, so it has nothing known (at 100,000 imported events
    // that pass was a fiftieth of the import).
    std::optional<DataEdit> made;
    const DataEdit &undo = reversed ? *reversed : made.emplace(edit.reversed());
    QSet<QString> known;
    if (validate && !onlyInserts(edit)) {
        for (const ValidationIssue &issue : Validator::validateEdit(m_data, undo))
            known.insert(issue.toString());
    }

    // Checked and stored in the data after the edit, applied in place (no copy of the data) and
    // taken back exactly when refused; no signal goes out until it is accepted.
    edit.applyFitting(&m_data); // fits(), above
    QStringList introduced;
    const QList<ValidationIssue> issues =
            validate ? Validator::validateEdit(m_data, edit) : QList<ValidationIssue>();
    for (const ValidationIssue &issue : issues) {
        if (!known.contains(issue.toString()))
            introduced.append(issue.toString());
    }
    const bool accepted =
            introduced.isEmpty() && (!m_editSink || m_editSink(edit, m_data, &failure));
    undo.applyFitting(&m_data); // the edit's reversal, on the data the edit made
    if (!accepted)
        return fail(introduced.isEmpty() ? failure : introduced.join(QLatin1Char('\n')));
    commitEdit(edit);
    return true;
}

bool Document::applyRemoteEdit(const DataEdit &edit, QString *error)
{
    stopPreparingLookups();
    if (!edit.fits(m_data, error))
        return false;
    commitEdit(edit);
    return true;
}

void Document::commitEdit(const DataEdit &edit)
{
    const Selection oldSelection = m_selection;
    Q_EMIT aboutToApply(edit);
    SignalObserver observer(this);
    // The graph follows the edit once it is whole (a graph asked for on the way is dropped).
    std::optional<RelationshipGraph> graph = std::exchange(m_graph, std::nullopt);
    m_committing = true;
    edit.applyFitting(&m_data, &observer); // every caller has seen it fit
    ++m_changeCount;
    m_committing = false;
    if (graph) {
        graph->followEdit(m_data, edit);
        m_graph = std::move(graph);
    } else {
        m_graph.reset();
    }
    updateExtent(edit);
    const bool selectionGone =
            (m_selection.type == SelectionType::Entity && !m_data.entity(m_selection.id))
            || (m_selection.type == SelectionType::Event && !m_data.event(m_selection.id))
            || (m_selection.type == SelectionType::Relationship
                && !m_data.relationship(m_selection.id));
    if (selectionGone)
        m_selection = {};
    QStringList droppedPositions;
    for (const auto &[row, entity] : edit.entities.removed) {
        if (m_nodePositions.remove(entity.id) > 0)
            droppedPositions.append(entity.id);
    }
    Q_EMIT applied(edit);
    Q_EMIT dataEdited(edit);
    for (const QString &id : std::as_const(droppedPositions))
        Q_EMIT nodePositionChanged(id);
    if (m_selection != oldSelection)
        Q_EMIT selectionChanged();
}

void Document::reportEditFailure(const QString &message)
{
    Q_EMIT editFailed(message);
}

void Document::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    Q_EMIT languageChanged();
}

void Document::select(SelectionType type, const QString &id)
{
    Selection next;
    if (type != SelectionType::None && !id.isEmpty())
        next = { type, id };
    if (next == m_selection)
        return;
    m_selection = next;
    if (!m_committing) // else commitEdit() announces it, once the data is whole
        Q_EMIT selectionChanged();
}

void Document::selectEntity(const QString &id)
{
    select(SelectionType::Entity, id);
}

void Document::selectEvent(const QString &id)
{
    select(SelectionType::Event, id);
}

void Document::selectRelationship(const QString &id)
{
    select(SelectionType::Relationship, id);
}

void Document::clearSelection()
{
    select(SelectionType::None, {});
}

void Document::setTimeWindow(const QDate &from, const QDate &to)
{
    QDate f = from.isValid() ? from : QDate();
    QDate t = to.isValid() ? to : QDate();
    if (f.isValid() && t.isValid() && t < f)
        std::swap(f, t);
    if (f == m_windowFrom && t == m_windowTo)
        return;
    m_windowFrom = f;
    m_windowTo = t;
    m_graph.reset();
    Q_EMIT timeWindowChanged(m_windowFrom, m_windowTo);
}

void Document::resetTimeWindow()
{
    setTimeWindow({}, {});
}

std::optional<QPointF> Document::nodePosition(const QString &entityId) const
{
    const auto it = m_nodePositions.constFind(entityId);
    if (it == m_nodePositions.cend())
        return std::nullopt;
    return *it;
}

void Document::setNodePosition(const QString &entityId, const std::optional<QPointF> &position)
{
    if (nodePosition(entityId) == position)
        return;
    if (position)
        m_nodePositions.insert(entityId, *position);
    else
        m_nodePositions.remove(entityId);
    Q_EMIT nodePositionChanged(entityId);
}

RelationshipGraph Document::graph() const
{
    if (!m_graph)
        m_graph.emplace(m_data, m_windowFrom, m_windowTo);
    return *m_graph;
}

void Document::updateExtent(const DataEdit &edit)
{
    // A pass over all records only when a date at the edge of the data went or moved.
    const auto atEdge = [this](const PartialDate &d) {
        return d.isValid() && (d.start() <= m_dataStart || d.end() >= m_dataEnd);
    };
    bool whole = !m_dataStart.isValid() || !m_dataEnd.isValid();
    for (const auto &[row, e] : edit.events.removed)
        whole = whole || atEdge(e.date);
    for (const auto &[before, after] : edit.events.changed)
        whole = whole || (before.date != after.date && atEdge(before.date));
    for (const auto &[row, r] : edit.relationships.removed)
        whole = whole || atEdge(r.validFrom);
    for (const auto &[before, after] : edit.relationships.changed)
        whole = whole || (before.validFrom != after.validFrom && atEdge(before.validFrom));
    if (whole) {
        computeExtent();
        return;
    }
    auto include = [this](const PartialDate &d) {
        if (!d.isValid())
            return;
        m_dataStart = std::min(m_dataStart, d.start());
        m_dataEnd = std::max(m_dataEnd, d.end());
    };
    for (const auto &[row, e] : edit.events.inserted)
        include(e.date);
    for (const auto &[before, after] : edit.events.changed)
        include(after.date);
    for (const auto &[row, r] : edit.relationships.inserted)
        include(r.validFrom);
    for (const auto &[before, after] : edit.relationships.changed)
        include(after.validFrom);
}

void Document::computeExtent()
{
    // Starts and ends compared as numbers (year, month, day; a date coarser than a day ends after
    // every day of its last month), the QDates made only for the two found: a million dates
    // otherwise made four QDates each as they arrived.
    const auto startKey = [](const PartialDate &d) {
        const int month = d.precision() == PartialDate::Precision::Quarter
                ? d.quarterValue() * 3 - 2
                : std::max(d.monthValue(), 1);
        return d.yearValue() * 1000 + month * 40
                + (d.precision() == PartialDate::Precision::Day ? d.dayValue() : 1);
    };
    const auto endKey = [](const PartialDate &d) {
        const int month = d.precision() == PartialDate::Precision::Quarter ? d.quarterValue() * 3
                : d.precision() == PartialDate::Precision::Year            ? 12
                                                                           : d.monthValue();
        return d.yearValue() * 1000 + month * 40
                + (d.precision() == PartialDate::Precision::Day ? d.dayValue() : 32);
    };
    const PartialDate *first = nullptr;
    const PartialDate *last = nullptr;
    int firstKey = 0;
    int lastKey = 0;
    auto include = [&](const PartialDate &d) {
        if (!d.isValid())
            return;
        if (const int key = startKey(d); !first || key < firstKey) {
            first = &d;
            firstKey = key;
        }
        if (const int key = endKey(d); !last || key > lastKey) {
            last = &d;
            lastKey = key;
        }
    };
    for (const auto &e : m_data.events)
        include(e.date);
    for (const auto &r : m_data.relationships)
        include(r.validFrom);
    m_dataStart = first ? first->start() : QDate();
    m_dataEnd = last ? last->end() : QDate();
}

} // namespace atlas
