// SPDX-License-Identifier: GPL-3.0-or-later
// Tray notification of new relevant articles: which qualify, the count and text, silence while the
// window is visible, and no second message about the same articles.
#include "articledetailpane.h"
#include "context/appcontext.h"
#include "mainwindow.h"
#include "models/articlelistmodel.h"
#include "newarticlenotifier.h"
#include "settings/settings.h"
#include "sync/synccontroller.h"
#include "traynotifier.h"
#include "windowparts.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Medtour;
using namespace Qt::StringLiterals;

class tst_NewArticleNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyRelevantOnesQualify();
    void messageCountsAndShowsThreeTitles();
    void silentWhileVisible();
    void noRepeatForTheSameArticles();
    void trayNotifierFollowsTheWindowAndSettings();
};

namespace {
QList<NewArticle> arrivals()
{
    return {
        {1, u"Kazakh patients choose Daejeon"_s, 0.35},
        {2, u"Seoul clinic opens Almaty office"_s, 0.92},
        {3, u"Weather in Busan"_s, 0.05},
        {4, u"Uzbek agency signs with Gangnam hospital"_s, 0.60},
        {5, u"Russian visitors up 20%"_s, 0.75},
        {6, u"Medical visa rules eased"_s, 0.81},
    };
}
/// "4 new relevant articles": English plurals come from a catalogue that tests do not load, so
/// "4 new relevant article(s)" is accepted too.
bool isTitle(const QString &title, int n)
{
    const QString base = u"%1 new relevant article"_s.arg(n);
    return title == base || title == base + u's' || title == base + u"(s)"_s;
}
} // namespace

void tst_NewArticleNotifier::onlyRelevantOnesQualify()
{
    Ui::NewArticleNotifier n;
    n.setThreshold(0.6);
    const QList<NewArticle> q = n.qualifying(arrivals());
    QList<qint64> ids;
    for (const NewArticle &a : q)
        ids << a.id;
    QCOMPARE(ids, (QList<qint64>{2, 6, 5, 4})); // most relevant first; 0.60 itself counts
    n.setThreshold(0.95);
    QVERIFY(n.qualifying(arrivals()).isEmpty());
    n.setThreshold(0.0);
    QCOMPARE(n.qualifying(arrivals()).size(), 6);
}

void tst_NewArticleNotifier::messageCountsAndShowsThreeTitles()
{
    Ui::NewArticleNotifier n;
    n.setThreshold(0.6);
    const std::optional<Ui::NewArticleNotice> notice = n.afterSync(arrivals(), /*windowVisible=*/false);
    QVERIFY(notice);
    QVERIFY2(isTitle(notice->title, 4), qPrintable(notice->title));
    QCOMPARE(notice->ids, (QList<qint64>{2, 6, 5, 4}));
    const QStringList lines = notice->message.split(u'\n');
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), u"Seoul clinic opens Almaty office"_s);
    QCOMPARE(lines.at(1), u"Medical visa rules eased"_s);
    QCOMPARE(lines.at(2), u"Russian visitors up 20%"_s);
    QCOMPARE(lines.at(3), u"and 1 more"_s); // no plural with %n = 1

    Ui::NewArticleNotifier one;
    one.setThreshold(0.9);
    const auto single = one.afterSync(arrivals(), false);
    QVERIFY(single);
    QVERIFY2(isTitle(single->title, 1), qPrintable(single->title));
    QCOMPARE(single->message, u"Seoul clinic opens Almaty office"_s);
}

void tst_NewArticleNotifier::silentWhileVisible()
{
    Ui::NewArticleNotifier n;
    n.setThreshold(0.6);
    QVERIFY(!n.afterSync(arrivals(), /*windowVisible=*/true));
    // Seen in the visible window: hiding it later does not bring them up again.
    QVERIFY(!n.afterSync(arrivals(), false));
    QVERIFY(!n.afterSync({}, false));
}

void tst_NewArticleNotifier::noRepeatForTheSameArticles()
{
    Ui::NewArticleNotifier n;
    n.setThreshold(0.6);
    QVERIFY(n.afterSync(arrivals(), false));
    QVERIFY(!n.afterSync(arrivals(), false));
    // A newcomer alone is announced, without the ones already told about.
    QList<NewArticle> next = arrivals();
    next << NewArticle{7, u"New JCI accreditation"_s, 0.7};
    const auto notice = n.afterSync(next, false);
    QVERIFY(notice);
    QCOMPARE(notice->ids, QList<qint64>{7});
    QVERIFY2(isTitle(notice->title, 1), qPrintable(notice->title));
}

void tst_NewArticleNotifier::trayNotifierFollowsTheWindowAndSettings()
{
    QTemporaryDir dir;
    AppContext context;
    QVERIFY(!context.open(dir.filePath(u"cache.sqlite"_s), /*importSample=*/true));
    Settings settings(dir.filePath(u"s.ini"_s));
    settings.setNotificationThreshold(0.5);
    Ui::MainWindow window(context, settings);
    SyncController sync(context.database().path());
    Ui::TrayNotifier tray(sync, window, settings); // offscreen: no tray, and no complaint
    QSignalSpy ready(&tray, &Ui::TrayNotifier::noticeReady);

    SourceSyncResult source;
    source.status = SyncStatus::Ok;
    source.newArticles = arrivals();
    SyncReport report;
    report.sources << source;

    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    tray.syncFinished(report);
    QCOMPARE(ready.size(), 0); // visible: the list shows them

    QTRY_VERIFY(WindowParts::articles(window)->rowCount() > 10);
    qint64 real = 0; // an article in the cache, not among those the visible window showed
    for (int row = 0; row < WindowParts::articles(window)->rowCount() && real == 0; ++row) {
        const qint64 id = WindowParts::articles(window)->summaryAt(row)->id;
        if (id > 6 && id != 12 && id != 13)
            real = id;
    }
    QVERIFY(real > 0);
    window.hide();
    source.newArticles = {{real, u"A"_s, 0.55}, {12, u"B"_s, 0.4}};
    report.sources = {source};
    tray.syncFinished(report);
    QCOMPARE(ready.size(), 1);
    QVERIFY(tray.lastNotice());
    QCOMPARE(tray.lastNotice()->ids, QList<qint64>{real});

    settings.setNotificationThreshold(0.3); // the Settings dialog's value is read at each sync
    source.newArticles = {{real, u"A"_s, 0.55}, {13, u"C"_s, 0.35}};
    report.sources = {source};
    tray.syncFinished(report);
    QCOMPARE(ready.size(), 2);
    QCOMPARE(tray.lastNotice()->ids, QList<qint64>{13}); // not the one already announced

    // Clicking the message brings the window back, on the article it announced.
    tray.activate();
    QVERIFY(window.isVisible());
    QCOMPARE(WindowParts::detailPane(window)->articleId().value_or(0), qint64(13)); // a sample article too
}

QTEST_MAIN(tst_NewArticleNotifier)
#include "tst_newarticlenotifier.moc"
