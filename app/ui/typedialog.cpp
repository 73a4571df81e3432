// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "typedialog.h"

#include "core/dataset.h"
#include "graph/graphstyle.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace atlas {

TypeDialog::TypeDialog(const CustomTypes &types, QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Kinds and Types"));
    m_table->setObjectName(QStringLiteral("types"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({ tr("Key"), tr("English"), tr("Korean"), tr("Colour"),
                                         tr("Shape or line"), tr("Direction") });
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    for (const CustomType &t : types.kinds)
        addRow(t, true, m_table->rowCount());
    for (const CustomType &t : types.relationshipTypes)
        addRow(t, false, m_table->rowCount());
    m_table->resizeColumnsToContents();

    auto *note = new QLabel(this);
    note->setWordWrap(true);
    note->setText(tr("Kinds and relationship types of this data beyond the built-in ones. "
                     "Colours are written #rrggbb or picked with Colour…; a Korean label left "
                     "empty shows the English one. Importing a graph whose nodes or edges name "
                     "other types defines them too."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table);
    addButtons(layout);
    layout->addWidget(buttons);
    resize(760, 460);
}

void TypeDialog::addButtons(QBoxLayout *layout)
{
    auto *row = new QHBoxLayout;
    const std::pair<const char *, QString> buttons[] = {
        { "newKind", tr("New Kind…") },
        { "newType", tr("New Relationship Type…") },
        { "colour", tr("Colour…") },
        { "remove", tr("Delete") },
    };
    for (const auto &[name, text] : buttons) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(QLatin1String(name));
        button->setAutoDefault(false);
        row->addWidget(button);
        const QString id = QLatin1String(name);
        connect(button, &QPushButton::clicked, this, [this, id] {
            if (id == QLatin1String("newKind") || id == QLatin1String("newType"))
                askNew(id == QLatin1String("newKind"));
            else if (id == QLatin1String("colour"))
                askColour();
            else
                askRemove();
        });
    }
    row->addStretch(1);
    layout->addLayout(row);
}

void TypeDialog::setUsage(const Dataset &data)
{
    m_kindUse.clear();
    m_typeUse.clear();
    for (const Entity &e : data.entities) {
        if (e.kind == EntityKind::Custom)
            ++m_kindUse[e.customKind];
    }
    for (const Relationship &r : data.relationships) {
        if (r.type == RelationshipType::Custom)
            ++m_typeUse[r.customType];
    }
}

int TypeDialog::kindRows() const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += r.kind ? 1 : 0;
    return n;
}

void TypeDialog::addRow(const CustomType &type, bool kind, int row)
{
    m_table->insertRow(row);
    m_rows.insert(row, Row{ type, kind, false });
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

bool TypeDialog::addType(const QString &key, bool kind, QString *error)
{
    const QString k = key.trimmed();
    CustomTypes now = types();
    const bool valid = kind ? CustomTypes::isValidKindKey(k) : CustomTypes::isValidTypeKey(k);
    const bool taken = kind ? now.kind(k) != nullptr : now.relationshipType(k) != nullptr;
    if (!valid || taken) {
        if (error)
            *error = taken ? tr("'%1' is already defined.").arg(k)
                           : tr("'%1' cannot be a key: 1 to 64 characters, not a built-in kind or "
                                "type.")
                                     .arg(k.left(80));
        return false;
    }
    // The palette's next style, as an import would define it.
    CustomType t = kind ? now.addKind(k, { k, {} }) : now.addRelationshipType(k, { k, {} });
    const int row = kind ? kindRows() : m_table->rowCount();
    addRow(t, kind, row);
    m_rows[row].added = true;
    m_table->selectRow(row);
    m_table->editItem(m_table->item(row, English));
    return true;
}

bool TypeDialog::removeRow(int row, QString *error)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const Row &r = m_rows.at(row);
    const int used = (r.kind ? m_kindUse : m_typeUse).value(r.original.key);
    if (used > 0) {
        if (error)
            *error = r.kind ? tr("The kind '%1' is used by %n entity(ies); give them another kind "
                                 "first.",
                                 nullptr, used)
                                      .arg(r.original.key)
                            : tr("The relationship type '%1' is used by %n relationship(s); give "
                                 "them another type first.",
                                 nullptr, used)
                                      .arg(r.original.key);
        return false;
    }
    m_rows.removeAt(row);
    m_table->removeRow(row);
    return true;
}

void TypeDialog::setRowColour(int row, const QColor &colour)
{
    if (row < 0 || row >= m_rows.size() || !colour.isValid())
        return;
    m_table->item(row, Colour)->setText(colour.name(QColor::HexRgb));
    CustomType sample = m_rows.at(row).original;
    sample.color = colour.name(QColor::HexRgb);
    const bool kind = m_rows.at(row).kind;
    m_table->item(row, Key)->setIcon(kind ? GraphStyle::kindIcon(sample)
                                          : GraphStyle::typeIcon(sample));
    // The shapes or dashes offered, drawn in the new colour.
    if (auto *look = qobject_cast<QComboBox *>(m_table->cellWidget(row, Look))) {
        for (int i = 0; i < look->count(); ++i) {
            sample.shape = look->itemText(i);
            look->setItemIcon(i,
                              kind ? GraphStyle::kindIcon(sample) : GraphStyle::typeIcon(sample));
        }
    }
}

void TypeDialog::askNew(bool kind)
{
    bool ok = false;
    const QString key = QInputDialog::getText(
            this, kind ? tr("New Kind") : tr("New Relationship Type"),
            tr("Key (stored in files and the database; it cannot be changed later):"),
            QLineEdit::Normal, {}, &ok);
    QString error;
    if (ok && !key.trimmed().isEmpty() && !addType(key, kind, &error))
        QMessageBox::warning(this, tr("Kinds and Types"), error);
}

void TypeDialog::askColour()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QColor now(m_table->item(row, Colour)->text().trimmed());
    const QColor chosen =
            QColorDialog::getColor(now.isValid() ? now : QColor(Qt::gray), this,
                                   tr("Colour of '%1'").arg(m_rows.at(row).original.key));
    setRowColour(row, chosen);
}

void TypeDialog::askRemove()
{
    QString error;
    if (!removeRow(m_table->currentRow(), &error) && !error.isEmpty())
        QMessageBox::information(this, tr("Kinds and Types"), error);
}

CustomTypes TypeDialog::types() const
{
    static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    CustomTypes out;
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row &r = m_rows.at(row);
        CustomType t = r.original;
        t.label = { m_table->item(row, English)->text().trimmed(),
                    m_table->item(row, Korean)->text().trimmed() };
        // A new type's Korean label, left empty, is its English one.
        if (r.added && t.label.ko.isEmpty())
            t.label.ko = t.label.en;
        const QString c = m_table->item(row, Colour)->text().trimmed();
        if (colour.match(c).hasMatch())
            t.color = c.toLower();
        if (const auto *look = qobject_cast<QComboBox *>(m_table->cellWidget(row, Look)))
            t.shape = look->currentText();
        if (!r.kind)
            t.directed = m_table->item(row, Directed)->checkState() == Qt::Checked;
        (r.kind ? out.kinds : out.relationshipTypes).append(t);
    }
    return out;
}

} // namespace atlas
