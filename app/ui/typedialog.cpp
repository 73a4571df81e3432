// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "typedialog.h"

#include "graph/graphstyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace atlas {

TypeDialog::TypeDialog(const CustomTypes &types, QWidget *parent)
    : QDialog(parent), m_original(types), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Kinds and Types"));
    m_table->setObjectName(QStringLiteral("types"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({ tr("Key"), tr("English"), tr("Korean"), tr("Colour"),
                                         tr("Shape or line"), tr("Direction") });
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (const CustomType &t : types.kinds)
        addRow(t, true);
    for (const CustomType &t : types.relationshipTypes)
        addRow(t, false);
    m_table->resizeColumnsToContents();

    auto *note = new QLabel(this);
    note->setWordWrap(true);
    note->setText(types.isEmpty()
                          ? tr("The data has no kinds or relationship types of its own. Importing "
                               "a graph whose nodes or edges name other types defines them.")
                          : tr("Kinds and relationship types of this data beyond the built-in "
                               "ones. Colours are written #rrggbb."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(760, 420);
}

void TypeDialog::addRow(const CustomType &type, bool kind)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *key = new QTableWidgetItem(kind ? GraphStyle::kindIcon(type) : GraphStyle::typeIcon(type),
                                     type.key);
    key->setFlags(key->flags() & ~Qt::ItemIsEditable);
    key->setToolTip(kind ? tr("Entity kind") : tr("Relationship type"));
    m_table->setItem(row, Key, key);
    m_table->setItem(row, English, new QTableWidgetItem(type.label.en));
    m_table->setItem(row, Korean, new QTableWidgetItem(type.label.ko));
    m_table->setItem(row, Colour, new QTableWidgetItem(type.color));
    auto *look = new QComboBox(m_table);
    const QStringList names = kind ? CustomTypes::shapes() : CustomTypes::dashes();
    for (const QString &name : names) {
        CustomType sample = type;
        sample.shape = name;
        look->addItem(kind ? GraphStyle::kindIcon(sample) : GraphStyle::typeIcon(sample), name);
    }
    look->setCurrentIndex(std::max(0, int(names.indexOf(type.shape))));
    m_table->setCellWidget(row, Look, look);
    auto *directed = new QTableWidgetItem(kind ? QString() : tr("from → to"));
    directed->setFlags(kind ? Qt::NoItemFlags
                            : (directed->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
    if (!kind)
        directed->setCheckState(type.directed ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, Directed, directed);
}

CustomTypes TypeDialog::types() const
{
    static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    CustomTypes out = m_original;
    int row = 0;
    for (auto *list : { &out.kinds, &out.relationshipTypes }) {
        const bool kind = list == &out.kinds;
        for (CustomType &t : *list) {
            t.label = { m_table->item(row, English)->text().trimmed(),
                        m_table->item(row, Korean)->text().trimmed() };
            const QString c = m_table->item(row, Colour)->text().trimmed();
            if (colour.match(c).hasMatch())
                t.color = c.toLower();
            if (const auto *look = qobject_cast<QComboBox *>(m_table->cellWidget(row, Look)))
                t.shape = look->currentText();
            if (!kind)
                t.directed = m_table->item(row, Directed)->checkState() == Qt::Checked;
            ++row;
        }
    }
    return out;
}

} // namespace atlas
