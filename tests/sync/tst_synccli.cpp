// SPDX-License-Identifier: GPL-3.0-or-later
// medtour-cli sync and sources, run as a process against a server on 127.0.0.1.
#include "synctestfeeds.h"
#include "testhttpserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace MedtourTest;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

} // namespace

class tst_SyncCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addAndList();
    void queryKind();
    void syncReport();
    void enableDisableRemove();
    void opmlImportExport();
    void discover();
    void pageKind();
    void badInput();
    void parseAndExtractUrls();
    void batchThatCannotCommit();

private:
    Run cli(const QStringList &args, const QString &db = {});
    QTemporaryDir m_dir;
    QString m_db;
    TestHttpServer m_server;
};

Run tst_SyncCli::cli(const QStringList &args, const QString &db)
{
    QProcess p;
    // The CLI uses the system proxy; the test server is local, so no proxy may get in between.
    p.setProcessEnvironment(TestHttpServer::environmentWithoutProxy());
    p.start(QStringLiteral(MEDTOUR_CLI), QStringList{u"--db"_s, db.isEmpty() ? m_db : db} + args);
    Run r;
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void tst_SyncCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"cli.sqlite"_s);
    HttpResponse feed;
    feed.headers = {{"Content-Type", "application/rss+xml"}, {"ETag", "\"e1\""}};
    feed.body = makeFeed(u"CLI feed"_s, 4, u"cli"_s);
    m_server.route("/cli.xml", [feed](const HttpRequest &request) {
        if (request.headers.value("if-none-match") == "\"e1\"") {
            HttpResponse notModified;
            notModified.status = 304;
            return notModified;
        }
        return feed;
    });
    HttpResponse gone;
    gone.status = 404;
    m_server.route("/gone.xml", gone);
    HttpResponse page;
    page.headers = {{"Content-Type", "text/html; charset=utf-8"}};
    page.body = "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" title=\"All\" href=\"/cli.xml\">"
                "</head><body>news</body></html>";
    m_server.route("/site", page);
}

void tst_SyncCli::addAndList()
{
    const Run add = cli({u"sources"_s, u"add"_s, m_server.url(u"/cli.xml"_s).toString(), u"--folder"_s, u"Test"_s});
    QCOMPARE(add.code, 0);
    const QJsonObject added = add.json().object();
    QCOMPARE(added.value(u"id").toInt(), 1);
    QCOMPARE(added.value(u"kind").toString(), u"feed"_s);
    QCOMPARE(added.value(u"folder").toString(), u"Test"_s);
    QVERIFY(!added.value(u"fetch_full_page").toBool());
    const Run gone = cli(
        {u"sources"_s, u"add"_s, m_server.url(u"/gone.xml"_s).toString(), u"--name"_s, u"Gone"_s, u"--full-page"_s});
    QCOMPARE(gone.code, 0);
    QVERIFY(gone.json().object().value(u"fetch_full_page").toBool());
    // The same URL twice is refused.
    const Run again = cli({u"sources"_s, u"add"_s, m_server.url(u"/cli.xml"_s).toString()});
    QCOMPARE(again.code, 1);
    QVERIFY(again.err.contains("exists"));

    const Run list = cli({u"sources"_s, u"list"_s});
    QCOMPARE(list.code, 0);
    const QJsonArray rows = list.json().array();
    QCOMPARE(rows.size(), 2);
    for (const char *key : {"id", "name", "url", "enabled", "last_attempt", "last_success", "http_status", "error",
                            "items_new", "items_updated", "next_due", "folder", "kind"})
        QVERIFY2(rows.at(0).toObject().contains(QLatin1StringView(key)), key);
    QVERIFY(rows.at(0).toObject().value(u"last_attempt").isNull());
}

void tst_SyncCli::queryKind()
{
    const Run add = cli({u"sources"_s, u"add"_s, u"외국인 환자 유치"_s, u"--kind"_s, u"query"_s});
    QCOMPARE(add.code, 0);
    const QJsonObject s = add.json().object();
    QCOMPARE(s.value(u"kind").toString(), u"query"_s);
    QCOMPARE(
        QUrl(s.value(u"url").toString()).toString(QUrl::FullyEncoded),
        u"https://news.google.com/rss/search?q=%EC%99%B8%EA%B5%AD%EC%9D%B8%20%ED%99%98%EC%9E%90%20%EC%9C%A0%EC%B9%98"
        "&hl=ko&gl=KR&ceid=KR:ko"_s);
    QCOMPARE(s.value(u"name").toString(), u"Google News: 외국인 환자 유치"_s);
    // Disabled at once: this test must never reach news.google.com.
    QCOMPARE(cli({u"sources"_s, u"disable"_s, QString::number(s.value(u"id").toInt())}).code, 0);
}

void tst_SyncCli::syncReport()
{
    const Run first = cli({u"sync"_s});
    QCOMPARE(first.code, 0);
    const QJsonArray report = first.json().array();
    QCOMPARE(report.size(), 2); // the disabled query is not fetched
    const QJsonObject ok = report.at(0).toObject();
    QCOMPARE(ok.value(u"id").toInt(), 1);
    QCOMPARE(ok.value(u"name").toString(), u"CLI feed"_s); // took the feed's title
    QCOMPARE(ok.value(u"status").toString(), u"ok"_s);
    QCOMPARE(ok.value(u"http_status").toInt(), 200);
    QCOMPARE(ok.value(u"new").toInt(), 4);
    QCOMPARE(ok.value(u"updated").toInt(), 0);
    QVERIFY(ok.value(u"bytes").toInt() > 0);
    QVERIFY(ok.contains(u"ms"));
    QCOMPARE(ok.value(u"error").toString(), QString());
    const QJsonObject gone = report.at(1).toObject();
    QCOMPARE(gone.value(u"status").toString(), u"error"_s);
    QCOMPARE(gone.value(u"error").toString(), u"HTTP 404 Not Found"_s);

    // Nothing is due now; --once fetches anyway, conditionally.
    QCOMPARE(cli({u"sync"_s}).json().array().size(), 0);
    const QJsonArray once = cli({u"sync"_s, u"--once"_s, u"--source"_s, u"1"_s}).json().array();
    QCOMPARE(once.size(), 1);
    QCOMPARE(once.at(0).toObject().value(u"status").toString(), u"not-modified"_s);
    QCOMPARE(once.at(0).toObject().value(u"http_status").toInt(), 304);

    const QJsonArray rows = cli({u"sources"_s, u"list"_s}).json().array();
    for (const QJsonValue &v : rows) {
        const QJsonObject s = v.toObject();
        if (s.value(u"id").toInt() == 2) {
            QCOMPARE(s.value(u"error").toString(), u"HTTP 404 Not Found"_s);
            QCOMPARE(s.value(u"http_status").toInt(), 404);
            QVERIFY(s.value(u"last_success").isNull());
            QVERIFY(!s.value(u"next_due").isNull());
        } else if (s.value(u"id").toInt() == 1) {
            QCOMPARE(s.value(u"http_status").toInt(), 304);
            QVERIFY(!s.value(u"last_success").isNull());
        }
    }
    QCOMPARE(cli({u"list"_s}).json().array().size(), 4);
}

void tst_SyncCli::enableDisableRemove()
{
    const Run disabled = cli({u"sources"_s, u"disable"_s, u"2"_s});
    QCOMPARE(disabled.code, 0);
    QCOMPARE(disabled.json().object().value(u"enabled").toBool(), false);
    QCOMPARE(cli({u"sources"_s, u"enable"_s, u"2"_s}).json().object().value(u"enabled").toBool(), true);
    const Run removed = cli({u"sources"_s, u"remove"_s, u"2"_s});
    QCOMPARE(removed.code, 0);
    QCOMPARE(removed.json().object().value(u"removed").toInt(), 2);
    QCOMPARE(removed.json().object().value(u"kept_starred").toInt(-1), 0); // it had no starred articles
    QCOMPARE(cli({u"sources"_s, u"remove"_s, u"2"_s}).code, 1);
    QCOMPARE(cli({u"sync"_s, u"--source"_s, u"2"_s}).code, 1);
}

void tst_SyncCli::opmlImportExport()
{
    const QString in = m_dir.filePath(u"in.opml"_s);
    QFile f(in);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"(<?xml version="1.0"?><opml version="1.0"><head><title>Mine</title></head><body>
<outline text="Medical press"><outline type="rss" text="청년의사" xmlUrl="https://www.docdocdoc.co.kr/rss/allArticle.xml"/></outline>
<outline type="rss" text="dup" xmlUrl=")" +
            m_server.url(u"/cli.xml"_s).toEncoded() + R"("/>
</body></opml>)");
    f.close();
    const Run imported = cli({u"sources"_s, u"import"_s, in});
    QCOMPARE(imported.code, 0);
    QCOMPARE(imported.json().object().value(u"added").toInt(), 1);
    QCOMPARE(imported.json().object().value(u"skipped").toInt(), 1);
    const qint64 id = imported.json().object().value(u"ids").toArray().at(0).toInt();
    // Imported, never fetched here: disable it before any sync could.
    QCOMPARE(cli({u"sources"_s, u"disable"_s, QString::number(id)}).code, 0);

    const QString out = m_dir.filePath(u"out.opml"_s);
    const Run exported = cli({u"sources"_s, u"export"_s, out});
    QCOMPARE(exported.code, 0);
    QCOMPARE(exported.json().object().value(u"sources").toInt(), 3);
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray opml = written.readAll();
    QVERIFY(opml.contains("<outline text=\"Medical press\""));
    QVERIFY(opml.contains("xmlUrl=\"https://www.docdocdoc.co.kr/rss/allArticle.xml\""));
    QVERIFY(opml.contains("news.google.com/rss/search"));
}

void tst_SyncCli::discover()
{
    const Run found = cli({u"sources"_s, u"discover"_s, m_server.url(u"/site"_s).toString()});
    QCOMPARE(found.code, 0);
    const QJsonArray feeds = found.json().array();
    QCOMPARE(feeds.size(), 1);
    QCOMPARE(feeds.at(0).toObject().value(u"url").toString(), m_server.url(u"/cli.xml"_s).toString());
    QCOMPARE(feeds.at(0).toObject().value(u"title").toString(), u"All"_s);
    // A feed URL discovers itself.
    const QJsonArray self = cli({u"sources"_s, u"discover"_s, m_server.url(u"/cli.xml"_s).toString()}).json().array();
    QCOMPARE(self.size(), 1);
    QCOMPARE(self.at(0).toObject().value(u"title").toString(), u"CLI feed"_s);
}

void tst_SyncCli::pageKind()
{
    // A press-release board without a feed: two rows, each a link to its article.
    HttpResponse board;
    board.headers = {{"Content-Type", "text/html; charset=utf-8"}};
    board.body = u"<html lang=\"ko\"><head><title>보도자료</title></head><body><table><tbody>"
                 "<tr><td>2</td><td><a href=\"/board/bbsView.do?nttId=12\">외국인 환자 유치 실적 발표</a></td>"
                 "<td>2024-05-02</td></tr>"
                 "<tr><td>1</td><td><a href=\"/board/bbsView.do?nttId=11\">의료 해외진출 지원 사업 공모</a></td>"
                 "<td>2024-04-29</td></tr></tbody></table></body></html>"_s.toUtf8();
    m_server.route("/board/list.do", board);
    for (const char *id : {"11", "12"}) {
        HttpResponse article;
        article.headers = {{"Content-Type", "text/html; charset=utf-8"}};
        article.body = u"<html><body><article><div id=\"article-view-content-div\"><p>%1</p><p>%1</p></div>"
                       "</article></body></html>"_s
                           .arg(u"보건복지부는 외국인 환자 유치와 의료 해외진출을 지원하는 사업을 "
                                "올해도 이어간다고 밝혔다. 지원 대상과 일정은 누리집에 "
                                "공고된다."_s.repeated(3))
                           .toUtf8();
        m_server.route("/board/bbsView.do?nttId=" + QByteArray(id), article);
    }
    const QString url = m_server.url(u"/board/list.do"_s).toString();
    const Run add = cli({u"sources"_s, u"add"_s, url, u"--kind"_s, u"page"_s, u"--name"_s, u"Ministry board"_s});
    QCOMPARE(add.code, 0);
    const QJsonObject added = add.json().object();
    QCOMPARE(added.value(u"kind").toString(), u"page"_s);
    QCOMPARE(added.value(u"name").toString(), u"Ministry board"_s);
    QVERIFY(added.value(u"fetch_full_page").toBool()); // a list gives titles only
    const QString id = QString::number(added.value(u"id").toInt());

    const Run once = cli({u"sync"_s, u"--once"_s, u"--source"_s, id});
    QCOMPARE(once.code, 0);
    const QJsonArray report = once.json().array();
    QCOMPARE(report.size(), 1);
    const QJsonObject r = report.at(0).toObject();
    QCOMPARE(r.value(u"status").toString(), u"ok"_s);
    QCOMPARE(r.value(u"name").toString(), u"Ministry board"_s);
    QCOMPARE(r.value(u"new").toInt(), 2);
    QCOMPARE(r.value(u"error_code").toString(), QString());
    QCOMPARE(m_server.hits("/board/bbsView.do?nttId=11"), 1);
    QCOMPARE(m_server.hits("/board/bbsView.do?nttId=12"), 1);

    bool listed = false;
    for (const QJsonValue &v : cli({u"sources"_s, u"list"_s}).json().array()) {
        const QJsonObject s = v.toObject();
        if (s.value(u"id").toInt() != added.value(u"id").toInt())
            continue;
        listed = true;
        QCOMPARE(s.value(u"kind").toString(), u"page"_s);
        QCOMPARE(s.value(u"items_new").toInt(), 2);
        QCOMPARE(s.value(u"http_status").toInt(), 200);
    }
    QVERIFY(listed);

    // Exported as a link outline, not as a feed.
    const QString out = m_dir.filePath(u"pages.opml"_s);
    QCOMPARE(cli({u"sources"_s, u"export"_s, out}).code, 0);
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray opml = written.readAll();
    QVERIFY(opml.contains("type=\"link\""));
    QVERIFY(opml.contains(QByteArray("url=\"" + url.toUtf8() + "\"")));
    QVERIFY(!opml.contains(QByteArray("xmlUrl=\"" + url.toUtf8() + "\"")));
}

void tst_SyncCli::badInput()
{
    QCOMPARE(cli({u"sources"_s, u"add"_s, u"ftp://x.example/rss"_s}).code, 1);
    QCOMPARE(cli({u"sources"_s, u"add"_s, u"x"_s, u"--kind"_s, u"page"_s}).code, 1); // not a URL
    QCOMPARE(cli({u"sources"_s, u"add"_s, u"https://x.example/"_s, u"--kind"_s, u"blog"_s}).code, 2);
    QCOMPARE(cli({u"sources"_s, u"frobnicate"_s}).code, 2);
    QCOMPARE(cli({u"sources"_s, u"import"_s, m_dir.filePath(u"missing.opml"_s)}).code, 1);
    QCOMPARE(cli({u"sync"_s, u"--source"_s, u"abc"_s}).code, 2);
    QCOMPARE(cli({u"sync"_s, u"extra"_s}).code, 2);
}

void tst_SyncCli::parseAndExtractUrls()
{
    // `parse URL` and `extract URL` fetch through the sync's HTTP client: its limits and errors.
    const Run parsed = cli({u"parse"_s, m_server.url(u"/cli.xml"_s).toString()});
    QCOMPARE(parsed.code, 0);
    QCOMPARE(parsed.json().object().value(u"items"_s).toArray().size(), 4);

    const Run gone = cli({u"parse"_s, m_server.url(u"/gone.xml"_s).toString()});
    QVERIFY(gone.code != 0);
    QVERIFY2(gone.err.contains("gone.xml") && gone.err.contains("404"), gone.err.constData());

    // 32 MB of spaces, gzip'd small: cut off at the decoded size limit, not read into memory.
    HttpResponse bomb;
    bomb.headers = {{"Content-Type", "application/rss+xml"}, {"Content-Encoding", "gzip"}};
    bomb.body = TestHttpServer::gzip(QByteArray(32 * 1024 * 1024, ' '));
    m_server.route("/bomb.xml", bomb);
    const Run cut = cli({u"parse"_s, m_server.url(u"/bomb.xml"_s).toString()});
    QVERIFY(cut.code != 0);
    QVERIFY2(cut.err.contains("too large") || cut.err.contains("larger"), cut.err.constData());

    HttpResponse article;
    article.headers = {{"Content-Type", "text/html; charset=utf-8"}};
    article.body = "<html><head><title>대전시 의료관광 설명회</title></head><body><article><h1>대전시 의료관광 "
                   "설명회</h1><p>대전시는 카자흐스탄 알마티에서 의료관광 설명회를 열었다고 밝혔다. 지역 병원 "
                   "여덟 곳이 참여해 건강검진과 척추 치료 상담을 했다.</p></article></body></html>";
    m_server.route("/news/articleView.html", article);
    const Run extracted = cli({u"extract"_s, m_server.url(u"/news/articleView.html"_s).toString()});
    QCOMPARE(extracted.code, 0);
    QVERIFY2(extracted.json().object().value(u"text"_s).toString().contains(u"알마티"_s), extracted.out.constData());
}

void tst_SyncCli::batchThatCannotCommit()
{
    // The command-line sync stores many feeds per transaction. When that transaction cannot
    // commit, none of its feeds may be reported as stored, none of their articles kept, and no
    // ETag saved (or the next sync would get 304 and never store them). A deferred foreign key
    // that one feed's article breaks makes the COMMIT itself fail, after every statement worked.
    const QString db = m_dir.filePath(u"batch.sqlite"_s);
    for (const QString &name : {u"batch-a"_s, u"batch-b"_s}) {
        HttpResponse feed;
        feed.headers = {{"Content-Type", "application/rss+xml"}, {"ETag", "\"" + name.toLatin1() + "\""}};
        feed.body = makeFeed(name, 3, name);
        m_server.route("/" + name.toLatin1() + ".xml", [feed, name](const HttpRequest &request) {
            if (request.headers.value("if-none-match") == "\"" + name.toLatin1() + "\"") {
                HttpResponse notModified;
                notModified.status = 304;
                return notModified;
            }
            return feed;
        });
        QCOMPARE(cli({u"sources"_s, u"add"_s, m_server.url(u"/%1.xml"_s.arg(name)).toString()}, db).code, 0);
    }
    const auto exec = [&db](const QString &sql) {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"batch-poison"_s);
        raw.setDatabaseName(db);
        bool ok = raw.open();
        if (ok) {
            QSqlQuery q(raw);
            ok = q.exec(sql);
            if (!ok)
                qWarning() << q.lastError().text();
        }
        raw.close();
        raw = {};
        QSqlDatabase::removeDatabase(u"batch-poison"_s);
        return ok;
    };
    QVERIFY(exec(u"CREATE TABLE poison (article_id INTEGER REFERENCES articles(id) DEFERRABLE INITIALLY DEFERRED)"_s));
    QVERIFY(exec(u"CREATE TRIGGER poison_batch AFTER INSERT ON articles WHEN NEW.guid = 'batch-b-1' "
                 "BEGIN INSERT INTO poison VALUES (-1); END"_s));

    const Run failed = cli({u"sync"_s, u"--once"_s}, db);
    const QJsonArray report = failed.json().array();
    QCOMPARE(report.size(), 2);
    for (const QJsonValue &v : report) {
        const QJsonObject r = v.toObject();
        QCOMPARE(r.value(u"status").toString(), u"error"_s);
        QCOMPARE(r.value(u"new").toInt(), 0);
        QVERIFY2(r.value(u"error").toString().contains(u"FOREIGN KEY"_s), qPrintable(r.value(u"error").toString()));
    }
    QCOMPARE(cli({u"list"_s}, db).json().array().size(), 0);
    const QJsonArray afterFailure = cli({u"sources"_s, u"list"_s}, db).json().array();
    QCOMPARE(afterFailure.size(), 2);
    for (const QJsonValue &v : afterFailure) {
        const QJsonObject s = v.toObject();
        QVERIFY2(s.value(u"error").toString().contains(u"FOREIGN KEY"_s), qPrintable(s.value(u"error").toString()));
        QVERIFY(s.value(u"last_success").isNull());
    }

    // Once the cause is gone, the next sync fetches both feeds in full (no 304) and stores them.
    QVERIFY(exec(u"DROP TRIGGER poison_batch"_s));
    const QJsonArray again = cli({u"sync"_s, u"--once"_s}, db).json().array();
    QCOMPARE(again.size(), 2);
    for (const QJsonValue &v : again) {
        const QJsonObject r = v.toObject();
        QVERIFY2(r.value(u"status").toString() == u"ok"_s, qPrintable(r.value(u"error").toString()));
        QCOMPARE(r.value(u"http_status").toInt(), 200);
        QCOMPARE(r.value(u"new").toInt(), 3);
    }
    QCOMPARE(cli({u"list"_s}, db).json().array().size(), 6);
}

QTEST_GUILESS_MAIN(tst_SyncCli)
#include "tst_synccli.moc"
