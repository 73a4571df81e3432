// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/localizedtext.h"
#include "reports/briefingblocks.h"

#include <QSizeF>

#include <memory>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace atlas {

class Dataset;

// Paints laid-out briefing pages, each with its running header and footer, in points.
class BriefingPainter
{
public:
    BriefingPainter(const Dataset &data, Language lang, const BriefingContent &content,
                    const QList<BriefingPage> &pages, const QSizeF &pageSize);
    ~BriefingPainter();

    // Paints one page (0-based) with the painter's coordinates in points.
    void paintPage(QPainter &painter, int page) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace atlas
