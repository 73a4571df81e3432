// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport/firsteditiondataset.h"
#include "ui/editactions.h"
#include "ui/entitydialog.h"
#include "ui/relationshipdialog.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <functional>

using namespace atlas;

namespace {

// Works on the dialog an action opens once it is shown (exec() blocks the test until then).
template <typename Dialog>
void whenShown(std::function<void(Dialog *)> work)
{
    QTimer::singleShot(0, qApp, [work] {
        QTRY_VERIFY(qobject_cast<Dialog *>(QApplication::activeModalWidget()));
        work(qobject_cast<Dialog *>(QApplication::activeModalWidget()));
    });
}

} // namespace

class TestEditActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void followTheSelection()
    {
        Document doc;
        doc.setData(TestData::firstEdition());
        QWidget window;
        EditActions actions(&doc, &window);
        QCOMPARE(actions.actions().size(), 6);
        QVERIFY(!actions.editSelectedAction()->isEnabled());
        QVERIFY(!actions.deleteSelectedAction()->isEnabled());
        doc.selectRelationship(doc.data().relationships.first().id);
        QVERIFY(actions.editSelectedAction()->isEnabled());
        QVERIFY(actions.deleteSelectedAction()->text().contains(QLatin1String("Relationship")));
        doc.clearSelection();
        QVERIFY(!actions.deleteSelectedAction()->isEnabled());
        QCOMPARE(actions.addEventAction()->shortcut(), QKeySequence(QKeySequence::New));
        QCOMPARE(actions.deleteSelectedAction()->shortcut(), QKeySequence(QKeySequence::Delete));
    }

    void deleteSelectedIsOneUndoableStep()
    {
        Document doc;
        doc.setData(TestData::firstEdition());
        const Dataset original = doc.data();
        QWidget window;
        EditActions actions(&doc, &window);
        doc.selectEntity(QStringLiteral("kt"));
        // KT takes part in events: the confirmation says so; Cancel keeps it.
        int ktEvents = 0;
        for (const Event &e : doc.data().events)
            ktEvents += std::any_of(
                    e.participants.cbegin(), e.participants.cend(),
                    [](const Participant &p) { return p.entityId == QStringLiteral("kt"); });
        QVERIFY(ktEvents > 1);
        QString asked;
        whenShown<QMessageBox>([&asked](QMessageBox *box) {
            asked = box->informativeText();
            box->button(QMessageBox::Cancel)->click();
        });
        actions.deleteSelectedAction()->trigger();
        QVERIFY2(asked.contains(QStringLiteral("takes part in %1 event").arg(ktEvents)),
                 qPrintable(asked));
        QVERIFY(doc.data().entity(QStringLiteral("kt")));
        QCOMPARE(doc.undoStack()->count(), 0);
        whenShown<QMessageBox>([](QMessageBox *box) {
            for (QAbstractButton *b : box->buttons()) {
                if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                    b->click();
            }
        });
        actions.deleteSelectedAction()->trigger();
        QVERIFY(!doc.data().entity(QStringLiteral("kt")));
        QCOMPARE(doc.undoStack()->count(), 1);
        // The entity is gone, so there is nothing left to edit or delete.
        QVERIFY(!actions.deleteSelectedAction()->isEnabled());
        doc.undoStack()->undo();
        QVERIFY(doc.data() == original);
        QCOMPARE(doc.selection().id, QStringLiteral("kt"));
    }

    void addEntityThroughTheDialog()
    {
        Document doc;
        doc.setData(TestData::firstEdition());
        QWidget window;
        EditActions actions(&doc, &window);
        whenShown<EntityDialog>([](EntityDialog *dialog) {
            dialog->findChild<QLineEdit *>(QStringLiteral("nameEn"))
                    ->setText(QStringLiteral("Upstage"));
            QVERIFY(dialog->okButton()->isEnabled());
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        });
        actions.addEntityAction()->trigger();
        QVERIFY(doc.data().entity(QStringLiteral("upstage")));
        QCOMPARE(doc.selection().id, QStringLiteral("upstage"));
        QCOMPARE(doc.undoStack()->count(), 1);
    }

    void cancelChangesNothing()
    {
        Document doc;
        doc.setData(TestData::firstEdition());
        const Dataset original = doc.data();
        QWidget window;
        EditActions actions(&doc, &window);
        doc.selectEntity(QStringLiteral("kt"));
        whenShown<RelationshipDialog>([](RelationshipDialog *dialog) {
            // Starts from the selected entity.
            QCOMPARE(dialog->relationship().fromId, QStringLiteral("kt"));
            dialog->reject();
        });
        actions.addRelationshipAction()->trigger();
        QVERIFY(doc.data() == original);
        QCOMPARE(doc.undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestEditActions)
#include "tst_editactions.moc"
