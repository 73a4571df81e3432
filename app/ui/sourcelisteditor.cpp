// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcelisteditor.h"

#include "formfields.h"

#include "io/idgenerator.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace atlas {

SourceListEditor::SourceListEditor(const Dataset &data, QWidget *parent)
    : QWidget(parent), m_data(data)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("sources"));
    m_list->setFixedHeight(m_list->fontMetrics().lineSpacing() * 5);
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeSource"));
    m_existing = FormFields::comboBox(this, "existingSource");
    QList<const Source *> sorted;
    for (const auto &s : data.sources)
        sorted.append(&s);
    std::sort(sorted.begin(), sorted.end(), [this](const Source *a, const Source *b) {
        return label(*a).localeAwareCompare(label(*b)) < 0;
    });
    for (const Source *s : sorted)
        m_existing->addItem(label(*s), s->id);
    m_existing->setMinimumContentsLength(30);
    m_existing->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_addExisting = new QPushButton(tr("Cite"), this);
    m_addExisting->setObjectName(QStringLiteral("citeSource"));
    m_url = FormFields::lineEdit(this, "sourceUrl", tr("https://…"));
    m_publisher =
            FormFields::lineEdit(this, "sourcePublisher", tr("Publisher (default: the site)"));
    m_title = FormFields::lineEdit(this, "sourceTitle", tr("Title"));
    m_addNew = new QPushButton(tr("Add New Source"), this);
    m_addNew->setObjectName(QStringLiteral("addSource"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addWidget(m_remove, 0, Qt::AlignTop);
    layout->addLayout(listRow);
    auto *existingRow = new QHBoxLayout;
    existingRow->addWidget(m_existing, 1);
    existingRow->addWidget(m_addExisting);
    layout->addLayout(existingRow);
    auto *grid = new QGridLayout;
    grid->addWidget(m_url, 0, 0, 1, 2);
    grid->addWidget(m_publisher, 1, 0);
    grid->addWidget(m_title, 1, 1);
    grid->addWidget(m_addNew, 0, 2, 2, 1, Qt::AlignVCenter);
    layout->addLayout(grid);

    connect(m_addExisting, &QPushButton::clicked, this, &SourceListEditor::addExisting);
    connect(m_addNew, &QPushButton::clicked, this, &SourceListEditor::addNew);
    connect(m_remove, &QPushButton::clicked, this, &SourceListEditor::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &SourceListEditor::refreshButtons);
    for (QLineEdit *e : { m_url, m_publisher, m_title }) {
        connect(e, &QLineEdit::textChanged, this, &SourceListEditor::refreshButtons);
        connect(e, &QLineEdit::textChanged, this, &SourceListEditor::changed);
    }
    refreshButtons();
}

QString SourceListEditor::label(const Source &s) const
{
    QString text = s.publisher;
    if (!s.title.isEmpty())
        text += QStringLiteral(" — ") + s.title;
    return text;
}

void SourceListEditor::setSourceIds(const QStringList &ids)
{
    m_list->clear();
    for (const auto &id : ids) {
        const Source *s = m_data.source(id);
        auto *item = new QListWidgetItem(s ? label(*s) : id, m_list);
        item->setData(Qt::UserRole, id);
        if (s && !s->url.isEmpty())
            item->setToolTip(s->url);
    }
    refreshButtons();
    Q_EMIT changed();
}

QStringList SourceListEditor::sourceIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids << m_list->item(i)->data(Qt::UserRole).toString();
    return ids;
}

QList<Source> SourceListEditor::newSources() const
{
    const QStringList ids = sourceIds();
    QList<Source> out;
    for (const auto &s : m_created) {
        if (ids.contains(s.id))
            out.append(s);
    }
    return out;
}

QString SourceListEditor::newSourceProblem() const
{
    const QString url = m_url->text().trimmed();
    if (!url.isEmpty() && !url.startsWith(QLatin1String("https://"))
        && !url.startsWith(QLatin1String("http://")))
        return tr("A source address starts with https:// or http://.");
    const bool pending = !url.isEmpty() || !m_publisher->text().trimmed().isEmpty()
            || !m_title->text().trimmed().isEmpty();
    if (pending)
        return tr("Press Add New Source to cite the new source, or clear its fields.");
    return {};
}

void SourceListEditor::addExisting()
{
    const QString id = m_existing->currentData().toString();
    if (id.isEmpty() || sourceIds().contains(id))
        return;
    setSourceIds(sourceIds() << id);
}

void SourceListEditor::addNew()
{
    const QString url = m_url->text().trimmed();
    Source s;
    s.url = url;
    s.title = m_title->text().trimmed();
    s.publisher = m_publisher->text().trimmed();
    if (s.publisher.isEmpty())
        s.publisher = IdGenerator::siteOf(url);
    const bool urlOk = url.isEmpty() || url.startsWith(QLatin1String("https://"))
            || url.startsWith(QLatin1String("http://"));
    if (s.publisher.isEmpty() || !urlOk)
        return;
    QSet<QString> taken;
    for (const auto &x : m_data.sources)
        taken.insert(x.id);
    for (const auto &x : std::as_const(m_created))
        taken.insert(x.id);
    s.id = IdGenerator(taken).makeSourceId(url, s.publisher + QLatin1Char(' ') + s.title);
    m_created.append(s);
    m_url->clear();
    m_publisher->clear();
    m_title->clear();
    auto *item = new QListWidgetItem(label(s), m_list);
    item->setData(Qt::UserRole, s.id);
    item->setToolTip(s.url);
    refreshButtons();
    // The button just went disabled; focus stays with the sources, ready for the next one,
    // instead of wandering into the dialog's first field.
    m_url->setFocus(Qt::OtherFocusReason);
    Q_EMIT changed();
}

void SourceListEditor::removeSelected()
{
    qDeleteAll(m_list->selectedItems());
    refreshButtons();
    Q_EMIT changed();
}

void SourceListEditor::refreshButtons()
{
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
    m_addExisting->setEnabled(m_existing->count() > 0);
    const QString url = m_url->text().trimmed();
    const bool urlOk = url.isEmpty() || url.startsWith(QLatin1String("https://"))
            || url.startsWith(QLatin1String("http://"));
    const bool hasPublisher =
            !m_publisher->text().trimmed().isEmpty() || !QUrl(url).host().isEmpty();
    m_addNew->setEnabled(urlOk && hasPublisher);
}

} // namespace atlas
