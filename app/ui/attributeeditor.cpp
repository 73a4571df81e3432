// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "attributeeditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace atlas {

namespace {

constexpr int kName = 0;
constexpr int kType = 1;
constexpr int kValue = 2;

const AttributeType kTypes[] = { AttributeType::Text, AttributeType::Number, AttributeType::Date,
                                 AttributeType::Bool };

} // namespace

QString AttributeEditor::typeLabel(AttributeType type)
{
    switch (type) {
    case AttributeType::Text:
        return tr("Text");
    case AttributeType::Number:
        return tr("Number");
    case AttributeType::Date:
        return tr("Date");
    case AttributeType::Bool:
        return tr("True/false");
    }
    return {};
}

AttributeEditor::AttributeEditor(QWidget *parent)
    : QWidget(parent),
      m_table(new QTableWidget(0, 3, this)),
      m_add(new QPushButton(tr("Add Attribute"), this)),
      m_remove(new QPushButton(tr("Remove Attribute"), this))
{
    m_table->setObjectName(QStringLiteral("attributes"));
    m_add->setObjectName(QStringLiteral("addAttribute"));
    m_remove->setObjectName(QStringLiteral("removeAttribute"));
    m_table->setHorizontalHeaderLabels({ tr("Name"), tr("Type"), tr("Value") });
    m_table->horizontalHeader()->setSectionResizeMode(kValue, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(110);
    m_remove->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow(Attribute::text(QString(), QString()));
        m_table->setCurrentCell(m_table->rowCount() - 1, kName);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, kName));
        Q_EMIT changed();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_table->removeRow(row);
        Q_EMIT changed();
    });
    connect(m_table, &QTableWidget::itemChanged, this, &AttributeEditor::changed);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
}

void AttributeEditor::setAttributes(const Attributes &attributes)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (const Attribute &a : attributes)
        addRow(a);
    Q_EMIT changed();
}

void AttributeEditor::addRow(const Attribute &attribute)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, kName, new QTableWidgetItem(attribute.name));
    m_table->setItem(row, kValue, new QTableWidgetItem(attribute.toText()));
    auto *type = new QComboBox(m_table);
    for (AttributeType t : kTypes)
        type->addItem(typeLabel(t), int(t));
    type->setCurrentIndex(type->findData(int(attribute.type)));
    connect(type, &QComboBox::currentIndexChanged, this, &AttributeEditor::changed);
    m_table->setCellWidget(row, kType, type);
}

AttributeType AttributeEditor::typeAt(int row) const
{
    const auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, kType));
    return combo ? AttributeType(combo->currentData().toInt()) : AttributeType::Text;
}

QString AttributeEditor::textAt(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text() : QString();
}

Attributes AttributeEditor::attributes() const
{
    Attributes out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name = textAt(row, kName).trimmed();
        const auto a = Attribute::fromText(name, typeAt(row), textAt(row, kValue));
        if (!name.isEmpty() && a && !out.find(name))
            out.append(*a);
    }
    return out;
}

QString AttributeEditor::problem() const
{
    QSet<QString> seen;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name = textAt(row, kName).trimmed();
        if (name.isEmpty())
            return tr("Attribute %1 has no name.").arg(row + 1);
        if (seen.contains(name))
            return tr("The attribute '%1' is given twice.").arg(name);
        seen.insert(name);
        const AttributeType type = typeAt(row);
        if (!Attribute::fromText(name, type, textAt(row, kValue))) {
            switch (type) {
            case AttributeType::Number:
                return tr("'%1' of %2 is not a number (write 1234.5).")
                        .arg(textAt(row, kValue), name);
            case AttributeType::Date:
                return tr("'%1' of %2 is not a date (write YYYY-MM-DD).")
                        .arg(textAt(row, kValue), name);
            case AttributeType::Bool:
                return tr("'%1' of %2 is not true or false.").arg(textAt(row, kValue), name);
            case AttributeType::Text:
                break;
            }
        }
    }
    return {};
}

} // namespace atlas
