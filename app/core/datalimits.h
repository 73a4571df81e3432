// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace atlas {

// The one place for the sizes and ranges the data may take. Far beyond any real record, they
// turn a hostile or broken file (a name of five million characters, a year 9999 typo, an amount
// of 1e300) into a message naming the file, the record and the field, instead of data that
// slows every view or cannot be drawn. The Validator and the readers apply them.
class DataLimits
{
    Q_DECLARE_TR_FUNCTIONS(atlas::DataLimits)

public:
    static constexpr int maxIdLength = 200; // record ids
    static constexpr int maxNameLength = 500; // entity names, tickers, publishers, currencies
    static constexpr int maxTitleLength = 2000; // event and source titles
    static constexpr int maxSummaryLength = 50000; // summaries, descriptions, amount words
    static constexpr int maxAttributeLength = 10000; // source addresses, GraphML attribute values
    static constexpr int maxAttributesPerRecord = 500; // free typed attributes of one record
    static constexpr qsizetype maxRecordsPerFile = 1000000;
    static constexpr int minYear = 1800;
    static constexpr int maxYear = 2200;
    // In currency units, either sign: ten quintillion is beyond any figure in any currency.
    static constexpr double maxAmount = 1e19;

    // "is 5000000 characters long; at most 500 are allowed" (empty when within the limit).
    static QString checkLength(const QString &text, int max);
    // "the year 9999 is outside 1800–2200" (empty for an invalid year or one within range).
    static QString checkYear(int year);
    // "1e+300 is beyond ±1e+19" (empty when finite and within range).
    static QString checkAmount(double value);
    // "has more than 1000000 records"
    static QString tooManyRecords();
};

} // namespace atlas
