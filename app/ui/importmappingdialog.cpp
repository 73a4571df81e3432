// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importmappingdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace atlas {

namespace {

using Field = ImportMapping::Role;

// What the dialog says of a role: its form label, its name in the preview's column headers, and
// its tooltip.
struct RoleText
{
    QString label;
    QString name;
    QString toolTip;
};

RoleText roleText(Field role)
{
    switch (role) {
    case Field::Id:
        return { ImportMappingDialog::tr("&Id:"), ImportMappingDialog::tr("id"),
                 ImportMappingDialog::tr(
                         "The record's id, kept when it is made of lower-case letters, digits and "
                         "'-'; others get an id made from the name.") };
    case Field::Name:
        return { ImportMappingDialog::tr("&Name:"), ImportMappingDialog::tr("name"),
                 ImportMappingDialog::tr(
                         "The entity's name; a name the database already has joins that entity.") };
    case Field::Kind:
        return { ImportMappingDialog::tr("&Kind:"), ImportMappingDialog::tr("kind"),
                 ImportMappingDialog::tr("The entity's kind: a built-in one (company, person, "
                                         "product...) in any case, or a kind of its own.") };
    case Field::Source:
        return { ImportMappingDialog::tr("&Source (from):"), ImportMappingDialog::tr("source"),
                 ImportMappingDialog::tr("The entity a relationship starts from, by name or id; "
                                         "with a target, each row is a relationship.") };
    case Field::Target:
        return { ImportMappingDialog::tr("&Target (to):"), ImportMappingDialog::tr("target"),
                 ImportMappingDialog::tr("The entity a relationship goes to, by name or id.") };
    case Field::Type:
        return { ImportMappingDialog::tr("Relationship &type:"),
                 ImportMappingDialog::tr("relationship type"),
                 ImportMappingDialog::tr("The relationship's type: a built-in one (partner, "
                                         "invests_in...) in any case, or a type of its own.") };
    case Field::Date:
        return { ImportMappingDialog::tr("&Date:"), ImportMappingDialog::tr("date"),
                 ImportMappingDialog::tr("The relationship's date, when it has no start: "
                                         "YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY.") };
    case Field::Start:
        return { ImportMappingDialog::tr("S&tart:"), ImportMappingDialog::tr("start"),
                 ImportMappingDialog::tr("From when the relationship holds.") };
    case Field::End:
        return { ImportMappingDialog::tr("&End:"), ImportMappingDialog::tr("end"),
                 ImportMappingDialog::tr("Until when the relationship holds.") };
    }
    return {};
}

bool sameField(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

ImportMappingDialog::ImportMappingDialog(const ImportSample &sample, QWidget *parent)
    : QDialog(parent), m_sample(sample)
{
    setWindowTitle(tr("Import Mapping — %1").arg(sample.fileName));
    build();
    setMapping(ImportMapping::detect(m_sample));
}

void ImportMappingDialog::addRoleBoxes(QFormLayout *form)
{
    for (Field role : ImportMapping::roles()) {
        const bool nodeRole = ImportMapping::isNodeRole(role);
        if (!m_sample.isCsv()
            && (role == Field::Id || role == Field::Source || role == Field::Target))
            continue;
        auto *box = new QComboBox(this);
        box->setObjectName(QStringLiteral("role_") + ImportMapping::key(role));
        box->setToolTip(roleText(role).toolTip);
        box->addItem(tr("(none)"), QString());
        const QStringList &fields =
                m_sample.isCsv() || nodeRole ? m_sample.nodeFields : m_sample.edgeFields;
        for (const QString &f : fields)
            box->addItem(f, f);
        connect(box, &QComboBox::currentIndexChanged, this, &ImportMappingDialog::update);
        form->addRow(roleText(role).label, box);
        m_roles.insert(int(role), box);
    }
}

void ImportMappingDialog::build()
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
            m_sample.isCsv()
                    ? tr("Say which column of %1 holds what. A file with source and target "
                         "columns lists relationships, any other entities.")
                              .arg(m_sample.fileName)
                    : tr("Say which attribute of the nodes and edges of %1 holds what.")
                              .arg(m_sample.fileName),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *top = new QHBoxLayout;
    auto *roles = new QGroupBox(tr("Fields"), this);
    auto *form = new QFormLayout(roles);
    addRoleBoxes(form);
    top->addWidget(roles, 1);
    auto *keepBox = new QGroupBox(tr("Keep as attributes"), this);
    auto *keepLayout = new QVBoxLayout(keepBox);
    m_keep = new QListWidget(keepBox);
    m_keep->setObjectName(QStringLiteral("keep"));
    m_keep->setToolTip(tr("Checked fields become attributes of the records; unchecked ones are "
                          "left out."));
    QStringList keepable = m_sample.nodeFields;
    for (const QString &f : m_sample.edgeFields) {
        if (!keepable.contains(f, Qt::CaseInsensitive))
            keepable << f;
    }
    for (const QString &f : std::as_const(keepable)) {
        // A graph file's own ids and times are no attributes.
        if (!m_sample.isCsv()
            && (sameField(f, QStringLiteral("id"))
                || (m_sample.format == ImportSample::Format::Gexf
                    && (sameField(f, QStringLiteral("start"))
                        || sameField(f, QStringLiteral("end"))))))
            continue;
        auto *item = new QListWidgetItem(f, m_keep);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
        item->setData(Qt::UserRole, f);
    }
    connect(m_keep, &QListWidget::itemChanged, this, &ImportMappingDialog::update);
    keepLayout->addWidget(m_keep);
    top->addWidget(keepBox, 1);
    layout->addLayout(top);

    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setToolTip(tr("The first records of the file, each column headed by what it "
                             "becomes; greyed columns are left out."));
    if (m_sample.isCsv()) {
        m_preview->setAccessibleName(tr("First rows"));
        layout->addWidget(m_preview, 1);
    } else {
        m_edgePreview = new QTableWidget(this);
        m_edgePreview->setObjectName(QStringLiteral("edgePreview"));
        m_edgePreview->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_preview->setAccessibleName(tr("First nodes"));
        m_edgePreview->setAccessibleName(tr("First edges"));
        auto *tabs = new QTabWidget(this);
        tabs->addTab(m_preview, tr("Nodes"));
        tabs->addTab(m_edgePreview, tr("Edges"));
        layout->addWidget(tabs, 1);
    }
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Continue"));
    auto *load = m_buttons->addButton(tr("&Load Profile…"), QDialogButtonBox::ActionRole);
    load->setObjectName(QStringLiteral("loadProfile"));
    load->setToolTip(tr("Read the choices from a profile file saved before."));
    auto *save = m_buttons->addButton(tr("Sa&ve Profile…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveProfile"));
    save->setToolTip(tr("Save these choices as a profile file, for the next file of this shape "
                        "or for telco-atlas --import FILE --mapping PROFILE.json."));
    connect(load, &QPushButton::clicked, this, &ImportMappingDialog::askLoad);
    connect(save, &QPushButton::clicked, this, &ImportMappingDialog::askSave);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(860, 600);
}

ImportMapping ImportMappingDialog::mapping() const
{
    ImportMapping m;
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it) {
        if (it.value()->isEnabled())
            m.setField(Field(it.key()), it.value()->currentData().toString());
    }
    QStringList kept;
    bool all = true;
    for (int i = 0; i < m_keep->count(); ++i) {
        const QListWidgetItem *item = m_keep->item(i);
        const QString field = item->data(Qt::UserRole).toString();
        if (m.roleOf(field))
            continue; // a mapped field is no attribute, whatever its box says
        if (item->checkState() == Qt::Checked)
            kept << field;
        else
            all = false;
    }
    if (!all)
        m.setKept(kept);
    return m;
}

void ImportMappingDialog::setMapping(const ImportMapping &mapping)
{
    m_updating = true;
    for (auto it = m_roles.begin(); it != m_roles.end(); ++it) {
        const int index = it.value()->findData(mapping.field(Field(it.key())), Qt::UserRole,
                                               Qt::MatchFixedString);
        it.value()->setCurrentIndex(index < 0 ? 0 : index);
    }
    for (int i = 0; i < m_keep->count(); ++i)
        m_keep->item(i)->setCheckState(mapping.keeps(m_keep->item(i)->data(Qt::UserRole).toString())
                                               ? Qt::Checked
                                               : Qt::Unchecked);
    m_updating = false;
    update();
}

bool ImportMappingDialog::loadProfile(const QString &path, QString *error)
{
    const auto m = ImportMapping::readFile(path, error);
    if (!m || !m->check(m_sample, QFileInfo(path).fileName(), error))
        return false;
    setMapping(*m);
    return true;
}

bool ImportMappingDialog::saveProfile(const QString &path, QString *error) const
{
    return mapping().writeFile(path, error);
}

void ImportMappingDialog::askLoad()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load Import Profile"), {},
                                                      tr("Import profiles (*.json)"));
    QString error;
    if (!path.isEmpty() && !loadProfile(path, &error))
        QMessageBox::warning(this, tr("Cannot Load Profile"), error);
}

void ImportMappingDialog::askSave()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save Import Profile"),
                                                QFileInfo(m_sample.fileName).completeBaseName()
                                                        + QStringLiteral(".mapping.json"),
                                                tr("Import profiles (*.json)"));
    QString error;
    if (!path.isEmpty() && !saveProfile(path, &error))
        QMessageBox::warning(this, tr("Cannot Save Profile"), error);
}

void ImportMappingDialog::fillTable(QTableWidget *table, const QStringList &fields,
                                    const QList<QStringList> &rows, bool edges) const
{
    const ImportMapping m = mapping();
    table->clear();
    table->setColumnCount(int(fields.size()));
    table->setRowCount(int(rows.size()));
    const QColor grey = palette().color(QPalette::Disabled, QPalette::Text);
    for (int c = 0; c < fields.size(); ++c) {
        const QString &f = fields.at(c);
        // A graph file's field serves the role of its own domain only.
        const auto role = m_sample.isCsv() ? m.roleOf(f) : m.roleOf(f, !edges);
        QListWidgetItem *keepItem = nullptr;
        for (int i = 0; i < m_keep->count(); ++i) {
            if (sameField(m_keep->item(i)->data(Qt::UserRole).toString(), f))
                keepItem = m_keep->item(i);
        }
        const bool kept = !role && keepItem && keepItem->checkState() == Qt::Checked;
        // A graph file's node and edge ids are the records' own, whatever the mapping says.
        const bool ownId = !m_sample.isCsv() && sameField(f, QStringLiteral("id"));
        auto *header = new QTableWidgetItem(role ? tr("%1\n→ %2").arg(f, roleText(*role).name)
                                                    : ownId ? tr("%1\n(the record's id)").arg(f)
                                                    : kept  ? tr("%1\n(attribute)").arg(f)
                                                            : tr("%1\n(left out)").arg(f));
        table->setHorizontalHeaderItem(c, header);
        for (int r = 0; r < rows.size(); ++r) {
            auto *item = new QTableWidgetItem(rows.at(r).value(c));
            if (!role && !kept && !ownId)
                item->setForeground(grey);
            table->setItem(r, c, item);
        }
    }
    table->resizeColumnsToContents();
}

void ImportMappingDialog::update()
{
    if (m_updating)
        return;
    m_updating = true;
    // A CSV lists either relationships (source and target chosen) or entities.
    if (m_sample.isCsv()) {
        const bool edges = !m_roles.value(int(Field::Source))->currentData().toString().isEmpty()
                && !m_roles.value(int(Field::Target))->currentData().toString().isEmpty();
        for (Field r : { Field::Name, Field::Kind })
            m_roles.value(int(r))->setEnabled(!edges);
        for (Field r : { Field::Type, Field::Date, Field::Start, Field::End })
            m_roles.value(int(r))->setEnabled(edges);
    }
    const ImportMapping m = mapping();
    for (int i = 0; i < m_keep->count(); ++i) {
        QListWidgetItem *item = m_keep->item(i);
        const bool mapped = m.roleOf(item->data(Qt::UserRole).toString()).has_value();
        item->setFlags(mapped ? Qt::ItemIsUserCheckable | Qt::ItemIsSelectable
                              : Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    }
    fillTable(m_preview, m_sample.nodeFields, m_sample.nodeRows, false);
    if (m_edgePreview)
        fillTable(m_edgePreview, m_sample.edgeFields, m_sample.edgeRows, true);
    bool ok = true;
    if (m_sample.isCsv()) {
        const QString source = m.field(Field::Source);
        const QString target = m.field(Field::Target);
        if (source.isEmpty() != target.isEmpty()) {
            ok = false;
            m_status->setText(tr("Choose both a source and a target column, or neither."));
        } else if (m.isEdgeList()) {
            m_status->setText(tr("Each row becomes a relationship from the entity named in '%1' "
                                 "to the one named in '%2'; names the database does not know "
                                 "become new entities.")
                                      .arg(source, target));
        } else if (!m.field(Field::Name).isEmpty()) {
            m_status->setText(tr("Each row becomes an entity named by the column '%1'.")
                                      .arg(m.field(Field::Name)));
        } else {
            ok = false;
            m_status->setText(tr("Choose the name column (a list of entities), or the source and "
                                 "target columns (a list of relationships)."));
        }
    } else {
        m_status->setText(tr("Nodes become entities and edges relationships."));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_updating = false;
}

} // namespace atlas
