// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The checks a careful editor of the built-in dataset would run by hand before every release:
// everything is sourced, every address can be opened, nothing is recorded twice, and no quarter
// silently goes missing from a company's series.
#include "io/builtindataset.h"

#include <QSet>
#include <QTest>
#include <QUrl>

#include <algorithm>

using namespace atlas;
using namespace Qt::StringLiterals;

class TestDataCheck : public QObject
{
    Q_OBJECT

    Dataset m_data;

    static QString figureKey(const QString &company, const PartialDate &quarter, Metric metric)
    {
        return u"%1/%2/%3"_s.arg(company, quarter.toString(), keyOf(metric));
    }

    // The same page under http/https, with or without "www." or a mobile host, is one page.
    static QString pageKey(const QString &url)
    {
        const QUrl u(url);
        QString host = u.host().toLower();
        for (const QString &prefix : { u"www."_s, u"m."_s, u"m1."_s, u"mobile."_s, u"amp."_s }) {
            if (host.startsWith(prefix))
                host = host.mid(prefix.size());
        }
        return host + u.path() + u'?' + u.query();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const auto d = BuiltinDataset::load(&error);
        QVERIFY2(d, qPrintable(error));
        m_data = *d;
    }

    void everyRecordHasASource()
    {
        for (const Event &e : m_data.events) {
            QVERIFY2(!e.sourceIds.isEmpty(), qPrintable(e.id));
            for (const QString &s : e.sourceIds)
                QVERIFY2(m_data.source(s), qPrintable(e.id + u" → "_s + s));
        }
        for (const Relationship &r : m_data.relationships) {
            // Sourced directly, or through the sourced event it came from.
            const Event *origin = r.eventId.isEmpty() ? nullptr : m_data.event(r.eventId);
            QVERIFY2(!r.sourceIds.isEmpty() || (origin && !origin->sourceIds.isEmpty()),
                     qPrintable(r.id));
            for (const QString &s : r.sourceIds)
                QVERIFY2(m_data.source(s), qPrintable(r.id + u" → "_s + s));
        }
        for (const FinancialFigure &f : m_data.financials)
            QVERIFY2(m_data.source(f.sourceId),
                     qPrintable(figureKey(f.companyId, f.quarter, f.metric)));
        for (const FigureGap &g : m_data.info.knownGaps)
            QVERIFY2(!g.reason.en.isEmpty() && !g.reason.ko.isEmpty(),
                     qPrintable(figureKey(g.companyId, g.quarter, g.metric)));
    }

    void everySourceIsComplete()
    {
        for (const Source &s : m_data.sources) {
            QVERIFY2(!s.publisher.isEmpty() && !s.title.isEmpty(), qPrintable(s.id));
            const QUrl url(s.url, QUrl::StrictMode);
            QVERIFY2(url.isValid() && (url.scheme() == u"https"_s || url.scheme() == u"http"_s)
                             && !url.host().isEmpty() && s.url.startsWith(url.scheme() + u"://"_s),
                     qPrintable(s.id + u": '"_s + s.url + u'\''));
        }
    }

    void everySourceIsUsed()
    {
        QSet<QString> used;
        for (const Event &e : m_data.events)
            used.unite(QSet<QString>(e.sourceIds.cbegin(), e.sourceIds.cend()));
        for (const Relationship &r : m_data.relationships)
            used.unite(QSet<QString>(r.sourceIds.cbegin(), r.sourceIds.cend()));
        for (const FinancialFigure &f : m_data.financials)
            used.insert(f.sourceId);
        for (const Source &s : m_data.sources)
            QVERIFY2(used.contains(s.id), qPrintable(s.id));
    }

    void noTwoRecordsDuplicateEachOther()
    {
        QSet<QString> pages;
        for (const Source &s : m_data.sources) {
            const QString key = pageKey(s.url);
            QVERIFY2(!pages.contains(key), qPrintable(s.id + u" repeats "_s + key));
            pages.insert(key);
        }
        QSet<QString> names;
        for (const Entity &e : m_data.entities) {
            for (const QString &name : { e.name.en.toCaseFolded(), u"ko:"_s + e.name.ko }) {
                QVERIFY2(!names.contains(name), qPrintable(e.id + u" repeats the name "_s + name));
                names.insert(name);
            }
        }
        QSet<QString> titles;
        QSet<QString> happenings;
        for (const Event &e : m_data.events) {
            QVERIFY2(!titles.contains(e.title.en), qPrintable(e.id));
            titles.insert(e.title.en);
            QStringList who;
            for (const Participant &p : e.participants)
                who.append(p.entityId);
            who.sort();
            // Same kind, same date and the very same participants: one happening told twice.
            const QString key = u"%1|%2|%3"_s.arg(keyOf(e.kind), e.date.toString(), who.join(u','));
            QVERIFY2(!happenings.contains(key), qPrintable(e.id + u" repeats "_s + key));
            happenings.insert(key);
        }
        QSet<QString> links;
        for (const Relationship &r : m_data.relationships) {
            QStringList ends = { r.fromId, r.toId };
            if (!r.isDirected())
                ends.sort();
            const QString key =
                    u"%1|%2|%3"_s.arg(keyOf(r.type), ends.join(u'>'), r.validFrom.toString());
            QVERIFY2(!links.contains(key), qPrintable(r.id + u" repeats "_s + key));
            links.insert(key);
        }
        QSet<QString> cells;
        for (const FinancialFigure &f : m_data.financials) {
            const QString key = figureKey(f.companyId, f.quarter, f.metric);
            QVERIFY2(!cells.contains(key), qPrintable(key));
            cells.insert(key);
        }
        for (const FigureGap &g : m_data.info.knownGaps) {
            const QString key = figureKey(g.companyId, g.quarter, g.metric);
            QVERIFY2(!cells.contains(key), qPrintable(key + u" is both a figure and a gap"_s));
            cells.insert(key);
        }
    }

    // Between a company's first and last reported quarter, each quarter and metric is either a
    // figure or a listed gap: a chart never meets an unexplained hole.
    void everyQuarterIsPresentOrAKnownGap()
    {
        QHash<QString, std::pair<PartialDate, PartialDate>> span;
        for (const FinancialFigure &f : m_data.financials) {
            auto it = span.find(f.companyId);
            if (it == span.end()) {
                span.insert(f.companyId, { f.quarter, f.quarter });
                continue;
            }
            it->first = std::min(it->first, f.quarter);
            it->second = std::max(it->second, f.quarter);
        }
        QCOMPARE(span.size(), 3);
        int checked = 0;
        for (auto it = span.cbegin(); it != span.cend(); ++it) {
            const int first = it->first.start().year() * 4 + (it->first.start().month() - 1) / 3;
            const int last = it->second.start().year() * 4 + (it->second.start().month() - 1) / 3;
            for (int i = first; i <= last; ++i) {
                const PartialDate q = PartialDate::quarter(i / 4, i % 4 + 1);
                for (Metric m : allValues<Metric>()) {
                    QVERIFY2(m_data.figure(it.key(), q, m) || m_data.knownGap(it.key(), q, m),
                             qPrintable(figureKey(it.key(), q, m)
                                        + u" is neither a figure nor a known gap"_s));
                    ++checked;
                }
            }
        }
        QCOMPARE(checked, 60); // three operators, ten quarters, two metrics
    }
};

QTEST_GUILESS_MAIN(TestDataCheck)
#include "tst_datacheck.moc"
