// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphsvg.h"

#include "edgeitem.h"
#include "graphscene.h"
#include "graphstyle.h"
#include "nodeitem.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QGraphicsPathItem>
#include <QHash>
#include <QPainter>
#include <QSvgGenerator>

#include <cmath>

namespace atlas {

namespace {

// Numbers to a tenth of a unit, without the general formatter (a 10,000-node picture has about
// a million of them).
void num(QByteArray &out, double v)
{
    const long long tenths = std::llround(v * 10);
    if (tenths < 0)
        out += '-';
    const long long a = std::llabs(tenths);
    out += QByteArray::number(a / 10);
    if (a % 10) {
        out += '.';
        out += char('0' + a % 10);
    }
}

void point(QByteArray &out, const QPointF &p)
{
    num(out, p.x());
    out += ' ';
    num(out, p.y());
}

QByteArray colour(const QColor &c)
{
    return c.name(QColor::HexRgb).toLatin1();
}

QByteArray text(const QString &s)
{
    return s.toHtmlEscaped().toUtf8();
}

// A QPainterPath as path data, mapped by t.
void pathData(QByteArray &out, const QPainterPath &path, const QTransform &t)
{
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        switch (e.type) {
        case QPainterPath::MoveToElement:
            out += 'M';
            point(out, t.map(QPointF(e)));
            break;
        case QPainterPath::LineToElement:
            out += 'L';
            point(out, t.map(QPointF(e)));
            break;
        case QPainterPath::CurveToElement:
            out += 'C';
            point(out, t.map(QPointF(e)));
            for (int k = 1; k <= 2 && i + 1 < path.elementCount(); ++k) {
                out += ' ';
                point(out, t.map(QPointF(path.elementAt(++i))));
            }
            break;
        case QPainterPath::CurveToDataElement:
            break;
        }
    }
}

// The stroke attributes of a relationship type's pen, as its cosmetic pen draws at any scale.
QByteArray strokeOf(const QPen &pen)
{
    QByteArray a = "fill=\"none\" stroke=\"" + colour(pen.color()) + "\" stroke-width=\"";
    num(a, pen.widthF());
    a += "\" vector-effect=\"non-scaling-stroke\"";
    if (pen.capStyle() == Qt::RoundCap)
        a += " stroke-linecap=\"round\"";
    const QList<qreal> dashes =
            pen.style() == Qt::CustomDashLine ? pen.dashPattern() : QList<qreal>();
    if (!dashes.isEmpty()) {
        a += " stroke-dasharray=\"";
        for (qsizetype i = 0; i < dashes.size(); ++i) {
            if (i)
                a += ' ';
            num(a, dashes.at(i) * pen.widthF());
        }
        a += '"';
    }
    return a;
}

void writeEdges(QByteArray &out, const GraphScene *scene, const QTransform &t)
{
    // One path per built-in type, then one per user-defined type, in the order first met.
    QHash<QString, QByteArray> lines;
    QHash<QString, QByteArray> arrows;
    QHash<QString, QPen> pens;
    QStringList order;
    for (RelationshipType type : allValues<RelationshipType>()) {
        order.append(keyOf(type));
        pens.insert(keyOf(type), GraphStyle::edgePen(type));
    }
    for (const EdgeItem *e : scene->edgeItems()) {
        if (!e->shownTarget() || e->polyline().size() < 2)
            continue;
        const QString key = e->relationshipType() == RelationshipType::Custom
                ? QLatin1Char('\x01') + e->customType()
                : keyOf(e->relationshipType());
        if (!pens.contains(key)) {
            pens.insert(key, e->pen());
            order.append(key);
        }
        QByteArray &d = lines[key];
        const QPolygonF &line = e->polyline();
        d += 'M';
        point(d, t.map(line.constFirst()));
        for (qsizetype i = 1; i < line.size(); ++i) {
            d += 'L';
            point(d, t.map(line.at(i)));
        }
        if (!e->arrow().isEmpty()) {
            QByteArray &a = arrows[key];
            a += 'M';
            for (qsizetype i = 0; i < e->arrow().size(); ++i) {
                if (i)
                    a += 'L';
                point(a, t.map(e->arrow().at(i)));
            }
            a += 'Z';
        }
    }
    for (const QString &key : std::as_const(order)) {
        if (lines.contains(key))
            out += "<path " + strokeOf(pens.value(key)) + " d=\"" + lines.value(key) + "\"/>\n";
        if (arrows.contains(key))
            out += "<path fill=\"" + colour(pens.value(key).color()) + "\" d=\"" + arrows.value(key)
                    + "\"/>\n";
    }
    // The merged lines of collapsed communities.
    for (const QGraphicsPathItem *merged : scene->mergedLineItems()) {
        if (!merged->isVisible() || merged->path().isEmpty())
            continue;
        out += "<path " + strokeOf(merged->pen()) + " d=\"";
        pathData(out, merged->path(), t);
        out += "\"/>\n";
    }
}

void writeNodes(QByteArray &out, const GraphScene *scene, const QTransform &t)
{
    out += "<g stroke-width=\"1.3\" vector-effect=\"non-scaling-stroke\">\n";
    for (const NodeItem *n : scene->nodeItems()) {
        if (!n->shownTarget() || !n->isPlaced())
            continue;
        const QByteArray fill = colour(n->fillColor());
        const QByteArray stroke = colour(n->fillColor().darker(150));
        const QTransform at = QTransform::fromTranslate(n->pos().x(), n->pos().y()) * t;
        if (n->kind() == EntityKind::Company && n->memberCount() == 0) {
            out += "<circle cx=\"";
            num(out, at.map(QPointF()).x());
            out += "\" cy=\"";
            num(out, at.map(QPointF()).y());
            out += "\" r=\"";
            num(out, n->radius() * t.m11());
        } else {
            out += "<path d=\"";
            pathData(out, n->outline(), at);
            out += 'Z';
        }
        out += "\" fill=\"" + fill + "\" stroke=\"" + stroke + "\"/>\n";
    }
    out += "</g>\n";
}

// The text of a label in lines, as the item wraps it (at most two, at spaces).
QStringList linesOf(const NodeItem *n, const QFontMetricsF &fm, qreal width)
{
    const QString label = n->label();
    if (fm.horizontalAdvance(label) <= width + 0.5)
        return { label };
    const QStringList words = label.split(QLatin1Char(' '));
    QString first;
    qsizetype k = 0;
    for (; k < words.size(); ++k) {
        const QString next = first.isEmpty() ? words.at(k) : first + QLatin1Char(' ') + words.at(k);
        if (!first.isEmpty() && fm.horizontalAdvance(next) > width + 0.5)
            break;
        first = next;
    }
    const QString rest = words.mid(k).join(QLatin1Char(' '));
    return rest.isEmpty() ? QStringList{ first } : QStringList{ first, rest };
}

void writeLabels(QByteArray &out, const GraphScene *scene, const QTransform &t)
{
    const qreal s = t.m11();
    const QByteArray halo = colour(GraphStyle::labelHalo());
    QByteArray haloOpacity;
    num(haloOpacity, GraphStyle::labelHalo().alphaF());
    // One group a label, its halo and lines of text in it (readers find a label's lines there).
    QHash<QString, QFontMetricsF> metrics;
    out += "<g fill=\"" + colour(GraphStyle::labelColor()) + "\">\n";
    for (const NodeItem *n : scene->nodeItems()) {
        if (!n->shownTarget() || !n->isPlaced() || n->label().isEmpty())
            continue;
        const QFont &font = n->labelFont();
        const QString key = font.key();
        auto fm = metrics.constFind(key);
        if (fm == metrics.cend())
            fm = metrics.insert(key, QFontMetricsF(font));
        const QRectF box = n->labelRect();
        const QRectF inner = n->labelTextRect();
        const QPointF origin = t.map(n->pos());
        out += "<g transform=\"translate(";
        point(out, origin);
        out += ") scale(";
        num(out, s);
        out += ")\" font-family=\"" + text(font.families().join(QStringLiteral(", ")))
                + "\" font-size=\"";
        num(out, font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * 96 / 72);
        out += "\" font-weight=\""
                + QByteArray::number(font.weight() >= QFont::DemiBold ? 600 : 400)
                + "\"><rect x=\"";
        num(out, box.x());
        out += "\" y=\"";
        num(out, box.y());
        out += "\" width=\"";
        num(out, box.width());
        out += "\" height=\"";
        num(out, box.height());
        out += "\" rx=\"3\" fill=\"" + halo + "\" fill-opacity=\"" + haloOpacity + "\"/>";
        const Qt::Alignment align = n->labelAlignment();
        const QByteArray anchor = align & Qt::AlignLeft ? "start"
                : align & Qt::AlignRight                ? "end"
                                                        : "middle";
        const qreal x = align & Qt::AlignLeft ? inner.left()
                : align & Qt::AlignRight      ? inner.right()
                                              : inner.center().x();
        const QStringList lines = linesOf(n, *fm, inner.width());
        for (qsizetype i = 0; i < lines.size(); ++i) {
            out += "<text x=\"";
            num(out, x);
            out += "\" y=\"";
            num(out, inner.top() + fm->ascent() + i * fm->lineSpacing());
            out += "\" text-anchor=\"" + anchor + "\">" + text(lines.at(i)) + "</text>";
        }
        out += "</g>\n";
    }
    out += "</g>\n";
}

// The overlay drawn by QSvgGenerator, its elements without the document around them.
QByteArray overlay(const GraphSvg::Picture &p)
{
    if (!p.overlay || p.overlaySize.isEmpty())
        return {};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(p.overlaySize);
    svg.setViewBox(QRect(QPoint(0, 0), p.overlaySize));
    svg.setResolution(96);
    QPainter painter;
    if (!painter.begin(&svg))
        return {};
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    p.overlay(&painter);
    painter.end();
    const qsizetype open = bytes.indexOf("<svg");
    const qsizetype start = open < 0 ? -1 : bytes.indexOf('>', open);
    const qsizetype end = bytes.lastIndexOf("</svg>");
    if (start < 0 || end < start)
        return {};
    QByteArray body = bytes.mid(start + 1, end - start - 1);
    for (const char *tag : { "title", "desc" }) {
        const qsizetype a = body.indexOf(QByteArray("<") + tag + '>');
        const qsizetype b = body.indexOf(QByteArray("</") + tag + '>');
        if (a >= 0 && b > a)
            body.remove(a, b - a + qstrlen(tag) + 3);
    }
    QByteArray out = "<g transform=\"translate(";
    point(out, p.overlayAt);
    out += ")\">" + body + "</g>\n";
    return out;
}

} // namespace

QByteArray GraphSvg::write(const GraphScene *scene, const Picture &p)
{
    QByteArray out;
    out.reserve(qsizetype(scene->nodeItems().size()) * 400 + scene->edgeItems().size() * 40);
    const QByteArray w = QByteArray::number(p.size.width());
    const QByteArray h = QByteArray::number(p.size.height());
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
           "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.2\" baseProfile=\"tiny\" "
           "width=\""
            + w + "\" height=\"" + h + "\" viewBox=\"0 0 " + w + ' ' + h + "\">\n<title>"
            + text(p.title) + "</title>\n<desc>" + text(p.description) + "</desc>\n"
            + "<rect width=\"" + w + "\" height=\"" + h + "\" fill=\"#ffffff\"/>\n";
    writeEdges(out, scene, p.sceneToPicture);
    writeNodes(out, scene, p.sceneToPicture);
    writeLabels(out, scene, p.sceneToPicture);
    out += overlay(p);
    out += "</svg>\n";
    return out;
}

} // namespace atlas
