// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace atlas::fuzz {

// One reader fed arbitrary bytes. The same functions run under libFuzzer (the fuzz_* programs)
// and in tst_fuzzregressions, which replays the seed corpora and every input a fuzzer ever
// crashed on, so a fixed crash stays fixed in the normal and sanitizer test runs.
using Entry = void (*)(const QByteArray &bytes);

struct Target
{
    QString name; // fuzz_<name>, tests/fuzz/corpus/<name>/, tests/fuzz/regressions/<name>/
    Entry entry;
};

// Called once before any entry, after the QCoreApplication exists: takes the SQL drivers
// away so the database-address target can never reach a server or create a file.
void initialise();
const QList<Target> &targets();
Entry entry(const QString &name);

} // namespace atlas::fuzz
