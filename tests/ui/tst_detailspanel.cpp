// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport/firsteditiondataset.h"
#include "ui/detailspanel.h"
#include "ui/translations.h"

#include <QStandardPaths>
#include <QTest>

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
