// SPDX-License-Identifier: GPL-3.0-or-later
// Report profiles in-process, on a real cache with the clock given: when a schedule is due, and
// which articles a run reports (what arrived since the last run, also when a sync committed an
// article after the run with an earlier arrival time; never one twice).
#include "domain/reportprofile.h"
#include "export/reportrunner.h"
#include "mustread.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/reportrepository.h"
#include "storage/schemamigrator.h"
#include "storage/sourcerepository.h"
#include "sync/articlepreparer.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Medtour;
using namespace Medtour::Export;

class tst_ReportRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void latestSlot_data();
    void latestSlot();
    void dueOnceAfterMissedDays();
    void lateCommitReportedOnceAndNothingTwice();
    void filterAndEachStoryOnce();
    void runDueWritesFilesAndAdvances();
    void oneRunAtATime();

private:
    /// Stores `count` articles arrived at `fetched` and returns their ids.
    QList<qint64> store(Database &db, const QString &prefix, int count, const QDateTime &fetched,
                        const QString &extra = {});
    QStringList csvTitles(const QString &path);
    QTemporaryDir m_dir;
    int m_db = 0;
};

void tst_ReportRunner::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_ReportRunner::latestSlot_data()
{
    QTest::addColumn<QString>("every");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("latest");
    QTest::addColumn<QDateTime>("next");
    const QTimeZone seoul("Asia/Seoul");
    // 2026-11-04 is a Wednesday.
    QTest::newRow("daily, after today's time")
        << "daily"
        << "Asia/Seoul" << QDateTime({2026, 11, 4}, {8, 0}, seoul) << QDateTime({2026, 11, 4}, {7, 30}, seoul)
        << QDateTime({2026, 11, 5}, {7, 30}, seoul);
    QTest::newRow("daily, before today's time")
        << "daily"
        << "Asia/Seoul" << QDateTime({2026, 11, 4}, {7, 0}, seoul) << QDateTime({2026, 11, 3}, {7, 30}, seoul)
        << QDateTime({2026, 11, 4}, {7, 30}, seoul);
    QTest::newRow("weekdays, on Sunday") << "weekdays"
                                         << "Asia/Seoul" << QDateTime({2026, 11, 8}, {12, 0}, seoul)
                                         << QDateTime({2026, 11, 6}, {7, 30}, seoul)
                                         << QDateTime({2026, 11, 9}, {7, 30}, seoul);
    QTest::newRow("weekly on Monday") << "weekly:mon"
                                      << "Asia/Seoul" << QDateTime({2026, 11, 4}, {8, 0}, seoul)
                                      << QDateTime({2026, 11, 2}, {7, 30}, seoul)
                                      << QDateTime({2026, 11, 9}, {7, 30}, seoul);
    // New York springs forward on 2026-03-08: 02:30 does not exist that day; the run still happens once.
    const QTimeZone ny("America/New_York");
    QTest::newRow("daylight-saving gap") << "daily"
                                         << "America/New_York" << QDateTime({2026, 3, 8}, {12, 0}, ny)
                                         << QDateTime({2026, 3, 8}, {2, 30}, ny)
                                         << QDateTime({2026, 3, 9}, {2, 30}, ny);
}

void tst_ReportRunner::latestSlot()
{
    QFETCH(QString, every);
    QFETCH(QString, zone);
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, latest);
    QFETCH(QDateTime, next);
    ReportSchedule s;
    QString error;
    QVERIFY(ReportSchedule::parseEvery(every, &s, &error));
    QVERIFY(ReportSchedule::parseAt(zone == u"America/New_York" ? u"02:30" : u"07:30", &s, &error));
    s.timeZone = zone;
    QCOMPARE(s.latestSlot(now.toUTC()), latest.toUTC());
    QCOMPARE(s.nextSlot(now.toUTC()), next.toUTC());
    QCOMPARE(s.everyName(), every);
}

void tst_ReportRunner::dueOnceAfterMissedDays()
{
    ReportProfile p;
    p.schedule.timeZone = QStringLiteral("Asia/Seoul");
    p.schedule.at = QTime(7, 0);
    const QTimeZone seoul("Asia/Seoul");
    p.created = QDateTime({2026, 11, 1}, {12, 0}, seoul).toUTC();
    QVERIFY(!ReportRunner::isDue(p, QDateTime({2026, 11, 2}, {6, 59}, seoul).toUTC()));
    // Closed for three days: one run covers the latest time, not one per missed day.
    QDateTime slot;
    QVERIFY(ReportRunner::isDue(p, QDateTime({2026, 11, 5}, {9, 0}, seoul).toUTC(), &slot));
    QCOMPARE(slot, QDateTime({2026, 11, 5}, {7, 0}, seoul).toUTC());
    p.lastSlot = slot;
    QVERIFY(!ReportRunner::isDue(p, QDateTime({2026, 11, 5}, {23, 0}, seoul).toUTC()));
    QVERIFY(ReportRunner::isDue(p, QDateTime({2026, 11, 6}, {7, 0}, seoul).toUTC()));
    p.enabled = false;
    QVERIFY(!ReportRunner::isDue(p, QDateTime({2026, 11, 6}, {7, 0}, seoul).toUTC()));
}

QList<qint64> tst_ReportRunner::store(Database &db, const QString &prefix, int count, const QDateTime &fetched,
                                      const QString &extra)
{
    Source source;
    source.name = QStringLiteral("Desk ") + prefix;
    source.url = QUrl(QStringLiteral("https://desk.example.org/") + prefix);
    const Result<qint64> sourceId = SourceRepository(db).ensure(source);
    if (!sourceId)
        return {};
    QList<FeedItem> items;
    for (int i = 1; i <= count; ++i) {
        FeedItem item;
        item.id = prefix + QString::number(i);
        item.title = QStringLiteral("%1 %2 %3").arg(prefix).arg(i).arg(extra);
        item.link = QUrl(QStringLiteral("https://desk.example.org/%1/%2").arg(prefix).arg(i));
        item.published = QDateTime({2026, 11, 1}, {9, 0}, QTimeZone::utc());
        item.summary = item.title;
        items << item;
    }
    const Result<IngestStats> stats =
        ArticleRepository(db).upsert(*sourceId, items, fetched, ArticlePreparer::prepareAll(items));
    QList<qint64> ids;
    if (stats) {
        for (const StoredArticle &a : stats->stored)
            ids << a.id;
    }
    return ids;
}

QStringList tst_ReportRunner::csvTitles(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList titles;
    const QStringList lines = QString::fromUtf8(f.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    for (const QString &line : lines.mid(1))
        titles << line.section(u',', 2, 2);
    titles.sort();
    return titles;
}

void tst_ReportRunner::lateCommitReportedOnceAndNothingTwice()
{
    Database db;
    QVERIFY(!db.open(m_dir.filePath(QStringLiteral("late%1.sqlite").arg(++m_db))));
    ReportRepository reports(db);
    ReportProfile p;
    p.name = QStringLiteral("late");
    p.formats = {QStringLiteral("csv")};
    p.folder = m_dir.filePath(QStringLiteral("late"));
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-6 * 3600);
    p.created = t0.addSecs(-60);
    const Result<qint64> id = reports.add(p);
    QVERIFY(id);
    ReportRunner runner(db);

    QCOMPARE(store(db, QStringLiteral("A"), 3, t0).size(), 3);
    ReportRunOutcome run = runner.run(*reports.byId(*id), t0.addSecs(600));
    QCOMPARE(run.status, QStringLiteral("ok"));
    QCOMPARE(run.articles, 3);
    QCOMPARE(csvTitles(run.files.value(0)),
             (QStringList{QStringLiteral("A 1"), QStringLiteral("A 2"), QStringLiteral("A 3")}));

    // A sync stamped these 10 minutes before the run but committed after it; another arrives later.
    QCOMPARE(store(db, QStringLiteral("L"), 2, t0.addSecs(0)).size(), 2);
    QCOMPARE(store(db, QStringLiteral("N"), 1, t0.addSecs(1200)).size(), 1);
    run = runner.run(*reports.byId(*id), t0.addSecs(1800));
    QCOMPARE(run.articles, 3);
    QCOMPARE(csvTitles(run.files.value(0)),
             (QStringList{QStringLiteral("L 1"), QStringLiteral("L 2"), QStringLiteral("N 1")}));

    // Nothing new: nothing written.
    run = runner.run(*reports.byId(*id), t0.addSecs(2400));
    QCOMPARE(run.status, QStringLiteral("empty"));
    QVERIFY(run.files.isEmpty());
    // Long after, the remembered articles are forgotten, and still none comes back.
    run = runner.run(*reports.byId(*id), t0.addSecs(5 * 3600));
    QCOMPARE(run.status, QStringLiteral("empty"));
    QSqlQuery q(db.db());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM report_seen")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void tst_ReportRunner::filterAndEachStoryOnce()
{
    Database db;
    QVERIFY(!db.open(m_dir.filePath(QStringLiteral("filter%1.sqlite").arg(++m_db))));
    ReportRepository reports(db);
    ReportProfile p;
    p.name = QStringLiteral("search");
    p.formats = {QStringLiteral("csv")};
    p.folder = m_dir.filePath(QStringLiteral("filter"));
    p.query.text = QStringLiteral("카자흐스탄");
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-3600);
    p.created = t0.addSecs(-60);
    const Result<qint64> id = reports.add(p);
    QVERIFY(id);
    store(db, QStringLiteral("K"), 2, t0, QStringLiteral("카자흐스탄 환자"));
    store(db, QStringLiteral("O"), 2, t0, QStringLiteral("other news"));
    ReportRunner runner(db);
    const ReportRunOutcome run = runner.run(*reports.byId(*id), t0.addSecs(60));
    QCOMPARE(run.articles, 2);
    QCOMPARE(csvTitles(run.files.value(0)).size(), 2);
    QVERIFY(csvTitles(run.files.value(0)).at(0).startsWith(u"K 1"));
    // The articles that did not match are not reported later either.
    QCOMPARE(runner.run(*reports.byId(*id), t0.addSecs(120)).status, QStringLiteral("empty"));
}

void tst_ReportRunner::runDueWritesFilesAndAdvances()
{
    Database db;
    QVERIFY(!db.open(m_dir.filePath(QStringLiteral("due%1.sqlite").arg(++m_db))));
    ReportRepository reports(db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ReportProfile p;
    p.name = QStringLiteral("Due report");
    p.formats = {QStringLiteral("csv")};
    p.schedule.timeZone = QStringLiteral("UTC");
    p.schedule.at = QTime(now.addSecs(-3600).time().hour(), now.addSecs(-3600).time().minute());
    p.created = now.addDays(-2);
    QVERIFY(reports.add(p));
    store(db, QStringLiteral("D"), 2, now.addSecs(-120));
    ReportRunner runner(db);
    const QList<ReportRunOutcome> first = mustRead(runner.runDue(now));
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.at(0).articles, 2);
    // Without a folder, reports/<name> beside the cache.
    QVERIFY(first.at(0).files.value(0).startsWith(m_dir.filePath(QStringLiteral("reports/Due-report/Due-report-"))));
    QVERIFY(mustRead(runner.runDue(now.addSecs(60))).isEmpty());
    QCOMPARE(reports.byName(p.name)->lastStatus, QStringLiteral("ok"));
    QCOMPARE(reports.byName(p.name)->lastSlot, p.schedule.latestSlot(now));
}

void tst_ReportRunner::oneRunAtATime()
{
    Database db;
    QVERIFY(!db.open(m_dir.filePath(QStringLiteral("busy%1.sqlite").arg(++m_db))));
    ReportRepository reports(db);
    ReportProfile p;
    p.name = QStringLiteral("busy");
    p.formats = {QStringLiteral("csv")};
    p.folder = m_dir.filePath(QStringLiteral("busy"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    p.created = now.addSecs(-600);
    const Result<qint64> id = reports.add(p);
    QVERIFY(id);
    store(db, QStringLiteral("B"), 2, now.addSecs(-60));
    // Another process (the reader, or cron) is running this report: this run stays out of its way.
    QVERIFY(*reports.claim(*id, now.addSecs(-30)));
    ReportRunner runner(db);
    ReportRunOutcome run = runner.run(*reports.byId(*id), now);
    QCOMPARE(run.status, QStringLiteral("busy"));
    QVERIFY(run.files.isEmpty());
    QVERIFY(!reports.byId(*id)->watermark.isValid());
    // A claim an hour old is a crashed run's: it lapses, and the articles are reported once.
    run = runner.run(*reports.byId(*id), now.addSecs(ReportRepository::kClaimLapseSecs));
    QCOMPARE(run.status, QStringLiteral("ok"));
    QCOMPARE(run.articles, 2);
    QCOMPARE(runner.run(*reports.byId(*id), now.addSecs(ReportRepository::kClaimLapseSecs + 60)).status,
             QStringLiteral("empty"));
}

QTEST_GUILESS_MAIN(tst_ReportRunner)
#include "tst_reportrunner.moc"
