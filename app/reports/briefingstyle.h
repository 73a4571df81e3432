// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/briefing.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>

namespace atlas::BriefingStyle {

// Sizes in points, shared by the page layout and the painter.
inline constexpr double kMarginX = 48.0;
inline constexpr double kMarginTop = 54.0;
inline constexpr double kMarginBottom = 48.0;
inline constexpr double kBodySize = 9.5;
inline constexpr double kSmallSize = 7.5;
inline constexpr double kGap = 6.0;

inline const QColor kInk(0x1d, 0x26, 0x33);
inline const QColor kMuted(0x5f, 0x6b, 0x7a);
inline const QColor kRule(0xc9, 0xd2, 0xdc);
inline const QColor kAccent(0x1b, 0x3a, 0x5c);
inline const QColor kHeaderFill(0xe8, 0xee, 0xf5);

inline double textHeight(const QFont &font, double width, const QString &text)
{
    const QFontMetricsF fm(font);
    return fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

inline QFont headingFont(int level)
{
    return Briefing::font(level == 0 ? 26.0 : level == 1 ? 15.0 : 11.5, true);
}

} // namespace atlas::BriefingStyle
