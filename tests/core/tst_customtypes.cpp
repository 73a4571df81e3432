// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customtypes.h"
#include "core/dataedit.h"
#include "core/validator.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace atlas;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Two songs by an artist: kinds and types of their own, as an imported music graph has.
Dataset songs()
{
    Dataset d;
    d.sources.append({ s("src"), s("Publisher"), {}, {}, {}, {} });
    d.types.addKind(s("song"), { s("Song"), s("노래") });
    d.types.addKind(s("artist"));
    d.types.addRelationshipType(s("sungBy"), { s("sung by"), {} });
    d.types.addRelationshipType(s("followedBy"), {}, false);
    for (const char *id : { "dark-star", "garcia" }) {
        Entity e;
        e.id = s(id);
        e.name.en = s(id);
        setKindKey(&e, s(id) == s("garcia") ? s("artist") : s("song"));
        d.entities.append(e);
    }
    Relationship r;
    r.id = s("r1");
    r.fromId = s("dark-star");
    r.toId = s("garcia");
    r.sourceIds = { s("src") };
    setTypeKey(&r, s("sungBy"));
    d.relationships.append(r);
    return d;
}

bool mentions(const QList<ValidationIssue> &issues, const QString &text)
{
    for (const ValidationIssue &i : issues) {
        if (i.toString().contains(text))
            return true;
    }
    return false;
}

} // namespace

class TestCustomTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysSelectBuiltInOrCustom()
    {
        Entity e;
        setKindKey(&e, s("person"));
        QCOMPARE(e.kind, EntityKind::Person);
        QVERIFY(e.customKind.isEmpty());
        setKindKey(&e, s("song"));
        QCOMPARE(e.kind, EntityKind::Custom);
        QCOMPARE(e.customKind, s("song"));
        QCOMPARE(kindKey(e), s("song"));
        setKindKey(&e, s("company"));
        QCOMPARE(e.kind, EntityKind::Company);
        QVERIFY(e.customKind.isEmpty()); // no stale key left behind

        Relationship r;
        setTypeKey(&r, s("followedBy"));
        QCOMPARE(r.type, RelationshipType::Custom);
        QCOMPARE(typeKey(r), s("followedBy"));
        // Custom is not one of the built-in values menus and filters list.
        QVERIFY(!allValues<EntityKind>().contains(EntityKind::Custom));
        QVERIFY(!allValues<RelationshipType>().contains(RelationshipType::Custom));
    }

    void labelsAndDirection()
    {
        const Dataset d = songs();
        QCOMPARE(kindLabel(d.entities.at(0), d.types), s("Song"));
        QCOMPARE(d.types.kind(s("song"))->text(Language::Korean), s("노래"));
        QCOMPARE(kindLabel(d.entities.at(1), d.types), s("artist")); // no label: the key
        QCOMPARE(typeLabel(d.relationships.at(0), d.types), s("sung by"));
        QVERIFY(isDirected(d.relationships.at(0), d.types));
        Relationship follows = d.relationships.at(0);
        setTypeKey(&follows, s("followedBy"));
        QVERIFY(!isDirected(follows, d.types));
        Entity kt;
        kt.kind = EntityKind::Company;
        QCOMPARE(kindLabel(kt, d.types), labelOf(EntityKind::Company));
    }

    void paletteGivesDistinctStyles()
    {
        CustomTypes types;
        QSet<QString> looks;
        for (int i = 0; i < 20; ++i) {
            const CustomType &t = types.addKind(QStringLiteral("kind%1").arg(i));
            QVERIFY(CustomTypes::shapes().contains(t.shape));
            QVERIFY(QRegularExpression(s("^#[0-9a-f]{6}$")).match(t.color).hasMatch());
            looks.insert(t.color + t.shape);
        }
        QCOMPARE(looks.size(), 20);
        // Defining a key again keeps the first definition.
        const QString colour = types.kind(s("kind0"))->color;
        types.addKind(s("kind0"), { s("Other"), {} });
        QCOMPARE(types.kinds.size(), 20);
        QCOMPARE(types.kind(s("kind0"))->color, colour);
        QVERIFY(types.kind(s("kind0"))->label.isEmpty());
        // Copies: a reference into the list does not outlive the next addition.
        const CustomType a = types.addRelationshipType(s("a"));
        const CustomType b = types.addRelationshipType(s("b"));
        QVERIFY(a.color != b.color);
        QVERIFY(a.shape != b.shape);
    }

    void validatorChecksKeys()
    {
        const auto issues = Validator::validate(songs());
        QVERIFY2(issues.isEmpty(),
                 qPrintable(issues.isEmpty() ? QString() : issues.first().toString()));
        Dataset d = songs();
        d.entities[0].customKind = s("album"); // not defined
        QVERIFY(mentions(Validator::validate(d), s("unknown kind 'album'")));
        d = songs();
        d.relationships[0].customType = s("coveredBy");
        QVERIFY(mentions(Validator::validate(d), s("unknown relationship type 'coveredBy'")));
        d = songs();
        d.types.kinds.append(d.types.kinds.first()); // defined twice
        QVERIFY(mentions(Validator::validate(d), s("used more than once")));
        d = songs();
        d.types.kinds[0].key = s("company"); // a built-in key
        QVERIFY(mentions(Validator::validate(d), s("built-in key")));
        d = songs();
        d.types.kinds[0].color = s("red");
        QVERIFY(mentions(Validator::validate(d), s("#rrggbb")));
        d = songs();
        d.types.relationshipTypes[0].shape = s("wavy");
        QVERIFY(mentions(Validator::validate(d), s("solid, dashed")));
    }

    void typeEditIsUndoneExactly()
    {
        Dataset d = songs();
        const Dataset before = d;
        CustomTypes renamed = d.types;
        renamed.kinds[0].label = { s("Track"), s("곡") };
        renamed.kinds[0].color = s("#000000");
        renamed.relationshipTypes[0].directed = false;
        const DataEdit edit = DataEdit::setTypes(d, renamed);
        QVERIFY(!edit.isEmpty());
        QVERIFY(DataEdit::setTypes(d, d.types).isEmpty());
        QString error;
        QVERIFY2(edit.applyTo(&d, &error), qPrintable(error));
        QCOMPARE(kindLabel(d.entities.at(0), d.types), s("Track"));
        QVERIFY(!isDirected(d.relationships.at(0), d.types));
        QCOMPARE(edit.upserts().types, renamed); // what storage writes
        QVERIFY(Validator::validateEdit(d, edit).isEmpty());
        QVERIFY(edit.reversed().applyTo(&d, &error));
        QCOMPARE(d, before);

        // Removing a kind still in use is refused by name.
        CustomTypes fewer = d.types;
        fewer.kinds.removeFirst();
        const DataEdit removal = DataEdit::setTypes(d, fewer);
        QVERIFY(removal.applyTo(&d, &error));
        QVERIFY(mentions(Validator::validateEdit(d, removal), s("unknown kind 'song'")));
    }
};

QTEST_GUILESS_MAIN(TestCustomTypes)
#include "tst_customtypes.moc"
