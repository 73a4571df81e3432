// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvdataset.h"

#include "core/datalimits.h"
#include "core/defaultrole.h"
#include "core/seterror.h"
#include "core/validator.h"
#include "csvtable.h"
#include "datafile.h"
#include "graphfileformat.h"
#include "graphfilereader.h"
#include "idgenerator.h"
#include "importmapping.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {

// The order columns are written in; readers take them in any order.
const QStringList &eventColumns()
{
    static const QStringList columns{
        QStringLiteral("id"),           QStringLiteral("date"),
        QStringLiteral("kind"),         QStringLiteral("title"),
        QStringLiteral("title_ko"),     QStringLiteral("summary"),
        QStringLiteral("summary_ko"),   QStringLiteral("participants"),
        QStringLiteral("roles"),        QStringLiteral("amount"),
        QStringLiteral("currency"),     QStringLiteral("amount_ko"),
        QStringLiteral("sources"),      QStringLiteral("source_url"),
        QStringLiteral("source_title"),
    };
    return columns;
}

const QStringList &entityColumns()
{
    static const QStringList columns{
        QStringLiteral("id"),
        QStringLiteral("name"),
        QStringLiteral("name_ko"),
        QStringLiteral("kind"),
        QStringLiteral("ticker"),
        QStringLiteral("description"),
        QStringLiteral("description_ko"),
    };
    return columns;
}

bool hasHangul(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0xAC00 && u <= 0xD7A3) || (u >= 0x1100 && u <= 0x11FF)
            || (u >= 0x3130 && u <= 0x318F))
            return true;
    }
    return false;
}

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(';'))) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

template <typename E>
QString knownKeys()
{
    QStringList keys;
    for (E e : allValues<E>())
        keys << keyOf(e);
    return keys.join(QStringLiteral(", "));
}

QString numberText(double v)
{
    if (std::floor(v) == v && std::abs(v) < 9e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

std::optional<double> parseNumber(QString text)
{
    static const QRegularExpression grouped(QStringLiteral(R"(^\d{1,3}(,\d{3})+(\.\d+)?$)"));
    static const QRegularExpression plain(
            QStringLiteral(R"(^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$)"));
    text = text.trimmed();
    if (grouped.match(text).hasMatch())
        text.remove(QLatin1Char(','));
    if (!plain.match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double v = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

// Reads one CSV file row by row; the first error stops it and names file, line and column.
class Parser
{
public:
    Parser(const QByteArray &bytes, const QString &fileName, const Dataset &current,
           const ProgressCallback &progress)
        : m_table(bytes), m_file(fileName), m_current(current), m_progress(progress)
    {
    }

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    qint64 line() const { return m_record.line; }

    void fail(const QString &column, const QString &message)
    {
        if (m_error.isEmpty())
            m_error = CsvDataset::tr("%1: line %2, column '%3': %4")
                              .arg(m_file)
                              .arg(m_record.line)
                              .arg(column, message);
    }
    void failLine(qint64 line, const QString &message)
    {
        if (m_error.isEmpty())
            m_error = CsvDataset::tr("%1: line %2: %3").arg(m_file).arg(line).arg(message);
    }

    // Reads the header and checks the required columns are there.
    bool readHeader(const QStringList &required, const QString &what)
    {
        QString tableError;
        if (!m_table.next(&m_record, &tableError)) {
            if (tableError.isEmpty())
                m_error = CsvDataset::tr("%1: the file is empty; %2").arg(m_file, what);
            else
                m_error = CsvDataset::tr("%1: %2").arg(m_file, tableError);
            return false;
        }
        for (qsizetype i = 0; i < m_record.fields.size(); ++i) {
            QString name;
            if (!m_table.decode(m_record.fields.at(i), &name)) {
                failLine(m_record.line,
                         CsvDataset::tr("column %1 of the header is not valid UTF-8 text")
                                 .arg(i + 1));
                return false;
            }
            name = name.trimmed();
            m_written.insert(name.toLower(), name);
            name = name.toLower();
            if (name.isEmpty())
                continue;
            if (m_columns.contains(name)) {
                failLine(m_record.line,
                         CsvDataset::tr("column '%1' appears twice in the header").arg(name));
                return false;
            }
            m_columns.insert(name, int(i));
        }
        m_width = int(m_record.fields.size());
        for (const auto &c : required) {
            if (!m_columns.contains(c)) {
                QStringList present = m_columns.keys();
                present.sort();
                failLine(m_record.line,
                         CsvDataset::tr("missing column '%1'; %2 (the header has: %3)")
                                 .arg(c, what, present.join(QStringLiteral(", "))));
                return false;
            }
        }
        m_names.resize(m_width);
        for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it)
            m_names[it.value()] = it.key();
        return true;
    }

    // The next data row, every field decoded; false at the end or on an error.
    bool nextRow()
    {
        if (failed())
            return false;
        if (m_progress && (m_rows % 512) == 511
            && !m_progress(m_table.position(), m_table.size())) {
            m_error = ImportMessages::cancelled();
            return false;
        }
        QString tableError;
        if (!m_table.next(&m_record, &tableError)) {
            if (!tableError.isEmpty())
                m_error = CsvDataset::tr("%1: %2").arg(m_file, tableError);
            return false;
        }
        if (++m_rows > DataLimits::maxRecordsPerFile) {
            failLine(m_record.line,
                     CsvDataset::tr("the file %1").arg(DataLimits::tooManyRecords()));
            return false;
        }
        if (m_record.fields.size() > m_width) {
            failLine(m_record.line,
                     CsvDataset::tr("%1 fields, but the header has %2 columns")
                             .arg(m_record.fields.size())
                             .arg(m_width));
            return false;
        }
        m_values.resize(m_width);
        for (int i = 0; i < m_width; ++i) {
            if (i >= m_record.fields.size()) {
                m_values[i].clear();
                continue;
            }
            if (!m_table.decode(m_record.fields.at(i), &m_values[i])) {
                const QString column =
                        m_names.at(i).isEmpty() ? QString::number(i + 1) : m_names.at(i);
                fail(column, CsvDataset::tr("is not valid UTF-8 text"));
                return false;
            }
        }
        return true;
    }

    bool finish()
    {
        if (!failed() && m_progress && !m_progress(m_table.size(), m_table.size()))
            m_error = ImportMessages::cancelled();
        return !failed();
    }

    bool has(const QString &column) const { return m_columns.contains(column); }
    QString value(const QString &column) const
    {
        const int i = m_columns.value(column, -1);
        return i < 0 ? QString() : m_values.at(i).trimmed();
    }

    template <typename E>
    std::optional<E> kind(const QString &column)
    {
        const QString text = value(column);
        if (text.isEmpty()) {
            fail(column, CsvDataset::tr("is empty (expected one of: %1)").arg(knownKeys<E>()));
            return std::nullopt;
        }
        const auto k = fromKey<E>(text.toLower());
        if (!k)
            fail(column,
                 CsvDataset::tr("unknown value '%1' (expected one of: %2)")
                         .arg(text, knownKeys<E>()));
        return k;
    }

    PartialDate date(const QString &column)
    {
        const QString text = value(column);
        if (text.isEmpty()) {
            fail(column, CsvDataset::tr("is empty"));
            return {};
        }
        const PartialDate d = PartialDate::fromString(text);
        if (!d.isValid())
            fail(column,
                 CsvDataset::tr(
                         "'%1' is not a date of the form YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY")
                         .arg(text));
        return d;
    }

    // An explicit id, checked for shape and for being used once in the file.
    QString explicitId(const QString &record)
    {
        const QString id = value(QStringLiteral("id"));
        if (id.isEmpty())
            return id;
        if (!Validator::isValidId(id)) {
            fail(QStringLiteral("id"),
                 CsvDataset::tr("'%1' is not a valid %2 id (lower-case letters, digits and '-')")
                         .arg(id, record));
            return {};
        }
        claim(QStringLiteral("id"), id);
        return id;
    }

    // Records that one id is used by this row; a second use is an error naming the first line.
    void claim(const QString &column, const QString &id)
    {
        const auto it = m_idLines.constFind(id);
        if (it != m_idLines.cend())
            fail(column,
                 CsvDataset::tr("the id '%1' is used more than once (first on line %2)")
                         .arg(id)
                         .arg(it.value()));
        else
            m_idLines.insert(id, m_record.line);
    }
    // The same for a row whose name found an existing entity.
    void claimName(const QString &column, const QString &name, const QString &id)
    {
        const auto it = m_idLines.constFind(id);
        if (it != m_idLines.cend())
            fail(column,
                 CsvDataset::tr("'%1' is the entity '%2' again (first on line %3)")
                         .arg(name, id)
                         .arg(it.value()));
        else
            m_idLines.insert(id, m_record.line);
    }

    const Dataset &current() const { return m_current; }
    const QString &fileName() const { return m_file; }

    // The columns the format has no member for, in header order: index and name as written.
    QList<std::pair<int, QString>> extraColumns(const QStringList &known) const
    {
        QList<std::pair<int, QString>> out;
        for (int i = 0; i < m_names.size(); ++i) {
            if (!m_names.at(i).isEmpty() && !known.contains(m_names.at(i)))
                out.append({ i, m_written.value(m_names.at(i), m_names.at(i)) });
        }
        return out;
    }
    QString valueAt(int i) const { return m_values.at(i).trimmed(); }
    // Every column of the header, lower-case.
    const QStringList &columnNames() const { return m_names; }

private:
    CsvTable m_table;
    QString m_file;
    const Dataset &m_current;
    ProgressCallback m_progress;
    CsvTable::Record m_record;
    QHash<QString, int> m_columns;
    QHash<QString, QString> m_written; // lower-case column name -> as written in the header
    QStringList m_names;
    QStringList m_values;
    int m_width = 0;
    qint64 m_rows = 0;
    QString m_error;
    QHash<QString, qint64> m_idLines;
};

// The columns of a file beyond the format's: each becomes an attribute of the records that have
// a value in it, typed by the whole column's content (numbers, YYYY-MM-DD dates, true/false,
// else text), so "007" in a column of codes stays text while "118" in a count is a number.
class ExtraColumns
{
public:
    ExtraColumns(const Parser &p, const QStringList &known) : m_columns(p.extraColumns(known)) { }

    // The row's record appended to records, its extra values kept for it.
    template <typename T>
    void append(const Parser &p, QList<T> &records, const T &record)
    {
        take(p);
        records.append(record);
    }

    // After the last row: false when the parser failed; else the extra values become the
    // records' attributes.
    template <typename T>
    bool finish(Parser &p, QList<T> &records) const
    {
        if (!p.finish())
            return false;
        apply(records);
        return true;
    }

    // The values of the current row, for the record about to be appended.
    void take(const Parser &p)
    {
        if (m_columns.isEmpty())
            return;
        QStringList row;
        for (const auto &[index, name] : m_columns)
            row << p.valueAt(index);
        m_rows.append(row);
    }

    template <typename T>
    void apply(QList<T> &records) const
    {
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            const AttributeType type = columnType(c);
            for (qsizetype i = 0; i < records.size() && i < m_rows.size(); ++i) {
                const QString &text = m_rows.at(i).at(c);
                if (text.isEmpty())
                    continue;
                const auto a = Attribute::fromText(m_columns.at(c).second, type, text);
                records[i].attributes.append(a ? *a
                                               : Attribute::text(m_columns.at(c).second, text));
            }
        }
    }

private:
    // A whole number a double cannot hold exactly (Gephi's "bigint" of 54 digits) is not made a
    // number: its value would change. Fractions are approximate anyway.
    static bool exactWhenWhole(const QString &text)
    {
        if (text.contains(QLatin1Char('.')) || text.contains(QLatin1Char('e'))
            || text.contains(QLatin1Char('E')))
            return true;
        return QString::number(text.toDouble(), 'f', 0) == text;
    }

    AttributeType columnType(qsizetype c) const
    {
        static const QRegularExpression number(
                QStringLiteral(R"(^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$)"));
        static const QRegularExpression date(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
        bool numbers = true, dates = true, booleans = true, any = false;
        for (const QStringList &row : m_rows) {
            const QString &text = row.at(c);
            if (text.isEmpty())
                continue;
            any = true;
            numbers = numbers && number.match(text).hasMatch() && exactWhenWhole(text);
            dates = dates && date.match(text).hasMatch()
                    && QDate::fromString(text, Qt::ISODate).isValid();
            const QString lower = text.toLower();
            booleans =
                    booleans && (lower == QLatin1String("true") || lower == QLatin1String("false"));
        }
        if (!any)
            return AttributeType::Text;
        return numbers     ? AttributeType::Number
                : dates    ? AttributeType::Date
                : booleans ? AttributeType::Bool
                           : AttributeType::Text;
    }

    QList<std::pair<int, QString>> m_columns;
    QList<QStringList> m_rows;
};

// The attribute columns written after the format's own: one per attribute name, in order of
// first use; a name that a column of the format has (in any case) gets " (attribute)". Entities
// also keep clear of "date", which would make the file read as events.
QStringList attributeColumns(const GraphFiles::AttributeKeys &keys, const QStringList &fixed)
{
    QStringList out;
    QSet<QString> taken(fixed.cbegin(), fixed.cend());
    for (const auto &k : keys.keys()) {
        QString name = k.name;
        while (taken.contains(name.trimmed().toLower()))
            name += QStringLiteral(" (attribute)");
        taken.insert(name.trimmed().toLower());
        out << name;
    }
    return out;
}

template <typename T>
QStringList attributeValues(const T &record, const GraphFiles::AttributeKeys &keys)
{
    QStringList out(keys.keys().size());
    for (const Attribute &a : record.attributes)
        out[keys.indexOf(a.name)] = a.toText();
    return out;
}

// Turns participant names and source addresses into ids, making entities and sources for the
// ones the current data does not have.
class Resolver
{
public:
    Resolver(const Dataset &current, ImportedData *out) : m_current(current), m_out(out)
    {
        // What Dataset::resolveEntity matches (id, names, ticker with or without its exchange),
        // as one index: a big file would otherwise scan every entity for every name.
        QSet<QString> entityIds;
        for (const auto &e : current.entities) {
            entityIds.insert(e.id);
            for (const QString &key :
                 { e.id, e.name.en, e.name.ko, e.ticker,
                   e.ticker.contains(QLatin1Char(':')) ? e.ticker.section(QLatin1Char(':'), 1)
                                                       : QString() }) {
                const QString folded = key.trimmed().toCaseFolded();
                if (!folded.isEmpty() && !m_currentNames.contains(folded))
                    m_currentNames.insert(folded, e.id);
            }
        }
        m_entityIds = IdGenerator(entityIds);
        QSet<QString> sourceIds;
        for (const auto &s : current.sources) {
            sourceIds.insert(s.id);
            m_knownSources.insert(s.id);
            const QString key = sourceKey(s.url, s.title);
            if (!key.isEmpty() && !m_sourceByKey.contains(key))
                m_sourceByKey.insert(key, s.id);
        }
        m_sourceIds = IdGenerator(sourceIds);
    }

    QString entity(const QString &name)
    {
        // Big files name the same few companies on every row: remember what a name found.
        const auto known = m_byName.constFind(name);
        if (known != m_byName.cend())
            return known.value();
        const QString id = resolveEntity(name);
        m_byName.insert(name, id);
        return id;
    }

    QString resolveEntity(const QString &name)
    {
        const QString key = name.trimmed().toCaseFolded();
        QString id = m_currentNames.value(key);
        if (!id.isEmpty()) {
            m_out->matchedNames.insert(name, id);
            return id;
        }
        id = m_createdNames.value(key);
        if (!id.isEmpty())
            return id;
        Entity e;
        e.id = m_entityIds.make(QString(), name, QStringLiteral("entity"));
        e.kind = EntityKind::Company;
        if (hasHangul(name))
            e.name.ko = name;
        else
            e.name.en = name;
        m_createdNames.insert(key, e.id);
        m_createdNames.insert(e.id, e.id);
        m_out->data.entities.append(e);
        m_out->newEntityIds.append(e.id);
        return e.id;
    }

    bool knowsSource(const QString &id) const { return m_knownSources.contains(id); }

    QString source(const QString &url, const QString &title, const QString &publisher)
    {
        const QString key = sourceKey(url, title);
        const QString known = m_sourceByKey.value(key);
        if (!known.isEmpty())
            return known;
        const QString host = IdGenerator::siteOf(url);
        Source s;
        s.url = url;
        s.title = title;
        s.publisher = !publisher.isEmpty() ? publisher
                : !host.isEmpty()          ? host
                                           : QFileInfo(m_out->fileName).fileName();
        s.id = m_sourceIds.makeSourceId(url, title, QStringLiteral("csv"));
        m_sourceByKey.insert(key, s.id);
        m_out->data.sources.append(s);
        return s.id;
    }

    QString fileSource()
    {
        if (m_fileSource.isEmpty()) {
            m_fileSource = m_out->fileSourceId(m_current);
            m_sourceIds.reserve(m_fileSource);
        }
        return m_fileSource;
    }

private:
    // A source is the same when its address is; one without an address, when its title is.
    static QString sourceKey(const QString &url, const QString &title)
    {
        if (!url.isEmpty())
            return url;
        return title.isEmpty() ? QString() : QLatin1Char('\n') + title;
    }

    const Dataset &m_current;
    ImportedData *m_out;
    QHash<QString, QString> m_currentNames; // case-folded id, name or ticker -> entity id
    QHash<QString, QString> m_createdNames;
    IdGenerator m_entityIds;
    IdGenerator m_sourceIds;
    QHash<QString, QString> m_sourceByKey;
    QHash<QString, QString> m_byName;
    QSet<QString>
            m_knownSources; // only the current data's: a row may not cite a source another row made
    QString m_fileSource;
};

} // namespace

QString CsvDataset::amountText(const Amount &a)
{
    switch (a.precision) {
    case AmountPrecision::Exact:
        return a.value ? numberText(*a.value) : QString();
    case AmountPrecision::Approximate:
        return a.value ? QLatin1Char('~') + numberText(*a.value) : QString();
    case AmountPrecision::Range:
        return a.min && a.max ? numberText(*a.min) + QLatin1String("..") + numberText(*a.max)
                              : QString();
    case AmountPrecision::Indicative:
        return a.text.en.isEmpty() ? a.text.ko : a.text.en;
    case AmountPrecision::Undisclosed:
        break;
    }
    return QStringLiteral("undisclosed");
}

bool CsvDataset::parseAmount(const QString &input, const QString &currencyText,
                             const QString &textKo, Amount *amount, QString *message,
                             QString *column)
{
    if (column)
        *column = QStringLiteral("amount");
    static const QRegularExpression approx(
            QStringLiteral(R"(^(?:~|≈|about\s|approx\.?\s?|approximately\s|약)\s*(.+)$)"),
            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression range(QStringLiteral(R"(^(.+?)\s*\.\.\s*(.+)$)"));
    const QString text = input.trimmed();
    const QString currency = currencyText.trimmed().toUpper();
    Amount a;
    a.currency = currency;
    if (text.compare(QLatin1String("undisclosed"), Qt::CaseInsensitive) == 0) {
        a.precision = AmountPrecision::Undisclosed;
        *amount = a;
        return true;
    }
    bool words = false;
    if (const auto v = parseNumber(text)) {
        a.precision = AmountPrecision::Exact;
        a.value = v;
    } else if (const auto m = approx.match(text); m.hasMatch() && parseNumber(m.captured(1))) {
        a.precision = AmountPrecision::Approximate;
        a.value = parseNumber(m.captured(1));
    } else if (const auto r = range.match(text);
               r.hasMatch() && parseNumber(r.captured(1)) && parseNumber(r.captured(2))) {
        a.precision = AmountPrecision::Range;
        a.min = parseNumber(r.captured(1));
        a.max = parseNumber(r.captured(2));
        if (*a.min > *a.max) {
            *message = tr("'%1': the smaller figure comes first in min..max").arg(text);
            return false;
        }
    } else if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); })) {
        words = true;
        a.precision = AmountPrecision::Indicative;
        // amount_ko gives the Korean of English words. Words already in Korean stay the words:
        // replacing them would leave an amount whose column text, written back, is amount_ko's
        // (found by fuzz_dates: Korean words and an amount_ko of digits read back as a number).
        if (hasHangul(text)) {
            a.text.ko = text;
        } else {
            a.text.en = text;
            if (!textKo.trimmed().isEmpty())
                a.text.ko = textKo.trimmed();
        }
    } else {
        *message = tr("'%1' is not an amount (a number such as 1300000000 or 1.3e9, ~ before an "
                      "approximate "
                      "figure, min..max, undisclosed, or words)")
                           .arg(text);
        return false;
    }
    static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
    if (!code.match(currency).hasMatch()) {
        if (column)
            *column = QStringLiteral("currency");
        *message = currency.isEmpty()
                ? (words ? tr("words need a currency too, a three-letter code such as KRW or USD")
                         : tr("needed with an amount: a three-letter code such as KRW or USD"))
                : tr("'%1' is not a three-letter currency code such as KRW or USD")
                          .arg(currencyText.trimmed());
        return false;
    }
    *amount = a;
    return true;
}

std::optional<CsvDataset::Kind> CsvDataset::detectKind(const QByteArray &bytes)
{
    CsvTable table(bytes);
    CsvTable::Record header;
    QString error;
    if (!table.next(&header, &error))
        return std::nullopt;
    QSet<QString> names;
    for (const auto &f : header.fields) {
        QString name;
        table.decode(f, &name);
        names.insert(name.trimmed().toLower());
    }
    if (names.contains(QStringLiteral("name")) && names.contains(QStringLiteral("kind"))
        && !names.contains(QStringLiteral("date")))
        return Kind::Entities;
    return Kind::Events;
}

std::optional<ImportedData> CsvDataset::parse(const QByteArray &bytes, const QString &fileName,
                                              const Dataset &current, QString *error,
                                              const ProgressCallback &progress)
{
    if (detectKind(bytes) == Kind::Entities)
        return parseEntities(bytes, fileName, current, error, progress);
    return parseEvents(bytes, fileName, current, error, progress);
}

namespace {

// The participants and their roles of one events row; false when the row is refused.
bool readParticipants(Parser &p, Resolver &resolve, Event &e)
{
    const QStringList names = splitList(p.value(QStringLiteral("participants")));
    if (names.isEmpty()) {
        p.fail(QStringLiteral("participants"),
               CsvDataset::tr("needs at least one name (separate names with ';')"));
        return false;
    }
    const QStringList roleKeys = splitList(p.value(QStringLiteral("roles")));
    if (!roleKeys.isEmpty() && roleKeys.size() != names.size()) {
        p.fail(QStringLiteral("roles"),
               CsvDataset::tr("gives %1 role(s) for %2 participant(s)")
                       .arg(roleKeys.size())
                       .arg(names.size()));
        return false;
    }
    for (qsizetype i = 0; i < names.size() && !p.failed(); ++i) {
        Participant part;
        part.entityId = resolve.entity(names.at(i));
        if (e.involves(part.entityId)) {
            p.fail(QStringLiteral("participants"),
                   CsvDataset::tr("'%1' is '%2' again, named earlier in the list")
                           .arg(names.at(i), part.entityId));
            return false;
        }
        if (roleKeys.isEmpty()) {
            part.role = defaultRole(e.kind, int(i));
        } else if (const auto role = fromKey<Role>(roleKeys.at(i).toLower())) {
            part.role = *role;
        } else {
            p.fail(QStringLiteral("roles"),
                   CsvDataset::tr("unknown value '%1' (expected one of: %2)")
                           .arg(roleKeys.at(i), knownKeys<Role>()));
        }
        e.participants.append(part);
    }
    return !p.failed();
}

// The sources of one events row: ids of the data's sources, or an address and title of a new one.
bool readSources(Parser &p, Resolver &resolve, Event &e)
{
    for (const QString &id : splitList(p.value(QStringLiteral("sources")))) {
        if (!resolve.knowsSource(id)) {
            p.fail(QStringLiteral("sources"),
                   CsvDataset::tr("unknown source '%1' (leave the column empty or give source_url)")
                           .arg(id));
            return false;
        }
        if (!e.sourceIds.contains(id))
            e.sourceIds << id;
    }
    if (p.failed())
        return false;
    const QString url = p.value(QStringLiteral("source_url"));
    const QString sourceTitle = p.value(QStringLiteral("source_title"));
    if (!url.isEmpty() && !url.startsWith(QLatin1String("https://"))
        && !url.startsWith(QLatin1String("http://"))) {
        p.fail(QStringLiteral("source_url"),
               CsvDataset::tr("'%1' is not an http:// or https:// address").arg(url));
        return false;
    }
    if (!url.isEmpty() || !sourceTitle.isEmpty()) {
        const QString id =
                resolve.source(url, sourceTitle, p.value(QStringLiteral("source_publisher")));
        if (!e.sourceIds.contains(id))
            e.sourceIds << id;
    }
    return true;
}

} // namespace

std::optional<ImportedData> CsvDataset::parseEvents(const QByteArray &bytes,
                                                    const QString &fileName, const Dataset &current,
                                                    QString *error,
                                                    const ProgressCallback &progress)
{
    Parser p(bytes, fileName, current, progress);
    ImportedData out;
    out.fileName = fileName;
    out.format = ImportedData::Format::CsvEvents;
    if (!p.readHeader({ QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("title"),
                        QStringLiteral("participants") },
                      tr("an events file needs the columns date, kind, title and participants"))) {
        setError(error, p.error());
        return std::nullopt;
    }
    Resolver resolve(current, &out);
    ExtraColumns extra(p, eventColumns());
    while (p.nextRow()) {
        Event e;
        e.id = p.explicitId(tr("event"));
        e.date = p.date(QStringLiteral("date"));
        if (p.failed())
            break;
        const auto kind = p.kind<EventKind>(QStringLiteral("kind"));
        if (!kind)
            break;
        e.kind = *kind;
        e.title = { p.value(QStringLiteral("title")), p.value(QStringLiteral("title_ko")) };
        if (e.title.isEmpty()) {
            p.fail(QStringLiteral("title"), tr("is empty (give title or title_ko)"));
            break;
        }
        e.summary = { p.value(QStringLiteral("summary")), p.value(QStringLiteral("summary_ko")) };

        if (!readParticipants(p, resolve, e))
            break;

        const QString amountText = p.value(QStringLiteral("amount"));
        if (!amountText.isEmpty()) {
            Amount a;
            QString message;
            QString column;
            if (!parseAmount(amountText, p.value(QStringLiteral("currency")),
                             p.value(QStringLiteral("amount_ko")), &a, &message, &column)) {
                p.fail(column, message);
                break;
            }
            e.amount = a;
        }

        if (!readSources(p, resolve, e))
            break;
        if (e.sourceIds.isEmpty())
            e.sourceIds << resolve.fileSource();
        extra.append(p, out.data.events, e);
    }
    if (!extra.finish(p, out.data.events)) {
        setError(error, p.error());
        return std::nullopt;
    }

    // Ids made from date and title after every explicit id is known, so none is taken twice.
    QSet<QString> explicitIds;
    for (const auto &e : std::as_const(out.data.events)) {
        if (!e.id.isEmpty())
            explicitIds.insert(e.id);
    }
    IdGenerator ids(explicitIds);
    for (auto &e : out.data.events) {
        if (e.id.isEmpty())
            e.id = ids.make(QStringLiteral("ev"),
                            e.date.toString() + QLatin1Char(' ') + e.title.text(Language::English));
    }
    return out;
}

std::optional<ImportedData> CsvDataset::parseEntities(const QByteArray &bytes,
                                                      const QString &fileName,
                                                      const Dataset &current, QString *error,
                                                      const ProgressCallback &progress)
{
    Parser p(bytes, fileName, current, progress);
    ImportedData out;
    out.fileName = fileName;
    out.format = ImportedData::Format::CsvEntities;
    if (!p.readHeader({ QStringLiteral("name"), QStringLiteral("kind") },
                      tr("an entities file needs the columns name and kind"))) {
        setError(error, p.error());
        return std::nullopt;
    }
    QSet<QString> taken;
    for (const auto &e : current.entities)
        taken.insert(e.id);
    IdGenerator ids(taken);
    ExtraColumns extra(p, entityColumns());
    while (p.nextRow()) {
        Entity e;
        e.id = p.explicitId(tr("entity"));
        if (p.failed())
            break;
        e.name = { p.value(QStringLiteral("name")), p.value(QStringLiteral("name_ko")) };
        if (e.name.isEmpty()) {
            p.fail(QStringLiteral("name"), tr("is empty (give name or name_ko)"));
            break;
        }
        // A built-in kind in any case, else a kind of its own ("song"), defined with the next
        // style of the palette (the current data's definition wins when the import merges).
        const QString kind = p.value(QStringLiteral("kind"));
        if (fromKey<EntityKind>(kind.toLower())) {
            setKindKey(&e, kind.toLower());
        } else if (CustomTypes::isValidKindKey(kind)) {
            setKindKey(&e, kind);
            if (!current.types.kind(kind))
                out.data.types.addKind(kind);
            else if (!out.data.types.kind(kind))
                out.data.types.kinds.append(*current.types.kind(kind));
        } else if (!p.kind<EntityKind>(QStringLiteral("kind"))) {
            break;
        }
        e.ticker = p.value(QStringLiteral("ticker"));
        e.description = { p.value(QStringLiteral("description")),
                          p.value(QStringLiteral("description_ko")) };
        if (e.id.isEmpty()) {
            // A row naming an entity the data already has describes that entity.
            QString foundBy;
            for (const QString &key : { e.name.en, e.name.ko, e.ticker }) {
                if (e.id.isEmpty() && !key.isEmpty()) {
                    e.id = current.resolveEntity(key);
                    foundBy = key;
                }
            }
            if (!e.id.isEmpty())
                p.claimName(QStringLiteral("name"), foundBy, e.id);
        }
        if (p.failed())
            break;
        extra.append(p, out.data.entities, e);
    }
    if (!extra.finish(p, out.data.entities)) {
        setError(error, p.error());
        return std::nullopt;
    }
    // Ids made from names after every explicit id is known, so none is taken twice.
    for (const auto &e : std::as_const(out.data.entities))
        ids.reserve(e.id);
    for (auto &e : out.data.entities) {
        if (e.id.isEmpty())
            e.id = ids.make(QString(), e.name.en.isEmpty() ? e.name.ko : e.name.en,
                            QStringLiteral("entity"));
    }
    return out;
}

namespace {

// The columns a mapping reads: those of its roles, lower-case.
QStringList mappedColumns(const ImportMapping &m, std::initializer_list<ImportMapping::Role> roles)
{
    QStringList out;
    for (ImportMapping::Role r : roles) {
        if (!m.field(r).isEmpty())
            out << m.field(r).toLower();
    }
    return out;
}

// The columns that are no attribute: the mapped ones and those the mapping does not keep.
QStringList notKept(const Parser &p, const ImportMapping &m)
{
    QStringList out;
    for (const QString &c : p.columnNames()) {
        if (m.roleOf(c) || !m.keeps(c))
            out << c;
    }
    return out;
}

// The kind or type in column, a built-in one in any case, else a key of its own defined in out
// (the current data's definition kept); false (the parser failed) for text no key can be.
template <typename R>
bool mappedTypeKey(Parser &p, const QString &column, ImportedData &out, R *record)
{
    constexpr bool kinds = std::is_same_v<R, Entity>;
    const QString text = p.value(column);
    if (column.isEmpty() || text.isEmpty())
        return true;
    CustomTypes &types = out.data.types;
    const CustomTypes &known = p.current().types;
    if constexpr (kinds) {
        if (const auto k = GraphFiles::matchKind(text)) {
            setKindKey(record, keyOf(*k));
            return true;
        }
        if (CustomTypes::isValidKindKey(text)) {
            setKindKey(record, text);
            types.adoptKind(text, known);
            return true;
        }
    } else {
        if (const auto t = GraphFiles::matchType(text)) {
            setTypeKey(record, keyOf(*t));
            return true;
        }
        if (CustomTypes::isValidTypeKey(text)) {
            setTypeKey(record, text);
            types.adoptRelationshipType(text, known);
            return true;
        }
    }
    p.fail(column,
           CsvDataset::tr("'%1' cannot name a kind or type (1 to 64 characters without spaces "
                          "around)")
                   .arg(text.left(80)));
    return false;
}

PartialDate mappedDate(Parser &p, const QString &column)
{
    if (column.isEmpty() || p.value(column).isEmpty())
        return {};
    return p.date(column);
}

std::optional<ImportedData> parseMappedEdges(Parser &p, const ImportMapping &m, ImportedData out)
{
    using Role = ImportMapping::Role;
    const auto col = [&m](Role r) { return m.field(r).toLower(); };
    out.format = ImportedData::Format::CsvEntities;
    Resolver resolve(p.current(), &out);
    ExtraColumns extra(p, notKept(p, m));
    // The ids a node list of the same export left as attributes named "id" (any case): Gephi's
    // and Neo4j's edge tables name their ends by them.
    QHash<QString, QString> byFileId;
    for (const Entity &e : p.current().entities) {
        for (const Attribute &a : e.attributes) {
            if (a.name.compare(QLatin1String("id"), Qt::CaseInsensitive) == 0)
                byFileId.insert(a.toText(), e.id);
        }
    }
    const auto entity = [&](const QString &name) {
        const QString known = byFileId.value(name);
        return known.isEmpty() ? resolve.entity(name) : known;
    };
    while (p.nextRow()) {
        Relationship r;
        const QString from = p.value(col(Role::Source));
        const QString to = p.value(col(Role::Target));
        if (from.isEmpty() || to.isEmpty()) {
            p.fail(from.isEmpty() ? m.field(Role::Source) : m.field(Role::Target),
                   CsvDataset::tr("is empty (each row names both ends of a relationship)"));
            break;
        }
        r.fromId = entity(from);
        r.toId = entity(to);
        if (r.fromId == r.toId) {
            p.fail(m.field(Role::Target), CsvDataset::tr("an entity cannot relate to itself"));
            break;
        }
        if (!mappedTypeKey(p, col(Role::Type), out, &r))
            break;
        r.validFrom = mappedDate(p, col(Role::Start));
        if (!r.validFrom.isValid())
            r.validFrom = mappedDate(p, col(Role::Date));
        r.validUntil = mappedDate(p, col(Role::End));
        if (p.failed())
            break;
        const QString id = col(Role::Id).isEmpty() ? QString() : p.value(col(Role::Id));
        // An id the data has names that relationship again: the duplicate policy decides.
        if (GraphFileReader::meaningful(id)) {
            p.claim(m.field(Role::Id), id);
            r.id = id;
        }
        r.sourceIds << resolve.fileSource();
        extra.append(p, out.data.relationships, r);
    }
    if (!extra.finish(p, out.data.relationships))
        return std::nullopt;
    QSet<QString> taken;
    for (const auto &r : p.current().relationships)
        taken.insert(r.id);
    for (const auto &r : std::as_const(out.data.relationships))
        taken.insert(r.id);
    IdGenerator ids(taken);
    for (auto &r : out.data.relationships) {
        if (r.id.isEmpty())
            r.id = ids.make(QStringLiteral("rel"),
                            r.fromId + QLatin1Char(' ') + r.toId + QLatin1Char(' ') + typeKey(r));
    }
    return out;
}

std::optional<ImportedData> parseMappedNodes(Parser &p, const ImportMapping &m, ImportedData out)
{
    using Role = ImportMapping::Role;
    const auto col = [&m](Role r) { return m.field(r).toLower(); };
    out.format = ImportedData::Format::CsvEntities;
    QSet<QString> taken;
    for (const auto &e : p.current().entities)
        taken.insert(e.id);
    IdGenerator ids(taken);
    ExtraColumns extra(p, notKept(p, m));
    while (p.nextRow()) {
        Entity e;
        QString name = p.value(col(Role::Name));
        // A row without a label is named by its id, as Gephi shows such a node.
        if (name.isEmpty() && !col(Role::Id).isEmpty())
            name = p.value(col(Role::Id));
        if (name.isEmpty()) {
            p.fail(m.field(Role::Name), CsvDataset::tr("is empty (each row names an entity)"));
            break;
        }
        (GraphFileReader::hasHangul(name) ? e.name.ko : e.name.en) = name;
        if (!mappedTypeKey(p, col(Role::Kind), out, &e))
            break;
        // A row naming an entity the data already has describes that entity.
        e.id = p.current().resolveEntity(name);
        if (!e.id.isEmpty()) {
            p.claimName(m.field(Role::Name), name, e.id);
        } else if (const QString id = col(Role::Id).isEmpty() ? QString() : p.value(col(Role::Id));
                   GraphFileReader::meaningful(id)) {
            p.claim(m.field(Role::Id), id);
            e.id = id;
        }
        if (p.failed())
            break;
        // An id that says nothing ("0", "n12": Gephi's, Neo4j's) stays as an attribute, by which
        // an edge list of the same export finds the entity again.
        if (const QString id = col(Role::Id).isEmpty() ? QString() : p.value(col(Role::Id));
            !id.isEmpty() && id != e.id)
            e.attributes.append(Attribute::text(m.field(Role::Id), id));
        extra.append(p, out.data.entities, e);
    }
    if (!extra.finish(p, out.data.entities))
        return std::nullopt;
    for (const auto &e : std::as_const(out.data.entities))
        ids.reserve(e.id);
    for (auto &e : out.data.entities) {
        if (e.id.isEmpty()) {
            e.id = ids.make(QString(), e.name.en.isEmpty() ? e.name.ko : e.name.en,
                            QStringLiteral("entity"));
            out.newEntityIds << e.id;
        }
    }
    return out;
}

} // namespace

std::optional<ImportedData> CsvDataset::parseMapped(const QByteArray &bytes,
                                                    const QString &fileName, const Dataset &current,
                                                    const ImportMapping &mapping, QString *error,
                                                    const ProgressCallback &progress)
{
    using Role = ImportMapping::Role;
    Parser p(bytes, fileName, current, progress);
    ImportedData out;
    out.fileName = fileName;
    const bool edges = mapping.isEdgeList();
    const QStringList required = edges
            ? mappedColumns(mapping,
                            { Role::Source, Role::Target, Role::Type, Role::Date, Role::Start,
                              Role::End, Role::Id })
            : mappedColumns(mapping, { Role::Name, Role::Kind, Role::Id });
    if (!edges && mapping.field(Role::Name).isEmpty()) {
        setError(error,
                 tr("%1: the mapping names neither a name column nor a source and a target "
                    "column")
                         .arg(fileName));
        return std::nullopt;
    }
    if (!p.readHeader(required, tr("the mapping reads it"))) {
        setError(error, p.error());
        return std::nullopt;
    }
    auto result = edges ? parseMappedEdges(p, mapping, std::move(out))
                        : parseMappedNodes(p, mapping, std::move(out));
    if (!result)
        setError(error, p.error());
    return result;
}

std::optional<ImportedData> CsvDataset::readFile(const QString &path, const Dataset &current,
                                                 QString *error, const ProgressCallback &progress)
{
    const auto bytes = DataFile::read(path, error, progress);
    if (!bytes)
        return std::nullopt;
    return parse(*bytes, path, current, error, progress);
}

QByteArray CsvDataset::serializeEvents(const Dataset &d)
{
    QByteArray out("\xEF\xBB\xBF");
    GraphFiles::AttributeKeys keys(d.events);
    out += CsvTable::formatRecord(eventColumns() + attributeColumns(keys, eventColumns()));
    for (const auto &e : d.events) {
        QStringList names;
        QStringList roles;
        for (const auto &p : e.participants) {
            // A name reads better than an id, but only where it finds the same entity again.
            const Entity *entity = d.entity(p.entityId);
            QString name = entity ? (entity->name.en.isEmpty() ? entity->name.ko : entity->name.en)
                                  : QString();
            if (name.isEmpty() || name.contains(QLatin1Char(';')) || name != name.trimmed()
                || d.resolveEntity(name) != p.entityId)
                name = p.entityId;
            names << name;
            roles << keyOf(p.role);
        }
        QString url;
        QString sourceTitle;
        for (const auto &id : e.sourceIds) {
            const Source *s = d.source(id);
            if (s && !s->url.isEmpty()) {
                url = s->url;
                sourceTitle = s->title;
                break;
            }
        }
        QString amount, currency, amountKo;
        if (e.amount) {
            amount = amountText(*e.amount);
            currency = e.amount->currency;
            if (e.amount->precision == AmountPrecision::Indicative && !e.amount->text.en.isEmpty())
                amountKo = e.amount->text.ko;
        }
        out += CsvTable::formatRecord(
                QStringList{ e.id, e.date.toString(), keyOf(e.kind), e.title.en, e.title.ko,
                             e.summary.en, e.summary.ko, names.join(QStringLiteral("; ")),
                             roles.join(QStringLiteral("; ")), amount, currency, amountKo,
                             e.sourceIds.join(QStringLiteral("; ")), url, sourceTitle }
                + attributeValues(e, keys));
    }
    return out;
}

QByteArray CsvDataset::serializeEntities(const Dataset &d)
{
    QByteArray out("\xEF\xBB\xBF");
    GraphFiles::AttributeKeys keys(d.entities);
    out += CsvTable::formatRecord(
            entityColumns()
            + attributeColumns(keys, entityColumns() + QStringList{ QStringLiteral("date") }));
    for (const auto &e : d.entities) {
        out += CsvTable::formatRecord(QStringList{ e.id, e.name.en, e.name.ko, kindKey(e), e.ticker,
                                                   e.description.en, e.description.ko }
                                      + attributeValues(e, keys));
    }
    return out;
}

bool CsvDataset::writeFile(const Dataset &data, Kind kind, const QString &path, QString *error)
{
    return DataFile::write(
            path, kind == Kind::Entities ? serializeEntities(data) : serializeEvents(data), error);
}

} // namespace atlas
