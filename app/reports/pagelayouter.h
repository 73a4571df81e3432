// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/briefingblocks.h"

#include <QSizeF>

namespace atlas {

// Places the briefing's blocks on pages of a size in points: page breaks where asked, a heading
// kept with what follows it, tables split between rows with their header repeated.
namespace PageLayouter {

QList<BriefingPage> layout(const QList<BriefingBlock> &blocks, const QSizeF &pageSize);
// Heights in points at a column width.
double blockHeight(const BriefingBlock &b, double width);
double rowHeight(const BriefingBlocks::Table &t, int row, double width); // row -1: the header

} // namespace PageLayouter

} // namespace atlas
