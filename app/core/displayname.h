// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

namespace atlas {

// The name an entity is shown by in a language (the other language as fallback), or its id when
// the entity is unknown or unnamed, so a dangling reference stays visible instead of becoming a
// blank cell. The one rule for tables, charts, the graph, the timeline and the briefing.
QString displayName(const Dataset &data, const QString &entityId, Language lang);

} // namespace atlas
