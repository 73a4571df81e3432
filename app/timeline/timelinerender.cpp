// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinerender.h"

#include "render/picturefile.h"
#include "timelineindex.h"
#include "timelinerenderer.h"

#include "core/formatting.h"
#include "models/document.h"

#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace atlas::TimelineRender {

namespace {

constexpr double kTitleHeight = 28.0;
constexpr double kLegendHeight = 22.0;
constexpr double kOverviewHeight = 44.0;
constexpr double kMargin = 12.0;

QString dayText(const QDate &d, Language lang)
{
    return Format::date(PartialDate::day(d.year(), d.month(), d.day()), lang);
}

void resolveWindow(const Document &doc, const Options &o, QDate *from, QDate *to)
{
    QDate f = o.from.isValid() ? o.from : doc.dataStart();
    QDate t = o.to.isValid() ? o.to : doc.dataEnd();
    if (!f.isValid() && !t.isValid()) {
        t = QDate::currentDate();
        f = t.addYears(-1);
    } else if (!f.isValid()) {
        f = t.addYears(-1);
    } else if (!t.isValid()) {
        t = f.addYears(1);
    }
    if (t < f)
        std::swap(f, t);
    *from = f;
    *to = t;
}

} // namespace

void paint(QPainter &painter, const QRectF &rect, const Document &doc, const TimelineIndex &index,
           const Options &o)
{
    QDate from;
    QDate to;
    resolveWindow(doc, o, &from, &to);
    const double startDay = TimeScale::dayOf(from);
    const double endDay = TimeScale::dayOf(to) + 1.0;

    painter.save();
    painter.fillRect(rect, Qt::white);

    QList<EventKind> kinds;
    const QList<int> visible = index.overlapping(startDay, endDay);
    for (int position : visible) {
        const EventKind k = doc.data().events.at(index.event(position)).kind;
        if (!kinds.contains(k))
            kinds.append(k);
    }
    std::sort(kinds.begin(), kinds.end());

    // Title: what, when, how many; the legend beside it when there is room, else below it.
    const QString title = Tr::tr("Timeline");
    const QString when = from == to
            ? dayText(from, o.lang)
            : dayText(from, o.lang) + QStringLiteral(" – ") + dayText(to, o.lang);
    const QString subtitle =
            when + QStringLiteral("  ·  ") + TimelineRenderer::eventCount(int(visible.size()));
    const QFont titleFont = TimelineRenderer::font(17.0, true);
    const QFont subtitleFont = TimelineRenderer::font(14.0);
    const double titleWidth = QFontMetricsF(titleFont).horizontalAdvance(title);
    const double headWidth =
            titleWidth + 14.0 + QFontMetricsF(subtitleFont).horizontalAdvance(subtitle);
    const double legendWidth = TimelineRenderer::legendWidth(kinds);
    const double inner = rect.width() - 2 * kMargin;
    const bool oneRow = headWidth + 40.0 + legendWidth <= inner;

    const QRectF titleRect(rect.left() + kMargin, rect.top() + kMargin, inner, kTitleHeight);
    painter.setPen(QColor(0x22, 0x25, 0x2b));
    painter.setFont(titleFont);
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, title);
    painter.setFont(subtitleFont);
    painter.setPen(QColor(0x45, 0x4b, 0x55));
    painter.drawText(titleRect.adjusted(titleWidth + 14.0, 0, 0, 0),
                     Qt::AlignLeft | Qt::AlignVCenter, subtitle);
    const QRectF legendRect = oneRow
            ? titleRect
            : QRectF(titleRect.left(), titleRect.bottom() + 2.0, inner, kLegendHeight);
    if (legendWidth > legendRect.width()) {
        // Too wide for a narrow picture (a page): smaller, never cut off.
        const double k = legendRect.width() / legendWidth;
        painter.save();
        painter.translate(legendRect.topLeft());
        painter.scale(k, k);
        TimelineRenderer::paintLegend(painter, QRectF(0, 0, legendWidth, legendRect.height() / k),
                                      kinds);
        painter.restore();
    } else {
        TimelineRenderer::paintLegend(painter, legendRect, kinds);
    }

    const double top = legendRect.bottom() + 8.0;
    const QRectF lanesRect(rect.left(), top, rect.width(),
                           rect.bottom() - kMargin - kOverviewHeight - 10.0 - top);
    const TimelineLayout layout =
            // A picture for a page or a file: the on-screen selection is no part of it.
            TimelineRenderer::layout(doc.data(), index, startDay, endDay, lanesRect, o.lang,
                                     Document::Selection{});
    TimelineRenderer::paint(painter, doc.data(), layout);

    // Overview of all the data, the window marked on it.
    double allStart = index.firstDay();
    double allEnd = index.lastDay();
    if (doc.dataStart().isValid()) {
        allStart = std::min(allStart, TimeScale::dayOf(doc.dataStart()));
        allEnd = std::max(allEnd, TimeScale::dayOf(doc.dataEnd()) + 1.0);
    }
    allStart = std::min(allStart, startDay);
    allEnd = std::max(allEnd, endDay);
    const double margin = std::max(2.0, (allEnd - allStart) * 0.015);
    const QRectF overviewRect(layout.plotRect.left(), rect.bottom() - kMargin - kOverviewHeight,
                              layout.plotRect.width(), kOverviewHeight);
    const TimeScale overview(allStart - margin, allEnd + margin, overviewRect.left(),
                             overviewRect.width());
    TimelineRenderer::paintOverview(painter, overviewRect, index, overview, startDay, endDay,
                                    o.lang);
    painter.setFont(TimelineRenderer::font(11.0));
    painter.setPen(QColor(0x6b, 0x72, 0x7d));
    painter.drawText(QRectF(rect.left() + kMargin, overviewRect.top(),
                            layout.labelsRect.width() - kMargin - 6.0,
                            overviewRect.height() - TimelineRenderer::overviewAxisHeight),
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, Tr::tr("All data"));
    painter.restore();
}

bool renderToFile(const Document &doc, const Options &options, const QString &path, QString *error)
{
    if (!PictureFile::checkSuffix(path, error))
        return false;
    const QSize size =
            options.size.isValid() && !options.size.isEmpty() ? options.size : QSize(1600, 700);
    const TimelineIndex index(doc.data());
    return PictureFile::write(
            path, size,
            [&](QPainter &painter, const QRectF &page) {
                paint(painter, page, doc, index, options);
            },
            { Tr::tr("Timeline"), doc.data().info.title.text(options.lang) }, error);
}

} // namespace atlas::TimelineRender
