// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/briefing.h"
#include "reports/briefingblocks.h"

#include <memory>

namespace atlas {

// The briefing's content from the data alone: cover, summary, key events, figures with their
// tables, a section per company in focus, numbered sources. Pure: no layout, no painting; the
// figures are only carried along to be drawn later.
class BriefingComposer
{
public:
    BriefingComposer(const Dataset &data, const BriefingOptions &options,
                     Briefing::Figures figures = {});
    ~BriefingComposer();

    BriefingContent compose();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace atlas
