// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real medtour-cli binary: its commands, JSON shapes and exit codes are an interface.
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
    p.start(QStringLiteral(MEDTOUR_CLI), args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QString data(const char *name)
{
    return QStringLiteral(MEDTOUR_TEST_DATA "/feeds/") + QLatin1StringView(name);
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
    const Run ingest = cli({u"--db"_s, db, u"ingest"_s, QStringLiteral(MEDTOUR_SAMPLE_FEED)});
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
    const Run again = cli({u"--db"_s, db, u"ingest"_s, QStringLiteral(MEDTOUR_SAMPLE_FEED)});
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

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
