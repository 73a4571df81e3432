// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefing.h"

#include "core/formatting.h"
#include "models/typography.h"

#include <QFile>
#include <QFontMetricsF>
#include <QRegularExpression>
#include <QHashSeed>
#include <QMap>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <variant>

namespace atlas {

namespace {

constexpr double kMarginX = 48.0;
constexpr double kMarginTop = 54.0;
constexpr double kMarginBottom = 48.0;
constexpr double kBodySize = 9.5;
constexpr double kSmallSize = 7.5;
constexpr double kGap = 6.0;

const QColor kInk(0x1d, 0x26, 0x33);
const QColor kMuted(0x5f, 0x6b, 0x7a);
const QColor kRule(0xc9, 0xd2, 0xdc);
const QColor kAccent(0x1b, 0x3a, 0x5c);
const QColor kHeaderFill(0xe8, 0xee, 0xf5);

struct Heading
{
    int level = 1;
    QString text;
};
struct Paragraph
{
    QString text;
    bool muted = false;
};
struct Table
{
    QStringList headers;
    QList<double> weights; // relative column widths
    QList<QStringList> rows;
};
struct Figure
{
    double height = 300.0;
    QString caption;
    Briefing::FigurePainter paint;
};
struct PageBreak
{
};
using Block = std::variant<Heading, Paragraph, Table, Figure, PageBreak>;

// A placed piece of a block on a page: the block, and for tables the rows that landed here.
struct Placement
{
    int block = 0;
    QRectF rect;
    int firstRow = 0;
    int lastRow = -1; // inclusive; -1 for non-table blocks
};

double textHeight(const QFont &font, double width, const QString &text)
{
    const QFontMetricsF fm(font);
    return fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

QFont headingFont(int level)
{
    return Briefing::font(level == 0 ? 26.0 : level == 1 ? 15.0 : 11.5, true);
}

} // namespace

struct Briefing::Private
{
    const Dataset &data;
    BriefingOptions options;
    Figures figures;
    QDate from;
    QDate to;
    QStringList focus;
    QStringList cited;
    QStringList summary;
    QList<Block> blocks;
    QSizeF pageSize;
    QList<QList<Placement>> pages;

    Private(const Dataset &d, const BriefingOptions &o, Figures f) : data(d), options(o), figures(std::move(f)) { }

    Language lang() const { return options.lang; }
    QString name(const QString &id) const
    {
        const Entity *e = data.entity(id);
        return e ? e->name.text(lang()) : id;
    }
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
        return numbers.isEmpty() ? QString() : QLatin1Char('[') + numbers.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    QList<const Event *> eventsInWindow() const
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
        return out;
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
    // The latest quarter of a company within the window that has a figure a year before it.
    std::optional<PartialDate> latestComparableQuarter(const QString &company) const
    {
        std::optional<PartialDate> best;
        for (const auto &f : data.financials) {
            if (f.companyId != company || f.metric != Metric::Revenue || !f.quarter.overlaps(from, to))
                continue;
            const PartialDate yearAgo = PartialDate::quarter(f.quarter.yearValue() - 1, f.quarter.quarterValue());
            if (!data.figure(company, yearAgo, Metric::Revenue))
                continue;
            if (!best || *best < f.quarter)
                best = f.quarter;
        }
        return best;
    }

    void compose();
    void composeSummary();
    void composeEventsTable(const QList<const Event *> &events);
    void composeFigures();
    void composeFinancialTable();
    void composeCompany(const QString &id);
    void composeSources();

    void place();
    void paintBlock(QPainter &p, const Placement &pl) const;
    void paintFrame(QPainter &p, int page) const;
    double blockHeight(const Block &b, double width) const;
    double rowHeight(const Table &t, int row, double width) const;
};

void Briefing::Private::compose()
{
    const Language l = lang();
    const QString window = Format::date(PartialDate::day(from.year(), from.month(), from.day()), l) + QStringLiteral(" – ")
        + Format::date(PartialDate::day(to.year(), to.month(), to.day()), l);

    // Cover.
    blocks << Heading{0, Briefing::tr("Telco Atlas Briefing")};
    blocks << Paragraph{data.info.title.text(l)};
    QStringList focusNames;
    for (const auto &id : focus)
        focusNames << name(id);
    blocks << Table{{Briefing::tr("Scope"), QString()},
                    {1, 3},
                    {{Briefing::tr("Companies in focus"), focusNames.join(QStringLiteral(", "))},
                     {Briefing::tr("Time window"), window},
                     {Briefing::tr("Generated"), Format::date(PartialDate::day(options.generated.year(), options.generated.month(), options.generated.day()), l)},
                     {Briefing::tr("Dataset"), Briefing::tr("%1, version %2").arg(data.info.id, data.info.version)},
                     {Briefing::tr("Contents"), Briefing::tr("%n event(s), %1 relationships, %2 quarterly figures, %3 sources", nullptr,
                                                            int(eventsInWindow().size()))
                                                    .arg(relationshipsInWindow().size())
                                                    .arg(data.financials.size())
                                                    .arg(data.sources.size())}}};
    blocks << Paragraph{Briefing::tr("Every statement below is composed from the dataset; numbers in brackets refer to the "
                                     "numbered sources at the end. Dates keep the precision they are known to: a month "
                                     "stands for the whole month."),
                        true};

    composeSummary();
    const auto events = eventsInWindow();
    composeEventsTable(events);
    composeFigures();
    for (const auto &id : focus)
        composeCompany(id);
    composeSources();
}

void Briefing::Private::composeSummary()
{
    const Language l = lang();
    blocks << Heading{1, Briefing::tr("Summary")};
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
            kinds << QStringLiteral("%1 %2").arg(labelOf(EventKind(it.key()))).arg(it.value());
        // The window as the cover states it; the events' own first and last dates follow.
        summary << Briefing::tr("Between %1 and %2 the dataset records %3 events (by kind: %4) involving %5 "
                                "organisations, products and people, the first on %6 and the last on %7.")
                       .arg(Format::date(PartialDate::day(from.year(), from.month(), from.day()), l),
                            Format::date(PartialDate::day(to.year(), to.month(), to.day()), l))
                       .arg(events.size())
                       .arg(kinds.join(QStringLiteral(", ")))
                       .arg(byEntity.size())
                       .arg(Format::date(events.first()->date, l), Format::date(events.last()->date, l));

        QList<std::pair<QString, int>> ranking;
        for (auto it = byEntity.cbegin(); it != byEntity.cend(); ++it)
            ranking.append({it.key(), it.value()});
        std::sort(ranking.begin(), ranking.end(), [&](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second : data.entityIndex(a.first) < data.entityIndex(b.first);
        });
        QStringList top;
        for (int i = 0; i < std::min<qsizetype>(3, ranking.size()); ++i)
            top << Briefing::tr("%1 (%n event(s))", nullptr, ranking.at(i).second).arg(name(ranking.at(i).first));
        summary << Briefing::tr("Most active: %1.").arg(top.join(QStringLiteral(", ")));

        QStringList amounts;
        for (const Event *e : events) {
            if (!e->amount || e->amount->precision == AmountPrecision::Undisclosed)
                continue;
            amounts << Briefing::tr("%1: %2 (%3) %4")
                           .arg(e->title.text(l), Format::amount(*e->amount, l), Format::date(e->date, l), cite(e->sourceIds));
        }
        if (!amounts.isEmpty())
            summary << Briefing::tr("Amounts as reported: %1.").arg(amounts.join(QStringLiteral("; ")));
    }

    QStringList started;
    for (const Relationship *r : relationshipsInWindow()) {
        if (!r->validFrom.isValid() || !r->validFrom.overlaps(from, to))
            continue;
        started << Briefing::tr("%1 %2 %3 (%4)").arg(name(r->fromId), labelOf(r->type), name(r->toId), Format::date(r->validFrom, l));
    }
    constexpr int maxListed = 6;
    if (!started.isEmpty()) {
        const int total = int(started.size());
        QString list = started.mid(0, maxListed).join(QStringLiteral("; "));
        if (total > maxListed)
            list += Briefing::tr("; and %n more (see the company graph)", nullptr, total - maxListed);
        summary << Briefing::tr("%n relationship(s) began in this window: %1.", nullptr, total).arg(list);
    }

    for (const auto &company : focus) {
        const auto quarter = latestComparableQuarter(company);
        if (!quarter)
            continue;
        const PartialDate yearAgo = PartialDate::quarter(quarter->yearValue() - 1, quarter->quarterValue());
        QStringList parts;
        QStringList sources;
        for (Metric m : allValues<Metric>()) {
            const auto now = data.figure(company, *quarter, m);
            const auto before = data.figure(company, yearAgo, m);
            if (!now || !before)
                continue;
            const auto change = Format::change(before->value, now->value);
            parts << Briefing::tr("%1 %2 (%3 year on year)")
                         .arg(labelOf(m), Format::money(now->value, now->currency, l),
                              change ? Format::percent(*change, l) : QStringLiteral("—"));
            sources << now->sourceId << before->sourceId;
        }
        if (!parts.isEmpty())
            summary << Briefing::tr("%1 in %2: %3 %4.").arg(name(company), Format::date(*quarter, l), parts.join(QStringLiteral(", ")), cite(sources));
    }
    for (const auto &s : summary)
        blocks << Paragraph{s};
}

void Briefing::Private::composeEventsTable(const QList<const Event *> &events)
{
    const Language l = lang();
    blocks << Heading{1, Briefing::tr("Key events")};
    Table t{{Briefing::tr("Date"), Briefing::tr("Participants"), Briefing::tr("What happened"), Briefing::tr("Amount"),
             Briefing::tr("Src.")},
            {1.15, 1.5, 3.0, 1.45, 0.55},
            {}};
    for (const Event *e : events) {
        t.rows << QStringList{Format::date(e->date, l), participants(*e), e->title.text(l),
                              e->amount ? Format::amount(*e->amount, l) : QString(), cite(e->sourceIds)};
    }
    if (t.rows.isEmpty())
        blocks << Paragraph{Briefing::tr("No events fall in this time window."), true};
    else
        blocks << t;
}

void Briefing::Private::composeFigures()
{
    const Language l = lang();
    blocks << PageBreak{};
    blocks << Heading{1, Briefing::tr("Company graph")};
    if (figures.graph)
        blocks << Figure{330.0, Briefing::tr("Relationships valid in the time window."), figures.graph};
    Table rels{{Briefing::tr("From"), Briefing::tr("Relationship"), Briefing::tr("To"), Briefing::tr("Since"), Briefing::tr("Src.")},
               {1.6, 1.4, 1.6, 1.2, 0.6},
               {}};
    for (const Relationship *r : relationshipsInWindow()) {
        rels.rows << QStringList{name(r->fromId), labelOf(r->type), name(r->toId),
                                 r->validFrom.isValid() ? Format::date(r->validFrom, l) : QStringLiteral("—"),
                                 cite(relationshipSources(*r))};
    }
    if (!rels.rows.isEmpty())
        blocks << rels;

    if (figures.timeline) {
        blocks << PageBreak{};
        blocks << Heading{1, Briefing::tr("Timeline")};
        blocks << Figure{300.0, Briefing::tr("Events on company lanes; spans show month, quarter and year precision."), figures.timeline};
    }

    blocks << PageBreak{};
    blocks << Heading{1, Briefing::tr("Financial results")};
    for (const auto &[caption, painter] : figures.charts)
        blocks << Figure{230.0, caption, painter};
    composeFinancialTable();
}

void Briefing::Private::composeFinancialTable()
{
    const Language l = lang();
    Table t{{Briefing::tr("Company"), Briefing::tr("Quarter"), labelOf(Metric::Revenue), labelOf(Metric::OperatingProfit),
             Briefing::tr("Margin"), Briefing::tr("Year on year"), Briefing::tr("Src.")},
            {1.2, 0.9, 1.4, 1.4, 0.8, 1.5, 0.6},
            {}};
    QStringList companies;
    for (const auto &f : data.financials) {
        if (!companies.contains(f.companyId))
            companies << f.companyId;
    }
    for (const auto &company : companies) {
        for (const auto &rev : data.series(company, Metric::Revenue)) {
            if (!rev.quarter.overlaps(from, to))
                continue;
            const auto op = data.figure(company, rev.quarter, Metric::OperatingProfit);
            const PartialDate yearAgo = PartialDate::quarter(rev.quarter.yearValue() - 1, rev.quarter.quarterValue());
            QStringList yoy;
            for (Metric m : allValues<Metric>()) {
                const auto now = data.figure(company, rev.quarter, m);
                const auto before = data.figure(company, yearAgo, m);
                const auto c = now && before ? Format::change(before->value, now->value) : std::nullopt;
                if (c)
                    yoy << Format::percent(*c, l);
            }
            QStringList sources{rev.sourceId};
            if (op)
                sources << op->sourceId;
            t.rows << QStringList{name(company), Format::date(rev.quarter, l), Format::money(rev.value, rev.currency, l),
                                  op ? Format::money(op->value, op->currency, l) : QStringLiteral("—"),
                                  op && rev.value != 0.0 ? Format::percent(op->value / rev.value, l).remove(QLatin1Char('+')) : QStringLiteral("—"),
                                  yoy.size() == 2 ? yoy.join(QStringLiteral(" / ")) : QStringLiteral("—"), cite(sources)};
        }
    }
    if (!t.rows.isEmpty()) {
        blocks << Paragraph{Briefing::tr("Consolidated K-IFRS figures. Year on year: revenue / operating profit against the same quarter a year earlier."), true};
        blocks << t;
    }
}

void Briefing::Private::composeCompany(const QString &id)
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
    blocks << Heading{1, heading};
    QString line = labelOf(e->kind);
    if (!e->ticker.isEmpty())
        line += QStringLiteral(" · ") + e->ticker;
    if (!e->description.isEmpty())
        line += QStringLiteral(" · ") + e->description.text(l);
    blocks << Paragraph{line, true};

    Table events{{Briefing::tr("Date"), Briefing::tr("What happened"), Briefing::tr("Amount"), Briefing::tr("Src.")}, {1.2, 4.0, 1.6, 0.6}, {}};
    for (const Event *ev : eventsInWindow()) {
        if (ev->involves(id))
            events.rows << QStringList{Format::date(ev->date, l), ev->title.text(l), ev->amount ? Format::amount(*ev->amount, l) : QString(),
                                       cite(ev->sourceIds)};
    }
    blocks << Heading{2, Briefing::tr("Events")};
    if (events.rows.isEmpty())
        blocks << Paragraph{Briefing::tr("No events in this time window."), true};
    else
        blocks << events;

    Table partners{{Briefing::tr("Relationship"), Briefing::tr("With"), Briefing::tr("Since"), Briefing::tr("Src.")}, {2.0, 2.6, 1.6, 0.6}, {}};
    for (const Relationship *r : relationshipsInWindow()) {
        if (r->fromId != id && r->toId != id)
            continue;
        const bool outgoing = r->fromId == id;
        const QString relation = outgoing || !r->isDirected() ? labelOf(r->type) : Briefing::tr("%1 (by)").arg(labelOf(r->type));
        partners.rows << QStringList{relation, name(outgoing ? r->toId : r->fromId),
                                     r->validFrom.isValid() ? Format::date(r->validFrom, l) : QStringLiteral("—"), cite(relationshipSources(*r))};
    }
    if (!partners.rows.isEmpty()) {
        blocks << Heading{2, Briefing::tr("Partners and relationships")};
        blocks << partners;
    }

    Table figures{{Briefing::tr("Quarter"), labelOf(Metric::Revenue), labelOf(Metric::OperatingProfit), Briefing::tr("Src.")}, {1.2, 2.2, 2.2, 0.6}, {}};
    for (const auto &rev : data.series(id, Metric::Revenue)) {
        if (!rev.quarter.overlaps(from, to))
            continue;
        const auto op = data.figure(id, rev.quarter, Metric::OperatingProfit);
        figures.rows << QStringList{Format::date(rev.quarter, l), Format::money(rev.value, rev.currency, l),
                                    op ? Format::money(op->value, op->currency, l) : QStringLiteral("—"), cite({rev.sourceId})};
    }
    if (!figures.rows.isEmpty()) {
        blocks << Heading{2, Briefing::tr("Quarterly results")};
        blocks << figures;
    }
}

void Briefing::Private::composeSources()
{
    const Language l = lang();
    blocks << PageBreak{};
    blocks << Heading{1, Briefing::tr("Sources")};
    for (int i = 0; i < cited.size(); ++i) {
        const Source *s = data.source(cited.at(i));
        QString text = QStringLiteral("[%1] %2").arg(i + 1).arg(s->publisher);
        if (!s->title.isEmpty())
            text += QStringLiteral(". ") + s->title;
        if (s->date.isValid())
            text += QStringLiteral(". ") + Format::date(s->date, l);
        if (!s->url.isEmpty())
            text += QStringLiteral(". ") + s->url;
        blocks << Paragraph{text};
    }
}

double Briefing::Private::rowHeight(const Table &t, int row, double width) const
{
    double total = 0.0;
    for (double w : t.weights)
        total += w;
    const QStringList &cells = row < 0 ? t.headers : t.rows.at(row);
    const QFont f = Briefing::font(kSmallSize + 0.5, row < 0);
    double h = 0.0;
    for (int c = 0; c < cells.size() && c < t.weights.size(); ++c)
        h = std::max(h, textHeight(f, width * t.weights.at(c) / total - 8.0, cells.at(c)));
    return h + 7.0;
}

double Briefing::Private::blockHeight(const Block &b, double width) const
{
    if (const auto *h = std::get_if<Heading>(&b))
        return textHeight(headingFont(h->level), width, h->text) + (h->level == 0 ? 14.0 : h->level == 1 ? 10.0 : 4.0);
    if (const auto *p = std::get_if<Paragraph>(&b))
        return textHeight(Briefing::font(p->muted ? kSmallSize + 0.5 : kBodySize), width, p->text) + kGap;
    if (const auto *f = std::get_if<Figure>(&b))
        return f->height + textHeight(Briefing::font(kSmallSize), width, f->caption) + kGap * 2;
    return 0.0;
}

void Briefing::Private::place()
{
    pages.clear();
    const double width = pageSize.width() - 2 * kMarginX;
    const double top = kMarginTop;
    const double bottom = pageSize.height() - kMarginBottom;
    QList<Placement> page;
    double y = top;
    auto newPage = [&] {
        pages << page;
        page.clear();
        y = top;
    };
    for (int i = 0; i < blocks.size(); ++i) {
        const Block &b = blocks.at(i);
        if (std::holds_alternative<PageBreak>(b)) {
            if (!page.isEmpty())
                newPage();
            continue;
        }
        if (const auto *t = std::get_if<Table>(&b)) {
            const double header = t->headers.join(QString()).isEmpty() ? 0.0 : rowHeight(*t, -1, width);
            int row = 0;
            while (row < t->rows.size()) {
                double h = header;
                int last = row - 1;
                while (last + 1 < t->rows.size() && y + h + rowHeight(*t, last + 1, width) <= bottom) {
                    h += rowHeight(*t, last + 1, width);
                    ++last;
                }
                if (last < row) { // not even one row fits here
                    if (page.isEmpty()) { // a row taller than a page: place it anyway
                        last = row;
                        h += rowHeight(*t, row, width);
                    } else {
                        newPage();
                        continue;
                    }
                }
                page << Placement{i, QRectF(kMarginX, y, width, h), row, last};
                y += h + kGap * 1.5;
                row = last + 1;
                if (row < t->rows.size())
                    newPage();
            }
            continue;
        }
        double h = blockHeight(b, width);
        // Keep a heading with what follows it.
        double need = h;
        if (std::holds_alternative<Heading>(b) && i + 1 < blocks.size() && !std::holds_alternative<PageBreak>(blocks.at(i + 1))) {
            const Block &next = blocks.at(i + 1);
            need += std::holds_alternative<Table>(next) ? 40.0 : std::min(blockHeight(next, width), 120.0);
        }
        if (y + need > bottom && !page.isEmpty())
            newPage();
        page << Placement{i, QRectF(kMarginX, y, width, h), 0, -1};
        y += h;
    }
    if (!page.isEmpty())
        pages << page;
}

void Briefing::Private::paintFrame(QPainter &p, int pageIndex) const
{
    const QRectF header(kMarginX, 22.0, pageSize.width() - 2 * kMarginX, 14.0);
    p.setFont(Briefing::font(kSmallSize));
    p.setPen(kMuted);
    if (pageIndex > 0) {
        p.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, Briefing::tr("Telco Atlas Briefing") + QStringLiteral(" · ") + data.info.title.text(lang()));
        p.drawText(header, Qt::AlignRight | Qt::AlignVCenter,
                   Format::date(PartialDate::day(from.year(), from.month(), from.day()), lang()) + QStringLiteral(" – ")
                       + Format::date(PartialDate::day(to.year(), to.month(), to.day()), lang()));
        p.setPen(QPen(kRule, 0.6));
        p.drawLine(QPointF(kMarginX, header.bottom() + 3), QPointF(pageSize.width() - kMarginX, header.bottom() + 3));
    }
    const QRectF footer(kMarginX, pageSize.height() - 32.0, pageSize.width() - 2 * kMarginX, 14.0);
    p.setPen(kMuted);
    p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, Briefing::tr("Dataset %1 %2").arg(data.info.id, data.info.version));
    p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, Briefing::tr("Page %1 of %2").arg(pageIndex + 1).arg(pages.size()));
}

void Briefing::Private::paintBlock(QPainter &p, const Placement &pl) const
{
    const Block &b = blocks.at(pl.block);
    const QRectF r = pl.rect;
    if (const auto *h = std::get_if<Heading>(&b)) {
        p.setFont(headingFont(h->level));
        p.setPen(h->level == 0 ? kAccent : kInk);
        const double textH = textHeight(headingFont(h->level), r.width(), h->text);
        p.drawText(QRectF(r.left(), r.top() + (h->level == 0 ? 8.0 : 4.0), r.width(), textH), Qt::TextWordWrap, h->text);
        if (h->level == 1) {
            p.setPen(QPen(kAccent, 0.8));
            p.drawLine(QPointF(r.left(), r.top() + 4.0 + textH + 2.0), QPointF(r.right(), r.top() + 4.0 + textH + 2.0));
        }
        return;
    }
    if (const auto *para = std::get_if<Paragraph>(&b)) {
        p.setFont(Briefing::font(para->muted ? kSmallSize + 0.5 : kBodySize));
        p.setPen(para->muted ? kMuted : kInk);
        p.drawText(r, Qt::TextWordWrap, para->text);
        return;
    }
    if (const auto *f = std::get_if<Figure>(&b)) {
        const QRectF area(r.left(), r.top() + kGap, r.width(), f->height);
        p.save();
        p.setClipRect(area);
        f->paint(p, area);
        p.restore();
        p.setPen(QPen(kRule, 0.5));
        p.drawRect(area);
        p.setFont(Briefing::font(kSmallSize));
        p.setPen(kMuted);
        p.drawText(QRectF(r.left(), area.bottom() + 3.0, r.width(), r.bottom() - area.bottom()), Qt::TextWordWrap, f->caption);
        return;
    }
    if (const auto *t = std::get_if<Table>(&b)) {
        double total = 0.0;
        for (double w : t->weights)
            total += w;
        const bool hasHeader = !t->headers.join(QString()).isEmpty();
        double y = r.top();
        auto paintRow = [&](const QStringList &cells, bool header, int index) {
            const double h = rowHeight(*t, header ? -1 : index, r.width());
            if (header)
                p.fillRect(QRectF(r.left(), y, r.width(), h), kHeaderFill);
            p.setFont(Briefing::font(kSmallSize + 0.5, header));
            p.setPen(kInk);
            double x = r.left();
            for (int c = 0; c < cells.size() && c < t->weights.size(); ++c) {
                const double w = r.width() * t->weights.at(c) / total;
                p.drawText(QRectF(x + 4.0, y + 3.5, w - 8.0, h - 3.5), Qt::TextWordWrap, cells.at(c));
                x += w;
            }
            y += h;
            p.setPen(QPen(kRule, 0.5));
            p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
        };
        if (hasHeader)
            paintRow(t->headers, true, -1);
        for (int row = pl.firstRow; row <= pl.lastRow; ++row)
            paintRow(t->rows.at(row), false, row);
    }
}

Briefing::Briefing(const Dataset &data, const BriefingOptions &options, Figures figures)
    : d(std::make_unique<Private>(data, options, std::move(figures)))
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
    d->from = options.from.isValid() ? options.from : first;
    d->to = options.to.isValid() ? options.to : last;
    d->focus = options.focus;
    if (d->focus.isEmpty()) {
        for (const auto &e : data.entities) {
            if (e.kind != EntityKind::Company)
                continue;
            for (const auto &f : data.financials) {
                if (f.companyId == e.id) {
                    d->focus << e.id;
                    break;
                }
            }
        }
    }
    d->compose();
}

Briefing::~Briefing() = default;

const BriefingOptions &Briefing::options() const { return d->options; }
QStringList Briefing::focus() const { return d->focus; }
QStringList Briefing::citedSources() const { return d->cited; }
QStringList Briefing::summary() const { return d->summary; }
int Briefing::pageCount() const { return int(d->pages.size()); }

QString Briefing::title() const
{
    return tr("Telco Atlas Briefing: %1").arg(d->data.info.title.text(d->lang()));
}

QString Briefing::subject() const
{
    QStringList names;
    for (const auto &id : d->focus)
        names << d->name(id);
    return tr("Events, relationships and quarterly results of %1").arg(names.join(QStringLiteral(", ")));
}

int Briefing::layout(const QSizeF &pageSizePoints)
{
    d->pageSize = pageSizePoints;
    d->place();
    return pageCount();
}

void Briefing::paintPage(QPainter &painter, int page) const
{
    if (page < 0 || page >= d->pages.size())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    d->paintFrame(painter, page);
    for (const auto &pl : d->pages.at(page))
        d->paintBlock(painter, pl);
    painter.restore();
}

bool Briefing::print(QPagedPaintDevice *device, QString *error)
{
    const QPageLayout pageLayout = device->pageLayout();
    const QSizeF points = pageLayout.fullRect(QPageLayout::Point).size();
    layout(points);
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = tr("cannot start painting on the output device");
        return false;
    }
    // Work in points on the full page whatever the device resolution and margins.
    const QRect paintRect = pageLayout.fullRectPixels(device->logicalDpiX());
    const QRect margins = pageLayout.paintRectPixels(device->logicalDpiX());
    painter.translate(-(margins.left() - paintRect.left()), -(margins.top() - paintRect.top()));
    painter.scale(device->logicalDpiX() / 72.0, device->logicalDpiY() / 72.0);
    for (int i = 0; i < pageCount(); ++i) {
        if (i > 0)
            device->newPage();
        paintPage(painter, i);
    }
    painter.end();
    return true;
}

bool Briefing::writePdfBody(const QString &path, QString *error)
{
    // Qt orders embedded fonts by the per-process hash seed; a fixed seed makes runs identical.
    QHashSeed::setDeterministicGlobalSeed();
    QPdfWriter writer(path);
    if (!writer.pageLayout().isValid()) {
        if (error)
            *error = tr("%1: cannot write the PDF").arg(path);
        return false;
    }
    writer.setPageSize(d->options.pageSize);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(600);
    writer.setTitle(title());
    writer.setCreator(QStringLiteral("Telco Atlas %1").arg(QCoreApplication::applicationVersion()));
    const QString xmp = QStringLiteral(
        "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>"
        "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
        "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' xmlns:pdf='http://ns.adobe.com/pdf/1.3/'>"
        "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>%1</rdf:li></rdf:Alt></dc:title>"
        "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>"
        "<dc:description><rdf:Alt><rdf:li xml:lang='x-default'>%3</rdf:li></rdf:Alt></dc:description>"
        "<pdf:Producer>Qt %4</pdf:Producer></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>")
                            .arg(title().toHtmlEscaped(), tr("Telco Atlas").toHtmlEscaped(), subject().toHtmlEscaped(),
                                 QString::fromLatin1(qVersion()));
    writer.setDocumentXmpMetadata(xmp.toUtf8());
    if (!print(&writer, error)) {
        if (error)
            *error = tr("%1: %2").arg(path, *error);
        return false;
    }
    return true;
}

bool Briefing::writePdf(const QString &path, QString *error)
{
    return writePdfBody(path, error) && addDocumentInfo(path, error);
}

namespace {

// A PDF text string that holds any script: UTF-16BE with a byte order mark, in hex.
QByteArray pdfText(const QString &text)
{
    QByteArray utf16("\xFE\xFF", 2);
    for (const QChar c : text) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xFF));
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

} // namespace

bool Briefing::addDocumentInfo(const QString &path, QString *error) const
{
    // QPdfWriter's document information has title and creator only; readers show author and
    // subject from there, so an incremental update (a standard PDF mechanism that leaves the
    // written bytes as they are) adds a complete information dictionary.
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        if (error)
            *error = tr("%1: cannot add the document information: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray pdf = file.readAll();
    static const QRegularExpression startXref(QStringLiteral("startxref\\s+(\\d+)\\s+%%EOF\\s*$"));
    static const QRegularExpression trailer(QStringLiteral("trailer\\s*<<(.*?)>>\\s*startxref"),
                                            QRegularExpression::DotMatchesEverythingOption);
    const QString text = QString::fromLatin1(pdf);
    const auto xrefMatch = startXref.match(text);
    QRegularExpressionMatch trailerMatch;
    for (auto it = trailer.globalMatch(text); it.hasNext();)
        trailerMatch = it.next();
    const QString dict = trailerMatch.captured(1);
    const auto size = QRegularExpression(QStringLiteral("/Size\\s+(\\d+)")).match(dict);
    const auto root = QRegularExpression(QStringLiteral("/Root\\s+(\\d+\\s+\\d+\\s+R)")).match(dict);
    const auto id = QRegularExpression(QStringLiteral("/ID\\s*(\\[[^\\]]*\\])")).match(dict);
    if (!xrefMatch.hasMatch() || !size.hasMatch() || !root.hasMatch()) {
        if (error)
            *error = tr("%1: cannot add the document information: unexpected PDF structure").arg(path);
        return false;
    }
    const int object = size.captured(1).toInt();
    const qint64 objectOffset = pdf.size();
    QByteArray update = QByteArray::number(object) + " 0 obj\n<<\n/Title " + pdfText(title()) + "\n/Author "
        + pdfText(tr("Telco Atlas")) + "\n/Subject " + pdfText(subject()) + "\n/Keywords "
        + pdfText(d->data.info.id + QStringLiteral(" ") + d->data.info.version) + "\n/Creator "
        + pdfText(QStringLiteral("Telco Atlas %1").arg(QCoreApplication::applicationVersion())) + "\n/Producer "
        + pdfText(QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()))) + "\n>>\nendobj\n";
    const qint64 xrefOffset = objectOffset + update.size();
    update += "xref\n0 1\n0000000000 65535 f \n" + QByteArray::number(object) + " 1\n"
        + QByteArray::number(objectOffset).rightJustified(10, '0') + " 00000 n \n";
    update += "trailer\n<< /Size " + QByteArray::number(object + 1) + " /Root " + root.captured(1).toLatin1() + " /Info "
        + QByteArray::number(object) + " 0 R /Prev " + xrefMatch.captured(1).toLatin1();
    if (id.hasMatch())
        update += " /ID " + id.captured(1).toLatin1();
    update += " >>\nstartxref\n" + QByteArray::number(xrefOffset) + "\n%%EOF\n";
    if (!file.seek(pdf.size()) || file.write(update) != update.size()) {
        if (error)
            *error = tr("%1: cannot add the document information: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QFont Briefing::font(double pixelSize, bool bold)
{
    return atlasFont(pixelSize, bold);
}

} // namespace atlas
