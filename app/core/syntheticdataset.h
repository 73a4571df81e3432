// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

namespace atlas {

// A valid, reproducible dataset of any size for tests and benchmarks: the same seed and sizes
// always give the same data.
struct SyntheticOptions
{
    quint32 seed = 1;
    int companies = 50;
    int events = 200;
    int relationships = 100;
    QDate from = QDate(2020, 1, 1);
    QDate to = QDate(2025, 12, 31);
};

Dataset makeSyntheticDataset(const SyntheticOptions &options);

} // namespace atlas
