// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importeddata.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

QT_BEGIN_NAMESPACE
class QJsonDocument;
QT_END_NAMESPACE

namespace atlas {

// One OpenDART response as it arrived: its JSON object, and where it came from (a file name or
// the request) for messages.
struct DartResponse
{
    QString origin;
    QJsonObject object;
};

// Quarterly revenue and operating profit from the responses of OpenDART, the open API of DART
// (the Financial Supervisory Service's disclosure system). The format is the one OpenDART's
// published development guide (opendart.fss.or.kr → 개발가이드 → 정기보고서 재무정보) gives for
//   단일회사 주요계정   /api/fnlttSinglAcnt.json     (single-company major accounts)
//   단일회사 전체 재무제표 /api/fnlttSinglAcntAll.json  (full financial statements)
// {"status": "000", "message": "정상", "list": [row, ...]}; a row has rcept_no (receipt number,
// 14 digits, the first 8 the filing date), bsns_year, stock_code, reprt_code (11013 first quarter,
// 11012 half year, 11014 third quarter, 11011 annual), fs_div (CFS consolidated, OFS separate),
// sj_div (BS, IS, CIS, ...), account_id, account_nm, thstrm_amount (this period: three months in a
// quarterly report, the year in the annual one), thstrm_add_amount (cumulative since January) and
// currency. Amounts are text, with or without thousands separators, negative for losses.
// fnlttSinglAcntAll rows carry neither stock_code nor fs_div (they are request parameters): a saved
// response then names them beside "status" at its top level. A file may hold one response or a
// JSON array of them. Fixtures and notes: tests/io/data/dart/README.md.
//
// The figures: the consolidated statement when the report has one, else the separate one (basis
// "separate-kifrs"); revenue from the income-statement account the company uses (매출액, 영업수익,
// 수익(매출액), ...), operating profit from 영업이익 / 영업이익(손실); Q1–Q3 are the three-month
// amounts, Q4 is the annual amount minus the nine-month cumulative (basis "...-q4-computed"), and
// is refused when no nine-month figure is known. Every figure cites its filing on DART.
class DartReader
{
    Q_DECLARE_TR_FUNCTIONS(atlas::DartReader)

public:
    // A JSON object with "status" and either a "list" whose rows have rcept_no and account_nm, or
    // only a "message" (an error answer); or an array of such objects.
    static bool recognises(const QJsonDocument &doc);
    static bool recognises(const QByteArray &bytes);

    static std::optional<ImportedData> readFile(const QString &path, const Dataset &current,
                                                QString *error,
                                                const ProgressCallback &progress = {});
    static std::optional<ImportedData> read(const QByteArray &bytes, const QString &fileName,
                                            const Dataset &current, QString *error);
    // Responses already parsed (the fetch). label names the result in messages and the preview.
    // Error answers other than 013 (no data) fail the whole read; what cannot be imported (an
    // unknown stock code, a fourth quarter without its nine months) goes to
    // ImportedData::unresolved.
    static std::optional<ImportedData> fromResponses(const QList<DartResponse> &responses,
                                                     const QString &label, const Dataset &current,
                                                     QString *error);

    // An OpenDART status code in words ("013": no data for the request, ...).
    static QString statusMessage(const QString &status);
    // The filing's page on DART.
    static QString filingUrl(const QString &receiptNumber);
    // The stock code of a KRX ticker ("KRX:030200" → "030200"); empty for other tickers.
    static QString stockCodeOf(const QString &ticker);

    static constexpr const char *consolidatedBasis = "consolidated-kifrs";
    static constexpr const char *separateBasis = "separate-kifrs";
    static constexpr const char *computedSuffix = "-q4-computed";
};

} // namespace atlas
