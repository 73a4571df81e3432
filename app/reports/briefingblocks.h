// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/briefing.h"

#include <QRectF>
#include <QStringList>

#include <variant>

namespace atlas {

// What the briefing says, as blocks in reading order: the composer makes them, the page
// layouter places them, the painter draws them.
namespace BriefingBlocks {

struct Heading
{
    int level = 1;
    QString text;
};
struct Paragraph
{
    QString text;
    bool muted = false;
};
struct Table
{
    QStringList headers;
    QList<double> weights; // relative column widths
    QList<QStringList> rows;
};
struct Figure
{
    double height = 300.0;
    QString caption;
    Briefing::FigurePainter paint;
};
struct PageBreak
{
};
using Block = std::variant<Heading, Paragraph, Table, Figure, PageBreak>;

// A placed piece of a block on a page: the block, and for tables the rows that landed here.
struct Placement
{
    int block = 0;
    QRectF rect;
    int firstRow = 0;
    int lastRow = -1; // inclusive; -1 for non-table blocks
};

} // namespace BriefingBlocks

using BriefingBlock = BriefingBlocks::Block;
using BriefingPage = QList<BriefingBlocks::Placement>;

// The composed briefing: its blocks and what they were composed for.
struct BriefingContent
{
    QDate from; // the window after defaults (the data's first and last day)
    QDate to;
    QStringList focus; // entity ids after defaults
    QStringList cited; // source ids in the order they are numbered
    QStringList summary; // the summary paragraphs
    QList<BriefingBlock> blocks;
};

} // namespace atlas
