// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordtables.h"

#include "core/customtypes.h"
#include "core/kinds.h"

#include <iterator>
#include <type_traits>

namespace atlas::RecordTables {

namespace {

// Qt binds a null QString as SQL NULL; NOT NULL text columns get '' instead.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
}

// For optional references and dates: empty is NULL, so foreign keys and range queries see "none".
QVariant optionalText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

// "YYYY-MM-DD", as QDate::toString(Qt::ISODate) writes it, without its printf: two of these per
// event were about 4 % of an import of 100,000 events. Years outside 1..9999 go through Qt.
QVariant isoDay(const QDate &d)
{
    if (!d.isValid())
        return QVariant(QMetaType::fromType<QString>());
    int year = 0;
    int month = 0;
    int day = 0;
    d.getDate(&year, &month, &day);
    if (year < 1 || year > 9999)
        return QVariant(d.toString(Qt::ISODate));
    const auto digit = [](int n) { return QChar(char16_t(u'0' + n % 10)); };
    const QChar text[] = { digit(year / 1000), digit(year / 100), digit(year / 10),
                           digit(year),        QLatin1Char('-'),  digit(month / 10),
                           digit(month),       QLatin1Char('-'),  digit(day / 10),
                           digit(day) };
    return QVariant(QString(text, std::size(text)));
}

// A field reached from the record through a path of members: &Entity::name, &LocalizedText::en.
template <auto First, auto... Rest, typename R>
decltype(auto) field(R &r)
{
    if constexpr (sizeof...(Rest) == 0)
        return (r.*First);
    else
        return field<Rest...>(r.*First);
}

template <typename M>
struct MemberOf;
template <typename R, typename F>
struct MemberOf<F R::*>
{
    using Record = R;
};
template <auto M>
using RecordOf = typename MemberOf<decltype(M)>::Record;

// Bound and read as it is: ids, ordinals, numbers that are always there.
template <auto First, auto... Rest>
auto plain(const char *name)
{
    using R = RecordOf<First>;
    Column<R> c{ name, [](const R &r) { return QVariant::fromValue(field<First, Rest...>(r)); },
                 [](R &r, const QVariant &v) {
                     auto &f = field<First, Rest...>(r);
                     f = v.value<std::remove_cvref_t<decltype(f)>>();
                     return true;
                 } };
    using F = std::remove_cvref_t<decltype(field<First, Rest...>(std::declval<R &>()))>;
    if constexpr (std::is_same_v<F, QString>) {
        c.setText = [](R &r, const QString &s) {
            field<First, Rest...>(r) = s;
            return true;
        };
    } else if constexpr (std::is_same_v<F, int>) {
        c.setInteger = [](R &r, qint64 n) {
            field<First, Rest...>(r) = int(n); // as QVariant::value<int>() gives it
            return true;
        };
    }
    return c;
}

// A text column whose values repeat (Repeats), read as one string for equal values.
template <typename R>
Column<R> repeating(Repeats repeats, Column<R> c)
{
    c.repeats = repeats;
    return c;
}

// Text in a NOT NULL column.
template <auto First, auto... Rest>
Column<RecordOf<First>> textColumn(const char *name)
{
    using R = RecordOf<First>;
    Column<R> c{ name, [](const R &r) { return text(field<First, Rest...>(r)); },
                 [](R &r, const QVariant &v) {
                     field<First, Rest...>(r) = v.toString();
                     return true;
                 } };
    c.setText = [](R &r, const QString &s) {
        field<First, Rest...>(r) = s;
        return true;
    };
    return c;
}

// An optional reference to another record: NULL when empty.
template <auto M>
Column<RecordOf<M>> reference(const char *name)
{
    using R = RecordOf<M>;
    Column<R> c{ name, [](const R &r) { return optionalText(r.*M); },
                 [](R &r, const QVariant &v) {
                     r.*M = v.toString();
                     return true;
                 } };
    c.setText = [](R &r, const QString &s) {
        r.*M = s;
        return true;
    };
    return c;
}

// The enumeration M of r set from its key, as text or as ASCII; false for an unknown key.
template <auto M, typename Text>
bool setKey(RecordOf<M> &r, Text key)
{
    using E = std::remove_cvref_t<decltype(std::declval<RecordOf<M> &>().*M)>;
    const std::optional<E> value = fromKey<E>(key);
    if (value)
        r.*M = *value;
    return value.has_value();
}

// An enumeration stored by its key ("company", "acquisition").
template <auto M>
Column<RecordOf<M>> keyColumn(const char *name)
{
    using R = RecordOf<M>;
    Column<R> c{ name, [](const R &r) { return QVariant(keyOf(r.*M)); },
                 [](R &r, const QVariant &v) { return setKey<M>(r, v.toString()); } };
    c.setText = [](R &r, const QString &s) { return setKey<M>(r, s); };
    c.setAscii = [](R &r, QLatin1StringView s) { return setKey<M>(r, s); };
    return c;
}

// An entity kind or relationship type by its key: a built-in one, or a user-defined one (the
// table custom_types defines those; schema 7).
template <typename R, QString (*Get)(const R &), void (*Set)(R *, const QString &)>
Column<R> typeKeyColumn(const char *name)
{
    Column<R> c{ name, [](const R &r) { return QVariant(Get(r)); },
                 [](R &r, const QVariant &v) {
                     const QString key = v.toString();
                     if (!key.isEmpty())
                         Set(&r, key);
                     return !key.isEmpty();
                 } };
    c.setText = [](R &r, const QString &key) {
        if (!key.isEmpty())
            Set(&r, key);
        return !key.isEmpty();
    };
    return c;
}

// A partial date as text ("2024-06"), NULL when unknown, or '' in a NOT NULL column when
// required (a figure's quarter); its span goes to the derived columns.
template <auto M, bool required = false>
Column<RecordOf<M>> date(const char *name)
{
    using R = RecordOf<M>;
    return { name,
             [](const R &r) {
                 return required ? text((r.*M).toString()) : optionalText((r.*M).toString());
             },
             [](R &r, const QVariant &v) {
                 r.*M = PartialDate::fromString(v.toString());
                 return true;
             },
             ColumnRole::Field,
             1,
             [](R &r, const QString &s) {
                 r.*M = PartialDate::fromString(s);
                 return true;
             },
             nullptr,
             [](R &r, QLatin1StringView s) {
                 r.*M = PartialDate::fromString(s);
                 return true;
             } };
}
template <auto M>
Column<RecordOf<M>> firstDay(const char *name)
{
    using R = RecordOf<M>;
    return { name, [](const R &r) { return isoDay((r.*M).start()); }, nullptr,
             ColumnRole::Derived };
}
template <auto M>
Column<RecordOf<M>> lastDay(const char *name)
{
    using R = RecordOf<M>;
    return { name, [](const R &r) { return isoDay((r.*M).end()); }, nullptr, ColumnRole::Derived };
}

// A number that may be missing (NULL), which is not the same as 0.
template <auto First, auto... Rest>
auto number(const char *name)
{
    using R = RecordOf<First>;
    return Column<R>{ name,
                      [](const R &r) {
                          const std::optional<double> &n = field<First, Rest...>(r);
                          return n ? QVariant(*n) : QVariant(QMetaType::fromType<double>());
                      },
                      [](R &r, const QVariant &v) {
                          field<First, Rest...>(r) =
                                  v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
                          return true;
                      } };
}

// A column that a later schema version added.
template <typename R>
Column<R> since(int version, Column<R> c)
{
    c.since = version;
    return c;
}

const QStringList kFigureKey = { QStringLiteral("company_id"), QStringLiteral("quarter"),
                                 QStringLiteral("metric") };

template <typename R>
Column<R> position()
{
    return { "position", nullptr, nullptr, ColumnRole::Position };
}
template <typename R>
Column<R> version()
{
    return { "version", nullptr, nullptr, ColumnRole::Version, 4 };
}

} // namespace

const TableMapping<Source> &sources()
{
    static const TableMapping<Source> t(
            "sources", { QStringLiteral("id") },
            { plain<&Source::id>("id"), position<Source>(),
              textColumn<&Source::publisher>("publisher"), textColumn<&Source::title>("title"),
              textColumn<&Source::url>("url"), date<&Source::date>("date"),
              firstDay<&Source::date>("date_start"), lastDay<&Source::date>("date_end"),
              textColumn<&Source::language>("language"), version<Source>() });
    return t;
}

const TableMapping<Entity> &entities()
{
    static const TableMapping<Entity> t(
            "entities", { QStringLiteral("id") },
            { plain<&Entity::id>("id"), position<Entity>(),
              typeKeyColumn<Entity, kindKey, setKindKey>("kind"),
              textColumn<&Entity::name, &LocalizedText::en>("name_en"),
              textColumn<&Entity::name, &LocalizedText::ko>("name_ko"),
              textColumn<&Entity::ticker>("ticker"),
              textColumn<&Entity::description, &LocalizedText::en>("description_en"),
              textColumn<&Entity::description, &LocalizedText::ko>("description_ko"),
              version<Entity>() });
    return t;
}

const TableMapping<Event> &events()
{
    static const TableMapping<Event> t(
            "events", { QStringLiteral("id") },
            { plain<&Event::id>("id"), position<Event>(), keyColumn<&Event::kind>("kind"),
              date<&Event::date>("date"), firstDay<&Event::date>("date_start"),
              lastDay<&Event::date>("date_end"),
              textColumn<&Event::title, &LocalizedText::en>("title_en"),
              textColumn<&Event::title, &LocalizedText::ko>("title_ko"),
              textColumn<&Event::summary, &LocalizedText::en>("summary_en"),
              textColumn<&Event::summary, &LocalizedText::ko>("summary_ko"), version<Event>() });
    return t;
}

const TableMapping<ParticipantRow> &participants()
{
    static const TableMapping<ParticipantRow> t(
            "event_participants", { QStringLiteral("event_id"), QStringLiteral("ordinal") },
            { repeating(Repeats::InRuns, plain<&ParticipantRow::eventId>("event_id")),
              plain<&ParticipantRow::ordinal>("ordinal"),
              repeating(Repeats::Often,
                        plain<&ParticipantRow::participant, &Participant::entityId>("entity_id")),
              { "role", [](const ParticipantRow &r) { return QVariant(keyOf(r.participant.role)); },
                [](ParticipantRow &r, const QVariant &v) {
                    const auto role = fromKey<Role>(v.toString());
                    r.participant.role = role.value_or(Role::Partner);
                    return role.has_value();
                },
                ColumnRole::Field, 1,
                [](ParticipantRow &r, const QString &s) {
                    const auto role = fromKey<Role>(s);
                    r.participant.role = role.value_or(Role::Partner);
                    return role.has_value();
                },
                nullptr,
                [](ParticipantRow &r, QLatin1StringView s) {
                    const auto role = fromKey<Role>(s);
                    r.participant.role = role.value_or(Role::Partner);
                    return role.has_value();
                } } });
    return t;
}

namespace {
TableMapping<SourceRefRow> sourceRefTable(const char *table, const char *owner)
{
    return { table,
             { QLatin1String(owner), QStringLiteral("ordinal") },
             { repeating(Repeats::InRuns, plain<&SourceRefRow::ownerId>(owner)),
               plain<&SourceRefRow::ordinal>("ordinal"),
               repeating(Repeats::Often, plain<&SourceRefRow::sourceId>("source_id")) } };
}
} // namespace

const TableMapping<SourceRefRow> &sourceRefs(RecordType owner)
{
    static const TableMapping<SourceRefRow> events = sourceRefTable("event_sources", "event_id");
    static const TableMapping<SourceRefRow> relationships =
            sourceRefTable("relationship_sources", "relationship_id");
    return owner == RecordType::Relationship ? relationships : events;
}

const TableMapping<AmountRow> &amounts()
{
    static const TableMapping<AmountRow> t(
            "amounts", { QStringLiteral("event_id"), QStringLiteral("ordinal") },
            { repeating(Repeats::InRuns, plain<&AmountRow::eventId>("event_id")),
              plain<&AmountRow::ordinal>("ordinal"),
              { "parent_ordinal",
                [](const AmountRow &r) {
                    return r.parent < 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(r.parent);
                },
                [](AmountRow &r, const QVariant &v) {
                    r.parent = v.isNull() ? -1 : v.toInt();
                    return true;
                } },
              { "precision", [](const AmountRow &r) { return QVariant(keyOf(r.amount.precision)); },
                [](AmountRow &r, const QVariant &v) {
                    const auto precision = fromKey<AmountPrecision>(v.toString());
                    r.amount.precision = precision.value_or(AmountPrecision::Undisclosed);
                    return precision.has_value();
                } },
              repeating(Repeats::Often,
                        textColumn<&AmountRow::amount, &Amount::currency>("currency")),
              number<&AmountRow::amount, &Amount::value>("value"),
              number<&AmountRow::amount, &Amount::min>("min"),
              number<&AmountRow::amount, &Amount::max>("max"),
              textColumn<&AmountRow::amount, &Amount::text, &LocalizedText::en>("text_en"),
              textColumn<&AmountRow::amount, &Amount::text, &LocalizedText::ko>("text_ko") });
    return t;
}

const TableMapping<Relationship> &relationships()
{
    static const TableMapping<Relationship> t(
            "relationships", { QStringLiteral("id") },
            { plain<&Relationship::id>("id"), position<Relationship>(),
              typeKeyColumn<Relationship, typeKey, setTypeKey>("type"),
              repeating(Repeats::Often, plain<&Relationship::fromId>("from_id")),
              repeating(Repeats::Often, plain<&Relationship::toId>("to_id")),
              date<&Relationship::validFrom>("valid_from"),
              date<&Relationship::validUntil>("valid_until"),
              firstDay<&Relationship::validFrom>("date_start"),
              lastDay<&Relationship::validUntil>("date_end"),
              reference<&Relationship::eventId>("event_id"), version<Relationship>() });
    return t;
}

namespace {
// A bound of a spell: a partial date as text, NULL when unknown (start) or open (end).
template <PartialDate Spell::*M>
Column<SpellRow> spellBound(const char *name)
{
    return { name, [](const SpellRow &r) { return optionalText((r.spell.*M).toString()); },
             [](SpellRow &r, const QVariant &v) {
                 r.spell.*M = PartialDate::fromString(v.toString());
                 return true;
             } };
}
} // namespace

const TableMapping<SpellRow> &spells()
{
    static const TableMapping<SpellRow> t(
            "relationship_spells", { QStringLiteral("relationship_id"), QStringLiteral("ordinal") },
            { repeating(Repeats::InRuns, plain<&SpellRow::relationshipId>("relationship_id")),
              plain<&SpellRow::ordinal>("ordinal"), spellBound<&Spell::from>("valid_from"),
              spellBound<&Spell::until>("valid_until") });
    return t;
}

const TableMapping<FinancialFigure> &financials()
{
    using F = FinancialFigure;
    static const TableMapping<F> t(
            "financials", kFigureKey,
            { repeating(Repeats::Often, plain<&F::companyId>("company_id")),
              date<&F::quarter, true>("quarter"), keyColumn<&F::metric>("metric"), position<F>(),
              plain<&F::value>("value"),
              repeating(Repeats::Often, textColumn<&F::currency>("currency")),
              repeating(Repeats::Often, textColumn<&F::basis>("basis")),
              reference<&F::sourceId>("source_id"), firstDay<&F::quarter>("date_start"),
              lastDay<&F::quarter>("date_end"),
              since(3, textColumn<&F::note, &LocalizedText::en>("note_en")),
              since(3, textColumn<&F::note, &LocalizedText::ko>("note_ko")), version<F>() });
    return t;
}

const TableMapping<FigureGap> &gaps()
{
    using G = FigureGap;
    static const TableMapping<G> t("financial_gaps", kFigureKey,
                                   { plain<&G::companyId>("company_id"),
                                     date<&G::quarter, true>("quarter"),
                                     keyColumn<&G::metric>("metric"), position<G>(),
                                     textColumn<&G::reason, &LocalizedText::en>("reason_en"),
                                     textColumn<&G::reason, &LocalizedText::ko>("reason_ko") });
    return t;
}

const TableMapping<NodePositionRow> &nodePositions()
{
    using P = NodePositionRow;
    static const TableMapping<P> t("node_positions", { QStringLiteral("entity_id") },
                                   { plain<&P::entityId>("entity_id"),
                                     { "x", [](const P &p) { return QVariant(p.position.x()); },
                                       [](P &p, const QVariant &v) {
                                           p.position.setX(v.toDouble());
                                           return true;
                                       } },
                                     { "y", [](const P &p) { return QVariant(p.position.y()); },
                                       [](P &p, const QVariant &v) {
                                           p.position.setY(v.toDouble());
                                           return true;
                                       } } });
    return t;
}

const TableMapping<ChangeLogRow> &changeLog()
{
    using C = ChangeLogRow;
    static const TableMapping<C> t(
            "change_log",
            { QStringLiteral("seq"), QStringLiteral("record_type"), QStringLiteral("record_id") },
            { plain<&C::seq>("seq"), plain<&C::recordType>("record_type"),
              textColumn<&C::recordId>("record_id"), plain<&C::operation>("operation"),
              plain<&C::changedAt>("changed_at"), textColumn<&C::client>("client") });
    return t;
}

QList<TableColumns> all(int schema)
{
    QList<TableColumns> out;
    auto add = [&](const auto &mapping, int since) {
        if (since <= schema)
            out.append({ mapping.table(), mapping.atSchema(schema).columnNames(), since });
    };
    add(sources(), 1);
    add(entities(), 1);
    add(events(), 1);
    add(participants(), 1);
    add(sourceRefs(RecordType::Event), 1);
    add(amounts(), 1);
    add(relationships(), 1);
    add(sourceRefs(RecordType::Relationship), 1);
    add(financials(), 1);
    add(nodePositions(), 2);
    add(gaps(), 3);
    add(changeLog(), 4);
    add(spells(), 8);
    return out;
}

} // namespace atlas::RecordTables
