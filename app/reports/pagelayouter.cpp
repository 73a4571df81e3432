// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagelayouter.h"

#include "briefingstyle.h"

#include <algorithm>

namespace atlas {

using namespace BriefingBlocks;
using namespace BriefingStyle;

double PageLayouter::rowHeight(const Table &t, int row, double width)
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

double PageLayouter::blockHeight(const BriefingBlock &b, double width)
{
    if (const auto *h = std::get_if<Heading>(&b))
        return textHeight(headingFont(h->level), width, h->text)
                + (h->level == 0           ? 14.0
                           : h->level == 1 ? 10.0
                                           : 4.0);
    if (const auto *p = std::get_if<Paragraph>(&b))
        return textHeight(Briefing::font(p->muted ? kSmallSize + 0.5 : kBodySize), width, p->text)
                + kGap;
    if (const auto *f = std::get_if<Figure>(&b))
        return f->height + textHeight(Briefing::font(kSmallSize), width, f->caption) + kGap * 2;
    return 0.0;
}

QList<BriefingPage> PageLayouter::layout(const QList<BriefingBlock> &blocks, const QSizeF &pageSize)
{
    QList<BriefingPage> pages;
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
            const double header =
                    t->headers.join(QString()).isEmpty() ? 0.0 : rowHeight(*t, -1, width);
            int row = 0;
            while (row < t->rows.size()) {
                double h = header;
                int last = row - 1;
                while (last + 1 < t->rows.size()
                       && y + h + rowHeight(*t, last + 1, width) <= bottom) {
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
                page << Placement{ i, QRectF(kMarginX, y, width, h), row, last };
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
        if (std::holds_alternative<Heading>(b) && i + 1 < blocks.size()
            && !std::holds_alternative<PageBreak>(blocks.at(i + 1))) {
            const Block &next = blocks.at(i + 1);
            need += std::holds_alternative<Table>(next) ? 40.0
                                                        : std::min(blockHeight(next, width), 120.0);
        }
        if (y + need > bottom && !page.isEmpty())
            newPage();
        page << Placement{ i, QRectF(kMarginX, y, width, h), 0, -1 };
        y += h;
    }
    if (!page.isEmpty())
        pages << page;
    return pages;
}

} // namespace atlas
