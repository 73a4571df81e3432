// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The briefing PDF as a reader gets it: its text, fonts, metadata and stability between runs.
#include "testsupport/firsteditiondataset.h"
#include "core/syntheticdataset.h"
#include "reports/briefing.h"
#include "reports/briefingcomposer.h"
#include "core/formatting.h"
#include "reports/pdfexport.h"

#include <QFile>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QHashSeed>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;

namespace {

QString tool(const char *name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

QString runTool(const char *name, const QStringList &args)
{
    QProcess p;
    p.start(tool(name), args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Everything but what the PDF format itself makes differ between runs.
QByteArray withoutDatesAndId(QByteArray pdf)
{
    static const QRegularExpression creation(QStringLiteral("/CreationDate \\(D:[^)]*\\)"));
    static const QRegularExpression id(QStringLiteral("/ID \\[<[0-9a-fA-F]*> ?<[0-9a-fA-F]*>\\]"));
    QString text = QString::fromLatin1(pdf);
    text.remove(creation);
    text.remove(id);
    return text.toLatin1();
}

} // namespace

class TestBriefing : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Dataset m_data;

    QString write(const QString &name, const BriefingOptions &options)
    {
        const QString path = m_dir.filePath(name);
        Briefing b(m_data, options);
        QString error;
        if (!b.writePdf(path, &error))
            qWarning("%s", qPrintable(error));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // As main() does: Qt orders the fonts a PDF embeds by the hash seed.
        QHashSeed::setDeterministicGlobalSeed();
        QStandardPaths::setTestModeEnabled(true);
        m_data = TestData::firstEdition();
        // Without a CJK font the PDF would show empty boxes and still "exist".
        QVERIFY2(QFontDatabase::families(QFontDatabase::Korean)
                         .contains(QStringLiteral("Noto Sans CJK KR")),
                 "fonts-noto-cjk is not installed");
        QVERIFY(QFontMetrics(Briefing::font(10)).inFontUcs4(0xCF00)); // 케
    }

    void composesFromTheData()
    {
        BriefingOptions o;
        o.generated = QDate(2026, 1, 2);
        Briefing b(m_data, o);
        QCOMPARE(b.focus(),
                 (QStringList{ QStringLiteral("kt"), QStringLiteral("sk-telecom"),
                               QStringLiteral("lg-uplus") }));
        const QString summary = b.summary().join(QLatin1Char('\n'));
        QVERIFY2(summary.contains(QStringLiteral("\u221214.3%")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("KRW 6.55 trillion")));
        // Every cited source exists and is numbered once.
        const QStringList cited = b.citedSources();
        QVERIFY(cited.size() >= 10);
        QCOMPARE(QSet<QString>(cited.cbegin(), cited.cend()).size(), cited.size());
    }

    void windowAndFocusChangeTheContent()
    {
        BriefingOptions o;
        o.from = QDate(2023, 1, 1);
        o.to = QDate(2023, 12, 31);
        o.focus = { QStringLiteral("sk-telecom") };
        Briefing b(m_data, o);
        const QString summary = b.summary().join(QLatin1Char('\n'));
        QVERIFY2(!summary.contains(QStringLiteral("Microsoft")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("Global Telco AI Alliance")));
    }

    // The relationship table reads in the order relationships began, those with no known start
    // last (it once listed dated rows, then "—", then "2024").
    void relationshipsInTheOrderTheyBegan()
    {
        BriefingOptions o;
        o.generated = QDate(2026, 1, 2);
        const BriefingContent content = BriefingComposer(m_data, o).compose();
        const BriefingBlocks::Table *table = nullptr;
        for (const auto &block : content.blocks) {
            const auto *t = std::get_if<BriefingBlocks::Table>(&block);
            if (t && t->headers.value(0) == QLatin1String("From")
                && t->headers.contains(QLatin1String("Since")))
                table = t;
        }
        QVERIFY(table);
        const qsizetype since = table->headers.indexOf(QLatin1String("Since"));
        // Each shown start is the start of a relationship in the data; their order follows it.
        QList<PartialDate> starts;
        bool undatedSeen = false;
        for (const QStringList &row : table->rows) {
            const QString text = row.at(since);
            if (text == QStringLiteral("\u2014")) {
                undatedSeen = true;
                continue;
            }
            QVERIFY2(!undatedSeen, qPrintable(text + QStringLiteral(" after an undated row")));
            PartialDate match;
            for (const Relationship &r : m_data.relationships) {
                if (r.validFrom.isValid() && Format::date(r.validFrom, Language::English) == text)
                    match = r.validFrom;
            }
            QVERIFY2(match.isValid(), qPrintable(text));
            starts << match;
        }
        QVERIFY(starts.size() > 5);
        QVERIFY(undatedSeen);
        for (qsizetype i = 1; i < starts.size(); ++i)
            QVERIFY2(!(starts.at(i) < starts.at(i - 1)), qPrintable(table->rows.at(i).join(u' ')));
    }

    // A briefing of much data stays something to read and print: its tables list the latest
    // events (200; a company's 100) and the relationships that began last (200), its summary the
    // latest 30 amounts, each saying how many there are in all, with thousands marked.
    void largeDataIsSummedUpNotListed()
    {
        SyntheticOptions so;
        so.companies = 40;
        so.events = 3000;
        so.relationships = 450;
        const Dataset data = makeSyntheticDataset(so);
        BriefingOptions o;
        o.focus = { QStringLiteral("c1") };
        const BriefingContent content = BriefingComposer(data, o).compose();
        const BriefingBlocks::Table *events = nullptr;
        const BriefingBlocks::Table *companyEvents = nullptr;
        const BriefingBlocks::Table *relationships = nullptr;
        QStringList notes;
        for (const auto &block : content.blocks) {
            if (const auto *p = std::get_if<BriefingBlocks::Paragraph>(&block))
                notes << p->text;
            const auto *t = std::get_if<BriefingBlocks::Table>(&block);
            if (!t)
                continue;
            if (t->headers.contains(QLatin1String("Participants")))
                events = t;
            else if (t->headers.value(1) == QLatin1String("What happened"))
                companyEvents = t;
            else if (t->headers.value(0) == QLatin1String("From"))
                relationships = t;
        }
        QVERIFY(events && companyEvents && relationships);
        QCOMPARE(events->rows.size(), 200);
        // The latest: the last row is the last event of the window, in date order.
        const Event *last = nullptr;
        for (const Event &e : data.events) {
            if (!last || !(e.date < last->date))
                last = &e;
        }
        QCOMPARE(events->rows.constLast().value(2), last->title.en);
        QVERIFY(notes.contains(QStringLiteral("The time window holds 3,000 events; the table lists "
                                              "the latest 200. The Events tab and Export Data "
                                              "list them all.")));
        qsizetype own = 0;
        for (const Event &e : data.events)
            own += e.involves(QStringLiteral("c1")) ? 1 : 0;
        QVERIFY(own > 100);
        QCOMPARE(companyEvents->rows.size(), 100);
        QVERIFY(notes.contains(
                QStringLiteral("%1 events in the time window; the latest 100:").arg(own)));
        QCOMPARE(relationships->rows.size(), 200);
        QVERIFY(notes.contains(QStringLiteral("The time window holds 450 relationships; the table "
                                              "lists the 200 that began last, the company graph "
                                              "shows them all.")));
        const QString summary = content.summary.join(QLatin1Char('\n'));
        QVERIFY2(summary.contains(QStringLiteral("records 3,000 events")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Amounts as reported, the latest 30 of 1,000:")),
                 qPrintable(summary.left(600)));
        for (const QString &paragraph : content.summary) {
            if (paragraph.startsWith(QStringLiteral("Amounts as reported")))
                QCOMPARE(paragraph.count(QStringLiteral("[1]")), 30); // each amount cites
        }
    }

    // A relationship valid over several intervals shows every interval where its period is
    // printed (the relationship tables and the summary's list of what began), and is left out of
    // a window that falls in the gap between them.
    void relationshipIntervalsArePrinted()
    {
        Dataset data = m_data;
        Relationship &r = data.relationships.first();
        r.setIntervals({ { PartialDate::year(2020), PartialDate::month(2020, 11) },
                         { PartialDate::quarter(2023, 2), PartialDate() } });
        const QString expected = QStringLiteral("2020 \u2013 November 2020; Q2 2023 \u2013 ");
        BriefingOptions o;
        o.generated = QDate(2026, 1, 2);
        o.from = QDate(2023, 1, 1);
        o.to = QDate(2023, 12, 31);
        const BriefingContent content = BriefingComposer(data, o).compose();
        int cells = 0;
        for (const auto &block : content.blocks) {
            if (const auto *t = std::get_if<BriefingBlocks::Table>(&block)) {
                for (const QStringList &row : t->rows)
                    cells += int(row.count(expected));
            }
        }
        QVERIFY2(cells >= 2, qPrintable(QString::number(cells)));
        QVERIFY2(content.summary.join(u' ').contains(expected),
                 qPrintable(content.summary.join(u'\n')));
        o.from = QDate(2021, 1, 1);
        o.to = QDate(2022, 12, 31);
        const BriefingContent gap = BriefingComposer(data, o).compose();
        for (const auto &block : gap.blocks) {
            if (const auto *t = std::get_if<BriefingBlocks::Table>(&block)) {
                for (const QStringList &row : t->rows)
                    QVERIFY2(!row.contains(expected), qPrintable(row.join(u' ')));
            }
        }
    }

    void pdfTextFontsAndPages()
    {
        BriefingOptions o;
        const QString path = write(QStringLiteral("en.pdf"), o);
        QVERIFY(QFile::exists(path));
        if (tool("pdftotext").isEmpty() || tool("pdffonts").isEmpty() || tool("pdfinfo").isEmpty())
            QSKIP("poppler-utils is not installed");
        const QString info = runTool("pdfinfo", { path });
        const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                                  .match(info)
                                  .captured(1)
                                  .toInt();
        QVERIFY2(pages >= 5 && pages <= 30, qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("Telco Atlas Briefing")), qPrintable(info));
        QVERIFY(info.contains(QStringLiteral("A4")));
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Author:\\s+Telco Atlas"))),
                 qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Subject:\\s+.*KT"))),
                 qPrintable(info));
        const QString meta = runTool("pdfinfo", { QStringLiteral("-meta"), path });
        QVERIFY2(meta.contains(QStringLiteral("dc:creator"))
                         && meta.contains(QStringLiteral("dc:description")),
                 qPrintable(meta));

        const QString text =
                runTool("pdftotext", { QStringLiteral("-layout"), path, QStringLiteral("-") });
        for (const char *word : { "KT", "Microsoft", "Perplexity", "ixi-GEN", "KRW 6.55 trillion",
                                  "https://", "Page 1 of" })
            QVERIFY2(text.contains(QLatin1String(word)), word);
        QVERIFY(text.contains(QStringLiteral("\u221214.3%"))
                || text.contains(QStringLiteral("-14.3%")));

        const QString fonts = runTool("pdffonts", { path });
        const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!lines.isEmpty());
        for (const auto &line : lines)
            QVERIFY2(line.contains(QRegularExpression(
                             QStringLiteral("\\byes\\s+(yes|no)\\s+(yes|no)\\s+\\d+"))),
                     qPrintable(line));
        QVERIFY(fonts.contains(QStringLiteral("NotoSansCJK"))
                && fonts.contains(QStringLiteral("DejaVuSans")));
    }

    void koreanBriefing()
    {
        if (tool("pdftotext").isEmpty())
            QSKIP("poppler-utils is not installed");
        BriefingOptions o;
        o.lang = Language::Korean;
        const QString text =
                runTool("pdftotext", { write(QStringLiteral("ko.pdf"), o), QStringLiteral("-") });
        QVERIFY2(text.contains(QStringLiteral("마이크로소프트")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("6조 5,464억 원")));
        QVERIFY(text.contains(QStringLiteral("2024년 6월")));
    }

    // A figure's note (a one-off item, another reported value) and a quarter no source reports
    // are explained under the figures table, not left as a bare number or a blank.
    void figureNotesAndGapsAreExplained()
    {
        if (tool("pdftotext").isEmpty())
            QSKIP("poppler-utils is not installed");
        Dataset data = m_data;
        FinancialFigure loss = *data.figure(QStringLiteral("kt"), PartialDate::quarter(2024, 2),
                                            Metric::OperatingProfit);
        loss.quarter = PartialDate::quarter(2024, 4);
        loss.value = -655.1e9;
        loss.note = { QStringLiteral("About KRW 1 trillion of one-off restructuring cost."),
                      QStringLiteral("약 1조 원의 일회성 구조조정 비용.") };
        data.financials << loss;
        FigureGap gap;
        gap.companyId = QStringLiteral("kt");
        gap.quarter = PartialDate::quarter(2024, 4);
        gap.metric = Metric::Revenue;
        gap.reason = { QStringLiteral("No source reports it."),
                       QStringLiteral("보도된 자료가 없다.") };
        data.info.knownGaps << gap;
        BriefingOptions o;
        o.from = QDate(2024, 10, 1);
        o.to = QDate(2024, 12, 31);
        const QString path = m_dir.filePath(QStringLiteral("notes.pdf"));
        QString error;
        QVERIFY2(Briefing(data, o).writePdf(path, &error), qPrintable(error));
        const QString text = runTool("pdftotext", { path, QStringLiteral("-") });
        QVERIFY2(text.contains(QStringLiteral("not reported")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("[n1]")) && text.contains(QStringLiteral("[n2]")));
        QVERIFY(text.contains(QStringLiteral("restructuring")));
        QVERIFY(text.contains(QStringLiteral("No source reports it.")));
        QVERIFY(text.contains(QStringLiteral("655.1")));
    }

    void letterPaper()
    {
        if (tool("pdfinfo").isEmpty())
            QSKIP("poppler-utils is not installed");
        BriefingOptions o;
        o.pageSize = QPageSize(QPageSize::Letter);
        const QString info = runTool("pdfinfo", { write(QStringLiteral("letter.pdf"), o) });
        QVERIFY2(info.contains(QStringLiteral("612 x 792")), qPrintable(info));
    }

    void twoRunsAreIdenticalButForDatesAndId()
    {
        BriefingOptions o;
        o.generated = QDate(2026, 1, 2);
        QFile a(write(QStringLiteral("a.pdf"), o));
        QFile b(write(QStringLiteral("b.pdf"), o));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray pa = withoutDatesAndId(a.readAll());
        const QByteArray pb = withoutDatesAndId(b.readAll());
        QVERIFY(pa.size() > 10000);
        QCOMPARE(pa.size(), pb.size());
        QVERIFY(pa == pb);
    }

    // The document information on a small PDF of our own: set through libqpdf, in any script,
    // without losing what the writer put there; a file that is no PDF is left as it was.
    void documentInfoIsSetOrTheFileKept()
    {
        const QString path = m_dir.filePath(QStringLiteral("small.pdf"));
        {
            QPdfWriter writer(path);
            writer.setTitle(QStringLiteral("first title"));
            writer.setCreator(QStringLiteral("tst_briefing"));
            QPainter p(&writer);
            p.drawText(QPointF(100, 100), QStringLiteral("one page"));
        }
        PdfExport::DocumentInfo info{ QStringLiteral("브리핑 Briefing"),
                                      QStringLiteral("Telco Atlas"),
                                      QStringLiteral("Subject of KT"),
                                      QStringLiteral("telco-atlas 1.0") };
        QString error;
        QVERIFY2(PdfExport::setDocumentInfo(path, info, &error), qPrintable(error));
        if (tool("pdfinfo").isEmpty())
            QSKIP("poppler-utils is not installed");
        const QString out = runTool("pdfinfo", { path });
        for (const QString &line :
             { QStringLiteral("Title:\\s+브리핑 Briefing"),
               QStringLiteral("Author:\\s+Telco Atlas"),
               QStringLiteral("Subject:\\s+Subject of KT"),
               QStringLiteral("Keywords:\\s+telco-atlas 1.0"),
               QStringLiteral("Creator:\\s+tst_briefing"), QStringLiteral("Pages:\\s+1") })
            QVERIFY2(out.contains(QRegularExpression(line)),
                     qPrintable(line + QLatin1Char('\n') + out));

        const QString notes = m_dir.filePath(QStringLiteral("notes.pdf"));
        const QByteArray text("These are notes, not a PDF.\n");
        {
            QFile f(notes);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        }
        QVERIFY(!PdfExport::setDocumentInfo(notes, info, &error));
        QVERIFY(!error.isEmpty());
        QFile f(notes);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), text);
    }

    void unwritablePathNamesTheFile()
    {
        Briefing b(m_data, {});
        QString error;
        QVERIFY(!b.writePdf(QStringLiteral("/nonexistent-dir/briefing.pdf"), &error));
        QVERIFY2(error.contains(QStringLiteral("/nonexistent-dir/briefing.pdf")),
                 qPrintable(error));
    }
};

QTEST_MAIN(TestBriefing)
#include "tst_briefing.moc"
