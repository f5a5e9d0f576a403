// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real medtour-cli binary: its commands, JSON shapes and exit codes are an interface.
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    // The CLI's own logging defaults are under test, not the test runner's rules.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MEDTOUR_CLI), args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QString data(const char *name)
{
    return TestData::path(QStringLiteral("feeds/") + QLatin1StringView(name));
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version();
    void parsePrintsFeedJson_data();
    void parsePrintsFeedJson();
    void parseErrors_data();
    void parseErrors();
    void ingestThenList();
    void showAndMissing();
    void unknownCommand();
    void helpIsUtf8();
    void searchAndFilters();
    void userStateFromScripts();
    void statsAndCheck();
    void extractPrintsPageJson();
    void storedAuthorsArePeople();
    void recoverKeepsStars();

private:
    QTemporaryDir m_dir;
};

void tst_Cli::version()
{
    const Run r = cli({u"--version"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(MEDTOUR_VERSION));
}

void tst_Cli::parsePrintsFeedJson_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("items");
    QTest::addColumn<QString>("firstPublished");
    QTest::newRow("rss2") << data("rss2-basic.xml") << u"rss2.0"_s << 2 << u"2019-05-23T00:18:00Z"_s;
    QTest::newRow("atom") << data("atom-basic.xml") << u"atom1.0"_s << 2 << u"2026-10-01T00:30:00Z"_s;
}

void tst_Cli::parsePrintsFeedJson()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(int, items);
    QFETCH(QString, firstPublished);
    const Run r = cli({u"parse"_s, file});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    for (const char *key : {"format", "encoding", "title", "link", "language", "errors", "items"})
        QVERIFY2(o.contains(QLatin1StringView(key)), key);
    QCOMPARE(o.value(u"format").toString(), format);
    const QJsonArray array = o.value(u"items").toArray();
    QCOMPARE(array.size(), items);
    const QJsonObject first = array.first().toObject();
    for (const char *key :
         {"id", "title", "link", "published", "updated", "authors", "categories", "summary", "content_html"}) {
        QVERIFY2(first.contains(QLatin1StringView(key)), key);
    }
    QCOMPARE(first.value(u"published").toString(), firstPublished);
    QVERIFY(first.value(u"link").toString().startsWith(u"https://"_s)); // absolute
    QVERIFY(first.value(u"authors").isArray());
}

void tst_Cli::parseErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("reason");
    QTest::newRow("missing file") << data("does-not-exist.xml") << QByteArray("no such file");
    QTest::newRow("html page") << data("not-a-feed.html") << QByteArray("not a feed");
}

void tst_Cli::parseErrors()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, reason);
    const Run r = cli({u"parse"_s, file});
    QVERIFY(r.exitCode > 0);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(reason), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1); // one line
}

void tst_Cli::ingestThenList()
{
    const QString db = m_dir.filePath(u"x.db"_s);
    const Run ingest = cli({u"--db"_s, db, u"ingest"_s, TestData::sampleFeed()});
    QCOMPARE(ingest.exitCode, 0);
    const QJsonArray reports = QJsonDocument::fromJson(ingest.out).array();
    QCOMPARE(reports.size(), 1);
    const int added = reports[0].toObject().value(u"added").toInt();
    QVERIFY(added >= 30);

    const Run list = cli({u"--db"_s, db, u"list"_s, u"--limit"_s, u"100"_s});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(rows.size(), added);
    const QJsonObject row = rows.first().toObject();
    for (const char *key : {"id", "source", "title", "link", "published", "read", "starred"})
        QVERIFY2(row.contains(QLatin1StringView(key)), key);
    QVERIFY(row.value(u"source").toString().contains(u"Sample"_s));
    QVERIFY(row.value(u"published").toString().endsWith(u'Z'));

    const Run limited = cli({u"--db"_s, db, u"list"_s, u"--limit"_s, u"5"_s});
    QCOMPARE(QJsonDocument::fromJson(limited.out).array().size(), 5);

    // Ingesting again adds nothing.
    const Run again = cli({u"--db"_s, db, u"ingest"_s, TestData::sampleFeed()});
    QCOMPARE(QJsonDocument::fromJson(again.out).array()[0].toObject().value(u"added").toInt(), 0);
}

void tst_Cli::showAndMissing()
{
    const QString db = m_dir.filePath(u"show.db"_s);
    QCOMPARE(cli({u"--db"_s, db, u"ingest"_s, data("rss2-basic.xml")}).exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(cli({u"--db"_s, db, u"list"_s}).out).array();
    QCOMPARE(rows.size(), 2);
    const int id = rows[0].toObject().value(u"id").toInt();
    const Run show = cli({u"--db"_s, db, u"show"_s, QString::number(id)});
    QCOMPARE(show.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(show.out).object();
    QCOMPARE(o.value(u"id").toInt(), id);
    QVERIFY(o.contains(u"content_html"));

    const Run missing = cli({u"--db"_s, db, u"show"_s, u"999999"_s});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("no article"));
}

void tst_Cli::unknownCommand()
{
    const Run r = cli({u"frobnicate"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("unknown command"));
}

void tst_Cli::helpIsUtf8()
{
    // The synopses are UTF-8 source text: "…" must reach the terminal as "…", not as "â¦".
    const Run r = cli({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    const QString help = QString::fromUtf8(r.out);
    QVERIFY2(help.contains(u"[--group-by …] a report in any format"_s), qPrintable(help));
}

void tst_Cli::searchAndFilters()
{
    const QString db = m_dir.filePath(u"search.db"_s);
    QCOMPARE(cli({u"--db"_s, db, u"ingest"_s, TestData::sampleFeed()}).exitCode, 0);
    const Run search = cli({u"--db"_s, db, u"search"_s, u"카자흐스탄 설명회"_s, u"--limit"_s, u"5"_s});
    QCOMPARE(search.exitCode, 0);
    const QJsonArray hits = QJsonDocument::fromJson(search.out).array();
    QVERIFY(!hits.isEmpty());
    for (const QJsonValue &hit : hits) {
        const QJsonObject o = hit.toObject();
        for (const char *key : {"id", "title", "source", "published", "snippet", "score"})
            QVERIFY2(o.contains(QLatin1StringView(key)), key);
        QVERIFY(o.value(u"snippet").toString().contains(u"<mark>"_s));
    }
    // Scores come best first.
    for (qsizetype i = 1; i < hits.size(); ++i)
        QVERIFY(hits[i - 1].toObject().value(u"score").toDouble() >= hits[i].toObject().value(u"score").toDouble());

    const QJsonArray english =
        QJsonDocument::fromJson(cli({u"--db"_s, db, u"list"_s, u"--lang"_s, u"en"_s, u"--limit"_s, u"100"_s}).out)
            .array();
    const QJsonArray all = QJsonDocument::fromJson(cli({u"--db"_s, db, u"list"_s, u"--limit"_s, u"100"_s}).out).array();
    QVERIFY(!english.isEmpty());
    QVERIFY(english.size() < all.size());

    const QJsonArray november =
        QJsonDocument::fromJson(
            cli({u"--db"_s, db, u"list"_s, u"--since"_s, u"2026-11-01"_s, u"--until"_s, u"2026-11-10"_s}).out)
            .array();
    QVERIFY(!november.isEmpty());
    for (const QJsonValue &row : november) {
        const QString published = row.toObject().value(u"published").toString();
        QVERIFY2(published >= u"2026-11-01"_s && published < u"2026-11-11"_s, qPrintable(published));
    }

    const Run bad = cli({u"--db"_s, db, u"list"_s, u"--since"_s, u"yesterday-ish"_s});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("not a date"));

    const Run clusters = cli({u"--db"_s, db, u"clusters"_s});
    QCOMPARE(clusters.exitCode, 0);
    const QJsonArray stories = QJsonDocument::fromJson(clusters.out).array();
    QCOMPARE(stories.size(), 1); // the sample's press release copied by three outlets
    const QJsonObject story = stories[0].toObject();
    for (const char *key : {"id", "representative", "articles"})
        QVERIFY2(story.contains(QLatin1StringView(key)), key);
    QCOMPARE(story.value(u"articles").toArray().size(), 3);
    for (const QJsonValue &member : story.value(u"articles").toArray()) {
        for (const char *key : {"id", "guid", "link", "title", "source", "published"})
            QVERIFY2(member.toObject().contains(QLatin1StringView(key)), key);
    }

    const Run facets = cli({u"--db"_s, db, u"facets"_s});
    QCOMPARE(facets.exitCode, 0);
    const QJsonObject f = QJsonDocument::fromJson(facets.out).object();
    QCOMPARE(f.value(u"total").toInt(), all.size());
    for (const char *key : {"markets", "regions", "specialties", "hospitals", "events", "sources", "languages"})
        QVERIFY2(f.value(QLatin1StringView(key)).isArray(), key);
}

void tst_Cli::userStateFromScripts()
{
    const QString db = m_dir.filePath(u"state.db"_s);
    QCOMPARE(cli({u"--db"_s, db, u"ingest"_s, data("rss2-basic.xml")}).exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(cli({u"--db"_s, db, u"list"_s}).out).array();
    const QString a = QString::number(rows[0].toObject().value(u"id").toInt());
    const QString b = QString::number(rows[1].toObject().value(u"id").toInt());

    const Run star = cli({u"--db"_s, db, u"star"_s, a + u',' + b});
    QCOMPARE(star.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(star.out).object().value(u"changed").toInt(), 2);
    QCOMPARE(cli({u"--db"_s, db, u"read"_s, a}).exitCode, 0);
    QCOMPARE(cli({u"--db"_s, db, u"unstar"_s, b}).exitCode, 0);
    QCOMPARE(cli({u"--db"_s, db, u"note"_s, a, u"call"_s, u"the agency"_s}).exitCode, 0);

    const QJsonArray starred = QJsonDocument::fromJson(cli({u"--db"_s, db, u"list"_s, u"--starred"_s}).out).array();
    QCOMPARE(starred.size(), 1);
    QCOMPARE(QString::number(starred[0].toObject().value(u"id").toInt()), a);
    QVERIFY(starred[0].toObject().value(u"read").toBool());
    const QJsonArray unread = QJsonDocument::fromJson(cli({u"--db"_s, db, u"list"_s, u"--unread"_s}).out).array();
    QCOMPARE(unread.size(), 1);
    const QJsonObject shown = QJsonDocument::fromJson(cli({u"--db"_s, db, u"show"_s, a}).out).object();
    QCOMPARE(shown.value(u"note").toString(), u"call the agency"_s);
    QVERIFY(shown.value(u"tags").isObject());

    const Run missing = cli({u"--db"_s, db, u"star"_s, u"424242"_s});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("no article"));
    QCOMPARE(cli({u"--db"_s, db, u"star"_s, u"1,x"_s}).exitCode, 2);
    QCOMPARE(cli({u"--db"_s, db, u"unread"_s, a}).exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(cli({u"--db"_s, db, u"list"_s, u"--unread"_s}).out).array().size(), 2);
}

void tst_Cli::statsAndCheck()
{
    const QString db = m_dir.filePath(u"stats.db"_s);
    QCOMPARE(cli({u"--db"_s, db, u"ingest"_s, data("rss2-basic.xml")}).exitCode, 0);
    const Run stats = cli({u"--db"_s, db, u"stats"_s});
    QCOMPARE(stats.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(stats.out).object();
    QCOMPARE(o.value(u"articles").toInt(), 2);
    QCOMPARE(o.value(u"sources").toInt(), 1);
    QVERIFY(stats.err.isEmpty()); // no log noise on stderr
    const Run check = cli({u"--db"_s, db, u"check"_s});
    QCOMPARE(check.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(check.out).object().value(u"ok").toBool());
    QCOMPARE(cli({u"--db"_s, db, u"optimize"_s, u"--vacuum"_s}).exitCode, 0);
    QCOMPARE(cli({u"--db"_s, db, u"prune"_s}).exitCode, 2);
    const Run prune = cli({u"--db"_s, db, u"prune"_s, u"--per-source"_s, u"1"_s});
    QCOMPARE(prune.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(prune.out).object().value(u"removed").toInt(), 1);
}

void tst_Cli::extractPrintsPageJson()
{
    // A Daejeon–Tashkent MOU page: the extract command must tag and score it as ingest would.
    const Run r = cli({u"extract"_s, TestData::path(QStringLiteral("pages/ndsoft-articleview.html")), u"--url"_s,
                       u"https://www.example.kr/news/articleView.html?idxno=1"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    for (const char *key :
         {"url", "canonical_url", "title", "published", "authors", "outlet", "emails", "dateline", "lang", "encoding",
          "text", "paragraphs", "captions", "tags", "relevance", "relevance_reasons"})
        QVERIFY2(o.contains(QLatin1StringView(key)), key);
    QCOMPARE(o.value(u"published").toString(), u"2019-05-23T00:18:00Z"_s);
    QCOMPARE(o.value(u"authors").toArray().first().toString(), u"홍길동"_s);
    const QJsonObject tags = o.value(u"tags").toObject();
    QVERIFY(tags.value(u"markets").toArray().contains(u"UZ"_s));
    QVERIFY(tags.value(u"regions").toArray().contains(u"KR-30"_s));
    QVERIFY(tags.value(u"events").toArray().contains(u"mou"_s));
    QVERIFY(o.value(u"relevance").toDouble() > 0.5);
    QVERIFY(!o.value(u"relevance_reasons").toArray().isEmpty());
    QVERIFY(!o.value(u"text").toString().contains(u"▲"_s)); // the caption stays apart
    QCOMPARE(o.value(u"captions").toArray().size(), 1);

    // A page whose body is empty without JavaScript and whose article is JSON-LD data, naming its outlet as an
    // author: the text comes from the data, the outlet goes to "outlet", "authors" lists the reporter only.
    const Run data = cli({u"extract"_s, TestData::path(QStringLiteral("pages/jsonld-articlebody.html"))});
    QCOMPARE(data.exitCode, 0);
    const QJsonObject d = QJsonDocument::fromJson(data.out).object();
    QCOMPARE(d.value(u"outlet").toString(), u"광주남도일보"_s);
    QCOMPARE(d.value(u"authors").toArray(), QJsonArray{u"박광주"_s});
    QVERIFY(d.value(u"text").toString().startsWith(u"광주 빛고을병원이 베트남 환자를"_s));

    const Run missing = cli({u"extract"_s, u"/nonexistent/page.html"_s});
    QVERIFY(missing.exitCode != 0);
    QVERIFY(!missing.err.isEmpty());
}

void tst_Cli::storedAuthorsArePeople()
{
    // A feed whose author fields name an outlet with its portal, a wire, a desk: "parse" shows the feed as written,
    // the stored article lists its reporters only and keeps the outlet as "outlet".
    const QString db = m_dir.filePath(u"authors.db"_s);
    const Run parsed = cli({u"parse"_s, data("author-labels.xml")});
    QCOMPARE(QJsonDocument::fromJson(parsed.out).object().value(u"items").toArray().at(0).toObject().value(u"authors"),
             QJsonArray{u"대전일보 | 네이버"_s});
    QCOMPARE(cli({u"--db"_s, db, u"ingest"_s, data("author-labels.xml")}).exitCode, 0);
    QHash<QString, QJsonObject> byTitle;
    for (const QJsonValue row : QJsonDocument::fromJson(cli({u"--db"_s, db, u"list"_s}).out).array()) {
        const Run show = cli({u"--db"_s, db, u"show"_s, QString::number(row.toObject().value(u"id").toInt())});
        const QJsonObject o = QJsonDocument::fromJson(show.out).object();
        byTitle.insert(o.value(u"title").toString(), o);
    }
    const QJsonObject daejeon = byTitle.value(u"대전시, 카자흐스탄 의료관광 설명회"_s);
    QCOMPARE(daejeon.value(u"authors").toArray(), QJsonArray());
    QCOMPARE(daejeon.value(u"outlet").toString(), u"대전일보"_s);
    const QJsonObject busan = byTitle.value(u"부산 병원들, 몽골 환자 유치"_s);
    QCOMPARE(busan.value(u"authors").toArray(), QJsonArray{u"김부산"_s});
    QCOMPARE(busan.value(u"outlet").toString(), u"연합뉴스"_s);
    const QJsonObject daegu = byTitle.value(u"대구 의료관광 특파원 보고"_s);
    QCOMPARE(daegu.value(u"authors").toArray(), QJsonArray{u"이대구"_s});
    QCOMPARE(daegu.value(u"outlet").toString(), QString());
}

void tst_Cli::recoverKeepsStars()
{
    const QString db = m_dir.filePath(u"damaged.db"_s);
    QCOMPARE(cli({u"--db"_s, db, u"ingest"_s, TestData::sampleFeed()}).exitCode, 0);
    QCOMPARE(cli({u"--db"_s, db, u"star"_s, u"1,2"_s}).exitCode, 0);
    QCOMPARE(cli({u"--db"_s, db, u"recover"_s}).exitCode, 0); // sound: left alone
    QCOMPARE(QDir(m_dir.path()).entryList({u"damaged.db.damaged-*"_s}).size(), 0);
    {
        QFile file(db); // smash the pages of the user-state table's neighbourhood
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(40000));
        file.write(QByteArray(14000, 'g'));
    }
    const Run refused = cli({u"--db"_s, db, u"list"_s});
    QVERIFY(refused.exitCode != 0);
    QVERIFY(refused.err.contains("recover"));
    const Run recovered = cli({u"--db"_s, db, u"recover"_s});
    QCOMPARE(recovered.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(recovered.out).object();
    QVERIFY(report.value(u"recovered").toBool());
    QVERIFY(QFile::exists(report.value(u"damaged_path").toString()));
    QCOMPARE(QJsonDocument::fromJson(cli({u"--db"_s, db, u"list"_s, u"--starred"_s}).out).array().size(), 2);
    QCOMPARE(cli({u"--db"_s, db, u"check"_s}).exitCode, 0);
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
