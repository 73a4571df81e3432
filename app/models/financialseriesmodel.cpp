// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "financialseriesmodel.h"

#include "core/formatting.h"
#include "models/document.h"
#include "models/modelhelpers.h"
#include "models/roles.h"

#include <algorithm>

namespace atlas {

namespace {
Metric metricOf(int column)
{
    return column == FinancialSeriesModel::OperatingProfit ? Metric::OperatingProfit
                                                           : Metric::Revenue;
}
} // namespace

FinancialSeriesModel::FinancialSeriesModel(Document *document, QObject *parent)
    : TableModelBase(document, ColumnCount, parent)
{
    // Not row by row yet: an edit of figures resets this model (no view uses
    // it); other edits leave its rows as they are.
    connect(document, &Document::aboutToApply, this, [this](const DataEdit &edit) {
        if (!edit.financials.isEmpty())
            onDataAboutToBeReset();
    });
    connect(document, &Document::applied, this, [this] {
        if (isResetting())
            onDataReset();
    });
    connect(document, &Document::timeWindowChanged, this, &FinancialSeriesModel::onDataReset);
}

void FinancialSeriesModel::setCompany(const QString &companyId)
{
    if (companyId == m_company)
        return;
    m_company = companyId;
    onDataReset(); // a whole reset: no other is under way
    Q_EMIT companyChanged(m_company);
}

int FinancialSeriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

TableModelBase::RowFacts FinancialSeriesModel::rowFacts(const QModelIndex &index) const
{
    const PartialDate &quarter = m_rows.at(index.row()).quarter;
    return { m_company, keyOf(metricOf(index.column())), quarter.start(), quarter.end(),
             QStringList{ m_company } };
}

QVariant FinancialSeriesModel::cellData(const QModelIndex &index, int role) const
{
    const Row &row = m_rows.at(index.row());
    const auto &value = row.values.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return value ? QVariant(*value / 1e9) : QVariant();
    case Qt::ToolTipRole:
        return value ? QVariant(Format::money(*value, row.currencies.at(index.column()),
                                              document()->language()))
                     : QVariant();
    case Roles::SortKey:
        return row.quarter.start();
    case Roles::Value:
        return value ? QVariant(*value) : QVariant();
    default:
        return {};
    }
}

QVariant FinancialSeriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal || role != Qt::DisplayRole)
        return TableModelBase::headerData(section, orientation, role);
    if (section < 0 || section >= m_rows.size() || !document())
        return {};
    return Format::date(m_rows.at(section).quarter, document()->language());
}

QStringList FinancialSeriesModel::columnTitles() const
{
    return { labelOf(metricOf(Revenue)), labelOf(metricOf(OperatingProfit)) };
}

PartialDate FinancialSeriesModel::quarterAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).quarter : PartialDate();
}

void FinancialSeriesModel::rebuild()
{
    m_rows.clear();
    if (!document() || m_company.isEmpty())
        return;
    const QDate from = document()->windowFrom();
    const QDate to = document()->windowTo();
    for (const auto &f : document()->data().financials) {
        if (f.companyId != m_company || !f.quarter.overlaps(from, to))
            continue;
        const int column = f.metric == Metric::OperatingProfit ? OperatingProfit : Revenue;
        auto it = std::find_if(m_rows.begin(), m_rows.end(),
                               [&](const Row &r) { return r.quarter == f.quarter; });
        if (it == m_rows.end()) {
            m_rows.append(Row{ f.quarter, {}, {} });
            it = m_rows.end() - 1;
        }
        it->values[column] = f.value;
        it->currencies[column] = f.currency;
    }
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const Row &a, const Row &b) { return a.quarter < b.quarter; });
}

void FinancialSeriesModel::onLanguageChanged()
{
    // Values stay the same; tooltips and quarter labels change.
    ModelHelpers::emitAllChanged(this, { Qt::ToolTipRole });
}

void FinancialSeriesModel::resetHook()
{
    rebuild();
}

} // namespace atlas
