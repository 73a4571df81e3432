// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace atlas {

// The application's heap where the C library is glibc; elsewhere these do nothing.

// At most four heaps for all threads (M_ARENA_MAX 4), to be called first thing in main(). With a
// heap for each thread (glibc's default, eight per core) workers keep what they freed apart from
// the main heap, and the application opening a million events held some 50 MB more (1,006 MB
// against 954 MB). With one heap for all, the two threads that read a database side by side
// (and the check for damage beside them) waited for each other's allocations: a million events
// came 1.0 s later, on 2.7 s more CPU. With four each of them has its own, and the window holds
// what it held on one (916 MB against 910 MB idle at a million events). Small blocks still come
// from each thread's cache.
void useFourHeapsForAllThreads();

// Gives the pages the heap holds free back to the system (malloc_trim: whole free pages between
// live blocks too), after a large structure was built and its temporaries freed.
void returnFreeHeap();

} // namespace atlas
