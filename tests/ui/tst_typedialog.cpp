// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/entitydialog.h"
#include "ui/relationshipdialog.h"
#include "ui/typedialog.h"

#include <QComboBox>
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
