// SPDX-FileCopyrightText: 2026 Telco Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Pictures of the graph without a window: SVG with real text, PNG at twice the density, focus
// by any name, and errors that say what was wrong.
#include "graph/graphrender.h"
#include "graph/graphscene.h"
#include "graph/graphstyle.h"
#include "graph/nodeitem.h"
#include "testsupport/firsteditiondataset.h"
#include "core/syntheticdataset.h"
#include "models/document.h"
#include "render/typography.h"

#include <QFile>
#include <QFontDatabase>
#include <QFontInfo>
#include <QImage>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;

class TestGraphRender : public QObject
{
    Q_OBJECT

    Dataset m_builtin;
    QTemporaryDir m_dir;

    // The lines of text an SVG file carries as <text> elements. Qt writes a line mixing scripts
    // ("SK텔레콤") as one element per run on the same baseline of one group; those are joined.
    static QStringList svgTexts(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QString svg = QString::fromUtf8(f.readAll());
        QStringList texts;
        static const QRegularExpression re(
                QStringLiteral("<text[^>]*\\sy=\"([^\"]*)\"[^>]*>([^<]*)</text>"));
        for (const QString &group : svg.split(QStringLiteral("<g "))) {
            QString lastY;
            for (auto it = re.globalMatch(group); it.hasNext();) {
                const auto m = it.next();
                if (!lastY.isEmpty() && m.captured(1) == lastY)
                    texts.last() += m.captured(2);
                else
                    texts.append(m.captured(2));
                lastY = m.captured(1);
            }
        }
        for (QString &t : texts)
            t = t.trimmed();
        return texts;
    }

    // Whether a label is drawn, on one line or wrapped onto two.
    static bool hasLabel(const QStringList &texts, const QString &label)
    {
        for (qsizetype i = 0; i < texts.size(); ++i) {
            if (texts.at(i) == label
                || (i + 1 < texts.size()
                    && texts.at(i) + QLatin1Char(' ') + texts.at(i + 1) == label))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_builtin = TestData::firstEdition();
    }

    void labelsUseAKoreanFont()
    {
        // Without it Korean names would print as empty boxes and every other test still pass.
        QVERIFY(QFontDatabase::families(QFontDatabase::Korean)
                        .contains(QStringLiteral("Noto Sans CJK KR")));
        const QFont font = GraphStyle::labelFont(EntityKind::Company);
        // The font factory's families: Latin first (digits keep their text in PDFs), then Korean.
        QCOMPARE(font.families(), Typography::families());
        QCOMPARE(font.families().constLast(), QStringLiteral("Noto Sans CJK KR"));
        QVERIFY(QFontMetrics(font).inFontUcs4(U'케'));
    }

    void svgKeepsLabelsAsText_data()
    {
        QTest::addColumn<Language>("lang");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("English") << Language::English
                                 << QStringList{ QStringLiteral("KT"), QStringLiteral("Microsoft"),
                                                 QStringLiteral("SK Telecom") }
                                 << QStringList{ QStringLiteral("마이크로소프트") };
        QTest::newRow("Korean") << Language::Korean
                                << QStringList{ QStringLiteral("케이티"),
                                                QStringLiteral("마이크로소프트"),
                                                QStringLiteral("SK텔레콤") }
                                << QStringList{ QStringLiteral("Microsoft") };
    }
    void svgKeepsLabelsAsText()
    {
        QFETCH(Language, lang);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        Document doc;
        doc.setData(m_builtin);
        GraphRender::Options options;
        options.lang = lang;
        const QString path = m_dir.filePath(QStringLiteral("graph-%1.svg").arg(languageCode(lang)));
        QString error;
        QVERIFY2(GraphRender::renderToFile(doc, options, path, &error), qPrintable(error));
        QVERIFY(QSvgRenderer(path).isValid());
        const QStringList texts = svgTexts(path);
        for (const QString &label : present)
            QVERIFY2(hasLabel(texts, label), qPrintable(label));
        for (const QString &label : absent)
            QVERIFY2(!hasLabel(texts, label), qPrintable(label));
        // The legend is part of the picture.
        QVERIFY(texts.contains(GraphStyle::typeNoun(RelationshipType::InvestsIn)));
    }

    void focusShowsTheNeighbourhood_data()
    {
        QTest::addColumn<QString>("focus");
        QTest::addColumn<int>("hops");
        QTest::newRow("English name, 1 step") << QStringLiteral("KT") << 1;
        QTest::newRow("Korean name, 2 steps") << QStringLiteral("케이티") << 2;
        QTest::newRow("ticker, 1 step") << QStringLiteral("030200") << 1;
        QTest::newRow("ticker with market, 3 steps") << QStringLiteral("KRX:030200") << 3;
    }
    void focusShowsTheNeighbourhood()
    {
        QFETCH(QString, focus);
        QFETCH(int, hops);
        Document doc;
        doc.setData(m_builtin);
        GraphRender::Options options;
        options.focus = focus;
        options.hops = hops;
        const QString path = m_dir.filePath(QStringLiteral("focus.svg"));
        QString error;
        QVERIFY2(GraphRender::renderToFile(doc, options, path, &error), qPrintable(error));
        const QStringList texts = svgTexts(path);
        const QSet<QString> within = doc.graph().neighbourhood(QStringLiteral("kt"), hops);
        for (const Entity &e : doc.data().entities) {
            if (!doc.graph().containsNode(e.id))
                continue;
            QVERIFY2(hasLabel(texts, e.name.en) == within.contains(e.id), qPrintable(e.id));
        }
    }

    void pngIsSharpAndShowsTheNodes()
    {
        Document doc;
        doc.setData(m_builtin);
        const QString path = m_dir.filePath(QStringLiteral("graph.png"));
        QString error;
        QVERIFY2(GraphRender::renderToFile(doc, {}, path, &error), qPrintable(error));
        const QImage image(path);
        QVERIFY(!image.isNull());

        // The same scene the renderer made, to know where KT is: twice the pixels of a scene unit,
        // 24 units of margin around the shown graph.
        GraphScene scene(&doc);
        scene.setAsynchronous(false);
        const QRectF graph = scene.shownRect();
        QVERIFY(image.width() > 2 * graph.width() && image.height() > 2 * graph.height());
        const QPointF kt = scene.node(QStringLiteral("kt"))->pos();
        const QPoint pixel = ((kt - graph.topLeft() + QPointF(24, 24)) * 2).toPoint();
        const QColor c = image.pixelColor(pixel);
        const QColor company = GraphStyle::fill(EntityKind::Company);
        QVERIFY2(std::abs(c.red() - company.red()) + std::abs(c.green() - company.green())
                                 + std::abs(c.blue() - company.blue())
                         < 30,
                 qPrintable(c.name()));
        QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));
    }

    void sizeIsRespected()
    {
        Document doc;
        doc.setData(m_builtin);
        GraphRender::Options options;
        options.size = QSize(800, 600);
        const QString svg = m_dir.filePath(QStringLiteral("sized.svg"));
        const QString png = m_dir.filePath(QStringLiteral("sized.png"));
        QString error;
        QVERIFY2(GraphRender::renderToFile(doc, options, svg, &error), qPrintable(error));
        QVERIFY2(GraphRender::renderToFile(doc, options, png, &error), qPrintable(error));
        QCOMPARE(QSvgRenderer(svg).viewBoxF(), QRectF(0, 0, 800, 600));
        // The size asked for is the file's size in pixels (--size 800x600 gives 800 x 600).
        QCOMPARE(QImage(png).size(), QSize(800, 600));
    }

    // A large graph at 100 % would be a poster: by default a PNG is at most 4096 pixels on its
    // longer side, the whole drawing fitted to it.
    void largeGraphPngIsAtMost4096Pixels()
    {
        SyntheticOptions o;
        o.companies = 1500;
        o.relationships = 4500;
        Document doc;
        doc.setData(makeSyntheticDataset(o));
        const QString png = m_dir.filePath(QStringLiteral("large.png"));
        QString error;
        QVERIFY2(GraphRender::renderToFile(doc, {}, png, &error), qPrintable(error));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(std::max(image.width(), image.height()), 4096);
        // The drawing is fitted, not cropped: the proportions are those of the picture at 100 %.
        GraphScene scene(&doc);
        scene.setAsynchronous(false);
        const QSizeF natural = GraphRender::naturalSize(&scene);
        QVERIFY(std::max(natural.width(), natural.height()) * 2 > 4096);
        QVERIFY(std::abs(image.width() / qreal(image.height()) - natural.width() / natural.height())
                < 0.01);
    }

    void errorsSayWhatIsWrong_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("focus");
        QTest::addColumn<QString>("mentioned");
        QTest::newRow("unknown focus")
                << QStringLiteral("a.svg") << QStringLiteral("Nokia") << QStringLiteral("Nokia");
        QTest::newRow("unknown format")
                << QStringLiteral("graph.pdf") << QString() << QStringLiteral("graph.pdf");
        QTest::newRow("no extension")
                << QStringLiteral("graph") << QString() << QStringLiteral("graph");
        QTest::newRow("folder missing")
                << QStringLiteral("missing/graph.png") << QString() << QStringLiteral("missing");
        QTest::newRow("folder missing, SVG")
                << QStringLiteral("missing/graph.svg") << QString() << QStringLiteral("missing");
    }
    void errorsSayWhatIsWrong()
    {
        QFETCH(QString, file);
        QFETCH(QString, focus);
        QFETCH(QString, mentioned);
        Document doc;
        doc.setData(m_builtin);
        GraphRender::Options options;
        options.focus = focus;
        QString error;
        const QString path = m_dir.filePath(file);
        QVERIFY(!GraphRender::renderToFile(doc, options, path, &error));
        QVERIFY2(error.contains(mentioned), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void emptyDocumentStillGivesAPicture()
    {
        Document doc;
        const QString path = m_dir.filePath(QStringLiteral("empty.png"));
        QString error;
        QVERIFY2(GraphRender::renderToFile(doc, {}, path, &error), qPrintable(error));
        QVERIFY(!QImage(path).isNull());
    }

    void focusOutsideTheTimeWindowIsAnError()
    {
        Document doc;
        doc.setData(m_builtin);
        doc.setTimeWindow(QDate(2023, 1, 1), QDate(2023, 12, 31));
        GraphRender::Options options;
        options.focus = QStringLiteral("Perplexity"); // SK Telecom invested in 2024
        QString error;
        QVERIFY(!GraphRender::renderToFile(doc, options, m_dir.filePath(QStringLiteral("p.svg")),
                                           &error));
        QVERIFY2(error.contains(QStringLiteral("Perplexity")), qPrintable(error));
    }
};

QTEST_MAIN(TestGraphRender)
#include "tst_graphrender.moc"
