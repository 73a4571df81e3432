// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutrunner.h"

#include <QThread>

namespace atlas {

LayoutRunner::LayoutRunner(QObject *parent) : QObject(parent) { }

LayoutRunner::~LayoutRunner()
{
    m_waiting.reset();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void LayoutRunner::request(quint64 ticket, LayoutInput input)
{
    Job job{ ticket, std::move(input) };
    if (m_thread)
        m_waiting = std::move(job);
    else
        start(std::move(job));
}

void LayoutRunner::start(Job job)
{
    const quint64 ticket = job.ticket;
    m_thread = QThread::create([this, ticket, input = std::move(job.input)] {
        LayoutResult result = GraphLayout::compute(input);
        // Queued to this object's thread; the destructor waits for the worker before this
        // object goes, and Qt drops events posted to a deleted object.
        QMetaObject::invokeMethod(
                this, [this, ticket, result = std::move(result)] { done(ticket, result); },
                Qt::QueuedConnection);
    });
    m_thread->start();
}

void LayoutRunner::done(quint64 ticket, const LayoutResult &result)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    if (m_waiting) {
        Job next = std::move(*m_waiting);
        m_waiting.reset();
        start(std::move(next));
    }
    Q_EMIT finished(ticket, result);
}

} // namespace atlas
