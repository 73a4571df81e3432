// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutcontrol.h"

namespace atlas {

void LayoutControl::cancel()
{
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
    }
    m_wake.notify_all();
}

void LayoutControl::setPaused(bool paused)
{
    {
        std::lock_guard lock(m_mutex);
        m_paused = paused;
    }
    m_wake.notify_all();
}

bool LayoutControl::isPaused() const
{
    std::lock_guard lock(m_mutex);
    return m_paused;
}

bool LayoutControl::checkpoint()
{
    std::unique_lock lock(m_mutex);
    m_wake.wait(lock, [this] { return !m_paused || m_cancelled; });
    return !m_cancelled;
}

void LayoutControl::pin(int node, const QPointF &position)
{
    std::lock_guard lock(m_mutex);
    m_pins.insert(node, position);
}

QHash<int, QPointF> LayoutControl::pins() const
{
    std::lock_guard lock(m_mutex);
    return m_pins;
}

} // namespace atlas
