// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "financialtablemodel.h"

#include "core/displayname.h"
#include "core/financials.h"
#include "core/formatting.h"
#include "core/keyedtext.h"
#include "models/document.h"
#include "models/modelhelpers.h"
#include "models/roles.h"
#include "core/dataedit.h"

#include <algorithm>
#include <limits>

namespace atlas {

FinancialTableModel::FinancialTableModel(Document *document, QObject *parent)
    : TableModelBase(document, ColumnCount, parent)
{
    connect(document, &Document::recordsAboutToBeRemoved, this,
            [this](RecordType type, int first, int last) {
                if (type == RecordType::Financial)
                    onFiguresAboutToBeRemoved(first, last);
            });
    connect(document, &Document::recordsRemoved, this,
            [this](RecordType type, int first, int last) {
                if (type == RecordType::Financial)
                    onFiguresRemoved(first, last);
            });
    connect(document, &Document::recordsInserted, this,
            [this](RecordType type, int first, int last) {
                if (type == RecordType::Financial)
                    onFiguresInserted(first, last);
            });
    connect(document, &Document::applied, this, [this](const DataEdit &edit) {
        const QSet<QString> companies = edit.entities.touchedIds();
        // An edit of entities without figures (most of them in a large dataset) changes nothing
        // here.
        const QList<FinancialFigure> &figures = this->document()->data().financials;
        if (edit.financials.isEmpty()
            && std::none_of(m_rows.cbegin(), m_rows.cend(), [&](const Row &r) {
                   return companies.contains(figures.at(r.figure).companyId);
               }))
            return;
        refreshChanges(companies);
    });
    rebuild();
}

int FinancialTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

TableModelBase::RowFacts FinancialTableModel::rowFacts(const QModelIndex &index) const
{
    const FinancialFigure &f = document()->data().financials.at(m_rows.at(index.row()).figure);
    return { f.companyId, keyOf(f.metric), f.quarter.start(), f.quarter.end(),
             QStringList{ f.companyId } };
}

bool FinancialTableModel::isNumberColumn(int column) const
{
    return column == Value || column == Change;
}

QVariant FinancialTableModel::cellData(const QModelIndex &index, int role) const
{
    const Row &row = m_rows.at(index.row());
    const Dataset &data = document()->data();
    const FinancialFigure &f = data.financials.at(row.figure);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole: {
        const Source *source = data.source(f.sourceId);
        const QString publisher = source ? source->publisher : f.sourceId;
        const QString tip = tr("Basis: %1\nSource: %2").arg(basisLabel(f.basis), publisher);
        // A one-off item or a disagreeing source goes with the number.
        return f.note.isEmpty() ? tip
                                : tip + QLatin1Char('\n') + f.note.text(document()->language());
    }
    case Roles::SortKey:
        switch (index.column()) {
        case Company: {
            const int i = data.entityIndex(f.companyId);
            return i < 0 ? std::numeric_limits<int>::max() : i;
        }
        case Quarter:
            return f.quarter.start();
        case Metric:
            return int(f.metric);
        case Value:
            return f.value;
        case Change:
            return row.change ? QVariant(*row.change) : QVariant();
        default:
            return {};
        }
    case Roles::Value:
        return f.value;
    case Roles::SearchText:
        return ModelHelpers::entitySearchTerms(data, f.companyId).join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QStringList FinancialTableModel::columnTitles() const
{
    return { tr("Company"), tr("Quarter"), tr("Metric"), tr("Value"), tr("Change (YoY)") };
}

std::optional<double> FinancialTableModel::changeAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row).change;
}

void FinancialTableModel::rebuild()
{
    m_rows.clear();
    if (!document())
        return;
    const Dataset &data = document()->data();
    const auto &figures = data.financials;
    const QList<std::optional<double>> changes = Financials::yearOnYearAll(data);

    m_rows.reserve(figures.size());
    for (qsizetype i = 0; i < figures.size(); ++i)
        m_rows.append(Row{ int(i), changes.at(i) });

    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [&](const Row &a, const Row &b) { return lessThan(a, b); });
}

bool FinancialTableModel::lessThan(const Row &a, const Row &b) const
{
    const Dataset &data = document()->data();
    auto companyOrder = [&](const QString &id) {
        const int i = data.entityIndex(id);
        return i < 0 ? std::numeric_limits<int>::max() : i;
    };
    const auto &fa = data.financials.at(a.figure);
    const auto &fb = data.financials.at(b.figure);
    const int ca = companyOrder(fa.companyId);
    const int cb = companyOrder(fb.companyId);
    if (ca != cb)
        return ca < cb;
    if (fa.companyId != fb.companyId)
        return fa.companyId < fb.companyId;
    if (fa.quarter != fb.quarter)
        return fa.quarter < fb.quarter;
    return int(fa.metric) < int(fb.metric);
}

void FinancialTableModel::onFiguresAboutToBeRemoved(int first, int last)
{
    // From the bottom up, one run of consecutive rows at a time.
    int row = int(m_rows.size()) - 1;
    while (row >= 0) {
        auto going = [&](int r) {
            return m_rows.at(r).figure >= first && m_rows.at(r).figure <= last;
        };
        if (!going(row)) {
            --row;
            continue;
        }
        int top = row;
        while (top > 0 && going(top - 1))
            --top;
        beginRemoveRows({}, top, row);
        m_rows.remove(top, row - top + 1);
        endRemoveRows();
        row = top - 1;
    }
}

void FinancialTableModel::onFiguresRemoved(int first, int last)
{
    const int count = last - first + 1;
    for (Row &row : m_rows) {
        if (row.figure > last)
            row.figure -= count;
    }
}

void FinancialTableModel::onFiguresInserted(int first, int last)
{
    const int count = last - first + 1;
    for (Row &row : m_rows) {
        if (row.figure >= first)
            row.figure += count;
    }
    for (int figure = first; figure <= last; ++figure) {
        Row row;
        row.figure = figure;
        const auto at =
                std::upper_bound(m_rows.cbegin(), m_rows.cend(), row,
                                 [&](const Row &a, const Row &b) { return lessThan(a, b); });
        const int position = int(at - m_rows.cbegin());
        beginInsertRows({}, position, position);
        m_rows.insert(position, row);
        endInsertRows();
    }
}

void FinancialTableModel::refreshChanges(const QSet<QString> &companies)
{
    const QList<Row> before = m_rows;
    rebuild(); // figures are few (hundreds): the same rows, in the same order, with fresh changes
    bool sameRows = before.size() == m_rows.size();
    for (qsizetype i = 0; sameRows && i < m_rows.size(); ++i)
        sameRows = before.at(i).figure == m_rows.at(i).figure;
    if (!sameRows) {
        // Only when a rename of a company reorders companies; never for the edits of the app.
        beginResetModel();
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (before.at(i).change != m_rows.at(i).change)
            Q_EMIT dataChanged(index(int(i), Change), index(int(i), Change));
    }
    // The names of the companies edited, in runs of their rows.
    const QList<FinancialFigure> &figures = document()->data().financials;
    for (int i = 0; i < int(m_rows.size());) {
        if (!companies.contains(figures.at(m_rows.at(i).figure).companyId)) {
            ++i;
            continue;
        }
        int last = i;
        while (last + 1 < int(m_rows.size())
               && companies.contains(figures.at(m_rows.at(last + 1).figure).companyId))
            ++last;
        Q_EMIT dataChanged(index(i, Company), index(last, Company));
        i = last + 1;
    }
}

QString FinancialTableModel::displayText(const Row &row, int column) const
{
    const Dataset &data = document()->data();
    const FinancialFigure &f = data.financials.at(row.figure);
    const Language lang = document()->language();
    switch (column) {
    case Company:
        return displayName(data, f.companyId, lang);
    case Quarter:
        return Format::date(f.quarter, lang);
    case Metric:
        return labelOf(f.metric);
    case Value:
        return Format::money(f.value, f.currency, lang);
    case Change:
        return row.change ? Format::percent(*row.change, lang) : QString();
    default:
        return {};
    }
}

QString FinancialTableModel::basisLabel(const QString &basis)
{
    static constexpr KeyedText labels[] = {
        { "consolidated-kifrs", QT_TR_NOOP("Consolidated, K-IFRS") },
        { "separate-kifrs", QT_TR_NOOP("Separate, K-IFRS") },
        // DART imports: a fourth quarter is the annual figure minus the nine-month cumulative.
        { "consolidated-kifrs-q4-computed",
          QT_TR_NOOP("Consolidated, K-IFRS; Q4 computed as the annual figure minus nine months") },
        { "separate-kifrs-q4-computed",
          QT_TR_NOOP("Separate, K-IFRS; Q4 computed as the annual figure minus nine months") },
    };
    const char *label = textOfKey(labels, basis);
    return label ? tr(label) : basis;
}

void FinancialTableModel::resetHook()
{
    rebuild();
}

} // namespace atlas
