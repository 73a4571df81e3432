// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attributes.h"
#include "boxed.h"
#include "kinds.h"
#include "localizedtext.h"
#include "partialdate.h"

#include <QList>
#include <QString>

#include <optional>

namespace atlas {

// The plain records of the domain. They carry no behaviour beyond small derived values;
// validation lives in validator.h and lookups in dataset.h.

struct Source
{
    QString id;
    QString publisher;
    QString title;
    QString url;
    PartialDate date;
    QString language;
    friend bool operator==(const Source &, const Source &) = default;
};

struct Entity
{
    QString id;
    EntityKind kind = EntityKind::Company;
    LocalizedText name;
    QString ticker;
    LocalizedText description;
    Attributes attributes = {}; // beyond the fields above, as imported or edited
    // The key of a user-defined kind when kind is Custom, else empty (last, so aggregate
    // initialisers of built-in kinds stay as they are).
    QString customKind = {};
    friend bool operator==(const Entity &, const Entity &) = default;
};

struct Participant
{
    QString entityId;
    Role role = Role::Partner;
    friend bool operator==(const Participant &, const Participant &) = default;
};

// Money as reported: an exact figure, an approximation, a range, or only words
// ("several trillion won" is indicative, never a number pretending to be exact).
struct Amount
{
    AmountPrecision precision = AmountPrecision::Undisclosed;
    QString currency;
    std::optional<double> value;
    std::optional<double> min;
    std::optional<double> max;
    LocalizedText text;
    QList<Amount> equivalent; // zero or one: the figure in another currency, as reported

    bool isApproximate() const
    {
        return precision == AmountPrecision::Approximate || precision == AmountPrecision::Range
                || precision == AmountPrecision::Indicative;
    }
    friend bool operator==(const Amount &, const Amount &) = default;
};

struct Event
{
    QString id;
    EventKind kind = EventKind::Other;
    PartialDate date;
    LocalizedText title;
    LocalizedText summary;
    QList<Participant> participants;
    Boxed<Amount> amount; // most events have none
    QStringList sourceIds;
    Attributes attributes = {};

    bool involves(const QString &entityId) const
    {
        for (const auto &p : participants) {
            if (p.entityId == entityId)
                return true;
        }
        return false;
    }
    friend bool operator==(const Event &, const Event &) = default;
};

struct Relationship
{
    QString id;
    RelationshipType type = RelationshipType::Partner;
    QString fromId;
    QString toId;
    PartialDate validFrom; // invalid: known to exist, start unknown
    PartialDate validUntil; // invalid: open-ended
    QString eventId;
    QStringList sourceIds;
    Attributes attributes = {};
    QString customType = {}; // the key of a user-defined type when type is Custom; else empty

    // Built-in types only: a custom type's direction is in its definition, see
    // atlas::isDirected(const Relationship &, const CustomTypes &).
    bool isDirected() const { return atlas::isDirected(type); }
    // Valid at some point of [from, to]; an invalid bound of the window is open.
    bool isValidWithin(const QDate &from, const QDate &to) const
    {
        if (validFrom.isValid() && to.isValid() && validFrom.start() > to)
            return false;
        if (validUntil.isValid() && from.isValid() && validUntil.end() < from)
            return false;
        return true;
    }
    friend bool operator==(const Relationship &, const Relationship &) = default;
};

struct FinancialFigure
{
    QString companyId;
    PartialDate quarter; // quarter precision
    Metric metric = Metric::Revenue;
    double value = 0.0; // in currency units
    QString currency = QStringLiteral("KRW");
    QString basis = QStringLiteral("consolidated-kifrs");
    QString sourceId;
    // Optional: what a reader should know about the number (a one-off item behind it, or
    // another value that a different source reports).
    LocalizedText note;
    friend bool operator==(const FinancialFigure &, const FinancialFigure &) = default;
};

// A quarter whose figure no source reports. Listed so a missing bar is explained, never
// filled in with a zero or a value derived from other figures.
struct FigureGap
{
    QString companyId;
    PartialDate quarter; // quarter precision
    Metric metric = Metric::Revenue;
    LocalizedText reason;
    friend bool operator==(const FigureGap &, const FigureGap &) = default;
};

struct DatasetInfo
{
    QString id;
    QString version;
    LocalizedText title;
    LocalizedText description;
    QList<FigureGap> knownGaps;
    friend bool operator==(const DatasetInfo &, const DatasetInfo &) = default;
};

} // namespace atlas

// Plain values of implicitly shared Qt types: lists of them move by memmove, so inserting or
// removing a row in the middle of 100,000 events stays cheap.
Q_DECLARE_TYPEINFO(atlas::Source, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(atlas::Entity, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(atlas::Event, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(atlas::Relationship, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(atlas::FinancialFigure, Q_RELOCATABLE_TYPE);
