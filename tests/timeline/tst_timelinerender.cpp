// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport/firsteditiondataset.h"
#include "models/document.h"
#include "render/typography.h"
#include "timeline/timelinerender.h"
#include "timeline/timelinerenderer.h"

#include <QFile>
#include <QFontMetrics>
#include <QImage>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;

Q_DECLARE_METATYPE(atlas::Language)

namespace {

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// The longest stretch of Korean words in a text. SVG writes one <text> per script run, so a
// mixed title such as "SK텔레콤, ..." is searched by its Korean part.
QString koreanRun(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("[가-힣][가-힣 ]*[가-힣]"));
    QString best;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString run = it.next().captured();
        if (run.size() > best.size())
            best = run;
    }
    return best;
}

// Share of pixels that are not white: an empty page has none.
double inkOf(const QImage &image)
{
    qint64 ink = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            if (image.pixel(x, y) != qRgb(255, 255, 255))
                ++ink;
        }
    }
    return double(ink) / (double(image.width()) * image.height() / 4.0);
}

} // namespace

class TestTimelineRender : public QObject
{
    Q_OBJECT

    Document m_document;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_document.setData(TestData::firstEdition());
    }

    void koreanHasAFont()
    {
        // Without a CJK font Korean would come out as empty boxes and every file test still pass.
        const QFontMetrics fm(TimelineRenderer::font(12));
        QVERIFY(fm.inFontUcs4(U'케'));
        QVERIFY(fm.inFontUcs4(U'분'));
    }

    void png_data()
    {
        QTest::addColumn<Language>("lang");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::newRow("all time, English") << Language::English << QDate() << QDate();
        QTest::newRow("all time, Korean") << Language::Korean << QDate() << QDate();
        QTest::newRow("2024, Korean")
                << Language::Korean << QDate(2024, 1, 1) << QDate(2024, 12, 31);
    }

    void png()
    {
        QFETCH(Language, lang);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        const QString path =
                m_dir.filePath(QStringLiteral("timeline-%1.png").arg(QTest::currentDataTag()));
        TimelineRender::Options o;
        o.from = from;
        o.to = to;
        o.lang = lang;
        QString error;
        QVERIFY2(TimelineRender::renderToFile(m_document, o, path, &error), qPrintable(error));
        QImage image(path);
        QVERIFY(!image.isNull());
        // Written at device pixel ratio 2: twice the logical size.
        QCOMPARE(image.size(), o.size * 2);
        const double ink = inkOf(image);
        QVERIFY2(ink > 0.05 && ink < 0.8, qPrintable(QString::number(ink)));
    }

    void svgKeepsTextAndRespectsTheWindow()
    {
        const QString path = m_dir.filePath(QStringLiteral("timeline-2024-ko.svg"));
        TimelineRender::Options o;
        o.from = QDate(2024, 1, 1);
        o.to = QDate(2024, 12, 31);
        o.lang = Language::Korean;
        QString error;
        QVERIFY2(TimelineRender::renderToFile(m_document, o, path, &error), qPrintable(error));
        const QString svg = readText(path);
        QVERIFY(svg.startsWith(QStringLiteral("<?xml")) || svg.contains(QStringLiteral("<svg")));
        QVERIFY(svg.contains(QStringLiteral("<text")));
        QVERIFY(svg.contains(
                QStringLiteral("font-family=\"%1\"").arg(Typography::families().constFirst())));
        // Korean names and dates stay text a reader can search and copy. Text mixing digits and
        // Korean is written as one <text> per font (Latin, Korean) side by side: read the runs.
        QString runs;
        static const QRegularExpression run(QStringLiteral(">([^<]*)</text>"));
        for (const auto &m : run.globalMatch(svg))
            runs += m.captured(1);
        runs.remove(u' ');
        QVERIFY(runs.contains(QStringLiteral("케이티")));
        QVERIFY(runs.contains(QStringLiteral("2024년1월1일")));
        QVERIFY(runs.contains(QStringLiteral("1분기")) || runs.contains(QStringLiteral("1월")));
        // The 2023 founding of the alliance is outside the window.
        const Event *founding = m_document.data().event(
                QStringLiteral("ev-2023-07-27-global-telco-ai-alliance-founded"));
        QVERIFY(founding);
        QVERIFY(!koreanRun(founding->title.ko).isEmpty());
        QVERIFY(!runs.contains(koreanRun(founding->title.ko).remove(u' ')));
        // What is inside it is there, in Korean.
        const Event *investment = m_document.data().event(
                QStringLiteral("ev-2024-06-13-sk-telecom-perplexity-investment"));
        QVERIFY(investment);
        QVERIFY(runs.contains(koreanRun(investment->title.ko).remove(u' ')));
    }

    void errorsNameTheFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("unknown extension") << m_dir.filePath(QStringLiteral("timeline.gif"));
        QTest::newRow("folder that does not exist")
                << m_dir.filePath(QStringLiteral("missing/folder/timeline.png"));
        QTest::newRow("svg into a folder that does not exist")
                << m_dir.filePath(QStringLiteral("missing/timeline.svg"));
    }

    void errorsNameTheFile()
    {
        QFETCH(QString, path);
        QString error;
        QVERIFY(!TimelineRender::renderToFile(m_document, {}, path, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestTimelineRender)
#include "tst_timelinerender.moc"
