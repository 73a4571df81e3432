// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "heap.h"

#include <QByteArray>

#if defined(__GLIBC__)
#  include <gnu/libc-version.h>
#  include <malloc.h>
#endif
#if defined(__linux__)
#  include <dlfcn.h>
#  include <sys/mman.h>
#endif
#if defined(__linux__) && __has_include(<jemalloc/jemalloc.h>)
// Only the types and constants: the functions are looked up while the program runs (mallctl()),
// as only the programs that link jemalloc have them.
#  define JEMALLOC_NO_RENAME
#  include <jemalloc/jemalloc.h>
#  define ATLAS_HAVE_JEMALLOC_HEADER 1
#endif

#if defined(ATLAS_HAVE_JEMALLOC_HEADER)
// jemalloc reads its options from the program's malloc_conf: four arenas, as M_ARENA_MAX 4
// below for glibc. Freed pages are kept for the next allocation rather than handed back to the
// system over the next ten seconds (dirty and muzzy decay off): an undo and its redo at 100,000
// events each faulted in 350 to 750 pages again (about a tenth of their CPU on this machine's
// virtual memory). The program hands pages back itself where it freed much (returnFreeHeap()
// after a read, an index, a sort, an import's file). Harmless in a program without jemalloc.
extern "C" {
// NOLINTNEXTLINE(cppcoreguidelines-avoid-non-const-global-variables): jemalloc's interface
const char *malloc_conf = "narenas:4,dirty_decay_ms:-1,muzzy_decay_ms:-1";
}
#endif

namespace atlas {

namespace {

#if defined(ATLAS_HAVE_JEMALLOC_HEADER)
using Mallctl = int (*)(const char *, void *, size_t *, void *, size_t);

// jemalloc's mallctl() when the program runs on jemalloc.
Mallctl mallctlOf()
{
    static const auto f = reinterpret_cast<Mallctl>(dlsym(RTLD_DEFAULT, "mallctl"));
    return f;
}

// The bulk's arenas reach the system's memory through jemalloc's own hooks, with each new extent
// made resident at once (MADV_POPULATE_WRITE): one call for a few MB rather than a fault a page
// (heap.h says why). Its pages are the system's usual small ones.
extent_hooks_t *g_defaultHooks = nullptr;
#  if !defined(MADV_POPULATE_WRITE)
constexpr int MADV_POPULATE_WRITE = 23; // Linux 5.14
#  endif

void *allocPopulated(extent_hooks_t *, void *newAddr, size_t size, size_t alignment, bool *zero,
                     bool *commit, unsigned arena)
{
    void *block =
            g_defaultHooks->alloc(g_defaultHooks, newAddr, size, alignment, zero, commit, arena);
    if (block && *commit)
        madvise(block, size, MADV_POPULATE_WRITE); // refused, the pages come on first touch
    return block;
}

extent_hooks_t g_populatedHooks{};

// jemalloc's default hooks, read once, and the bulk's made from them; false without jemalloc.
bool populatedHooksReady()
{
    static const bool ready = [] {
        const Mallctl mallctl = mallctlOf();
        if (!mallctl)
            return false;
        size_t size = sizeof(g_defaultHooks);
        if (mallctl("arena.0.extent_hooks", &g_defaultHooks, &size, nullptr, 0) != 0
            || !g_defaultHooks)
            return false;
        g_populatedHooks = *g_defaultHooks;
        g_populatedHooks.alloc = allocPopulated;
        return true;
    }();
    return ready;
}

// A new arena: its index, or -1 without jemalloc (or when jemalloc refuses it). With populate,
// its extents come as above, and grow by at most kGrowAtMost each: the part of an extent not yet
// used is resident too.
int newArena(bool populate)
{
    const Mallctl mallctl = mallctlOf();
    if (!mallctl || (populate && !populatedHooksReady()))
        return -1;
    extent_hooks_t *hooks = &g_populatedHooks;
    unsigned index = 0;
    size_t size = sizeof(index);
    if (mallctl("arenas.create", &index, &size, populate ? &hooks : nullptr,
                populate ? sizeof(hooks) : 0)
        != 0)
        return -1;
    if (populate) {
        constexpr size_t kGrowAtMost = size_t(4) << 20;
        size_t limit = kGrowAtMost;
        const QByteArray name = "arena." + QByteArray::number(index) + ".retain_grow_limit";
        mallctl(name.constData(), nullptr, nullptr, &limit, sizeof(limit));
    }
    return int(index);
}

// The arenas of the bulk of the data, made once: the read's and its helper's beside it (one
// thread's new extent being made resident does not hold up the other's).
int bulkArena(BulkThread thread = BulkThread::Read)
{
    static const int read = newArena(true);
    static const int beside = newArena(true);
    return thread == BulkThread::Read ? read : beside;
}

// The arena of the graph's items alone, made once.
int graphItemsArena()
{
    static const int arena = newArena(false);
    return arena;
}
#endif

} // namespace

void useFourHeapsForAllThreads()
{
#if defined(__GLIBC__)
    mallopt(M_ARENA_MAX, 4);
#endif
}

void returnFreeHeap()
{
#if defined(ATLAS_HAVE_JEMALLOC_HEADER)
    if (const Mallctl mallctl = mallctlOf()) {
        // Every arena's unused dirty pages back now, not over the next ten seconds.
        mallctl("arena." QT_STRINGIFY(MALLCTL_ARENAS_ALL) ".purge", nullptr, nullptr, nullptr, 0);
        return;
    }
#endif
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

void returnFreeBulkHeap()
{
#if defined(ATLAS_HAVE_JEMALLOC_HEADER)
    if (const Mallctl mallctl = mallctlOf()) {
        for (const BulkThread thread : { BulkThread::Read, BulkThread::Beside }) {
            if (const int arena = bulkArena(thread); arena >= 0) {
                const QByteArray purge = "arena." + QByteArray::number(arena) + ".purge";
                mallctl(purge.constData(), nullptr, nullptr, nullptr, 0);
            }
        }
        return;
    }
#endif
    returnFreeHeap();
}

bool useBulkHeapOnThisThread(BulkThread thread)
{
#if defined(ATLAS_HAVE_JEMALLOC_HEADER)
    const int arena = bulkArena(thread);
    if (arena < 0)
        return false;
    unsigned index = unsigned(arena);
    return mallctlOf()("thread.arena", nullptr, nullptr, &index, sizeof(index)) == 0;
#else
    Q_UNUSED(thread)
    return false;
#endif
}

HeapWhileBuilding::HeapWhileBuilding(bool large, BuildingHeap heap)
{
#if defined(ATLAS_HAVE_JEMALLOC_HEADER)
    const int arena = !large                   ? -1
            : heap == BuildingHeap::GraphItems ? graphItemsArena()
                                               : bulkArena();
    if (arena < 0)
        return;
    unsigned previous = 0;
    size_t size = sizeof(previous);
    unsigned index = unsigned(arena);
    if (mallctlOf()("thread.arena", &previous, &size, &index, sizeof(index)) == 0
        && previous != index) {
        m_previous = int(previous);
        // The thread's cache of freed blocks would otherwise hand out blocks of the heap before.
        mallctlOf()("thread.tcache.flush", nullptr, nullptr, nullptr, 0);
    }
#else
    Q_UNUSED(large)
    Q_UNUSED(heap)
#endif
}

HeapWhileBuilding::~HeapWhileBuilding()
{
#if defined(ATLAS_HAVE_JEMALLOC_HEADER)
    if (m_previous < 0)
        return;
    unsigned index = unsigned(m_previous);
    mallctlOf()("thread.arena", nullptr, nullptr, &index, sizeof(index));
    mallctlOf()("thread.tcache.flush", nullptr, nullptr, nullptr, 0);
#endif
}

#if defined(ATLAS_HAVE_JEMALLOC_HEADER)
namespace {

// The arena block was allocated from; -1 without jemalloc or for a block it does not know.
int arenaOf(const void *block)
{
    const Mallctl mallctl = mallctlOf();
    if (!mallctl || !block)
        return -1;
    unsigned index = 0;
    size_t size = sizeof(index);
    if (mallctl("arenas.lookup", &index, &size, const_cast<void **>(&block), sizeof(block)) != 0)
        return -1;
    return int(index);
}

} // namespace
#endif

bool madeOnHeap(const void *block, BuildingHeap heap)
{
#if defined(ATLAS_HAVE_JEMALLOC_HEADER)
    if (heap == BuildingHeap::GraphItems) {
        const int arena = arenaOf(block);
        return arena >= 0 && arena == graphItemsArena();
    }
    return madeOnBulkHeap(block, BulkThread::Read) || madeOnBulkHeap(block, BulkThread::Beside);
#else
    Q_UNUSED(block)
    Q_UNUSED(heap)
    return false;
#endif
}

bool madeOnBulkHeap(const void *block, BulkThread thread)
{
#if defined(ATLAS_HAVE_JEMALLOC_HEADER)
    const int arena = arenaOf(block);
    return arena >= 0 && arena == bulkArena(thread);
#else
    Q_UNUSED(block)
    Q_UNUSED(thread)
    return false;
#endif
}

QString heapName()
{
#if defined(ATLAS_HAVE_JEMALLOC_HEADER)
    if (const Mallctl mallctl = mallctlOf()) {
        const char *version = nullptr;
        size_t size = sizeof(version);
        if (mallctl("version", &version, &size, nullptr, 0) == 0 && version)
            return QStringLiteral("jemalloc %1").arg(QLatin1String(version));
    }
#endif
#if defined(__GLIBC__)
    return QStringLiteral("glibc %1").arg(QLatin1String(gnu_get_libc_version()));
#else
    return QStringLiteral("the C library's");
#endif
}

} // namespace atlas
