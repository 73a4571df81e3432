// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace atlas {

// The application's heap where the C library is glibc; elsewhere these do nothing.

// One heap for every thread (M_ARENA_MAX 1), to be called first thing in main(). The data is
// read and the timeline indexed on worker threads; with a heap of their own those keep what
// they freed apart from the main heap, and the application opening a million events held some
// 50 MB more (1,006 MB against 954 MB). Small blocks still come from each thread's cache.
void useOneHeapForAllThreads();

// Gives the pages the heap holds free back to the system (malloc_trim: whole free pages between
// live blocks too), after a large structure was built and its temporaries freed.
void returnFreeHeap();

} // namespace atlas
