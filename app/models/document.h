// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"
#include "core/localizedtext.h"
#include "core/relationshipgraph.h"
#include "core/dataedit.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QPointF>

#include <functional>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QThread;
class QUndoStack;
QT_END_NAMESPACE

namespace atlas {

// The single source of truth every view follows: the data, the undo stack, the display
// language, the current selection and the current time window. Views never talk to each other;
// they change the document and react to its signals.
class Document : public QObject
{
    Q_OBJECT
public:
    enum class SelectionType { None, Entity, Event, Relationship };
    Q_ENUM(SelectionType)
    struct Selection
    {
        SelectionType type = SelectionType::None;
        QString id;
        bool operator==(const Selection &) const = default;
    };

    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    const Dataset &data() const { return m_data; }
    // Replaces everything (a load): clears the undo stack and the selection and opens the time
    // window to the whole data. Emits dataAboutToBeReset() while the old data is still there,
    // dataReset(), then selectionChanged() and timeWindowChanged() when those changed.
    // nodePositions are where the user put graph nodes in this database (entity id → scene
    // position); positions of entities not in data are dropped.
    void setData(Dataset data, QHash<QString, QPointF> nodePositions = {});

    QUndoStack *undoStack() const { return m_undoStack; }

    // Where edits are stored (the open database): gets each edit and the whole data after it,
    // before any view sees the change, and refuses the edit by returning false with *error set.
    using EditSink =
            std::function<bool(const DataEdit &edit, const Dataset &after, QString *error)>;
    void setEditSink(EditSink sink) { m_editSink = std::move(sink); }
    // Applies one edit (the undo commands call this; undo applies edit.reversed()). All or
    // nothing: refused with *error set when the data is not the data the edit was made for, when
    // the edit brings a validation problem the data did not have (only the records it touches
    // and what refers to records it removes are checked), or when the sink refuses it.
    // Unlike setData() the undo stack, the time window and the selection stay; a selected record
    // that the edit removes is unselected and graph positions of removed entities are dropped.
    // No reset: emits aboutToApply(), the row signals of each step (records...), applied(),
    // dataEdited(), then selectionChanged() when it changed. The cost is that of the rows the
    // edit touches, not of the whole data.
    // reversed: edit.reversed() when the caller has it (DataEdit::reversedAlong()), else made here.
    bool applyEdit(const DataEdit &edit, QString *error, const DataEdit *reversed = nullptr);
    // How many times the data has changed (loaded, edited here or by another client).
    quint64 changeCount() const { return m_changeCount; }
    // applyEdit for an edit whose caller has checked the whole data as it is after the edit and
    // found nothing wrong (an import plan validates its merged data), while the data was as at
    // changeCount() == checkedAt: the validator is not run twice. When the data has changed since,
    // this is applyEdit. At 100,000 imported events the second check was a thirtieth of the import.
    bool applyCheckedEdit(const DataEdit &edit, quint64 checkedAt, QString *error,
                          const DataEdit *reversed = nullptr);
    // A change another client made, read back from the database (Workspace follows it): applied
    // with the same signals as applyEdit, but not given to the edit sink (it is stored already),
    // not checked by the validator (it is what the database holds) and not put on the undo stack,
    // whose commands stay. The time window stays; the selection too unless its record went.
    // Refused with *error, the data untouched, when it does not fit the data.
    bool applyRemoteEdit(const DataEdit &edit, QString *error);
    // For edits made outside applyEdit's caller (an undo command that cannot return an error):
    // emits editFailed(message) so the window can show it.
    void reportEditFailure(const QString &message);

    Language language() const { return m_language; }
    void setLanguage(Language language);

    Selection selection() const { return m_selection; }
    // An empty id or SelectionType::None clears the selection.
    void select(SelectionType type, const QString &id);
    void selectEntity(const QString &id);
    void selectEvent(const QString &id);
    void selectRelationship(const QString &id);
    void clearSelection();

    // An invalid bound is open.
    QDate windowFrom() const { return m_windowFrom; }
    QDate windowTo() const { return m_windowTo; }
    // Reversed bounds are swapped, so a brush dragged right-to-left gives the same window.
    void setTimeWindow(const QDate &from, const QDate &to);
    void resetTimeWindow();

    // Extent of event dates (their whole spans) and relationship validFrom dates; invalid when
    // there are none.
    QDate dataStart() const { return m_dataStart; }
    QDate dataEnd() const { return m_dataEnd; }

    // Where the user placed nodes of the company graph: the user's work, not data, saved per
    // database. Setting a position that is already there is silent.
    const QHash<QString, QPointF> &nodePositions() const { return m_nodePositions; }
    std::optional<QPointF> nodePosition(const QString &entityId) const;
    // No position: the node goes back to wherever the layout puts it.
    void setNodePosition(const QString &entityId, const std::optional<QPointF> &position);

    // The relationships valid in the current window. It points into this document's data, so it
    // is good while the document lives and until the next setData().
    RelationshipGraph graph() const;

    // Builds the indexes of events and relationships by entity (Dataset::participantEvents,
    // relationshipEnds) now, on a worker at idle priority from a copy of the lists, when there
    // are many records (below kLookupsAheadFrom the first lookup builds them in a millisecond).
    // The window calls it once it shows the data, so the first entity selected, added or deleted
    // costs that entity's records, not a pass over all of them (at 100,000 events some 20 ms of
    // the first such edit). A load or an edit stops it first and what it built is dropped (the
    // next lookup builds as before); lookupsPrepared() when the document took the indexes.
    void prepareLookups();
    bool isPreparingLookups() const { return m_lookupBuild != nullptr; }
    static constexpr qsizetype kLookupsAheadFrom = 5000;

Q_SIGNALS:
    // Loads only (setData): models begin their reset here, so no view reads the new data through
    // old row numbers.
    void dataAboutToBeReset();
    void dataReset();
    // Edits (applyEdit): around the whole edit, for views that follow an edit as one change.
    void aboutToApply(const atlas::DataEdit &edit);
    void applied(const atlas::DataEdit &edit);
    // Each step of an edit, between aboutToApply and applied, in the order DataEdit::Observer
    // describes: item models turn them into beginRemoveRows/beginInsertRows/dataChanged. Rows
    // are rows of the record type's list in data(); in between "about to" and the step the data
    // is unchanged.
    void recordsAboutToBeRemoved(atlas::RecordType type, int first, int last);
    void recordsRemoved(atlas::RecordType type, int first, int last);
    void recordsAboutToBeInserted(atlas::RecordType type, int first, int last);
    void recordsInserted(atlas::RecordType type, int first, int last);
    // Records replaced in place, at their rows after the edit (ascending).
    void recordsChanged(atlas::RecordType type, const QList<qsizetype> &rows);
    void languageChanged();
    void selectionChanged();
    void timeWindowChanged(const QDate &from, const QDate &to);
    void nodePositionChanged(const QString &entityId);
    // After applied(): the same edit, for views that keep their picture over an edit.
    void dataEdited(const atlas::DataEdit &edit);
    void editFailed(const QString &message);
    void lookupsPrepared();

private:
    struct LookupBuild;
    void stopPreparingLookups();
    void takePreparedLookups(const std::shared_ptr<LookupBuild> &build);
    void computeExtent();
    // The same after an edit, from what it changed where it can be.
    void updateExtent(const DataEdit &edit);
    // applyEdit, with the validator or without it (the caller checked the data after the edit).
    bool apply(const DataEdit &edit, bool validate, QString *error, const DataEdit *reversed);
    // Applies an accepted edit with its signals.
    void commitEdit(const DataEdit &edit);

    Dataset m_data;
    QUndoStack *m_undoStack = nullptr;
    Language m_language = Language::English;
    Selection m_selection;
    // Set while an edit's row signals go out: a view asking for another selection on the way
    // (a list moving its current row off a removed one) gets it once the edit is whole.
    bool m_committing = false;
    quint64 m_changeCount = 0;
    QDate m_windowFrom;
    QDate m_windowTo;
    QDate m_dataStart;
    QDate m_dataEnd;
    mutable std::optional<RelationshipGraph> m_graph;
    QHash<QString, QPointF> m_nodePositions;
    EditSink m_editSink;
    std::shared_ptr<LookupBuild> m_lookupBuild; // prepareLookups() under way
    std::unique_ptr<QThread> m_lookupThread;
};

} // namespace atlas
