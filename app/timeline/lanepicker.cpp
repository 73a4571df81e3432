// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lanepicker.h"

#include "timelineindex.h"

#include "core/dataset.h"
#include "core/kinds.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace atlas {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kNameRole = Qt::UserRole + 1;
constexpr int kSearchRole = Qt::UserRole + 2;

} // namespace

LanePicker::LanePicker(const Dataset &data, const TimelineIndex &index, Language lang,
                       const LaneChoice &choice, QWidget *parent)
    : QDialog(parent), m_order(choice.pinned)
{
    setObjectName(QStringLiteral("lanePicker"));
    setWindowTitle(tr("Choose Lanes"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("lanePickerSearch"));
    m_search->setPlaceholderText(tr("Search names and kinds"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(
            tr("Show only the entities whose English or Korean name or kind contains this text"));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("lanePickerList"));
    m_list->setUniformItemSizes(true);
    m_list->setToolTip(tr("Checked entities get a lane of their own, whatever the window shows"));

    // Entities that take part in dated events: the checked ones first, then busiest first, then
    // by name; pinned ones always, even without events.
    QList<int> entities;
    for (int e = 0; e < data.entities.size(); ++e) {
        if (index.eventCount(e) > 0 || choice.pinned.contains(data.entities.at(e).id))
            entities.append(e);
    }
    std::stable_sort(entities.begin(), entities.end(), [&](int a, int b) {
        const bool pa = choice.pinned.contains(data.entities.at(a).id);
        const bool pb = choice.pinned.contains(data.entities.at(b).id);
        if (pa != pb)
            return pa;
        if (index.eventCount(a) != index.eventCount(b))
            return index.eventCount(a) > index.eventCount(b);
        return QString::compare(data.entities.at(a).name.en, data.entities.at(b).name.en,
                                Qt::CaseInsensitive)
                < 0;
    });
    for (int e : entities) {
        const Entity &entity = data.entities.at(e);
        const QString name = entity.name.text(lang);
        const QString kind = kindLabel(entity, data.types);
        const int count = index.eventCount(e);
        auto *item = new QListWidgetItem(
                tr("%1 — %2, %Ln event(s)", nullptr, count).arg(name, kind), m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(choice.pinned.contains(entity.id) ? Qt::Checked : Qt::Unchecked);
        item->setData(kIdRole, entity.id);
        item->setData(kNameRole, name);
        item->setData(kSearchRole,
                      QStringList{ entity.name.en, entity.name.ko, kind }.join(QLatin1Char('\n')));
    }
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const QString id = item->data(kIdRole).toString();
        m_order.removeAll(id);
        if (item->checkState() == Qt::Checked)
            m_order.append(id);
        updateSummary();
    });
    connect(m_search, &QLineEdit::textChanged, this, &LanePicker::applyFilter);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("lanePickerSummary"));

    m_mostActive = new QRadioButton(tr("&Most active in the window after the checked lanes"), this);
    m_mostActive->setObjectName(QStringLiteral("lanePickerMostActive"));
    m_mostActive->setToolTip(
            tr("The companies busiest over the whole data that take part in the window fill the "
               "lanes after the checked ones; the rest share an Other lane"));
    m_pinnedOnly = new QRadioButton(tr("&Only the checked lanes"), this);
    m_pinnedOnly->setObjectName(QStringLiteral("lanePickerPinnedOnly"));
    m_pinnedOnly->setToolTip(tr("Show exactly the checked entities (and the selected one)"));
    (choice.mode == LaneChoice::Mode::MostActive ? m_mostActive : m_pinnedOnly)->setChecked(true);
    m_groupByKind = new QCheckBox(tr("&Group lanes by kind"), this);
    m_groupByKind->setObjectName(QStringLiteral("lanePickerGroupByKind"));
    m_groupByKind->setToolTip(
            tr("Companies, people, products and the other kinds each keep their lanes together"));
    m_groupByKind->setChecked(choice.groupByKind);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *uncheck = buttons->addButton(tr("&Uncheck All"), QDialogButtonBox::ResetRole);
    uncheck->setObjectName(QStringLiteral("lanePickerUncheckAll"));
    connect(uncheck, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setCheckState(Qt::Unchecked);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_mostActive);
    layout->addWidget(m_pinnedOnly);
    layout->addWidget(m_groupByKind);
    layout->addWidget(buttons);
    resize(460, 560);
    m_search->setFocus();
    updateSummary();
}

LaneChoice LanePicker::choice() const
{
    LaneChoice c;
    c.mode = m_pinnedOnly->isChecked() ? LaneChoice::Mode::Pinned : LaneChoice::Mode::MostActive;
    c.groupByKind = m_groupByKind->isChecked();
    c.pinned = m_order;
    return c;
}

void LanePicker::setFilterText(const QString &text)
{
    m_search->setText(text);
}

void LanePicker::applyFilter()
{
    const QString text = m_search->text().trimmed();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setHidden(!text.isEmpty()
                        && !item->data(kSearchRole).toString().contains(text, Qt::CaseInsensitive));
    }
    // After the view has laid out the rows left, or it keeps its old offset.
    QMetaObject::invokeMethod(
            m_list, [list = m_list] { list->scrollToTop(); }, Qt::QueuedConnection);
    updateSummary();
}

QStringList LanePicker::visibleNames() const
{
    QStringList names;
    for (int i = 0; i < m_list->count(); ++i) {
        if (!m_list->item(i)->isHidden())
            names << m_list->item(i)->data(kNameRole).toString();
    }
    return names;
}

bool LanePicker::setChecked(const QString &entityId, bool checked)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(kIdRole).toString() == entityId) {
            m_list->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

void LanePicker::updateSummary()
{
    int shown = 0;
    for (int i = 0; i < m_list->count(); ++i)
        shown += m_list->item(i)->isHidden() ? 0 : 1;
    m_summary->setText(tr("%1 of %2 shown, %3 checked")
                               .arg(QLocale().toString(shown), QLocale().toString(m_list->count()),
                                    QLocale().toString(m_order.size())));
}

} // namespace atlas
