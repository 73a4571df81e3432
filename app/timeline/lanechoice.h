// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace atlas {

// Which lanes the user asked the timeline for. The selected entity always gets the first lane;
// pinned entities (ids, so a choice survives edits and reloads) follow in the order pinned. In
// MostActive mode (the default) the companies taking part in the window follow, busiest over the
// whole data first; in Pinned mode nothing else is shown. A pinned id whose entity is gone is
// skipped quietly (and comes back with an undo). Remembered per database by the window.
struct LaneChoice
{
    enum class Mode { MostActive, Pinned };
    Mode mode = Mode::MostActive;
    QStringList pinned;
    bool groupByKind = false; // lanes ordered by entity kind, then as above

    // The default: the lanes that fit, busiest first, and an Other lane; no scrolling.
    bool isDefault() const { return mode == Mode::MostActive && pinned.isEmpty() && !groupByKind; }
    bool operator==(const LaneChoice &) const = default;
};

} // namespace atlas
