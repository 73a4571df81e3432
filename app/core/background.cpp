// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "background.h"

#if defined(Q_OS_LINUX) || defined(__linux__)
#  include <sys/resource.h>
#  include <sys/syscall.h>
#  include <unistd.h>
#endif

namespace atlas {

void yieldToTheWindow()
{
#if defined(__linux__)
    // On Linux a nice value belongs to the thread named by its id. Raising it needs no rights;
    // should it fail, the worker only runs as it did.
    constexpr int kBelowTheWindow = 10;
    const auto thread = static_cast<id_t>(syscall(SYS_gettid));
    const int now = getpriority(PRIO_PROCESS, thread);
    setpriority(PRIO_PROCESS, thread, now + kBelowTheWindow);
#endif
}

} // namespace atlas
