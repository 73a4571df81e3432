// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtindataset.h"

#include "datasetjson.h"

namespace atlas::BuiltinDataset {

std::optional<Dataset> load(QString *error)
{
    return DatasetJson::readFile(QString::fromLatin1(path), error);
}

} // namespace atlas::BuiltinDataset
