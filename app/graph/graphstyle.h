// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customtypes.h"
#include "core/kinds.h"

#include <QCoreApplication>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QPainterPath>
#include <QPen>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace atlas {

// How the company graph looks, in one place so the view, its legend and every export agree:
// entity kinds differ by shape *and* colour (Paul Tol's colour-blind-safe "bright" set),
// relationship types by colour *and* dash pattern, so neither colour nor shape alone carries
// the meaning. Sizes are in scene units (pixels at 100 %).
class GraphStyle
{
    Q_DECLARE_TR_FUNCTIONS(atlas::GraphStyle)

public:
    static QColor fill(EntityKind kind);
    static QColor outline(EntityKind kind);
    // The colour of a community when nodes are coloured by community (0 the largest; the colours
    // repeat after sixteen, far enough apart that neighbours rarely share one); grey for -1.
    static QColor communityColor(int community);
    // Node size grows gently with the number of relationships, so hubs read as hubs.
    static qreal radius(EntityKind kind, int degree);
    // Node size by degree (an option of the view): the shape's area proportional to the number
    // of relationships, the radius kept between these two.
    static constexpr qreal kMinDegreeRadius = 5;
    static constexpr qreal kMaxDegreeRadius = 40;
    static qreal degreeRadius(int degree);
    // Node size as an imported file gives it (GEXF viz:size, in the file's own units): the data's
    // sizes from smallest to largest scaled linearly onto the same least and largest radius.
    // 0 (no size of its own) when size is not a positive number or the sizes span no range.
    static qreal fileRadius(double size, double smallest, double largest);
    // The node's outline centred on (0, 0).
    static QPainterPath shape(EntityKind kind, qreal radius);

    // User-defined kinds and types (core/customtypes.h) look as their definition says: colour,
    // shape (kinds) or dash (types). An unknown colour or shape falls back to grey and a circle.
    static QColor fill(const CustomType &kind);
    static QPainterPath shape(const CustomType &kind, qreal radius);
    static QPen edgePen(const CustomType &type);
    static QIcon kindIcon(const CustomType &kind);
    static QIcon typeIcon(const CustomType &type);

    static QColor edgeColor(RelationshipType type);
    // Cosmetic: the same width on screen at any zoom and in every export.
    static QPen edgePen(RelationshipType type);
    static qreal arrowSize() { return 9.0; }

    // Typography::font, so Korean names show as Korean glyphs everywhere, exports included.
    static QFont labelFont(EntityKind kind);
    static QFont legendFont(bool heading = false);
    static qreal labelMaxWidth() { return 120.0; }
    static QColor labelColor() { return QColor(0x1f, 0x23, 0x28); }
    static QColor labelHalo() { return QColor(255, 255, 255, 220); }
    // The screen canvas: Palette::screen() (dark under a dark desktop theme); exports are white.
    static QColor canvas();
    static QColor selectionColor() { return QColor(0xf5, 0xa0, 0x00); }
    static QColor focusColor() { return QColor(0x20, 0x20, 0x20); }
    // Dimmed items are drawn in colours faded towards the canvas rather than translucent: the
    // same look, without blending thousands of items on every hover.
    static QColor dimmed(const QColor &c);
    // How much of a colour dimming keeps (the rest is the canvas): a picture under the canvas
    // colour at 1 - kDimmedKeep opacity looks as its items drawn dimmed().
    static constexpr float kDimmedKeep = 0.16f;

    // A legend of the given kinds and types: its size, and painting it with its top-left at `at`.
    // notes: a line each under the lists (what node size and colour mean when an option changes
    // them); kindColours false draws the kinds' shapes in grey, as nodes are then coloured
    // otherwise.
    // customKinds, customTypes: the user-defined kinds and types in use, listed after the
    // built-in ones.
    static QSizeF legendSize(const QList<EntityKind> &kinds, const QList<RelationshipType> &types,
                             const QStringList &notes = {},
                             const QList<CustomType> &customKinds = {},
                             const QList<CustomType> &customTypes = {});
    static void paintLegend(QPainter *painter, const QPointF &at, const QList<EntityKind> &kinds,
                            const QList<RelationshipType> &types, const QStringList &notes = {},
                            bool kindColours = true, const QList<CustomType> &customKinds = {},
                            const QList<CustomType> &customTypes = {});
    // A small sample of a kind or type, for menus.
    // A relationship type as a noun ("Investment"), for the legend and the filter menu; the
    // verb phrase of labelOf() ("invests in") reads only inside a sentence.
    static QString typeNoun(RelationshipType type);
    static QIcon kindIcon(EntityKind kind);
    static QIcon typeIcon(RelationshipType type);
};

} // namespace atlas
