// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/importmapping.h"

#include <QDialog>
#include <QHash>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QTableWidget;
QT_END_NAMESPACE

namespace atlas {

// Before the import preview of a CSV, GraphML or GEXF file that is not in Telco Atlas's own
// columns: the first rows (or nodes and edges) of the file, a choice of field for each role
// (name, kind, relationship type, date, start, end; for a CSV also id, source and target) with
// what ImportMapping::detect found already chosen, and a check box for each field to keep as an
// attribute. The preview marks each column with its role and greys the ones left out, as the
// choices change. Save Profile… and Load Profile… write and read the mapping as a profile file,
// the one `telco-atlas --import FILE --mapping PROFILE.json` reads. Objects are named for tests:
// "role_<key>" (the combo boxes: role_name, role_kind, role_type...), keep, preview, edgePreview
// (graph files), status, saveProfile, loadProfile.
class ImportMappingDialog : public QDialog
{
    Q_OBJECT
public:
    ImportMappingDialog(const ImportSample &sample, QWidget *parent = nullptr);

    ImportMapping mapping() const;
    void setMapping(const ImportMapping &mapping);
    // Checked against the file; false with *error set (the profile stays as it was) otherwise.
    bool loadProfile(const QString &path, QString *error);
    bool saveProfile(const QString &path, QString *error) const;

private:
    void build();
    void addRoleBoxes(QFormLayout *form);
    void update();
    void fillTable(QTableWidget *table, const QStringList &fields, const QList<QStringList> &rows,
                   bool edges) const;
    void askLoad();
    void askSave();

    ImportSample m_sample;
    QHash<int, QComboBox *> m_roles; // by ImportMapping::Role
    QListWidget *m_keep = nullptr;
    QTableWidget *m_preview = nullptr;
    QTableWidget *m_edgePreview = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_updating = false;
};

} // namespace atlas
