// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The figures the chart tests draw, fixed here so the tests follow the charts and not the
// built-in dataset: KT's five quarters from 2023 Q2 to 2024 Q2 and the second quarters of 2023
// and 2024 of SK Telecom and LG Uplus (the first edition of the built-in data, KRW billion).

#include "core/dataset.h"

namespace atlas::ChartFixture {

inline Dataset dataset()
{
    using namespace Qt::StringLiterals;
    Dataset d;
    d.info.id = u"chart-fixture"_s;
    d.info.version = u"1"_s;
    d.sources = {
        { u"src-kt"_s, u"KT Corporation"_s, u"2Q24 earnings release"_s, u"https://example.com/kt"_s,
          PartialDate::fromString(u"2024-08-09"_s), u"en"_s },
        { u"src-peers"_s, u"Yonhap News Agency (연합뉴스)"_s,
          u"Second-quarter results of the operators"_s, u"https://example.com/peers"_s,
          PartialDate::fromString(u"2024-08-08"_s), u"en"_s },
    };
    auto company = [](const QString &id, const QString &en, const QString &ko,
                      const QString &ticker) {
        Entity e;
        e.id = id;
        e.kind = EntityKind::Company;
        e.name = { en, ko };
        e.ticker = ticker;
        return e;
    };
    d.entities = { company(u"kt"_s, u"KT"_s, u"케이티"_s, u"KRX:030200"_s),
                   company(u"microsoft"_s, u"Microsoft"_s, u"마이크로소프트"_s, QString()),
                   company(u"sk-telecom"_s, u"SK Telecom"_s, u"SK텔레콤"_s, u"KRX:017670"_s),
                   company(u"lg-uplus"_s, u"LG Uplus"_s, u"LG유플러스"_s, u"KRX:032640"_s) };
    Entity person;
    person.id = u"kim-young-shub"_s;
    person.kind = EntityKind::Person;
    person.name = { u"Kim Young-shub"_s, u"김영섭"_s };
    d.entities << person;

    auto add = [&d](const QString &company, const QString &quarter, double revenue, double profit,
                    const QString &source) {
        for (const auto &[metric, value] : { std::pair{ Metric::Revenue, revenue },
                                             std::pair{ Metric::OperatingProfit, profit } }) {
            FinancialFigure f;
            f.companyId = company;
            f.quarter = PartialDate::fromString(quarter);
            f.metric = metric;
            f.value = value * 1e9;
            f.sourceId = source;
            d.financials << f;
        }
    };
    add(u"kt"_s, u"2023-Q2"_s, 6547.5, 576.1, u"src-kt"_s);
    add(u"kt"_s, u"2023-Q3"_s, 6697.4, 321.9, u"src-kt"_s);
    add(u"kt"_s, u"2023-Q4"_s, 6698.4, 265.6, u"src-kt"_s);
    add(u"kt"_s, u"2024-Q1"_s, 6654.6, 506.5, u"src-kt"_s);
    add(u"kt"_s, u"2024-Q2"_s, 6546.4, 494.0, u"src-kt"_s);
    add(u"sk-telecom"_s, u"2023-Q2"_s, 4306.4, 463.4, u"src-peers"_s);
    add(u"sk-telecom"_s, u"2024-Q2"_s, 4422.4, 537.5, u"src-peers"_s);
    add(u"lg-uplus"_s, u"2023-Q2"_s, 3429.3, 288.0, u"src-peers"_s);
    add(u"lg-uplus"_s, u"2024-Q2"_s, 3493.7, 254.0, u"src-peers"_s);
    return d;
}

// The fixture a year later: KT's restructuring loss in 2024 Q4 (with its note), 2024 Q3 of KT
// that no source reported (a known gap), and LG Uplus's 2024 Q4 revenue known, its profit not.
inline Dataset withLossAndGaps()
{
    using namespace Qt::StringLiterals;
    Dataset d = dataset();
    FinancialFigure loss;
    loss.companyId = u"kt"_s;
    loss.quarter = PartialDate::quarter(2024, 4);
    loss.metric = Metric::OperatingProfit;
    loss.value = -655.1e9;
    loss.sourceId = u"src-kt"_s;
    loss.note = { u"About KRW 1 trillion of one-off restructuring cost."_s,
                  u"약 1조 원의 일회성 구조조정 비용."_s };
    FinancialFigure revenue = loss;
    revenue.metric = Metric::Revenue;
    revenue.value = 6575.6e9;
    revenue.note = {};
    FinancialFigure lgRevenue = revenue;
    lgRevenue.companyId = u"lg-uplus"_s;
    lgRevenue.value = 3753.2e9;
    lgRevenue.sourceId = u"src-peers"_s;
    d.financials << revenue << loss << lgRevenue;
    for (Metric m : { Metric::Revenue, Metric::OperatingProfit }) {
        FigureGap gap;
        gap.companyId = u"kt"_s;
        gap.quarter = PartialDate::quarter(2024, 3);
        gap.metric = m;
        gap.reason = { u"No source reports this quarter."_s, u"이 분기를 보도한 자료가 없다."_s };
        d.info.knownGaps << gap;
    }
    FigureGap lgProfit;
    lgProfit.companyId = u"lg-uplus"_s;
    lgProfit.quarter = PartialDate::quarter(2024, 4);
    lgProfit.metric = Metric::OperatingProfit;
    lgProfit.reason = { u"Only a derived value exists."_s, u"추산값만 있다."_s };
    d.info.knownGaps << lgProfit;
    return d;
}

} // namespace atlas::ChartFixture
