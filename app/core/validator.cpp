// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "validator.h"

#include "datalimits.h"

#include <QRegularExpression>
#include <QSet>

namespace atlas {

QString ValidationIssue::toString() const
{
    return Validator::tr("%1 '%2', field '%3': %4").arg(record, id, field, message);
}

bool Validator::isValidId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    return re.match(id).hasMatch();
}

namespace {

class Checker
{
public:
    explicit Checker(const Dataset &d) : data(d)
    {
        for (const auto &s : d.sources)
            sourceIds.insert(s.id);
        for (const auto &e : d.entities)
            entityIds.insert(e.id);
        for (const auto &e : d.events)
            eventIds.insert(e.id);
    }

    void add(const char *record, const QString &id, const char *field, const QString &message)
    {
        issues.append({QString::fromLatin1(record), id, QString::fromLatin1(field), message});
    }

    // Texts beyond DataLimits: named "title" for the English text, "title_ko" for the Korean,
    // as in the CSV columns.
    void checkLength(const char *record, const QString &id, const char *field, const QString &text, int max)
    {
        const QString problem = DataLimits::checkLength(text, max);
        if (!problem.isEmpty())
            add(record, id, field, problem);
    }
    void checkLength(const char *record, const QString &id, const char *field, const LocalizedText &text, int max)
    {
        checkLength(record, id, field, text.en, max);
        const QByteArray ko = QByteArray(field) + "_ko";
        checkLength(record, id, ko.constData(), text.ko, max);
    }
    void checkYear(const char *record, const QString &id, const char *field, const PartialDate &date)
    {
        const QString problem = DataLimits::checkYear(date.yearValue());
        if (!problem.isEmpty())
            add(record, id, field, problem);
    }
    void checkValue(const char *record, const QString &id, const char *field, const std::optional<double> &value)
    {
        const QString problem = value ? DataLimits::checkAmount(*value) : QString();
        if (!problem.isEmpty())
            add(record, id, field, problem);
    }

    template<typename T> void checkIds(const QList<T> &list, const char *record)
    {
        QSet<QString> seen;
        for (const auto &r : list) {
            if (r.id.size() > DataLimits::maxIdLength)
                add(record, r.id.left(40) + QStringLiteral("…"), "id", DataLimits::checkLength(r.id, DataLimits::maxIdLength));
            else if (!Validator::isValidId(r.id))
                add(record, r.id, "id", Validator::tr("must be lower-case letters, digits and '-'"));
            else if (seen.contains(r.id))
                add(record, r.id, "id", Validator::tr("is used more than once"));
            seen.insert(r.id);
        }
    }

    void checkSources(const char *record, const QString &id, const QStringList &ids, bool required)
    {
        if (required && ids.isEmpty())
            add(record, id, "sources", Validator::tr("needs at least one source"));
        for (const auto &s : ids) {
            if (!sourceIds.contains(s))
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
                add("event", id, field, Validator::tr("an exact or approximate amount needs a value"));
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
                add("event", id, field, Validator::tr("an indicative amount needs its words in text"));
            break;
        case AmountPrecision::Undisclosed:
            break;
        }
        for (const auto &eq : a.equivalent)
            checkAmount(id, eq, "amount.equivalent");
    }

    const Dataset &data;
    QSet<QString> sourceIds, entityIds, eventIds;
    QList<ValidationIssue> issues;
};

} // namespace

QList<ValidationIssue> Validator::validate(const Dataset &d)
{
    Checker c(d);
    c.checkIds(d.sources, "source");
    c.checkIds(d.entities, "entity");
    c.checkIds(d.events, "event");
    c.checkIds(d.relationships, "relationship");

    for (const auto &s : d.sources) {
        if (s.publisher.isEmpty())
            c.add("source", s.id, "publisher", tr("is empty"));
        if (!s.url.isEmpty() && !s.url.startsWith(QLatin1String("https://")) && !s.url.startsWith(QLatin1String("http://")))
            c.add("source", s.id, "url", tr("must be an http(s) address"));
        c.checkLength("source", s.id, "publisher", s.publisher, DataLimits::maxNameLength);
        c.checkLength("source", s.id, "title", s.title, DataLimits::maxTitleLength);
        c.checkLength("source", s.id, "url", s.url, DataLimits::maxAttributeLength);
        c.checkLength("source", s.id, "language", s.language, DataLimits::maxNameLength);
        c.checkYear("source", s.id, "date", s.date);
    }
    for (const auto &e : d.entities) {
        if (e.name.isEmpty())
            c.add("entity", e.id, "name", tr("needs an English or Korean name"));
        c.checkLength("entity", e.id, "name", e.name, DataLimits::maxNameLength);
        c.checkLength("entity", e.id, "ticker", e.ticker, DataLimits::maxNameLength);
        c.checkLength("entity", e.id, "description", e.description, DataLimits::maxSummaryLength);
    }
    for (const auto &e : d.events) {
        if (!e.date.isValid())
            c.add("event", e.id, "date", tr("is missing or not YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY"));
        if (e.title.isEmpty())
            c.add("event", e.id, "title", tr("needs an English or Korean title"));
        c.checkYear("event", e.id, "date", e.date);
        c.checkLength("event", e.id, "title", e.title, DataLimits::maxTitleLength);
        c.checkLength("event", e.id, "summary", e.summary, DataLimits::maxSummaryLength);
        if (e.participants.isEmpty())
            c.add("event", e.id, "participants", tr("needs at least one participant"));
        for (const auto &p : e.participants) {
            if (!c.entityIds.contains(p.entityId))
                c.add("event", e.id, "participants", tr("refers to unknown entity '%1'").arg(p.entityId));
        }
        if (e.amount)
            c.checkAmount(e.id, *e.amount, "amount");
        c.checkSources("event", e.id, e.sourceIds, true);
    }
    for (const auto &r : d.relationships) {
        if (!c.entityIds.contains(r.fromId))
            c.add("relationship", r.id, "from", tr("refers to unknown entity '%1'").arg(r.fromId));
        if (!c.entityIds.contains(r.toId))
            c.add("relationship", r.id, "to", tr("refers to unknown entity '%1'").arg(r.toId));
        if (r.fromId == r.toId)
            c.add("relationship", r.id, "to", tr("an entity cannot relate to itself"));
        if (r.validFrom.isValid() && r.validUntil.isValid() && r.validUntil.end() < r.validFrom.start())
            c.add("relationship", r.id, "validUntil", tr("ends before it starts"));
        c.checkYear("relationship", r.id, "validFrom", r.validFrom);
        c.checkYear("relationship", r.id, "validUntil", r.validUntil);
        if (!r.eventId.isEmpty() && !c.eventIds.contains(r.eventId))
            c.add("relationship", r.id, "event", tr("refers to unknown event '%1'").arg(r.eventId));
        c.checkSources("relationship", r.id, r.sourceIds, r.eventId.isEmpty());
    }
    QSet<QString> figureKeys;
    for (const auto &f : d.financials) {
        const QString key = QStringLiteral("%1/%2/%3").arg(f.companyId, f.quarter.toString(), keyOf(f.metric));
        if (!c.entityIds.contains(f.companyId))
            c.add("financial", key, "company", tr("refers to unknown entity '%1'").arg(f.companyId));
        if (!f.quarter.isValid() || f.quarter.precision() != PartialDate::Precision::Quarter)
            c.add("financial", key, "quarter", tr("must be a quarter, YYYY-Qn"));
        if (f.currency.size() != 3)
            c.add("financial", key, "currency", tr("needs a three-letter currency code"));
        if (!c.sourceIds.contains(f.sourceId))
            c.add("financial", key, "source", tr("refers to unknown source '%1'").arg(f.sourceId));
        c.checkYear("financial", key, "quarter", f.quarter);
        c.checkValue("financial", key, "value", f.value);
        c.checkLength("financial", key, "basis", f.basis, DataLimits::maxNameLength);
        if (figureKeys.contains(key))
            c.add("financial", key, "quarter", tr("the same figure appears more than once"));
        figureKeys.insert(key);
    }
    for (const auto &g : d.info.knownGaps) {
        const QString key = QStringLiteral("%1/%2/%3").arg(g.companyId, g.quarter.toString(), keyOf(g.metric));
        if (!c.entityIds.contains(g.companyId))
            c.add("known gap", key, "company", tr("refers to unknown entity '%1'").arg(g.companyId));
        if (!g.quarter.isValid() || g.quarter.precision() != PartialDate::Precision::Quarter)
            c.add("known gap", key, "quarter", tr("must be a quarter, YYYY-Qn"));
    }
    return c.issues;
}

} // namespace atlas
