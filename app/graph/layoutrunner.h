// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layout/graphlayout.h"
#include "layout/layoutcontrol.h"

#include <QObject>

#include <memory>
#include <mutex>
#include <optional>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace atlas {

// Runs GraphLayout::compute on a worker thread, one layout at a time, so a large graph never
// freezes the window. A component of 300 to 12,000 nodes (LayoutControl) is laid out live:
// progressed() reports its positions as it converges (at most one report waits for the window at
// a time: a slow frame skips steps, it does not queue them), it can be paused and resumed, and
// nodes pinned while it runs stay put. A new request cancels the running layout at its next step
// and waits, replacing any older waiting request: after a burst of changes only the newest is
// computed.
class LayoutRunner : public QObject
{
    Q_OBJECT
public:
    explicit LayoutRunner(QObject *parent = nullptr);
    // Cancels a running layout and waits for its current step.
    ~LayoutRunner() override;

    void request(quint64 ticket, LayoutInput input);
    bool isBusy() const { return m_thread != nullptr || m_waiting.has_value(); }
    // A request waits for the running layout to stop.
    bool isWaiting() const { return m_waiting.has_value(); }
    // Whether the running layout reports its steps (and pausing means anything).
    bool isLive() const { return m_live; }

    // Components from liveFrom to liveUpTo nodes are laid out live (see LayoutControl).
    void setLiveFrom(int nodes) { m_liveFrom = nodes; }
    void setLiveUpTo(int nodes) { m_liveUpTo = nodes; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // Node is an index of the running request's input.
    void pin(int node, const QPointF &position);

Q_SIGNALS:
    void finished(quint64 ticket, const LayoutResult &result);
    void progressed(quint64 ticket, const QList<int> &nodes, const QList<QPointF> &positions,
                    double done);
    // A live layout started or ended (finished, cancelled or replaced).
    void liveChanged(bool live);

private:
    struct Job
    {
        quint64 ticket = 0;
        LayoutInput input;
    };
    struct Report
    {
        QList<int> nodes;
        QList<QPointF> positions;
        double done = 0;
    };
    void start(Job job);
    void done(quint64 ticket, const LayoutResult &result);
    void deliver(quint64 ticket);
    void setLive(bool live);

    QThread *m_thread = nullptr;
    std::shared_ptr<LayoutControl> m_control;
    std::optional<Job> m_waiting;
    int m_liveFrom = LayoutControl::kLiveFrom;
    int m_liveUpTo = LayoutControl::kLiveUpTo;
    bool m_paused = false;
    bool m_live = false;
    // The newest report of the worker, waiting for the window's thread.
    std::shared_ptr<std::mutex> m_reportMutex = std::make_shared<std::mutex>();
    std::shared_ptr<std::optional<Report>> m_report = std::make_shared<std::optional<Report>>();
};

} // namespace atlas
