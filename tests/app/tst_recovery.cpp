// SPDX-License-Identifier: GPL-3.0-or-later
// A damaged cache: detected at open, moved aside (never deleted), rebuilt from what SQLite can still
// read, and the user's stars, notes and read marks recovered from the file or from the backup beside it.
#include "context/appcontext.h"
#include "storage/articlerepository.h"
#include "storage/maintenance.h"
#include "storage/userstatebackup.h"
#include "sync/feedingester.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Medtour;
using namespace Qt::StringLiterals;

namespace {

struct Curated
{
    QString guid;
    bool starred;
    bool read;
    QString note;
};

const QList<Curated> kCurated = {
    {u"medtour-sample-0001"_s, true, false, u"call the agency"_s},
    {u"medtour-sample-0005"_s, true, true, QString()},
    {u"medtour-sample-0010"_s, false, true, u"메모: 알마티 설명회"_s},
    {u"medtour-sample-0020"_s, false, true, QString()},
};

qint64 idOf(Database &db, const QString &guid)
{
    QSqlQuery q(db.db());
    q.prepare(u"SELECT id FROM articles WHERE guid = ?"_s);
    q.addBindValue(guid);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

/// Builds a cache from the sample and curates four articles; the context's close writes the backup.
void buildCuratedCache(const QString &path)
{
    AppContext context;
    QVERIFY(!context.open(path));
    QVERIFY(context.importedSampleArticles() >= 30);
    for (const Curated &c : kCurated) {
        const qint64 id = idOf(context.database(), c.guid);
        QVERIFY2(id > 0, qPrintable(c.guid));
        QVERIFY(context.articles().setStarred({id}, c.starred).ok());
        QVERIFY(context.articles().setRead({id}, c.read).ok());
        if (!c.note.isEmpty())
            QVERIFY(context.articles().setNote(id, c.note).ok());
    }
}

/// Overwrites `pages` pages of 4 KiB with random bytes, starting at page `first`.
void smash(const QString &path, qint64 first, int pages)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.size() > (first + pages) * 4096);
    QRandomGenerator rng(first);
    for (int p = 0; p < pages; ++p) {
        QByteArray junk(4096, '\0');
        for (char &c : junk)
            c = char(rng.bounded(256));
        QVERIFY(file.seek((first + p) * 4096));
        QCOMPARE(file.write(junk), qint64(junk.size()));
    }
}

void checkCurated(AppContext &context)
{
    for (const Curated &c : kCurated) {
        const qint64 id = idOf(context.database(), c.guid);
        QVERIFY2(id > 0, qPrintable(c.guid));
        const auto article = context.articles().article(id);
        QVERIFY(article);
        QCOMPARE(article->summary.state.starred, c.starred);
        QCOMPARE(article->summary.state.read, c.read);
        QCOMPARE(article->summary.state.note, c.note);
    }
}

} // namespace

class tst_Recovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backupRoundTrip();
    void damagedPagesAreSalvaged_data();
    void damagedPagesAreSalvaged();
    void lostArticlesGetTheirStateBackAfterSync_data();
    void lostArticlesGetTheirStateBackAfterSync();
    void unreadableFileFallsBackToBackup();
    void soundCacheIsLeftAlone();

private:
    QTemporaryDir m_dir;
};

void tst_Recovery::backupRoundTrip()
{
    const QString path = m_dir.filePath(u"roundtrip.sqlite"_s);
    buildCuratedCache(path);
    const Result<QList<UserStateEntry>> saved = UserStateBackup::load(UserStateBackup::pathFor(path));
    QVERIFY(saved);
    QCOMPARE(saved->size(), kCurated.size());
    for (const UserStateEntry &e : *saved)
        QVERIFY(e.changed > 0);
}

void tst_Recovery::damagedPagesAreSalvaged_data()
{
    QTest::addColumn<int>("firstPage");
    QTest::addColumn<int>("pages");
    QTest::newRow("one page in the middle") << -1 << 1;
    QTest::newRow("four pages in the middle") << -1 << 4;
    QTest::newRow("the schema page") << 0 << 1;
    QTest::newRow("pages near the end") << -2 << 3;
}

void tst_Recovery::damagedPagesAreSalvaged()
{
    QFETCH(int, firstPage);
    QFETCH(int, pages);
    const QString path = m_dir.filePath(u"smashed-%1-%2.sqlite"_s.arg(firstPage).arg(pages));
    buildCuratedCache(path);
    const qint64 pageCount = QFileInfo(path).size() / 4096;
    const qint64 first = firstPage == -1 ? pageCount / 2 : firstPage == -2 ? pageCount - 4 : firstPage;
    // Page 0 holds the header as well; keep the 100-byte header so SQLite still knows the file.
    if (first == 0) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(100));
        QVERIFY(file.write(QByteArray(4096 - 100, '\x5a')) > 0);
    } else {
        smash(path, first, pages);
    }

    AppContext context;
    QVERIFY(!context.open(path));
    QVERIFY2(context.recovery().has_value(), "the damage must be detected at open");
    const RecoveryReport &report = *context.recovery();
    QVERIFY(QFile::exists(report.damagedPath)); // moved aside, not deleted
    QVERIFY(report.damagedPath.startsWith(path + u".damaged-"_s));
    QVERIFY(Maintenance::integrityProblems(context.database()).isEmpty());
    QVERIFY(context.database().isOpen());
}

void tst_Recovery::lostArticlesGetTheirStateBackAfterSync_data()
{
    damagedPagesAreSalvaged_data();
}

void tst_Recovery::lostArticlesGetTheirStateBackAfterSync()
{
    QFETCH(int, firstPage);
    QFETCH(int, pages);
    const QString path = m_dir.filePath(u"resync-%1-%2.sqlite"_s.arg(firstPage).arg(pages));
    buildCuratedCache(path);
    const qint64 pageCount = QFileInfo(path).size() / 4096;
    const qint64 first = firstPage == -1 ? pageCount / 2 : firstPage == -2 ? pageCount - 4 : std::max(1, firstPage);
    smash(path, first, pages);
    {
        AppContext context;
        QVERIFY(!context.open(path));
        QVERIFY(context.recovery().has_value());
        // What the damaged file lost comes back the way sync would bring it: the same source, the same items.
        QFile sample(TestData::sampleFeed());
        QVERIFY(sample.open(QIODevice::ReadOnly));
        Source source;
        source.url = QUrl(QString::fromLatin1(SampleData::kResourcePath).prepend(u"qrc"_s));
        QVERIFY(FeedIngester(context.database()).ingest(sample.readAll(), source).ok());
    } // closing writes the backup, which must still hold the states of the lost articles
    AppContext reopened;
    QVERIFY(!reopened.open(path));
    QVERIFY(!reopened.recovery().has_value());
    checkCurated(reopened);
}

void tst_Recovery::unreadableFileFallsBackToBackup()
{
    const QString path = m_dir.filePath(u"garbage.sqlite"_s);
    buildCuratedCache(path);
    {
        QFile file(path); // nothing of it is a database any more
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(64 * 1024, 'x'));
    }
    AppContext context;
    QVERIFY(!context.open(path));
    QVERIFY(context.recovery().has_value());
    QCOMPARE(context.recovery()->articles, 0);
    // The fresh cache is filled from the sample again, and the backup gives back every curated state.
    QVERIFY(context.importedSampleArticles() >= 30);
    checkCurated(context);
}

void tst_Recovery::soundCacheIsLeftAlone()
{
    const QString path = m_dir.filePath(u"sound.sqlite"_s);
    buildCuratedCache(path);
    AppContext context;
    QVERIFY(!context.open(path));
    QVERIFY(!context.recovery().has_value());
    const QStringList aside = QDir(m_dir.path()).entryList({u"sound.sqlite.damaged-*"_s});
    QVERIFY(aside.isEmpty());
    checkCurated(context);
}

QTEST_GUILESS_MAIN(tst_Recovery)
#include "tst_recovery.moc"
