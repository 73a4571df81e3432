// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetjson.h"

#include "core/datalimits.h"
#include "core/validator.h"
#include "datafile.h"

#include <QFile>
#include <QJsonArray>
#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>
#include <functional>

namespace atlas {

// A dataset file cut at its top-level lists of records, so that each record's object can be
// parsed on its own: the parsed form of a whole file is about three times its size (some 180 MB
// of a 60 MB file of 100,000 events, the peak of an import), one record's is small. The scan
// follows only strings and nesting; the parser still checks every byte of every piece.
struct SplitDataset
{
    QByteArray skeleton; // the top-level object, each split list emptied to []
    QHash<QByteArray, QList<std::pair<qsizetype, qsizetype>>> records; // list → (start, length)
};

namespace {

// Where a value stands, for a message: "events[3] ('ev-1')", "relationships[2] spells[1]". Put
// into words only when a message needs it: two of them for every record were about 2 % of an
// import of 100,000 events.
struct Place
{
    Place(const char *list, qsizetype row, QString recordId = {})
        : array(list), index(row), id(std::move(recordId))
    {
    }
    Place(QString whole) : text(std::move(whole)) { } // NOLINT: a place given in words

    QString toString() const
    {
        QString out = !array ? text
                : id.isEmpty()
                ? QStringLiteral("%1[%2]").arg(QLatin1String(array)).arg(index)
                : QStringLiteral("%1[%2] ('%3')").arg(QLatin1String(array)).arg(index).arg(id);
        if (spell >= 0)
            out += QStringLiteral(" spells[%1]").arg(spell);
        return out;
    }

    const char *array = nullptr; // none: text says it all
    qsizetype index = 0;
    QString id;
    QString text;
    qsizetype spell = -1; // within a relationship's "spells"
};

// Collects the first content error with where it happened; parsing stops at the first one so the
// message points at a single place the user can fix.
class Reader
{
public:
    explicit Reader(QString file) : m_file(std::move(file)) { }

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    void fail(const Place &where, const QString &field, const QString &message)
    {
        if (m_error.isEmpty())
            m_error = DatasetJson::tr("%1: %2, field '%3': %4")
                              .arg(m_file, where.toString(), field, message);
    }

    QString string(const QJsonObject &o, const char *key, const Place &where, bool required = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(where, QString::fromLatin1(key), DatasetJson::tr("is missing"));
            return {};
        }
        if (!v.isString()) {
            fail(where, QString::fromLatin1(key), DatasetJson::tr("must be a string"));
            return {};
        }
        return v.toString();
    }

    LocalizedText text(const QJsonObject &o, const char *key, const Place &where)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject()) {
            fail(where, QString::fromLatin1(key),
                 DatasetJson::tr("must be an object with \"en\" and/or \"ko\""));
            return {};
        }
        const QJsonObject t = v.toObject();
        return { string(t, "en", where), string(t, "ko", where) };
    }

    PartialDate date(const QJsonObject &o, const char *key, const Place &where, bool required)
    {
        const QString s = string(o, key, where, required);
        if (s.isEmpty())
            return {};
        const PartialDate d = PartialDate::fromString(s);
        if (!d.isValid())
            fail(where, QString::fromLatin1(key),
                 DatasetJson::tr(
                         "'%1' is not a date of the form YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY")
                         .arg(s));
        return d;
    }

    std::optional<double> number(const QJsonObject &o, const char *key, const Place &where)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble()) {
            fail(where, QString::fromLatin1(key), DatasetJson::tr("must be a number"));
            return std::nullopt;
        }
        return v.toDouble();
    }

    template <typename E>
    E kind(const QJsonObject &o, const char *key, const Place &where)
    {
        const QString s = string(o, key, where, true);
        if (s.isEmpty())
            return E{};
        const auto k = fromKey<E>(s);
        if (!k) {
            QStringList known;
            for (E e : allValues<E>())
                known << keyOf(e);
            fail(where, QString::fromLatin1(key),
                 DatasetJson::tr("unknown value '%1' (expected one of: %2)")
                         .arg(s, known.join(QStringLiteral(", "))));
            return E{};
        }
        return *k;
    }

    // A built-in key, or the key of a kind or type the file's "types" section defines.
    template <typename E>
    QString kindKey(const QJsonObject &o, const char *key, const Place &where)
    {
        const QString s = string(o, key, where, true);
        if (s.isEmpty() || fromKey<E>(s))
            return s;
        const bool defined = std::is_same_v<E, EntityKind> ? types.kind(s) != nullptr
                                                           : types.relationshipType(s) != nullptr;
        if (!defined)
            kind<E>(o, key, where); // fails, listing the built-in keys
        return s;
    }

    CustomTypes types; // read before the records that use them

    QStringList strings(const QJsonObject &o, const char *key, const Place &where)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        QStringList out;
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray()) {
            fail(where, QString::fromLatin1(key), DatasetJson::tr("must be an array of strings"));
            return out;
        }
        for (const auto &item : v.toArray()) {
            if (!item.isString()) {
                fail(where, QString::fromLatin1(key),
                     DatasetJson::tr("must be an array of strings"));
                return out;
            }
            out << item.toString();
        }
        return out;
    }

    // "spells": [{ "from": "2020", "until": "2020" }, { "from": "2023-Q2" }]: a relationship's
    // intervals; absent (or one) means the one interval of validFrom/validUntil.
    QList<Spell> spells(const QJsonObject &o, const Place &where)
    {
        const QJsonValue v = o.value(QLatin1String("spells"));
        QList<Spell> out;
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray()) {
            fail(where, QStringLiteral("spells"),
                 DatasetJson::tr("must be an array of objects with from and until"));
            return out;
        }
        const QJsonArray items = v.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            Place at = where;
            at.spell = i;
            if (!items.at(i).isObject()) {
                fail(at, QStringLiteral("spells"), DatasetJson::tr("must be an object"));
                return out;
            }
            const QJsonObject spell = items.at(i).toObject();
            out.append({ date(spell, "from", at, false), date(spell, "until", at, false) });
        }
        return out;
    }

    // "attributes": { "kind": "song", "performances": 118, "listed": true,
    //                 "first played": { "date": "1969-02-27" } }
    Attributes attributes(const QJsonObject &o, const Place &where)
    {
        Attributes out;
        const QJsonValue v = o.value(QLatin1String("attributes"));
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isObject()) {
            fail(where, QStringLiteral("attributes"), DatasetJson::tr("must be an object"));
            return out;
        }
        const QJsonObject all = v.toObject();
        for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
            const std::optional<Attribute> a = attribute(it.key(), it.value());
            if (!a) {
                fail(where, QStringLiteral("attributes.") + it.key(),
                     DatasetJson::tr("must be a string, a number, true or false, or "
                                     "{\"date\": \"YYYY-MM-DD\"}"));
                return out;
            }
            out.append(*a);
        }
        return out;
    }

    static std::optional<Attribute> attribute(const QString &name, const QJsonValue &v)
    {
        if (v.isString())
            return Attribute::text(name, v.toString());
        if (v.isBool())
            return Attribute::boolean(name, v.toBool());
        if (v.isDouble())
            return Attribute::number(name, v.toDouble());
        const QJsonObject o = v.toObject();
        if (v.isObject() && o.size() == 1 && o.value(QLatin1String("date")).isString())
            return Attribute::fromText(name, AttributeType::Date,
                                       o.value(QLatin1String("date")).toString());
        return std::nullopt;
    }

    Amount amount(const QJsonObject &o, const Place &where, const char *field)
    {
        Amount a;
        a.precision = kind<AmountPrecision>(o, "precision", where);
        a.currency = string(o, "currency", where);
        a.value = number(o, "value", where);
        a.min = number(o, "min", where);
        a.max = number(o, "max", where);
        a.text = text(o, "text", where);
        const QJsonValue eq = o.value(QLatin1String("equivalent"));
        if (eq.isObject())
            a.equivalent.append(amount(eq.toObject(), where, "amount.equivalent"));
        else if (!eq.isUndefined() && !eq.isNull())
            fail(where, QString::fromLatin1(field),
                 DatasetJson::tr("'equivalent' must be an object"));
        return a;
    }

    QList<QJsonObject> objects(const QJsonObject &root, const char *key)
    {
        QList<QJsonObject> out;
        const QJsonValue v = root.value(QLatin1String(key));
        if (v.isUndefined())
            return out;
        if (!v.isArray()) {
            fail(QString::fromLatin1(key), QString::fromLatin1(key),
                 DatasetJson::tr("must be an array"));
            return out;
        }
        const QJsonArray a = v.toArray();
        if (!count(key, a.size()))
            return out;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isObject()) {
                fail(QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i),
                     QString::fromLatin1(key), DatasetJson::tr("must be an object"));
                return out;
            }
            out << a.at(i).toObject();
        }
        return out;
    }

    // n more records in the list key; false (and failed) past what one file may hold.
    bool count(const char *key, qsizetype n)
    {
        m_records += n;
        if (m_records <= DataLimits::maxRecordsPerFile)
            return true;
        fail(QString::fromLatin1(key), QString::fromLatin1(key), DataLimits::tooManyRecords());
        return false;
    }

private:
    QString m_file;
    QString m_error;
    qsizetype m_records = 0; // in every array read so far
};

// QJsonParseError gives a byte offset; people need a line and a column.
QString lineAndColumn(const QByteArray &json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((json.at(i) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return DatasetJson::tr("line %1, column %2").arg(line).arg(column);
}

QJsonObject textObject(const LocalizedText &t)
{
    QJsonObject o;
    if (!t.en.isEmpty())
        o.insert(QStringLiteral("en"), t.en);
    if (!t.ko.isEmpty())
        o.insert(QStringLiteral("ko"), t.ko);
    return o;
}

QJsonObject amountObject(const Amount &a)
{
    QJsonObject o;
    o.insert(QStringLiteral("precision"), keyOf(a.precision));
    if (!a.currency.isEmpty())
        o.insert(QStringLiteral("currency"), a.currency);
    if (a.value)
        o.insert(QStringLiteral("value"), *a.value);
    if (a.min)
        o.insert(QStringLiteral("min"), *a.min);
    if (a.max)
        o.insert(QStringLiteral("max"), *a.max);
    if (!a.text.isEmpty())
        o.insert(QStringLiteral("text"), textObject(a.text));
    if (!a.equivalent.isEmpty())
        o.insert(QStringLiteral("equivalent"), amountObject(a.equivalent.first()));
    return o;
}

QJsonObject typesObject(const CustomTypes &types)
{
    auto list = [](const QList<CustomType> &in, bool kinds) {
        QJsonArray out;
        for (const CustomType &t : in) {
            QJsonObject o;
            o.insert(QStringLiteral("key"), t.key);
            if (!t.label.isEmpty())
                o.insert(QStringLiteral("label"), textObject(t.label));
            o.insert(QStringLiteral("color"), t.color);
            o.insert(kinds ? QStringLiteral("shape") : QStringLiteral("dash"), t.shape);
            if (!kinds)
                o.insert(QStringLiteral("directed"), t.directed);
            out.append(o);
        }
        return out;
    };
    QJsonObject o;
    if (!types.kinds.isEmpty())
        o.insert(QStringLiteral("kinds"), list(types.kinds, true));
    if (!types.relationshipTypes.isEmpty())
        o.insert(QStringLiteral("relationshipTypes"), list(types.relationshipTypes, false));
    return o;
}

void insertIfSet(QJsonObject &o, const Attributes &attributes)
{
    if (attributes.isEmpty())
        return;
    QJsonObject out;
    for (const Attribute &a : attributes) {
        switch (a.type) {
        case AttributeType::Text:
            out.insert(a.name, a.textValue());
            break;
        case AttributeType::Number:
            out.insert(a.name, a.numberValue());
            break;
        case AttributeType::Date:
            out.insert(a.name, QJsonObject{ { QStringLiteral("date"), a.toText() } });
            break;
        case AttributeType::Bool:
            out.insert(a.name, a.boolValue());
            break;
        }
    }
    o.insert(QStringLiteral("attributes"), out);
}

void insertIfSet(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

void insertIfSet(QJsonObject &o, const char *key, const LocalizedText &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), textObject(value));
}

void insertIfSet(QJsonObject &o, const char *key, const QStringList &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), QJsonArray::fromStringList(value));
}

// Reads the objects of the array key of parent with read(reader, object, index) into out, up to
// the first failure.
template <typename T, typename F>
void readList(Reader &r, const QJsonObject &parent, const char *key, F read, QList<T> *out)
{
    const auto objects = r.objects(parent, key);
    out->reserve(out->size() + objects.size());
    for (qsizetype i = 0; i < objects.size() && !r.failed(); ++i)
        out->append(read(r, objects.at(i), i));
}

// readList() for the large lists of the top level: the array is taken out of parent and each
// object let go once read, so the parsed text of a large file is freed as its records are made
// rather than kept beside them to the end (parent must be the only holder of its data).
template <typename T, typename F>
void readListTaking(Reader &r, QJsonObject &parent, const char *key, F read, QList<T> *out)
{
    QJsonObject holder;
    holder.insert(QLatin1String(key), parent.take(QLatin1String(key)));
    QList<QJsonObject> objects = r.objects(holder, key);
    holder = QJsonObject();
    out->reserve(out->size() + objects.size());
    for (qsizetype i = 0; i < objects.size() && !r.failed(); ++i) {
        out->append(read(r, objects.at(i), i));
        objects[i] = QJsonObject();
    }
}

class DatasetSplitter
{
public:
    explicit DatasetSplitter(const QByteArray &json) : m_json(json), m_end(json.size()) { }

    // nullopt when the text is not plainly { "key": value, ... } with the lists as arrays of
    // objects and no key twice: the caller then parses it whole, which gives the exact error.
    std::optional<SplitDataset> split(const QList<QByteArray> &lists)
    {
        SplitDataset out;
        QSet<QByteArray> seen;
        skipSpace();
        if (!take('{'))
            return std::nullopt;
        out.skeleton.append('{');
        skipSpace();
        if (take('}'))
            return finish(std::move(out));
        for (;;) {
            skipSpace();
            const qsizetype keyStart = m_at;
            if (!skipString())
                return std::nullopt;
            const QByteArray key = m_json.mid(keyStart + 1, m_at - keyStart - 2);
            if (key.contains('\\') || seen.contains(key))
                return std::nullopt;
            seen.insert(key);
            skipSpace();
            if (!take(':'))
                return std::nullopt;
            skipSpace();
            if (seen.size() > 1)
                out.skeleton.append(',');
            out.skeleton.append(m_json.constData() + keyStart, m_at - keyStart);
            if (lists.contains(key)) {
                if (peek() != '[')
                    return std::nullopt; // not a list: the whole parse says so
                if (!splitList(&out.records[key]))
                    return std::nullopt;
                out.skeleton.append("[]");
            } else {
                const qsizetype valueStart = m_at;
                if (!skipValue())
                    return std::nullopt;
                out.skeleton.append(m_json.constData() + valueStart, m_at - valueStart);
            }
            skipSpace();
            if (take('}'))
                return finish(std::move(out));
            if (!take(','))
                return std::nullopt;
        }
    }

private:
    std::optional<SplitDataset> finish(SplitDataset out)
    {
        skipSpace();
        if (m_at != m_end)
            return std::nullopt;
        out.skeleton.append('}');
        return out;
    }
    bool splitList(QList<std::pair<qsizetype, qsizetype>> *records)
    {
        take('[');
        skipSpace();
        if (take(']'))
            return true;
        for (;;) {
            skipSpace();
            if (peek() != '{')
                return false; // a record that is not an object: the whole parse names it
            const qsizetype start = m_at;
            if (!skipValue())
                return false;
            records->append({ start, m_at - start });
            skipSpace();
            if (take(']'))
                return true;
            if (!take(','))
                return false;
        }
    }
    // Past one value: an object or array (to its matching close, strings followed), a string,
    // or a bare word or number (to the next delimiter).
    bool skipValue()
    {
        const char first = peek();
        if (first == '"')
            return skipString();
        if (first != '{' && first != '[') {
            const qsizetype start = m_at;
            while (m_at < m_end && !isDelimiter(m_json.at(m_at)))
                ++m_at;
            return m_at > start;
        }
        int depth = 0;
        while (m_at < m_end) {
            const char c = m_json.at(m_at);
            if (c == '"') {
                if (!skipString())
                    return false;
                continue;
            }
            ++m_at;
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0)
                return true;
        }
        return false;
    }
    bool skipString()
    {
        if (!take('"'))
            return false;
        while (m_at < m_end) {
            const char c = m_json.at(m_at++);
            if (c == '\\')
                ++m_at;
            else if (c == '"')
                return m_at <= m_end;
        }
        return false;
    }
    static bool isDelimiter(char c)
    {
        return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
    void skipSpace()
    {
        while (m_at < m_end && isSpace(m_json.at(m_at)))
            ++m_at;
    }
    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
    char peek() const { return m_at < m_end ? m_json.at(m_at) : '\0'; }
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++m_at;
        return true;
    }

    const QByteArray &m_json;
    qsizetype m_at = 0;
    const qsizetype m_end;
};

// The top-level lists of records.
const QList<QByteArray> &splitLists()
{
    static const QList<QByteArray> lists{ "sources", "entities", "events", "relationships",
                                          "financials" };
    return lists;
}

// Reads the records of one split list, parsing each on its own and letting it go once read.
// False when a record does not parse as a JSON object (the caller parses the file whole).
template <typename T, typename F>
bool readSplitList(Reader &r, const QByteArray &json, const SplitDataset &split, const char *key,
                   F read, QList<T> *out)
{
    const auto ranges = split.records.value(QByteArray(key));
    if (ranges.isEmpty() || !r.count(key, ranges.size()))
        return true;
    out->reserve(out->size() + ranges.size());
    for (qsizetype i = 0; i < ranges.size() && !r.failed(); ++i) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(
                QByteArray::fromRawData(json.constData() + ranges.at(i).first, ranges.at(i).second),
                &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return false;
        out->append(read(r, doc.object(), i));
    }
    return true;
}

// The record's id, and where it stands for messages ("entities[3] (kt)").
QString readId(Reader &r, const QJsonObject &o, Place *where)
{
    where->id = r.string(o, "id", *where, true);
    return where->id;
}

FigureGap readGap(Reader &r, const QJsonObject &o, qsizetype i)
{
    const Place where("dataset.knownGaps", i);
    FigureGap g;
    g.companyId = r.string(o, "company", where, true);
    g.quarter = r.date(o, "quarter", where, true);
    g.metric = r.kind<Metric>(o, "metric", where);
    g.reason = r.text(o, "reason", where);
    return g;
}

Source readSource(Reader &r, const QJsonObject &o, qsizetype i)
{
    Source s;
    Place where("sources", i);
    s.id = readId(r, o, &where);
    s.publisher = r.string(o, "publisher", where, true);
    s.title = r.string(o, "title", where);
    s.url = r.string(o, "url", where);
    s.date = r.date(o, "date", where, false);
    s.language = r.string(o, "language", where);
    return s;
}

// "types": { "kinds": [ { "key": "song", "label": { "en": "Song", "ko": "노래" },
//   "color": "#cc6677", "shape": "circle" } ], "relationshipTypes": [ { "key": "sungBy",
//   "label": ..., "color": "#ee7733", "dash": "solid", "directed": true } ] }
CustomType readType(Reader &r, const QJsonObject &o, const char *list, qsizetype i, bool kind)
{
    CustomType t;
    const Place where(list, i, o.value(QLatin1String("key")).toString());
    t.key = r.string(o, "key", where, true);
    t.label = r.text(o, "label", where);
    t.color = r.string(o, "color", where, true);
    t.shape = r.string(o, kind ? "shape" : "dash", where, true);
    const QJsonValue directed = o.value(QLatin1String("directed"));
    if (!kind && !directed.isUndefined() && !directed.isBool())
        r.fail(where, QStringLiteral("directed"), DatasetJson::tr("must be true or false"));
    t.directed = directed.toBool(true);
    return t;
}

void readTypes(Reader &r, const QJsonObject &root, CustomTypes *types)
{
    const QJsonObject o = root.value(QLatin1String("types")).toObject();
    readList(
            r, o, "kinds",
            [](Reader &r, const QJsonObject &t, qsizetype i) {
                return readType(r, t, "types.kinds", i, true);
            },
            &types->kinds);
    readList(
            r, o, "relationshipTypes",
            [](Reader &r, const QJsonObject &t, qsizetype i) {
                return readType(r, t, "types.relationshipTypes", i, false);
            },
            &types->relationshipTypes);
}

Entity readEntity(Reader &r, const QJsonObject &o, qsizetype i)
{
    Entity e;
    Place where("entities", i);
    e.id = readId(r, o, &where);
    if (const QString kind = r.kindKey<EntityKind>(o, "kind", where); !kind.isEmpty())
        setKindKey(&e, kind);
    e.name = r.text(o, "name", where);
    e.ticker = r.string(o, "ticker", where);
    e.description = r.text(o, "description", where);
    e.attributes = r.attributes(o, where);
    return e;
}

Event readEvent(Reader &r, const QJsonObject &o, qsizetype i)
{
    Event e;
    Place where("events", i);
    e.id = readId(r, o, &where);
    e.kind = r.kind<EventKind>(o, "kind", where);
    e.date = r.date(o, "date", where, true);
    e.title = r.text(o, "title", where);
    e.summary = r.text(o, "summary", where);
    const QJsonValue parts = o.value(QLatin1String("participants"));
    if (!parts.isUndefined() && !parts.isArray())
        r.fail(where, QStringLiteral("participants"), DatasetJson::tr("must be an array"));
    for (const auto &p : parts.toArray()) {
        const QJsonObject po = p.toObject();
        e.participants.append(
                { r.string(po, "entity", where, true), r.kind<Role>(po, "role", where) });
    }
    const QJsonValue amount = o.value(QLatin1String("amount"));
    if (amount.isObject())
        e.amount = r.amount(amount.toObject(), where, "amount");
    else if (!amount.isUndefined() && !amount.isNull())
        r.fail(where, QStringLiteral("amount"), DatasetJson::tr("must be an object"));
    e.sourceIds = r.strings(o, "sources", where);
    e.attributes = r.attributes(o, where);
    return e;
}

Relationship readRelationship(Reader &r, const QJsonObject &o, qsizetype i)
{
    Relationship rel;
    Place where("relationships", i);
    rel.id = readId(r, o, &where);
    if (const QString type = r.kindKey<RelationshipType>(o, "type", where); !type.isEmpty())
        setTypeKey(&rel, type);
    rel.fromId = r.string(o, "from", where, true);
    rel.toId = r.string(o, "to", where, true);
    rel.validFrom = r.date(o, "validFrom", where, false);
    rel.validUntil = r.date(o, "validUntil", where, false);
    if (const QList<Spell> spells = r.spells(o, where); !spells.isEmpty())
        rel.setIntervals(spells);
    rel.eventId = r.string(o, "event", where);
    rel.sourceIds = r.strings(o, "sources", where);
    rel.attributes = r.attributes(o, where);
    return rel;
}

FinancialFigure readFigure(Reader &r, const QJsonObject &o, qsizetype i)
{
    const Place where("financials", i);
    FinancialFigure f;
    f.companyId = r.string(o, "company", where, true);
    f.quarter = r.date(o, "quarter", where, true);
    f.metric = r.kind<Metric>(o, "metric", where);
    const auto value = r.number(o, "value", where);
    if (!value && !r.failed())
        r.fail(where, QStringLiteral("value"), DatasetJson::tr("is missing"));
    f.value = value.value_or(0.0);
    f.currency = r.string(o, "currency", where, true);
    const QString basis = r.string(o, "basis", where);
    if (!basis.isEmpty())
        f.basis = basis;
    f.sourceId = r.string(o, "source", where, true);
    f.note = r.text(o, "note", where);
    return f;
}

} // namespace

std::optional<Dataset> DatasetJson::parse(const QByteArray &json, const QString &fileName,
                                          QString *error)
{
    return parse(json, fileName, error, true);
}

std::optional<Dataset> DatasetJson::parseFragment(const QByteArray &json, const QString &fileName,
                                                  QString *error)
{
    return parse(json, fileName, error, false);
}

std::optional<Dataset> DatasetJson::parseFragment(QByteArray &&json, const QString &fileName,
                                                  QString *error)
{
    return parse(std::move(json), fileName, error, false);
}

std::optional<Dataset> DatasetJson::parse(QByteArray json, const QString &fileName, QString *error,
                                          bool validate)
{
    // Record by record where the text allows; any doubt (a record that does not parse on its
    // own, an unusual layout) and the file is parsed whole, as before, for the exact message.
    if (const auto split = DatasetSplitter(json).split(splitLists())) {
        bool whole = false;
        auto d = parse(&json, &*split, fileName, error, validate, &whole);
        if (!whole)
            return d;
    }
    return parse(&json, nullptr, fileName, error, validate, nullptr);
}

bool DatasetJson::readsRecordByRecord(const QByteArray &json)
{
    const auto split = DatasetSplitter(json).split(splitLists());
    if (!split || QJsonDocument::fromJson(split->skeleton).isNull())
        return false;
    for (const auto &ranges : split->records) {
        for (const auto &[start, length] : ranges) {
            if (!QJsonDocument::fromJson(QByteArray::fromRawData(json.constData() + start, length))
                         .isObject())
                return false;
        }
    }
    return true;
}

// With split, the skeleton is parsed and each record of the lists from json on its own; *whole
// is set (and nothing else) when that cannot be done. Without, json is parsed whole and let go.
std::optional<Dataset> DatasetJson::parse(QByteArray *json, const SplitDataset *split,
                                          const QString &fileName, QString *error, bool validate,
                                          bool *whole)
{
    auto setError = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    auto retryWhole = [&] {
        *whole = true;
        return std::nullopt;
    };
    QJsonParseError pe;
    QJsonDocument doc = QJsonDocument::fromJson(split ? split->skeleton : *json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        if (split)
            return retryWhole();
        return setError(
                tr("%1: %2: %3").arg(fileName, lineAndColumn(*json, pe.offset), pe.errorString()));
    }
    if (!split)
        *json = QByteArray(); // freed here when the caller handed it over
    if (!doc.isObject())
        return setError(tr("%1: the top level must be a JSON object").arg(fileName));

    QJsonObject root = doc.object();
    doc = QJsonDocument(); // root holds the data alone: its lists are let go as they are read
    if (root.value(QLatin1String("format")).toString() != QLatin1String("telco-atlas-dataset"))
        return setError(
                tr("%1: not a Telco Atlas dataset (field 'format' must be \"telco-atlas-dataset\")")
                        .arg(fileName));
    const int version = root.value(QLatin1String("formatVersion")).toInt(-1);
    if (version < 1)
        return setError(
                tr("%1: field 'formatVersion' is missing or not a positive number").arg(fileName));
    if (version > formatVersion)
        return setError(tr("%1: dataset format version %2 is newer than this Telco Atlas reads "
                           "(%3); update the application")
                                .arg(fileName)
                                .arg(version)
                                .arg(formatVersion));

    Reader r(fileName);
    Dataset d;
    const QJsonObject info = root.value(QLatin1String("dataset")).toObject();
    d.info.id = r.string(info, "id", QStringLiteral("dataset"));
    d.info.version = r.string(info, "version", QStringLiteral("dataset"));
    d.info.title = r.text(info, "title", QStringLiteral("dataset"));
    d.info.description = r.text(info, "description", QStringLiteral("dataset"));
    readList(r, info, "knownGaps", readGap, &d.info.knownGaps);
    readTypes(r, root, &d.types);
    r.types = d.types;
    if (split) {
        if (!readSplitList(r, *json, *split, "sources", readSource, &d.sources)
            || !readSplitList(r, *json, *split, "entities", readEntity, &d.entities)
            || !readSplitList(r, *json, *split, "events", readEvent, &d.events)
            || !readSplitList(r, *json, *split, "relationships", readRelationship, &d.relationships)
            || !readSplitList(r, *json, *split, "financials", readFigure, &d.financials))
            return retryWhole();
        *json = QByteArray(); // every record is read
    } else {
        readListTaking(r, root, "sources", readSource, &d.sources);
        readListTaking(r, root, "entities", readEntity, &d.entities);
        readListTaking(r, root, "events", readEvent, &d.events);
        readListTaking(r, root, "relationships", readRelationship, &d.relationships);
        readListTaking(r, root, "financials", readFigure, &d.financials);
    }
    if (r.failed())
        return setError(r.error());
    if (!validate)
        return d;

    const auto issues = Validator::validate(d);
    if (!issues.isEmpty())
        return setError(tr("%1: %2").arg(fileName, issues.first().toString())
                        + (issues.size() > 1 ? tr(" (and %n more problem(s))", nullptr,
                                                  int(issues.size() - 1))
                                             : QString()));
    return d;
}

QByteArray DatasetJson::serializeTypes(const CustomTypes &types)
{
    QJsonObject root;
    root.insert(QStringLiteral("types"), typesObject(types));
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<CustomTypes> DatasetJson::parseTypes(const QByteArray &json, const QString &fileName,
                                                   QString *error)
{
    QJsonParseError pe;
    QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = tr("%1: the types are not a JSON object: %2").arg(fileName, pe.errorString());
        return std::nullopt;
    }
    Reader r(fileName);
    CustomTypes types;
    readTypes(r, doc.object(), &types);
    if (r.failed()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return types;
}

std::optional<Dataset> DatasetJson::readFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!DataFile::open(f, error))
        return std::nullopt;
    return parse(f.readAll(), path, error);
}

namespace {

QJsonObject toJson(const FigureGap &g)
{
    QJsonObject o{ { QStringLiteral("company"), g.companyId },
                   { QStringLiteral("quarter"), g.quarter.toString() },
                   { QStringLiteral("metric"), keyOf(g.metric) } };
    insertIfSet(o, "reason", g.reason);
    return o;
}

QJsonObject toJson(const Source &s)
{
    QJsonObject o{ { QStringLiteral("id"), s.id }, { QStringLiteral("publisher"), s.publisher } };
    for (const auto &[key, value] : { std::pair{ "title", s.title },
                                      { "url", s.url },
                                      { "date", s.date.toString() },
                                      { "language", s.language } })
        insertIfSet(o, key, value);
    return o;
}

QJsonObject toJson(const Entity &e)
{
    QJsonObject o{ { QStringLiteral("id"), e.id },
                   { QStringLiteral("kind"), kindKey(e) },
                   { QStringLiteral("name"), textObject(e.name) } };
    insertIfSet(o, "ticker", e.ticker);
    insertIfSet(o, "description", e.description);
    insertIfSet(o, e.attributes);
    return o;
}

QJsonObject toJson(const Event &e)
{
    QJsonArray parts;
    for (const auto &p : e.participants)
        parts.append(QJsonObject{ { QStringLiteral("entity"), p.entityId },
                                  { QStringLiteral("role"), keyOf(p.role) } });
    QJsonObject o{ { QStringLiteral("id"), e.id },
                   { QStringLiteral("kind"), keyOf(e.kind) },
                   { QStringLiteral("date"), e.date.toString() },
                   { QStringLiteral("title"), textObject(e.title) },
                   { QStringLiteral("participants"), parts },
                   { QStringLiteral("sources"), QJsonArray::fromStringList(e.sourceIds) } };
    insertIfSet(o, "summary", e.summary);
    if (e.amount)
        o.insert(QStringLiteral("amount"), amountObject(*e.amount));
    insertIfSet(o, e.attributes);
    return o;
}

QJsonArray spellsArray(const QList<Spell> &spells)
{
    QJsonArray out;
    for (const Spell &spell : spells) {
        QJsonObject o;
        insertIfSet(o, "from", spell.from.toString());
        insertIfSet(o, "until", spell.until.toString());
        out.append(o);
    }
    return out;
}

QJsonObject toJson(const Relationship &r)
{
    QJsonObject o{ { QStringLiteral("id"), r.id },
                   { QStringLiteral("type"), typeKey(r) },
                   { QStringLiteral("from"), r.fromId },
                   { QStringLiteral("to"), r.toId } };
    for (const auto &[key, value] : { std::pair{ "validFrom", r.validFrom.toString() },
                                      { "validUntil", r.validUntil.toString() },
                                      { "event", r.eventId } })
        insertIfSet(o, key, value);
    insertIfSet(o, "sources", r.sourceIds);
    insertIfSet(o, r.attributes);
    if (!r.spells.isEmpty())
        o.insert(QStringLiteral("spells"), spellsArray(r.spells));
    return o;
}

QJsonObject toJson(const FinancialFigure &f)
{
    QJsonObject o{ { QStringLiteral("company"), f.companyId },
                   { QStringLiteral("quarter"), f.quarter.toString() },
                   { QStringLiteral("metric"), keyOf(f.metric) },
                   { QStringLiteral("value"), f.value },
                   { QStringLiteral("currency"), f.currency },
                   { QStringLiteral("basis"), f.basis },
                   { QStringLiteral("source"), f.sourceId } };
    insertIfSet(o, "note", f.note);
    return o;
}

template <typename T>
QJsonArray arrayOf(const QList<T> &records)
{
    QJsonArray out;
    for (const T &r : records)
        out.append(toJson(r));
    return out;
}

} // namespace

bool DatasetJson::write(const Dataset &d, QIODevice *out)
{
    QJsonObject info;
    insertIfSet(info, "id", d.info.id);
    insertIfSet(info, "version", d.info.version);
    insertIfSet(info, "title", d.info.title);
    insertIfSet(info, "description", d.info.description);
    if (!d.info.knownGaps.isEmpty())
        info.insert(QStringLiteral("knownGaps"), arrayOf(d.info.knownGaps));
    QJsonObject root{ { QStringLiteral("format"), QStringLiteral("telco-atlas-dataset") },
                      { QStringLiteral("formatVersion"), formatVersion },
                      { QStringLiteral("dataset"), info } };
    if (!d.types.isEmpty())
        root.insert(QStringLiteral("types"), typesObject(d.types));
    // The record lists are written record by record where Qt's writer leaves them empty, laid
    // out as it lays them out (four spaces a level): the whole document of a million events
    // took 4 GB to write, a record at a time it takes no more than the record.
    using Writer = std::function<void(qsizetype, QByteArray *)>;
    const auto records = [](const auto &list) {
        return std::pair<qsizetype, Writer>{
            list.size(),
            [&list](qsizetype i, QByteArray *json) {
                *json = QJsonDocument(toJson(list.at(i))).toJson(QJsonDocument::Indented);
            }
        };
    };
    const std::pair<QString, std::pair<qsizetype, Writer>> lists[] = {
        { QStringLiteral("sources"), records(d.sources) },
        { QStringLiteral("entities"), records(d.entities) },
        { QStringLiteral("events"), records(d.events) },
        { QStringLiteral("relationships"), records(d.relationships) },
        { QStringLiteral("financials"), records(d.financials) },
    };
    for (const auto &[key, list] : lists)
        root.insert(key, QJsonArray());
    const QByteArray frame = QJsonDocument(root).toJson(QJsonDocument::Indented);
    // Each empty list in the frame, in the order Qt writes the keys (sorted), then filled.
    std::vector<std::pair<qsizetype, const std::pair<qsizetype, Writer> *>> at;
    for (const auto &[key, list] : lists) {
        const QByteArray empty = "    \"" + key.toUtf8() + "\": [\n    ]";
        const qsizetype i = frame.indexOf(empty);
        if (i < 0)
            return false;
        at.push_back({ i + empty.size() - 6, &list }); // before "\n    ]"
    }
    std::sort(at.begin(), at.end());
    qsizetype written = 0;
    QByteArray record;
    QByteArray indented;
    for (const auto &[offset, list] : at) {
        if (out->write(frame.constData() + written, offset - written) < 0)
            return false;
        written = offset;
        for (qsizetype i = 0; i < list->first; ++i) {
            list->second(i, &record);
            // Two levels further in: eight spaces after each line break but the document's
            // last (strings hold no raw line break: they are escaped).
            indented.truncate(0); // its room kept from record to record
            indented.append(i == 0 ? "\n        " : ",\n        ");
            const char *p = record.constData();
            const char *end = p + record.size() - 1;
            while (const char *eol = static_cast<const char *>(std::memchr(p, '\n', end - p))) {
                indented.append(p, eol + 1 - p).append("        ");
                p = eol + 1;
            }
            indented.append(p, end - p);
            if (out->write(indented) < 0)
                return false;
        }
    }
    return out->write(frame.constData() + written, frame.size() - written) >= 0;
}

QByteArray DatasetJson::serialize(const Dataset &d)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    write(d, &buffer);
    return buffer.data();
}

bool DatasetJson::writeFile(const Dataset &data, const QString &path, QString *error)
{
    // Straight into the file, which replaces the old one only once all is written.
    return DataFile::write(
            path, [&data](QIODevice *out) { return write(data, out); }, error);
}

} // namespace atlas
