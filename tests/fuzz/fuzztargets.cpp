// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzztargets.h"

#include "core/partialdate.h"
#include "core/syntheticdataset.h"
#include "io/csvdataset.h"
#include "io/csvtable.h"
#include "io/datasetfiles.h"
#include "io/datasetjson.h"
#include "io/gexfdataset.h"
#include "io/graphmldataset.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <cstdio>
#include <cstdlib>

namespace atlas::fuzz {

namespace {

// A broken promise of a reader (a round trip that does not hold) is a finding like a crash.
[[noreturn]] void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz invariant broken: %s %s\n", what, qPrintable(detail));
    std::abort();
}

// Names, tickers and source ids the CSV and GraphML readers resolve against.
const Dataset &current()
{
    static const Dataset data = [] {
        SyntheticOptions options;
        options.companies = 4;
        options.events = 4;
        options.relationships = 2;
        return makeSyntheticDataset(options);
    }();
    return data;
}

void datasetJson(const QByteArray &bytes)
{
    QString error;
    const auto data = DatasetJson::parse(bytes, QStringLiteral("fuzz.json"), &error);
    if (data) {
        // What was accepted is written back and read again as the same data.
        const QByteArray again = DatasetJson::serialize(*data);
        const auto reread = DatasetJson::parse(again, QStringLiteral("again.json"), &error);
        if (!reread)
            fail("dataset JSON written back is refused:", error);
        if (!(*reread == *data))
            fail("dataset JSON written back reads differently");
    } else if (error.isEmpty()) {
        fail("dataset JSON refused without a message");
    }
    DatasetJson::parseFragment(bytes, QStringLiteral("fragment.json"), &error);
}

void csvDataset(const QByteArray &bytes)
{
    QString error;
    CsvDataset::detectKind(bytes);
    const auto imported = CsvDataset::parse(bytes, QStringLiteral("fuzz.csv"), current(), &error);
    if (!imported && error.isEmpty())
        fail("CSV refused without a message");
}

void csvTable(const QByteArray &bytes)
{
    CsvTable table(bytes);
    CsvTable::Record record;
    QString error;
    while (table.next(&record, &error)) {
        QStringList fields;
        bool decoded = true;
        for (const QByteArray &field : std::as_const(record.fields)) {
            QString text;
            decoded = table.decode(field, &text) && decoded;
            fields.append(text);
        }
        // A record of decodable fields written out reads back field for field.
        if (decoded && fields.size() >= 2) {
            const QByteArray line = CsvTable::formatRecord(fields, table.separator());
            CsvTable back(line);
            CsvTable::Record again;
            QString backError;
            if (!back.next(&again, &backError) || again.fields.size() != fields.size())
                fail("CSV record written back reads differently:", backError);
            for (qsizetype i = 0; i < fields.size(); ++i) {
                QString text;
                if (!back.decode(again.fields.at(i), &text) || text != fields.at(i))
                    fail("CSV field written back reads differently:", fields.at(i));
            }
        }
    }
}

void graphMl(const QByteArray &bytes)
{
    QString error;
    const auto imported =
            GraphMlDataset::parse(bytes, QStringLiteral("fuzz.graphml"), current(), &error);
    if (!imported && error.isEmpty())
        fail("GraphML refused without a message");
}

void gexf(const QByteArray &bytes)
{
    QString error;
    const auto imported = GexfDataset::parse(bytes, QStringLiteral("fuzz.gexf"), current(), &error);
    if (!imported && error.isEmpty())
        fail("GEXF refused without a message");
    // The import's first look at a file: whatever it is, an unknown one is described.
    QString found;
    if (DatasetFiles::sniff(bytes.left(DatasetFiles::sniffBytes), QStringLiteral("fuzz.bin"),
                            &found)
                == DatasetFiles::Content::Unknown
        && found.isEmpty())
        fail("content not recognised without saying what was found");
}

// Line 1 a date, line 2 an amount, line 3 its currency, line 4 the Korean words.
void datesAndAmounts(const QByteArray &bytes)
{
    const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    const PartialDate date = PartialDate::fromString(lines.value(0));
    if (date.isValid()) {
        if (PartialDate::fromString(date.toString()) != date)
            fail("date written back reads differently:", date.toString());
        if (!date.start().isValid() || !date.end().isValid() || date.end() < date.start())
            fail("date span is not a span:", date.toString());
    }
    Amount amount;
    QString message;
    QString column;
    if (CsvDataset::parseAmount(lines.value(1), lines.value(2), lines.value(3), &amount, &message,
                                &column)) {
        Amount again;
        if (!CsvDataset::parseAmount(CsvDataset::amountText(amount), amount.currency,
                                     amount.text.ko, &again, &message))
            fail("amount written back is refused:",
                 CsvDataset::amountText(amount) + QLatin1Char(' ') + message);
        if (again.precision != amount.precision)
            fail("amount written back changes precision:", CsvDataset::amountText(amount));
    } else if (message.isEmpty()) {
        fail("amount refused without a message");
    }
}

// Every input is a PostgreSQL address, so no SQLite file is ever made; initialise() removed the
// drivers, so the parser runs and the connection attempt stops at "driver not installed".
void databaseAddress(const QByteArray &bytes)
{
    QString spec = QString::fromUtf8(bytes);
    if (!spec.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        && !spec.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive))
        spec.prepend(QLatin1String("postgresql://"));
    Database db;
    QString error;
    if (db.open(spec, &error))
        fail("a PostgreSQL address opened without a driver");
    if (error.isEmpty())
        fail("a database address refused without a message");
}

} // namespace

void initialise()
{
    QCoreApplication::setLibraryPaths({});
    if (QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        fail("the PostgreSQL driver is still available");
}

const QList<Target> &targets()
{
    static const QList<Target> all = {
        { QStringLiteral("datasetjson"), datasetJson },
        { QStringLiteral("csvdataset"), csvDataset },
        { QStringLiteral("csvtable"), csvTable },
        { QStringLiteral("graphml"), graphMl },
        { QStringLiteral("gexf"), gexf },
        { QStringLiteral("dates"), datesAndAmounts },
        { QStringLiteral("dbaddress"), databaseAddress },
    };
    return all;
}

Entry entry(const QString &name)
{
    for (const Target &t : targets()) {
        if (t.name == name)
            return t.entry;
    }
    return nullptr;
}

} // namespace atlas::fuzz
