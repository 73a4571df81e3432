// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/kinds.h"

#include <QDate>
#include <QMetaObject>
#include <QPointer>
#include <QSet>
#include <QSortFilterProxyModel>

namespace atlas {

class Document;

// Filters and sorts an event model (EventTableModel or anything that offers the same Roles):
// by time window, kinds, participant and free text. Filters read only roles of column 0; sorting
// uses Roles::SortKey, and the EventTableModel::Date column sorts by DateStart then precision.
class EventFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EventFilterProxy(QObject *parent = nullptr);

    // An event is in when its date span overlaps [from, to], both ends inclusive; an invalid
    // bound is open. With both bounds open, events without a date are in too.
    void setTimeWindow(const QDate &from, const QDate &to);
    QDate windowFrom() const { return m_from; }
    QDate windowTo() const { return m_to; }

    // Empty: every kind.
    void setKinds(const QSet<EventKind> &kinds);
    QSet<EventKind> kinds() const { return m_kinds; }

    // Entity id; empty: every event.
    void setParticipant(const QString &entityId);
    QString participant() const { return m_participant; }

    // Every whitespace-separated word must occur, ignoring case, in the English or Korean title
    // or summary, a participant's name in either language, or its ticker.
    void setText(const QString &text);
    QString text() const { return m_text; }

    // Keeps the window equal to the document's window from now on; nullptr stops following.
    void followDocument(Document *document);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QDate m_from;
    QDate m_to;
    QSet<EventKind> m_kinds;
    QSet<QString> m_kindKeys;
    QString m_participant;
    QString m_text;
    QStringList m_words;
    QPointer<Document> m_document;
    QMetaObject::Connection m_windowConnection;
};

} // namespace atlas
