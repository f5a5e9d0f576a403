// SPDX-License-Identifier: GPL-3.0-or-later
// The reader's sync wiring: F5 starts a background sync of the configured sources, the status bar
// reports it, and the list shows the new articles when it is done, without the window waiting.
#include "context/appcontext.h"
#include "mainwindow.h"
#include "models/articlelistmodel.h"
#include "settings/settings.h"
#include "sync/synccontroller.h"
#include "syncpresenter.h"
#include "synctestfeeds.h"
#include "testhttpserver.h"
#include "windowparts.h"

#include <QAction>
#include <QSignalSpy>
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

QTEST_MAIN(tst_SyncPresenter)
#include "tst_syncpresenter.moc"
