// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineplayer.h"

#include "models/document.h"

#include <QTimer>

#include <algorithm>
#include <cmath>

namespace atlas {

TimelinePlayer::TimelinePlayer(Document *document, QObject *parent)
    : QObject(parent), m_document(document), m_timer(new QTimer(this))
{
    m_timer->setInterval(interval());
    connect(m_timer, &QTimer::timeout, this, &TimelinePlayer::tick);
    // New data: whatever was playing belongs to the old data.
    connect(document, &Document::dataReset, this, &TimelinePlayer::pause);
}

bool TimelinePlayer::isPlaying() const
{
    return m_timer->isActive();
}

void TimelinePlayer::setSpeed(double speed)
{
    if (!(speed > 0.0))
        return;
    m_speed = speed;
    m_timer->setInterval(interval());
}

int TimelinePlayer::interval() const
{
    return std::max(1, int(std::lround(baseInterval / m_speed)));
}

bool TimelinePlayer::currentWindow(QDate *from, QDate *to) const
{
    if (!m_document || !m_document->dataStart().isValid())
        return false;
    *from = m_document->windowFrom().isValid() ? m_document->windowFrom() : m_document->dataStart();
    *to = m_document->windowTo().isValid() ? m_document->windowTo() : m_document->dataEnd();
    return true;
}

void TimelinePlayer::play()
{
    if (isPlaying())
        return;
    QDate from;
    QDate to;
    if (!currentWindow(&from, &to))
        return;
    const QDate start = m_document->dataStart();
    const QDate end = m_document->dataEnd();
    if (from <= start && to >= end) {
        // All time cannot move: start with the first months of the data.
        m_document->setTimeWindow(start, std::min(end, start.addMonths(defaultMonths).addDays(-1)));
    } else if (to >= end) {
        // At the end already: play again from the start, same length.
        m_document->setTimeWindow(start, start.addDays(from.daysTo(to)));
    }
    m_timer->start();
    Q_EMIT playingChanged(true);
}

void TimelinePlayer::pause()
{
    if (!isPlaying())
        return;
    m_timer->stop();
    Q_EMIT playingChanged(false);
}

void TimelinePlayer::setPlaying(bool playing)
{
    if (playing)
        play();
    else
        pause();
}

void TimelinePlayer::togglePlaying()
{
    setPlaying(!isPlaying());
}

bool TimelinePlayer::step(int direction)
{
    QDate from;
    QDate to;
    if (!currentWindow(&from, &to) || direction == 0)
        return false;
    const QDate start = m_document->dataStart();
    const QDate end = m_document->dataEnd();
    const qint64 length = from.daysTo(to);
    if ((direction > 0 && to >= end) || (direction < 0 && from <= start))
        return false;
    QDate nextFrom = from.addMonths(direction > 0 ? 1 : -1);
    QDate nextTo = nextFrom.addDays(length);
    // Stop exactly at the data's edge rather than run past it.
    if (direction > 0 && nextTo > end) {
        nextTo = end;
        nextFrom = end.addDays(-length);
    } else if (direction < 0 && nextFrom < start) {
        nextFrom = start;
        nextTo = start.addDays(length);
    }
    m_document->setTimeWindow(nextFrom, nextTo);
    return true;
}

void TimelinePlayer::tick()
{
    if (!step(1))
        pause();
    else if (m_document && m_document->windowTo() >= m_document->dataEnd())
        pause();
}

} // namespace atlas
