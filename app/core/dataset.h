// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records.h"

#include <QHash>

namespace atlas {

// The whole body of data: what a dataset file, the database and the Document hold.
struct Dataset
{
    DatasetInfo info;
    QList<Source> sources;
    QList<Entity> entities;
    QList<Event> events;
    QList<Relationship> relationships;
    QList<FinancialFigure> financials;

    bool isEmpty() const
    {
        return sources.isEmpty() && entities.isEmpty() && events.isEmpty() && relationships.isEmpty()
            && financials.isEmpty();
    }

    const Entity *entity(const QString &id) const;
    const Event *event(const QString &id) const;
    const Source *source(const QString &id) const;
    const Relationship *relationship(const QString &id) const;
    int entityIndex(const QString &id) const;
    int eventIndex(const QString &id) const;

    // Finds an entity by id, English or Korean name, or ticker (with or without "KRX:"),
    // ignoring case; empty when nothing matches.
    QString resolveEntity(const QString &nameOrId) const;

    // Figures of one company and metric, in quarter order.
    QList<FinancialFigure> series(const QString &companyId, Metric metric) const;
    std::optional<FinancialFigure> figure(const QString &companyId, const PartialDate &quarter, Metric metric) const;
    // The listed reason why no figure exists for that quarter; nullptr when none is listed.
    const FigureGap *knownGap(const QString &companyId, const PartialDate &quarter, Metric metric) const;

    friend bool operator==(const Dataset &, const Dataset &) = default;
};

} // namespace atlas
