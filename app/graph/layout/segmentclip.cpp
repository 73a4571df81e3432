// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentclip.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace atlas {

std::optional<SegmentClip::Range> SegmentClip::range(const QPointF &a, const QPointF &b,
                                                     const QRectF &r)
{
    const double dx = b.x() - a.x();
    const double dy = b.y() - a.y();
    Range out;
    // The segment is inside where p[k] * t <= q[k] for all four sides.
    const std::array<double, 4> p{ -dx, dx, -dy, dy };
    const std::array<double, 4> q{ a.x() - r.left(), r.right() - a.x(), a.y() - r.top(),
                                   r.bottom() - a.y() };
    for (int k = 0; k < 4; ++k) {
        if (std::abs(p[k]) < 1e-12) {
            // Parallel to this side: wholly outside or never leaving through it.
            if (q[k] < 0)
                return std::nullopt;
            continue;
        }
        const double t = q[k] / p[k];
        if (p[k] < 0)
            out.t0 = std::max(out.t0, t);
        else
            out.t1 = std::min(out.t1, t);
        if (out.t0 > out.t1)
            return std::nullopt;
    }
    return out;
}

} // namespace atlas
