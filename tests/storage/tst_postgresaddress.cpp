// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// PostgreSQL addresses: what is passed to libpq, and that the password never comes back out.
#include "storage/postgresaddress.h"

#include <QTest>

using namespace atlas;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

class TestPostgresAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void partsAndOptionsAreParsed()
    {
        const PostgresAddress a(
                s("postgresql://analyst:s3cret@db.example.com:6543/"
                  "atlas?sslmode=require&connect_timeout=5&application_name=atlas-ui"));
        QVERIFY2(a.isValid(), qPrintable(a.error()));
        QCOMPARE(a.host(), s("db.example.com"));
        QCOMPARE(a.port(), 6543);
        QCOMPARE(a.databaseName(), s("atlas"));
        QCOMPARE(a.userName(), s("analyst"));
        QCOMPARE(a.password(), s("s3cret"));
        QCOMPARE(a.connectOptions(),
                 QStringList({ s("sslmode=require"), s("connect_timeout=5"),
                               s("application_name=atlas-ui") }));
        QCOMPARE(a.withoutPassword(),
                 s("postgresql://analyst@db.example.com:6543/"
                   "atlas?sslmode=require&connect_timeout=5&application_name=atlas-ui"));
        QCOMPARE(a.account(), s("analyst@db.example.com:6543/atlas"));
    }

    void defaultsAndTimeout()
    {
        const PostgresAddress a(s("postgres://analyst@db/atlas"));
        QVERIFY2(a.isValid(), qPrintable(a.error()));
        QCOMPARE(a.port(), 5432);
        QVERIFY(a.password().isEmpty());
        // An unreachable server must fail in seconds.
        QCOMPARE(a.connectOptions(), QStringList({ s("connect_timeout=10") }));
    }

    void passwordAsOptionIsAPassword()
    {
        const PostgresAddress a(
                s("postgresql://analyst@db/atlas?password=s3cret&sslmode=verify-full"));
        QVERIFY2(a.isValid(), qPrintable(a.error()));
        QCOMPARE(a.password(), s("s3cret"));
        QVERIFY(!a.connectOptions().join(QLatin1Char(' ')).contains(s("s3cret")));
        QCOMPARE(a.withoutPassword(), s("postgresql://analyst@db/atlas?sslmode=verify-full"));
    }

    void percentEncodedPassword()
    {
        const PostgresAddress a(s("postgresql://analyst:p%40ss%2Fw%3Ard@db/atlas"));
        QVERIFY2(a.isValid(), qPrintable(a.error()));
        QCOMPARE(a.password(), s("p@ss/w:rd"));
        QCOMPARE(a.withoutPassword(), s("postgresql://analyst@db/atlas"));
    }

    void stripPassword_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("expected");
        QTest::newRow("file") << s("/home/a/atlas.sqlite") << s("/home/a/atlas.sqlite");
        QTest::newRow("no password") << s("postgresql://a@h/db") << s("postgresql://a@h/db");
        QTest::newRow("host with port, no user")
                << s("postgresql://h:5433/db") << s("postgresql://h:5433/db");
        QTest::newRow("password") << s("postgresql://a:secret@h:5433/db")
                                  << s("postgresql://a@h:5433/db");
        QTest::newRow("upper-case scheme")
                << s("POSTGRES://a:secret@h/db") << s("POSTGRES://a@h/db");
        QTest::newRow("unencoded @ and / in password")
                << s("postgresql://a:se@c/ret@h/db") << s("postgresql://a@h/db");
        QTest::newRow("empty password") << s("postgresql://a:@h/db") << s("postgresql://a@h/db");
        QTest::newRow("option only")
                << s("postgresql://a@h/db?password=secret") << s("postgresql://a@h/db");
        QTest::newRow("option among others")
                << s("postgresql://a@h/db?sslmode=require&PassWord=secret&connect_timeout=3")
                << s("postgresql://a@h/db?sslmode=require&connect_timeout=3");
        QTest::newRow("invalid address") << s("postgresql://a:secret@/") << s("postgresql://a@/");
    }
    void stripPassword()
    {
        QFETCH(QString, spec);
        QFETCH(QString, expected);
        QCOMPARE(PostgresAddress::stripPassword(spec), expected);
        QVERIFY(!PostgresAddress::stripPassword(spec).contains(s("secret")));
    }

    void invalidAddressesNameTheProblemWithoutPassword_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::newRow("no database") << s("postgresql://a:secret@h/");
        QTest::newRow("no host") << s("postgresql://a:secret@/db");
        QTest::newRow("bad port") << s("postgresql://a:secret@h:port/db");
        QTest::newRow("option with a space") << s("postgresql://a:secret@h/db?options=-c%20x");
        QTest::newRow("option with a quote") << s("postgresql://a:secret@h/db?sslmode=re'quire");
    }
    void invalidAddressesNameTheProblemWithoutPassword()
    {
        QFETCH(QString, spec);
        const PostgresAddress a(spec);
        QVERIFY(!a.isValid());
        QVERIFY(!a.error().isEmpty());
        QVERIFY2(!a.error().contains(s("secret")), qPrintable(a.error()));
    }
};

QTEST_GUILESS_MAIN(TestPostgresAddress)
#include "tst_postgresaddress.moc"
