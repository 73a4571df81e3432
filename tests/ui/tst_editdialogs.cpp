// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/graphmldataset.h"
#include "testsupport/firsteditiondataset.h"
#include "ui/entitydialog.h"
#include "ui/eventdialog.h"
#include "ui/importdialog.h"
#include "ui/relationshipdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace atlas;

namespace {

template <typename T>
T *field(QWidget *dialog, const char *name)
{
    auto *w = dialog->findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no field %s", name);
    return w;
}

// Types as a user does, so the dialog sees every keystroke. Korean arrives the way an input
// method commits it: QTest can only click keys for Latin-1 text.
void type(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    bool latin1 = true;
    for (const QChar c : text)
        latin1 = latin1 && c.unicode() < 0x80;
    if (latin1) {
        QTest::keyClicks(edit, text);
        return;
    }
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QCoreApplication::sendEvent(edit, &commit);
}

} // namespace

class TestEditDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void entityDialogChecksAsYouType()
    {
        const Dataset data = TestData::firstEdition();
        EntityDialog dialog(data, Language::English);
        QVERIFY(!dialog.okButton()->isEnabled());
        auto *name = field<QLineEdit>(&dialog, "nameEn");
        auto *id = field<QLineEdit>(&dialog, "id");
        QVERIFY(!name->toolTip().isEmpty()); // says a name is needed

        type(name, QStringLiteral("Upstage AI"));
        QCOMPARE(id->text(), QStringLiteral("upstage-ai"));
        QVERIFY(dialog.okButton()->isEnabled());
        QVERIFY(name->toolTip().isEmpty());

        type(id, QStringLiteral("Upstage"));
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY2(id->toolTip().contains(QLatin1String("Upstage")), qPrintable(id->toolTip()));
        QCOMPARE(field<QLabel>(&dialog, "problem")->text(), id->toolTip());
        type(id, QStringLiteral("kt"));
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY2(id->toolTip().contains(QLatin1String("KT")), qPrintable(id->toolTip()));
        // Once typed, the id no longer follows the name.
        type(id, QStringLiteral("upstage"));
        type(name, QStringLiteral("Upstage"));
        QCOMPARE(id->text(), QStringLiteral("upstage"));
        QVERIFY(dialog.okButton()->isEnabled());

        auto *kind = field<QComboBox>(&dialog, "kind");
        kind->setCurrentIndex(kind->findData(int(EntityKind::AiModel)));
        type(field<QLineEdit>(&dialog, "nameKo"), QStringLiteral("업스테이지"));
        const Entity e = dialog.entity();
        QCOMPARE(e.id, QStringLiteral("upstage"));
        QCOMPARE(e.kind, EntityKind::AiModel);
        QCOMPARE(e.name.ko, QStringLiteral("업스테이지"));
    }

    void editingKeepsTheId()
    {
        const Dataset data = TestData::firstEdition();
        EntityDialog dialog(data, Language::Korean, *data.entity(QStringLiteral("kt")));
        QVERIFY(dialog.okButton()->isEnabled());
        QVERIFY(field<QLineEdit>(&dialog, "id")->isReadOnly());
        type(field<QLineEdit>(&dialog, "nameEn"), QString());
        QVERIFY(dialog.okButton()->isEnabled()); // the Korean name is enough
        type(field<QLineEdit>(&dialog, "nameKo"), QString());
        QVERIFY(!dialog.okButton()->isEnabled());
        QCOMPARE(dialog.entity().id, QStringLiteral("kt"));
    }

    void eventDialogChecksAsYouType()
    {
        const Dataset data = TestData::firstEdition();
        EventDialog dialog(data, Language::English);
        QVERIFY(!dialog.okButton()->isEnabled());
        auto *date = field<QLineEdit>(&dialog, "date");
        type(date, QStringLiteral("2024-13"));
        QVERIFY(date->toolTip().contains(QLatin1String("2024-13")));
        type(date, QStringLiteral("2024-06"));
        QVERIFY(date->toolTip().isEmpty());
        QCOMPARE(field<QLabel>(&dialog, "datePreview")->text(), QStringLiteral("June 2024"));
        type(field<QLineEdit>(&dialog, "titleEn"), QStringLiteral("KT and Upstage sign an MOU"));
        QCOMPARE(field<QLineEdit>(&dialog, "id")->text(),
                 QStringLiteral("ev-2024-06-kt-and-upstage-sign-an-mou"));

        auto *participants = field<QTableWidget>(&dialog, "participants");
        QVERIFY(!participants->toolTip().isEmpty());
        dialog.addParticipant(QStringLiteral("kt"), Role::Partner);
        dialog.addParticipant(QStringLiteral("kt"), Role::Partner);
        QVERIFY(!dialog.okButton()->isEnabled()); // the same entity twice
        auto *second = qobject_cast<QComboBox *>(participants->cellWidget(1, 0));
        second->setCurrentIndex(second->findData(QStringLiteral("microsoft")));

        // Sources: an existing one cited.
        QVERIFY(!dialog.okButton()->isEnabled());
        QTest::mouseClick(field<QPushButton>(&dialog, "citeSource"), Qt::LeftButton);
        QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(dialog.problems().value(0).message));

        // An exact amount needs a figure and a currency.
        auto *precision = field<QComboBox>(&dialog, "amountPrecision");
        precision->setCurrentIndex(precision->findData(int(AmountPrecision::Exact)));
        QVERIFY(!dialog.okButton()->isEnabled());
        type(field<QLineEdit>(&dialog, "amountValue"), QStringLiteral("1.3e9"));
        type(field<QLineEdit>(&dialog, "currency"), QStringLiteral("krw"));
        QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(dialog.problems().value(0).message));

        // A new source typed but not added is pointed out.
        type(field<QLineEdit>(&dialog, "sourceUrl"), QStringLiteral("https://example.org/mou"));
        QVERIFY(!dialog.okButton()->isEnabled());
        QTest::mouseClick(field<QPushButton>(&dialog, "addSource"), Qt::LeftButton);
        QVERIFY(dialog.okButton()->isEnabled());

        const Event e = dialog.event();
        QCOMPARE(e.date, PartialDate::month(2024, 6));
        QCOMPARE(e.participants.size(), 2);
        QCOMPARE(e.participants.at(1).entityId, QStringLiteral("microsoft"));
        QCOMPARE(e.amount->precision, AmountPrecision::Exact);
        QCOMPARE(*e.amount->value, 1.3e9);
        QCOMPARE(e.amount->currency, QStringLiteral("KRW"));
        QCOMPARE(e.sourceIds.size(), 2);
        QCOMPARE(dialog.newSources().size(), 1);
        QCOMPARE(dialog.newSources().first().publisher, QStringLiteral("example.org"));
        QCOMPARE(e.sourceIds.last(), dialog.newSources().first().id);
    }

    void editingAnEventKeepsWhatItHas()
    {
        const Dataset data = TestData::firstEdition();
        for (const Event &original : data.events) {
            EventDialog dialog(data, Language::Korean, original);
            QVERIFY2(dialog.okButton()->isEnabled(),
                     qPrintable(original.id + QLatin1Char(' ')
                                + dialog.problems().value(0).message));
            QCOMPARE(dialog.event(), original);
        }
    }

    // The dialogs show a record's attributes in a table and give them back as they were;
    // the user adds, changes and removes rows, and a value not of its type disables OK.
    void dialogsEditAttributes()
    {
        Dataset data = TestData::firstEdition();
        Attributes &kt = data.entities[data.entityIndex(QStringLiteral("kt"))].attributes;
        kt.append(Attribute::number(QStringLiteral("employees"), 20134));
        kt.append(Attribute::date(QStringLiteral("listed since"), QDate(1998, 12, 23)));
        data.events.first().attributes.append(Attribute::boolean(QStringLiteral("live"), true));
        data.relationships.first().attributes.append(
                Attribute::text(QStringLiteral("note"), QStringLiteral("MoU")));
        EventDialog event(data, Language::English, data.events.first());
        QCOMPARE(event.event(), data.events.first());
        RelationshipDialog relationship(data, Language::English, data.relationships.first());
        QCOMPARE(relationship.relationship(), data.relationships.first());

        EntityDialog dialog(data, Language::English, *data.entity(QStringLiteral("kt")));
        QCOMPARE(dialog.entity(), *data.entity(QStringLiteral("kt")));
        auto *table = field<QTableWidget>(&dialog, "attributes");
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("1998-12-23"));

        table->item(0, 2)->setText(QStringLiteral("many"));
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY2(dialog.problems().value(0).message.contains(QLatin1String("not a number")),
                 qPrintable(dialog.problems().value(0).message));
        table->item(0, 2)->setText(QStringLiteral("20500"));
        QVERIFY(dialog.okButton()->isEnabled());

        field<QPushButton>(&dialog, "addAttribute")->click();
        QCOMPARE(table->rowCount(), 3);
        QVERIFY(!dialog.okButton()->isEnabled()); // a row without a name
        table->item(2, 0)->setText(QStringLiteral("listed"));
        auto *type = qobject_cast<QComboBox *>(table->cellWidget(2, 1));
        QVERIFY(type);
        type->setCurrentIndex(type->findData(int(AttributeType::Bool)));
        table->item(2, 2)->setText(QStringLiteral("true"));
        QVERIFY(dialog.okButton()->isEnabled());

        table->setCurrentCell(1, 0);
        field<QPushButton>(&dialog, "removeAttribute")->click();
        const Attributes edited = dialog.entity().attributes;
        QCOMPARE(edited.size(), 2);
        QCOMPARE(edited.at(0).numberValue(), 20500.0);
        QCOMPARE(edited.at(1).name, QStringLiteral("listed"));
        QVERIFY(edited.at(1).boolValue());
    }

    void relationshipDialogChecksAsYouType()
    {
        const Dataset data = TestData::firstEdition();
        RelationshipDialog dialog(data, Language::English);
        dialog.setEnds(QStringLiteral("kt"), QStringLiteral("kt"));
        auto *to = field<QComboBox>(&dialog, "to");
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(to->toolTip().contains(QLatin1String("itself")));
        dialog.setEnds(QStringLiteral("kt"), QStringLiteral("microsoft"));
        QVERIFY(!dialog.okButton()->isEnabled()); // neither event nor source
        auto *event = field<QComboBox>(&dialog, "event");
        event->setCurrentIndex(1);
        QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(dialog.problems().value(0).message));
        type(field<QLineEdit>(&dialog, "validFrom"), QStringLiteral("2024-Q3"));
        type(field<QLineEdit>(&dialog, "validUntil"), QStringLiteral("2024-06"));
        QVERIFY(!dialog.okButton()->isEnabled());
        type(field<QLineEdit>(&dialog, "validUntil"), QStringLiteral("2029"));
        QVERIFY(dialog.okButton()->isEnabled());
        const Relationship r = dialog.relationship();
        QCOMPARE(r.fromId, QStringLiteral("kt"));
        QCOMPARE(r.toId, QStringLiteral("microsoft"));
        QCOMPARE(r.validFrom, PartialDate::quarter(2024, 3));
        QCOMPARE(r.validUntil, PartialDate::year(2029));
        QVERIFY(!r.eventId.isEmpty());
        QVERIFY(!data.relationship(r.id));
        for (const Relationship &original : data.relationships) {
            RelationshipDialog edit(data, Language::English, original);
            QVERIFY(edit.okButton()->isEnabled());
            QCOMPARE(edit.relationship(), original);
        }
    }

    // Several intervals: the first in Valid from/until, the others as "2020/2021; 2023/"; a
    // part that is no interval, or one that ends before it starts, is named and blocks OK.
    void relationshipDialogEditsSeveralIntervals()
    {
        Dataset data = TestData::firstEdition();
        Relationship &original = data.relationships.first();
        original.setIntervals({ { PartialDate::year(2020), PartialDate::month(2020, 11) },
                                { PartialDate::quarter(2023, 2), PartialDate() } });
        RelationshipDialog dialog(data, Language::English, original);
        QCOMPARE(field<QLineEdit>(&dialog, "validFrom")->text(), QStringLiteral("2020"));
        QCOMPARE(field<QLineEdit>(&dialog, "validUntil")->text(), QStringLiteral("2020-11"));
        auto *more = field<QLineEdit>(&dialog, "moreIntervals");
        QCOMPARE(more->text(), QStringLiteral("2023-Q2/"));
        QVERIFY(dialog.okButton()->isEnabled());
        QCOMPARE(dialog.relationship(), original);

        type(more, QStringLiteral("2023-Q2/; soon"));
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY2(more->toolTip().contains(QLatin1String("'soon'")), qPrintable(more->toolTip()));
        type(more, QStringLiteral("2023/2022"));
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY2(more->toolTip().contains(QLatin1String("ends before it starts")),
                 qPrintable(more->toolTip()));
        type(more, QStringLiteral("2022/2022; 2024-06/"));
        QVERIFY(dialog.okButton()->isEnabled());
        const Relationship r = dialog.relationship();
        QCOMPARE(r.spells.size(), 3);
        QCOMPARE(r.spells.at(2), (Spell{ PartialDate::month(2024, 6), PartialDate() }));
        QCOMPARE(r.validFrom, PartialDate::year(2020));
        QVERIFY(!r.validUntil.isValid());
        QVERIFY(!r.isValidWithin(QDate(2021, 1, 1), QDate(2021, 12, 31)));
        type(more, QString());
        QVERIFY(dialog.relationship().spells.isEmpty());
        QCOMPARE(dialog.relationship().validUntil, PartialDate::month(2020, 11));
    }

    void importDialogFollowsThePolicy()
    {
        Dataset current = TestData::firstEdition();
        current.entities[0].ticker = QStringLiteral("KRX:000001");
        ImportedData in;
        in.fileName = QStringLiteral("again.json");
        in.data = TestData::firstEdition();
        ImportDialog dialog(current, in, Language::English);
        auto *policy = field<QComboBox>(&dialog, "policy");
        QVERIFY(policy->isEnabled());
        QCOMPARE(dialog.plan().count(ImportPlan::Action::Skip), 1);
        dialog.setPolicy(DuplicatePolicy::Replace);
        QCOMPARE(dialog.plan().count(ImportPlan::Action::Update), 1);
        QVERIFY(field<QLabel>(&dialog, "summary")
                        ->text()
                        .contains(QLatin1String("1 replacing the database")));
        auto *view = field<QTableView>(&dialog, "preview");
        QCOMPARE(view->model()->rowCount(), int(dialog.plan().items().size()));
        // What changes the database comes first.
        QCOMPARE(view->model()->index(0, 2).data().toString(), QStringLiteral("KT"));

        in.data.events[0].participants.append({ QStringLiteral("nobody"), Role::Partner });
        ImportDialog broken(current, in, Language::English);
        // Skipped, the broken event harms nothing; replacing the current one with it would.
        broken.setPolicy(DuplicatePolicy::Replace);
        QVERIFY2(field<QLabel>(&broken, "problem")->text().contains(QLatin1String("nobody")),
                 qPrintable(field<QLabel>(&broken, "problem")->text()));
        QVERIFY(!broken.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    }
};

QTEST_MAIN(TestEditDialogs)
#include "tst_editdialogs.moc"
