// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"

#include <QUndoStack>

#include <utility>

namespace atlas {

Document::Document(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
}

Document::~Document() = default;

void Document::setData(Dataset data)
{
    const Selection oldSelection = m_selection;
    const QDate oldFrom = m_windowFrom;
    const QDate oldTo = m_windowTo;

    Q_EMIT dataAboutToBeReset();
    // The commands on the stack refer to the data being replaced.
    m_undoStack->clear();
    m_data = std::move(data);
    m_selection = {};
    m_windowFrom = {};
    m_windowTo = {};
    m_graph.reset();
    computeExtent();

    Q_EMIT dataReset();
    if (m_selection != oldSelection)
        Q_EMIT selectionChanged();
    if (m_windowFrom != oldFrom || m_windowTo != oldTo)
        Q_EMIT timeWindowChanged(m_windowFrom, m_windowTo);
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
        next = {type, id};
    if (next == m_selection)
        return;
    m_selection = next;
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

RelationshipGraph Document::graph() const
{
    if (!m_graph)
        m_graph.emplace(m_data, m_windowFrom, m_windowTo);
    return *m_graph;
}

void Document::computeExtent()
{
    QDate start;
    QDate end;
    auto include = [&](const PartialDate &d) {
        if (!d.isValid())
            return;
        if (!start.isValid() || d.start() < start)
            start = d.start();
        if (!end.isValid() || d.end() > end)
            end = d.end();
    };
    for (const auto &e : m_data.events)
        include(e.date);
    for (const auto &r : m_data.relationships)
        include(r.validFrom);
    m_dataStart = start;
    m_dataEnd = end;
}

} // namespace atlas
