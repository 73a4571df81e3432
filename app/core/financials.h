// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The rules about financial figures that every view shares: the table model, the charts and the
// briefing call these, so a figure gets the same year-on-year change, margin and comparison
// quarter wherever it is shown.

#include "dataset.h"

#include <QDate>
#include <QList>

#include <optional>

namespace atlas::Financials {

// The same quarter a year earlier; invalid when q is not a quarter.
PartialDate yearAgo(const PartialDate &q);

// The figure of the same company and metric a year before f, in f's currency. The currency rule:
// amounts in two currencies are never compared or converted, so a year-ago figure that exists only
// in another currency counts as missing (std::nullopt), exactly like no figure at all.
std::optional<FinancialFigure> yearAgoFigure(const Dataset &data, const FinancialFigure &f);

// A change as a ratio (0.05 is +5 %), only from a positive base to a value that is not a loss:
// 265.6 billion to a loss of 655.1 billion is not "−346.6 %", it is a turn to a loss.
std::optional<double> change(double before, double now);

// Year-on-year change of f: change() against yearAgoFigure(); nullopt when there is no
// comparable figure or the change would mislead.
std::optional<double> yearOnYear(const Dataset &data, const FinancialFigure &f);

// The year-on-year change of every figure of data.financials, in that order: the same answers
// as yearOnYear(), found with one index instead of a scan per figure.
QList<std::optional<double>> yearOnYearAll(const Dataset &data);

// When the sign of f turned against the comparable figure a year earlier.
enum class Turn { None, ToLoss, ToProfit };
Turn turn(const Dataset &data, const FinancialFigure &f);

// Operating profit over revenue as a ratio; nullopt when either is missing, revenue is zero or
// the two are in different currencies.
std::optional<double> operatingMargin(const std::optional<FinancialFigure> &revenue,
                                      const std::optional<FinancialFigure> &profit);
std::optional<double> operatingMargin(const Dataset &data, const QString &companyId,
                                      const PartialDate &quarter);

// The latest quarter of a company within [from, to] (an invalid bound is open) whose revenue has a
// comparable figure a year earlier (yearAgoFigure). With baseInWindow, the year-ago quarter must
// lie in the window too (a chart that draws both). nullopt when no quarter qualifies.
std::optional<PartialDate> latestComparableQuarter(const Dataset &data, const QString &companyId,
                                                   const QDate &from, const QDate &to,
                                                   bool baseInWindow = false);

} // namespace atlas::Financials
