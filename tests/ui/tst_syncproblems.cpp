// SPDX-License-Identifier: GPL-3.0-or-later
// Errors one click away: after a sync where a source 404s, the status bar shows "1 source failed"
// and a click lists that source with what happened and what to try.
#include "context/appcontext.h"
#include "mainwindow.h"
#include "models/syncproblemmodel.h"
#include "settings/settings.h"
#include "sync/synccontroller.h"
#include "syncpresenter.h"
#include "syncproblemsdialog.h"
#include "synctestfeeds.h"
#include "testhttpserver.h"
#include "windowparts.h"

#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Medtour;
using namespace MedtourTest;
using namespace Qt::StringLiterals;

class tst_SyncProblems : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failedSourceIsOneClickAway();
};

void tst_SyncProblems::failedSourceIsOneClickAway()
{
    QTemporaryDir dir;
    TestHttpServer server;
    server.route("/a.xml", HttpResponse{200, {{"Content-Type", "application/rss+xml"}}, makeFeed(u"A"_s, 3, u"a"_s)});
    server.route("/gone.xml", HttpResponse{404, {}, "nothing here"});

    AppContext context;
    QVERIFY(!context.open(dir.filePath(u"cache.sqlite"_s), false));
    Source a;
    a.url = server.url(u"/a.xml"_s);
    a.name = u"Outlet A"_s;
    QVERIFY(context.sources().add(a).ok());
    Source gone;
    gone.url = server.url(u"/gone.xml"_s);
    gone.name = u"Gone outlet"_s;
    const Result<qint64> goneId = context.sources().add(gone);
    QVERIFY(goneId.ok());

    Settings settings(dir.filePath(u"s.ini"_s));
    Ui::MainWindow window(context, settings);
    FetchSettings fetch;
    fetch.maxRetries = 0;
    fetch.useSystemProxy = false;
    SyncController sync(context.database().path(), fetch);
    Ui::SyncPresenter presenter(sync, window);
    window.show();
    QToolButton *button = window.findChild<QToolButton *>(u"syncProblemsButton"_s);
    QVERIFY(button);
    QCOMPARE(button, presenter.problemsButton());
    QVERIFY(!button->isVisible()); // nothing failed yet

    QSignalSpy finished(&sync, &SyncController::syncFinished);
    WindowParts::action(window, "syncAction")->trigger();
    QVERIFY(finished.wait(30000));
    QTRY_VERIFY(button->isVisible());
    // "1 source failed" (the English plural comes from the catalogue, which tests do not load)
    QVERIFY2(button->text().startsWith(u"1 source"_s) && button->text().contains(u"failed"_s),
             qPrintable(button->text()));

    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = window.findChild<Ui::SyncProblemsDialog *>(u"syncProblemsDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const SyncProblemModel *model = dialog->model();
    QCOMPARE(dialog->view()->model(), model);
    QCOMPARE(model->rowCount(), 1); // the source that worked is not listed
    const auto cell = [model](int column, int role = Qt::DisplayRole) {
        return model->index(0, column).data(role).toString();
    };
    QCOMPARE(cell(SyncProblemModel::SourceColumn), u"Gone outlet"_s);
    QCOMPARE(model->index(0, 0).data(SyncProblemModel::SourceIdRole).toLongLong(), *goneId);
    QVERIFY2(cell(SyncProblemModel::ProblemColumn).contains(u"no longer exists"_s),
             qPrintable(cell(SyncProblemModel::ProblemColumn)));
    QVERIFY2(cell(0, SyncProblemModel::AdviceRole).contains(u"Check the address"_s),
             qPrintable(cell(0, SyncProblemModel::AdviceRole)));
    QVERIFY2(cell(SyncProblemModel::DetailColumn).contains(u"HTTP 404"_s), qPrintable(cell(3)));
    QVERIFY(!cell(SyncProblemModel::TimeColumn).isEmpty());
    // The status bar's message says it in the same words.
    QVERIFY2(window.statusBar()->currentMessage().contains(u"no longer exists"_s),
             qPrintable(window.statusBar()->currentMessage()));

    // Fixed on the server: the next sync clears the indicator and the open list.
    server.route("/gone.xml",
                 HttpResponse{200, {{"Content-Type", "application/rss+xml"}}, makeFeed(u"G"_s, 2, u"g"_s)});
    finished.clear();
    WindowParts::action(window, "syncAction")->trigger();
    QVERIFY(finished.wait(30000));
    QTRY_VERIFY(!button->isVisible());
    QCOMPARE(model->rowCount(), 0);
}

QTEST_MAIN(tst_SyncProblems)
#include "tst_syncproblems.moc"
