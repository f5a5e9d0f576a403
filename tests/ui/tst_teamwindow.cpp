// SPDX-License-Identifier: GPL-3.0-or-later
// Team mode in the reader's window, against a real PostgreSQL (PgServer) and the real service pass
// (medtour-cli sync --once as the service member): Settings → Team makes the join address, the
// window joins through the sync thread and lists the team's articles, a commit of the service shows
// in the list within seconds (NOTIFY), a colleague's note shows under the article, the Sources
// dialog is read-only for a reader, and offline the status bar says so while changes wait, then
// drain. An editor adds (with discovery), edits, disables and removes a team source in the Sources
// dialog, each made on the server and pulled back; offline the dialog says so and nothing changes,
// and an editor demoted meanwhile is refused and gets the read-only dialog.
#include "addfeeddialog.h"
#include "clirun.h"
#include "context/appcontext.h"
#include "mainwindow.h"
#include "models/articlelistmodel.h"
#include "models/sourcelistmodel.h"
#include "pgserver.h"
#include "settings/settings.h"
#include "sourceeditdialog.h"
#include "sourcesdialog.h"
#include "storage/articlerepository.h"
#include "storage/replicarepository.h"
#include "storage/sourcerepository.h"
#include "sync/sourceprobe.h"
#include "sync/synccontroller.h"
#include "syncpresenter.h"
#include "synctestfeeds.h"
#include "teampresenter.h"
#include "teamsettings.h"
#include "testhttpserver.h"
#include "windowparts.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <cstdio>

using namespace Medtour;
using namespace MedtourTest;
using namespace Qt::StringLiterals;

namespace {

/// Answers the next message box with `button` once it is shown.
void answerMessageBox(QMessageBox::StandardButton button)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        box->button(button)->click();
        timer->stop();
        timer->deleteLater();
    });
    timer->start();
}

} // namespace

class tst_TeamWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void settingsMakeTheJoinAddress();
    void windowJoinsSeesCommitsNotesAndWorksOffline();
    void editorChangesTheTeamsSourcesInTheDialog();

private:
    /// The source with `id` as the team server lists it (empty when there is none).
    QJsonObject serverSource(qint64 id) const;
    CliRun cli(const QStringList &args) const;
    QString url(const QString &member) const { return m_pg.url(member, member + u"-pw"_s, u"medtour"_s); }

    QTemporaryDir m_dir;
    PgServer m_pg;
    TestHttpServer m_http;
    QProcessEnvironment m_env;
    QAtomicInt m_items = 8;
};

CliRun tst_TeamWindow::cli(const QStringList &args) const
{
    CliOptions options;
    options.environment = m_env;
    return runCli(args, options);
}

QJsonObject tst_TeamWindow::serverSource(qint64 id) const
{
    const CliRun listed = cli({u"--server"_s, url(u"svc"_s), u"sources"_s, u"list"_s});
    for (const QJsonValue &v : listed.json().array()) {
        if (v[u"id"_s].toInteger() == id)
            return v.toObject();
    }
    return {};
}

void tst_TeamWindow::initTestCase()
{
    // This process joins too: its password file is the test's.
    qputenv("MEDTOUR_CREDENTIALS", m_dir.filePath(u"credentials.pgpass"_s).toLocal8Bit());
    m_env = TestHttpServer::environmentWithoutProxy();
    m_env.insert(u"MEDTOUR_CREDENTIALS"_s, m_dir.filePath(u"credentials.pgpass"_s));
    m_env.remove(u"MEDTOUR_SERVER"_s);
    CliOptions options;
    options.environment = m_env;
    const QString failed = m_pg.startTeam({{u"svc"_s, u"--service"_s}, {u"minji"_s, u"--editor"_s}, {u"daniyar"_s, {}}},
                                          m_dir.path(), u"-pw"_s, options);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_http.route("/clinics.xml", [](const HttpRequest &) {
        HttpResponse r;
        r.headers = {{"Content-Type", "application/rss+xml"}};
        r.body = makeFeed(u"Clinic news"_s, 3, u"clinic"_s);
        return r;
    });
    m_http.route("/team.xml", [this](const HttpRequest &) {
        HttpResponse r;
        r.headers = {{"Content-Type", "application/rss+xml"}};
        r.body = makeFeed(u"Team outlet"_s, m_items.loadRelaxed(), u"team"_s);
        return r;
    });
    QCOMPARE(cli({u"--server"_s, url(u"minji"_s), u"sources"_s, u"add"_s, m_http.url(u"/team.xml"_s).toString(),
                  u"--name"_s, u"Team outlet"_s})
                 .code,
             0);
    const CliRun pass = cli({u"--server"_s, url(u"svc"_s), u"sync"_s, u"--once"_s});
    QVERIFY2(pass.code == 0, pass.err.constData());
}

void tst_TeamWindow::settingsMakeTheJoinAddress()
{
    Ui::TeamSettings box(TeamExchange{});
    QSignalSpy joined(&box, &Ui::TeamSettings::joinRequested);
    auto *join = box.findChild<QPushButton *>(u"teamJoin"_s);
    QVERIFY(join && join->isEnabled());
    QVERIFY(!box.findChild<QPushButton *>(u"teamLeave"_s)->isEnabled()); // not joined: nothing to leave
    box.findChild<QLineEdit *>(u"teamServer"_s)->setText(u"db.example.org:5433/medtour?sslmode=verify-full"_s);
    join->click();
    QCOMPARE(joined.size(), 0); // no member name yet: it says so instead
    box.findChild<QLineEdit *>(u"teamMember"_s)->setText(u"minji"_s);
    box.findChild<QLineEdit *>(u"teamPassword"_s)->setText(u"p@ss:word/1"_s);
    join->click();
    QCOMPARE(joined.size(), 1);
    const QUrl made(joined.constFirst().constFirst().toString());
    QCOMPARE(made.scheme(), u"postgresql"_s);
    QCOMPARE(made.userName(), u"minji"_s);
    QCOMPARE(made.password(), u"p@ss:word/1"_s);
    QCOMPARE(made.host(), u"db.example.org"_s);
    QCOMPARE(made.port(), 5433);
    QCOMPARE(made.path(), u"/medtour"_s);
    QCOMPARE(made.query(), u"sslmode=verify-full"_s);

    TeamExchange joinedTeam;
    joinedTeam.joined = true;
    joinedTeam.server = u"postgresql://db.example.org/medtour"_s;
    joinedTeam.user = u"minji"_s;
    joinedTeam.role = u"editor"_s;
    Ui::TeamSettings member(joinedTeam);
    QVERIFY(member.findChild<QPushButton *>(u"teamLeave"_s)->isEnabled());
    QVERIFY(!member.findChild<QPushButton *>(u"teamJoin"_s)->isEnabled());
}

void tst_TeamWindow::windowJoinsSeesCommitsNotesAndWorksOffline()
{
    AppContext context;
    QVERIFY(!context.open(m_dir.filePath(u"desk.sqlite"_s), /*importSample=*/true)); // a single user's sample first
    Settings settings(m_dir.filePath(u"s.ini"_s));
    Ui::MainWindow window(context, settings);
    SyncController sync(context.database().path());
    Ui::SyncPresenter syncPresenter(sync, window);
    Ui::TeamPresenter teamPresenter(sync, window, context.teamState());
    window.show();
    auto *status = window.statusBar()->findChild<QLabel *>(u"teamStatus"_s);
    QVERIFY(status);
    QVERIFY(!status->isVisible());

    // Join as the settings would ask: the list becomes the team's articles (and the sample's, kept
    // as local ones only where the user had marked them: here none).
    QSignalSpy finished(&sync, &SyncController::syncFinished);
    QSignalSpy messages(window.statusBar(), &QStatusBar::messageChanged);
    Q_EMIT window.joinTeamRequested(url(u"daniyar"_s));
    QVERIFY(finished.wait(60000));
    // While it joins, the status bar counts the articles that came (here all 8 in one chunk).
    bool counted = false;
    for (const QList<QVariant> &message : std::as_const(messages))
        counted = counted || message.constFirst().toString().startsWith(u"Joining the team… 8 article"_s);
    QVERIFY2(counted, "the join's progress never showed the count of articles pulled");
    QTRY_VERIFY_WITH_TIMEOUT(status->isVisible(), 5000);
    QVERIFY2(status->text().contains(u"connected"_s), qPrintable(status->text()));
    QTRY_COMPARE_WITH_TIMEOUT(WindowParts::articles(window)->rowCount(), 8, 10000);
    QVERIFY(context.teamState().joined);
    QVERIFY(!QFile(m_dir.filePath(u"s.ini"_s)).readAll().contains("daniyar-pw")); // no password in settings

    // The Sources dialog lists the team's sources and changes none of them.
    window.showSources();
    auto *sources = window.findChild<Ui::SourcesDialog *>(u"sourcesDialog"_s);
    QVERIFY(sources);
    QTRY_VERIFY(!sources->findChild<QPushButton *>(u"addFeedButton"_s)->isEnabled());
    QVERIFY(!sources->findChild<QPushButton *>(u"removeButton"_s)->isEnabled());
    sources->close();

    // The service commits a new article: it shows in the list within seconds, by the NOTIFY alone.
    m_items.storeRelaxed(9);
    QElapsedTimer clock;
    clock.start();
    const CliRun pass = cli({u"--server"_s, url(u"svc"_s), u"sync"_s, u"--once"_s});
    QVERIFY2(pass.code == 0, pass.err.constData());
    const qint64 committed = clock.elapsed();
    QTRY_COMPARE_WITH_TIMEOUT(WindowParts::articles(window)->rowCount(), 9, 10000);
    std::printf("commit to visible in the window: %lld ms after the service's pass ended\n",
                clock.elapsed() - committed);

    // A colleague's note shows under the article, with the author.
    const qint64 id = WindowParts::articles(window)->summaryAt(0)->id;
    QCOMPARE(cli({u"--server"_s, url(u"minji"_s), u"note"_s, QString::number(id), u"전화해 보세요"_s}).code, 0);
    auto *notes = WindowParts::detailPane(window)->findChild<QLabel *>(u"teamNotes"_s);
    QVERIFY(notes);
    QTRY_VERIFY_WITH_TIMEOUT(ArticleRepository(context.database()).teamNotes(id, true)->size() == 1, 10000);
    window.selectArticle(id);
    QTRY_VERIFY(notes->isVisible());
    QVERIFY(notes->text().contains(u"minji"_s));
    QVERIFY(notes->text().contains(u"전화해 보세요"_s));

    // Offline: the star waits, the status bar says so; back online it drains.
    QVERIFY(m_pg.stop());
    QVERIFY(context.articles().setStarred({id}, true).ok());
    Q_EMIT window.syncRequested();
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"offline"_s), 30000);
    QVERIFY2(status->text().contains(u"waiting"_s), qPrintable(status->text())); // the star (and the read mark)
    QString error;
    QVERIFY2(m_pg.restart(&error), qPrintable(error));
    Q_EMIT window.syncRequested();
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"connected"_s) && !status->text().contains(u"waiting"_s), 30000);
    const CliRun starred = cli({u"--server"_s, url(u"daniyar"_s), u"list"_s, u"--starred"_s});
    QCOMPARE(starred.json().array().size(), 1);
    QCOMPARE(starred.json().array().at(0)[u"id"_s].toInteger(), id);
}

void tst_TeamWindow::editorChangesTheTeamsSourcesInTheDialog()
{
    AppContext context;
    QVERIFY(!context.open(m_dir.filePath(u"editor.sqlite"_s), /*importSample=*/false));
    Settings settings(m_dir.filePath(u"editor.ini"_s));
    Ui::MainWindow window(context, settings);
    SyncController sync(context.database().path());
    Ui::SyncPresenter syncPresenter(sync, window);
    Ui::TeamPresenter teamPresenter(sync, window, context.teamState());
    window.show();
    QSignalSpy finished(&sync, &SyncController::syncFinished);
    Q_EMIT window.joinTeamRequested(url(u"minji"_s));
    QVERIFY(finished.wait(60000));
    QCOMPARE(context.teamState().role, u"editor"_s);

    // An editor's dialog changes the team's sources.
    window.showSources();
    auto *dialog = window.findChild<Ui::SourcesDialog *>(u"sourcesDialog"_s);
    QVERIFY(dialog);
    QCOMPARE(dialog->teamAccess(), Ui::SourcesDialog::TeamAccess::Editor);
    QVERIFY(dialog->findChild<QPushButton *>(u"addFeedButton"_s)->isEnabled());
    QVERIFY(dialog->findChild<QPushButton *>(u"removeButton"_s)->isEnabled());
    QVERIFY2(dialog->summaryLabel()->text().contains(u"team server"_s), qPrintable(dialog->summaryLabel()->text()));
    FetchSettings fetch = SourceProbe::defaultSettings();
    fetch.useSystemProxy = false; // nothing between us and 127.0.0.1
    dialog->setFetchSettings(fetch);
    QSignalSpy answered(&sync, &SyncController::teamSourceChanged);
    SourceRepository replica(context.database());

    // Add, through the add-feed dialog and its discovery: the id is the server's, in both.
    dialog->addFeed();
    auto *add = dialog->findChild<Ui::AddFeedDialog *>(u"addFeedDialog"_s);
    QVERIFY(add);
    QSignalSpy probed(add, &Ui::AddFeedDialog::probed);
    add->urlEdit()->setText(m_http.url(u"/clinics.xml"_s).toString());
    add->find();
    QVERIFY(probed.wait(10000));
    add->nameEdit()->setText(u"Clinic news"_s);
    add->addChosen();
    QVERIFY(dialog->isWaitingForTeam());
    QVERIFY(!dialog->findChild<QPushButton *>(u"addFeedButton"_s)->isEnabled()); // one change at a time
    QVERIFY(answered.wait(60000));
    QVERIFY(!dialog->isWaitingForTeam());
    QVERIFY(dialog->findChild<QPushButton *>(u"addFeedButton"_s)->isEnabled()); // answered: on again
    const qint64 id = dialog->currentSourceId();
    QVERIFY(id > 0);
    QCOMPARE(serverSource(id)[u"url"_s].toString(), m_http.url(u"/clinics.xml"_s).toString());
    QCOMPARE(serverSource(id)[u"name"_s].toString(), u"Clinic news"_s);
    QCOMPARE(replica.byId(id)->name, u"Clinic news"_s);
    QVERIFY2(dialog->summaryLabel()->text().contains(u"Added"_s), qPrintable(dialog->summaryLabel()->text()));

    // Edit: name and interval, as the single user's edit dialog does.
    dialog->editCurrent();
    auto *edit = dialog->findChild<Ui::SourceEditDialog *>(u"sourceEditDialog"_s);
    QVERIFY(edit);
    edit->nameEdit()->setText(u"Клиники"_s);
    edit->intervalBox()->setValue(240);
    edit->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(answered.wait(60000));
    QCOMPARE(serverSource(id)[u"name"_s].toString(), u"Клиники"_s);
    QCOMPARE(serverSource(id)[u"interval_minutes"_s].toInt(), 240);
    QCOMPARE(replica.byId(id)->name, u"Клиники"_s);
    QCOMPARE(dialog->model()->sourceAt(dialog->model()->rowOf(id))->name, u"Клиники"_s);

    // Disable.
    dialog->selectSource(id);
    dialog->toggleCurrent();
    QVERIFY(answered.wait(60000));
    QCOMPARE(serverSource(id)[u"enabled"_s].toBool(), false);
    QVERIFY(!replica.byId(id)->enabled);
    QVERIFY(!dialog->model()->sourceAt(dialog->model()->rowOf(id))->enabled);

    // Offline: the dialog says so, and nothing changes here or there.
    QVERIFY(m_pg.stop());
    dialog->selectSource(id);
    dialog->toggleCurrent();
    QVERIFY(answered.wait(60000));
    QVERIFY2(dialog->summaryLabel()->text().contains(u"could not be reached"_s),
             qPrintable(dialog->summaryLabel()->text()));
    QVERIFY(!replica.byId(id)->enabled);
    QCOMPARE(dialog->teamAccess(), Ui::SourcesDialog::TeamAccess::Editor); // offline is not demoted
    QString error;
    QVERIFY2(m_pg.restart(&error), qPrintable(error));
    QCOMPARE(serverSource(id)[u"enabled"_s].toBool(), false);

    // Remove (after the question).
    dialog->selectSource(id);
    answerMessageBox(QMessageBox::Yes);
    dialog->removeCurrent();
    QVERIFY(answered.wait(60000));
    QVERIFY(serverSource(id).isEmpty());
    QCOMPARE(replica.byId(id).error().code, Error::NotFound);
    QCOMPARE(dialog->model()->rowOf(id), -1);

    // Demoted meanwhile: the server refuses, the dialog says why and becomes read-only.
    const QString admin = m_pg.adminUrl(u"medtour"_s);
    QCOMPARE(cli({u"--server"_s, admin, u"team"_s, u"add-member"_s, u"minji"_s}).code, 0);
    QVERIFY(dialog->model()->rowCount() > 0);
    dialog->view()->setCurrentIndex(dialog->model()->index(0, SourceListModel::NameColumn));
    dialog->toggleCurrent();
    QVERIFY(answered.wait(60000));
    QVERIFY2(dialog->summaryLabel()->text().contains(u"refused"_s), qPrintable(dialog->summaryLabel()->text()));
    QCOMPARE(dialog->teamAccess(), Ui::SourcesDialog::TeamAccess::ReadOnly);
    QVERIFY(!dialog->findChild<QPushButton *>(u"addFeedButton"_s)->isEnabled());
    QCOMPARE(ReplicaRepository::info(context.database()).role, u"reader"_s);

    // Made an editor again: the next exchange brings the part, and the dialog's buttons, back.
    QCOMPARE(cli({u"--server"_s, admin, u"team"_s, u"add-member"_s, u"minji"_s, u"--editor"_s}).code, 0);
    Q_EMIT window.syncRequested();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->teamAccess(), Ui::SourcesDialog::TeamAccess::Editor, 30000);
    QVERIFY(dialog->findChild<QPushButton *>(u"addFeedButton"_s)->isEnabled());
    QVERIFY(dialog->findChild<QPushButton *>(u"addQueryButton"_s)->isEnabled());
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (const int skip = PgServer::skipUnlessInstalled(); skip >= 0)
        return skip;
    tst_TeamWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_teamwindow.moc"
