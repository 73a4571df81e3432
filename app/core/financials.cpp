// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "financials.h"

#include <QHash>

#include <cmath>

namespace atlas::Financials {

namespace {

bool sameSeries(const FinancialFigure &a, const FinancialFigure &b)
{
    return a.companyId == b.companyId && a.metric == b.metric && a.currency == b.currency;
}

} // namespace

PartialDate yearAgo(const PartialDate &q)
{
    if (!q.isValid() || q.precision() != PartialDate::Precision::Quarter)
        return {};
    return PartialDate::quarter(q.yearValue() - 1, q.quarterValue());
}

std::optional<FinancialFigure> yearAgoFigure(const Dataset &data, const FinancialFigure &f)
{
    const PartialDate base = yearAgo(f.quarter);
    if (!base.isValid())
        return std::nullopt;
    for (const auto &b : data.financials) {
        if (b.quarter == base && sameSeries(b, f))
            return b;
    }
    return std::nullopt;
}

std::optional<double> change(double before, double now)
{
    if (!(before > 0.0) || now < 0.0)
        return std::nullopt;
    return (now - before) / before;
}

std::optional<double> yearOnYear(const Dataset &data, const FinancialFigure &f)
{
    const auto base = yearAgoFigure(data, f);
    return base ? change(base->value, f.value) : std::nullopt;
}

QList<std::optional<double>> yearOnYearAll(const Dataset &data)
{
    const auto &figures = data.financials;
    auto key = [](const FinancialFigure &f, const PartialDate &q) {
        return f.companyId + QLatin1Char('|') + QString::number(int(f.metric)) + QLatin1Char('|')
                + f.currency + QLatin1Char('|') + q.toString();
    };
    // The first figure of a key wins, as in yearAgoFigure().
    QHash<QString, int> byKey;
    byKey.reserve(figures.size());
    for (qsizetype i = figures.size() - 1; i >= 0; --i) {
        if (figures.at(i).quarter.isValid())
            byKey.insert(key(figures.at(i), figures.at(i).quarter), int(i));
    }
    QList<std::optional<double>> out;
    out.reserve(figures.size());
    for (const auto &f : figures) {
        const PartialDate base = yearAgo(f.quarter);
        const int b = base.isValid() ? byKey.value(key(f, base), -1) : -1;
        out << (b >= 0 ? change(figures.at(b).value, f.value) : std::nullopt);
    }
    return out;
}

Turn turn(const Dataset &data, const FinancialFigure &f)
{
    const auto base = yearAgoFigure(data, f);
    if (!base)
        return Turn::None;
    if (base->value > 0.0 && f.value < 0.0)
        return Turn::ToLoss;
    if (base->value < 0.0 && f.value > 0.0)
        return Turn::ToProfit;
    return Turn::None;
}

std::optional<double> operatingMargin(const std::optional<FinancialFigure> &revenue,
                                      const std::optional<FinancialFigure> &profit)
{
    if (!revenue || !profit || revenue->value == 0.0 || revenue->currency != profit->currency)
        return std::nullopt;
    return profit->value / revenue->value;
}

std::optional<double> operatingMargin(const Dataset &data, const QString &companyId,
                                      const PartialDate &quarter)
{
    return operatingMargin(data.figure(companyId, quarter, Metric::Revenue),
                           data.figure(companyId, quarter, Metric::OperatingProfit));
}

std::optional<PartialDate> latestComparableQuarter(const Dataset &data, const QString &companyId,
                                                   const QDate &from, const QDate &to,
                                                   bool baseInWindow)
{
    std::optional<PartialDate> best;
    for (const auto &f : data.financials) {
        if (f.companyId != companyId || f.metric != Metric::Revenue
            || !f.quarter.overlaps(from, to))
            continue;
        if (best && !(*best < f.quarter))
            continue;
        if (baseInWindow && !yearAgo(f.quarter).overlaps(from, to))
            continue;
        if (yearAgoFigure(data, f))
            best = f.quarter;
    }
    return best;
}

} // namespace atlas::Financials
