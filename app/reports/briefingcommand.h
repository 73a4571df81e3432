// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/briefing.h"

namespace atlas {

class Document;

// The briefing as the application makes it: the document's data with the figures drawn by the
// same code as the graph, timeline and chart views. Used by File → Print Briefing…, File →
// Export Briefing as PDF… and `telco-atlas --briefing`.
namespace BriefingCommand {
Briefing::Figures figures(const Document &document, const BriefingOptions &options);
bool writePdf(const Document &document, const BriefingOptions &options, const QString &path,
              QString *error);
} // namespace BriefingCommand

} // namespace atlas
