// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layout/graphlayout.h"

#include <QObject>

#include <optional>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace atlas {

// Runs GraphLayout::compute on a worker thread, one layout at a time, so a large graph never
// freezes the window. A request made while one runs waits, replacing any older waiting request:
// after a burst of changes only the newest is computed.
class LayoutRunner : public QObject
{
    Q_OBJECT
public:
    explicit LayoutRunner(QObject *parent = nullptr);
    // Waits for a running layout (it cannot be interrupted; it is bounded by its iterations).
    ~LayoutRunner() override;

    void request(quint64 ticket, LayoutInput input);
    bool isBusy() const { return m_thread != nullptr || m_waiting.has_value(); }

Q_SIGNALS:
    void finished(quint64 ticket, const LayoutResult &result);

private:
    struct Job
    {
        quint64 ticket = 0;
        LayoutInput input;
    };
    void start(Job job);
    void done(quint64 ticket, const LayoutResult &result);

    QThread *m_thread = nullptr;
    std::optional<Job> m_waiting;
};

} // namespace atlas
