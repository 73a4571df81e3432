// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/importeddata.h"
#include "io/importplan.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QVBoxLayout;
QT_END_NAMESPACE

namespace atlas {

class ImportPreviewModel;

// The preview of an import before anything is written: every record of the file and what will
// happen to it (new, replaces the current one, added under a new id, skipped, already present),
// the entities made for unknown names, and the choice for ids the database already uses. While
// the merged data would not be valid the problem is shown and Import is disabled. Objects are
// named for tests: policy, preview, summary, problem, unresolved (what the file holds that cannot
// be imported, such as an unknown OpenDART stock code). Figures show their value and source, and
// for a figure the database has with another value, the database's value and source beside it.
// A file that places its nodes (GEXF viz:position) gets the check box keepPositions, off at first:
// checked, the graph keeps the file's layout for the entities imported.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(const Dataset &current, ImportedData incoming, Language language,
                 QWidget *parent = nullptr);
    ~ImportDialog() override;

    DuplicatePolicy policy() const;
    void setPolicy(DuplicatePolicy policy);
    const ImportPlan &plan() const { return m_plan; }
    const ImportedData &incoming() const { return m_incoming; }
    // The file's node positions to apply after the import (none unless the user asked).
    QHash<QString, QPointF> positions() const;

    // What replaced records lose where the file leaves a field blank ("“…” loses its Korean
    // title, source Seoul Finance"); empty when nothing is lost.
    static QString lostFields(const ImportPlan &plan, const Dataset &current, Language language);

private:
    void recompute();
    void addPositionsBox(QVBoxLayout *layout);

    const Dataset &m_current;
    ImportedData m_incoming;
    Language m_language;
    ImportPlan m_plan;
    QComboBox *m_policy;
    QLabel *m_summary;
    QLabel *m_problem;
    QLabel *m_unresolved;
    QTableView *m_view;
    ImportPreviewModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QDialogButtonBox *m_buttons;
    QCheckBox *m_keepPositions = nullptr;
};

} // namespace atlas
