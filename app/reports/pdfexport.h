// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace atlas {

class Briefing;

// The briefing as a PDF file: QPdfWriter draws the pages (fonts embedded, XMP metadata), then
// libqpdf sets the document information QPdfWriter cannot (author, subject, keywords).
namespace PdfExport {

struct DocumentInfo
{
    QString title;
    QString author;
    QString subject;
    QString keywords;
};

// Deterministic but for dates and /ID, once the caller has fixed the hash seed (main() and
// the tests do: QHashSeed::setDeterministicGlobalSeed()). False with *error naming the file when
// the PDF cannot be written; a failure to set the document information only warns, the PDF stays.
bool write(Briefing &briefing, const QString &path, QString *error);

// Sets the /Info entries given (empty ones are left as they are) and keeps everything else,
// the XMP metadata included. The file is replaced only when the new one is complete; on failure
// it stays as it was and *error says why.
bool setDocumentInfo(const QString &path, const DocumentInfo &info, QString *error);

} // namespace PdfExport

} // namespace atlas
