// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "heap.h"

#if defined(__GLIBC__)
#  include <malloc.h>
#endif

namespace atlas {

void useFourHeapsForAllThreads()
{
#if defined(__GLIBC__)
    mallopt(M_ARENA_MAX, 4);
#endif
}

void returnFreeHeap()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace atlas
