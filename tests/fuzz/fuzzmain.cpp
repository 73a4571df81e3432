// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The libFuzzer driver of one target; ATLAS_FUZZ_TARGET names it (see CMakeLists.txt).
#include "fuzztargets.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {
atlas::fuzz::Entry g_entry = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    atlas::fuzz::initialise();
    g_entry = atlas::fuzz::entry(QStringLiteral(ATLAS_FUZZ_TARGET));
    if (!g_entry) {
        std::fprintf(stderr, "unknown fuzz target %s\n", ATLAS_FUZZ_TARGET);
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    g_entry(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
