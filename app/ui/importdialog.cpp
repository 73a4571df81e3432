// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include "formfields.h"

#include "models/importservice.h"
#include "core/formatting.h"

#include <QAbstractTableModel>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace atlas {

// Rows of ImportPlan::items(); a model, not a widget list, so a file of a million records
// previews at once.
class ImportPreviewModel : public QAbstractTableModel
{
public:
    enum Column { Action, Record, Name, Id, Value, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    static qint64 rank(ImportPlan::Action action)
    {
        switch (action) {
        case ImportPlan::Action::Update:
            return 0;
        case ImportPlan::Action::Rename:
            return 1;
        case ImportPlan::Action::New:
            return 2;
        case ImportPlan::Action::Skip:
            return 3;
        case ImportPlan::Action::Unchanged:
        case ImportPlan::Action::Unused:
            break;
        }
        return 4;
    }

    explicit ImportPreviewModel(QObject *parent) : QAbstractTableModel(parent) { }

    void setPlan(const ImportPlan *plan, Language language)
    {
        beginResetModel();
        m_plan = plan;
        m_language = language;
        endResetModel();
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() || !m_plan ? 0 : int(m_plan->items().size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!m_plan || !index.isValid())
            return {};
        const ImportPlan::Item &item = m_plan->items().at(index.row());
        if (role == Qt::DisplayRole) {
            switch (index.column()) {
            case Action:
                return item.madeFromName ? ImportDialog::tr("new, made from a name")
                                         : ImportPlan::actionLabel(item.action);
            case Record:
                return ImportPlan::recordLabel(item.record);
            case Name:
                return item.label.text(m_language);
            case Id:
                return item.id == item.fileId
                        ? item.id
                        : ImportDialog::tr("%1 (was %2)").arg(item.id, item.fileId);
            case Value:
                return valueText(item);
            }
        }
        if (role == Qt::ToolTipRole && index.column() == Value)
            return valueText(item);
        if (role == SortRole) {
            // What changes the database first, what leaves it alone last; file order within.
            if (index.column() != Action)
                return data(index, Qt::DisplayRole);
            return (rank(item.action) << 32) | index.row();
        }
        if (role == Qt::ForegroundRole && index.column() == Action) {
            switch (item.action) {
            case ImportPlan::Action::New:
            case ImportPlan::Action::Rename:
                return QColor(0x1b, 0x5e, 0x20);
            case ImportPlan::Action::Update:
                return QColor(0xe6, 0x51, 0x00);
            case ImportPlan::Action::Skip:
            case ImportPlan::Action::Unchanged:
            case ImportPlan::Action::Unused:
                return QColor(0x61, 0x61, 0x61);
            }
        }
        return {};
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case Action:
            return ImportDialog::tr("Import");
        case Record:
            return ImportDialog::tr("Record");
        case Name:
            return ImportDialog::tr("Name or title");
        case Id:
            return ImportDialog::tr("Id");
        case Value:
            return ImportDialog::tr("Value and source");
        }
        return {};
    }

    // A figure's value and source; for a figure the database has with other content, both values
    // first, then both sources: "6조 5,464억 원 → 6조 5,500억 원 (KT earnings release → 케이티
    // 분기보고서 (2024.03))".
    QString valueText(const ImportPlan::Item &item) const
    {
        if (!item.figure)
            return {};
        const auto value = [&](const FinancialFigure &f) {
            return Format::money(f.value, f.currency, m_language);
        };
        const auto source = [&](const FinancialFigure &f) {
            const Source *s = m_plan->merged().source(f.sourceId);
            return !s ? f.sourceId : (s->title.isEmpty() ? s->publisher : s->title);
        };
        if (item.previous) {
            return ImportDialog::tr("%1 → %2 (sources: %3 → %4)")
                    .arg(value(*item.previous), value(*item.figure), source(*item.previous),
                         source(*item.figure));
        }
        return ImportDialog::tr("%1 (%2)").arg(value(*item.figure), source(*item.figure));
    }

private:
    const ImportPlan *m_plan = nullptr;
    Language m_language = Language::English;
};

ImportDialog::ImportDialog(const Dataset &current, ImportedData incoming, Language language,
                           QWidget *parent)
    : QDialog(parent), m_current(current), m_incoming(std::move(incoming)), m_language(language)
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(m_incoming.fileName).fileName()));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_policy = new QComboBox(this);
    m_policy->setObjectName(QStringLiteral("policy"));
    m_policy->addItem(tr("Skip them: keep the database's records"), int(DuplicatePolicy::Skip));
    m_policy->addItem(tr("Replace the database's records with the file's"),
                      int(DuplicatePolicy::Replace));
    m_policy->addItem(tr("Keep both: add the file's under new ids"),
                      int(DuplicatePolicy::KeepBoth));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    FormFields::showAsError(m_problem);

    m_model = new ImportPreviewModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ImportPreviewModel::SortRole);
    m_view = FormFields::recordTable(this, "preview", m_proxy, ImportPreviewModel::Action,
                                     ImportPreviewModel::Name,
                                     { ImportPreviewModel::Action, ImportPreviewModel::Record });
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setSectionResizeMode(ImportPreviewModel::Id,
                                                     QHeaderView::Interactive);
    m_view->horizontalHeader()->resizeSection(ImportPreviewModel::Id, 240);
    m_view->horizontalHeader()->setSectionResizeMode(ImportPreviewModel::Value,
                                                     QHeaderView::Interactive);
    m_view->horizontalHeader()->resizeSection(ImportPreviewModel::Value, 440);
    m_view->setColumnHidden(ImportPreviewModel::Value, m_incoming.data.financials.isEmpty());
    m_unresolved = new QLabel(this);
    m_unresolved->setObjectName(QStringLiteral("unresolved"));
    m_unresolved->setWordWrap(true);
    m_unresolved->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_unresolved->setVisible(!m_incoming.unresolved.isEmpty());
    m_unresolved->setText(tr("Not imported:") + QLatin1Char('\n') + QStringLiteral("• ")
                          + m_incoming.unresolved.join(QStringLiteral("\n• ")));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    auto *policyForm = new QFormLayout;
    policyForm->addRow(tr("Records whose id the database already uses:"), m_policy);
    layout->addLayout(policyForm);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_unresolved);
    addPositionsBox(layout);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_policy, &QComboBox::currentIndexChanged, this, &ImportDialog::recompute);
    recompute();
    resize(m_incoming.data.financials.isEmpty() ? 820 : 1200, 520);
}

void ImportDialog::addPositionsBox(QVBoxLayout *layout)
{
    if (m_incoming.positions.isEmpty())
        return;
    m_keepPositions =
            new QCheckBox(tr("Keep the file's layout: place %n node(s) where the file puts them",
                             nullptr, int(m_incoming.positions.size())),
                          this);
    m_keepPositions->setObjectName(QStringLiteral("keepPositions"));
    m_keepPositions->setToolTip(tr("Unchecked, the graph lays the imported entities out itself."));
    layout->addWidget(m_keepPositions);
}

QHash<QString, QPointF> ImportDialog::positions() const
{
    if (!m_keepPositions || !m_keepPositions->isChecked())
        return {};
    return m_plan.positions(m_incoming);
}

ImportDialog::~ImportDialog()
{
    // QDialog's destructor hides a visible dialog after m_plan is gone, and the view asks the
    // model for sizes while hiding: the model must not point at the plan any more.
    m_model->setPlan(nullptr, m_language);
}

DuplicatePolicy ImportDialog::policy() const
{
    return DuplicatePolicy(m_policy->currentData().toInt());
}

void ImportDialog::setPolicy(DuplicatePolicy policy)
{
    m_policy->setCurrentIndex(m_policy->findData(int(policy)));
}

namespace {

void lose(QStringList *lost, bool before, bool after, const QString &field)
{
    if (before && !after)
        lost->append(field);
}

// Both languages of a text: en and ko name the field in each.
void lose(QStringList *lost, const LocalizedText &before, const LocalizedText &after,
          const QString &en, const QString &ko)
{
    lose(lost, !before.en.isEmpty(), !after.en.isEmpty(), en);
    lose(lost, !before.ko.isEmpty(), !after.ko.isEmpty(), ko);
}

} // namespace

QString ImportDialog::lostFields(const ImportPlan &plan, const Dataset &current, Language language)
{
    // Replace takes the file's record as it is: say what a record loses where the file is blank.
    QStringList lines;
    for (const ImportPlan::Item &item : plan.items()) {
        if (item.action != ImportPlan::Action::Update)
            continue;
        QStringList lost;
        if (item.record == QLatin1String("event")) {
            const Event *was = current.event(item.id);
            const Event *will = plan.merged().event(item.id);
            if (!was || !will)
                continue;
            lose(&lost, was->title, will->title, tr("English title"), tr("Korean title"));
            lose(&lost, was->summary, will->summary, tr("English summary"), tr("Korean summary"));
            lose(&lost, was->amount.has_value(), will->amount.has_value(), tr("amount"));
            for (const QString &source : was->sourceIds) {
                if (!will->sourceIds.contains(source)) {
                    const Source *s = current.source(source);
                    lost << tr("source %1").arg(s ? s->publisher : source);
                }
            }
        } else if (item.record == QLatin1String("entity")) {
            const Entity *was = current.entity(item.id);
            const Entity *will = plan.merged().entity(item.id);
            if (!was || !will)
                continue;
            lose(&lost, was->name, will->name, tr("English name"), tr("Korean name"));
            lose(&lost, !was->ticker.isEmpty(), !will->ticker.isEmpty(), tr("ticker"));
            lose(&lost, was->description, will->description, tr("English description"),
                 tr("Korean description"));
        }
        if (!lost.isEmpty())
            lines << tr("“%1” loses its %2")
                             .arg(item.label.text(language), lost.join(QStringLiteral(", ")));
    }
    if (lines.isEmpty())
        return {};
    return QLatin1Char(' ')
            + tr("Replacing takes the file's records as they are: %1.")
                      .arg(lines.join(QStringLiteral("; ")));
}

void ImportDialog::recompute()
{
    m_model->setPlan(nullptr, m_language);
    m_plan = ImportPlan::compute(m_current, m_incoming, policy());
    m_model->setPlan(&m_plan, m_language);
    m_policy->setEnabled(m_plan.conflicts() > 0 || policy() != DuplicatePolicy::Skip);
    m_summary->setText(ImportService::summary(m_plan, m_incoming, m_plan.merged(), m_language)
                       + (m_plan.conflicts() > 0 ? QLatin1Char(' ')
                                          + tr("%n record(s) with an id the database already uses "
                                               "for other content.",
                                               nullptr, m_plan.conflicts())
                                                 : QString())
                       + lostFields(m_plan, m_current, m_language));
    m_problem->setText(m_plan.isValid() ? (m_plan.hasChanges()
                                                   ? QString()
                                                   : tr("The file adds nothing to the database."))
                                        : tr("Cannot import: %1").arg(m_plan.error()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_plan.isValid() && m_plan.hasChanges());
}

} // namespace atlas
