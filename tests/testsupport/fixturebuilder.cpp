// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixturebuilder.h"

namespace atlas::test {

namespace {

const QString kSource = QStringLiteral("src-fixture");

PartialDate date(const QString &text)
{
    const PartialDate d = PartialDate::fromString(text);
    if (!text.isEmpty() && !d.isValid())
        qFatal("fixture: not a date: %s", qPrintable(text));
    return d;
}

} // namespace

FixtureBuilder::FixtureBuilder()
{
    m_data.info.id = QStringLiteral("fixture");
    m_data.info.version = QStringLiteral("1");
    m_data.info.title = { QStringLiteral("Test fixture"), QStringLiteral("시험 데이터") };
    m_data.sources.append({ kSource, QStringLiteral("Fixture Publisher"),
                            QStringLiteral("Fixture source"),
                            QStringLiteral("https://example.com/fixture"),
                            date(QStringLiteral("2024-08-08")), QStringLiteral("en") });
}

FixtureBuilder &FixtureBuilder::entity(const QString &id, EntityKind kind, const QString &en,
                                       const QString &ko, const QString &ticker)
{
    Entity e;
    e.id = id;
    e.kind = kind;
    e.name = { en, ko };
    e.ticker = ticker;
    m_data.entities.append(e);
    return *this;
}

FixtureBuilder &FixtureBuilder::company(const QString &id, const QString &en, const QString &ko,
                                        const QString &ticker)
{
    return entity(id, EntityKind::Company, en, ko, ticker);
}

FixtureBuilder &FixtureBuilder::event(const QString &id, EventKind kind, const QString &when,
                                      const QString &en, const QStringList &participants,
                                      const QString &ko)
{
    Event e;
    e.id = id;
    e.kind = kind;
    e.date = date(when);
    e.title = { en, ko };
    for (const auto &p : participants)
        e.participants.append({ p, Role::Partner });
    e.sourceIds = { kSource };
    m_data.events.append(e);
    return *this;
}

FixtureBuilder &FixtureBuilder::partnership(const QString &a, const QString &b, const QString &when)
{
    const QString id = QStringLiteral("ev-%1-%2-%3").arg(when, a, b);
    auto name = [this](const QString &entityId) {
        const Entity *e = m_data.entity(entityId);
        return e ? e->name.en : entityId;
    };
    event(id, EventKind::Partnership, when,
          QStringLiteral("%1 partners with %2").arg(name(a), name(b)), { a, b });
    relationship(QStringLiteral("rel-%1-%2-%3").arg(when, a, b), RelationshipType::Partner, a, b,
                 when);
    m_data.relationships.last().eventId = id;
    return *this;
}

FixtureBuilder &FixtureBuilder::relationship(const QString &id, RelationshipType type,
                                             const QString &from, const QString &to,
                                             const QString &validFrom, const QString &validUntil)
{
    Relationship r;
    r.id = id;
    r.type = type;
    r.fromId = from;
    r.toId = to;
    r.validFrom = date(validFrom);
    r.validUntil = date(validUntil);
    r.sourceIds = { kSource };
    m_data.relationships.append(r);
    return *this;
}

FixtureBuilder &FixtureBuilder::figure(const QString &company, const QString &quarter,
                                       Metric metric, double value, const QString &currency)
{
    FinancialFigure f;
    f.companyId = company;
    f.quarter = date(quarter);
    f.metric = metric;
    f.value = value;
    f.currency = currency;
    f.sourceId = kSource;
    m_data.financials.append(f);
    return *this;
}

Dataset smallFixture()
{
    FixtureBuilder b;
    b.company(QStringLiteral("alpha"), QStringLiteral("Alpha Telecom"),
              QStringLiteral("알파텔레콤"), QStringLiteral("KRX:000010"))
            .company(QStringLiteral("beta"), QStringLiteral("Beta AI"), QStringLiteral("베타AI"))
            .company(QStringLiteral("gamma"), QStringLiteral("Gamma Mobile"),
                     QStringLiteral("감마모바일"), QStringLiteral("KRX:000020"))
            .entity(QStringLiteral("dana"), EntityKind::Person, QStringLiteral("Dana Kim"),
                    QStringLiteral("김다나"))
            .entity(QStringLiteral("ring"), EntityKind::Alliance, QStringLiteral("Ring Alliance"),
                    QStringLiteral("링 얼라이언스"))
            .partnership(QStringLiteral("alpha"), QStringLiteral("beta"),
                         QStringLiteral("2024-06-13"))
            .event(QStringLiteral("ev-2024-q3-gamma-launch"), EventKind::Launch,
                   QStringLiteral("2024-Q3"), QStringLiteral("Gamma launches an assistant"),
                   { QStringLiteral("gamma") }, QStringLiteral("감마 비서 출시"))
            .event(QStringLiteral("ev-2023-ring"), EventKind::Establishment, QStringLiteral("2023"),
                   QStringLiteral("Ring Alliance founded"),
                   { QStringLiteral("alpha"), QStringLiteral("gamma"), QStringLiteral("ring") })
            .event(QStringLiteral("ev-2024-09-alpha-plan"), EventKind::Plan,
                   QStringLiteral("2024-09"), QStringLiteral("Alpha plans an AI data centre"),
                   { QStringLiteral("alpha"), QStringLiteral("dana") })
            .event(QStringLiteral("ev-2025-02-03-beta-contract"), EventKind::Contract,
                   QStringLiteral("2025-02-03"), QStringLiteral("Beta supplies Gamma"),
                   { QStringLiteral("beta"), QStringLiteral("gamma") })
            .relationship(QStringLiteral("rel-alpha-ring"), RelationshipType::MemberOf,
                          QStringLiteral("alpha"), QStringLiteral("ring"), QStringLiteral("2023"))
            .relationship(QStringLiteral("rel-gamma-ring"), RelationshipType::MemberOf,
                          QStringLiteral("gamma"), QStringLiteral("ring"), QStringLiteral("2023"))
            .relationship(QStringLiteral("rel-beta-gamma"), RelationshipType::Supplies,
                          QStringLiteral("beta"), QStringLiteral("gamma"),
                          QStringLiteral("2025-02-03"));
    const double revenue[] = { 6500, 6600, 6700, 6800, 6550, 6650, 6750, 6850 };
    const double profit[] = { 500, 320, 260, 510, 490, 340, 280, 520 };
    for (int i = 0; i < 8; ++i) {
        const QString quarter = QStringLiteral("%1-Q%2").arg(2023 + i / 4).arg(i % 4 + 1);
        b.figure(QStringLiteral("alpha"), quarter, Metric::Revenue, revenue[i] * 1e9)
                .figure(QStringLiteral("alpha"), quarter, Metric::OperatingProfit, profit[i] * 1e9);
    }
    return b.build();
}

} // namespace atlas::test
