// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphviewstate.h"

#include <algorithm>

namespace atlas {

namespace {

// Puts value into or takes it out of a set of hidden values; false when it was so already.
template <typename T>
bool setHidden(QSet<T> *hidden, T value, bool hide)
{
    if (hide == hidden->contains(value))
        return false;
    if (hide)
        hidden->insert(value);
    else
        hidden->remove(value);
    return true;
}

} // namespace

void GraphViewState::setKindShown(EntityKind kind, bool shown)
{
    if (setHidden(&m_hiddenKinds, kind, !shown))
        Q_EMIT filtersChanged();
}

void GraphViewState::setTypeShown(RelationshipType type, bool shown)
{
    if (setHidden(&m_hiddenTypes, type, !shown))
        Q_EMIT filtersChanged();
}

void GraphViewState::setCustomKindShown(const QString &key, bool shown)
{
    if (setHidden(&m_hiddenCustomKinds, key, !shown))
        Q_EMIT filtersChanged();
}

void GraphViewState::setCustomTypeShown(const QString &key, bool shown)
{
    if (setHidden(&m_hiddenCustomTypes, key, !shown))
        Q_EMIT filtersChanged();
}

bool GraphViewState::passes(EntityKind kind, const QString &customKind) const
{
    return !m_hiddenKinds.contains(kind)
            && (customKind.isEmpty() || !m_hiddenCustomKinds.contains(customKind));
}

bool GraphViewState::passes(RelationshipType type, const QString &customType) const
{
    return !m_hiddenTypes.contains(type)
            && (customType.isEmpty() || !m_hiddenCustomTypes.contains(customType));
}

void GraphViewState::setFocus(const QString &entityId, int hops)
{
    hops = std::max(1, hops);
    if (entityId == m_focus && (entityId.isEmpty() || hops == m_hops))
        return;
    const bool idChanged = entityId != m_focus;
    m_focus = entityId;
    m_hops = hops;
    Q_EMIT focusChanged(m_focus, idChanged);
}

void GraphViewState::setHovered(const QString &entityId)
{
    if (entityId == m_hovered)
        return;
    m_hovered = entityId;
    Q_EMIT hoveredChanged(m_hovered);
}

void GraphViewState::setKeyboardNode(const QString &entityId)
{
    if (entityId == m_keyboard)
        return;
    const QString previous = m_keyboard;
    m_keyboard = entityId;
    Q_EMIT keyboardNodeChanged(previous, m_keyboard);
}

void GraphViewState::clearPointers()
{
    m_hovered.clear();
    m_keyboard.clear();
}

// Breadth-first from the focus over the walkable edges, so the neighbourhood is the one the user
// can see.
QSet<int> GraphViewState::neighbourhood(const ShownInput &in, const QList<bool> &walkable) const
{
    QList<QList<int>> adjacency(in.nodes.size());
    for (qsizetype i = 0; i < in.edges.size(); ++i) {
        if (!walkable.at(i))
            continue;
        adjacency[in.edges.at(i).source].append(in.edges.at(i).dest);
        adjacency[in.edges.at(i).dest].append(in.edges.at(i).source);
    }
    QSet<int> within{ in.focus };
    QList<int> frontier{ in.focus };
    for (int h = 0; h < m_hops && !frontier.isEmpty(); ++h) {
        QList<int> next;
        for (int n : std::as_const(frontier)) {
            for (int m : std::as_const(adjacency.at(n))) {
                if (!within.contains(m)) {
                    within.insert(m);
                    next.append(m);
                }
            }
        }
        frontier = next;
    }
    return within;
}

ShownSets GraphViewState::shown(const ShownInput &in) const
{
    ShownSets out;
    out.passes = QList<bool>(in.edges.size(), false);
    out.edges = QList<bool>(in.edges.size(), false);
    out.nodes = QList<bool>(in.nodes.size(), false);
    auto nodeOk = [&](int n) {
        const ShownInput::Node &node = in.nodes.at(n);
        return node.placed && passes(node.kind, node.customKind);
    };
    QList<bool> ok(in.edges.size(), false);
    for (qsizetype i = 0; i < in.edges.size(); ++i) {
        const ShownInput::Edge &e = in.edges.at(i);
        out.passes[i] =
                e.inWindow && passes(e.type, e.customType) && nodeOk(e.source) && nodeOk(e.dest);
        ok[i] = out.passes.at(i) && !e.collapsed;
    }
    const bool focused = in.focus >= 0 && in.focus < in.nodes.size();
    if (focused)
        out.within = neighbourhood(in, ok);
    for (qsizetype i = 0; i < in.edges.size(); ++i) {
        const ShownInput::Edge &e = in.edges.at(i);
        const bool s = ok.at(i)
                && (!focused || (out.within.contains(e.source) && out.within.contains(e.dest)));
        out.edges[i] = s;
        if (s) {
            out.nodes[e.source] = true;
            out.nodes[e.dest] = true;
            ++out.edgeCount;
        }
    }
    if (focused && nodeOk(in.focus) && in.focusInWindow)
        out.nodes[in.focus] = true;
    return out;
}

} // namespace atlas
