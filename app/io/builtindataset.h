// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"

namespace atlas {

// The dataset compiled into the program (resources/dataset/telco-atlas.json); the executable
// and tests that use this link atlas_resources.
namespace BuiltinDataset {
inline constexpr auto path = ":/atlas/dataset/telco-atlas.json";
std::optional<Dataset> load(QString *error);
} // namespace BuiltinDataset

} // namespace atlas
