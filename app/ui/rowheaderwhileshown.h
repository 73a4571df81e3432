// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPersistentModelIndex>

#include <functional>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QTableView;
QT_END_NAMESPACE

namespace atlas {

// Keeps a table's row header (its vertical QHeaderView, shown or not) off the table's model while
// the table itself is hidden, as the events table is behind the graph's tab. For each run of rows
// a model removes or inserts, Qt's header goes over every row (it rebuilds its record of hidden
// rows), so a hidden table of a million events paid some 5 ms at each step of the time window.
// While hidden the header has an empty model; shown again it takes the table's model back (one
// pass over the rows), the row that was at the top is at the top again when it is still there,
// and an item made current meanwhile (an event picked on the timeline) is scrolled to.
class RowHeaderWhileShown : public QObject
{
public:
    // Installed on view (and owned by it); the header comes off at once when view is hidden.
    // beforeShown, when given, runs as the view is shown again, before the header is back (the
    // events table's model applies the time window it held meanwhile).
    explicit RowHeaderWhileShown(QTableView *view, std::function<void()> beforeShown = {});

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void detach();
    void attach();

    QTableView *m_view;
    std::function<void()> m_beforeShown;
    QAbstractItemModel *m_empty; // a model with no rows, for the header while the table is hidden
    bool m_detached = false;
    QPersistentModelIndex m_top; // the row at the top when the table was hidden
    QPersistentModelIndex m_current; // the current item then
    int m_scroll = 0; // the vertical scroll bar's value then
};

} // namespace atlas
