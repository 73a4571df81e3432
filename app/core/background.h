// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace atlas {

// Gives the calling worker thread a smaller share of the processor than the window's thread
// when both want it (on Linux a nice value 10 above the process's; elsewhere nothing). On two
// cores a graph layout, a timeline index and a read all running beside the window took half of
// its processor: a million events arriving then froze the window for 240 ms where it had 120 ms
// of work. The worker still has every core the window leaves idle. A nice value counts against
// the threads of the same scheduling group (the session's autogroup, or a desktop's scope for the
// application), so other programs' share of the processor is as it was.
void yieldToTheWindow();

} // namespace atlas
