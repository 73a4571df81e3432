// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowheaderwhileshown.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>

namespace atlas {

RowHeaderWhileShown::RowHeaderWhileShown(QTableView *view, std::function<void()> beforeShown)
    : QObject(view),
      m_view(view),
      m_beforeShown(std::move(beforeShown)),
      m_empty(new QStandardItemModel(this))
{
    view->installEventFilter(this);
    if (!view->isVisible())
        detach();
}

bool RowHeaderWhileShown::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view) {
        if (event->type() == QEvent::Show) {
            if (m_beforeShown)
                m_beforeShown();
            attach();
        } else if (event->type() == QEvent::Hide)
            detach();
    }
    return QObject::eventFilter(watched, event);
}

void RowHeaderWhileShown::detach()
{
    if (m_detached || !m_view->model())
        return;
    m_top = m_view->indexAt(QPoint(0, 0));
    m_current = m_view->currentIndex();
    m_scroll = m_view->verticalScrollBar()->value();
    m_view->verticalHeader()->setModel(m_empty);
    m_detached = true;
}

void RowHeaderWhileShown::attach()
{
    if (!m_detached)
        return;
    m_detached = false;
    m_view->verticalHeader()->setModel(m_view->model());
    m_view->doItemsLayout(); // the scroll bar's range for the rows now, before scrolling
    // The row that was at the top, where it is now; else as far down as before.
    if (m_top.isValid())
        m_view->scrollTo(m_top, QAbstractItemView::PositionAtTop);
    else
        m_view->verticalScrollBar()->setValue(m_scroll);
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && current != m_current)
        m_view->scrollTo(current);
    m_top = QPersistentModelIndex();
    m_current = QPersistentModelIndex();
}

} // namespace atlas
