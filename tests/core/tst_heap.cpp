// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/heap.h"

#include <QFile>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <vector>

#include <dlfcn.h>
#include <sys/mman.h>
#include <unistd.h>

using namespace atlas;

namespace {

using Blocks = std::vector<std::unique_ptr<char[]>>;

// Many small blocks, as a database's records are (a title, an id): each written to, so that its
// pages are the process's own.
Blocks allocate(std::size_t bytes)
{
    constexpr std::size_t kBlock = 96;
    Blocks blocks;
    blocks.reserve(bytes / kBlock);
    for (std::size_t i = 0; i < bytes / kBlock; ++i) {
        blocks.push_back(std::make_unique<char[]>(kBlock));
        blocks.back()[0] = char(i);
    }
    return blocks;
}

// The kernel's flags of the mapping that holds address (smaps' VmFlags: "hg" is advised for
// huge pages); empty when no mapping holds it.
QByteArray mappingFlags(const void *address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return {};
    const auto at = reinterpret_cast<std::uintptr_t>(address);
    bool inside = false;
    const QByteArray text = smaps.readAll(); // its size says 0: read to the end
    for (const QByteArray &raw : text.split('\n')) {
        const QByteArray line = raw.trimmed();
        const QList<QByteArray> range = line.split(' ').constFirst().split('-');
        bool isRange = range.size() == 2;
        std::uintptr_t from = 0;
        std::uintptr_t to = 0;
        if (isRange) {
            bool a = false;
            bool b = false;
            from = range.at(0).toULongLong(&a, 16);
            to = range.at(1).toULongLong(&b, 16);
            isRange = a && b;
        }
        if (isRange)
            inside = at >= from && at < to;
        else if (inside && line.startsWith("VmFlags:"))
            return line.mid(8).trimmed() + ' ';
    }
    return {};
}

#if !defined(MADV_POPULATE_WRITE)
constexpr int kPopulateWrite = 23; // Linux 5.14
#else
constexpr int kPopulateWrite = MADV_POPULATE_WRITE;
#endif

std::size_t pageSize()
{
    return std::size_t(sysconf(_SC_PAGESIZE));
}

// Whether this kernel takes that advice on memory of this process's own.
bool kernelTakes(int advice)
{
    const std::size_t size = std::size_t(2) << 20;
    void *scratch = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (scratch == MAP_FAILED)
        return false;
    const bool taken = madvise(scratch, size, advice) == 0;
    munmap(scratch, size);
    return taken;
}

// Whether every page inside [block, block + size) is resident (mincore); false when none is
// wholly inside.
bool whollyResident(const void *block, std::size_t size)
{
    const auto from = reinterpret_cast<std::uintptr_t>(block) & ~(pageSize() - 1);
    const auto to = reinterpret_cast<std::uintptr_t>(block) + size;
    std::vector<unsigned char> pages((to - from + pageSize() - 1) / pageSize());
    if (mincore(reinterpret_cast<void *>(from), to - from, pages.data()) != 0)
        return false;
    // The first and last pages may hold other blocks: only the whole ones inside count.
    std::size_t inside = 0;
    for (std::size_t i = 0; i < pages.size(); ++i) {
        const std::uintptr_t page = from + i * pageSize();
        if (page < reinterpret_cast<std::uintptr_t>(block) || page + pageSize() > to)
            continue;
        if ((pages.at(i) & 1) == 0)
            return false;
        ++inside;
    }
    return inside > 0;
}

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    return statm.readAll().split(' ').value(1).toLongLong() * sysconf(_SC_PAGESIZE);
}

} // namespace

class TestHeap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The programs that show the window run on jemalloc where they were built with it (the
    // sanitizers' builds bring their own heap).
    void theApplicationsHeapIsTheOneItWasBuiltWith()
    {
#if defined(ATLAS_EXPECT_JEMALLOC)
        QVERIFY2(heapName().startsWith(QLatin1String("jemalloc 5")), qPrintable(heapName()));
#else
        QVERIFY2(!heapName().startsWith(QLatin1String("jemalloc")), qPrintable(heapName()));
#endif
    }

    // A worker reading a database's bulk allocates from the bulk's heap; the window's thread does
    // not, so an edit's allocations stay on the window's own heap. The bulk's memory is resident
    // as soon as it is allocated, before anything touches it (heap.h: one call for a few MB rather
    // than a fault a page took a fifth off the CPU of opening a million events on a machine whose
    // fresh pages are dear), on small pages (huge ones made every edit slower there).
    void theBulkIsOnAHeapOfItsOwnMadeResidentAtOnce()
    {
#if !defined(ATLAS_EXPECT_JEMALLOC)
        QSKIP("built without jemalloc: every thread uses the C library's heap");
#endif
        bool asked = false;
        Blocks bulk;
        constexpr std::size_t kUntouched = std::size_t(8) << 20;
        std::unique_ptr<char[]> untouched; // allocated on the bulk's heap and never written
        std::unique_ptr<QThread> reader(QThread::create([&] {
            asked = useBulkHeapOnThisThread();
            bulk = allocate(32 << 20);
            untouched.reset(new char[kUntouched]);
        }));
        reader->start();
        reader->wait();
        QVERIFY(asked);
        const Blocks window = allocate(8 << 20);
        for (const std::size_t i : { std::size_t(0), bulk.size() / 2, bulk.size() - 1 }) {
            QVERIFY(madeOnHeap(bulk.at(i).get(), BuildingHeap::Bulk));
            const QByteArray flags = mappingFlags(bulk.at(i).get());
            QVERIFY(!flags.isEmpty());
            QVERIFY2(!flags.contains(" hg ") && !flags.startsWith("hg "), flags.constData());
        }
        // The thread reading beside it (the events' lists) has a bulk heap of its own, alike.
        std::unique_ptr<char[]> beside;
        reader.reset(QThread::create([&] {
            asked = useBulkHeapOnThisThread(BulkThread::Beside);
            beside.reset(new char[kUntouched]);
        }));
        reader->start();
        reader->wait();
        QVERIFY(asked);
        QVERIFY(madeOnHeap(untouched.get(), BuildingHeap::Bulk));
        QVERIFY(madeOnHeap(beside.get(), BuildingHeap::Bulk));
        // Two heaps, not one shared: each thread's blocks from its own.
        QVERIFY(madeOnBulkHeap(untouched.get(), BulkThread::Read));
        QVERIFY(!madeOnBulkHeap(untouched.get(), BulkThread::Beside));
        QVERIFY(madeOnBulkHeap(beside.get(), BulkThread::Beside));
        QVERIFY(!madeOnBulkHeap(beside.get(), BulkThread::Read));
        QVERIFY(!madeOnHeap(window.at(window.size() / 2).get(), BuildingHeap::Bulk));
        if (!kernelTakes(kPopulateWrite))
            QSKIP("this kernel does not make pages resident on advice (before Linux 5.14)");
        QVERIFY(whollyResident(untouched.get(), kUntouched));
        QVERIFY(whollyResident(beside.get(), kUntouched));
    }

    // The window's thread taking in a large database's data: what it builds meanwhile comes from
    // the bulk's heap, and what it allocates after (an edit) from its own again; a small
    // dataset's data stays on the window's own heap.
    void theWindowTakesInLargeDataOnTheBulksHeap()
    {
#if !defined(ATLAS_EXPECT_JEMALLOC)
        QSKIP("built without jemalloc: every thread uses the C library's heap");
#endif
        const auto onBulkHeap = [](const Blocks &blocks) {
            return madeOnHeap(blocks.at(blocks.size() / 2).get(), BuildingHeap::Bulk);
        };
        Blocks small;
        {
            const HeapWhileBuilding building(false);
            QVERIFY(!building.isActive());
            small = allocate(8 << 20);
        }
        QVERIFY(!onBulkHeap(small));
        Blocks large;
        {
            const HeapWhileBuilding building(true);
            QVERIFY(building.isActive());
            large = allocate(16 << 20);
        }
        const Blocks after = allocate(8 << 20);
        QVERIFY(onBulkHeap(large));
        QVERIFY(!onBulkHeap(after));
    }

    // The graph's items are made side by side on a heap of their own, not in the holes a read
    // left all over the bulk's heap: a pass over items picked at random then touches a few MB,
    // not tens of MB (heap.h, BuildingHeap::GraphItems).
    void graphItemsAreMadeSideBySide()
    {
#if !defined(ATLAS_EXPECT_JEMALLOC)
        QSKIP("built without jemalloc: every thread uses the C library's heap");
#endif
        // A read's bulk, with one block in 16 freed: holes spread over 64 MB.
        Blocks bulk;
        {
            const HeapWhileBuilding building(true);
            bulk = allocate(64 << 20);
        }
        for (std::size_t i = 0; i < bulk.size(); i += 16)
            bulk[i].reset();
        const auto spanOf = [](const Blocks &blocks) {
            auto [low, high] = std::minmax_element(
                    blocks.cbegin(), blocks.cend(),
                    [](const auto &a, const auto &b) { return a.get() < b.get(); });
            return std::uintptr_t(high->get()) - std::uintptr_t(low->get());
        };
        constexpr std::size_t kItems = 2 << 20;
        Blocks items;
        {
            const HeapWhileBuilding building(true, BuildingHeap::GraphItems);
            QVERIFY(building.isActive());
            items = allocate(kItems);
        }
        // Within a few of the arena's extents (9 MB here), against some 90 MB below.
        QVERIFY2(spanOf(items) < 8 * kItems,
                 qPrintable(QStringLiteral("2 MB of items over %1 MB").arg(spanOf(items) >> 20)));
        // The same items made in the bulk's heap fill its holes: the check above can fail.
        Blocks strewn;
        {
            const HeapWhileBuilding building(true);
            strewn = allocate(kItems);
        }
        QVERIFY2(spanOf(strewn) > 16 * kItems,
                 qPrintable(QStringLiteral("2 MB over %1 MB").arg(spanOf(strewn) >> 20)));
    }

    // Pages an edit freed are kept for the next one (an undo, its redo): jemalloc does not hand
    // them back by itself as time passes, only when asked (returnFreeHeap(), below).
    void freedPagesAreKeptForTheNextEdit()
    {
#if !defined(ATLAS_EXPECT_JEMALLOC)
        QSKIP("built without jemalloc: glibc's heap keeps freed pages until malloc_trim()");
#else
        using Mallctl = int (*)(const char *, void *, size_t *, void *, size_t);
        const auto mallctl = reinterpret_cast<Mallctl>(dlsym(RTLD_DEFAULT, "mallctl"));
        QVERIFY(mallctl);
        for (const char *option : { "opt.dirty_decay_ms", "opt.muzzy_decay_ms" }) {
            ssize_t decay = 0;
            size_t size = sizeof(decay);
            QVERIFY(mallctl(option, &decay, &size, nullptr, 0) == 0);
            QVERIFY2(decay == -1, qPrintable(QStringLiteral("%1: %2 ms").arg(option).arg(decay)));
        }
#endif
    }

    // What a large structure held goes back to the system once it is freed and the heap is asked
    // to return it (the application's memory after a read, an index or a sort).
    void freedPagesGoBackToTheSystem()
    {
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("AddressSanitizer keeps freed blocks in its quarantine");
#endif
        constexpr qint64 kBytes = 64 << 20;
        Blocks blocks = allocate(std::size_t(kBytes));
        const qint64 held = residentBytes();
        QVERIFY(held > kBytes);
        Blocks().swap(blocks);
        returnFreeHeap();
        const qint64 after = residentBytes();
        QVERIFY2(held - after > kBytes / 2,
                 qPrintable(QStringLiteral("%1 MB resident with the blocks, %2 MB after")
                                    .arg(held >> 20)
                                    .arg(after >> 20)));
    }
};

QTEST_GUILESS_MAIN(TestHeap)
#include "tst_heap.moc"
