// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datalimits.h"

#include <cmath>

namespace atlas {

QString DataLimits::checkLength(const QString &text, int max)
{
    if (text.size() <= max)
        return {};
    return tr("is %1 characters long; at most %2 are allowed").arg(text.size()).arg(max);
}

QString DataLimits::checkYear(int year)
{
    if (year == 0 || (year >= minYear && year <= maxYear))
        return {};
    return tr("the year %1 is outside %2–%3").arg(year).arg(minYear).arg(maxYear);
}

QString DataLimits::checkAmount(double value)
{
    if (std::isfinite(value) && std::abs(value) <= maxAmount)
        return {};
    return tr("%1 is beyond ±%2").arg(value).arg(maxAmount);
}

QString DataLimits::tooManyRecords()
{
    return tr("has more than %1 records; split it into smaller files").arg(maxRecordsPerFile);
}

} // namespace atlas
