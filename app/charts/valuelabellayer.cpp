// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuelabellayer.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>

namespace atlas {

namespace {
constexpr qreal kGap = 4.0; // between a bar top or point and its label
constexpr qreal kPadding = 2.0; // around the text, inside its backdrop
// Between the parts of a chart's subtitle.
const QString kInline = QStringLiteral(" \u00b7 ");
} // namespace

ValueLabelLayer::ValueLabelLayer(QChart *chart) : QGraphicsObject(chart), m_chart(chart)
{
    // Above the series, below nothing that takes input.
    setZValue(1000);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    connect(chart, &QChart::plotAreaChanged, this, &ValueLabelLayer::relayout);
}

void ValueLabelLayer::setFont(const QFont &font)
{
    m_font = font;
    relayout();
}

void ValueLabelLayer::addLabel(const Label &label)
{
    m_labels.append(label);
    relayout();
}

void ValueLabelLayer::addAxisTitle(QAbstractAxis *axis, const QString &full, const QString &brief)
{
    m_axisTitles.append({ axis, full, brief });
    relayout();
}

void ValueLabelLayer::fitAxisTitles(const QRectF &plot)
{
    for (const auto &t : std::as_const(m_axisTitles)) {
        // A vertical title's length runs along the plot's height, which the title does not
        // change: switching never feeds back into the layout that asked for it.
        const qreal room = t.axis->orientation() == Qt::Vertical ? plot.height() : plot.width();
        const QString text =
                QFontMetricsF(t.axis->titleFont()).horizontalAdvance(t.full) <= room - 8 ? t.full
                                                                                         : t.brief;
        if (t.axis->titleText() != text.toHtmlEscaped())
            t.axis->setTitleText(text.toHtmlEscaped());
    }
}

void ValueLabelLayer::addCategoryLabels(QBarCategoryAxis *axis, const QStringList &full,
                                        const QStringList &brief)
{
    m_categoryLabels.append({ axis, full, brief });
    relayout();
}

void ValueLabelLayer::setCategorySubtitles(const QString &full, const QString &brief)
{
    m_fullSubtitle = full;
    m_briefSubtitle = brief;
    relayout();
}

void ValueLabelLayer::fitCategoryLabels(const QRectF &plot)
{
    for (const auto &c : std::as_const(m_categoryLabels)) {
        if (c.full.isEmpty())
            continue;
        auto widest = [&](const QStringList &labels) {
            QTextDocument doc;
            doc.setDocumentMargin(0);
            doc.setDefaultFont(c.axis->labelsFont());
            qreal w = 0;
            for (const auto &html : labels) {
                doc.setHtml(html);
                w = std::max(w, doc.idealWidth());
            }
            return w;
        };
        // The slot of a category is set by the plot's width, which the labels' text does not
        // change (only their height moves the plot), so the choice settles at once.
        const qreal slot = plot.width() / c.full.size() - 8;
        QStringList wanted = c.full;
        int angle = 0;
        if (widest(c.full) > slot) {
            wanted = c.brief;
            if (widest(c.brief) > slot)
                angle = -90;
        }
        if (c.axis->categories() != wanted)
            c.axis->setCategories(wanted);
        if (!m_fullSubtitle.isEmpty()) {
            const bool brief = wanted == c.brief && c.brief != c.full;
            const QString &from = brief ? m_fullSubtitle : m_briefSubtitle;
            if (m_subtitle.contains(from))
                m_subtitle.replace(from, brief ? m_briefSubtitle : m_fullSubtitle);
        }
        if (c.axis->labelsAngle() != angle)
            c.axis->setLabelsAngle(angle);
    }
}

void ValueLabelLayer::setTitle(const QString &title, const QString &subtitle, TitleComposer compose)
{
    m_title = title;
    m_subtitle = subtitle;
    m_compose = std::move(compose);
    relayout();
}

qreal ValueLabelLayer::titleRoom() const
{
    // The chart's width inside its margins, less a little for the layout's own.
    return m_chart->size().width() - m_chart->margins().left() - m_chart->margins().right() - 16;
}

qreal ValueLabelLayer::titleWidth(const QString &title, const QString &subtitle) const
{
    QTextDocument doc;
    doc.setDocumentMargin(0);
    doc.setDefaultFont(m_chart->titleFont());
    doc.setHtml(m_compose(title, subtitle));
    return doc.idealWidth();
}

// As few lines as fit the room, as even as they can be (no last word left alone on a line); a
// single word wider than the room keeps a line of its own.
QString ValueLabelLayer::wrapped(const QString &text, bool subtitle, qreal room) const
{
    auto width = [&](const QString &line) {
        return subtitle ? titleWidth({}, line) : titleWidth(line, {});
    };
    if (width(text) <= room)
        return text;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    auto greedy = [&](qreal limit) {
        QStringList lines;
        QString line;
        for (const QString &word : words) {
            const QString candidate = line.isEmpty() ? word : line + u' ' + word;
            if (!line.isEmpty() && width(candidate) > limit) {
                lines << line;
                line = word;
            } else {
                line = candidate;
            }
        }
        if (!line.isEmpty())
            lines << line;
        return lines;
    };
    QStringList best = greedy(room);
    // Narrower rooms while the number of lines stays: the lines even out.
    for (qreal limit = room * 0.92; limit > room * 0.4; limit *= 0.92) {
        const QStringList tried = greedy(limit);
        if (tried.size() > best.size())
            break;
        best = tried;
    }
    return best.join(u'\n');
}

// A title or subtitle wider than the chart goes on several lines (the subtitle first one part per
// line): Qt Charts would elide it and drop the blank line under it, and the subtitle would then
// touch the top tick labels.
void ValueLabelLayer::fitTitle()
{
    const qreal room = titleRoom();
    if (!m_compose || room <= 0)
        return;
    QString subtitle = m_subtitle;
    if (!subtitle.isEmpty() && titleWidth({}, subtitle) > room) {
        QStringList parts = subtitle.split(kInline);
        for (qsizetype i = 0; i + 1 < parts.size(); ++i)
            parts[i] += QStringLiteral(" \u00b7");
        for (QString &part : parts)
            part = wrapped(part, true, room);
        subtitle = parts.join(u'\n');
    }
    const QString html = m_compose(wrapped(m_title, false, room), subtitle);
    if (html != m_chart->title())
        m_chart->setTitle(html);
}

void ValueLabelLayer::relayout()
{
    // Titles and categories fit a laid-out plot; the plot area changes again once they do.
    if (const QRectF plot = m_chart->plotArea(); !plot.isEmpty()) {
        fitAxisTitles(plot);
        fitCategoryLabels(plot);
    }
    fitTitle();
    prepareGeometryChange();
    m_compact = false;
    if (!place(false)) {
        m_compact = true;
        place(true);
    }
    m_bounds = {};
    for (const auto &p : std::as_const(m_placed)) {
        if (p.visible)
            m_bounds = m_bounds.united(p.rect);
    }
    update();
}

bool ValueLabelLayer::place(bool compact)
{
    m_placed.clear();
    const QRectF plot = m_chart->plotArea();
    if (plot.isEmpty())
        return true;
    const QFontMetricsF fm(m_font);
    bool all = true;
    QList<QRectF> taken;
    for (const auto &label : std::as_const(m_labels)) {
        Placed out;
        out.text = compact ? label.compactText : label.text;
        const QStringList lines = out.text.split(QLatin1Char('\n'));
        qreal width = 0.0;
        for (const auto &line : lines)
            width = std::max(width, fm.horizontalAdvance(line));
        const QSizeF size(width + 2 * kPadding, lines.size() * fm.lineSpacing() + 2 * kPadding);
        const QPointF tip = m_chart->mapToPosition(QPointF(label.x, label.value), label.series);
        const QPointF base = m_chart->mapToPosition(QPointF(label.x, 0.0), label.series);
        auto box = [&](qreal top) {
            return QRectF(QPointF(tip.x() - size.width() / 2, top), size);
        };

        struct Candidate
        {
            QRectF rect;
            bool inside = false;
        };
        QList<Candidate> candidates;
        if (label.anchor == Anchor::Bar) {
            const qreal barWidth = std::abs(
                    m_chart->mapToPosition(QPointF(label.x + label.halfWidth, 0.0), label.series)
                            .x()
                    - m_chart->mapToPosition(QPointF(label.x - label.halfWidth, 0.0), label.series)
                              .x());
            const bool fitsInside = size.width() <= barWidth
                    && std::abs(base.y() - tip.y()) > size.height() + 2 * kGap;
            if (label.value >= 0) {
                candidates << Candidate{ box(tip.y() - kGap - size.height()), false };
                if (fitsInside)
                    candidates << Candidate{ box(tip.y() + kGap), true };
            } else {
                candidates << Candidate{ box(tip.y() + kGap), false };
                if (fitsInside)
                    candidates << Candidate{ box(tip.y() - kGap - size.height()), true };
            }
        } else {
            candidates << Candidate{ box(tip.y() - 2 * kGap - size.height()), false }
                       << Candidate{ box(tip.y() + 2 * kGap), false };
        }
        for (const auto &c : std::as_const(candidates)) {
            if (!plot.contains(c.rect))
                continue;
            bool clear = true;
            for (const auto &t : std::as_const(taken))
                clear = clear && !t.intersects(c.rect);
            if (clear) {
                out.rect = c.rect;
                out.inside = c.inside;
                out.visible = true;
                break;
            }
        }
        if (out.visible)
            taken << out.rect;
        else
            all = false;
        m_placed << out;
    }
    return all;
}

QRectF ValueLabelLayer::boundingRect() const
{
    return m_bounds;
}

QPainterPath ValueLabelLayer::shape() const
{
    return {};
}

void ValueLabelLayer::recolour(const QList<QPair<QColor, QColor>> &colours, const QColor &canvas)
{
    for (auto &label : m_labels) {
        for (const auto &[from, to] : colours) {
            if (label.color == from)
                label.color = to;
        }
    }
    auto html = [&](QStringList list) {
        for (auto &text : list) {
            for (const auto &[from, to] : colours)
                text.replace(from.name(), to.name());
        }
        return list;
    };
    for (auto &c : m_categoryLabels) {
        c.full = html(c.full);
        c.brief = html(c.brief);
        const QStringList shown = html(c.axis->categories());
        c.axis->setCategories(shown);
    }
    m_backdrop = canvas;
    m_backdrop.setAlpha(230);
    update();
}

void ValueLabelLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->save();
    painter->setFont(m_font);
    for (qsizetype i = 0; i < m_placed.size(); ++i) {
        const Placed &p = m_placed.at(i);
        if (!p.visible)
            continue;
        if (p.inside) {
            // On the bar itself: the text takes whichever of dark or white stands out from it.
            const QColor bar = m_labels.at(i).barColor;
            painter->setPen(qGray(bar.rgb()) < 150 ? QColor(Qt::white) : m_labels.at(i).color);
            painter->drawText(p.rect, Qt::AlignCenter, p.text);
            continue;
        }
        // Outside a bar, a halo of the canvas colour around the glyphs keeps a label readable
        // where it crosses a grid line, the line or a bar, without a box cutting through the bar.
        // The text itself stays text (its digits can be copied out of a PDF).
        // Line by line, centred as drawText(rect, Qt::AlignCenter) would place them.
        const QFontMetricsF metrics(m_font);
        const QStringList lines = p.text.split(QLatin1Char('\n'));
        const qreal height =
                metrics.height() * lines.size() + metrics.leading() * (lines.size() - 1);
        qreal y = p.rect.center().y() - height / 2 + metrics.ascent();
        QList<QPointF> baselines;
        QPainterPath glyphs;
        for (const QString &line : lines) {
            baselines.append(QPointF(p.rect.center().x() - metrics.horizontalAdvance(line) / 2, y));
            glyphs.addText(baselines.constLast(), m_font, line);
            y += metrics.lineSpacing();
        }
        painter->setRenderHint(QPainter::Antialiasing);
        painter->strokePath(glyphs,
                            QPen(m_backdrop, 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setPen(m_labels.at(i).color);
        for (qsizetype l = 0; l < lines.size(); ++l)
            painter->drawText(baselines.at(l), lines.at(l));
    }
    painter->restore();
}

} // namespace atlas
