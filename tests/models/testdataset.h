// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small hand-made dataset the model tests share: every date precision, both languages,
// tickers, and financial figures whose year-on-year changes are known.

#include "core/dataset.h"

#include <QSet>
#include <QStringList>

namespace atlas::TestData {

inline Entity entity(const char *id, EntityKind kind, const QString &en, const QString &ko,
                     const char *ticker = "")
{
    Entity e;
    e.id = QString::fromLatin1(id);
    e.kind = kind;
    e.name = { en, ko };
    e.ticker = QString::fromLatin1(ticker);
    return e;
}

inline Event event(const char *id, EventKind kind, const char *date, const QString &en,
                   const QString &ko, const QStringList &participants)
{
    Event ev;
    ev.id = QString::fromLatin1(id);
    ev.kind = kind;
    ev.date = PartialDate::fromString(QString::fromLatin1(date));
    Q_ASSERT(ev.date.isValid());
    ev.title = { en, ko };
    for (const auto &p : participants)
        ev.participants.append({ p, Role::Partner });
    return ev;
}

inline Relationship relationship(const char *id, RelationshipType type, const char *from,
                                 const char *to, const char *validFrom, const char *validUntil = "")
{
    Relationship r;
    r.id = QString::fromLatin1(id);
    r.type = type;
    r.fromId = QString::fromLatin1(from);
    r.toId = QString::fromLatin1(to);
    r.validFrom = PartialDate::fromString(QString::fromLatin1(validFrom));
    r.validUntil = PartialDate::fromString(QString::fromLatin1(validUntil));
    return r;
}

inline FinancialFigure figure(const char *company, const char *quarter, Metric metric, double value)
{
    FinancialFigure f;
    f.companyId = QString::fromLatin1(company);
    f.quarter = PartialDate::fromString(QString::fromLatin1(quarter));
    f.metric = metric;
    f.value = value;
    f.sourceId = QStringLiteral("src-kt-ir");
    return f;
}

inline Dataset makeDataset()
{
    Dataset d;
    d.info.id = QStringLiteral("test");
    d.info.version = QStringLiteral("1");
    d.sources.append({ QStringLiteral("src-kt-ir"),
                       QStringLiteral("KT Investor Relations"),
                       QStringLiteral("2Q24 earnings release"),
                       {},
                       PartialDate::fromString(QStringLiteral("2024-08-08")),
                       QStringLiteral("en") });

    d.entities = {
        entity("kt", EntityKind::Company, QStringLiteral("KT"), QStringLiteral("KT"), "KRX:030200"),
        entity("microsoft", EntityKind::Company, QStringLiteral("Microsoft"),
               QStringLiteral("마이크로소프트"), "NASDAQ:MSFT"),
        entity("sk-telecom", EntityKind::Company, QStringLiteral("SK Telecom"),
               QStringLiteral("SK텔레콤"), "KRX:017670"),
        entity("perplexity", EntityKind::Company, QStringLiteral("Perplexity"),
               QStringLiteral("퍼플렉시티")),
        entity("lg-uplus", EntityKind::Company, QStringLiteral("LG Uplus"),
               QStringLiteral("LG유플러스"), "KRX:032640"),
        entity("gtaa", EntityKind::Alliance, QStringLiteral("Global Telco AI Alliance"),
               QStringLiteral("글로벌 텔코 AI 얼라이언스")),
        // Only an English name: Korean display falls back to it.
        entity("ixi-o", EntityKind::Product, QStringLiteral("ixi-O"), QString()),
    };

    // Deliberately not in date order, so sorting has something to do.
    Event ktMs = event("ev-kt-ms", EventKind::Partnership, "2024-09-27",
                       QStringLiteral("KT and Microsoft sign AI partnership"),
                       QStringLiteral("KT·마이크로소프트 AI 협력 체결"),
                       { QStringLiteral("kt"), QStringLiteral("microsoft") });
    ktMs.summary = { QStringLiteral("A five-year cooperation on AI and cloud."),
                     QStringLiteral("AI와 클라우드 분야 5년 협력.") };
    Amount indicative;
    indicative.precision = AmountPrecision::Indicative;
    indicative.currency = QStringLiteral("KRW");
    indicative.text = { QStringLiteral("several trillion won over five years"),
                        QStringLiteral("5년간 수조 원") };
    ktMs.amount = indicative;

    Event pplx = event("ev-skt-pplx", EventKind::Investment, "2024-06",
                       QStringLiteral("SK Telecom invests in Perplexity"),
                       QStringLiteral("SK텔레콤, 퍼플렉시티에 투자"),
                       { QStringLiteral("sk-telecom"), QStringLiteral("perplexity") });
    Amount usd;
    usd.precision = AmountPrecision::Exact;
    usd.currency = QStringLiteral("USD");
    usd.value = 10e6;
    pplx.amount = usd;

    Event gtaa = event("ev-gtaa", EventKind::Establishment, "2024-06-01",
                       QStringLiteral("Global Telco AI Alliance founded"),
                       QStringLiteral("글로벌 텔코 AI 얼라이언스 출범"),
                       { QStringLiteral("gtaa"), QStringLiteral("sk-telecom") });
    gtaa.summary = { QStringLiteral("Founding members include Deutsche Telekom and e&."),
                     QStringLiteral("도이치텔레콤과 이앤드가 창립 회원사다.") };

    const Event ixi = event(
            "ev-lgu-ixi", EventKind::Launch, "2024-Q3", QStringLiteral("LG Uplus launches ixi-O"),
            QStringLiteral("LG유플러스, 익시오 출시"), { QStringLiteral("lg-uplus") });
    const Event plan = event("ev-kt-plan", EventKind::Plan, "2025",
                             QStringLiteral("KT AI transformation plan"),
                             QStringLiteral("KT AI 전환 계획"), { QStringLiteral("kt") });

    Event earnings = event("ev-kt-earn", EventKind::Earnings, "2024-08-08",
                           QStringLiteral("KT second-quarter results"),
                           QStringLiteral("KT 2분기 실적 발표"), { QStringLiteral("kt") });
    Amount op;
    op.precision = AmountPrecision::Exact;
    op.currency = QStringLiteral("KRW");
    op.value = 494.0e9;
    earnings.amount = op;

    d.events = { ktMs, plan, pplx, earnings, ixi, gtaa };

    d.relationships = {
        relationship("rel-kt-ms", RelationshipType::Partner, "kt", "microsoft", "2024-09-27"),
        relationship("rel-skt-pplx", RelationshipType::InvestsIn, "sk-telecom", "perplexity",
                     "2024-06"),
        relationship("rel-skt-gtaa", RelationshipType::MemberOf, "sk-telecom", "gtaa", "2023-07"),
        // Start unknown, ended in March 2024.
        relationship("rel-lgu-ms", RelationshipType::Partner, "lg-uplus", "microsoft", "",
                     "2024-03"),
    };
    d.relationships[0].eventId = QStringLiteral("ev-kt-ms");

    // Not in table order either.
    d.financials = {
        figure("sk-telecom", "2024-Q2", Metric::Revenue, 4322.4e9),
        figure("kt", "2024-Q2", Metric::OperatingProfit, 494.0e9),
        figure("kt", "2024-Q2", Metric::Revenue, 6546.4e9),
        figure("kt", "2023-Q2", Metric::OperatingProfit, 576.1e9),
        figure("kt", "2023-Q2", Metric::Revenue, 6547.5e9),
        figure("kt", "2024-Q1", Metric::Revenue, 6654.6e9),
        figure("kt", "2024-Q1", Metric::OperatingProfit, 506.5e9),
    };
    return d;
}

inline QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.begin(), list.end());
}

} // namespace atlas::TestData
