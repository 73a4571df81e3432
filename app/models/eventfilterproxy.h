// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/kinds.h"

#include <QDate>
#include <QList>
#include <QMetaObject>
#include <QPointer>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QVariant>

#include <vector>

namespace atlas {

class Document;

// Filters and sorts an event model (EventTableModel or anything that offers the same Roles):
// by time window, kinds, participant and free text. Filters read only roles of column 0; sorting
// uses Roles::SortKey, and the EventTableModel::Date column sorts by DateStart then precision.
//
// The roles the filters and sorting read are cached per source row, so moving the window over
// 100,000 events does not ask the source for them again.
class EventFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EventFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

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
    // Everything the filters compare, so the old and the new filter can be told apart.
    struct Filter
    {
        qint64 fromDay = 0; // Julian days; valid only with hasFrom/hasTo
        qint64 toDay = 0;
        bool hasFrom = false;
        bool hasTo = false;
        QSet<QString> kindKeys;
        QString participant;
        QStringList words;
    };
    // The roles of column 0 of one source row that the filters and the date sort read.
    struct Row
    {
        qint64 startDay = 0; // QDate::toJulianDay(), so invalid dates order as QDate does
        qint64 endDay = 0;
        bool hasStart = false;
        bool hasEnd = false;
        QString kind;
        QStringList participants;
    };

    Row readRow(const QModelIndex &index) const;
    void ensureRows() const;
    const QString &searchText(int sourceRow) const;
    bool accepts(const Row &row, int sourceRow, const QModelIndex &sourceParent, const Filter &filter) const;
    void setFilter(Filter filter);
    void clearCache();
    void onSourceRowsInserted(const QModelIndex &parent, int first, int last);
    void onSourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    QDate m_from;
    QDate m_to;
    QSet<EventKind> m_kinds;
    QString m_participant;
    QString m_text;
    Filter m_filter;
    QPointer<Document> m_document;
    QMetaObject::Connection m_windowConnection;
    QList<QMetaObject::Connection> m_sourceConnections;

    // Per source row of the root; rebuilt lazily after the source changed wholesale.
    mutable std::vector<Row> m_rows;
    mutable bool m_rowsValid = false;
    mutable std::vector<QString> m_searchTexts; // filled only once text is searched
    mutable bool m_searchTextsValid = false;
    mutable std::vector<QVariant> m_sortKeys; // sortRole() of m_sortKeysColumn
    mutable int m_sortKeysColumn = -1;
    mutable int m_sortKeysRole = -1;
};

} // namespace atlas
