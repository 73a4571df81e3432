// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layout/graphlayout.h"

#include <QObject>
#include <QStringList>

#include <functional>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace atlas {

class LayoutRunner;

// When the company graph is laid out, and which result counts: requests made in one turn of the
// event loop merge into one layout of the strongest mode asked for; each layout gets a ticket and
// only the newest one's steps and result come out (an older one still running is cancelled by the
// runner). Asynchronous (the default), layouts run on LayoutRunner's worker; synchronous, at once
// on the calling thread, for exports and measurements. It knows nothing of items: the scene
// gives it the layout's input when a layout starts, and places nodes where the signals say.
class LayoutScheduler : public QObject
{
    Q_OBJECT
public:
    // Fresh ignores where nodes are; Gentle starts from there; OverlapsOnly only makes room.
    // Ordered from the strongest: a fresh layout includes a gentle one, which includes making room.
    enum class Mode { Fresh, Gentle, OverlapsOnly };
    // What a layout is given, asked for when it starts: fresh says whether current positions are to
    // be ignored; ids receives the entity id of each node index of the input.
    using InputSource = std::function<LayoutInput(bool fresh, QStringList *ids)>;

    explicit LayoutScheduler(InputSource source, QObject *parent = nullptr);

    void request(Mode mode);
    // Turning it off runs a waiting request at once.
    void setAsynchronous(bool on);
    bool isAsynchronous() const { return m_async; }
    // A layout has been asked for and its result not given out yet.
    bool isPending() const { return m_pending; }
    // A request waits for the end of this turn of the event loop.
    bool isWaiting() const;

    // The running layout reports its steps (see LayoutRunner); it can be paused, and an entity
    // pinned while it runs stays where the user put it.
    bool isLive() const;
    void setPaused(bool paused);
    bool isPaused() const;
    void pin(const QString &entityId, const QPointF &position);
    LayoutRunner *runner() const { return m_runner; }

Q_SIGNALS:
    // The newest layout's result; ids: the entity id of each node index. isPending() is already
    // false unless another request waits.
    void resultReady(const QStringList &ids, const LayoutResult &result);
    // A step of the newest, live, layout: positions of some node indexes of ids.
    void progressed(const QStringList &ids, const QList<int> &nodes,
                    const QList<QPointF> &positions, double done);
    void liveChanged(bool live);

private:
    void run();
    void finished(quint64 ticket, const LayoutResult &result);

    InputSource m_source;
    LayoutRunner *m_runner;
    QTimer *m_timer;
    Mode m_mode = Mode::OverlapsOnly;
    quint64 m_ticket = 0;
    QStringList m_ids; // of the newest request
    bool m_async = true;
    bool m_pending = false;
};

} // namespace atlas
