// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/attributefilter.h"
#include "core/attributes.h"
#include "core/records.h"
#include "core/validator.h"

#include <QTest>

using namespace atlas;

class TstAttributes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyCostsOnePointer();
    void canonicalText_data();
    void canonicalText();
    void setReplacesInOrder();
    void copiesAreIndependent();
    void validation_data();
    void validation();
    void conditions_data();
    void conditions();
    void conditionsLeaveTheWords();
};

void TstAttributes::emptyCostsOnePointer()
{
    QCOMPARE(sizeof(Attributes), sizeof(void *));
    const Attributes none;
    QVERIFY(none.isEmpty());
    QCOMPARE(none.size(), 0);
    QVERIFY(none.begin() == none.end());
    QVERIFY(!none.find(QStringLiteral("kind")));
    Entity e;
    QVERIFY(e.attributes == Attributes());
}

void TstAttributes::canonicalText_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical"); // empty: not of the type

    QTest::newRow("integer") << "number"
                             << "118"
                             << "118";
    QTest::newRow("fraction") << "number"
                              << " 0.25 "
                              << "0.25";
    QTest::newRow("negative") << "number"
                              << "-3.5e3"
                              << "-3500";
    QTest::newRow("not a number") << "number"
                                  << "many"
                                  << "";
    QTest::newRow("infinite") << "number"
                              << "inf"
                              << "";
    QTest::newRow("date") << "date"
                          << "2024-03-01"
                          << "2024-03-01";
    QTest::newRow("bad date") << "date"
                              << "2024-13-01"
                              << "";
    QTest::newRow("true") << "bool"
                          << "TRUE"
                          << "true";
    QTest::newRow("zero") << "bool"
                          << "0"
                          << "false";
    QTest::newRow("maybe") << "bool"
                           << "maybe"
                           << "";
    QTest::newRow("text") << "text"
                          << "song"
                          << "song";
}

void TstAttributes::canonicalText()
{
    QFETCH(QString, type);
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    const auto t = attributeTypeFromKey(type);
    QVERIFY(t);
    QCOMPARE(attributeTypeKey(*t), type);
    const auto a = Attribute::fromText(QStringLiteral("x"), *t, text);
    QCOMPARE(a.has_value(), !canonical.isEmpty());
    if (!a)
        return;
    QCOMPARE(a->toText(), canonical);
    // The canonical text reads back to the same attribute.
    QCOMPARE(Attribute::fromText(QStringLiteral("x"), *t, a->toText()), a);
}

void TstAttributes::setReplacesInOrder()
{
    Attributes a;
    a.set(Attribute::text(QStringLiteral("kind"), QStringLiteral("song")));
    a.set(Attribute::number(QStringLiteral("performances"), 118));
    a.set(Attribute::text(QStringLiteral("kind"), QStringLiteral("cover")));
    QCOMPARE(a.size(), 2);
    QCOMPARE(a.at(0).textValue(), QStringLiteral("cover"));
    QCOMPARE(a.find(QStringLiteral("performances"))->numberValue(), 118.0);
    QCOMPARE(a.searchText(), QStringLiteral("cover 118"));
    QVERIFY(a.remove(QStringLiteral("kind")));
    QVERIFY(!a.remove(QStringLiteral("kind")));
    QVERIFY(a.remove(QStringLiteral("performances")));
    QVERIFY(a.isEmpty());
    QVERIFY(a == Attributes());
}

void TstAttributes::copiesAreIndependent()
{
    Entity one;
    one.attributes.append(Attribute::boolean(QStringLiteral("listed"), true));
    Entity two = one;
    QVERIFY(one == two);
    two.attributes.set(Attribute::boolean(QStringLiteral("listed"), false));
    QVERIFY(one.attributes.find(QStringLiteral("listed"))->boolValue());
    QVERIFY(!two.attributes.find(QStringLiteral("listed"))->boolValue());
    QVERIFY(!(one == two));
}

void TstAttributes::validation_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("problem"); // a part of the message; empty: valid

    QTest::newRow("fine") << QStringList{ "kind", "performances" } << QString();
    QTest::newRow("no name") << QStringList{ "kind", " " } << QStringLiteral("has no name");
    QTest::newRow("twice") << QStringList{ "kind", "kind" } << QStringLiteral("more than once");
    QTest::newRow("long name") << QStringList{ QString(600, QLatin1Char('n')) }
                               << QStringLiteral("at most 500");
}

void TstAttributes::validation()
{
    QFETCH(QStringList, names);
    QFETCH(QString, problem);
    Dataset d;
    Entity e;
    e.id = QStringLiteral("grateful-dead");
    e.name.en = QStringLiteral("Grateful Dead");
    for (const QString &n : names)
        e.attributes.append(Attribute::text(n, QStringLiteral("v")));
    d.entities.append(e);
    const QList<ValidationIssue> issues = Validator::validate(d);
    if (problem.isEmpty()) {
        QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).toString()));
        return;
    }
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, QStringLiteral("attributes"));
    QVERIFY2(issues.first().message.contains(problem), qPrintable(issues.first().message));
}

void TstAttributes::conditions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches"); // against the attributes of a song, below

    QTest::newRow("text equal") << "kind = song" << true;
    QTest::newRow("text is, any case") << "Kind is SONG" << true;
    QTest::newRow("text is not") << "kind is not song" << false;
    QTest::newRow("text other") << "kind = album" << false;
    QTest::newRow("number greater") << "performances > 100" << true;
    QTest::newRow("number not greater") << "performances > 118" << false;
    QTest::newRow("number at least") << "performances >= 118" << true;
    QTest::newRow("number less") << "performances < 100" << false;
    QTest::newRow("number equal as written") << "performances = 118.0" << true;
    QTest::newRow("number against a word") << "performances > many" << false;
    QTest::newRow("quoted name, date") << "\"first played\" < 1970-01-01" << true;
    QTest::newRow("date after") << "\"first played\" > 1970-01-01" << false;
    QTest::newRow("bool") << "listed = true" << true;
    QTest::newRow("bool yes") << "listed is yes" << true;
    QTest::newRow("bool no") << "listed = no" << false;
    QTest::newRow("missing attribute") << "tempo > 1" << false;
    QTest::newRow("missing attribute, not equal") << "tempo != 1" << true;
    QTest::newRow("two conditions") << "kind = song performances < 200" << true;
    QTest::newRow("two, one fails") << "kind = song performances < 50" << false;
}

void TstAttributes::conditions()
{
    QFETCH(QString, text);
    QFETCH(bool, matches);
    Attributes song;
    song.append(Attribute::text(QStringLiteral("kind"), QStringLiteral("song")));
    song.append(Attribute::number(QStringLiteral("performances"), 118));
    song.append(Attribute::date(QStringLiteral("first played"), QDate(1969, 2, 27)));
    song.append(Attribute::boolean(QStringLiteral("listed"), true));
    QString rest;
    const QList<AttributeCondition> conditions = AttributeCondition::extract(text, &rest);
    QVERIFY(!conditions.isEmpty());
    QVERIFY2(rest.isEmpty(), qPrintable(rest));
    QCOMPARE(AttributeCondition::matchesAll(conditions, song), matches);
}

void TstAttributes::conditionsLeaveTheWords()
{
    QString rest;
    const auto conditions =
            AttributeCondition::extract(QStringLiteral("dark star performances > 100 live"), &rest);
    QCOMPARE(conditions.size(), 1);
    QCOMPARE(conditions.first().name, QStringLiteral("performances"));
    QCOMPARE(conditions.first().op, AttributeCondition::Op::Greater);
    QCOMPARE(conditions.first().value, QStringLiteral("100"));
    QCOMPARE(rest, QStringLiteral("dark star live"));
    QVERIFY(AttributeCondition::extract(QStringLiteral("plain words only"), &rest).isEmpty());
    QCOMPARE(rest, QStringLiteral("plain words only"));
}

QTEST_GUILESS_MAIN(TstAttributes)
#include "tst_attributes.moc"
