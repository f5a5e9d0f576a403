// SPDX-License-Identifier: GPL-3.0-or-later
// The schema step that re-clusters a cache once: a cache as the build before it left it (every
// templated release chained into one cluster, signatures of the old format) is upgraded; its
// articles are placed again a batch per transaction with progress, by the reader's code and by
// medtour-cli, and the copies counts come out right with every star, note and read mark kept.
#include "../enrich/enrichtestdata.h"
#include "mustread.h"
#include "storage/articlerepository.h"
#include "storage/clusterrepository.h"
#include "storage/database.h"
#include "storage/schemamigrator.h"
#include "sync/articleenricher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Medtour;
using namespace Qt::StringLiterals;

namespace {

bool exec(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning() << sql << q.lastError().text();
        return false;
    }
    return true;
}

int count(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

/// The step whose statements drop the clusters, wherever the steps of other branches put it.
int reclusterStep()
{
    for (int v = 1; v <= SchemaMigrator::latestVersion(); ++v) {
        if (SchemaMigrator::statementsFor(v).contains(u"DELETE FROM clusters;"_s))
            return v;
    }
    return -1;
}

QList<EnrichTestData::Article> releases()
{
    QString error;
    const QList<EnrichTestData::Article> articles = EnrichTestData::load(u"templated-releases.json"_s, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return articles;
}

/// A cache at the version before the step, as the clustering that chained left it: all articles
/// (id = position + 1) in one cluster, old-format signatures, and the user's marks on a few.
bool writeChainedCache(const QString &path, const QList<EnrichTestData::Article> &articles, int version)
{
    bool ok = true;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        raw.setDatabaseName(path);
        ok =
            raw.open() && !SchemaMigrator::migrateTo(raw, version) && raw.transaction() &&
            exec(raw,
                 u"INSERT INTO sources (id, name, url, created) VALUES (1, 'Wire', 'https://wire.example/rss', 1)"_s) &&
            exec(raw, u"INSERT INTO clusters (id, representative_id, size, created) VALUES (1, 1, ?, 1)"_s,
                 {int(articles.size())});
        for (qsizetype i = 0; ok && i < articles.size(); ++i) {
            const EnrichTestData::Article &a = articles[i];
            const qint64 id = i + 1;
            QByteArray oldSignature("MTDS\x01\x04", 6);
            oldSignature.append(QByteArray(600, char(id)));
            ok =
                exec(raw,
                     u"INSERT INTO articles (id, source_id, guid, url, title, fetched, sort_time, language, "
                     "cluster_id) VALUES (?, 1, ?, ?, ?, 1, ?, 'ko', 1)"_s,
                     {id, a.id, QString(u"https://wire.example/"_s + a.id), a.title, a.published.toSecsSinceEpoch()}) &&
                exec(raw, u"INSERT INTO article_content (article_id, clean_text) VALUES (?, ?)"_s, {id, a.text}) &&
                exec(raw, u"INSERT INTO article_signatures (article_id, signature) VALUES (?, ?)"_s,
                     {id, oldSignature});
        }
        ok = ok &&
             exec(raw, u"INSERT INTO article_state (article_id, read, starred, note, changed) VALUES "
                       "(1, 1, 1, 'call the agency', 5), (7, 0, 1, '', 5), (20, 1, 0, 'later', 5)"_s) &&
             raw.commit();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"old"_s);
    return ok;
}

/// The user's marks as the test wrote them.
void checkUserState(const Database &db)
{
    ArticleRepository repo(db);
    const Result<Article> first = repo.article(1);
    QVERIFY(first);
    QVERIFY(first->summary.state.starred);
    QVERIFY(first->summary.state.read);
    QCOMPARE(first->summary.state.note, u"call the agency"_s);
    QVERIFY(repo.article(7)->summary.state.starred);
    QCOMPARE(repo.article(20)->summary.state.note, u"later"_s);
    QVERIFY(repo.article(20)->summary.state.read);
}

} // namespace

class tst_Recluster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void upgradeReclustersOnce();
    void commandLineReclustersFirst();

private:
    QTemporaryDir m_dir;
    QList<EnrichTestData::Article> m_articles;
    int m_step = -1;
};

void tst_Recluster::initTestCase()
{
    m_articles = releases();
    QCOMPARE(m_articles.size(), 20);
    m_step = reclusterStep();
    QVERIFY(m_step > 1);
}

void tst_Recluster::upgradeReclustersOnce()
{
    const QString path = m_dir.filePath(u"upgrade.sqlite"_s);
    QVERIFY(writeChainedCache(path, m_articles, m_step - 1));
    {
        Database db(u"upgraded"_s);
        const Error error = db.open(path);
        QVERIFY2(!error, qPrintable(error.detail));
        QVERIFY(SchemaMigrator::currentVersion(db.db()) >= m_step);
        // The chained cluster and the old signatures are gone; every article waits to be placed.
        QCOMPARE(count(db.db(), u"SELECT count(*) FROM clusters"_s), 0);
        QCOMPARE(count(db.db(), u"SELECT count(*) FROM articles WHERE cluster_id IS NOT NULL"_s), 0);
        QCOMPARE(mustRead(ClusterRepository(db).unplacedCount()), 20);
        checkUserState(db);

        // Placed a batch per transaction: another connection sees each batch as it is committed.
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"reader"_s);
        other.setDatabaseName(path);
        QVERIFY(other.open());
        ArticleEnricher enricher(db);
        ArticleEnricher::UnplacedCursor cursor;
        QList<int> progress;
        for (;;) {
            const Result<int> placed = enricher.placeUnplaced(cursor, 6);
            QVERIFY(placed);
            if (*placed == 0)
                break;
            progress.append(cursor.done);
            QCOMPARE(cursor.total, 20);
            QCOMPARE(count(other, u"SELECT count(*) FROM article_signatures"_s), cursor.done);
        }
        other.close();
        QCOMPARE(progress, (QList<int>{6, 12, 18, 20}));
        QCOMPARE(mustRead(ClusterRepository(db).unplacedCount()), 0);
        QCOMPARE(*enricher.placeUnplaced(), 0); // nothing left
    }
    QSqlDatabase::removeDatabase(u"reader"_s);

    // Once only: opening again keeps the clusters; they hold one story each, five copies counts of 4.
    Database db(u"reopened"_s);
    QVERIFY(!db.open(path));
    QCOMPARE(mustRead(ClusterRepository(db).unplacedCount()), 0);
    const QList<StoryCluster> clusters = mustRead(ClusterRepository(db).clusters(2, 100));
    QCOMPARE(clusters.size(), 5);
    for (const StoryCluster &c : clusters) {
        QCOMPARE(c.members.size(), 4);
        for (const StoryCluster::Member &m : c.members)
            QCOMPARE(m_articles[m.id - 1].story, m_articles[c.members.constFirst().id - 1].story);
    }
    const QList<ArticleSummary> page = mustRead(ArticleRepository(db).page({}, {}, 100));
    QCOMPARE(page.size(), 20);
    for (const ArticleSummary &row : page)
        QCOMPARE(row.copies, 4);
    checkUserState(db);
}

void tst_Recluster::commandLineReclustersFirst()
{
    const QString path = m_dir.filePath(u"cli.sqlite"_s);
    QVERIFY(writeChainedCache(path, m_articles, m_step - 1));
    QProcess cli;
    cli.start(QStringLiteral(MEDTOUR_CLI), {u"--db"_s, path, u"clusters"_s, u"--limit"_s, u"100"_s});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    const QByteArray err = cli.readAllStandardError();
    QVERIFY2(!err.contains("grouping copies") && !err.contains("warning"),
             err.constData()); // no progress: not a terminal
    const QJsonArray clusters = QJsonDocument::fromJson(cli.readAllStandardOutput()).array();
    QCOMPARE(clusters.size(), 5);
    for (const QJsonValue &c : clusters) {
        const QJsonArray members = c.toObject().value(u"articles").toArray();
        QCOMPARE(members.size(), 4);
        const QString story = members.first().toObject().value(u"guid").toString().section(u'/', 0, 0);
        for (const QJsonValue &m : members)
            QCOMPARE(m.toObject().value(u"guid").toString().section(u'/', 0, 0), story);
    }
    Database db(u"cli-checked"_s);
    QVERIFY(!db.open(path));
    checkUserState(db);
}

QTEST_GUILESS_MAIN(tst_Recluster)
#include "tst_recluster.moc"
