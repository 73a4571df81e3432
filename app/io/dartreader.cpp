// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dartreader.h"

#include "core/seterror.h"
#include "datafile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#include <algorithm>

namespace atlas {

namespace {

QString field(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1String(name)).toString().trimmed();
}

// "9,876,543,000,000", "-12,345", "(12,345)", "12345"; "-" and "" are no amount.
std::optional<double> parseAmount(QString text)
{
    text.remove(QLatin1Char(',')).remove(QLatin1Char(' '));
    if (text.isEmpty() || text == QLatin1String("-"))
        return std::nullopt;
    bool negative = false;
    if (text.startsWith(QLatin1Char('(')) && text.endsWith(QLatin1Char(')'))) {
        negative = true;
        text = text.mid(1, text.size() - 2);
    }
    bool ok = false;
    const qlonglong whole = text.toLongLong(&ok);
    double value = ok ? double(whole) : text.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return negative ? -value : value;
}

// Rank of an income-statement account for a metric (lower is better), -1 when it is not one.
// account_id (full statements only) is the XBRL element and the surest; the names are those
// companies use in their filings: telecom operators report 영업수익, manufacturers 매출액.
int accountRank(Metric metric, const QString &accountId, QString name)
{
    name.remove(QLatin1Char(' '));
    static const QStringList revenueNames = {
        QStringLiteral("매출액"),
        QStringLiteral("영업수익"),
        QStringLiteral("수익(매출액)"),
        QStringLiteral("매출액(영업수익)"),
        QStringLiteral("영업수익(매출액)"),
        QStringLiteral("매출"),
        QStringLiteral("수익"),
    };
    static const QStringList profitNames = {
        QStringLiteral("영업이익"),
        QStringLiteral("영업이익(손실)"),
        QStringLiteral("영업손익"),
    };
    if (metric == Metric::Revenue && accountId == QLatin1String("ifrs-full_Revenue"))
        return 0;
    if (metric == Metric::OperatingProfit && accountId == QLatin1String("dart_OperatingIncomeLoss"))
        return 0;
    const QStringList &names = metric == Metric::Revenue ? revenueNames : profitNames;
    const qsizetype i = names.indexOf(name);
    return i < 0 ? -1 : int(i) + 1;
}

int quarterOf(const QString &reportCode)
{
    if (reportCode == QLatin1String("11013"))
        return 1;
    if (reportCode == QLatin1String("11012"))
        return 2;
    if (reportCode == QLatin1String("11014"))
        return 3;
    if (reportCode == QLatin1String("11011"))
        return 4;
    return 0;
}

// The name DART gives the report, for a December year end: "분기보고서 (2024.03)".
QString reportName(int quarter, int year)
{
    switch (quarter) {
    case 1:
        return QStringLiteral("분기보고서 (%1.03)").arg(year);
    case 2:
        return QStringLiteral("반기보고서 (%1.06)").arg(year);
    case 3:
        return QStringLiteral("분기보고서 (%1.09)").arg(year);
    default:
        return QStringLiteral("사업보고서 (%1.12)").arg(year);
    }
}

struct Amounts
{
    int rank = -1;
    QString sheet;
    std::optional<double> period; // thstrm_amount
    std::optional<double> cumulative; // thstrm_add_amount
};

// One statement (consolidated or separate) of one report.
struct Statement
{
    QString receipt;
    QString currency;
    QString origin;
    Amounts metrics[2]; // by Metric
    bool hasIncome() const { return metrics[0].rank >= 0 || metrics[1].rank >= 0; }
};

struct ReportKey
{
    QString stockCode;
    int year = 0;
    int quarter = 0;
    friend bool operator<(const ReportKey &a, const ReportKey &b)
    {
        return std::tie(a.stockCode, a.year, a.quarter) < std::tie(b.stockCode, b.year, b.quarter);
    }
};

struct Report
{
    QMap<QString, Statement> statements; // by fs_div
    // The consolidated statement when there is one with income accounts, else the separate one.
    const Statement *chosen(bool *separate) const
    {
        for (const char *div : { "CFS", "OFS" }) {
            const auto it = statements.constFind(QLatin1String(div));
            if (it != statements.cend() && it->hasIncome()) {
                *separate = qstrcmp(div, "OFS") == 0;
                return &it.value();
            }
        }
        return nullptr;
    }
};

bool isResponse(const QJsonObject &o)
{
    if (!o.value(QLatin1String("status")).isString())
        return false;
    const QJsonValue list = o.value(QLatin1String("list"));
    if (list.isUndefined())
        return o.value(QLatin1String("message")).isString() && o.size() <= 3;
    if (!list.isArray())
        return false;
    const QJsonArray rows = list.toArray();
    if (rows.isEmpty())
        return true;
    const QJsonObject row = rows.first().toObject();
    return row.contains(QLatin1String("rcept_no")) && row.contains(QLatin1String("account_nm"));
}

} // namespace

bool DartReader::recognises(const QJsonDocument &doc)
{
    if (doc.isObject())
        return isResponse(doc.object());
    if (!doc.isArray() || doc.array().isEmpty())
        return false;
    const QJsonArray all = doc.array();
    return std::all_of(all.begin(), all.end(),
                       [](const QJsonValue &v) { return isResponse(v.toObject()); });
}

bool DartReader::recognises(const QByteArray &bytes)
{
    // Cheap refusal before parsing: every response has a "status" member.
    if (!bytes.contains("\"status\""))
        return false;
    return recognises(QJsonDocument::fromJson(bytes));
}

QString DartReader::statusMessage(const QString &status)
{
    // The codes and their meaning: OpenDART development guide, 메시지 설명.
    static const char *const codes[] = { "000", "010", "011", "012", "013", "014", "020",
                                         "021", "100", "101", "800", "900", "901" };
    switch (std::find(std::begin(codes), std::end(codes), status) - std::begin(codes)) {
    case 0:
        return tr("success");
    case 1:
        return tr("the API key is not registered with OpenDART");
    case 2:
        return tr("the API key cannot be used (it has been suspended)");
    case 3:
        return tr("this IP address may not use the API key");
    case 4:
        return tr("no data for this company and report");
    case 5:
        return tr("the file does not exist");
    case 6:
        return tr("too many requests: the key's daily limit (usually 20,000) is used up; try again "
                  "tomorrow");
    case 7:
        return tr("too many companies in one request");
    case 8:
        return tr("a request field has an invalid value");
    case 9:
        return tr("access not allowed");
    case 10:
        return tr("OpenDART is down for maintenance; try again later");
    case 11:
        return tr("an undefined error on OpenDART's side");
    case 12:
        return tr("the key's account has expired (personal data retention period); renew it on "
                  "OpenDART");
    default:
        return tr("unknown status");
    }
}

QString DartReader::filingUrl(const QString &receiptNumber)
{
    return QStringLiteral("https://dart.fss.or.kr/dsaf001/main.do?rcpNo=") + receiptNumber;
}

QString DartReader::stockCodeOf(const QString &ticker)
{
    if (!ticker.startsWith(QLatin1String("KRX:"), Qt::CaseInsensitive))
        return {};
    return ticker.mid(4).trimmed();
}

std::optional<ImportedData> DartReader::readFile(const QString &path, const Dataset &current,
                                                 QString *error, const ProgressCallback &progress)
{
    const auto bytes = DataFile::read(path, error, progress);
    if (!bytes)
        return std::nullopt;
    auto out = read(*bytes, path, current, error);
    if (out && !DataFile::readDone(progress, bytes->size(), error))
        return std::nullopt;
    return out;
}

std::optional<ImportedData> DartReader::read(const QByteArray &bytes, const QString &fileName,
                                             const Dataset &current, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError) {
        setError(error,
                 tr("%1: not valid JSON at byte %2: %3")
                         .arg(fileName)
                         .arg(pe.offset)
                         .arg(pe.errorString()));
        return std::nullopt;
    }
    if (!recognises(doc)) {
        setError(error,
                 tr("%1: not an OpenDART response (an object with \"status\" and \"list\")")
                         .arg(fileName));
        return std::nullopt;
    }
    QList<DartResponse> responses;
    const QString name = QFileInfo(fileName).fileName();
    if (doc.isObject()) {
        responses.append({ name, doc.object() });
    } else {
        const QJsonArray all = doc.array();
        for (qsizetype i = 0; i < all.size(); ++i)
            responses.append({ tr("%1, response %2").arg(name).arg(i + 1), all.at(i).toObject() });
    }
    return fromResponses(responses, fileName, current, error);
}

namespace {

using Reports = QMap<ReportKey, Report>;

// The revenue and operating-profit amounts of one income-statement row, into its statement.
bool readAmounts(const DartResponse &response, const QJsonObject &row, qsizetype i,
                 const QString &sheet, Statement &st, QString *error)
{
    for (Metric metric : { Metric::Revenue, Metric::OperatingProfit }) {
        const int rank = accountRank(metric, field(row, "account_id"), field(row, "account_nm"));
        if (rank < 0)
            continue;
        Amounts &a = st.metrics[int(metric)];
        // The better name wins; between equal names the income statement before the
        // comprehensive one.
        const bool better = a.rank < 0 || rank < a.rank
                || (rank == a.rank && a.sheet == QLatin1String("CIS")
                    && sheet == QLatin1String("IS"));
        if (!better)
            continue;
        const QString periodText = field(row, "thstrm_amount");
        const QString cumulativeText = field(row, "thstrm_add_amount");
        a.rank = rank;
        a.sheet = sheet;
        a.period = parseAmount(periodText);
        a.cumulative = parseAmount(cumulativeText);
        for (const auto &[name, text, value] :
             { std::tuple{ "thstrm_amount", periodText, a.period },
               std::tuple{ "thstrm_add_amount", cumulativeText, a.cumulative } }) {
            if (!value && !text.isEmpty() && text != QLatin1String("-"))
                return setError(error,
                                DartReader::tr("%1: row %2: field '%3' is not an amount: '%4'")
                                        .arg(response.origin)
                                        .arg(i + 1)
                                        .arg(QLatin1String(name), text));
        }
    }
    return true;
}

// One row of a response into its report and statement; rows of other sheets are passed over.
bool readRow(const DartResponse &response, const QJsonObject &row, qsizetype i, Reports &reports,
             QString *error)
{
    const QJsonObject &o = response.object;
    auto need = [&](const char *name, const QString &value) {
        if (!value.isEmpty())
            return true;
        return setError(error,
                        DartReader::tr("%1: row %2: field '%3' is missing")
                                .arg(response.origin)
                                .arg(i + 1)
                                .arg(QLatin1String(name)));
    };
    // fnlttSinglAcntAll rows lack these two: the saved response names them at its top level.
    const QString stock = row.contains(QLatin1String("stock_code")) ? field(row, "stock_code")
                                                                    : field(o, "stock_code");
    const QString div =
            (row.contains(QLatin1String("fs_div")) ? field(row, "fs_div") : field(o, "fs_div"))
                    .toUpper();
    const QString receipt = field(row, "rcept_no");
    const QString reportCode = field(row, "reprt_code");
    if (!need("rcept_no", receipt) || !need("stock_code", stock) || !need("fs_div", div)
        || !need("reprt_code", reportCode) || !need("bsns_year", field(row, "bsns_year")))
        return false;
    const QString sheet = field(row, "sj_div");
    if (sheet != QLatin1String("IS") && sheet != QLatin1String("CIS"))
        return true;
    bool yearOk = false;
    const int year = field(row, "bsns_year").toInt(&yearOk);
    const int quarter = quarterOf(reportCode);
    if (!yearOk || year < 1980 || year > 9999)
        return setError(error,
                        DartReader::tr("%1: row %2: field 'bsns_year' is not a year: '%3'")
                                .arg(response.origin)
                                .arg(i + 1)
                                .arg(field(row, "bsns_year")));
    if (quarter == 0)
        return setError(error,
                        DartReader::tr("%1: row %2: field 'reprt_code' is not a periodic report "
                                       "code (11013, 11012, 11014, "
                                       "11011): '%3'")
                                .arg(response.origin)
                                .arg(i + 1)
                                .arg(reportCode));
    if (div != QLatin1String("CFS") && div != QLatin1String("OFS"))
        return setError(error,
                        DartReader::tr("%1: row %2: field 'fs_div' must be CFS or OFS: '%3'")
                                .arg(response.origin)
                                .arg(i + 1)
                                .arg(div));
    Statement &st = reports[{ stock, year, quarter }].statements[div];
    st.receipt = receipt;
    st.origin = response.origin;
    if (st.currency.isEmpty())
        st.currency = field(row, "currency");
    return readAmounts(response, row, i, sheet, st, error);
}

// Rows into reports, each with its consolidated and separate statement.
bool collectReports(const QList<DartResponse> &responses, const QString &label, Reports &reports,
                    QString *error)
{
    int empty = 0;
    for (const auto &response : responses) {
        const QJsonObject &o = response.object;
        const QString status = field(o, "status");
        if (status == QLatin1String("013")) {
            ++empty;
            continue;
        }
        if (status != QLatin1String("000"))
            return setError(
                    error,
                    DartReader::tr("%1: OpenDART answered status %2: %3")
                            .arg(response.origin, status, DartReader::statusMessage(status)));
        const QJsonArray rows = o.value(QLatin1String("list")).toArray();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (!readRow(response, rows.at(i).toObject(), i, reports, error))
                return false;
        }
    }
    if (reports.isEmpty() && empty > 0)
        return setError(error,
                        DartReader::tr("%1: OpenDART answered status 013: %2")
                                .arg(label, DartReader::statusMessage(QStringLiteral("013"))));
    return true;
}

// Figures of the reports whose company is in the database, each with its filing as source.
class FigureMaker
{
public:
    FigureMaker(const Reports &reports, const QString &label, const Dataset &current,
                ImportedData &out)
        : m_reports(reports), m_label(label), m_out(out)
    {
        for (const auto &e : current.entities) {
            const QString code = DartReader::stockCodeOf(e.ticker);
            if (!code.isEmpty())
                m_byStock.insert(code, &e);
            else if (e.ticker.size() == 6
                     && std::all_of(e.ticker.begin(), e.ticker.end(),
                                    [](QChar c) { return c.isDigit(); }))
                m_byStock.insert(e.ticker, &e);
        }
    }

    void make()
    {
        for (auto it = m_reports.cbegin(); it != m_reports.cend(); ++it) {
            const ReportKey &key = it.key();
            const Entity *company = m_byStock.value(key.stockCode);
            if (!company) {
                if (!m_unknown.contains(key.stockCode)) {
                    m_unknown.insert(key.stockCode);
                    m_out.unresolved << DartReader::tr("%1: stock code %2 matches no company in "
                                                       "the database (ticker KRX:%2)")
                                                .arg(QFileInfo(m_label).fileName(), key.stockCode);
                }
                continue;
            }
            bool separate = false;
            if (const Statement *st = it->chosen(&separate)) {
                for (Metric metric : { Metric::Revenue, Metric::OperatingProfit })
                    addFigure(key, *company, *st, separate, metric);
            }
        }
    }

private:
    void addFigure(const ReportKey &key, const Entity &company, const Statement &st, bool separate,
                   Metric metric)
    {
        const Amounts &a = st.metrics[int(metric)];
        if (a.rank < 0)
            return;
        FinancialFigure f;
        f.companyId = company.id;
        f.quarter = PartialDate::quarter(key.year, key.quarter);
        f.metric = metric;
        f.currency = st.currency.isEmpty() ? QStringLiteral("KRW") : st.currency;
        f.basis = QString::fromLatin1(separate ? DartReader::separateBasis
                                               : DartReader::consolidatedBasis);
        if (key.quarter < 4) {
            // Q1's report may give only the cumulative, which for Q1 is the same three months.
            const auto value =
                    a.period ? a.period : (key.quarter == 1 ? a.cumulative : std::nullopt);
            if (!value)
                return;
            f.value = *value;
        } else {
            if (!a.period)
                return;
            const std::optional<double> nine = nineMonths(key, separate, metric);
            if (!nine) {
                m_out.unresolved << DartReader::tr("%1: %2 %3 Q4 %4 is not imported: it is the "
                                                   "annual figure minus the "
                                                   "nine-month cumulative, and the file has no "
                                                   "third-quarter report (11014) "
                                                   "with that figure for the year")
                                            .arg(QFileInfo(st.origin).fileName(), company.name.en,
                                                 QString::number(key.year),
                                                 metric == Metric::Revenue
                                                         ? DartReader::tr("revenue")
                                                         : DartReader::tr("operating profit"));
                return;
            }
            f.value = *a.period - *nine;
            f.basis += QLatin1String(DartReader::computedSuffix);
        }
        f.sourceId = addSource(st, company, key);
        m_out.data.financials.append(f);
    }

    // The nine months before a fourth quarter: the third-quarter report's cumulative on the same
    // basis.
    std::optional<double> nineMonths(const ReportKey &key, bool separate, Metric metric) const
    {
        const auto q3 = m_reports.constFind({ key.stockCode, key.year, 3 });
        if (q3 == m_reports.cend())
            return std::nullopt;
        const auto s3 = q3->statements.constFind(QLatin1String(separate ? "OFS" : "CFS"));
        if (s3 == q3->statements.cend())
            return std::nullopt;
        return s3->metrics[int(metric)].cumulative;
    }

    QString addSource(const Statement &st, const Entity &company, const ReportKey &key)
    {
        const QString id = QStringLiteral("dart-") + st.receipt;
        if (m_sourceIds.contains(id))
            return id;
        m_sourceIds.insert(id);
        Source s;
        s.id = id;
        s.publisher = QStringLiteral("DART (금융감독원 전자공시시스템)");
        const QString name = company.name.ko.isEmpty() ? company.name.en : company.name.ko;
        s.title = QStringLiteral("%1 %2").arg(name, reportName(key.quarter, key.year));
        s.url = DartReader::filingUrl(st.receipt);
        // A receipt number starts with the day of filing (YYYYMMDD).
        const QDate filed = QDate::fromString(st.receipt.left(8), QStringLiteral("yyyyMMdd"));
        if (filed.isValid())
            s.date = PartialDate::day(filed.year(), filed.month(), filed.day());
        s.language = QStringLiteral("ko");
        m_out.data.sources.append(s);
        return id;
    }

    const Reports &m_reports;
    QString m_label;
    ImportedData &m_out;
    QHash<QString, const Entity *> m_byStock;
    QSet<QString> m_unknown;
    QSet<QString> m_sourceIds;
};

} // namespace

std::optional<ImportedData> DartReader::fromResponses(const QList<DartResponse> &responses,
                                                      const QString &label, const Dataset &current,
                                                      QString *error)
{
    ImportedData out;
    out.fileName = label;
    out.format = ImportedData::Format::Dart;
    Reports reports;
    if (!collectReports(responses, label, reports, error))
        return std::nullopt;
    FigureMaker(reports, label, current, out).make();
    return out;
}

} // namespace atlas
