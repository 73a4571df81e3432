// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lanechoice.h"

#include "core/localizedtext.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
QT_END_NAMESPACE

namespace atlas {

struct Dataset;
class TimelineIndex;

// Choose Lanes: a searchable, checkable list of the entities that take part in dated events
// (busiest first, each with its number of events); the checked ones get pinned lanes. Below it,
// whether the most active companies in the window fill the lanes after the checked ones (the
// default) or only the checked lanes are shown, and whether lanes are grouped by kind. The search
// matches English and Korean names and the kind.
class LanePicker : public QDialog
{
    Q_OBJECT
public:
    LanePicker(const Dataset &data, const TimelineIndex &index, Language lang,
               const LaneChoice &choice, QWidget *parent = nullptr);

    LaneChoice choice() const;
    void setFilterText(const QString &text);
    // Names of the rows the search leaves visible, top to bottom; for checking what a user sees.
    QStringList visibleNames() const;
    // Checks or unchecks the row of an entity id; false when there is none.
    bool setChecked(const QString &entityId, bool checked);

private:
    void applyFilter();
    void updateSummary();

    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_summary = nullptr;
    QRadioButton *m_mostActive = nullptr;
    QRadioButton *m_pinnedOnly = nullptr;
    QCheckBox *m_groupByKind = nullptr;
    QStringList m_order; // pinned ids in the order they were pinned
};

} // namespace atlas
