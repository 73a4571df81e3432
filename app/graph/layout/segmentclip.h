// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>

#include <optional>

namespace atlas {

// Liang–Barsky clipping of a segment to a rectangle, for the layout (how much of an edge
// crosses a label) and the drawing of batched edges (the part of a line inside the image).
struct SegmentClip
{
    // Where along a–b (0 at a, 1 at b) the segment is inside r, edges included.
    struct Range
    {
        double t0 = 0;
        double t1 = 1;
    };

    // nullopt when no point of the segment lies in r.
    static std::optional<Range> range(const QPointF &a, const QPointF &b, const QRectF &r);
};

} // namespace atlas
