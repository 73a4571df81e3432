// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/editcommands.h"
#include "testsupport/firsteditiondataset.h"
#include "ui/detailspanel.h"
#include "ui/translations.h"

#include <QRandomGenerator>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>
#include <QUndoStack>

#include <array>
#include <tuple>

using namespace atlas;

namespace {

Dataset withAttributes()
{
    Dataset d = TestData::firstEdition();
    Attributes &kt = d.entities[d.entityIndex(QStringLiteral("kt"))].attributes;
    kt.append(Attribute::text(QStringLiteral("segment"), QStringLiteral("telecom <operator>")));
    kt.append(Attribute::number(QStringLiteral("employees"), 20134));
    kt.append(Attribute::number(QStringLiteral("share of mobile"), 0.2375));
    kt.append(Attribute::date(QStringLiteral("listed since"), QDate(1998, 12, 23)));
    kt.append(Attribute::boolean(QStringLiteral("state owned"), false));
    d.events.first().attributes.append(Attribute::number(QStringLiteral("attendees"), 300));
    d.relationships.first().attributes.append(
            Attribute::boolean(QStringLiteral("confirmed"), true));
    return d;
}

} // namespace

class TestDetailsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void attributeText_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("korean");
        QTest::newRow("text") << "text"
                              << "song"
                              << "song"
                              << "song";
        QTest::newRow("whole number") << "number"
                                      << "20134"
                                      << "20,134"
                                      << "20,134";
        QTest::newRow("fraction") << "number"
                                  << "1234.5"
                                  << "1,234.5"
                                  << "1,234.5";
        QTest::newRow("date") << "date"
                              << "1969-02-27"
                              << "27 February 1969"
                              << "1969년 2월 27일";
        QTest::newRow("true") << "bool"
                              << "true"
                              << "yes"
                              << "yes"; // "예" once the Korean translation is loaded
    }
    void attributeText()
    {
        QFETCH(QString, type);
        QFETCH(QString, value);
        QFETCH(QString, english);
        QFETCH(QString, korean);
        const auto a = Attribute::fromText(QStringLiteral("x"), *attributeTypeFromKey(type), value);
        QVERIFY(a);
        QCOMPARE(DetailsPanel::attributeText(*a, Language::English), english);
        QCOMPARE(DetailsPanel::attributeText(*a, Language::Korean), korean);
    }

    // Every kind of record shows its attributes, names and values escaped, in the record's order.
    void recordsShowTheirAttributes()
    {
        const Dataset d = withAttributes();
        using T = Document::SelectionType;
        const QString entity =
                DetailsPanel::html(d, { T::Entity, QStringLiteral("kt") }, Language::English);
        QVERIFY(entity.contains(QLatin1String("<h3>Attributes</h3>")));
        QVERIFY(entity.contains(QLatin1String("telecom &lt;operator&gt;")));
        QVERIFY(entity.contains(QLatin1String("20,134")));
        QVERIFY(entity.contains(QLatin1String("23 December 1998")));
        QVERIFY(entity.indexOf(QLatin1String("segment"))
                < entity.indexOf(QLatin1String("employees")));
        const QString event =
                DetailsPanel::html(d, { T::Event, d.events.first().id }, Language::English);
        QVERIFY(event.contains(QLatin1String("attendees")) && event.contains(QLatin1String("300")));
        const QString relationship = DetailsPanel::html(
                d, { T::Relationship, d.relationships.first().id }, Language::English);
        QVERIFY(relationship.contains(QLatin1String("confirmed")));
        // Records without attributes have no empty section.
        const QString other =
                DetailsPanel::html(d, { T::Entity, d.entities.last().id }, Language::English);
        QVERIFY(!other.contains(QLatin1String("Attributes")));
    }

    // A company in hundreds of events: its page lists the latest DetailsPanel::listedEvents, in
    // date order, and says how many there are and where they all are.
    void busyCompanyListsItsLatestEvents()
    {
        Dataset d = TestData::firstEdition();
        const QString company = d.entities.first().id;
        const int added = DetailsPanel::listedEvents + 25;
        for (int i = 0; i < added; ++i) {
            Event e = d.events.first();
            e.id = QStringLiteral("busy-%1").arg(i);
            e.title.en = QStringLiteral("Busy event %1").arg(i);
            e.date = PartialDate::day(2001 + i / 12, 1 + i % 12, 10);
            e.participants = { { company, Role::Partner } };
            e.amount.reset();
            d.events.append(e);
        }
        int involving = 0;
        for (const Event &e : std::as_const(d.events))
            involving += e.involves(company) ? 1 : 0;
        const QString page = DetailsPanel::html(d, { Document::SelectionType::Entity, company },
                                                Language::English);
        QCOMPARE(page.count(QLatin1String("atlas:event/")), DetailsPanel::listedEvents);
        QVERIFY2(page.contains(QStringLiteral("The latest %1 of %2 events")
                                       .arg(DetailsPanel::listedEvents)
                                       .arg(involving)),
                 qPrintable(page.left(400)));
        // The latest: the first-edition events (2023 on) and the busy ones from 2003 on, not the
        // earliest busy ones.
        QVERIFY(!page.contains(QLatin1String("Busy event 0<")));
        QVERIFY(page.contains(QStringLiteral("Busy event %1<").arg(added - 1)));
        const qsizetype later = page.indexOf(QStringLiteral("Busy event %1<").arg(added - 1));
        const qsizetype earlier = page.indexOf(QStringLiteral("Busy event %1<").arg(added - 2));
        QVERIFY(earlier >= 0 && earlier < later);
        // A company with few events has no such line.
        const QString quiet =
                DetailsPanel::html(TestData::firstEdition(),
                                   { Document::SelectionType::Entity, company }, Language::English);
        QVERIFY(!quiet.contains(QLatin1String("The latest")));
    }

    // A relationship valid over several intervals lists every one, on its own page and on the
    // pages of its two entities, in either language.
    void relationshipIntervalsAreListed()
    {
        Dataset d = TestData::firstEdition();
        Relationship &r = d.relationships.first();
        r.setIntervals({ { PartialDate::year(2020), PartialDate::month(2020, 11) },
                         { PartialDate::quarter(2023, 2), PartialDate() } });
        using T = Document::SelectionType;
        for (const auto &[selection, lang, expected] :
             { std::tuple{ Document::Selection{ T::Relationship, r.id }, Language::English,
                           QStringLiteral("(2020 \u2013 November 2020; Q2 2023 \u2013 )") },
               std::tuple{ Document::Selection{ T::Entity, r.fromId }, Language::English,
                           QStringLiteral("(2020 \u2013 November 2020; Q2 2023 \u2013 )") },
               std::tuple{
                       Document::Selection{ T::Relationship, r.id }, Language::Korean,
                       QStringLiteral("(2020년 \u2013 2020년 11월; 2023년 2분기 \u2013 )") } }) {
            const QString html = DetailsPanel::html(d, selection, lang);
            QVERIFY2(html.contains(expected), qPrintable(html));
        }
    }

    // The panel is rebuilt only after edits it shows (DetailsPanel::shows); after any run of
    // edits, undos and selections it reads as a page made afresh from the data.
    void randomEditsMatchAFreshPage()
    {
        using T = Document::SelectionType;
        Document document;
        document.setData(TestData::firstEdition());
        DetailsPanel panel(&document);
        const Dataset &d = document.data();
        QUndoStack *stack = document.undoStack();
        QRandomGenerator random(20261202);
        int skipped = 0;
        for (int step = 0; step < 300; ++step) {
            const Entity entity = d.entities.at(random.bounded(d.entities.size()));
            const Event event = d.events.at(random.bounded(d.events.size()));
            const Relationship relationship =
                    d.relationships.at(random.bounded(d.relationships.size()));
            const int choice = int(random.bounded(9));
            if (choice == 0) {
                const T type =
                        std::array{ T::Entity, T::Event, T::Relationship }.at(random.bounded(3));
                document.select(type,
                                type == T::Entity
                                        ? entity.id
                                        : (type == T::Event ? event.id : relationship.id));
                continue;
            }
            EditCommand *command = nullptr;
            if (choice == 1) {
                Entity renamed = entity;
                renamed.name.en += QStringLiteral(" %1").arg(step);
                command = EditCommands::updateEntity(&document, renamed);
            } else if (choice == 2) {
                Event changed = event;
                changed.title.en += QStringLiteral(" %1").arg(step);
                // The shown company (or another) joins the event or leaves it: the list of its
                // events follows.
                const QString joiner = document.selection().type == T::Entity
                        ? document.selection().id
                        : entity.id;
                if (!changed.involves(joiner))
                    changed.participants.append({ joiner, changed.participants.first().role });
                else if (changed.participants.size() > 1)
                    changed.participants.removeIf(
                            [&](const Participant &p) { return p.entityId == joiner; });
                changed.date = PartialDate::day(2010 + random.bounded(15), 3, 1 + step % 28);
                // Half of them as another analyst's edit: the selection stays where it is.
                QString error;
                if (random.bounded(2))
                    QVERIFY2(document.applyEdit(DataEdit::updateEvent(d, changed), &error),
                             qPrintable(error));
                else
                    command = EditCommands::updateEvent(&document, changed);
            } else if (choice == 3) {
                Relationship changed = relationship;
                changed.validUntil = PartialDate::year(2030 + step % 20);
                command = EditCommands::updateRelationship(&document, changed);
            } else if (choice == 4) {
                Relationship added = relationship;
                added.id = QStringLiteral("added-%1").arg(step);
                added.toId = entity.id;
                command = EditCommands::addRelationship(&document, added);
            } else if (choice == 5) {
                command = EditCommands::removeRelationship(&document, relationship.id);
            } else if (choice == 6) {
                QString error;
                if (random.bounded(2))
                    QVERIFY2(document.applyEdit(DataEdit::removeEvent(d, event.id), &error),
                             qPrintable(error));
                else
                    command = EditCommands::removeEvent(&document, event.id);
            } else if (choice == 7 && stack->canUndo()) {
                stack->undo();
            } else if (stack->canRedo()) {
                stack->redo();
            }
            if (command)
                stack->push(command);
            QTextDocument fresh;
            fresh.setHtml(DetailsPanel::html(d, document.selection(), document.language()));
            QCOMPARE(panel.toPlainText(), fresh.toPlainText());
        }
        // An edit the page does not show leaves it alone.
        document.select(T::Event, d.events.first().id);
        const Event &shown = d.events.first();
        for (const Event &other : d.events) {
            bool shared = other.id == shown.id;
            for (const Participant &p : other.participants)
                shared = shared || shown.involves(p.entityId);
            if (shared)
                continue;
            Event changed = other;
            changed.title.en += QStringLiteral(" (changed)");
            QVERIFY(!DetailsPanel::shows(d, document.selection(),
                                         DataEdit::updateEvent(d, changed)));
            ++skipped;
            break;
        }
        QCOMPARE(skipped, 1);
    }

    // An edit of a listed event that changes nothing the page says (another company joins it)
    // leaves the page where the reader scrolled it; one it shows (a new title) is there at once.
    void unseenChangeKeepsTheReadersPlace()
    {
        Document document;
        document.setData(TestData::firstEdition());
        const Dataset &d = document.data();
        const QString company = d.entities.first().id;
        document.select(Document::SelectionType::Entity, company);
        DetailsPanel panel(&document);
        panel.resize(320, 160);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QScrollBar *bar = panel.verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        bar->setValue(bar->maximum() / 2);
        const int place = bar->value();
        const Event *listed = nullptr;
        for (const Event &e : d.events) {
            if (e.involves(company)) {
                listed = &e;
                break;
            }
        }
        QVERIFY(listed);
        const QString other = d.entities.last().id;
        QVERIFY(!listed->involves(other));
        Event joined = *listed;
        joined.participants.append({ other, joined.participants.first().role });
        const QString text = panel.toPlainText();
        QString error;
        QVERIFY2(document.applyEdit(DataEdit::updateEvent(d, joined), &error), qPrintable(error));
        QCOMPARE(panel.toPlainText(), text);
        QCOMPARE(bar->value(), place);

        Event renamed = joined;
        renamed.title.en = QStringLiteral("A title the page shows");
        QVERIFY2(document.applyEdit(DataEdit::updateEvent(d, renamed), &error), qPrintable(error));
        QVERIFY(panel.toPlainText().contains(renamed.title.en));
    }
    // Going back to a page shown a moment ago (the user flipping between two companies, an undo
    // bringing back a deleted one) shows the document that was laid out for it, which still holds
    // its shaped text; a page that reads otherwise is a new one; at most keptPages are kept.
    void aPageShownAMomentAgoIsKept()
    {
        using T = Document::SelectionType;
        Document document;
        document.setData(TestData::firstEdition());
        const Dataset &d = document.data();
        DetailsPanel panel(&document);
        panel.resize(320, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const auto readsAsFresh = [&] {
            QTextDocument fresh;
            fresh.setHtml(DetailsPanel::html(d, document.selection(), document.language()));
            return panel.toPlainText() == fresh.toPlainText();
        };
        const QString a = d.entities.at(0).id;
        const QString b = d.entities.at(1).id;
        document.select(T::Entity, a);
        const QTextDocument *pageOfA = panel.document();
        document.select(T::Entity, b);
        const QTextDocument *pageOfB = panel.document();
        QVERIFY(pageOfB != pageOfA);
        QVERIFY(readsAsFresh());
        document.select(T::Entity, a);
        QCOMPARE(panel.document(), pageOfA);
        QVERIFY(readsAsFresh());
        document.select(T::Entity, b);
        QCOMPARE(panel.document(), pageOfB);

        // Deleted and brought back by an undo: the page of before.
        document.select(T::Entity, a);
        QUndoStack *stack = document.undoStack();
        stack->push(EditCommands::removeEntity(&document, a));
        QVERIFY(d.entity(a) == nullptr);
        QVERIFY(readsAsFresh());
        stack->undo();
        if (document.selection().id != a)
            document.select(T::Entity, a);
        QCOMPARE(panel.document(), pageOfA);
        QVERIFY(readsAsFresh());

        // Renamed, it reads otherwise: a new page, and the old one is not shown again.
        Entity renamed = *d.entity(a);
        renamed.name.en = QStringLiteral("A name the page shows");
        stack->push(EditCommands::updateEntity(&document, renamed));
        QVERIFY(panel.document() != pageOfA);
        QVERIFY(panel.toPlainText().contains(renamed.name.en));
        QVERIFY(readsAsFresh());

        // Many pages in turn: the panel holds at most keptPages of them.
        for (int i = 0; i < 3 * DetailsPanel::keptPages && i < d.entities.size(); ++i)
            document.select(T::Entity, d.entities.at(i).id);
        QVERIFY(readsAsFresh());
        QCOMPARE(panel.findChildren<QTextDocument *>(Qt::FindDirectChildrenOnly).size(),
                 DetailsPanel::keptPages);

        // Laid out in another font, a kept page would not fit it: they are dropped.
        QFont larger = panel.font();
        larger.setPointSizeF(larger.pointSizeF() * 1.5);
        panel.setFont(larger);
        QCOMPARE(panel.findChildren<QTextDocument *>(Qt::FindDirectChildrenOnly).size(), 1);
        document.select(T::Entity, a);
        QCOMPARE(panel.document()->defaultFont(), larger);
    }

    // ATLAS_DETAILS_SHOT=dir writes what the panel shows, in English and Korean, to look at.
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("ATLAS_DETAILS_SHOT");
        if (dir.isEmpty())
            QSKIP("set ATLAS_DETAILS_SHOT to a folder to write the pictures");
        Document document;
        document.setData(withAttributes());
        document.select(Document::SelectionType::Entity, QStringLiteral("kt"));
        for (Language lang : { Language::English, Language::Korean }) {
            Translations::apply(lang);
            document.setLanguage(lang);
            DetailsPanel panel(&document);
            panel.resize(420, 640);
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
            QVERIFY(panel.grab().save(dir
                                      + (lang == Language::Korean ? QStringLiteral("/ko.png")
                                                                  : QStringLiteral("/en.png"))));
        }
    }
};

QTEST_MAIN(TestDetailsPanel)
#include "tst_detailspanel.moc"
