// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringDecoder>
#include <QStringList>

namespace atlas {

// RFC 4180 records read one at a time from UTF-8 bytes: quoted fields may hold the separator,
// doubled quotes and line breaks; CRLF and LF both end a record. A leading byte-order mark is
// skipped and the separator (comma or semicolon) is taken from the header line. Fields stay
// bytes until decoded, so an invalid UTF-8 sequence can be reported with its line and column.
class CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(atlas::CsvTable)

public:
    struct Record
    {
        qint64 line = 0; // where the record starts, 1-based
        QList<QByteArray> fields;
    };

    // bytes must outlive the table.
    explicit CsvTable(const QByteArray &bytes);

    char separator() const { return m_separator; }
    bool atEnd() const { return m_pos >= m_bytes.size(); }
    qint64 position() const { return m_pos; }
    qint64 size() const { return m_bytes.size(); }

    // The next record that is not an empty line. False at the end, or on a quoting error with
    // *error set ("line 7: a quoted field is not closed").
    bool next(Record *record, QString *error);

    // Decodes one field; false when it is not valid UTF-8.
    bool decode(const QByteArray &field, QString *text);

    // One record with RFC 4180 quoting where a field needs it, ended by CRLF.
    static QByteArray formatRecord(const QStringList &fields, char separator = ',');

private:
    const QByteArray &m_bytes;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    char m_separator = ',';
    QStringDecoder m_decoder;
};

} // namespace atlas
