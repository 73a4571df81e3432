// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dartreader.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
QT_END_NAMESPACE

namespace atlas {

// Fetches the periodic reports' major accounts (fnlttSinglAcnt) of companies from OpenDART, one
// request at a time (the key has a daily limit), for a range of years and the four reports of each.
// OpenDART knows companies by its own corp_code, so the fetch first reads its list of companies
// (corpCode.xml, a zip holding CORPCODE.xml) to find the corp_code of each stock code.
// The base address defaults to https://opendart.fss.or.kr and is overridden by the environment
// variable ATLAS_OPENDART_URL or setBaseUrl() (tests serve recorded-format answers on 127.0.0.1).
class DartFetcher : public QObject
{
    Q_OBJECT

public:
    explicit DartFetcher(QObject *parent = nullptr);
    ~DartFetcher() override;

    static QUrl defaultBaseUrl();
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }

    // Starts fetching; finished() follows. stockCodes: six-digit KRX codes.
    void start(const QString &apiKey, const QStringList &stockCodes, int fromYear, int toYear);
    void cancel();
    bool isRunning() const { return m_running; }

    // The answers with data (status 000), for DartReader::fromResponses.
    const QList<DartResponse> &responses() const { return m_responses; }
    // Stock codes OpenDART's company list does not have, and requests that had no data (013).
    const QStringList &notes() const { return m_notes; }

    // The entries of a zip archive's first file, stored or deflated; empty with *error on failure.
    static QByteArray unzipFirst(const QByteArray &zip, QString *error);

Q_SIGNALS:
    void progress(int done, int total, const QString &what);
    // ok: every request answered (with data or with 013); else error says why, in words.
    void finished(bool ok, const QString &error);

private:
    struct Request
    {
        QString stockCode;
        QString corpCode;
        int year = 0;
        QString reportCode;
    };

    void requestCompanyList();
    // Sends a GET of url; handler takes the reply when it finishes.
    void get(const QUrl &url, void (DartFetcher::*handler)(QNetworkReply *));
    void onCompanyList(QNetworkReply *reply);
    void next();
    void onReport(QNetworkReply *reply);
    void finish(bool ok, const QString &error);
    // A network failure or an answer that is not what was asked, in words; empty when fine.
    QString replyError(QNetworkReply *reply) const;

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QUrl m_baseUrl;
    QString m_key;
    QStringList m_stockCodes;
    int m_fromYear = 0;
    int m_toYear = 0;
    QList<Request> m_queue;
    int m_total = 0;
    int m_done = 0;
    bool m_running = false;
    QList<DartResponse> m_responses;
    QStringList m_notes;
};

} // namespace atlas
