// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The OpenDART fetch against a local HTTP server on 127.0.0.1 that answers in the recorded format
// (tests/io/data/dart): no test touches the internet.
#include "testsupport/firsteditiondatabase.h"
#include "io/dartfetcher.h"
#include "io/dartreader.h"
#include "models/editcommands.h"
#include "ui/dartupdatedialog.h"
#include "ui/importdialog.h"
#include "models/workspace.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUrlQuery>
#include <QtEndian>

#include <zlib.h>

using namespace atlas;

namespace {

QJsonArray ktResponses()
{
    QFile f(QStringLiteral(ATLAS_SOURCE_DIR "/tests/io/data/dart/kt-2024.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).array();
}

void put16(QByteArray *b, quint16 v)
{
    char c[2];
    qToLittleEndian(v, c);
    b->append(c, 2);
}
void put32(QByteArray *b, quint32 v)
{
    char c[4];
    qToLittleEndian(v, c);
    b->append(c, 4);
}

// A zip archive of one file, stored or deflated, as OpenDART's corpCode.xml answer is.
QByteArray zipOf(const QByteArray &name, const QByteArray &content, bool deflated)
{
    QByteArray packed = content;
    if (deflated) {
        packed.resize(content.size() + 1024);
        z_stream s{};
        deflateInit2(&s, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
        s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(content.constData()));
        s.avail_in = uInt(content.size());
        s.next_out = reinterpret_cast<Bytef *>(packed.data());
        s.avail_out = uInt(packed.size());
        deflate(&s, Z_FINISH);
        packed.resize(qsizetype(s.total_out));
        deflateEnd(&s);
    }
    const quint32 crc = quint32(
            crc32(0, reinterpret_cast<const Bytef *>(content.constData()), uInt(content.size())));
    const quint16 method = deflated ? 8 : 0;
    QByteArray zip;
    put32(&zip, 0x04034b50);
    put16(&zip, 20);
    put16(&zip, 0);
    put16(&zip, method);
    put32(&zip, 0); // time, date
    put32(&zip, crc);
    put32(&zip, quint32(packed.size()));
    put32(&zip, quint32(content.size()));
    put16(&zip, quint16(name.size()));
    put16(&zip, 0);
    zip += name + packed;
    const quint32 central = quint32(zip.size());
    put32(&zip, 0x02014b50);
    put16(&zip, 20);
    put16(&zip, 20);
    put16(&zip, 0);
    put16(&zip, method);
    put32(&zip, 0);
    put32(&zip, crc);
    put32(&zip, quint32(packed.size()));
    put32(&zip, quint32(content.size()));
    put16(&zip, quint16(name.size()));
    put16(&zip, 0);
    put16(&zip, 0);
    put16(&zip, 0);
    put16(&zip, 0);
    put32(&zip, 0);
    put32(&zip, 0); // local header at 0
    zip += name;
    const quint32 centralSize = quint32(zip.size()) - central;
    put32(&zip, 0x06054b50);
    put16(&zip, 0);
    put16(&zip, 0);
    put16(&zip, 1);
    put16(&zip, 1);
    put32(&zip, centralSize);
    put32(&zip, central);
    put16(&zip, 0);
    return zip;
}

// Answers like OpenDART: the company list, then fnlttSinglAcnt per corp_code, year and report.
class FakeOpenDart : public QTcpServer
{
public:
    QByteArray companyListStatus; // set: corpCode.xml answers this status in XML
    QByteArray reportStatus; // set: every report answers this status
    bool silent = false; // never answer (to test Cancel)
    QList<QUrlQuery> requests;

    FakeOpenDart()
    {
        const QByteArray xml = QByteArrayLiteral(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<result>\n"
                "<list><corp_code>00990001</corp_code><corp_name>케이티</corp_name>"
                "<stock_code>030200</stock_code><modify_date>20240101</modify_date></list>\n"
                "<list><corp_code>00990002</corp_code><corp_name>SK텔레콤</corp_name>"
                "<stock_code>017670</stock_code><modify_date>20240101</modify_date></list>\n"
                "<list><corp_code>00990099</corp_code><corp_name>비상장</corp_name>"
                "<stock_code> </stock_code><modify_date>20240101</modify_date></list>\n"
                "</result>\n");
        m_zip = zipOf("CORPCODE.xml", xml, true);
        const QJsonArray kt = ktResponses();
        const char *codes[] = { "11013", "11012", "11014", "11011" };
        for (int i = 0; i < 4 && i < kt.size(); ++i)
            m_reports.insert(QStringLiteral("00990001/2024/") + QLatin1String(codes[i]),
                             QJsonDocument(kt.at(i).toObject()).toJson());
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket,
                        [this, socket] { onRequest(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }

private:
    void onRequest(QTcpSocket *socket)
    {
        m_buffer[socket] += socket->readAll();
        if (!m_buffer[socket].contains("\r\n\r\n"))
            return;
        const QByteArray line = m_buffer.take(socket).split('\r').first();
        const QUrl target(QString::fromLatin1(line.split(' ').value(1)));
        const QUrlQuery query(target);
        requests << query;
        if (silent)
            return;
        QByteArray body, type = "application/json; charset=utf-8";
        if (target.path() == QLatin1String("/api/corpCode.xml")) {
            if (!companyListStatus.isEmpty()) {
                body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><result><status>"
                        + companyListStatus + "</status><message>error</message></result>";
                type = "application/xml";
            } else {
                body = m_zip;
                type = "application/x-msdownload";
            }
        } else if (target.path() == QLatin1String("/api/fnlttSinglAcnt.json")) {
            const QString key = QStringList{ query.queryItemValue(QStringLiteral("corp_code")),
                                             query.queryItemValue(QStringLiteral("bsns_year")),
                                             query.queryItemValue(QStringLiteral("reprt_code")) }
                                        .join(QLatin1Char('/'));
            if (!reportStatus.isEmpty())
                body = "{\"status\":\"" + reportStatus + "\",\"message\":\"error\"}";
            else
                body = m_reports.value(
                        key,
                        QByteArrayLiteral(
                                "{\"status\":\"013\",\"message\":\"조회된 데이타가 없습니다.\"}"));
        }
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QByteArray m_zip;
    QHash<QString, QByteArray> m_reports;
    QHash<QTcpSocket *, QByteArray> m_buffer;
};

const QStringList operators = { QStringLiteral("030200"), QStringLiteral("017670"),
                                QStringLiteral("032640") };

} // namespace

class TestDartFetch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void unzip_data()
    {
        QTest::addColumn<bool>("deflated");
        QTest::newRow("stored") << false;
        QTest::newRow("deflated") << true;
    }
    void unzip()
    {
        QFETCH(bool, deflated);
        const QByteArray content =
                QByteArray("<result><list><corp_code>1</corp_code></list></result>").repeated(50);
        QString error;
        QCOMPARE(DartFetcher::unzipFirst(zipOf("CORPCODE.xml", content, deflated), &error),
                 content);
        QVERIFY(DartFetcher::unzipFirst("PK not a zip", &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    // Every report of every company for the years asked, with the key; 013 answers are notes.
    void fetchesTheReports()
    {
        FakeOpenDart server;
        QVERIFY(server.isListening());
        DartFetcher fetcher;
        fetcher.setBaseUrl(server.url());
        QSignalSpy finished(&fetcher, &DartFetcher::finished);
        QSignalSpy progress(&fetcher, &DartFetcher::progress);
        fetcher.start(QStringLiteral("test-key"), operators, 2024, 2024);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        // The company list, then four reports for each of the two companies OpenDART knows.
        QCOMPARE(server.requests.size(), 1 + 2 * 4);
        for (const QUrlQuery &q : std::as_const(server.requests))
            QCOMPARE(q.queryItemValue(QStringLiteral("crtfc_key")), QStringLiteral("test-key"));
        QCOMPARE(fetcher.responses().size(), 4);
        QVERIFY(fetcher.notes().join(QLatin1Char('\n')).contains(QLatin1String("032640")));
        QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt());
    }

    void statusCodesInWords_data()
    {
        QTest::addColumn<QByteArray>("companyListStatus");
        QTest::addColumn<QByteArray>("reportStatus");
        QTest::addColumn<QString>("words");
        QTest::newRow("010 unknown key") << QByteArray("010") << QByteArray() << "not registered";
        QTest::newRow("011 key not usable")
                << QByteArray("011") << QByteArray() << "cannot be used";
        QTest::newRow("020 rate limit") << QByteArray() << QByteArray("020") << "too many requests";
        QTest::newRow("800 maintenance") << QByteArray() << QByteArray("800") << "maintenance";
        QTest::newRow("100 bad field") << QByteArray() << QByteArray("100") << "invalid value";
    }
    void statusCodesInWords()
    {
        QFETCH(QByteArray, companyListStatus);
        QFETCH(QByteArray, reportStatus);
        QFETCH(QString, words);
        FakeOpenDart server;
        server.companyListStatus = companyListStatus;
        server.reportStatus = reportStatus;
        DartFetcher fetcher;
        fetcher.setBaseUrl(server.url());
        QSignalSpy finished(&fetcher, &DartFetcher::finished);
        fetcher.start(QStringLiteral("k"), operators, 2024, 2024);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!finished.first().at(0).toBool());
        const QString error = finished.first().at(1).toString();
        QVERIFY2(error.contains(words), qPrintable(error));
    }

    void networkErrorInWords()
    {
        quint16 port = 0;
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            port = closed.serverPort();
        }
        DartFetcher fetcher;
        fetcher.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        QSignalSpy finished(&fetcher, &DartFetcher::finished);
        fetcher.start(QStringLiteral("k"), operators, 2024, 2024);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY2(finished.first().at(1).toString().contains(QLatin1String("Cannot reach OpenDART")),
                 qPrintable(finished.first().at(1).toString()));
    }

    void cancel()
    {
        FakeOpenDart server;
        server.silent = true;
        DartFetcher fetcher;
        fetcher.setBaseUrl(server.url());
        QSignalSpy finished(&fetcher, &DartFetcher::finished);
        fetcher.start(QStringLiteral("k"), operators, 2024, 2024);
        QTRY_COMPARE(server.requests.size(), 1);
        QVERIFY(fetcher.isRunning());
        fetcher.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).toString(), ImportMessages::cancelled());
        QVERIFY(!fetcher.isRunning());
    }

    // The dialog with an injected key (no keyring in a headless test), then the same preview and
    // one undoable import into the database: KT's Q3 and computed Q4 are new, Q1 and Q2 differ from
    // the first edition's figures and are listed with both values.
    void fetchPreviewAndImport()
    {
        FakeOpenDart server;
        qputenv("ATLAS_OPENDART_URL", server.url().toString().toUtf8());
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("atlas.sqlite"));
        QString error;
        QVERIFY2(TestData::writeFirstEditionDatabase(db, &error), qPrintable(error));
        Document doc;
        Workspace ws(&doc);
        QVERIFY2(ws.open(db, &error), qPrintable(error));
        const qsizetype before = doc.data().financials.size();

        DartUpdateDialog dialog(doc.data());
        QCOMPARE(dialog.fetcher()->baseUrl(), server.url());
        QCOMPARE(dialog.stockCodes(), operators);
        auto *fetch = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!fetch->isEnabled()); // no key yet
        dialog.setApiKey(QStringLiteral("test-key"));
        dialog.setYears(2024, 2024);
        QVERIFY(fetch->isEnabled());
        fetch->click();
        QTRY_VERIFY(dialog.result().has_value());
        QCOMPARE(dialog.result()->data.financials.size(), 8);
        QVERIFY(dialog.statusText().contains(QLatin1String("032640")));

        ImportDialog preview(doc.data(), *dialog.result(), Language::English);
        int differing = 0;
        for (const auto &item : preview.plan().items()) {
            if (item.previous)
                ++differing;
        }
        QCOMPARE(differing, 4);
        preview.setPolicy(DuplicatePolicy::Replace);
        QVERIFY(preview.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        doc.undoStack()->push(
                EditCommands::import(&doc, preview.plan(), QStringLiteral("OpenDART")));
        QCOMPARE(doc.data().financials.size(), before + 4);
        Dataset written;
        {
            Document reopened;
            Workspace again(&reopened);
            QVERIFY2(again.open(db, &error), qPrintable(error));
            written = reopened.data();
        }
        auto valueOf = [](const Dataset &d, int quarter) -> std::optional<double> {
            for (const auto &f : d.financials) {
                if (f.companyId == QLatin1String("kt")
                    && f.quarter == PartialDate::quarter(2024, quarter)
                    && f.metric == Metric::OperatingProfit)
                    return f.value;
            }
            return std::nullopt;
        };
        QCOMPARE(valueOf(written, 4), -250'000'000'000.0);
        QCOMPARE(valueOf(written, 2), 490'000'000'000.0);
        QVERIFY(written.source(QStringLiteral("dart-20250312000104")));
        doc.undoStack()->undo();
        QCOMPARE(doc.data().financials.size(), before);
        QCOMPARE(valueOf(doc.data(), 2), 494'000'000'000.0);
        qunsetenv("ATLAS_OPENDART_URL");
    }
};

QTEST_MAIN(TestDartFetch)
#include "tst_dartfetch.moc"
