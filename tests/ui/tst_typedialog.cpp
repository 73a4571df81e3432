// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/entitydialog.h"
#include "ui/relationshipdialog.h"
#include "ui/typedialog.h"

#include <QComboBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace atlas;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

CustomTypes songTypes()
{
    CustomTypes types;
    types.addKind(s("song"), { s("Song"), {} });
    types.addRelationshipType(s("sungBy"));
    return types;
}

} // namespace

class TestTypeDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The dialog renames (both languages), recolours, reshapes and turns; keys stay, and a colour
    // that is no #rrggbb keeps the old one.
    void editsLabelsStylesAndDirection()
    {
        const CustomTypes before = songTypes();
        TypeDialog dialog(before);
        QTableWidget *table = dialog.table();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, TypeDialog::Key)->text(), s("song"));
        QVERIFY(!(table->item(0, TypeDialog::Key)->flags() & Qt::ItemIsEditable));
        table->item(0, TypeDialog::Korean)->setText(s("노래"));
        table->item(0, TypeDialog::Colour)->setText(s("#ABCDEF"));
        qobject_cast<QComboBox *>(table->cellWidget(0, TypeDialog::Look))
                ->setCurrentText(s("hexagon"));
        table->item(1, TypeDialog::English)->setText(s("sung by"));
        table->item(1, TypeDialog::Colour)->setText(s("blue"));
        table->item(1, TypeDialog::Directed)->setCheckState(Qt::Unchecked);
        const CustomTypes after = dialog.types();
        QCOMPARE(after.kinds.first().key, s("song"));
        QCOMPARE(after.kinds.first().label.en, s("Song"));
        QCOMPARE(after.kinds.first().label.ko, s("노래"));
        QCOMPARE(after.kinds.first().color, s("#abcdef"));
        QCOMPARE(after.kinds.first().shape, s("hexagon"));
        QCOMPARE(after.relationshipTypes.first().label.en, s("sung by"));
        QCOMPARE(after.relationshipTypes.first().color, before.relationshipTypes.first().color);
        QVERIFY(!after.relationshipTypes.first().directed);
    }

    // New Kind… and New Relationship Type… define a type with the palette's next style, its
    // Korean label the English one when left empty; a taken or built-in key is refused.
    void createsTypes()
    {
        TypeDialog dialog(songTypes());
        QString error;
        QVERIFY(dialog.addType(s("artist"), true, &error));
        QVERIFY(dialog.addType(s("writtenBy"), false, &error));
        QVERIFY(!dialog.addType(s("song"), true, &error));
        QVERIFY2(error.contains(s("song")), qPrintable(error));
        QVERIFY(!dialog.addType(s("company"), true, &error)); // built in
        QTableWidget *table = dialog.table();
        // The kind among the kinds, the type at the end.
        QCOMPARE(table->item(1, TypeDialog::Key)->text(), s("artist"));
        QCOMPARE(table->item(3, TypeDialog::Key)->text(), s("writtenBy"));
        table->item(1, TypeDialog::English)->setText(s("Artist"));
        table->item(3, TypeDialog::Korean)->setText(s("작사"));
        const CustomTypes after = dialog.types();
        QCOMPARE(after.kinds.size(), 2);
        QCOMPARE(after.relationshipTypes.size(), 2);
        const CustomType *artist = after.kind(s("artist"));
        QVERIFY(artist);
        QCOMPARE(artist->label.ko, s("Artist"));
        QCOMPARE(artist->text(Language::Korean), s("Artist"));
        QVERIFY(artist->color != after.kind(s("song"))->color);
        QCOMPARE(after.relationshipType(s("writtenBy"))->label.ko, s("작사"));
    }

    // Delete removes a kind or type no record uses and refuses a used one, saying how many
    // records use it; the colour picker's choice lands in the row.
    void deletesUnusedTypesAndPicksColours()
    {
        Dataset data;
        data.types = songTypes();
        data.types.addKind(s("artist"));
        Entity song;
        song.id = s("dark-star");
        song.name.en = s("Dark Star");
        setKindKey(&song, s("song"));
        Entity other = song;
        other.id = s("st-stephen");
        data.entities = { song, other };
        TypeDialog dialog(data.types);
        dialog.setUsage(data);
        QString error;
        QVERIFY(!dialog.removeRow(0, &error));
        QVERIFY2(error.contains(s("song")) && error.contains(s("2")), qPrintable(error));
        QVERIFY(dialog.removeRow(1, &error)); // artist: nobody
        dialog.setRowColour(0, QColor(0x11, 0x22, 0x33));
        const CustomTypes after = dialog.types();
        QCOMPARE(after.kinds.size(), 1);
        QCOMPARE(after.kinds.first().key, s("song"));
        QCOMPARE(after.kinds.first().color, s("#112233"));
        QCOMPARE(after.relationshipTypes.size(), 1);
        for (const char *name : { "newKind", "newType", "colour", "remove" })
            QVERIFY(dialog.findChild<QPushButton *>(QLatin1String(name)));
        if (const QByteArray shot = qgetenv("ATLAS_SHOT_DIR"); !shot.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.grab().save(QString::fromLocal8Bit(shot) + QStringLiteral("/types.png"));
        }
    }

    // The record dialogs offer the data's own kinds and types and keep them on save.
    void recordDialogsKeepCustomKinds()
    {
        Dataset data;
        data.types = songTypes();
        Entity song;
        song.id = s("dark-star");
        song.name.en = s("Dark Star");
        setKindKey(&song, s("song"));
        Entity artist = song;
        artist.id = s("garcia");
        artist.name.en = s("Jerry Garcia");
        setKindKey(&artist, s("person"));
        data.entities = { song, artist };
        EntityDialog entityDialog(data, Language::English, song);
        QCOMPARE(entityDialog.entity().kind, EntityKind::Custom);
        QCOMPARE(entityDialog.entity().customKind, s("song"));
        Relationship r;
        r.id = s("r1");
        r.fromId = song.id;
        r.toId = artist.id;
        setTypeKey(&r, s("sungBy"));
        RelationshipDialog relationshipDialog(data, Language::English, r);
        QCOMPARE(relationshipDialog.relationship().type, RelationshipType::Custom);
        QCOMPARE(relationshipDialog.relationship().customType, s("sungBy"));
    }
};

QTEST_MAIN(TestTypeDialog)
#include "tst_typedialog.moc"
