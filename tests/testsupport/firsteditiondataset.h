// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A frozen copy of the first edition of the built-in dataset (September 2024: 21 events, 18
// figures), for the tests of views and layouts that were written against its records. The
// built-in dataset grows; these tests follow the code, and only tests/io/tst_builtindataset.cpp
// and tst_datacheck.cpp check the built-in data itself.

#include "io/datasetjson.h"

#include <QString>

namespace atlas::TestData {

inline Dataset firstEdition()
{
    QString error;
    const auto data = DatasetJson::readFile(
            QStringLiteral(ATLAS_SOURCE_DIR "/tests/data/telco-atlas-first-edition.json"), &error);
    if (!data)
        qFatal("first-edition fixture: %s", qPrintable(error));
    return *data;
}

} // namespace atlas::TestData
