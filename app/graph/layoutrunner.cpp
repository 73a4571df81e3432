// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutrunner.h"

#include "core/background.h"
#include "layout/layoutcontrol.h"

#include <QThread>

namespace atlas {

LayoutRunner::LayoutRunner(QObject *parent) : QObject(parent) { }

LayoutRunner::~LayoutRunner()
{
    m_waiting.reset();
    if (m_thread) {
        m_control->cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void LayoutRunner::request(quint64 ticket, LayoutInput input)
{
    Job job{ ticket, std::move(input) };
    if (m_thread) {
        // What runs is for data or a picture that no longer is: stop it at its next step.
        m_control->cancel();
        m_waiting = std::move(job);
    } else {
        start(std::move(job));
    }
}

void LayoutRunner::setPaused(bool paused)
{
    m_paused = paused;
    if (m_control)
        m_control->setPaused(paused);
}

void LayoutRunner::pin(int node, const QPointF &position)
{
    if (m_control)
        m_control->pin(node, position);
}

void LayoutRunner::start(Job job)
{
    const quint64 ticket = job.ticket;
    m_control = std::make_shared<LayoutControl>();
    m_control->liveFrom = m_liveFrom;
    m_control->liveUpTo = m_liveUpTo;
    m_control->setPaused(m_paused);
    // On the worker: keep only the newest report; post a delivery when none is on its way.
    m_control->progress = [this, ticket, mutex = m_reportMutex,
                           slot = m_report](const QList<int> &nodes,
                                            const QList<QPointF> &positions, double done) {
        bool post = false;
        {
            std::lock_guard lock(*mutex);
            post = !slot->has_value();
            *slot = Report{ nodes, positions, done };
        }
        if (post) {
            QMetaObject::invokeMethod(
                    this, [this, ticket] { deliver(ticket); }, Qt::QueuedConnection);
        }
    };
    job.input.control = m_control;
    m_thread = QThread::create([this, ticket, input = std::move(job.input)] {
        yieldToTheWindow();
        LayoutResult result = GraphLayout::compute(input);
        // Queued to this object's thread; the destructor waits for the worker before this
        // object goes, and Qt drops events posted to a deleted object.
        QMetaObject::invokeMethod(
                this, [this, ticket, result = std::move(result)] { done(ticket, result); },
                Qt::QueuedConnection);
    });
    m_thread->start();
}

void LayoutRunner::deliver(quint64 ticket)
{
    std::optional<Report> report;
    {
        std::lock_guard lock(*m_reportMutex);
        report.swap(*m_report);
    }
    if (!report || !m_thread || m_control->isCancelled())
        return;
    setLive(true);
    Q_EMIT progressed(ticket, report->nodes, report->positions, report->done);
}

void LayoutRunner::done(quint64 ticket, const LayoutResult &result)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    {
        std::lock_guard lock(*m_reportMutex);
        m_report->reset();
    }
    m_control.reset();
    if (m_waiting) {
        Job next = std::move(*m_waiting);
        m_waiting.reset();
        start(std::move(next));
    } else {
        setLive(false);
    }
    if (!result.cancelled)
        Q_EMIT finished(ticket, result);
}

void LayoutRunner::setLive(bool live)
{
    if (live == m_live)
        return;
    m_live = live;
    if (!live)
        m_paused = false; // a pause holds one layout, not the next
    Q_EMIT liveChanged(live);
}

} // namespace atlas
