// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "validator.h"

#include "datalimits.h"
#include "dataedit.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace atlas {

QString ValidationIssue::toString() const
{
    return Validator::tr("%1 '%2', field '%3': %4").arg(record, id, field, message);
}

bool Validator::isValidId(const QString &id)
{
    // ^[a-z0-9][a-z0-9-]*$, by hand: asked of every record an import brings, where the regular
    // expression was a fiftieth of the import.
    const auto letterOrDigit = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
    };
    if (id.isEmpty() || !letterOrDigit(id.front()))
        return false;
    return std::all_of(id.cbegin() + 1, id.cend(),
                       [&](QChar c) { return letterOrDigit(c) || c == u'-'; });
}

namespace {

bool isColour(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return re.match(text).hasMatch();
}

class Checker
{
public:
    explicit Checker(const Dataset &d) : data(d) { }

    bool hasSource(const QString &id) const { return data.sourceIndex(id) >= 0; }
    bool hasEntity(const QString &id) const { return data.entityIndex(id) >= 0; }
    bool hasEvent(const QString &id) const { return data.eventIndex(id) >= 0; }

    void add(const char *record, const QString &id, const char *field, const QString &message)
    {
        issues.append({ QString::fromLatin1(record), id, QString::fromLatin1(field), message });
    }

    // Texts beyond DataLimits: named "title" for the English text, "title_ko" for the Korean,
    // as in the CSV columns.
    void checkLength(const char *record, const QString &id, const char *field, const QString &text,
                     int max)
    {
        const QString problem = DataLimits::checkLength(text, max);
        if (!problem.isEmpty())
            add(record, id, field, problem);
    }
    void checkLength(const char *record, const QString &id, const char *field,
                     const LocalizedText &text, int max)
    {
        checkLength(record, id, field, text.en, max);
        const QByteArray ko = QByteArray(field) + "_ko";
        checkLength(record, id, ko.constData(), text.ko, max);
    }
    void checkYear(const char *record, const QString &id, const char *field,
                   const PartialDate &date)
    {
        const QString problem = DataLimits::checkYear(date.yearValue());
        if (!problem.isEmpty())
            add(record, id, field, problem);
    }
    void checkValue(const char *record, const QString &id, const char *field,
                    const std::optional<double> &value)
    {
        const QString problem = value ? DataLimits::checkAmount(*value) : QString();
        if (!problem.isEmpty())
            add(record, id, field, problem);
    }

    // The data's own index finds the first row of an id (built once and kept for the lookups
    // that follow): a row that is not its id's first repeats it. A set of the ids seen hashed
    // every id a second time.
    template <typename T>
    void checkIds(const QList<T> &list, const char *record)
    {
        for (qsizetype row = 0; row < list.size(); ++row) {
            const T &r = list.at(row);
            if (r.id.size() > DataLimits::maxIdLength)
                add(record, r.id.left(40) + QStringLiteral("…"), "id",
                    DataLimits::checkLength(r.id, DataLimits::maxIdLength));
            else if (!Validator::isValidId(r.id))
                add(record, r.id, "id",
                    Validator::tr("must be lower-case letters, digits and '-'"));
            else if (data.indexOf<T>(r.id) != row)
                add(record, r.id, "id", Validator::tr("is used more than once"));
        }
    }

    void checkSources(const char *record, const QString &id, const QStringList &ids, bool required)
    {
        if (required && ids.isEmpty())
            add(record, id, "sources", Validator::tr("needs at least one source"));
        for (const auto &s : ids) {
            if (!hasSource(s))
                add(record, id, "sources", Validator::tr("refers to unknown source '%1'").arg(s));
        }
    }

    void checkAmount(const QString &id, const Amount &a, const char *field)
    {
        if (a.precision != AmountPrecision::Undisclosed && a.currency.size() != 3)
            add("event", id, field, Validator::tr("needs a three-letter currency code"));
        checkValue("event", id, field, a.value);
        checkValue("event", id, field, a.min);
        checkValue("event", id, field, a.max);
        checkLength("event", id, field, a.text, DataLimits::maxSummaryLength);
        switch (a.precision) {
        case AmountPrecision::Exact:
        case AmountPrecision::Approximate:
            if (!a.value)
                add("event", id, field,
                    Validator::tr("an exact or approximate amount needs a value"));
            else if (*a.value < 0)
                add("event", id, field, Validator::tr("must not be negative"));
            break;
        case AmountPrecision::Range:
            if (!a.min || !a.max)
                add("event", id, field, Validator::tr("a range needs min and max"));
            else if (*a.min > *a.max)
                add("event", id, field, Validator::tr("min is greater than max"));
            break;
        case AmountPrecision::Indicative:
            if (a.text.isEmpty())
                add("event", id, field,
                    Validator::tr("an indicative amount needs its words in text"));
            break;
        case AmountPrecision::Undisclosed:
            break;
        }
        for (const auto &eq : a.equivalent)
            checkAmount(id, eq, "amount.equivalent");
    }

    // Free attributes: named, each name once, within the limits of names and values.
    void checkAttributes(const char *record, const QString &id, const Attributes &attributes)
    {
        if (attributes.size() > DataLimits::maxAttributesPerRecord)
            add(record, id, "attributes",
                Validator::tr("has %1 attributes; at most %2 are allowed")
                        .arg(attributes.size())
                        .arg(DataLimits::maxAttributesPerRecord));
        QSet<QString> seen;
        for (const Attribute &a : attributes) {
            if (a.name.trimmed().isEmpty()) {
                add(record, id, "attributes", Validator::tr("an attribute has no name"));
                continue;
            }
            if (seen.contains(a.name))
                add(record, id, "attributes",
                    Validator::tr("the attribute '%1' is given more than once").arg(a.name));
            seen.insert(a.name);
            checkLength(record, id, "attributes", a.name, DataLimits::maxNameLength);
            if (a.type == AttributeType::Number)
                checkValue(record, id, "attributes", a.numberValue());
            else if (a.type == AttributeType::Date && !a.dateValue().isValid())
                add(record, id, "attributes",
                    Validator::tr("the attribute '%1' is not a valid date").arg(a.name));
            else
                checkLength(record, id, "attributes", a.toText(), DataLimits::maxAttributeLength);
        }
    }

    void checkId(const char *record, const QString &id)
    {
        if (!Validator::isValidId(id))
            add(record, id, "id", Validator::tr("must be lower-case letters, digits and '-'"));
    }

    void checkSource(const Source &s)
    {
        if (s.publisher.isEmpty())
            add("source", s.id, "publisher", Validator::tr("is empty"));
        if (!s.url.isEmpty() && !s.url.startsWith(QLatin1String("https://"))
            && !s.url.startsWith(QLatin1String("http://")))
            add("source", s.id, "url", Validator::tr("must be an http(s) address"));
        checkLength("source", s.id, "publisher", s.publisher, DataLimits::maxNameLength);
        checkLength("source", s.id, "title", s.title, DataLimits::maxTitleLength);
        checkLength("source", s.id, "url", s.url, DataLimits::maxAttributeLength);
        checkLength("source", s.id, "language", s.language, DataLimits::maxNameLength);
        checkYear("source", s.id, "date", s.date);
    }

    void checkEntity(const Entity &e)
    {
        if (e.name.isEmpty())
            add("entity", e.id, "name", Validator::tr("needs an English or Korean name"));
        checkLength("entity", e.id, "name", e.name, DataLimits::maxNameLength);
        checkLength("entity", e.id, "ticker", e.ticker, DataLimits::maxNameLength);
        checkLength("entity", e.id, "description", e.description, DataLimits::maxSummaryLength);
        checkAttributes("entity", e.id, e.attributes);
        if (e.kind == EntityKind::Custom && !data.types.kind(e.customKind))
            add("entity", e.id, "kind",
                Validator::tr("refers to unknown kind '%1'").arg(e.customKind));
    }

    // The user-defined kinds and types: keys that are not built-in ones, each defined once,
    // with a colour and a shape or dash the graph can draw.
    void checkTypes(const QList<CustomType> &list, const char *record, bool kinds)
    {
        QSet<QString> seen;
        const QStringList styles = kinds ? CustomTypes::shapes() : CustomTypes::dashes();
        for (const CustomType &t : list) {
            if (!(kinds ? CustomTypes::isValidKindKey(t.key) : CustomTypes::isValidTypeKey(t.key)))
                add(record, t.key, "key",
                    Validator::tr("must be 1 to 64 characters and not a built-in key"));
            if (seen.contains(t.key))
                add(record, t.key, "key", Validator::tr("is used more than once"));
            seen.insert(t.key);
            checkLength(record, t.key, "label", t.label, DataLimits::maxNameLength);
            if (!isColour(t.color))
                add(record, t.key, "color", Validator::tr("must be a colour, #rrggbb"));
            if (!styles.contains(t.shape))
                add(record, t.key, kinds ? "shape" : "dash",
                    Validator::tr("must be one of %1").arg(styles.join(QLatin1String(", "))));
        }
    }

    void checkEvent(const Event &e)
    {
        if (!e.date.isValid())
            add("event", e.id, "date",
                Validator::tr("is missing or not YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY"));
        if (e.title.isEmpty())
            add("event", e.id, "title", Validator::tr("needs an English or Korean title"));
        checkYear("event", e.id, "date", e.date);
        checkLength("event", e.id, "title", e.title, DataLimits::maxTitleLength);
        checkLength("event", e.id, "summary", e.summary, DataLimits::maxSummaryLength);
        if (e.participants.isEmpty())
            add("event", e.id, "participants", Validator::tr("needs at least one participant"));
        for (const auto &p : e.participants)
            checkParticipant(e, p);
        if (e.amount)
            checkAmount(e.id, *e.amount, "amount");
        checkSources("event", e.id, e.sourceIds, true);
        checkAttributes("event", e.id, e.attributes);
    }

    void checkParticipant(const Event &e, const Participant &p)
    {
        if (!hasEntity(p.entityId))
            add("event", e.id, "participants",
                Validator::tr("refers to unknown entity '%1'").arg(p.entityId));
    }

    void checkRelationship(const Relationship &r)
    {
        checkRelationshipEnds(r);
        if (r.fromId == r.toId)
            add("relationship", r.id, "to", Validator::tr("an entity cannot relate to itself"));
        checkIntervals(r);
        checkRelationshipEvent(r);
        checkSources("relationship", r.id, r.sourceIds, r.eventId.isEmpty());
        checkAttributes("relationship", r.id, r.attributes);
        if (r.type == RelationshipType::Custom && !data.types.relationshipType(r.customType))
            add("relationship", r.id, "type",
                Validator::tr("refers to unknown relationship type '%1'").arg(r.customType));
    }

    // Every interval (spell) starts before it ends; with several, the message says which.
    void checkIntervals(const Relationship &r)
    {
        const QList<Spell> list = r.intervals();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const Spell &s = list.at(i);
            if (!s.from.isValid() || !s.until.isValid() || s.until.end() >= s.from.start())
                continue;
            add("relationship", r.id, r.spells.isEmpty() ? "validUntil" : "spells",
                r.spells.isEmpty() ? Validator::tr("ends before it starts")
                                   : Validator::tr("interval %1 (%2 to %3) ends before it starts")
                                             .arg(i + 1)
                                             .arg(s.from.toString(), s.until.toString()));
        }
        checkYear("relationship", r.id, "validFrom", r.validFrom);
        checkYear("relationship", r.id, "validUntil", r.validUntil);
    }

    void checkRelationshipEnds(const Relationship &r)
    {
        if (!hasEntity(r.fromId))
            add("relationship", r.id, "from",
                Validator::tr("refers to unknown entity '%1'").arg(r.fromId));
        if (!hasEntity(r.toId))
            add("relationship", r.id, "to",
                Validator::tr("refers to unknown entity '%1'").arg(r.toId));
    }

    void checkRelationshipEvent(const Relationship &r)
    {
        if (!r.eventId.isEmpty() && !hasEvent(r.eventId))
            add("relationship", r.id, "event",
                Validator::tr("refers to unknown event '%1'").arg(r.eventId));
    }

    // Everything but the repeated-key check, which needs all figures.
    void checkFigure(const FinancialFigure &f, const QString &key)
    {
        checkFigureCompany(f, key);
        if (!f.quarter.isValid() || f.quarter.precision() != PartialDate::Precision::Quarter)
            add("financial", key, "quarter", Validator::tr("must be a quarter, YYYY-Qn"));
        if (f.currency.size() != 3)
            add("financial", key, "currency", Validator::tr("needs a three-letter currency code"));
        checkFigureSource(f, key);
        checkYear("financial", key, "quarter", f.quarter);
        checkValue("financial", key, "value", f.value);
        checkLength("financial", key, "basis", f.basis, DataLimits::maxNameLength);
    }

    void checkFigureCompany(const FinancialFigure &f, const QString &key)
    {
        if (!hasEntity(f.companyId))
            add("financial", key, "company",
                Validator::tr("refers to unknown entity '%1'").arg(f.companyId));
    }

    void checkFigureSource(const FinancialFigure &f, const QString &key)
    {
        if (!hasSource(f.sourceId))
            add("financial", key, "source",
                Validator::tr("refers to unknown source '%1'").arg(f.sourceId));
    }

    const Dataset &data;
    QList<ValidationIssue> issues;
};

} // namespace

QList<ValidationIssue> Validator::validate(const Dataset &d)
{
    Checker c(d);
    c.checkTypes(d.types.kinds, "kind", true);
    c.checkTypes(d.types.relationshipTypes, "relationship type", false);
    c.checkIds(d.sources, "source");
    c.checkIds(d.entities, "entity");
    c.checkIds(d.events, "event");
    c.checkIds(d.relationships, "relationship");

    for (const auto &s : d.sources)
        c.checkSource(s);
    for (const auto &e : d.entities)
        c.checkEntity(e);
    for (const auto &e : d.events)
        c.checkEvent(e);
    for (const auto &r : d.relationships)
        c.checkRelationship(r);
    QSet<QString> figureKeys;
    for (const auto &f : d.financials) {
        const QString key = recordKey(f);
        c.checkFigure(f, key);
        if (figureKeys.contains(key))
            c.add("financial", key, "quarter", tr("the same figure appears more than once"));
        figureKeys.insert(key);
    }
    for (const auto &g : d.info.knownGaps) {
        const QString key =
                QStringLiteral("%1/%2/%3").arg(g.companyId, g.quarter.toString(), keyOf(g.metric));
        if (!c.hasEntity(g.companyId))
            c.add("known gap", key, "company",
                  tr("refers to unknown entity '%1'").arg(g.companyId));
        if (!g.quarter.isValid() || g.quarter.precision() != PartialDate::Precision::Quarter)
            c.add("known gap", key, "quarter", tr("must be a quarter, YYYY-Qn"));
    }
    return c.issues;
}

namespace {

// An id the edit puts at row is repeated when the index finds it elsewhere, or the edit puts it
// in twice.
template <typename T>
void checkInsertedIds(Checker &c, const Dataset &d, const ListEdit<T> &edit, const char *record)
{
    QSet<QString> seen;
    for (const auto &[row, r] : edit.inserted) {
        c.checkId(record, r.id);
        if (Validator::isValidId(r.id) && (d.indexOf<T>(r.id) != row || seen.contains(r.id)))
            c.add(record, r.id, "id", Validator::tr("is used more than once"));
        seen.insert(r.id);
    }
}

template <typename T>
QSet<QString> goneIds(const Dataset &d, const ListEdit<T> &edit)
{
    QSet<QString> gone;
    for (const auto &[row, r] : edit.removed) {
        if (d.indexOf<T>(r.id) < 0)
            gone.insert(r.id);
    }
    return gone;
}

} // namespace

QList<ValidationIssue> Validator::validateEdit(const Dataset &d, const DataEdit &edit)
{
    Checker c(d);
    checkInsertedIds(c, d, edit.sources, "source");
    checkInsertedIds(c, d, edit.entities, "entity");
    checkInsertedIds(c, d, edit.events, "event");
    checkInsertedIds(c, d, edit.relationships, "relationship");
    if (edit.types) {
        // A change of the types: each still well formed, and none gone that a record uses.
        c.checkTypes(d.types.kinds, "kind", true);
        c.checkTypes(d.types.relationshipTypes, "relationship type", false);
        for (const Entity &e : d.entities) {
            if (e.kind == EntityKind::Custom && !d.types.kind(e.customKind))
                c.add("entity", e.id, "kind", tr("refers to unknown kind '%1'").arg(e.customKind));
        }
        for (const Relationship &r : d.relationships) {
            if (r.type == RelationshipType::Custom && !d.types.relationshipType(r.customType))
                c.add("relationship", r.id, "type",
                      tr("refers to unknown relationship type '%1'").arg(r.customType));
        }
    }

    // Every record the edit writes: inserted, or changed (as it is after the edit).
    const auto written = [](const auto &list, const auto &check) {
        for (const auto &[row, record] : list.inserted)
            check(record);
        for (const auto &[before, record] : list.changed)
            check(record);
    };
    written(edit.sources, [&](const Source &s) { c.checkSource(s); });
    written(edit.entities, [&](const Entity &e) { c.checkEntity(e); });
    written(edit.events, [&](const Event &e) { c.checkEvent(e); });
    written(edit.relationships, [&](const Relationship &r) { c.checkRelationship(r); });
    QList<FinancialFigure> figures;
    written(edit.financials, [&](const FinancialFigure &f) { figures.append(f); });
    if (!figures.isEmpty()) {
        QHash<QString, int> counts;
        for (const auto &f : d.financials)
            ++counts[recordKey(f)];
        for (const auto &f : std::as_const(figures)) {
            const QString key = recordKey(f);
            c.checkFigure(f, key);
            if (counts.value(key) > 1)
                c.add("financial", key, "quarter", tr("the same figure appears more than once"));
        }
    }

    // What is left pointing at removed records: one pass over each list that can point at them.
    const QSet<QString> goneSources = goneIds(d, edit.sources);
    const QSet<QString> goneEntities = goneIds(d, edit.entities);
    const QSet<QString> goneEvents = goneIds(d, edit.events);
    // An edit removes a few entities at most: comparing each participant of the data with them
    // costs less than hashing it (the pass below meets every participant).
    const QStringList fewGoneEntities =
            goneEntities.size() <= 4 ? goneEntities.values() : QStringList();
    const auto entityGone = [&](const QString &id) {
        if (fewGoneEntities.isEmpty())
            return goneEntities.contains(id);
        return std::any_of(fewGoneEntities.cbegin(), fewGoneEntities.cend(),
                           [&](const QString &gone) { return gone == id; });
    };
    auto citesGone = [&](const QStringList &ids) {
        for (const QString &id : ids) {
            if (goneSources.contains(id))
                return true;
        }
        return false;
    };
    // Events still naming a removed entity, through the index of events by participant: the
    // entity's events, not all of them.
    for (const QString &gone : goneEntities) {
        const QStringList naming = d.eventsInvolving(gone);
        for (const QString &eventId : naming) {
            const Event &e = *d.event(eventId);
            for (const auto &p : e.participants) {
                if (p.entityId == gone)
                    c.checkParticipant(e, p);
            }
        }
    }
    if (!goneSources.isEmpty()) {
        for (const auto &e : d.events) {
            if (citesGone(e.sourceIds))
                c.checkSources("event", e.id, e.sourceIds, true);
        }
    }
    if (goneSources.isEmpty() && goneEvents.isEmpty()) {
        // Relationships still ending at a removed entity, through the index of relationships by
        // end: that entity's relationships, not all of them. Each once, in list order, when it
        // ends at two of them.
        QList<qsizetype> rows;
        for (const QString &gone : goneEntities)
            rows.append(d.relationshipRowsOf(gone));
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        for (qsizetype row : std::as_const(rows))
            c.checkRelationshipEnds(d.relationships.at(row));
    } else {
        for (const auto &r : d.relationships) {
            if (entityGone(r.fromId) || entityGone(r.toId))
                c.checkRelationshipEnds(r);
            if (goneEvents.contains(r.eventId))
                c.checkRelationshipEvent(r);
            if (!goneSources.isEmpty() && citesGone(r.sourceIds))
                c.checkSources("relationship", r.id, r.sourceIds, r.eventId.isEmpty());
        }
    }
    if (!goneSources.isEmpty() || !goneEntities.isEmpty()) {
        for (const auto &f : d.financials) {
            if (entityGone(f.companyId))
                c.checkFigureCompany(f, recordKey(f));
            if (goneSources.contains(f.sourceId))
                c.checkFigureSource(f, recordKey(f));
        }
    }
    return c.issues;
}

} // namespace atlas
