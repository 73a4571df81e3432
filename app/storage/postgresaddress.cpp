// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresaddress.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace atlas {

namespace {

const auto kPasswordKey = QStringLiteral("password");

} // namespace

bool PostgresAddress::isPostgres(const QString &spec)
{
    return spec.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
            || spec.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString PostgresAddress::stripPassword(const QString &spec)
{
    if (!isPostgres(spec))
        return spec;
    // Works on the text, not on QUrl: an address that does not parse must lose its password too.
    // Up to the last '@' before the query, so a password holding an unencoded '@' or '/' goes.
    static const QRegularExpression userInfo(
            QStringLiteral("^(postgres(?:ql)?://[^:/@?#]*):[^?#]*@"),
            QRegularExpression::CaseInsensitiveOption);
    QString out = spec;
    out.replace(userInfo, QStringLiteral("\\1@"));
    const qsizetype q = out.indexOf(QLatin1Char('?'));
    if (q < 0)
        return out;
    qsizetype end = out.indexOf(QLatin1Char('#'), q);
    if (end < 0)
        end = out.size();
    QStringList kept;
    const QStringList items =
            out.mid(q + 1, end - q - 1).split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const QString key =
                QUrl::fromPercentEncoding(item.section(QLatin1Char('='), 0, 0).toUtf8()).trimmed();
        if (key.compare(kPasswordKey, Qt::CaseInsensitive) != 0)
            kept.append(item);
    }
    return out.left(q)
            + (kept.isEmpty() ? QString() : QLatin1Char('?') + kept.join(QLatin1Char('&')))
            + out.mid(end);
}

PostgresAddress::PostgresAddress(const QString &spec) : m_display(stripPassword(spec))
{
    const QUrl url(spec, QUrl::StrictMode);
    m_database = url.path(QUrl::FullyDecoded).mid(1);
    if (!isPostgres(spec) || !url.isValid() || url.host().isEmpty() || m_database.isEmpty()
        || m_database.contains(QLatin1Char('/'))) {
        m_error = tr("%1: not a valid PostgreSQL address; expected "
                     "postgresql://user@host[:port]/database")
                          .arg(m_display);
        return;
    }
    m_host = url.host();
    m_port = url.port(5432);
    m_user = url.userName(QUrl::FullyDecoded);
    m_password = url.password(QUrl::FullyDecoded);

    // libpq options from the query (sslmode=require, ...). QPSQL joins them into a conninfo
    // string at ';' and spaces, so values containing those cannot be passed safely.
    static const QRegularExpression keyRe(QStringLiteral("^[a-z_]+$"));
    static const QRegularExpression valueRe(QStringLiteral("^[^\\s;'\\\\]+$"));
    bool hasTimeout = false;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key == kPasswordKey) {
            if (m_password.isEmpty())
                m_password = value;
            continue;
        }
        if (!keyRe.match(key).hasMatch() || !valueRe.match(value).hasMatch()) {
            m_error = tr("%1: unsupported connection option \"%2\"").arg(m_display, key);
            return;
        }
        hasTimeout = hasTimeout || key == QLatin1String("connect_timeout");
        m_options.append(key + QLatin1Char('=') + value);
    }
    // An unreachable server should fail in seconds, not after the operating system's timeout.
    if (!hasTimeout)
        m_options.append(QStringLiteral("connect_timeout=10"));
}

QString PostgresAddress::account() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(m_user, m_host, QString::number(m_port), m_database);
}

} // namespace atlas
