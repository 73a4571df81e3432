// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"
#include "core/localizedtext.h"

#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QPageSize>
#include <QRectF>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
class QPainter;
class QPrinter;
QT_END_NAMESPACE

namespace atlas {

struct BriefingOptions
{
    Language lang = Language::English;
    QDate from; // invalid: from the start of the data
    QDate to; // invalid: to the end of the data
    // Entity ids in focus; empty: every company that has quarterly figures, in dataset order.
    QStringList focus;
    QPageSize pageSize = QPageSize(QPageSize::A4);
    // Printed on the cover; the caller passes today's date, tests pass a fixed one.
    QDate generated = QDate::currentDate();
};

// A sourced briefing composed from the data alone: cover, summary, key events, the company graph,
// the timeline and the financial charts (as vector drawings, with their numbers in tables), a
// section per company in focus, and numbered sources. One layout and one paint path serve the
// print preview, the printer and the PDF file.
class Briefing
{
    Q_DECLARE_TR_FUNCTIONS(atlas::Briefing)

public:
    // A figure draws itself into a rectangle given in points; text must stay text.
    using FigurePainter = std::function<void(QPainter &, const QRectF &)>;
    struct Figures
    {
        FigurePainter graph;
        FigurePainter timeline;
        QList<std::pair<QString, FigurePainter>> charts; // caption, painter
    };

    Briefing(const Dataset &data, const BriefingOptions &options, Figures figures = {});
    ~Briefing();

    const BriefingOptions &options() const;
    QString title() const;
    QString subject() const;
    // The dataset's id and version, for the PDF's keywords.
    QString keywords() const;
    // The entity ids in focus after defaults were applied.
    QStringList focus() const;
    // Source ids in the order they are numbered ([1], [2], ...).
    QStringList citedSources() const;
    // The composed summary paragraphs (no layout), for tests and previews.
    QStringList summary() const;

    // Lays the content out on pages of the given size in points; returns the page count.
    int layout(const QSizeF &pageSizePoints);
    int pageCount() const;
    // Paints one page (0-based) with the painter's coordinates in points.
    void paintPage(QPainter &painter, int page) const;

    // Paints every page on a paged device (QPdfWriter, QPrinter), scaling points to device units.
    bool print(QPagedPaintDevice *device, QString *error);
    // Writes a PDF with embedded fonts and metadata (PdfExport). Deterministic but for dates and
    // /ID once the hash seed is fixed (QHashSeed::setDeterministicGlobalSeed(), as main() does).
    bool writePdf(const QString &path, QString *error);

    // The font every block uses, so Korean always finds its glyphs.
    static QFont font(double pixelSize, bool bold = false);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace atlas
