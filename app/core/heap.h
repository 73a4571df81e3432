// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace atlas {

// The application's heap. The program links jemalloc where it was built with it (CMake's
// atlas_use_app_heap, Debian's libjemalloc2); these functions find it while the program runs, so
// the libraries and tests that do not link it get the C library's heap and the same behaviour.

// At most four heaps for all threads (glibc's M_ARENA_MAX 4; jemalloc's narenas:4, its
// malloc_conf in heap.cpp), to be called first thing in main(). With a heap for each thread
// (glibc's default, eight per core) workers keep what they freed apart from the main heap, and
// the application opening a million events held some 50 MB more (1,006 MB against 954 MB). With
// one heap for all, the two threads that read a database side by side (and the check for damage
// beside them) waited for each other's allocations: a million events came 1.0 s later, on 2.7 s
// more CPU. With four each of them has its own. Small blocks still come from each thread's cache.
void useFourHeapsForAllThreads();

// Gives the pages the heap holds free back to the system (malloc_trim, or jemalloc's purge of
// every arena), after a large structure was built and its temporaries freed.
void returnFreeHeap();
// The same for the bulk's heap alone (useBulkHeapOnThisThread(), HeapWhileBuilding), after a
// large structure was built there: the window's own heap keeps the pages its edits reuse (handed
// back, the next edit at 100,000 events faulted them in again, some 8 ms). Without jemalloc,
// returnFreeHeap().
void returnFreeBulkHeap();

// What this thread allocates from now on comes from a heap of its own, the bulk's, for the bulk
// of a database read on a worker: what the read frees stays there for the indexes built after it,
// and can be handed back apart from the window's own heap. False without jemalloc (then nothing
// changes).
//
// Its memory comes from the system a few MB at a time, made resident at once (madvise
// MADV_POPULATE_WRITE: one call for each few MB, where touching them made a fault a page). What a
// fresh page costs depends on the machine: on the twenty-first session's 0.5 ms a MB, on the
// twenty-second's 2.5 to 3.6 ms touched one by one and 1.4 to 1.8 made at once; on the
// twenty-third's 0.35 to 0.40 ms either way (neither gained nor lost there). On the
// twenty-second's, opening a million events took 2.62-2.84 s against 3.26-3.36 s with a fault a
// page in a quicker quarter hour, 2.54-3.50 s (median 3.45) against 3.17-4.16 s (median 3.80) in a
// slower one, launches alternating. Resident too: the part of each heap's last few MB not yet used,
// and the room reserved for lists to grow (withRoomToGrow()); idle, 189 MB at 100,000 events
// against 180, 961 MB at a million against 928. Where the kernel refuses the advice (before
// Linux 5.14), pages come on first touch as before.
//
// Its pages are the system's usual small ones. Until the twenty-first session this heap asked for
// transparent huge pages (madvise(MADV_HUGEPAGE)): on the machine of the fourth session a small
// page's first touch cost some 6 us and huge pages made that work 500 times less frequent. On the
// twenty-first session's machine (a virtual machine that hands freed memory back to its host) a
// huge page's first touch cost 1.3 to 2.9 ms a MB against a small one's 0.5; on the
// twenty-second's huge pages made the open quicker still, but every edit at 100,000 events a third
// slower (31-62 ms against 22-36: the data it reads is on them). Where the system gives every
// process huge pages (transparent_hugepage "always") they come anyway.
//
// BulkThread::Beside is a second such heap, for the thread that reads beside the first (the
// events' lists): on one heap, each thread waited while the other's new memory was made resident
// (the CPU of the open fell by a fifth, its wall time hardly).
enum class BulkThread { Read, Beside };
bool useBulkHeapOnThisThread(BulkThread thread = BulkThread::Read);

// While it lives, what this thread allocates comes from the bulk's heap, as above; then the
// thread's own heap again. For the window's thread while it takes in a large database's data
// (models, the table's order; the graph's items on their own, below): at a million events that is
// some 200 MB made at once, in pages the read freed. Does nothing without jemalloc, or when
// `large` is false.
//
// Switching heaps flushes the thread's cache of freed blocks, which would otherwise hand out
// blocks of the heap before.
//
// BuildingHeap::GraphItems is a heap of its own for the graph's items (nodes, edges, what each
// holds). Made in the bulk's heap they were strewn among the blocks the read had freed (20,000
// edges over some 70 MB at a million events), and on this machine's virtual processor a pass
// over items touched at random costs some 2 us per item when its memory is spread that wide,
// against 0.1 us within a few MB: a time window step at a million events, which sees to 1,500
// edges, paid 4 to 7 ms for that alone.
enum class BuildingHeap { Bulk, GraphItems };

class HeapWhileBuilding
{
public:
    explicit HeapWhileBuilding(bool large, BuildingHeap heap = BuildingHeap::Bulk);
    ~HeapWhileBuilding();
    HeapWhileBuilding(const HeapWhileBuilding &) = delete;
    HeapWhileBuilding &operator=(const HeapWhileBuilding &) = delete;
    bool isActive() const { return m_previous >= 0; }

private:
    int m_previous = -1; // the thread's arena before, -1: nothing was changed
};

// Whether block was allocated from that heap while a HeapWhileBuilding of it was active
// (jemalloc's arenas.lookup); false without jemalloc.
bool madeOnHeap(const void *block, BuildingHeap heap);
// Whether block was allocated from the bulk heap of that thread (useBulkHeapOnThisThread());
// false without jemalloc.
bool madeOnBulkHeap(const void *block, BulkThread thread);

// The capacity to reserve for a list of n records read whole (a table, an index of it) that
// edits then grow a record at a time: n, and room for 1,024 and a 64th more. Reserved to n alone,
// the first record a user adds copied the whole list into a new one, first touching every page
// of it (the first event added at 100,000 events took 100 ms of CPU, the next ones 10). The room
// is address space only: its pages are not touched until records fill them.
constexpr qsizetype withRoomToGrow(qsizetype n)
{
    return n + 1024 + n / 64;
}

// "jemalloc 5.3.0-0-g…" or "glibc 2.36": the heap this program runs on (tst_heap checks it).
QString heapName();

} // namespace atlas
