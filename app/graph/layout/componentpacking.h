// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

namespace atlas {

// The layout's packing phase: components laid out on their own are set beside one another.
namespace ComponentPacking {

// The rectangle the boxes of the given nodes cover (boxes relative to positions).
QRectF extent(const QList<int> &nodes, const QList<QPointF> &positions, const QList<QRectF> &boxes);

// Moves each group (the nodes of one component, largest first) into centred rows of about a
// square's width under the anchored nodes, `spacing` apart; with no anchored node the whole
// picture is centred on the origin. Nothing moves when there is no group.
void packInRows(const QList<QList<int>> &groups, const QList<int> &anchoredNodes,
                QList<QPointF> &positions, const QList<QRectF> &boxes, double spacing);

} // namespace ComponentPacking
} // namespace atlas
