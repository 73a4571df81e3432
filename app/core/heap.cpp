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

// A new arena with jemalloc's own way to the system's memory: its index, or -1 without jemalloc
// (or when jemalloc refuses it). Its pages are the system's usual ones: huge pages are not asked
// for (heap.h says why).
int newArena()
{
    const Mallctl mallctl = mallctlOf();
    if (!mallctl)
        return -1;
    unsigned index = 0;
    size_t size = sizeof(index);
    if (mallctl("arenas.create", &index, &size, nullptr, 0) != 0)
        return -1;
    return int(index);
}

// The arena of the bulk of the data, made once.
int bulkArena()
{
    static const int arena = newArena();
    return arena;
}

// The arena of the graph's items alone, made once.
int graphItemsArena()
{
    static const int arena = newArena();
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
        if (const int arena = bulkArena(); arena >= 0) {
            const QByteArray purge = "arena." + QByteArray::number(arena) + ".purge";
            mallctl(purge.constData(), nullptr, nullptr, nullptr, 0);
        }
        return;
    }
#endif
    returnFreeHeap();
}

bool useBulkHeapOnThisThread()
{
#if defined(ATLAS_HAVE_JEMALLOC_HEADER)
    const int arena = bulkArena();
    if (arena < 0)
        return false;
    unsigned index = unsigned(arena);
    return mallctlOf()("thread.arena", nullptr, nullptr, &index, sizeof(index)) == 0;
#else
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

bool madeOnHeap(const void *block, BuildingHeap heap)
{
#if defined(ATLAS_HAVE_JEMALLOC_HEADER)
    const Mallctl mallctl = mallctlOf();
    const int arena = !mallctl                 ? -1
            : heap == BuildingHeap::GraphItems ? graphItemsArena()
                                               : bulkArena();
    if (arena < 0 || !block)
        return false;
    unsigned index = 0;
    size_t size = sizeof(index);
    return mallctl("arenas.lookup", &index, &size, const_cast<void **>(&block), sizeof(block)) == 0
            && int(index) == arena;
#else
    Q_UNUSED(block)
    Q_UNUSED(heap)
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
