// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphstyle.h"

#include "render/palette.h"
#include "render/typography.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPixmap>

#include <cmath>

namespace atlas {

namespace {

QPainterPath polygon(int corners, qreal radius, qreal rotation)
{
    QPolygonF p;
    for (int i = 0; i < corners; ++i) {
        const qreal a = rotation + 2 * M_PI * i / corners;
        p << QPointF(radius * std::cos(a), radius * std::sin(a));
    }
    p << p.first();
    QPainterPath path;
    path.addPolygon(p);
    path.closeSubpath();
    return path;
}

constexpr qreal kLegendPadding = 10;
constexpr qreal kLegendRow = 20;
constexpr qreal kLegendSample = 30;

} // namespace

QColor GraphStyle::fill(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Company:
        return QColor(0x44, 0x77, 0xaa);
    case EntityKind::Person:
        return QColor(0xee, 0x66, 0x77);
    case EntityKind::Product:
        return QColor(0x22, 0x88, 0x33);
    case EntityKind::AiModel:
        return QColor(0xaa, 0x33, 0x77);
    case EntityKind::Alliance:
        return QColor(0xcc, 0xbb, 0x44);
    case EntityKind::PublicBody:
        return QColor(0x66, 0xcc, 0xee);
    case EntityKind::Place:
        return QColor(0xbb, 0xbb, 0xbb);
    }
    return Qt::gray;
}

QColor GraphStyle::outline(EntityKind kind)
{
    return fill(kind).darker(150);
}

qreal GraphStyle::radius(EntityKind kind, int degree)
{
    qreal base = 10;
    switch (kind) {
    case EntityKind::Company:
        base = 13;
        break;
    case EntityKind::Alliance:
        base = 15;
        break;
    case EntityKind::PublicBody:
        base = 12;
        break;
    case EntityKind::Person:
    case EntityKind::Product:
    case EntityKind::AiModel:
    case EntityKind::Place:
        base = 10;
        break;
    }
    return base + std::min<qreal>(8, 2 * std::sqrt(qreal(std::max(0, degree - 1))));
}

QPainterPath GraphStyle::shape(EntityKind kind, qreal r)
{
    QPainterPath path;
    switch (kind) {
    case EntityKind::Company:
        path.addEllipse(QPointF(), r, r);
        return path;
    case EntityKind::Product:
        path.addRoundedRect(QRectF(-0.85 * r, -0.85 * r, 1.7 * r, 1.7 * r), 0.3 * r, 0.3 * r);
        return path;
    case EntityKind::AiModel:
        return polygon(4, 1.1 * r, -M_PI / 2);
    case EntityKind::Alliance:
        return polygon(6, r, 0);
    case EntityKind::PublicBody:
        return polygon(5, r, -M_PI / 2);
    case EntityKind::Person:
        return polygon(3, 1.15 * r, -M_PI / 2).translated(0, 0.2 * r);
    case EntityKind::Place:
        return polygon(3, 1.15 * r, M_PI / 2).translated(0, -0.2 * r);
    }
    path.addEllipse(QPointF(), r, r);
    return path;
}

QColor GraphStyle::dimmed(const QColor &c)
{
    constexpr float keep = 0.16f;
    const QColor bg = canvas();
    return QColor::fromRgbF(bg.redF() + (c.redF() - bg.redF()) * keep,
                            bg.greenF() + (c.greenF() - bg.greenF()) * keep,
                            bg.blueF() + (c.blueF() - bg.blueF()) * keep, c.alphaF());
}

QColor GraphStyle::edgeColor(RelationshipType type)
{
    switch (type) {
    case RelationshipType::Partner:
        return QColor(0x33, 0x22, 0x88);
    case RelationshipType::InvestsIn:
        return QColor(0x11, 0x77, 0x33);
    case RelationshipType::ShareholderOf:
        return QColor(0x11, 0x77, 0x33);
    case RelationshipType::Supplies:
        return QColor(0xcc, 0x66, 0x11);
    case RelationshipType::MemberOf:
        return QColor(0x44, 0xaa, 0x99);
    case RelationshipType::Makes:
        return QColor(0x77, 0x77, 0x77);
    case RelationshipType::BuiltOn:
        return QColor(0x88, 0x22, 0x55);
    }
    return Qt::darkGray;
}

QPen GraphStyle::edgePen(RelationshipType type)
{
    QPen pen(edgeColor(type), 1.6);
    pen.setCosmetic(true);
    pen.setCapStyle(Qt::FlatCap);
    switch (type) {
    case RelationshipType::Partner:
        pen.setWidthF(2.2);
        break;
    case RelationshipType::InvestsIn:
        pen.setWidthF(2.4);
        break;
    case RelationshipType::ShareholderOf:
        pen.setDashPattern({ 5, 3 });
        pen.setWidthF(2.0);
        break;
    case RelationshipType::Supplies:
        pen.setWidthF(2.0);
        break;
    case RelationshipType::MemberOf:
        pen.setDashPattern({ 1.5, 2.5 });
        pen.setCapStyle(Qt::RoundCap);
        pen.setWidthF(2.2);
        break;
    case RelationshipType::Makes:
        pen.setWidthF(1.3);
        break;
    case RelationshipType::BuiltOn:
        pen.setDashPattern({ 6, 2.5, 1.5, 2.5 });
        pen.setWidthF(1.8);
        break;
    }
    return pen;
}

QColor GraphStyle::canvas()
{
    const Palette palette = Palette::screen();
    return palette.isDark() ? palette.canvas : QColor(0xfb, 0xfb, 0xfa);
}

QFont GraphStyle::labelFont(EntityKind kind)
{
    const bool strong = kind == EntityKind::Company || kind == EntityKind::Alliance
            || kind == EntityKind::PublicBody;
    return Typography::font(12, strong ? QFont::DemiBold : QFont::Normal);
}

QFont GraphStyle::legendFont(bool heading)
{
    return Typography::font(heading ? 12 : 11, heading ? QFont::Bold : QFont::Normal);
}

QSizeF GraphStyle::legendSize(const QList<EntityKind> &kinds, const QList<RelationshipType> &types)
{
    const QFontMetricsF heading(legendFont(true));
    const QFontMetricsF body(legendFont());
    qreal width = std::max(heading.horizontalAdvance(tr("Entities")),
                           heading.horizontalAdvance(tr("Relationships")));
    for (EntityKind k : kinds)
        width = std::max(width, kLegendSample + 6 + body.horizontalAdvance(labelOf(k)));
    for (RelationshipType t : types)
        width = std::max(width, kLegendSample + 6 + body.horizontalAdvance(typeNoun(t)));
    int rows = int(kinds.size() + types.size());
    rows += kinds.isEmpty() ? 0 : 1;
    rows += types.isEmpty() ? 0 : 1;
    return { std::ceil(width + 2 * kLegendPadding), rows * kLegendRow + 2 * kLegendPadding };
}

void GraphStyle::paintLegend(QPainter *p, const QPointF &at, const QList<EntityKind> &kinds,
                             const QList<RelationshipType> &types)
{
    const QSizeF size = legendSize(kinds, types);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(QColor(0xd0, 0xd0, 0xd0), 1));
    p->setBrush(QColor(255, 255, 255, 235));
    p->drawRoundedRect(QRectF(at, size).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);

    qreal y = at.y() + kLegendPadding;
    const qreal x = at.x() + kLegendPadding;
    auto text = [&](const QString &s, bool heading, qreal indent) {
        p->setFont(legendFont(heading));
        p->setPen(labelColor());
        p->drawText(QRectF(x + indent, y, size.width(), kLegendRow),
                    Qt::AlignLeft | Qt::AlignVCenter, s);
    };
    if (!kinds.isEmpty()) {
        text(tr("Entities"), true, 0);
        y += kLegendRow;
        for (EntityKind k : kinds) {
            p->setPen(QPen(outline(k), 1));
            p->setBrush(fill(k));
            p->drawPath(shape(k, 6.5).translated(x + kLegendSample / 2, y + kLegendRow / 2));
            text(labelOf(k), false, kLegendSample + 6);
            y += kLegendRow;
        }
    }
    if (!types.isEmpty()) {
        text(tr("Relationships"), true, 0);
        y += kLegendRow;
        for (RelationshipType t : types) {
            const qreal cy = y + kLegendRow / 2;
            const QPointF from(x, cy);
            const QPointF to(x + kLegendSample - (isDirected(t) ? 2 : 0), cy);
            p->setPen(edgePen(t));
            p->setBrush(Qt::NoBrush);
            p->drawLine(from, isDirected(t) ? to - QPointF(6, 0) : to);
            if (isDirected(t)) {
                p->setPen(Qt::NoPen);
                p->setBrush(edgeColor(t));
                p->drawPolygon(QPolygonF({ to, to + QPointF(-8, -4), to + QPointF(-8, 4) }));
            }
            text(typeNoun(t), false, kLegendSample + 6);
            y += kLegendRow;
        }
    }
    p->restore();
}

QString GraphStyle::typeNoun(RelationshipType type)
{
    switch (type) {
    case RelationshipType::Partner:
        return tr("Partnership");
    case RelationshipType::InvestsIn:
        return tr("Investment");
    case RelationshipType::ShareholderOf:
        return tr("Shareholding");
    case RelationshipType::Supplies:
        return tr("Supply");
    case RelationshipType::MemberOf:
        return tr("Membership");
    case RelationshipType::Makes:
        return tr("Maker of");
    case RelationshipType::BuiltOn:
        return tr("Built on");
    }
    return labelOf(type);
}

QIcon GraphStyle::kindIcon(EntityKind kind)
{
    QPixmap pm(32, 32);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(outline(kind), 1.5));
    p.setBrush(fill(kind));
    p.drawPath(shape(kind, 11).translated(16, 16));
    return QIcon(pm);
}

QIcon GraphStyle::typeIcon(RelationshipType type)
{
    QPixmap pm(32, 32);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen = edgePen(type);
    pen.setWidthF(pen.widthF() * 1.6);
    p.setPen(pen);
    p.drawLine(QPointF(2, 16), QPointF(isDirected(type) ? 22 : 30, 16));
    if (isDirected(type)) {
        p.setPen(Qt::NoPen);
        p.setBrush(edgeColor(type));
        p.drawPolygon(QPolygonF({ QPointF(31, 16), QPointF(20, 9), QPointF(20, 23) }));
    }
    return QIcon(pm);
}

} // namespace atlas
