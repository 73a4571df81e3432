// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHashFunctions>
#include <QList>
#include <QString>

#include <optional>
#include <type_traits>

namespace atlas {

// Every enumeration of the domain has a stable key (stored in files and the database) and a
// translated label (shown to the user). Keys are listed once, in kinds.cpp.
// Custom (last, outside the key tables): a user-defined kind or type, whose key the record
// carries beside it (customtypes.h); allValues() lists only the built-in values.
enum class EntityKind { Company, Person, Product, AiModel, Alliance, PublicBody, Place, Custom };
// One byte: it sits beside the event's date (PartialDate) in every event.
enum class EventKind : quint8 {
    Partnership,
    Investment,
    Launch,
    Establishment,
    Plan,
    Earnings,
    Regulation,
    Contract,
    Other
};
enum class Role {
    Partner,
    Investor,
    Investee,
    Supplier,
    Customer,
    Member,
    Founder,
    Maker,
    Subject,
    Regulator
};
enum class RelationshipType {
    Partner,
    InvestsIn,
    ShareholderOf,
    Supplies,
    MemberOf,
    Makes,
    BuiltOn,
    Custom
};
enum class AmountPrecision { Exact, Approximate, Range, Indicative, Undisclosed };
enum class Metric { Revenue, OperatingProfit };

template <typename E>
QList<E> allValues();
template <typename E>
QString keyOf(E value);
template <typename E>
std::optional<E> fromKey(const QString &key);
template <typename E>
std::optional<E> fromKey(QLatin1StringView key); // as read from a database, without a copy
template <typename E>
QString labelOf(E value); // translated, for display

// Qt 6.4 has no qHash for enumerations; sets of kinds need one.
template <typename E>
requires std::is_enum_v<E>
inline size_t qHash(E value, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<std::underlying_type_t<E>>(value), seed);
}

// Whether the relationship reads from → to (investor → investee); partners have no direction.
bool isDirected(RelationshipType type);

class KindsTr
{
    Q_DECLARE_TR_FUNCTIONS(atlas::Kinds)
};

} // namespace atlas
