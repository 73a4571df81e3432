// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefingpainter.h"

#include "briefing.h"
#include "briefingstyle.h"
#include "core/dataset.h"
#include "core/formatting.h"
#include "pagelayouter.h"

#include <QPainter>

namespace atlas {

using namespace BriefingBlocks;
using namespace BriefingStyle;

struct BriefingPainter::Private
{
    const Dataset &data;
    Language language;
    const QDate from;
    const QDate to;
    const QList<Block> &blocks;
    const QList<BriefingPage> &pages;
    const QSizeF pageSize;

    Language lang() const { return language; }
    double rowHeight(const Table &t, int row, double width) const
    {
        return PageLayouter::rowHeight(t, row, width);
    }
    void paintFrame(QPainter &p, int page) const;
    void paintBlock(QPainter &p, const Placement &pl) const;
};

void BriefingPainter::Private::paintFrame(QPainter &p, int pageIndex) const
{
    const QRectF header(kMarginX, 22.0, pageSize.width() - 2 * kMarginX, 14.0);
    p.setFont(Briefing::font(kSmallSize));
    p.setPen(kMuted);
    if (pageIndex > 0) {
        p.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                   Briefing::tr("Telco Atlas Briefing") + QStringLiteral(" · ")
                           + data.info.title.text(lang()));
        p.drawText(
                header, Qt::AlignRight | Qt::AlignVCenter,
                Format::date(PartialDate::day(from.year(), from.month(), from.day()), lang())
                        + QStringLiteral(" – ")
                        + Format::date(PartialDate::day(to.year(), to.month(), to.day()), lang()));
        p.setPen(QPen(kRule, 0.6));
        p.drawLine(QPointF(kMarginX, header.bottom() + 3),
                   QPointF(pageSize.width() - kMarginX, header.bottom() + 3));
    }
    const QRectF footer(kMarginX, pageSize.height() - 32.0, pageSize.width() - 2 * kMarginX, 14.0);
    p.setPen(kMuted);
    p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
               Briefing::tr("Dataset %1 %2").arg(data.info.id, data.info.version));
    p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
               Briefing::tr("Page %1 of %2").arg(pageIndex + 1).arg(pages.size()));
}

void BriefingPainter::Private::paintBlock(QPainter &p, const Placement &pl) const
{
    const Block &b = blocks.at(pl.block);
    const QRectF r = pl.rect;
    if (const auto *h = std::get_if<Heading>(&b)) {
        p.setFont(headingFont(h->level));
        p.setPen(h->level == 0 ? kAccent : kInk);
        const double textH = textHeight(headingFont(h->level), r.width(), h->text);
        p.drawText(QRectF(r.left(), r.top() + (h->level == 0 ? 8.0 : 4.0), r.width(), textH),
                   Qt::TextWordWrap, h->text);
        if (h->level == 1) {
            p.setPen(QPen(kAccent, 0.8));
            p.drawLine(QPointF(r.left(), r.top() + 4.0 + textH + 2.0),
                       QPointF(r.right(), r.top() + 4.0 + textH + 2.0));
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
        p.drawText(QRectF(r.left(), area.bottom() + 3.0, r.width(), r.bottom() - area.bottom()),
                   Qt::TextWordWrap, f->caption);
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
                p.drawText(QRectF(x + 4.0, y + 3.5, w - 8.0, h - 3.5), Qt::TextWordWrap,
                           cells.at(c));
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

BriefingPainter::BriefingPainter(const Dataset &data, Language lang, const BriefingContent &content,
                                 const QList<BriefingPage> &pages, const QSizeF &pageSize)
    : d(std::make_unique<Private>(
            Private{ data, lang, content.from, content.to, content.blocks, pages, pageSize }))
{
}

BriefingPainter::~BriefingPainter() = default;

void BriefingPainter::paintPage(QPainter &painter, int page) const
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

} // namespace atlas
