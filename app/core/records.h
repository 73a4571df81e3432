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

// One interval in which a relationship holds; an invalid bound is an unknown start or an open end.
struct Spell
{
    PartialDate from;
    PartialDate until;
    // Shares at least one day with [windowFrom, windowTo]; an invalid bound of either is open.
    bool overlaps(const QDate &windowFrom, const QDate &windowTo) const
    {
        if (from.isValid() && windowTo.isValid() && from.start() > windowTo)
            return false;
        if (until.isValid() && windowFrom.isValid() && until.end() < windowFrom)
            return false;
        return true;
    }
    friend bool operator==(const Spell &, const Spell &) = default;
};

// Intervals as text, "2020/2020; 2023-Q2/": separated by ';', each FROM/UNTIL of partial dates
// (YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD); an empty bound is an unknown start or an open end.
QString spellsToText(const QList<Spell> &spells);
// nullopt, with *badPart set to the part, when a part is not FROM/UNTIL of such dates. Empty
// parts are skipped, so "" is no interval at all.
std::optional<QList<Spell>> spellsFromText(const QString &text, QString *badPart = nullptr);

struct Relationship
{
    QString id;
    RelationshipType type = RelationshipType::Partner;
    QString fromId;
    QString toId;
    // With one interval, the interval itself; with several (spells), their envelope: the
    // earliest start and the latest end, either invalid when any interval's bound is.
    PartialDate validFrom; // invalid: known to exist, start unknown
    PartialDate validUntil; // invalid: open-ended
    QString eventId;
    QStringList sourceIds;
    Attributes attributes = {};
    QString customType = {}; // the key of a user-defined type when type is Custom; else empty
    // Empty when the relationship holds over the one interval [validFrom, validUntil]; else its
    // two or more intervals in the order given. Set through setIntervals() so the envelope agrees.
    QList<Spell> spells = {};

    // Built-in types only: a custom type's direction is in its definition, see
    // atlas::isDirected(const Relationship &, const CustomTypes &).
    bool isDirected() const { return atlas::isDirected(type); }
    // Every interval: the spells, or the one interval [validFrom, validUntil].
    QList<Spell> intervals() const
    {
        return spells.isEmpty() ? QList<Spell>{ Spell{ validFrom, validUntil } } : spells;
    }
    // Sets the intervals and the envelope; one interval (or none: unknown start, open end)
    // leaves spells empty, so such a relationship is exactly a single-interval one.
    void setIntervals(const QList<Spell> &list);
    // Valid at some point of [from, to] in any interval; an invalid bound of the window is open.
    bool isValidWithin(const QDate &from, const QDate &to) const
    {
        if (spells.isEmpty())
            return Spell{ validFrom, validUntil }.overlaps(from, to);
        for (const Spell &s : spells) {
            if (s.overlaps(from, to))
                return true;
        }
        return false;
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
Q_DECLARE_TYPEINFO(atlas::Spell, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(atlas::Relationship, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(atlas::FinancialFigure, Q_RELOCATABLE_TYPE);
