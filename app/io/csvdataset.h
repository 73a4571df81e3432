// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importeddata.h"

#include <QCoreApplication>

#include <optional>

namespace atlas {

class ImportMapping;

// Events and entities as CSV files (columns in resources/dataset/CSV.md): UTF-8 with or without
// a byte-order mark, comma or semicolon separated, RFC 4180 quoting. Names in an events file are
// matched against the current data; names nobody knows become new companies. Every error names
// the file, the line and the column: "events.csv: line 4, column 'date': '2024-13' is not a
// date of the form YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY".
class CsvDataset
{
    Q_DECLARE_TR_FUNCTIONS(atlas::CsvDataset)

public:
    enum class Kind { Events, Entities };

    // An entities file has "name" and "kind" columns and no "date"; anything else is read as
    // events. Empty when the header line cannot be read.
    static std::optional<Kind> detectKind(const QByteArray &bytes);

    // fileName only labels messages. current resolves participant names and source ids.
    static std::optional<ImportedData> parse(const QByteArray &bytes, const QString &fileName,
                                             const Dataset &current, QString *error,
                                             const ProgressCallback &progress = {});
    static std::optional<ImportedData> parseEvents(const QByteArray &bytes, const QString &fileName,
                                                   const Dataset &current, QString *error,
                                                   const ProgressCallback &progress = {});
    static std::optional<ImportedData> parseEntities(const QByteArray &bytes,
                                                     const QString &fileName,
                                                     const Dataset &current, QString *error,
                                                     const ProgressCallback &progress = {});
    static std::optional<ImportedData> readFile(const QString &path, const Dataset &current,
                                                QString *error,
                                                const ProgressCallback &progress = {});
    // A CSV with any columns, read as mapping says (see ImportMapping): with source and target
    // columns one relationship a row between the entities named there (made when current does
    // not know them; the type a built-in one in any case, else a type of its own; date or start
    // and end its span), else one entity a row (named, of the kind given, else a company).
    // Columns the mapping keeps become typed attributes; the others are left out. An id that
    // says nothing ("0", "n12") is replaced and kept as an attribute under the id column's name;
    // an edge list finds its ends by such an attribute named "id" (any case) before their names,
    // so Gephi's and Neo4j's node and edge tables, imported one after the other, join up.
    static std::optional<ImportedData> parseMapped(const QByteArray &bytes, const QString &fileName,
                                                   const Dataset &current,
                                                   const ImportMapping &mapping, QString *error,
                                                   const ProgressCallback &progress = {});

    // UTF-8 with a byte-order mark (so spreadsheets show Korean), comma separated, CRLF.
    static QByteArray serializeEvents(const Dataset &data);
    static QByteArray serializeEntities(const Dataset &data);
    // Atomic, as DatasetJson::writeFile.
    static bool writeFile(const Dataset &data, Kind kind, const QString &path, QString *error);

    // The text of the amount column for an amount ("1300000000", "~1.3e+10", "1e9..2e9",
    // "undisclosed" or the words of an indicative amount), and back.
    static QString amountText(const Amount &amount);
    // False with *message and *column ("amount" or "currency") set when text is not one of the
    // shapes above or the currency is not a three-letter code.
    static bool parseAmount(const QString &text, const QString &currency, const QString &textKo,
                            Amount *amount, QString *message, QString *column = nullptr);
};

} // namespace atlas
