// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/localizedtext.h"

namespace atlas {

// Installs the application's and Qt's own translations for a product language, replacing any
// installed before. The compiled .qm files live in the resources under :/i18n.
namespace Translations {
void apply(Language lang);
// The language of the system locale when it is Korean or English, else English.
Language systemLanguage();
} // namespace Translations

} // namespace atlas
