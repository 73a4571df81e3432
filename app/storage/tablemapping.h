// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <vector>

namespace atlas {

// What a column of a record's table holds.
enum class ColumnRole {
    Field, // a field of the record: written and read back
    Derived, // computed from fields (a date's first and last day, for range queries): written only
    Position, // the record's place in its list: given by the writer, read only to order by
    Version, // the sequence of the write that last changed the record (team mode)
};

// How often a text column's values repeat, so that a reader can give one string for them all
// rather than a string per row (SqliteStatement::sharedTextAt()).
enum class Repeats {
    No,
    InRuns, // as the row before: the owner of a list table's rows (an event's participants)
    Often, // one of a few values: a reference to an entity or a source, a currency
};

template <typename R>
struct Column
{
    const char *name;
    QVariant (*get)(const R &) = nullptr; // Field and Derived
    bool (*set)(R &, const QVariant &) = nullptr; // Field; false: a value R cannot hold
    ColumnRole role = ColumnRole::Field;
    int since = 1; // the schema version that added the column
    // Field, optional: set as set() would be from a text value or a whole number, without the
    // QVariant (a reader that has the value so: SqliteStatement). At a million events a load
    // reads some 20 million values, and making, copying and freeing a QVariant for each was about
    // a tenth of its time.
    bool (*setText)(R &, const QString &) = nullptr;
    bool (*setInteger)(R &, qint64) = nullptr;
    // Field, optional: set from ASCII text as setText() would, for a value only looked at (a key,
    // a date), which then needs no string of its own.
    bool (*setAscii)(R &, QLatin1StringView) = nullptr;
    // With setText: how the column's values repeat. At a million events the list tables' rows
    // name their event and entity some four million times, and a string made and freed for each
    // was a fifth of the helper's read (Loader in repository.cpp).
    Repeats repeats = Repeats::No;
};

// One table of the schema and the record a row of it holds: each column is named once, with how
// its value is taken from the record and put back, and every statement that reads or writes the
// table is made from it. Table and column names are constants; every value is bound.
// tst_tablemappings checks each mapping against the migrated schema.
template <typename R>
class TableMapping
{
public:
    TableMapping(const char *table, QStringList key, std::vector<Column<R>> columns)
        : m_table(QLatin1String(table)), m_key(std::move(key)), m_columns(std::move(columns))
    {
    }

    // The table as a database of schema version `schema` has it.
    TableMapping atSchema(int schema) const
    {
        TableMapping t = *this;
        std::erase_if(t.m_columns, [schema](const Column<R> &c) { return c.since > schema; });
        return t;
    }

    const QString &table() const { return m_table; }
    const QStringList &key() const { return m_key; }
    const std::vector<Column<R>> &columns() const { return m_columns; }
    QStringList columnNames() const
    {
        QStringList names;
        for (const Column<R> &c : m_columns)
            names.append(QLatin1String(c.name));
        return names;
    }
    bool has(ColumnRole role) const
    {
        return std::any_of(m_columns.cbegin(), m_columns.cend(),
                           [role](const Column<R> &c) { return c.role == role; });
    }
    // "id = ?", "company_id = ? AND quarter = ? AND metric = ?".
    QString keyWhere() const
    {
        QStringList parts;
        for (const QString &k : m_key)
            parts.append(k + QStringLiteral(" = ?"));
        return parts.join(QStringLiteral(" AND "));
    }

    // Inserts `rows` rows of every column. With upsert a row whose key is there already is
    // updated in place (ON CONFLICT ... DO UPDATE: SQLite 3.24+ and PostgreSQL 9.5+; unlike INSERT
    // OR REPLACE it never strips the record's dependants through ON DELETE CASCADE) and keeps its
    // position.
    QString insertSql(int rows, bool upsert) const
    {
        const QStringList names = columnNames();
        const QString marks = QStringLiteral("(?")
                + QStringLiteral(", ?").repeated(names.size() - 1) + QLatin1Char(')');
        QStringList values;
        for (int i = 0; i < rows; ++i)
            values.append(marks);
        QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                              .arg(m_table, names.join(QStringLiteral(", ")),
                                   values.join(QStringLiteral(", ")));
        if (!upsert)
            return sql;
        QStringList sets;
        for (const Column<R> &c : m_columns) {
            const QString name = QLatin1String(c.name);
            if (!m_key.contains(name) && c.role != ColumnRole::Position)
                sets.append(QStringLiteral("%1 = excluded.%1").arg(name));
        }
        return sql
                + QStringLiteral(" ON CONFLICT (%1) DO UPDATE SET %2")
                          .arg(m_key.join(QStringLiteral(", ")), sets.join(QStringLiteral(", ")));
    }

    // Binds r as row `row` of a statement of insertSql(); the writer gives position and version.
    // q: a QSqlQuery, or anything with its bindValue(int, QVariant) (SqliteStatement).
    template <typename Query>
    void bind(Query &q, int row, const R &r, int position, qint64 version) const
    {
        int i = row * int(m_columns.size());
        for (const Column<R> &c : m_columns) {
            switch (c.role) {
            case ColumnRole::Field:
            case ColumnRole::Derived:
                q.bindValue(i++, c.get(r));
                break;
            case ColumnRole::Position:
                q.bindValue(i++, position);
                break;
            case ColumnRole::Version:
                q.bindValue(i++, version);
                break;
            }
        }
    }

    // "SELECT fields[, version] FROM table%1 ORDER BY ...": %1 is where a WHERE clause goes;
    // ordered by position, else by key (a list inside a record: its parent, then its ordinal).
    QString selectSql() const
    {
        const QString order = has(ColumnRole::Position)
                ? QStringLiteral("position, ") + m_key.join(QStringLiteral(", "))
                : m_key.join(QStringLiteral(", "));
        return QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4")
                .arg(readNames().join(QStringLiteral(", ")), m_table, QStringLiteral("%1"), order);
    }
    // "SELECT fields[, version][, position] FROM table": every row in the order the table keeps
    // them, without a sort (the caller checks the order: Loader in repository.cpp).
    QString scanSql() const
    {
        QStringList names = readNames();
        if (has(ColumnRole::Position))
            names.append(QStringLiteral("position"));
        return QStringLiteral("SELECT %1 FROM %2").arg(names.join(QStringLiteral(", ")), m_table);
    }
    // How many of the record's fields a read selects.
    int readColumnCount() const
    {
        return int(std::count_if(m_columns.cbegin(), m_columns.cend(),
                                 [](const Column<R> &c) { return c.role == ColumnRole::Field; }));
    }
    // Where scanSql() puts the position, -1 without one.
    int positionIndex() const { return has(ColumnRole::Position) ? int(readNames().size()) : -1; }
    // Whether a and b would be stored as the same row (every field and derived column equal);
    // their lists, kept in other tables, are not compared.
    bool sameRow(const R &a, const R &b) const
    {
        return std::all_of(m_columns.cbegin(), m_columns.cend(),
                           [&](const Column<R> &c) { return !c.get || c.get(a) == c.get(b); });
    }
    // "UPDATE table SET version = ? WHERE key = ?": stamps a row whose fields stay as they are
    // with the write that changed its lists. Empty for a table without versions.
    QString versionSql() const
    {
        if (!has(ColumnRole::Version))
            return {};
        return QStringLiteral("UPDATE %1 SET version = ? WHERE %2").arg(m_table, keyWhere());
    }
    // Where selectSql() puts the version, -1 without one.
    int versionIndex() const { return has(ColumnRole::Version) ? readColumnCount() : -1; }
    // Fills r's fields from the current row of a selectSql() query (a QSqlQuery, or anything
    // with its value(int): SqliteStatement). False with *bad set to the column and its value when
    // r cannot hold that value.
    template <typename Query>
    bool read(const Query &q, R *r, QString *bad) const
    {
        int i = 0;
        for (const Column<R> &c : m_columns) {
            if (c.role != ColumnRole::Field)
                continue;
            const int at = i++;
            if constexpr (requires { q.textAt(at, bad); }) {
                // Text (or NULL, a null string) and whole numbers straight from the reader.
                QString text;
                qint64 integer = 0;
                QLatin1StringView ascii;
                if (c.setAscii && q.asciiAt(at, &ascii)) {
                    if (c.setAscii(*r, ascii))
                        continue;
                    *bad = QStringLiteral("%1 \"%2\"").arg(QLatin1String(c.name), ascii);
                    return false;
                }
                if (c.setText && c.repeats != Repeats::No) {
                    if (const QString *shared = q.sharedTextAt(at, c.repeats)) {
                        if (c.setText(*r, *shared))
                            continue;
                        *bad = QStringLiteral("%1 \"%2\"").arg(QLatin1String(c.name), *shared);
                        return false;
                    }
                }
                if (c.setText && q.textAt(at, &text)) {
                    if (c.setText(*r, text))
                        continue;
                    *bad = QStringLiteral("%1 \"%2\"").arg(QLatin1String(c.name), text);
                    return false;
                }
                if (c.setInteger && q.integerAt(at, &integer)) {
                    if (c.setInteger(*r, integer))
                        continue;
                    *bad = QStringLiteral("%1 \"%2\"").arg(QLatin1String(c.name)).arg(integer);
                    return false;
                }
            }
            const QVariant v = q.value(at);
            if (!c.set(*r, v)) {
                *bad = QStringLiteral("%1 \"%2\"").arg(QLatin1String(c.name), v.toString());
                return false;
            }
        }
        return true;
    }

private:
    // The columns a read selects: the fields, then the version.
    QStringList readNames() const
    {
        QStringList names;
        for (const Column<R> &c : m_columns) {
            if (c.role == ColumnRole::Field)
                names.append(QLatin1String(c.name));
        }
        if (has(ColumnRole::Version))
            names.append(QStringLiteral("version"));
        return names;
    }

    QString m_table;
    QStringList m_key;
    std::vector<Column<R>> m_columns;
};

} // namespace atlas
