// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"
#include "core/localizedtext.h"
#include "core/relationshipgraph.h"

#include <QDate>
#include <QObject>

#include <optional>

QT_BEGIN_NAMESPACE
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
    void setData(Dataset data);

    QUndoStack *undoStack() const { return m_undoStack; }

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

    // The relationships valid in the current window. It points into this document's data, so it
    // is good while the document lives and until the next setData().
    RelationshipGraph graph() const;

Q_SIGNALS:
    // Models begin their reset here, so no view reads the new data through old row numbers.
    void dataAboutToBeReset();
    void dataReset();
    void languageChanged();
    void selectionChanged();
    void timeWindowChanged(const QDate &from, const QDate &to);

private:
    void computeExtent();

    Dataset m_data;
    QUndoStack *m_undoStack = nullptr;
    Language m_language = Language::English;
    Selection m_selection;
    QDate m_windowFrom;
    QDate m_windowTo;
    QDate m_dataStart;
    QDate m_dataEnd;
    mutable std::optional<RelationshipGraph> m_graph;
};

} // namespace atlas
