// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace atlas {

class Document;

// Plays the Document's time window forward so one can watch the relationships form: each tick
// moves the window one month on, keeping its length, and playing stops at the end of the data.
// The speed sets how often it ticks (1× is one month every baseInterval milliseconds). When the
// window is all time, playing starts with the first defaultMonths of the data.
class TimelinePlayer : public QObject
{
    Q_OBJECT
public:
    static constexpr int baseInterval = 800;
    static constexpr int defaultMonths = 3;

    explicit TimelinePlayer(Document *document, QObject *parent = nullptr);

    bool isPlaying() const;
    double speed() const { return m_speed; }
    void setSpeed(double speed);
    int interval() const;

public Q_SLOTS:
    void play();
    void pause();
    void setPlaying(bool playing);
    void togglePlaying();
    // One month forward (direction 1) or back (-1); false when the data's end (or start) is
    // already in the window.
    bool step(int direction = 1);
    bool stepForward() { return step(1); }
    bool stepBack() { return step(-1); }

Q_SIGNALS:
    void playingChanged(bool playing);

private:
    void tick();
    // The window as dates, an open window standing for the data's extent.
    bool currentWindow(QDate *from, QDate *to) const;

    QPointer<Document> m_document;
    QTimer *m_timer;
    double m_speed = 1.0;
};

} // namespace atlas
