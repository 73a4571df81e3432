// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticdataset.h"

#include <QRandomGenerator>

namespace atlas {

Dataset makeSyntheticDataset(const SyntheticOptions &o)
{
    QRandomGenerator rng(o.seed);
    Dataset d;
    d.info.id = QStringLiteral("synthetic-%1").arg(o.seed);
    d.info.version = QStringLiteral("1");
    d.info.title = { QStringLiteral("Synthetic dataset"), QStringLiteral("합성 데이터") };

    d.sources.append({ QStringLiteral("src-synthetic"),
                       QStringLiteral("Telco Atlas generator"),
                       QStringLiteral("Generated test data"),
                       {},
                       {},
                       QStringLiteral("en") });

    const auto entityKinds = allValues<EntityKind>();
    for (int i = 0; i < o.companies; ++i) {
        Entity e;
        e.id = QStringLiteral("c%1").arg(i);
        // Mostly companies, with some of every other kind so views meet them all.
        e.kind = i % 5 == 0 ? entityKinds.at(int(rng.bounded(int(entityKinds.size()))))
                            : EntityKind::Company;
        e.name = { QStringLiteral("Company %1").arg(i), QStringLiteral("회사 %1").arg(i) };
        if (i % 7 == 0)
            e.ticker = QStringLiteral("KRX:%1").arg(100000 + i, 6, 10, QLatin1Char('0'));
        d.entities.append(e);
    }

    const auto eventKinds = allValues<EventKind>();
    const qint64 span = qMax<qint64>(1, o.from.daysTo(o.to));
    // As a database load does (lists reserved to their size), so a benchmark's memory is a
    // user's, not the slack of a list grown one event at a time.
    d.events.reserve(o.companies > 0 ? o.events : 0);
    for (int i = 0; i < o.events && o.companies > 0; ++i) {
        Event ev;
        ev.id = QStringLiteral("e%1").arg(i);
        ev.kind = eventKinds.at(int(rng.bounded(int(eventKinds.size()))));
        const QDate day = o.from.addDays(qint64(rng.bounded(quint32(span + 1))));
        switch (rng.bounded(4)) {
        case 0:
            ev.date = PartialDate::month(day.year(), day.month());
            break;
        case 1:
            ev.date = PartialDate::quarter(day.year(), (day.month() - 1) / 3 + 1);
            break;
        default:
            ev.date = PartialDate::day(day.year(), day.month(), day.day());
        }
        ev.title = { QStringLiteral("Event %1").arg(i), QStringLiteral("사건 %1").arg(i) };
        const int a = int(rng.bounded(o.companies));
        ev.participants.append({ d.entities.at(a).id, Role::Partner });
        if (o.companies > 1) {
            const int b = (a + 1 + int(rng.bounded(o.companies - 1))) % o.companies;
            ev.participants.append({ d.entities.at(b).id, Role::Partner });
        }
        if (i % 3 == 0) {
            Amount am;
            am.precision = i % 2 ? AmountPrecision::Exact : AmountPrecision::Approximate;
            am.currency = QStringLiteral("KRW");
            am.value = double(rng.bounded(1, 1000)) * 1e9;
            ev.amount = am;
        }
        ev.sourceIds = { QStringLiteral("src-synthetic") };
        d.events.append(std::move(ev));
    }

    const auto types = allValues<RelationshipType>();
    for (int i = 0; i < o.relationships && o.companies > 1; ++i) {
        Relationship r;
        r.id = QStringLiteral("r%1").arg(i);
        r.type = types.at(int(rng.bounded(int(types.size()))));
        const int a = int(rng.bounded(o.companies));
        const int b = (a + 1 + int(rng.bounded(o.companies - 1))) % o.companies;
        r.fromId = d.entities.at(a).id;
        r.toId = d.entities.at(b).id;
        const QDate day = o.from.addDays(qint64(rng.bounded(quint32(span + 1))));
        r.validFrom = PartialDate::day(day.year(), day.month(), day.day());
        r.sourceIds = { QStringLiteral("src-synthetic") };
        d.relationships.append(r);
    }

    for (int c = 0; c < qMin(o.companies, 10); ++c) {
        for (int y = o.from.year(); y <= o.to.year(); ++y) {
            for (int q = 1; q <= 4; ++q) {
                for (Metric m : allValues<Metric>()) {
                    FinancialFigure f;
                    f.companyId = d.entities.at(c).id;
                    f.quarter = PartialDate::quarter(y, q);
                    f.metric = m;
                    f.value =
                            double(rng.bounded(100, 9000)) * 1e9 / (m == Metric::Revenue ? 1 : 10);
                    f.sourceId = QStringLiteral("src-synthetic");
                    d.financials.append(f);
                }
            }
        }
    }
    return d;
}

} // namespace atlas
