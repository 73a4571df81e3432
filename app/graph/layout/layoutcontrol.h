// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QPointF>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>

namespace atlas {

// What passes between a layout running on its worker and the window while it runs: the positions
// so far (a live layout the user watches converge), pause and resume, nodes the user pins by
// dragging them meanwhile, and cancellation. Every member is safe to call from either thread.
class LayoutControl
{
public:
    // Called on the worker with a component's nodes (indexes of LayoutInput) and where they are
    // now, in output units; done runs from 0 to 1 over the force phase.
    using Progress = std::function<void(const QList<int> &nodes, const QList<QPointF> &positions,
                                        double done)>;

    // Components laid out afresh with liveFrom to liveUpTo nodes run in short steps, each
    // reported to progress; smaller ones settle too fast to be worth watching. A step is one or
    // more iterations of ForceStep (about 7 ms at 10,000 nodes, bench_graph live); above liveUpTo
    // a step costs more than a frame's 16 ms (20 ms at 20,000 nodes, and the window's own frames
    // some 240 ms), and the layout runs in one go.
    static constexpr int kLiveFrom = 300;
    static constexpr int kLiveUpTo = 12000;
    int liveFrom = kLiveFrom;
    int liveUpTo = kLiveUpTo;
    Progress progress;

    void cancel();
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    void setPaused(bool paused);
    bool isPaused() const;
    // On the worker between steps: waits while paused; false once cancelled.
    bool checkpoint();

    // A node the user put somewhere while the layout runs (output units): it stays there.
    void pin(int node, const QPointF &position);
    QHash<int, QPointF> pins() const;

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::atomic<bool> m_cancelled{ false };
    bool m_paused = false;
    QHash<int, QPointF> m_pins;
};

} // namespace atlas
