// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvtable.h"

namespace atlas {

namespace {

// Commas and semicolons outside quotes on the first line; the more frequent one separates.
char detectSeparator(const QByteArray &bytes, qsizetype from)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (qsizetype i = from; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
    }
    return semicolons > commas ? ';' : ',';
}

} // namespace

CsvTable::CsvTable(const QByteArray &bytes)
    // Stateless: each field is decoded on its own. ConvertInitialBom: the file's byte-order mark
    // is skipped below, so a U+FEFF at the start of a field is text and is kept (a decoder drops
    // it by default; found by fuzz_csvtable).
    : m_bytes(bytes),
      m_decoder(QStringDecoder::Utf8,
                QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom)
{
    if (m_bytes.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    m_separator = detectSeparator(m_bytes, m_pos);
}

bool CsvTable::next(Record *record, QString *error)
{
    record->fields.clear();
    while (m_pos < m_bytes.size()) {
        record->line = m_line;
        QByteArray field;
        bool quotedField = false;
        bool endOfRecord = false;
        while (!endOfRecord) {
            if (m_pos >= m_bytes.size()) {
                record->fields.append(field);
                break;
            }
            const char c = m_bytes.at(m_pos);
            if (c == '"' && field.isEmpty() && !quotedField) {
                // A quoted field: runs to the next quote that is not doubled.
                quotedField = true;
                const qint64 startLine = m_line;
                ++m_pos;
                for (;;) {
                    if (m_pos >= m_bytes.size()) {
                        if (error)
                            *error = tr("line %1: a quoted field is not closed").arg(startLine);
                        return false;
                    }
                    const char q = m_bytes.at(m_pos);
                    if (q == '"') {
                        if (m_pos + 1 < m_bytes.size() && m_bytes.at(m_pos + 1) == '"') {
                            field += '"';
                            m_pos += 2;
                            continue;
                        }
                        ++m_pos;
                        break;
                    }
                    if (q == '\n')
                        ++m_line;
                    field += q;
                    ++m_pos;
                }
                if (m_pos < m_bytes.size()) {
                    const char after = m_bytes.at(m_pos);
                    if (after != m_separator && after != '\n' && after != '\r') {
                        if (error)
                            *error = tr("line %1: unexpected text after a closing quote")
                                             .arg(m_line);
                        return false;
                    }
                }
                continue;
            }
            if (c == m_separator) {
                record->fields.append(field);
                field.clear();
                quotedField = false;
                ++m_pos;
            } else if (c == '\r' || c == '\n') {
                record->fields.append(field);
                if (c == '\r' && m_pos + 1 < m_bytes.size() && m_bytes.at(m_pos + 1) == '\n')
                    ++m_pos;
                ++m_pos;
                ++m_line;
                endOfRecord = true;
            } else {
                field += c;
                ++m_pos;
            }
        }
        const bool emptyLine =
                record->fields.size() == 1 && record->fields.first().isEmpty() && !quotedField;
        if (!emptyLine)
            return true;
        record->fields.clear();
    }
    return false;
}

bool CsvTable::decode(const QByteArray &field, QString *text)
{
    m_decoder.resetState();
    *text = m_decoder.decode(field);
    return !m_decoder.hasError();
}

QByteArray CsvTable::formatRecord(const QStringList &fields, char separator)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += separator;
        const QByteArray f = fields.at(i).toUtf8();
        // Both separators are quoted, whichever is used: readers take the separator from the
        // unquoted ones of the first line, so a line written with ';' and a bare ',' in a field
        // would read back split at the comma (found by fuzz_csvtable).
        // A field that starts with U+FEFF is quoted too: at the start of a file a reader takes
        // those bytes for the byte-order mark and skips them (found by fuzz_csvtable).
        const bool needsQuotes = f.contains(',') || f.contains(';') || f.contains('"')
                || f.contains('\n') || f.contains('\r') || f.startsWith(' ') || f.endsWith(' ')
                || f.startsWith("\xEF\xBB\xBF");
        if (needsQuotes) {
            QByteArray escaped = f;
            escaped.replace("\"", "\"\"");
            out += '"' + escaped + '"';
        } else {
            out += f;
        }
    }
    out += "\r\n";
    return out;
}

} // namespace atlas
