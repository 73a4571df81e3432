// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kinds.h"

namespace atlas {

// Who does what when nobody said (a file without roles, a participant added in the event
// dialog): index is the participant's position. The first named is the investor of an
// investment and the others its investees; everyone partners in a partnership or contract.
// Defined in kinds.cpp; one rule for CSV import and the event dialog.
Role defaultRole(EventKind kind, int index);

} // namespace atlas
