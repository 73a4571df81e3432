// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset.h"

#include <algorithm>

namespace atlas {

namespace {
template<typename T> int indexById(const QList<T> &list, const QString &id)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).id == id)
            return int(i);
    }
    return -1;
}
template<typename T> const T *findById(const QList<T> &list, const QString &id)
{
    const int i = indexById(list, id);
    return i < 0 ? nullptr : &list.at(i);
}
} // namespace

const Entity *Dataset::entity(const QString &id) const { return findById(entities, id); }
const Event *Dataset::event(const QString &id) const { return findById(events, id); }
const Source *Dataset::source(const QString &id) const { return findById(sources, id); }
const Relationship *Dataset::relationship(const QString &id) const { return findById(relationships, id); }
int Dataset::entityIndex(const QString &id) const { return indexById(entities, id); }
int Dataset::eventIndex(const QString &id) const { return indexById(events, id); }

QString Dataset::resolveEntity(const QString &nameOrId) const
{
    const QString needle = nameOrId.trimmed();
    if (needle.isEmpty())
        return {};
    auto same = [&](const QString &s) { return !s.isEmpty() && s.compare(needle, Qt::CaseInsensitive) == 0; };
    for (const auto &e : entities) {
        if (same(e.id) || same(e.name.en) || same(e.name.ko) || same(e.ticker))
            return e.id;
        if (e.ticker.contains(QLatin1Char(':')) && same(e.ticker.section(QLatin1Char(':'), 1)))
            return e.id;
    }
    return {};
}

QList<FinancialFigure> Dataset::series(const QString &companyId, Metric metric) const
{
    QList<FinancialFigure> out;
    for (const auto &f : financials) {
        if (f.companyId == companyId && f.metric == metric)
            out.append(f);
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.quarter < b.quarter; });
    return out;
}

std::optional<FinancialFigure> Dataset::figure(const QString &companyId, const PartialDate &quarter, Metric metric) const
{
    for (const auto &f : financials) {
        if (f.companyId == companyId && f.quarter == quarter && f.metric == metric)
            return f;
    }
    return std::nullopt;
}

const FigureGap *Dataset::knownGap(const QString &companyId, const PartialDate &quarter, Metric metric) const
{
    for (const auto &g : info.knownGaps) {
        if (g.companyId == companyId && g.quarter == quarter && g.metric == metric)
            return &g;
    }
    return nullptr;
}

} // namespace atlas
