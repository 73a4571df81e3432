// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutscheduler.h"

#include "layoutrunner.h"

#include <QTimer>

#include <algorithm>

namespace atlas {

LayoutScheduler::LayoutScheduler(InputSource source, QObject *parent)
    : QObject(parent),
      m_source(std::move(source)),
      m_runner(new LayoutRunner(this)),
      m_timer(new QTimer(this))
{
    // Requests made in one turn of the event loop (a load resets the data and the window) give
    // one layout.
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &LayoutScheduler::run);
    connect(m_runner, &LayoutRunner::finished, this, &LayoutScheduler::finished);
    connect(m_runner, &LayoutRunner::progressed, this,
            [this](quint64 ticket, const QList<int> &nodes, const QList<QPointF> &positions,
                   double done) {
                if (ticket == m_ticket)
                    Q_EMIT progressed(m_ids, nodes, positions, done);
            });
    connect(m_runner, &LayoutRunner::liveChanged, this, &LayoutScheduler::liveChanged);
}

void LayoutScheduler::request(Mode mode)
{
    // Requests waiting together merge into the strongest.
    m_mode = m_timer->isActive() ? std::min(mode, m_mode) : mode;
    m_pending = true;
    if (m_async)
        m_timer->start();
    else
        run();
}

void LayoutScheduler::setAsynchronous(bool on)
{
    m_async = on;
    if (!on && m_timer->isActive()) {
        m_timer->stop();
        run();
    }
}

bool LayoutScheduler::isWaiting() const
{
    return m_timer->isActive();
}

void LayoutScheduler::run()
{
    QStringList ids;
    LayoutInput input = m_source(m_mode == Mode::Fresh, &ids);
    input.overlapsOnly = m_mode == Mode::OverlapsOnly;
    m_mode = Mode::OverlapsOnly;
    m_ids = ids;
    const quint64 ticket = ++m_ticket;
    if (m_async)
        m_runner->request(ticket, std::move(input));
    else
        finished(ticket, GraphLayout::compute(input));
}

void LayoutScheduler::finished(quint64 ticket, const LayoutResult &result)
{
    if (ticket != m_ticket)
        return; // a newer request is on its way
    // A request made since waits in the timer and keeps the layout pending.
    m_pending = m_timer->isActive();
    Q_EMIT resultReady(m_ids, result);
}

bool LayoutScheduler::isLive() const
{
    return m_runner->isLive();
}

void LayoutScheduler::setPaused(bool paused)
{
    m_runner->setPaused(paused);
}

bool LayoutScheduler::isPaused() const
{
    return m_runner->isPaused();
}

void LayoutScheduler::pin(const QString &entityId, const QPointF &position)
{
    if (!m_runner->isLive())
        return;
    if (const qsizetype node = m_ids.indexOf(entityId); node >= 0)
        m_runner->pin(int(node), position);
}

} // namespace atlas
