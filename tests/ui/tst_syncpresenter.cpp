// SPDX-License-Identifier: GPL-3.0-or-later
// The reader's sync wiring: F5 starts a background sync of the configured sources, the status bar
// reports it, and the list shows the new articles when it is done, without the window waiting.
#include "context/appcontext.h"
#include "mainwindow.h"
#include "models/articlelistmodel.h"
#include "mustread.h"
#include "settings/settings.h"
#include "storage/clusterrepository.h"
#include "storage/schemamigrator.h"
#include "sync/synccontroller.h"
#include "syncpresenter.h"
#include "synctestfeeds.h"
#include "testhttpserver.h"
#include "windowparts.h"

#include <QAction>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Medtour;
using namespace MedtourTest;
using namespace Qt::StringLiterals;

class tst_SyncPresenter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void f5SyncsAndTheListShowsTheNewArticles();
    void noSourcesSaysWhatToDo();
    void placesUnclusteredArticlesWithProgress();
};

void tst_SyncPresenter::f5SyncsAndTheListShowsTheNewArticles()
{
    QTemporaryDir dir;
    TestHttpServer server;
    server.route("/a.xml",
                 HttpResponse{200, {{"Content-Type", "application/rss+xml"}}, makeFeed(u"Outlet A"_s, 12, u"a"_s)});
    server.route("/broken.xml", HttpResponse{500, {}, "oops"});

    AppContext context;
    QVERIFY(!context.open(dir.filePath(u"cache.sqlite"_s), /*importSample=*/false));
    Source a;
    a.url = server.url(u"/a.xml"_s);
    a.name = u"Outlet A"_s;
    QVERIFY(context.sources().add(a).ok());
    Source broken;
    broken.url = server.url(u"/broken.xml"_s);
    broken.name = u"Broken outlet"_s;
    QVERIFY(context.sources().add(broken).ok());

    Settings settings(dir.filePath(u"s.ini"_s));
    Ui::MainWindow window(context, settings);
    FetchSettings fetch;
    fetch.maxRetries = 0;
    SyncController sync(context.database().path(), fetch);
    Ui::SyncPresenter presenter(sync, window);
    window.show();
    QVERIFY(WindowParts::action(window, "syncAction")->isEnabled());
    QCOMPARE(WindowParts::articles(window)->rowCount(), 0);

    QSignalSpy finished(&sync, &SyncController::syncFinished);
    WindowParts::action(window, "syncAction")->trigger();
    QVERIFY(finished.wait(30000));
    QTRY_COMPARE_WITH_TIMEOUT(WindowParts::articles(window)->rowCount(), 12, 10000);
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(u"12"_s) && message.contains(u"Broken outlet"_s), qPrintable(message));
}

void tst_SyncPresenter::noSourcesSaysWhatToDo()
{
    QTemporaryDir dir;
    AppContext context;
    QVERIFY(!context.open(dir.filePath(u"empty.sqlite"_s), false));
    Settings settings(dir.filePath(u"s.ini"_s));
    Ui::MainWindow window(context, settings);
    SyncController sync(context.database().path());
    Ui::SyncPresenter presenter(sync, window);
    QSignalSpy finished(&sync, &SyncController::syncFinished);
    WindowParts::action(window, "syncAction")->trigger();
    QVERIFY(finished.wait(10000));
    QVERIFY2(window.statusBar()->currentMessage().contains(u"sources add"_s),
             qPrintable(window.statusBar()->currentMessage()));
}

void tst_SyncPresenter::placesUnclusteredArticlesWithProgress()
{
    // The sample's three copies of one release, after an upgrade's schema step dropped every
    // cluster: the reader places them again on the sync thread, shows it, and then the copies.
    QTemporaryDir dir;
    AppContext context;
    QVERIFY(!context.open(dir.filePath(u"cache.sqlite"_s), /*importSample=*/true));
    const int articles = context.importedSampleArticles();
    QVERIFY(articles > 30);
    int step = -1;
    for (int v = 1; v <= SchemaMigrator::latestVersion() && step < 0; ++v)
        step = SchemaMigrator::statementsFor(v).contains(u"DELETE FROM clusters;"_s) ? v : -1;
    QVERIFY(step > 0);
    QSqlQuery q(context.database().db());
    for (const QString &statement : SchemaMigrator::statementsFor(step))
        QVERIFY(q.exec(statement));
    QCOMPARE(mustRead(context.clusters().unplacedCount()), articles);

    Settings settings(dir.filePath(u"s.ini"_s));
    Ui::MainWindow window(context, settings);
    SyncController sync(context.database().path());
    Ui::SyncPresenter presenter(sync, window);
    window.show();
    const auto copiesOf = [&window, &context](const QString &guid) {
        QSqlQuery find(context.database().db());
        find.prepare(u"SELECT id FROM articles WHERE guid = ?"_s);
        find.addBindValue(guid);
        if (!find.exec() || !find.next())
            return -2;
        const qint64 id = find.value(0).toLongLong();
        const ArticleListModel *model = WindowParts::articles(window);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (model->data(index, ArticleListModel::IdRole).toLongLong() == id)
                return model->data(index, ArticleListModel::CopiesRole).toInt();
        }
        return -1;
    };
    QCOMPARE(copiesOf(u"medtour-sample-0012"_s), 1);

    QSignalSpy progress(&sync, &SyncController::clusteringProgress);
    QSignalSpy finished(&sync, &SyncController::clusteringFinished);
    sync.placeUnplaced();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.constFirst().constFirst().toInt(), articles);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast(), (QList<QVariant>{articles, articles}));
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(QString::number(articles)), qPrintable(message));
    QVERIFY(!window.statusBar()->findChild<QProgressBar *>()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(copiesOf(u"medtour-sample-0012"_s), 3, 10000);
    QCOMPARE(mustRead(context.clusters().unplacedCount()), 0);
}

QTEST_MAIN(tst_SyncPresenter)
#include "tst_syncpresenter.moc"
