// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphfileformat.h"

#include "datafile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QXmlStreamWriter>

#include <algorithm>
#include <iterator>

namespace atlas::GraphFiles {

namespace {

// Letters and digits only, lower-case: "AI model", "ai-model" and "AI_MODEL" are one name.
QString folded(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

// English phrasings of relationship types other tools write that differ from the keys once
// folded: the English labels kinds.cpp translates ("partners with", "is a member of"...).
struct TypePhrase
{
    const char *folded;
    RelationshipType type;
};
constexpr TypePhrase typePhrases[] = {
    { "partnerswith", RelationshipType::Partner },
    { "partners", RelationshipType::Partner },
    { "partnership", RelationshipType::Partner },
    { "isashareholderof", RelationshipType::ShareholderOf },
    { "shareholder", RelationshipType::ShareholderOf },
    { "isamemberof", RelationshipType::MemberOf },
    { "isbuilton", RelationshipType::BuiltOn },
};

template <typename E>
std::optional<E> matchValue(const QString &text)
{
    const QString f = folded(text);
    if (f.isEmpty())
        return std::nullopt;
    for (const E v : allValues<E>()) {
        if (folded(keyOf(v)) == f || folded(labelOf(v)) == f)
            return v;
    }
    if constexpr (std::is_same_v<E, RelationshipType>) {
        for (const auto &p : typePhrases) {
            if (f == QLatin1String(p.folded))
                return p.type;
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<EntityKind> matchKind(const QString &text)
{
    return matchValue<EntityKind>(text);
}

std::optional<RelationshipType> matchType(const QString &text)
{
    return matchValue<RelationshipType>(text);
}

std::optional<ImportedData> parse(ReadFunction read, const QByteArray &xml, const QString &fileName,
                                  const Dataset &current, QString *error,
                                  const ProgressCallback &progress)
{
    QBuffer buffer;
    buffer.setData(xml);
    buffer.open(QIODevice::ReadOnly);
    return read(&buffer, fileName, current, error, progress, nullptr);
}

std::optional<ImportedData> readFile(ReadFunction read, const QString &path, const Dataset &current,
                                     QString *error, const ProgressCallback &progress,
                                     const ImportMapping *mapping)
{
    QFile f(path);
    if (!DataFile::open(f, error))
        return std::nullopt;
    return read(&f, path, current, error, progress, mapping);
}

QByteArray writeDocument(const QString &ns, const QString &root,
                         const QList<std::pair<QString, QString>> &attributes,
                         const QString &schemaLocation,
                         const std::function<void(QXmlStreamWriter &)> &body)
{
    static const auto xsiNamespace = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter w(&buffer);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartDocument();
    w.writeDefaultNamespace(ns);
    w.writeNamespace(xsiNamespace, QStringLiteral("xsi"));
    w.writeStartElement(ns, root);
    for (const auto &[name, value] : attributes)
        w.writeAttribute(name, value);
    w.writeAttribute(xsiNamespace, QStringLiteral("schemaLocation"), schemaLocation);
    body(w);
    w.writeEndElement(); // root
    w.writeEndDocument();
    return out;
}

bool anyDirected(const Dataset &data)
{
    return std::any_of(data.relationships.cbegin(), data.relationships.cend(),
                       [&](const Relationship &r) { return isDirected(r, data.types); });
}

void AttributeKeys::add(const Attributes &attributes, const QStringList &skip)
{
    for (const Attribute &a : attributes) {
        if (skip.contains(a.name))
            continue;
        const qsizetype i = m_index.value(a.name, -1);
        if (i < 0) {
            m_index.insert(a.name, m_keys.size());
            m_keys.append({ a.name, a.type, a.type != AttributeType::Number || a.isIntegral() });
            continue;
        }
        AttributeKey &k = m_keys[i];
        if (k.type != a.type)
            k.type = AttributeType::Text;
        else if (a.type == AttributeType::Number && !a.isIntegral())
            k.integral = false;
    }
}

bool isMemberName(const QString &name, bool node)
{
    static constexpr const char *nodeNames[] = { "name",           "label",         "kind",
                                                 "type",           "labelv",        "name_en",
                                                 "name_ko",        "ticker",        "description",
                                                 "description_en", "description_ko" };
    static constexpr const char *edgeNames[] = {
        "type",           "kind",       "labele",      "validfrom",
        "valid_from",     "validuntil", "valid_until", "atlas_date_start",
        "atlas_date_end", "event",      "sources"
    };
    const QString key = name.trimmed().toLower();
    auto is = [&](const char *member) { return key == QLatin1String(member); };
    return node ? std::any_of(std::begin(nodeNames), std::end(nodeNames), is)
                : std::any_of(std::begin(edgeNames), std::end(edgeNames), is);
}

QString writtenAttributeName(const QString &name, bool node)
{
    return isMemberName(name, node) ? name + QStringLiteral(" (attribute)") : name;
}

Attribute typedAttribute(const QString &name, const QString &text, const QString &declaredType)
{
    const QString t = declaredType.trimmed().toLower();
    AttributeType type = AttributeType::Text;
    if (t == QLatin1String("boolean") || t == QLatin1String("bool"))
        type = AttributeType::Bool;
    else if (t == QLatin1String("int") || t == QLatin1String("long")
             || t == QLatin1String("integer") || t == QLatin1String("float")
             || t == QLatin1String("double") || t == QLatin1String("number"))
        type = AttributeType::Number;
    else if (t == QLatin1String("date"))
        type = AttributeType::Date;
    if (const auto a = Attribute::fromText(name, type, text))
        return *a;
    return Attribute::text(name, text);
}

bool isEntityDescription(const QString &name)
{
    static const QStringList names{
        QStringLiteral("name_en"),        QStringLiteral("name_ko"),
        QStringLiteral("ticker"),         QStringLiteral("description"),
        QStringLiteral("description_en"), QStringLiteral("description_ko")
    };
    return names.contains(name.toLower());
}

} // namespace atlas::GraphFiles
