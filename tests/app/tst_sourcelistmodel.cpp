// SPDX-License-Identifier: GPL-3.0-or-later
// The Sources dialog's model: status, last success and next sync in people's words, the enabled
// check box writing through; and removing a source keeping its starred articles.
#include "models/sourcelistmodel.h"
#include "mustread.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/sourcerepository.h"
#include "sync/articlepreparer.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace Medtour;
using namespace Qt::StringLiterals;

class tst_SourceListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void statusTexts();
    void nextSyncTexts();
    void modelShowsStoredStatus();
    void checkBoxEnablesAndDisables();
    void editPersists();
    void removeKeepsStarredArticles();

private:
    qint64 addSource(const QString &name, const QString &url);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_SourceListModel::init()
{
    m_db = std::make_unique<Database>(u"model-test"_s);
    QFile::remove(m_dir.filePath(u"m.sqlite"_s));
    QVERIFY(!m_db->open(m_dir.filePath(u"m.sqlite"_s)));
}

void tst_SourceListModel::cleanup()
{
    m_db.reset();
}

qint64 tst_SourceListModel::addSource(const QString &name, const QString &url)
{
    Source s;
    s.name = name;
    s.url = QUrl(url);
    const Result<qint64> id = SourceRepository(*m_db).add(s);
    return id ? *id : 0;
}

void tst_SourceListModel::statusTexts()
{
    SourceStatus never;
    QCOMPARE(SourceListModel::stateOf(never), SourceListModel::State::Never);
    QCOMPARE(SourceListModel::statusText(never), u"Never synced"_s);

    SourceStatus ok;
    ok.lastAttempt = ok.lastSuccess = QDateTime::currentDateTimeUtc();
    QCOMPARE(SourceListModel::statusText(ok), u"OK"_s);
    ok.itemsNew = 3;
    QCOMPARE(SourceListModel::statusText(ok), u"OK, 3 new"_s);

    SourceStatus failed;
    failed.lastAttempt = QDateTime::currentDateTimeUtc();
    failed.error = u"HTTP 500 Internal Server Error\nmore detail"_s;
    QCOMPARE(SourceListModel::stateOf(failed), SourceListModel::State::Failed);
    QCOMPARE(SourceListModel::statusText(failed), u"Failed: HTTP 500 Internal Server Error"_s);
    failed.error = QString(300, u'x');
    QVERIFY(SourceListModel::statusText(failed).size() < 140);
    QVERIFY(SourceListModel::statusText(failed).endsWith(u'…'));
    // With the sync's code the status says it in people's words; the detail stays for the tooltip.
    failed.error = u"HTTP 404 File not found"_s;
    failed.errorCode = u"http"_s;
    failed.httpStatus = 404;
    const QString text = SourceListModel::statusText(failed);
    QVERIFY2(text.startsWith(u"Failed: "_s) && text.contains(u"no longer exists"_s), qPrintable(text));
    QVERIFY(!text.contains(u"File not found"_s));
}

void tst_SourceListModel::nextSyncTexts()
{
    const QDateTime now = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::LocalTime).toUTC();
    Source feed;
    SourceStatus st;
    QCOMPARE(SourceListModel::nextSyncText(feed, st, now), u"Due now"_s);
    st.nextDue = now.addSecs(-60);
    QCOMPARE(SourceListModel::nextSyncText(feed, st, now), u"Due now"_s);
    st.nextDue = now.addSecs(30 * 60);
    const QString today = SourceListModel::nextSyncText(feed, st, now);
    QVERIFY2(today.contains(u"10") && today.contains(u"30") && !today.contains(u"2026") && !today.contains(u"26"),
             qPrintable(today)); // today: the time only, in minutes
    st.nextDue = now.addDays(2);
    const QString later = SourceListModel::nextSyncText(feed, st, now);
    QVERIFY2(later.contains(QLocale().toString(QDate(2026, 3, 4), QLocale::ShortFormat)) && later.contains(u"10"),
             qPrintable(later)); // another day: with the date
    feed.enabled = false;
    QCOMPARE(SourceListModel::nextSyncText(feed, st, now), u"Off"_s);
    Source file;
    file.kind = Source::Kind::File;
    QCOMPARE(SourceListModel::nextSyncText(file, st, now), u"Not fetched"_s);
    QCOMPARE(SourceListModel::timeText({}, now), u"—"_s);
}

void tst_SourceListModel::modelShowsStoredStatus()
{
    const qint64 a = addSource(u"Alpha"_s, u"https://a.example/rss"_s);
    const qint64 b = addSource(u"Beta"_s, u"https://b.example/rss"_s);
    SourceStatus failed;
    failed.lastAttempt = QDateTime::currentDateTimeUtc();
    failed.httpStatus = 503;
    failed.error = u"HTTP 503 Service Unavailable (after 3 attempts)"_s;
    QVERIFY(!SourceRepository(*m_db).recordFetch(b, failed, 0));

    SourceRepository repo(*m_db);
    SourceListModel model(repo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    const int ra = model.rowOf(a);
    const int rb = model.rowOf(b);
    QCOMPARE(model.index(ra, SourceListModel::NameColumn).data().toString(), u"Alpha"_s);
    QCOMPARE(model.index(ra, SourceListModel::StatusColumn).data().toString(), u"Never synced"_s);
    QCOMPARE(model.index(ra, SourceListModel::LastSuccessColumn).data().toString(), u"—"_s);
    QCOMPARE(model.index(ra, SourceListModel::KindColumn).data().toString(), u"Feed"_s);
    QCOMPARE(model.index(rb, SourceListModel::StatusColumn).data().toString(),
             u"Failed: HTTP 503 Service Unavailable (after 3 attempts)"_s);
    const QString tip = model.index(rb, SourceListModel::StatusColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"503 Service Unavailable"_s) && tip.contains(u"HTTP status 503"_s), qPrintable(tip));
    QCOMPARE(model.index(rb, 0).data(SourceListModel::StateRole).toInt(), int(SourceListModel::State::Failed));

    SourceStatus ok;
    ok.lastAttempt = ok.lastSuccess = QDateTime::currentDateTimeUtc();
    ok.nextDue = ok.lastSuccess.addSecs(3600);
    QVERIFY(!SourceRepository(*m_db).recordFetch(a, ok, 10));
    model.reload();
    QCOMPARE(model.index(model.rowOf(a), SourceListModel::StatusColumn).data().toString(), u"OK"_s);
    QCOMPARE(model.index(model.rowOf(a), SourceListModel::LastSuccessColumn).data().toString(),
             SourceListModel::timeText(ok.lastSuccess, QDateTime::currentDateTimeUtc()));
    QVERIFY(model.index(model.rowOf(a), SourceListModel::NextSyncColumn).data().toString() != u"Due now"_s);
}

void tst_SourceListModel::checkBoxEnablesAndDisables()
{
    const qint64 a = addSource(u"Alpha"_s, u"https://a.example/rss"_s);
    SourceRepository repo(*m_db);
    SourceListModel model(repo);
    const QModelIndex check = model.index(model.rowOf(a), SourceListModel::EnabledColumn);
    QCOMPARE(check.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(model.setData(check, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(repo.byId(a)->enabled, false);
    QVERIFY(!repo.enabledIds().contains(a));
    QCOMPARE(model.index(model.rowOf(a), SourceListModel::NextSyncColumn).data().toString(), u"Off"_s);
    QVERIFY(model.setData(check, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(repo.byId(a)->enabled, true);
}

void tst_SourceListModel::editPersists()
{
    const qint64 a = addSource(u"Alpha"_s, u"https://a.example/rss"_s);
    SourceRepository repo(*m_db);
    Source s = *repo.byId(a);
    s.name = u"Renamed"_s;
    s.intervalMinutes = 180;
    s.timeZone = u"Asia/Tashkent"_s;
    s.language = u"ru"_s;
    s.fetchFullPage = true;
    s.folder = u"News/Central Asia"_s;
    s.url = QUrl(u"https://ignored.example/"_s); // the URL is not editable
    QVERIFY(!repo.update(s));
    const Source back = *repo.byId(a);
    QCOMPARE(back.name, u"Renamed"_s);
    QCOMPARE(back.intervalMinutes, 180);
    QCOMPARE(back.timeZone, u"Asia/Tashkent"_s);
    QCOMPARE(back.language, u"ru"_s);
    QVERIFY(back.fetchFullPage);
    QCOMPARE(back.folder, u"News/Central Asia"_s);
    QCOMPARE(back.url, QUrl(u"https://a.example/rss"_s));
    s.id = 9999;
    QCOMPARE(repo.update(s).code, Error::NotFound);
}

void tst_SourceListModel::removeKeepsStarredArticles()
{
    SourceRepository sources(*m_db);
    ArticleRepository articles(*m_db);
    const qint64 a = addSource(u"Alpha Daily"_s, u"https://a.example/rss"_s);
    const qint64 b = addSource(u"Beta"_s, u"https://b.example/rss"_s);
    QList<FeedItem> items;
    for (int i = 0; i < 3; ++i) {
        FeedItem item;
        item.id = u"same-guid-%1"_s.arg(i);
        item.title = u"Story %1"_s.arg(i);
        item.link = QUrl(u"https://a.example/%1"_s.arg(i));
        item.published = QDateTime::currentDateTimeUtc().addSecs(-i);
        items << item;
    }
    const Result<IngestStats> stats =
        articles.upsert(a, items, QDateTime::currentDateTimeUtc(), ArticlePreparer::prepareAll(items));
    QVERIFY(stats.ok());
    QCOMPARE(stats->stored.size(), 3);
    const qint64 starredId = stats->stored.at(1).id;
    QVERIFY(articles.setStarred({starredId}, true).ok());
    QVERIFY(articles.setNote(starredId, u"keep this"_s).ok());
    QCOMPARE(mustRead(sources.starredCount(a)), 1);

    int kept = -1;
    QVERIFY(!sources.remove(a, &kept));
    QCOMPARE(kept, 1);
    QVERIFY(!sources.byId(a));
    QCOMPARE(mustRead(articles.count({})), 1);
    const Result<Article> survivor = articles.article(starredId);
    QVERIFY(survivor);
    QCOMPARE(survivor->summary.title, u"Story 1"_s);
    QVERIFY(survivor->summary.state.starred);
    QCOMPARE(survivor->outlet, u"Alpha Daily"_s);
    const Result<Source> keptSource = sources.byUrl(SourceRepository::keptUrl());
    QVERIFY(keptSource);
    QCOMPARE(survivor->summary.sourceId, keptSource->id);
    QCOMPARE(keptSource->kind, Source::Kind::File);
    QVERIFY(!sources.enabledIds().contains(keptSource->id)); // never fetched

    // A second source with the same guids: its starred copy joins the kept one without a clash.
    QList<FeedItem> other = items;
    for (FeedItem &item : other)
        item.link = QUrl(item.link.toString().replace(u"a.example"_s, u"b.example"_s));
    const Result<IngestStats> bStats =
        articles.upsert(b, other, QDateTime::currentDateTimeUtc(), ArticlePreparer::prepareAll(other));
    QVERIFY(bStats.ok());
    QVERIFY(articles.setStarred({bStats->stored.at(1).id}, true).ok());
    QVERIFY(!sources.remove(b, &kept));
    QCOMPARE(kept, 1);
    QCOMPARE(mustRead(articles.count({})), 2);

    // Without starred articles nothing is kept.
    const qint64 c = addSource(u"Gamma"_s, u"https://c.example/rss"_s);
    QVERIFY(!sources.remove(c, &kept));
    QCOMPARE(kept, 0);
    QCOMPARE(sources.remove(c).code, Error::NotFound);
}

QTEST_GUILESS_MAIN(tst_SourceListModel)
#include "tst_sourcelistmodel.moc"
