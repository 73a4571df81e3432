// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"

#include <QStringList>

namespace atlas::test {

// Small hand-made datasets for tests of views, layouts and behaviour, so that they follow the
// code and not the built-in dataset (whose facts only the acceptance tests check):
//
//     const Dataset d = FixtureBuilder()
//                           .company("a", "Alpha").company("b", "Beta", "베타")
//                           .partnership("a", "b", "2024-06")
//                           .figure("a", "2024-Q2", Metric::Revenue, 100e9)
//                           .build();
//
// Every record cites the one source "src-fixture", so the data passes the Validator. Dates are
// PartialDate strings ("2024", "2024-Q2", "2024-06", "2024-06-13").
class FixtureBuilder
{
public:
    FixtureBuilder();

    FixtureBuilder &entity(const QString &id, EntityKind kind, const QString &en,
                           const QString &ko = {}, const QString &ticker = {});
    FixtureBuilder &company(const QString &id, const QString &en, const QString &ko = {},
                            const QString &ticker = {});
    // An event of kind on date with the participants as partners; its id is returned by
    // lastEventId().
    FixtureBuilder &event(const QString &id, EventKind kind, const QString &date, const QString &en,
                          const QStringList &participants, const QString &ko = {});
    // A partnership event between a and b on date and the partner relationship it starts.
    FixtureBuilder &partnership(const QString &a, const QString &b, const QString &date);
    FixtureBuilder &relationship(const QString &id, RelationshipType type, const QString &from,
                                 const QString &to, const QString &validFrom = {},
                                 const QString &validUntil = {});
    FixtureBuilder &figure(const QString &company, const QString &quarter, Metric metric,
                           double value, const QString &currency = QStringLiteral("KRW"));

    Dataset build() const { return m_data; }
    operator Dataset() const { return m_data; }

private:
    Dataset m_data;
};

// Three companies, a person, an alliance, five events of every date precision, relationships
// and two years of quarterly figures for "kt": enough for a view to show something of each kind.
Dataset smallFixture();

} // namespace atlas::test
