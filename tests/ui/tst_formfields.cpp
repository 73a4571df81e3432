// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The input widgets the record dialogs, the import preview and the main window's tables share.
#include "ui/formfields.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace atlas;

class TestFormFields : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Fields are found by their object names (tests, the dialogs' documentation).
    void fieldsAreNamed()
    {
        QWidget parent;
        QLineEdit *e = FormFields::lineEdit(&parent, "sourceUrl", QStringLiteral("https://…"));
        QCOMPARE(e->parent(), &parent);
        QCOMPARE(parent.findChild<QLineEdit *>(QStringLiteral("sourceUrl")), e);
        QCOMPARE(e->placeholderText(), QStringLiteral("https://…"));
        QVERIFY(FormFields::comboBox(&parent, "kind")->objectName() == QLatin1String("kind"));
        QPlainTextEdit *t = FormFields::textBox(&parent, "summaryEn", 3, 8);
        QCOMPARE(t->objectName(), QStringLiteral("summaryEn"));
        // Tab moves on to the next field instead of typing a tab.
        QVERIFY(t->tabChangesFocus());
        QCOMPARE(t->height(), t->fontMetrics().lineSpacing() * 3 + 8);
    }

    // A table of records: sorted by the given column, whole rows selected, no row numbers, the
    // stretched column takes the room left and the fitted ones are as wide as their content.
    void recordTableIsSetUp()
    {
        QStandardItemModel model(3, 4);
        const QStringList names{ "b", "c", "a" };
        for (int row = 0; row < 3; ++row)
            model.setItem(row, 1, new QStandardItem(names.at(row)));
        QWidget parent;
        QTableView *view = FormFields::recordTable(&parent, "entitiesView", &model, 1, 2, { 0, 3 });
        QCOMPARE(view->objectName(), QStringLiteral("entitiesView"));
        QCOMPARE(view->model(), &model);
        QVERIFY(view->isSortingEnabled());
        QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), 1);
        QCOMPARE(model.item(0, 1)->text(), QStringLiteral("a"));
        QCOMPARE(view->selectionBehavior(), QAbstractItemView::SelectRows);
        QVERIFY(view->verticalHeader()->isHidden());
        QCOMPARE(view->horizontalHeader()->sectionResizeMode(2), QHeaderView::Stretch);
        QCOMPARE(view->horizontalHeader()->sectionResizeMode(0), QHeaderView::ResizeToContents);
        QCOMPARE(view->horizontalHeader()->sectionResizeMode(3), QHeaderView::ResizeToContents);
        QCOMPARE(view->horizontalHeader()->sectionResizeMode(1), QHeaderView::Interactive);
    }

    // Error text is dark red on a light window and light red on a dark one: legible on both.
    void errorsAreLegible()
    {
        QLabel light;
        QPalette p = light.palette();
        p.setColor(QPalette::Window, Qt::white);
        light.setPalette(p);
        FormFields::showAsError(&light);
        QCOMPARE(light.palette().color(QPalette::WindowText), QColor(0xb7, 0x1c, 0x1c));

        QLabel dark;
        p.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setPalette(p);
        FormFields::showAsError(&dark);
        QCOMPARE(dark.palette().color(QPalette::WindowText), QColor(0xff, 0x8a, 0x80));
    }
};

QTEST_MAIN(TestFormFields)
#include "tst_formfields.moc"
