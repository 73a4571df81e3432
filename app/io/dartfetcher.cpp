// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dartfetcher.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QXmlStreamReader>
#include <QtEndian>

#include <zlib.h>

namespace atlas {

namespace {

// The four periodic reports of a year, in the order they are filed; Q4 needs the third quarter's.
const char *const reportCodes[] = { "11013", "11012", "11014", "11011" };

quint32 le32(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}
quint16 le16(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}

// An error answer: corpCode.xml answers in XML, the JSON services in JSON.
QString statusOf(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject())
        return doc.object().value(QLatin1String("status")).toString();
    static const QRegularExpression xmlStatus(QStringLiteral("<status>\\s*(\\d+)\\s*</status>"));
    const auto m = xmlStatus.match(QString::fromUtf8(body.left(4096)));
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

DartFetcher::DartFetcher(QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this)), m_baseUrl(defaultBaseUrl())
{
}

DartFetcher::~DartFetcher()
{
    if (m_reply)
        m_reply->abort();
}

QUrl DartFetcher::defaultBaseUrl()
{
    const QByteArray env = qgetenv("ATLAS_OPENDART_URL");
    return QUrl(env.isEmpty() ? QStringLiteral("https://opendart.fss.or.kr")
                              : QString::fromUtf8(env));
}

void DartFetcher::start(const QString &apiKey, const QStringList &stockCodes, int fromYear,
                        int toYear)
{
    if (m_running)
        return;
    m_key = apiKey.trimmed();
    m_stockCodes = stockCodes;
    m_fromYear = qMin(fromYear, toYear);
    m_toYear = qMax(fromYear, toYear);
    m_queue.clear();
    m_responses.clear();
    m_notes.clear();
    m_done = 0;
    m_total = 1 + int(stockCodes.size()) * (m_toYear - m_fromYear + 1) * 4;
    m_running = true;
    requestCompanyList();
}

void DartFetcher::cancel()
{
    if (!m_running)
        return;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    finish(false, ImportMessages::cancelled());
}

void DartFetcher::finish(bool ok, const QString &error)
{
    m_running = false;
    m_queue.clear();
    Q_EMIT finished(ok, error);
}

void DartFetcher::get(const QUrl &url, void (DartFetcher::*handler)(QNetworkReply *))
{
    m_reply = m_network->get(QNetworkRequest(url));
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, handler] { (this->*handler)(reply); });
}

QString DartFetcher::replyError(QNetworkReply *reply) const
{
    if (reply->error() == QNetworkReply::NoError)
        return {};
    return tr("Cannot reach OpenDART at %1: %2").arg(m_baseUrl.host(), reply->errorString());
}

void DartFetcher::requestCompanyList()
{
    QUrl url = m_baseUrl;
    url.setPath(url.path() + QStringLiteral("/api/corpCode.xml"));
    url.setQuery(QUrlQuery{ { QStringLiteral("crtfc_key"), m_key } });
    Q_EMIT progress(m_done, m_total, tr("Reading OpenDART's list of companies…"));
    get(url, &DartFetcher::onCompanyList);
}

void DartFetcher::onCompanyList(QNetworkReply *reply)
{
    reply->deleteLater();
    if (const QString error = replyError(reply); !error.isEmpty())
        return finish(false, error);
    const QByteArray body = reply->readAll();
    if (!body.startsWith("PK")) {
        const QString status = statusOf(body);
        return finish(false,
                      status.isEmpty() ? tr("OpenDART's list of companies is not a zip archive")
                                       : tr("OpenDART refused the request (status %1): %2")
                                                 .arg(status, DartReader::statusMessage(status)));
    }
    QString error;
    const QByteArray xml = unzipFirst(body, &error);
    if (xml.isEmpty())
        return finish(false, tr("OpenDART's list of companies cannot be read: %1").arg(error));

    // <result><list><corp_code/><corp_name/><stock_code/><modify_date/></list>...</result>
    QHash<QString, QString> corpCodes;
    const QSet<QString> wanted(m_stockCodes.cbegin(), m_stockCodes.cend());
    QXmlStreamReader r(xml);
    QString corp, stock;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.name() == QLatin1String("list")) {
                corp.clear();
                stock.clear();
            } else if (r.name() == QLatin1String("corp_code")) {
                corp = r.readElementText().trimmed();
            } else if (r.name() == QLatin1String("stock_code")) {
                stock = r.readElementText().trimmed();
            }
        } else if (r.isEndElement() && r.name() == QLatin1String("list")
                   && wanted.contains(stock)) {
            corpCodes.insert(stock, corp);
        }
    }
    if (r.hasError())
        return finish(false,
                      tr("OpenDART's list of companies cannot be read: %1").arg(r.errorString()));

    for (const QString &stock : std::as_const(m_stockCodes)) {
        const QString corpCode = corpCodes.value(stock);
        if (corpCode.isEmpty()) {
            m_notes << tr("OpenDART lists no company with stock code %1").arg(stock);
            m_total -= (m_toYear - m_fromYear + 1) * 4;
            continue;
        }
        for (int year = m_fromYear; year <= m_toYear; ++year) {
            for (const char *code : reportCodes)
                m_queue.append({ stock, corpCode, year, QString::fromLatin1(code) });
        }
    }
    ++m_done;
    next();
}

void DartFetcher::next()
{
    if (!m_running)
        return;
    if (m_queue.isEmpty()) {
        Q_EMIT progress(m_total, m_total, QString());
        return finish(true, {});
    }
    const Request &req = m_queue.first();
    QUrl url = m_baseUrl;
    url.setPath(url.path() + QStringLiteral("/api/fnlttSinglAcnt.json"));
    url.setQuery(QUrlQuery{ { QStringLiteral("crtfc_key"), m_key },
                            { QStringLiteral("corp_code"), req.corpCode },
                            { QStringLiteral("bsns_year"), QString::number(req.year) },
                            { QStringLiteral("reprt_code"), req.reportCode } });
    Q_EMIT progress(
            m_done, m_total,
            tr("Fetching %1, %2, report %3…").arg(req.stockCode).arg(req.year).arg(req.reportCode));
    get(url, &DartFetcher::onReport);
}

void DartFetcher::onReport(QNetworkReply *reply)
{
    reply->deleteLater();
    if (const QString error = replyError(reply); !error.isEmpty())
        return finish(false, error);
    const Request req = m_queue.takeFirst();
    ++m_done;
    const QString origin =
            tr("OpenDART %1 %2 report %3").arg(req.stockCode).arg(req.year).arg(req.reportCode);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return finish(false, tr("%1: the answer is not JSON").arg(origin));
    const QJsonObject o = doc.object();
    const QString status = o.value(QLatin1String("status")).toString();
    if (status == QLatin1String("013")) {
        m_notes << tr("%1: %2").arg(origin, DartReader::statusMessage(status));
    } else if (status != QLatin1String("000")) {
        return finish(false,
                      tr("OpenDART refused the request (status %1): %2")
                              .arg(status, DartReader::statusMessage(status)));
    } else {
        m_responses.append({ origin, o });
    }
    next();
}

QByteArray DartFetcher::unzipFirst(const QByteArray &zip, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return QByteArray();
    };
    // The end of central directory record (22 bytes, then a comment of up to 64 KiB) gives the
    // central directory, whose first header has the sizes even when the local header leaves
    // them to a data descriptor.
    qsizetype eocd = -1;
    for (qsizetype i = zip.size() - 22; i >= 0 && i >= zip.size() - 22 - 65535; --i) {
        if (le32(zip, i) == 0x06054b50) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        return fail(tr("no zip directory"));
    const qsizetype central = le32(zip, eocd + 16);
    if (central + 46 > zip.size() || le32(zip, central) != 0x02014b50)
        return fail(tr("damaged zip directory"));
    const quint16 method = le16(zip, central + 10);
    const qsizetype packed = le32(zip, central + 20);
    const qsizetype size = le32(zip, central + 24);
    const qsizetype local = le32(zip, central + 42);
    if (local + 30 > zip.size() || le32(zip, local) != 0x04034b50)
        return fail(tr("damaged zip entry"));
    const qsizetype data = local + 30 + le16(zip, local + 26) + le16(zip, local + 28);
    if (data + packed > zip.size())
        return fail(tr("truncated zip entry"));
    if (method == 0)
        return zip.mid(data, packed);
    if (method != 8)
        return fail(tr("unsupported zip compression method %1").arg(method));
    QByteArray out(size, Qt::Uninitialized);
    z_stream s{};
    if (inflateInit2(&s, -MAX_WBITS) != Z_OK)
        return fail(tr("cannot inflate"));
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zip.constData() + data));
    s.avail_in = uInt(packed);
    s.next_out = reinterpret_cast<Bytef *>(out.data());
    s.avail_out = uInt(size);
    const int rc = inflate(&s, Z_FINISH);
    inflateEnd(&s);
    if (rc != Z_STREAM_END || qsizetype(s.total_out) != size)
        return fail(tr("damaged compressed data"));
    return out;
}

} // namespace atlas
