// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphstyle.h"

#include "render/palette.h"
#include "render/typography.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPixmap>

#include <algorithm>
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

// The row of a style table for key (the kind or type a row styles); null if none.
template <typename Row, std::size_t N, typename Key>
const Row *find(const Row (&table)[N], Key key)
{
    for (const Row &row : table) {
        if (row.key == key)
            return &row;
    }
    return nullptr;
}

// The look of each entity kind: fill colour and the radius of a node with one relationship.
struct KindStyle
{
    EntityKind key;
    QRgb fill;
    qreal radius;
};

constexpr KindStyle kKindStyles[] = {
    { EntityKind::Company, 0x4477aa, 13 },  { EntityKind::Person, 0xee6677, 10 },
    { EntityKind::Product, 0x228833, 10 },  { EntityKind::AiModel, 0xaa3377, 10 },
    { EntityKind::Alliance, 0xccbb44, 15 }, { EntityKind::PublicBody, 0x66ccee, 12 },
    { EntityKind::Place, 0xbbbbbb, 10 },
};

const KindStyle *kindStyle(EntityKind kind)
{
    return find(kKindStyles, kind);
}

// The look of each relationship type: line colour, width, dashes and cap.
struct TypeStyle
{
    RelationshipType key;
    QRgb color;
    qreal width;
    QList<qreal> dashes; // empty: a solid line
    Qt::PenCapStyle cap;
};

const TypeStyle *typeStyle(RelationshipType type)
{
    static const TypeStyle styles[] = {
        { RelationshipType::Partner, 0x332288, 2.2, {}, Qt::FlatCap },
        { RelationshipType::InvestsIn, 0x117733, 2.4, {}, Qt::FlatCap },
        { RelationshipType::ShareholderOf, 0x117733, 2.0, { 5, 3 }, Qt::FlatCap },
        { RelationshipType::Supplies, 0xcc6611, 2.0, {}, Qt::FlatCap },
        { RelationshipType::MemberOf, 0x44aa99, 2.2, { 1.5, 2.5 }, Qt::RoundCap },
        { RelationshipType::Makes, 0x777777, 1.3, {}, Qt::FlatCap },
        { RelationshipType::BuiltOn, 0x882255, 1.8, { 6, 2.5, 1.5, 2.5 }, Qt::FlatCap },
    };
    return find(styles, type);
}

// The noun the legend and the filter menu name a relationship type by.
struct TypeNoun
{
    RelationshipType key;
    const char *noun;
};

constexpr TypeNoun kTypeNouns[] = {
    { RelationshipType::Partner, QT_TRANSLATE_NOOP("atlas::GraphStyle", "Partnership") },
    { RelationshipType::InvestsIn, QT_TRANSLATE_NOOP("atlas::GraphStyle", "Investment") },
    { RelationshipType::ShareholderOf, QT_TRANSLATE_NOOP("atlas::GraphStyle", "Shareholding") },
    { RelationshipType::Supplies, QT_TRANSLATE_NOOP("atlas::GraphStyle", "Supply") },
    { RelationshipType::MemberOf, QT_TRANSLATE_NOOP("atlas::GraphStyle", "Membership") },
    { RelationshipType::Makes, QT_TRANSLATE_NOOP("atlas::GraphStyle", "Maker of") },
    { RelationshipType::BuiltOn, QT_TRANSLATE_NOOP("atlas::GraphStyle", "Built on") },
};

// A 32-pixel icon, painted antialiased by paint.
template <typename Paint>
QIcon icon(Paint paint)
{
    QPixmap pm(32, 32);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    paint(p);
    return QIcon(pm);
}

} // namespace

QColor GraphStyle::fill(EntityKind kind)
{
    const KindStyle *style = kindStyle(kind);
    return style ? QColor(style->fill) : QColor(Qt::gray);
}

QColor GraphStyle::outline(EntityKind kind)
{
    return fill(kind).darker(150);
}

QColor GraphStyle::communityColor(int community)
{
    // Paul Tol's "muted" then "light" sets, alternated so that the largest communities differ most.
    static constexpr QRgb colours[] = { 0x332288, 0xee8866, 0x117733, 0xaa4499, 0x88ccee, 0xddcc77,
                                        0x882255, 0x44bb99, 0xcc6677, 0x77aadd, 0x999933, 0xffaabb,
                                        0x44aa99, 0xaaaa00, 0x99ddff, 0xeedd88 };
    if (community < 0)
        return QColor(0xbbbbbb);
    return QColor(colours[community % int(std::size(colours))]);
}

qreal GraphStyle::radius(EntityKind kind, int degree)
{
    const KindStyle *style = kindStyle(kind);
    const qreal base = style ? style->radius : 10;
    return base + std::min<qreal>(8, 2 * std::sqrt(qreal(std::max(0, degree - 1))));
}

qreal GraphStyle::degreeRadius(int degree)
{
    // Area = pi r^2 = degree x (the area of a one-relationship node of radius 5.5).
    constexpr qreal unit = 5.5;
    return std::clamp(unit * std::sqrt(qreal(std::max(0, degree))), kMinDegreeRadius,
                      kMaxDegreeRadius);
}

qreal GraphStyle::fileRadius(double size, double smallest, double largest)
{
    if (!(size > 0) || !std::isfinite(size) || !(largest > smallest))
        return 0;
    const double t = std::clamp((size - smallest) / (largest - smallest), 0.0, 1.0);
    return kMinDegreeRadius + t * (kMaxDegreeRadius - kMinDegreeRadius);
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
    case EntityKind::Custom: // drawn from its definition, see shape(const CustomType &)
        break;
    }
    path.addEllipse(QPointF(), r, r);
    return path;
}

QColor GraphStyle::dimmed(const QColor &c)
{
    constexpr float keep = kDimmedKeep;
    const QColor bg = canvas();
    return QColor::fromRgbF(bg.redF() + (c.redF() - bg.redF()) * keep,
                            bg.greenF() + (c.greenF() - bg.greenF()) * keep,
                            bg.blueF() + (c.blueF() - bg.blueF()) * keep, c.alphaF());
}

QColor GraphStyle::edgeColor(RelationshipType type)
{
    const TypeStyle *style = typeStyle(type);
    return style ? QColor(style->color) : QColor(Qt::darkGray);
}

QPen GraphStyle::edgePen(RelationshipType type)
{
    QPen pen(edgeColor(type), 1.6);
    pen.setCosmetic(true);
    pen.setCapStyle(Qt::FlatCap);
    if (const TypeStyle *style = typeStyle(type)) {
        if (!style->dashes.isEmpty())
            pen.setDashPattern(style->dashes);
        pen.setCapStyle(style->cap);
        pen.setWidthF(style->width);
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

namespace {

// One line of the legend: a node shape in its colour, or a line with or without an arrow.
struct LegendRow
{
    QString label;
    QColor fill; // kinds
    QPainterPath shape; // kinds, centred on (0, 0)
    QPen pen; // types
    bool directed = false;
};

struct LegendRows
{
    QList<LegendRow> kinds;
    QList<LegendRow> types;
};

LegendRows legendRows(const QList<EntityKind> &kinds, const QList<RelationshipType> &types,
                      const QList<CustomType> &customKinds, const QList<CustomType> &customTypes)
{
    LegendRows rows;
    for (EntityKind k : kinds)
        rows.kinds.append(
                { labelOf(k), GraphStyle::fill(k), GraphStyle::shape(k, 6.5), {}, false });
    for (const CustomType &k : customKinds)
        rows.kinds.append({ k.text(), GraphStyle::fill(k), GraphStyle::shape(k, 6.5), {}, false });
    for (RelationshipType t : types)
        rows.types.append(
                { GraphStyle::typeNoun(t), {}, {}, GraphStyle::edgePen(t), isDirected(t) });
    for (const CustomType &t : customTypes)
        rows.types.append({ t.text(), {}, {}, GraphStyle::edgePen(t), t.directed });
    return rows;
}

} // namespace

QSizeF GraphStyle::legendSize(const QList<EntityKind> &kinds, const QList<RelationshipType> &types,
                              const QStringList &notes, const QList<CustomType> &customKinds,
                              const QList<CustomType> &customTypes)
{
    const LegendRows rows = legendRows(kinds, types, customKinds, customTypes);
    const QFontMetricsF heading(legendFont(true));
    const QFontMetricsF body(legendFont());
    qreal width = std::max(heading.horizontalAdvance(tr("Entities")),
                           heading.horizontalAdvance(tr("Relationships")));
    for (const auto *list : { &rows.kinds, &rows.types }) {
        for (const LegendRow &row : *list)
            width = std::max(width, kLegendSample + 6 + body.horizontalAdvance(row.label));
    }
    for (const QString &note : notes)
        width = std::max(width, body.horizontalAdvance(note));
    int lines = int(rows.kinds.size() + rows.types.size() + notes.size());
    lines += rows.kinds.isEmpty() ? 0 : 1;
    lines += rows.types.isEmpty() ? 0 : 1;
    return { std::ceil(width + 2 * kLegendPadding), lines * kLegendRow + 2 * kLegendPadding };
}

void GraphStyle::paintLegend(QPainter *p, const QPointF &at, const QList<EntityKind> &kinds,
                             const QList<RelationshipType> &types, const QStringList &notes,
                             bool kindColours, const QList<CustomType> &customKinds,
                             const QList<CustomType> &customTypes)
{
    const LegendRows rows = legendRows(kinds, types, customKinds, customTypes);
    const QSizeF size = legendSize(kinds, types, notes, customKinds, customTypes);
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
    if (!rows.kinds.isEmpty()) {
        text(tr("Entities"), true, 0);
        y += kLegendRow;
        for (const LegendRow &k : rows.kinds) {
            const QColor colour = kindColours ? k.fill : QColor(0xbb, 0xbb, 0xbb);
            p->setPen(QPen(colour.darker(150), 1));
            p->setBrush(colour);
            p->drawPath(k.shape.translated(x + kLegendSample / 2, y + kLegendRow / 2));
            text(k.label, false, kLegendSample + 6);
            y += kLegendRow;
        }
    }
    if (!rows.types.isEmpty()) {
        text(tr("Relationships"), true, 0);
        y += kLegendRow;
        for (const LegendRow &t : rows.types) {
            const qreal cy = y + kLegendRow / 2;
            const QPointF from(x, cy);
            const QPointF to(x + kLegendSample - (t.directed ? 2 : 0), cy);
            p->setPen(t.pen);
            p->setBrush(Qt::NoBrush);
            p->drawLine(from, t.directed ? to - QPointF(6, 0) : to);
            if (t.directed) {
                p->setPen(Qt::NoPen);
                p->setBrush(t.pen.color());
                p->drawPolygon(QPolygonF({ to, to + QPointF(-8, -4), to + QPointF(-8, 4) }));
            }
            text(t.label, false, kLegendSample + 6);
            y += kLegendRow;
        }
    }
    for (const QString &note : notes) {
        text(note, false, 0);
        y += kLegendRow;
    }
    p->restore();
}

QColor GraphStyle::fill(const CustomType &kind)
{
    const QColor c(kind.color);
    return c.isValid() ? c : QColor(Qt::gray);
}

QPainterPath GraphStyle::shape(const CustomType &kind, qreal r)
{
    const int shape = CustomTypes::shapes().indexOf(kind.shape);
    QPainterPath path;
    switch (shape) {
    case 1: // square
        path.addRect(QRectF(-0.85 * r, -0.85 * r, 1.7 * r, 1.7 * r));
        return path;
    case 2: // diamond
        return polygon(4, 1.15 * r, -M_PI / 2);
    case 3: // hexagon
        return polygon(6, r, 0);
    case 4: // pentagon
        return polygon(5, r, -M_PI / 2);
    case 5: // triangle
        return polygon(3, 1.15 * r, -M_PI / 2).translated(0, 0.2 * r);
    case 6: // triangle-down
        return polygon(3, 1.15 * r, M_PI / 2).translated(0, -0.2 * r);
    default: // circle
        path.addEllipse(QPointF(), r, r);
        return path;
    }
}

QPen GraphStyle::edgePen(const CustomType &type)
{
    const QColor c(type.color);
    QPen pen(c.isValid() ? c : QColor(Qt::darkGray), 2.0);
    pen.setCosmetic(true);
    pen.setCapStyle(Qt::FlatCap);
    switch (CustomTypes::dashes().indexOf(type.shape)) {
    case 1: // dashed
        pen.setDashPattern({ 5, 3 });
        break;
    case 2: // dotted
        pen.setDashPattern({ 1.5, 2.5 });
        pen.setCapStyle(Qt::RoundCap);
        break;
    case 3: // dash-dot
        pen.setDashPattern({ 6, 2.5, 1.5, 2.5 });
        break;
    default:
        break;
    }
    return pen;
}

QIcon GraphStyle::kindIcon(const CustomType &kind)
{
    return icon([kind](QPainter &p) {
        p.setPen(QPen(fill(kind).darker(150), 1.5));
        p.setBrush(fill(kind));
        p.drawPath(shape(kind, 11).translated(16, 16));
    });
}

QIcon GraphStyle::typeIcon(const CustomType &type)
{
    return icon([type](QPainter &p) {
        QPen pen = edgePen(type);
        pen.setWidthF(pen.widthF() * 1.6);
        p.setPen(pen);
        p.drawLine(QPointF(2, 16), QPointF(type.directed ? 22 : 30, 16));
        if (type.directed) {
            p.setPen(Qt::NoPen);
            p.setBrush(pen.color());
            p.drawPolygon(QPolygonF({ QPointF(31, 16), QPointF(20, 9), QPointF(20, 23) }));
        }
    });
}

QString GraphStyle::typeNoun(RelationshipType type)
{
    const TypeNoun *noun = find(kTypeNouns, type);
    return noun ? tr(noun->noun) : labelOf(type);
}

QIcon GraphStyle::kindIcon(EntityKind kind)
{
    return icon([kind](QPainter &p) {
        p.setPen(QPen(outline(kind), 1.5));
        p.setBrush(fill(kind));
        p.drawPath(shape(kind, 11).translated(16, 16));
    });
}

QIcon GraphStyle::typeIcon(RelationshipType type)
{
    return icon([type](QPainter &p) {
        QPen pen = edgePen(type);
        pen.setWidthF(pen.widthF() * 1.6);
        p.setPen(pen);
        p.drawLine(QPointF(2, 16), QPointF(isDirected(type) ? 22 : 30, 16));
        if (isDirected(type)) {
            p.setPen(Qt::NoPen);
            p.setBrush(edgeColor(type));
            p.drawPolygon(QPolygonF({ QPointF(31, 16), QPointF(20, 9), QPointF(20, 23) }));
        }
    });
}

} // namespace atlas
