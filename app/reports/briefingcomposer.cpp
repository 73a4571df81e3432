// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefingcomposer.h"

#include "briefing.h"
#include "core/displayname.h"
#include "core/financials.h"
#include "core/formatting.h"

#include <QMap>

#include <algorithm>

namespace atlas {

using namespace BriefingBlocks;

struct BriefingComposer::Private
{
    const Dataset &data;
    BriefingOptions options;
    Briefing::Figures figures;
    QDate from;
    QDate to;
    QStringList focus;
    QStringList cited;
    QStringList summary;
    QList<Block> blocks;
    mutable std::optional<QList<const Event *>> windowEvents; // eventsInWindow()

    // A briefing is read and printed: past these, its lists give the latest and say how many
    // there are in all (a window of 100,000 events made 3,885 pages).
    static constexpr int kMaxEventRows = 200;
    static constexpr int kMaxCompanyEventRows = 100;
    static constexpr int kMaxAmounts = 30;
    static constexpr int kMaxRelationshipRows = 200;

    Private(const Dataset &d, const BriefingOptions &o, Briefing::Figures f)
        : data(d), options(o), figures(std::move(f))
    {
    }

    Language lang() const { return options.lang; }
    // A translation whose plural form put n in plain digits, with n's thousands marked; before
    // any other number goes in.
    QString withThousands(QString text, qint64 n) const
    {
        return text.replace(QString::number(n), Format::count(n, lang()));
    }
    QString name(const QString &id) const { return displayName(data, id, lang()); }
    QString cite(const QStringList &sourceIds)
    {
        QStringList numbers;
        for (const auto &id : sourceIds) {
            if (!data.source(id))
                continue;
            int n = int(cited.indexOf(id));
            if (n < 0) {
                cited.append(id);
                n = int(cited.size() - 1);
            }
            if (!numbers.contains(QString::number(n + 1)))
                numbers << QString::number(n + 1);
        }
        return numbers.isEmpty()
                ? QString()
                : QLatin1Char('[') + numbers.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    // Worked out once: the cover, the summary, the table and every company in focus ask.
    const QList<const Event *> &eventsInWindow() const
    {
        if (!windowEvents)
            windowEvents = sortedEventsInWindow();
        return *windowEvents;
    }
    QList<const Event *> sortedEventsInWindow() const
    {
        QList<const Event *> out;
        for (const auto &e : data.events) {
            if (e.date.overlaps(from, to))
                out.append(&e);
        }
        std::stable_sort(out.begin(), out.end(), [](auto a, auto b) { return a->date < b->date; });
        return out;
    }
    QList<const Relationship *> relationshipsInWindow() const
    {
        QList<const Relationship *> out;
        for (const auto &r : data.relationships) {
            if (r.isValidWithin(from, to))
                out.append(&r);
        }
        // In the order they began; those whose start is not known last, in data order.
        std::stable_sort(out.begin(), out.end(), [](auto a, auto b) {
            if (a->validFrom.isValid() != b->validFrom.isValid())
                return a->validFrom.isValid();
            return a->validFrom.isValid() && a->validFrom < b->validFrom;
        });
        return out;
    }
    // When a relationship held: its start, or every interval of one valid over several.
    QString period(const Relationship &r) const
    {
        if (!r.spells.isEmpty())
            return Format::intervals(r.spells, lang());
        return r.validFrom.isValid() ? Format::date(r.validFrom, lang()) : QStringLiteral("—");
    }
    // A start of any interval falls in the window.
    bool startsWithin(const Relationship &r) const
    {
        for (const Spell &s : r.intervals()) {
            if (s.from.isValid() && s.from.overlaps(from, to))
                return true;
        }
        return false;
    }
    QString participants(const Event &e) const
    {
        QStringList names;
        for (const auto &p : e.participants)
            names << name(p.entityId);
        return names.join(QStringLiteral(", "));
    }
    QStringList relationshipSources(const Relationship &r) const
    {
        QStringList s = r.sourceIds;
        if (const Event *e = data.event(r.eventId))
            s += e->sourceIds;
        s.removeDuplicates();
        return s;
    }

    void compose();
    void composeSummary();
    void composeEventsTable(const QList<const Event *> &events);
    void composeFigures();
    void composeFinancialTable();
    void composeCompany(const QString &id);
    void composeSources();
    void setWindowAndFocus();
};

// The window defaults to the data's first and last day; the focus to every company with figures.
void BriefingComposer::Private::setWindowAndFocus()
{
    QDate first, last;
    for (const auto &e : data.events) {
        if (!first.isValid() || e.date.start() < first)
            first = e.date.start();
        if (!last.isValid() || e.date.end() > last)
            last = e.date.end();
    }
    for (const auto &f : data.financials) {
        if (!first.isValid() || f.quarter.start() < first)
            first = f.quarter.start();
        if (!last.isValid() || f.quarter.end() > last)
            last = f.quarter.end();
    }
    from = options.from.isValid() ? options.from : first;
    to = options.to.isValid() ? options.to : last;
    focus = options.focus;
    if (focus.isEmpty()) {
        for (const auto &e : data.entities) {
            if (e.kind != EntityKind::Company)
                continue;
            for (const auto &f : data.financials) {
                if (f.companyId == e.id) {
                    focus << e.id;
                    break;
                }
            }
        }
    }
}

void BriefingComposer::Private::compose()
{
    const Language l = lang();
    const QString window = Format::date(PartialDate::day(from.year(), from.month(), from.day()), l)
            + QStringLiteral(" – ")
            + Format::date(PartialDate::day(to.year(), to.month(), to.day()), l);

    // Cover.
    blocks << Heading{ 0, Briefing::tr("Telco Atlas Briefing") };
    blocks << Paragraph{ data.info.title.text(l) };
    QStringList focusNames;
    for (const auto &id : focus)
        focusNames << name(id);
    blocks << Table{
        { Briefing::tr("Scope"), QString() },
        { 1, 3 },
        { { Briefing::tr("Companies in focus"), focusNames.join(QStringLiteral(", ")) },
          { Briefing::tr("Time window"), window },
          { Briefing::tr("Generated"),
            Format::date(PartialDate::day(options.generated.year(), options.generated.month(),
                                          options.generated.day()),
                         l) },
          { Briefing::tr("Dataset"),
            Briefing::tr("%1, version %2").arg(data.info.id, data.info.version) },
          { Briefing::tr("Contents"),
            withThousands(Briefing::tr("%n event(s), %1 relationships, %2 quarterly figures, "
                                       "%3 sources",
                                       nullptr, int(eventsInWindow().size())),
                          eventsInWindow().size())
                    .arg(Format::count(relationshipsInWindow().size(), l),
                         Format::count(data.financials.size(), l),
                         Format::count(data.sources.size(), l)) } }
    };
    blocks << Paragraph{
        Briefing::tr(
                "Every statement below is composed from the dataset; numbers in brackets refer to "
                "the "
                "numbered sources at the end. Dates keep the precision they are known to: a month "
                "stands for the whole month."),
        true
    };

    composeSummary();
    const auto events = eventsInWindow();
    composeEventsTable(events);
    composeFigures();
    for (const auto &id : focus)
        composeCompany(id);
    composeSources();
}

void BriefingComposer::Private::composeSummary()
{
    const Language l = lang();
    blocks << Heading{ 1, Briefing::tr("Summary") };
    const auto events = eventsInWindow();
    if (events.isEmpty()) {
        summary << Briefing::tr("The dataset records no events in this time window.");
    } else {
        QMap<int, int> byKind;
        QHash<QString, int> byEntity;
        for (const Event *e : events) {
            byKind[int(e->kind)]++;
            for (const auto &p : e->participants)
                byEntity[p.entityId]++;
        }
        QStringList kinds;
        for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
            kinds << QStringLiteral("%1 %2").arg(labelOf(EventKind(it.key())),
                                                 Format::count(it.value(), l));
        // The window as the cover states it; the events' own first and last dates follow.
        summary << Briefing::tr("Between %1 and %2 the dataset records %3 events (by kind: %4) "
                                "involving %5 "
                                "organisations, products and people, the first on %6 and the last "
                                "on %7.")
                           .arg(Format::date(
                                        PartialDate::day(from.year(), from.month(), from.day()), l),
                                Format::date(PartialDate::day(to.year(), to.month(), to.day()), l))
                           .arg(Format::count(events.size(), l))
                           .arg(kinds.join(QStringLiteral(", ")))
                           .arg(Format::count(byEntity.size(), l))
                           .arg(Format::date(events.first()->date, l),
                                Format::date(events.last()->date, l));

        QList<std::pair<QString, int>> ranking;
        for (auto it = byEntity.cbegin(); it != byEntity.cend(); ++it)
            ranking.append({ it.key(), it.value() });
        std::sort(ranking.begin(), ranking.end(), [&](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second
                                        : data.entityIndex(a.first) < data.entityIndex(b.first);
        });
        QStringList top;
        for (int i = 0; i < std::min<qsizetype>(3, ranking.size()); ++i)
            top << Briefing::tr("%1 (%n event(s))", nullptr, ranking.at(i).second)
                            .arg(name(ranking.at(i).first));
        summary << Briefing::tr("Most active: %1.").arg(top.join(QStringLiteral(", ")));

        QList<const Event *> withAmounts;
        for (const Event *e : events) {
            if (e->amount && e->amount->precision != AmountPrecision::Undisclosed)
                withAmounts.append(e);
        }
        QStringList amounts;
        for (const Event *e :
             withAmounts.mid(std::max<qsizetype>(0, withAmounts.size() - kMaxAmounts)))
            amounts << Briefing::tr("%1: %2 (%3) %4")
                               .arg(e->title.text(l), Format::amount(*e->amount, l),
                                    Format::date(e->date, l), cite(e->sourceIds));
        if (withAmounts.size() > kMaxAmounts)
            summary << Briefing::tr("Amounts as reported, the latest %1 of %2: %3.")
                               .arg(Format::count(amounts.size(), l),
                                    Format::count(withAmounts.size(), l),
                                    amounts.join(QStringLiteral("; ")));
        else if (!amounts.isEmpty())
            summary << Briefing::tr("Amounts as reported: %1.")
                               .arg(amounts.join(QStringLiteral("; ")));
    }

    QStringList started;
    for (const Relationship *r : relationshipsInWindow()) {
        if (!startsWithin(*r))
            continue;
        started << Briefing::tr("%1 %2 %3 (%4)")
                           .arg(name(r->fromId), typeLabel(*r, data.types), name(r->toId),
                                period(*r));
    }
    constexpr int maxListed = 6;
    if (!started.isEmpty()) {
        const int total = int(started.size());
        QString list = started.mid(0, maxListed).join(QStringLiteral("; "));
        if (total > maxListed)
            list += withThousands(Briefing::tr("; and %n more (see the company graph)", nullptr,
                                               total - maxListed),
                                  total - maxListed);
        summary << withThousands(Briefing::tr("%n relationship(s) began in this window: %1.",
                                              nullptr, total),
                                 total)
                           .arg(list);
    }

    for (const auto &company : focus) {
        const auto quarter = Financials::latestComparableQuarter(data, company, from, to);
        if (!quarter)
            continue;
        QStringList parts;
        QStringList sources;
        for (Metric m : allValues<Metric>()) {
            const auto now = data.figure(company, *quarter, m);
            const auto before = now ? Financials::yearAgoFigure(data, *now) : std::nullopt;
            if (!now || !before)
                continue;
            const auto change = Financials::change(before->value, now->value);
            parts << Briefing::tr("%1 %2 (%3 year on year)")
                             .arg(labelOf(m), Format::money(now->value, now->currency, l),
                                  change ? Format::percent(*change, l) : QStringLiteral("—"));
            sources << now->sourceId << before->sourceId;
        }
        if (!parts.isEmpty())
            summary << Briefing::tr("%1 in %2: %3 %4.")
                               .arg(name(company), Format::date(*quarter, l),
                                    parts.join(QStringLiteral(", ")), cite(sources));
    }
    for (const auto &s : summary)
        blocks << Paragraph{ s };
}

void BriefingComposer::Private::composeEventsTable(const QList<const Event *> &events)
{
    const Language l = lang();
    blocks << Heading{ 1, Briefing::tr("Key events") };
    Table t{ { Briefing::tr("Date"), Briefing::tr("Participants"), Briefing::tr("What happened"),
               Briefing::tr("Amount"), Briefing::tr("Src.") },
             { 1.15, 1.5, 3.0, 1.45, 0.55 },
             {} };
    const qsizetype first = std::max<qsizetype>(0, events.size() - kMaxEventRows);
    for (const Event *e : events.mid(first)) {
        t.rows << QStringList{ Format::date(e->date, l), participants(*e), e->title.text(l),
                               e->amount ? Format::amount(*e->amount, l) : QString(),
                               cite(e->sourceIds) };
    }
    if (first > 0)
        blocks << Paragraph{ Briefing::tr("The time window holds %1 events; the table lists the "
                                          "latest %2. The Events tab and Export Data list them "
                                          "all.")
                                     .arg(Format::count(events.size(), l),
                                          Format::count(t.rows.size(), l)),
                             true };
    if (t.rows.isEmpty())
        blocks << Paragraph{ Briefing::tr("No events fall in this time window."), true };
    else
        blocks << t;
}

void BriefingComposer::Private::composeFigures()
{
    blocks << PageBreak{};
    blocks << Heading{ 1, Briefing::tr("Company graph") };
    if (figures.graph)
        blocks << Figure{ 330.0, Briefing::tr("Relationships valid in the time window."),
                          figures.graph };
    Table rels{ { Briefing::tr("From"), Briefing::tr("Relationship"), Briefing::tr("To"),
                  Briefing::tr("Since"), Briefing::tr("Src.") },
                { 1.6, 1.4, 1.6, 1.2, 0.6 },
                {} };
    QList<const Relationship *> valid = relationshipsInWindow();
    const qsizetype all = valid.size();
    if (all > kMaxRelationshipRows) {
        // Those that began last: the ones with a known start come first, in the order they began.
        const qsizetype known = std::count_if(valid.cbegin(), valid.cend(),
                                              [](auto r) { return r->validFrom.isValid(); });
        const qsizetype end = std::max<qsizetype>(known, kMaxRelationshipRows);
        valid = valid.mid(end - kMaxRelationshipRows, kMaxRelationshipRows);
        blocks << Paragraph{ Briefing::tr("The time window holds %1 relationships; the table "
                                          "lists the %2 that began last, the company graph shows "
                                          "them all.")
                                     .arg(Format::count(all, lang()),
                                          Format::count(valid.size(), lang())),
                             true };
    }
    for (const Relationship *r : std::as_const(valid)) {
        rels.rows << QStringList{ name(r->fromId), typeLabel(*r, data.types), name(r->toId),
                                  period(*r), cite(relationshipSources(*r)) };
    }
    if (!rels.rows.isEmpty())
        blocks << rels;

    if (figures.timeline) {
        blocks << PageBreak{};
        blocks << Heading{ 1, Briefing::tr("Timeline") };
        blocks << Figure{
            300.0,
            Briefing::tr("Events on company lanes; spans show month, quarter and year precision."),
            figures.timeline
        };
    }

    blocks << PageBreak{};
    blocks << Heading{ 1, Briefing::tr("Financial results") };
    for (const auto &[caption, painter] : figures.charts)
        blocks << Figure{ 230.0, caption, painter };
    composeFinancialTable();
}

void BriefingComposer::Private::composeFinancialTable()
{
    const Language l = lang();
    Table t{ { Briefing::tr("Company"), Briefing::tr("Quarter"), labelOf(Metric::Revenue),
               labelOf(Metric::OperatingProfit), Briefing::tr("Margin"),
               Briefing::tr("Year on year"), Briefing::tr("Src.") },
             { 1.2, 0.9, 1.4, 1.4, 0.8, 1.5, 0.6 },
             {} };
    QStringList companies;
    for (const auto &f : data.financials) {
        if (!companies.contains(f.companyId))
            companies << f.companyId;
    }
    // Every quarter with a figure or a known gap; a figure's note and a gap's reason become
    // numbered notes under the table.
    QStringList notes;
    auto noted = [&](const QString &text, const QString &note) {
        notes << note;
        return QStringLiteral("%1 [n%2]").arg(text).arg(notes.size());
    };
    for (const auto &company : companies) {
        QList<PartialDate> quarters;
        for (const auto &f : data.financials) {
            if (f.companyId == company && f.quarter.overlaps(from, to)
                && !quarters.contains(f.quarter))
                quarters << f.quarter;
        }
        for (const auto &g : data.info.knownGaps) {
            if (g.companyId == company && g.quarter.overlaps(from, to)
                && !quarters.contains(g.quarter))
                quarters << g.quarter;
        }
        std::sort(quarters.begin(), quarters.end());
        for (const auto &q : quarters) {
            const auto rev = data.figure(company, q, Metric::Revenue);
            const auto op = data.figure(company, q, Metric::OperatingProfit);
            const auto margin = Financials::operatingMargin(rev, op);
            QStringList yoy;
            for (Metric m : allValues<Metric>()) {
                const auto now = data.figure(company, q, m);
                const auto c = now ? Financials::yearOnYear(data, *now) : std::nullopt;
                if (c)
                    yoy << Format::percent(*c, l);
            }
            QStringList sources;
            QStringList values;
            for (Metric m : allValues<Metric>()) {
                const auto f = m == Metric::Revenue ? rev : op;
                const QString what = QStringLiteral("%1, %2, %3")
                                             .arg(name(company), Format::date(q, l), labelOf(m));
                if (f) {
                    sources << f->sourceId;
                    const QString money = Format::money(f->value, f->currency, l);
                    values << (f->note.isEmpty() ? money
                                                 : noted(money,
                                                         QStringLiteral("%1: %2").arg(
                                                                 what, f->note.text(l))));
                } else if (const FigureGap *g = data.knownGap(company, q, m)) {
                    values << noted(Briefing::tr("not reported"),
                                    QStringLiteral("%1: %2").arg(what, g->reason.text(l)));
                } else {
                    values << QStringLiteral("—");
                }
            }
            t.rows << QStringList{
                name(company),
                Format::date(q, l),
                values.at(0),
                values.at(1),
                margin ? Format::percent(*margin, l).remove(QLatin1Char('+')) : QStringLiteral("—"),
                yoy.size() == 2 ? yoy.join(QStringLiteral(" / ")) : QStringLiteral("—"),
                cite(sources)
            };
        }
    }
    if (!t.rows.isEmpty()) {
        blocks << Paragraph{ Briefing::tr(
                                     "Consolidated K-IFRS figures. Year on year: revenue / "
                                     "operating profit against the same quarter a year earlier."),
                             true };
        blocks << t;
        for (qsizetype i = 0; i < notes.size(); ++i)
            blocks << Paragraph{ QStringLiteral("[n%1] %2").arg(i + 1).arg(notes.at(i)), true };
    }
}

void BriefingComposer::Private::composeCompany(const QString &id)
{
    const Language l = lang();
    const Entity *e = data.entity(id);
    if (!e)
        return;
    blocks << PageBreak{};
    QString heading = e->name.text(l);
    const QString other = l == Language::Korean ? e->name.en : e->name.ko;
    if (!other.isEmpty() && other != heading)
        heading += QStringLiteral(" (%1)").arg(other);
    blocks << Heading{ 1, heading };
    QString line = kindLabel(*e, data.types);
    if (!e->ticker.isEmpty())
        line += QStringLiteral(" · ") + e->ticker;
    if (!e->description.isEmpty())
        line += QStringLiteral(" · ") + e->description.text(l);
    blocks << Paragraph{ line, true };

    Table events{ { Briefing::tr("Date"), Briefing::tr("What happened"), Briefing::tr("Amount"),
                    Briefing::tr("Src.") },
                  { 1.2, 4.0, 1.6, 0.6 },
                  {} };
    QList<const Event *> own;
    for (const Event *ev : eventsInWindow()) {
        if (ev->involves(id))
            own.append(ev);
    }
    for (const Event *ev : own.mid(std::max<qsizetype>(0, own.size() - kMaxCompanyEventRows)))
        events.rows << QStringList{ Format::date(ev->date, l), ev->title.text(l),
                                    ev->amount ? Format::amount(*ev->amount, l) : QString(),
                                    cite(ev->sourceIds) };
    blocks << Heading{ 2, Briefing::tr("Events") };
    if (own.size() > events.rows.size())
        blocks << Paragraph{ Briefing::tr("%1 events in the time window; the latest %2:")
                                     .arg(Format::count(own.size(), l),
                                          Format::count(events.rows.size(), l)),
                             true };
    if (events.rows.isEmpty())
        blocks << Paragraph{ Briefing::tr("No events in this time window."), true };
    else
        blocks << events;

    Table partners{ { Briefing::tr("Relationship"), Briefing::tr("With"), Briefing::tr("Since"),
                      Briefing::tr("Src.") },
                    { 2.0, 2.6, 1.6, 0.6 },
                    {} };
    for (const Relationship *r : relationshipsInWindow()) {
        if (r->fromId != id && r->toId != id)
            continue;
        const bool outgoing = r->fromId == id;
        const QString relation = outgoing || !isDirected(*r, data.types)
                ? typeLabel(*r, data.types)
                : Briefing::tr("%1 (by)").arg(typeLabel(*r, data.types));
        partners.rows << QStringList{ relation, name(outgoing ? r->toId : r->fromId), period(*r),
                                      cite(relationshipSources(*r)) };
    }
    if (!partners.rows.isEmpty()) {
        blocks << Heading{ 2, Briefing::tr("Partners and relationships") };
        blocks << partners;
    }

    Table figures{ { Briefing::tr("Quarter"), labelOf(Metric::Revenue),
                     labelOf(Metric::OperatingProfit), Briefing::tr("Src.") },
                   { 1.2, 2.2, 2.2, 0.6 },
                   {} };
    for (const auto &rev : data.series(id, Metric::Revenue)) {
        if (!rev.quarter.overlaps(from, to))
            continue;
        const auto op = data.figure(id, rev.quarter, Metric::OperatingProfit);
        figures.rows << QStringList{ Format::date(rev.quarter, l),
                                     Format::money(rev.value, rev.currency, l),
                                     op ? Format::money(op->value, op->currency, l)
                                        : QStringLiteral("—"),
                                     cite({ rev.sourceId }) };
    }
    if (!figures.rows.isEmpty()) {
        blocks << Heading{ 2, Briefing::tr("Quarterly results") };
        blocks << figures;
    }
}

void BriefingComposer::Private::composeSources()
{
    const Language l = lang();
    blocks << PageBreak{};
    blocks << Heading{ 1, Briefing::tr("Sources") };
    for (int i = 0; i < cited.size(); ++i) {
        const Source *s = data.source(cited.at(i));
        QString text = QStringLiteral("[%1] %2").arg(i + 1).arg(s->publisher);
        if (!s->title.isEmpty())
            text += QStringLiteral(". ") + s->title;
        if (s->date.isValid())
            text += QStringLiteral(". ") + Format::date(s->date, l);
        if (!s->url.isEmpty())
            text += QStringLiteral(". ") + s->url;
        blocks << Paragraph{ text };
    }
}

BriefingComposer::BriefingComposer(const Dataset &data, const BriefingOptions &options,
                                   Briefing::Figures figures)
    : d(std::make_unique<Private>(data, options, std::move(figures)))
{
}

BriefingComposer::~BriefingComposer() = default;

BriefingContent BriefingComposer::compose()
{
    d->blocks.clear();
    d->cited.clear();
    d->summary.clear();
    d->focus.clear();
    d->setWindowAndFocus();
    d->compose();
    return BriefingContent{ d->from, d->to, d->focus, d->cited, d->summary, d->blocks };
}

} // namespace atlas
