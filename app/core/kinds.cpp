// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kinds.h"

#include "defaultrole.h"

#include <array>
#include <utility>

namespace atlas {

namespace {

template <typename E>
struct Table;

// QT_TRANSLATE_NOOP keeps the labels visible to lupdate while the table stays constexpr-like.
template <>
struct Table<EntityKind>
{
    static constexpr std::array<std::pair<const char *, const char *>, 7> rows{ {
            { "company", QT_TRANSLATE_NOOP("atlas::Kinds", "Company") },
            { "person", QT_TRANSLATE_NOOP("atlas::Kinds", "Person") },
            { "product", QT_TRANSLATE_NOOP("atlas::Kinds", "Product") },
            { "ai-model", QT_TRANSLATE_NOOP("atlas::Kinds", "AI model") },
            { "alliance", QT_TRANSLATE_NOOP("atlas::Kinds", "Alliance") },
            { "public-body", QT_TRANSLATE_NOOP("atlas::Kinds", "Public body") },
            { "place", QT_TRANSLATE_NOOP("atlas::Kinds", "Place") },
    } };
};
template <>
struct Table<EventKind>
{
    static constexpr std::array<std::pair<const char *, const char *>, 9> rows{ {
            { "partnership", QT_TRANSLATE_NOOP("atlas::Kinds", "Partnership") },
            { "investment", QT_TRANSLATE_NOOP("atlas::Kinds", "Investment") },
            { "launch", QT_TRANSLATE_NOOP("atlas::Kinds", "Launch") },
            { "establishment", QT_TRANSLATE_NOOP("atlas::Kinds", "Establishment") },
            { "plan", QT_TRANSLATE_NOOP("atlas::Kinds", "Plan") },
            { "earnings", QT_TRANSLATE_NOOP("atlas::Kinds", "Earnings") },
            { "regulation", QT_TRANSLATE_NOOP("atlas::Kinds", "Regulation") },
            { "contract", QT_TRANSLATE_NOOP("atlas::Kinds", "Contract") },
            { "other", QT_TRANSLATE_NOOP("atlas::Kinds", "Other") },
    } };
};
template <>
struct Table<Role>
{
    static constexpr std::array<std::pair<const char *, const char *>, 10> rows{ {
            { "partner", QT_TRANSLATE_NOOP("atlas::Kinds", "partner") },
            { "investor", QT_TRANSLATE_NOOP("atlas::Kinds", "investor") },
            { "investee", QT_TRANSLATE_NOOP("atlas::Kinds", "investee") },
            { "supplier", QT_TRANSLATE_NOOP("atlas::Kinds", "supplier") },
            { "customer", QT_TRANSLATE_NOOP("atlas::Kinds", "customer") },
            { "member", QT_TRANSLATE_NOOP("atlas::Kinds", "member") },
            { "founder", QT_TRANSLATE_NOOP("atlas::Kinds", "founder") },
            { "maker", QT_TRANSLATE_NOOP("atlas::Kinds", "maker") },
            { "subject", QT_TRANSLATE_NOOP("atlas::Kinds", "subject") },
            { "regulator", QT_TRANSLATE_NOOP("atlas::Kinds", "regulator") },
    } };
};
template <>
struct Table<RelationshipType>
{
    static constexpr std::array<std::pair<const char *, const char *>, 7> rows{ {
            { "partner", QT_TRANSLATE_NOOP("atlas::Kinds", "partners with") },
            { "invests-in", QT_TRANSLATE_NOOP("atlas::Kinds", "invests in") },
            { "shareholder-of", QT_TRANSLATE_NOOP("atlas::Kinds", "is a shareholder of") },
            { "supplies", QT_TRANSLATE_NOOP("atlas::Kinds", "supplies") },
            { "member-of", QT_TRANSLATE_NOOP("atlas::Kinds", "is a member of") },
            { "makes", QT_TRANSLATE_NOOP("atlas::Kinds", "makes") },
            { "built-on", QT_TRANSLATE_NOOP("atlas::Kinds", "is built on") },
    } };
};
template <>
struct Table<AmountPrecision>
{
    static constexpr std::array<std::pair<const char *, const char *>, 5> rows{ {
            { "exact", QT_TRANSLATE_NOOP("atlas::Kinds", "exact") },
            { "approximate", QT_TRANSLATE_NOOP("atlas::Kinds", "approximate") },
            { "range", QT_TRANSLATE_NOOP("atlas::Kinds", "range") },
            { "indicative", QT_TRANSLATE_NOOP("atlas::Kinds", "indicative") },
            { "undisclosed", QT_TRANSLATE_NOOP("atlas::Kinds", "undisclosed") },
    } };
};
template <>
struct Table<Metric>
{
    static constexpr std::array<std::pair<const char *, const char *>, 2> rows{ {
            { "revenue", QT_TRANSLATE_NOOP("atlas::Kinds", "Revenue") },
            { "operating-profit", QT_TRANSLATE_NOOP("atlas::Kinds", "Operating profit") },
    } };
};

} // namespace

template <typename E>
QList<E> allValues()
{
    QList<E> out;
    for (std::size_t i = 0; i < Table<E>::rows.size(); ++i)
        out.append(static_cast<E>(i));
    return out;
}

template <typename E>
QString keyOf(E value)
{
    // Made once: every key handed out shares its text, so a million rows holding an event's
    // kind hold no copy of it (35 MB at a million events when each call made its own).
    static const QList<QString> keys = [] {
        QList<QString> out;
        for (const auto &row : Table<E>::rows)
            out.append(QString::fromLatin1(row.first));
        return out;
    }();
    const auto i = static_cast<qsizetype>(value);
    return i >= 0 && i < keys.size() ? keys.at(i) : QString();
}

template <typename E>
std::optional<E> fromKey(QLatin1StringView key)
{
    for (std::size_t i = 0; i < Table<E>::rows.size(); ++i) {
        if (key == QLatin1String(Table<E>::rows[i].first))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

template <typename E>
std::optional<E> fromKey(const QString &key)
{
    for (std::size_t i = 0; i < Table<E>::rows.size(); ++i) {
        if (key == QLatin1String(Table<E>::rows[i].first))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

template <typename E>
QString labelOf(E value)
{
    const auto i = static_cast<std::size_t>(value);
    return i < Table<E>::rows.size() ? KindsTr::tr(Table<E>::rows[i].second) : QString();
}

bool isDirected(RelationshipType type)
{
    return type != RelationshipType::Partner;
}

Role defaultRole(EventKind kind, int index)
{
    switch (kind) {
    case EventKind::Partnership:
    case EventKind::Contract:
        return Role::Partner;
    case EventKind::Investment:
        return index == 0 ? Role::Investor : Role::Investee;
    case EventKind::Launch:
        return Role::Maker;
    case EventKind::Establishment:
        return Role::Founder;
    case EventKind::Regulation:
        return index == 0 ? Role::Regulator : Role::Subject;
    case EventKind::Plan:
    case EventKind::Earnings:
    case EventKind::Other:
        break;
    }
    return Role::Subject;
}

#define ATLAS_INSTANTIATE(E)                               \
  template QList<E> allValues<E>();                        \
  template QString keyOf<E>(E);                            \
  template std::optional<E> fromKey<E>(const QString &);   \
  template std::optional<E> fromKey<E>(QLatin1StringView); \
  template QString labelOf<E>(E);

ATLAS_INSTANTIATE(EntityKind)
ATLAS_INSTANTIATE(EventKind)
ATLAS_INSTANTIATE(Role)
ATLAS_INSTANTIATE(RelationshipType)
ATLAS_INSTANTIATE(AmountPrecision)
ATLAS_INSTANTIATE(Metric)

} // namespace atlas
