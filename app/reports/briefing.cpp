// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefing.h"

#include "briefingcomposer.h"
#include "briefingpainter.h"
#include "core/displayname.h"
#include "pagelayouter.h"
#include "pdfexport.h"
#include "render/typography.h"

#include <QPagedPaintDevice>
#include <QPainter>

namespace atlas {

struct Briefing::Private
{
    const Dataset &data;
    BriefingOptions options;
    BriefingContent content;
    QSizeF pageSize;
    QList<BriefingPage> pages;

    Language lang() const { return options.lang; }
    QString name(const QString &id) const { return displayName(data, id, lang()); }
};

Briefing::Briefing(const Dataset &data, const BriefingOptions &options, Figures figures)
    : d(std::make_unique<Private>(Private{
            data, options, BriefingComposer(data, options, std::move(figures)).compose(), {}, {} }))
{
}

Briefing::~Briefing() = default;

const BriefingOptions &Briefing::options() const
{
    return d->options;
}
QStringList Briefing::focus() const
{
    return d->content.focus;
}
QStringList Briefing::citedSources() const
{
    return d->content.cited;
}
QStringList Briefing::summary() const
{
    return d->content.summary;
}
int Briefing::pageCount() const
{
    return int(d->pages.size());
}

QString Briefing::title() const
{
    return tr("Telco Atlas Briefing: %1").arg(d->data.info.title.text(d->lang()));
}

QString Briefing::subject() const
{
    QStringList names;
    for (const auto &id : d->content.focus)
        names << d->name(id);
    return tr("Events, relationships and quarterly results of %1")
            .arg(names.join(QStringLiteral(", ")));
}

QString Briefing::keywords() const
{
    return d->data.info.id + QStringLiteral(" ") + d->data.info.version;
}

int Briefing::layout(const QSizeF &pageSizePoints)
{
    d->pageSize = pageSizePoints;
    d->pages = PageLayouter::layout(d->content.blocks, pageSizePoints);
    return pageCount();
}

void Briefing::paintPage(QPainter &painter, int page) const
{
    BriefingPainter(d->data, d->lang(), d->content, d->pages, d->pageSize).paintPage(painter, page);
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

bool Briefing::writePdf(const QString &path, QString *error)
{
    return PdfExport::write(*this, path, error);
}

QFont Briefing::font(double pixelSize, bool bold)
{
    return Typography::font(pixelSize, bold);
}

} // namespace atlas
