// SPDX-License-Identifier: GPL-3.0-or-later
// The Sources dialog against a local HTTP server: adding a feed by a page's autodiscovery or by
// its own address, the Google News builder's preview, editing, enabling, removing (starred
// articles stay), OPML out and back in, stored errors shown, and the window's entry point.
#include "addfeeddialog.h"
#include "context/appcontext.h"
#include "feeds/googlenews.h"
#include "googlenewsdialog.h"
#include "mainwindow.h"
#include "models/articlelistmodel.h"
#include "models/sourcelistmodel.h"
#include "mustread.h"
#include "settings/settings.h"
#include "sourceeditdialog.h"
#include "sourcesdialog.h"
#include "storage/articlerepository.h"
#include "storage/sourcerepository.h"
#include "sync/articlepreparer.h"
#include "sync/sourceprobe.h"
#include "synctestfeeds.h"
#include "testhttpserver.h"
#include "windowparts.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace Medtour;
using namespace MedtourTest;
using namespace Qt::StringLiterals;

namespace {

FetchSettings quickFetch()
{
    FetchSettings s = SourceProbe::defaultSettings();
    s.connectTimeoutMs = 5000;
    s.idleTimeoutMs = 5000;
    s.totalTimeoutMs = 10000;
    s.useSystemProxy = false; // nothing between us and 127.0.0.1
    return s;
}

const QByteArray kPage =
    "<!doctype html><html><head><title>Clinic news</title>\n"
    "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Clinic news feed\" href=\"/feed.xml\">\n"
    "<link rel=\"stylesheet\" href=\"/style.css\"></head><body><p>Hello</p></body></html>";

const QByteArray kGoogleNews =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<rss version=\"2.0\"><channel><title>\"medical tourism\" - Google "
    "News</title><link>https://news.google.com/</link>\n"
    "<item><title>Korea draws record medical tourists - The Korea Herald</title><link>https://news.example/1</link>\n"
    "<pubDate>Tue, 01 Dec 2026 08:00:00 GMT</pubDate><source url=\"https://www.koreaherald.com\">The Korea "
    "Herald</source></item>\n"
    "<item><title>Clinics in Seoul expand services - Reuters</title><link>https://news.example/2</link>\n"
    "<pubDate>Tue, 01 Dec 2026 07:00:00 GMT</pubDate></item>\n"
    "</channel></rss>";

int rowWithUrl(const SourceListModel *model, const QUrl &url)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->sourceAt(row)->url == url)
            return row;
    return -1;
}

/// Answers the next message box with `button` once it is shown, keeping its text.
void answerMessageBox(QMessageBox::StandardButton button, QString *text)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *text = box->text();
        box->button(button)->click();
        timer->stop();
        timer->deleteLater();
    });
    timer->start();
}

} // namespace

class tst_SourcesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addByPageDiscoversItsFeed();
    void addDirectFeedUrl();
    void unreachableAddressSaysWhy();
    void pageWithoutFeedOffersItsLinks();
    void googleNewsPreviewListsItems();
    void editPersists();
    void disableAndEnable();
    void removeKeepsStarredArticle();
    void opmlRoundTrip();
    void storedErrorIsShown();
    void mainWindowOpensTheDialog();
    void windowReloadsAfterARemoval();

private:
    qint64 addSource(const QString &name, const QString &path);

    TestHttpServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context;
    int m_cache = 0;
};

void tst_SourcesDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("MEDTOUR_GOOGLE_NEWS_BASE", m_server.url(u"/gn/rss/search"_s).toString().toUtf8());
    m_server.route("/site", HttpResponse{200, {{"Content-Type", "text/html; charset=utf-8"}}, kPage});
    m_server.route(
        "/feed.xml",
        HttpResponse{200, {{"Content-Type", "application/rss+xml"}}, makeFeed(u"Clinic news"_s, 4, u"clinic"_s)});
    m_server.route(
        "/direct.xml",
        HttpResponse{200, {{"Content-Type", "application/rss+xml"}}, makeFeed(u"Direct outlet"_s, 7, u"direct"_s)});
}

void tst_SourcesDialog::init()
{
    m_context = std::make_unique<AppContext>();
    QVERIFY(!m_context->open(m_dir.filePath(u"c%1.sqlite"_s.arg(++m_cache)), /*importSample=*/false));
}

void tst_SourcesDialog::cleanup()
{
    m_context.reset();
}

qint64 tst_SourcesDialog::addSource(const QString &name, const QString &path)
{
    Source s;
    s.name = name;
    s.url = m_server.url(path);
    const Result<qint64> id = m_context->sources().add(s);
    return id ? *id : 0;
}

void tst_SourcesDialog::addByPageDiscoversItsFeed()
{
    Ui::SourcesDialog dialog(*m_context);
    dialog.setFetchSettings(quickFetch());
    dialog.show();
    QCOMPARE(dialog.model()->rowCount(), 0);
    QSignalSpy changed(&dialog, &Ui::SourcesDialog::sourcesChanged);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"addFeedButton"_s), Qt::LeftButton);
    auto *add = dialog.findChild<Ui::AddFeedDialog *>();
    QVERIFY(add);
    QVERIFY(add->isVisible());
    QVERIFY(!add->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    add->urlEdit()->setText(m_server.url(u"/site"_s).toString());
    QSignalSpy probed(add, &Ui::AddFeedDialog::probed);
    QTest::mouseClick(add->findButton(), Qt::LeftButton);
    QVERIFY(probed.wait(10000));
    QCOMPARE(add->feedList()->count(), 1);
    QVERIFY(add->feedList()->item(0)->text().contains(u"Clinic news feed"_s));
    QVERIFY2(add->messageLabel()->text().contains(u"announces 1 feed"_s), qPrintable(add->messageLabel()->text()));
    QVERIFY(add->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    add->folderEdit()->setText(u"Clinics"_s);
    add->buttons()->button(QDialogButtonBox::Ok)->click();

    QCOMPARE(changed.size(), 1);
    const int row = rowWithUrl(dialog.model(), m_server.url(u"/feed.xml"_s));
    QVERIFY(row >= 0);
    QCOMPARE(dialog.model()->index(row, SourceListModel::NameColumn).data().toString(), u"Clinic news feed"_s);
    QCOMPARE(dialog.model()->index(row, SourceListModel::FolderColumn).data().toString(), u"Clinics"_s);
    QCOMPARE(dialog.model()->index(row, SourceListModel::StatusColumn).data().toString(), u"Never synced"_s);
    QCOMPARE(dialog.model()->index(row, SourceListModel::NextSyncColumn).data().toString(), u"Due now"_s);
    QCOMPARE(dialog.currentSourceId(), dialog.model()->sourceAt(row)->id); // the new one is selected
    const Result<Source> stored = m_context->sources().byUrl(m_server.url(u"/feed.xml"_s));
    QVERIFY(stored);
    QCOMPARE(stored->kind, Source::Kind::Feed);
}

void tst_SourcesDialog::addDirectFeedUrl()
{
    Ui::AddFeedDialog add(m_context->sources(), quickFetch());
    add.show();
    add.urlEdit()->setText(m_server.url(u"/direct.xml"_s).toString());
    QSignalSpy probed(&add, &Ui::AddFeedDialog::probed);
    add.find();
    QVERIFY(probed.wait(10000));
    QCOMPARE(add.feedList()->count(), 1);
    QVERIFY2(add.messageLabel()->text().contains(u"feed with 7 item"_s), qPrintable(add.messageLabel()->text()));
    add.nameEdit()->setText(u"My outlet"_s);
    add.addChosen();
    QVERIFY(add.addedId() > 0);
    const Result<Source> stored = m_context->sources().byId(add.addedId());
    QCOMPARE(stored->name, u"My outlet"_s);
    QCOMPARE(stored->url, m_server.url(u"/direct.xml"_s));

    // The same feed again: refused with the reason, and the dialog stays open.
    Ui::AddFeedDialog again(m_context->sources(), quickFetch());
    again.show();
    again.urlEdit()->setText(m_server.url(u"/direct.xml"_s).toString());
    QSignalSpy probedAgain(&again, &Ui::AddFeedDialog::probed);
    again.find();
    QVERIFY(probedAgain.wait(10000));
    again.addChosen();
    QCOMPARE(again.addedId(), 0);
    QVERIFY(again.isVisible());
    QVERIFY2(again.messageLabel()->text().contains(u"already a source: My outlet"_s),
             qPrintable(again.messageLabel()->text()));
    QCOMPARE(mustRead(m_context->sources().count()), 1);
}

void tst_SourcesDialog::unreachableAddressSaysWhy()
{
    m_server.route("/gone", HttpResponse{404, {}, "no"});
    Ui::AddFeedDialog add(m_context->sources(), quickFetch());
    add.urlEdit()->setText(m_server.url(u"/gone"_s).toString());
    QSignalSpy probed(&add, &Ui::AddFeedDialog::probed);
    add.find();
    QVERIFY(probed.wait(10000));
    QCOMPARE(add.feedList()->count(), 0);
    QVERIFY2(add.messageLabel()->text().contains(u"404"_s), qPrintable(add.messageLabel()->text()));
    QVERIFY(!add.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
}

void tst_SourcesDialog::pageWithoutFeedOffersItsLinks()
{
    // A press-release board with no feed: the dialog offers to follow its article links.
    QByteArray board = "<html lang=\"ko\"><head><title>Press releases</title></head><body><table>";
    for (int i = 1; i <= 3; ++i)
        board += "<tr><td><a href=\"/board/bbsView.do?nttId=" + QByteArray::number(i) + "\">Press release number " +
                 QByteArray::number(i) + "</a></td><td>2024-05-0" + QByteArray::number(i) + "</td></tr>";
    board += "</table></body></html>";
    m_server.route("/board", HttpResponse{200, {{"Content-Type", "text/html; charset=utf-8"}}, board});
    m_server.route("/empty", HttpResponse{200, {{"Content-Type", "text/html"}}, "<html><body>hello</body></html>"});

    Ui::AddFeedDialog add(m_context->sources(), quickFetch());
    add.show();
    add.urlEdit()->setText(m_server.url(u"/empty"_s).toString());
    QSignalSpy probed(&add, &Ui::AddFeedDialog::probed);
    add.find();
    QVERIFY(probed.wait(10000));
    QCOMPARE(add.feedList()->count(), 0); // no feed and no article: nothing to offer
    QVERIFY2(add.messageLabel()->text().contains(u"announces no feed"_s), qPrintable(add.messageLabel()->text()));

    add.urlEdit()->setText(m_server.url(u"/board"_s).toString());
    add.find();
    QVERIFY(probed.wait(10000));
    QCOMPARE(add.feedList()->count(), 1);
    QVERIFY2(add.feedList()->item(0)->text().contains(u"Follow this page's article links instead"_s),
             qPrintable(add.feedList()->item(0)->text()));
    QVERIFY2(add.messageLabel()->text().contains(u"lists 3 article"_s), qPrintable(add.messageLabel()->text()));
    QVERIFY(add.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    add.addChosen();
    QVERIFY(add.addedId() > 0);
    const Result<Source> stored = m_context->sources().byId(add.addedId());
    QVERIFY(stored);
    QCOMPARE(stored->kind, Source::Kind::Page);
    QCOMPARE(stored->url, m_server.url(u"/board"_s));
    QVERIFY(stored->fetchFullPage);

    // In the list it is a fetchable source like a feed; its edit dialog shows full pages as always on.
    Ui::SourcesDialog dialog(*m_context);
    dialog.show();
    const int row = rowWithUrl(dialog.model(), m_server.url(u"/board"_s));
    QVERIFY(row >= 0);
    QCOMPARE(dialog.model()->index(row, SourceListModel::NextSyncColumn).data().toString(), u"Due now"_s);
    dialog.selectSource(stored->id);
    QVERIFY(dialog.findChild<QPushButton *>(u"toggleButton"_s)->isEnabled());
    const Ui::SourceEditDialog edit(*stored);
    QVERIFY(edit.fullPageBox()->isChecked());
    QVERIFY(!edit.fullPageBox()->isEnabled());
    QCOMPARE(edit.source().kind, Source::Kind::Page);
    QVERIFY(edit.source().fetchFullPage);
}

void tst_SourcesDialog::googleNewsPreviewListsItems()
{
    Ui::GoogleNewsDialog dialog(m_context->sources(), quickFetch());
    dialog.show();
    QVERIFY(!dialog.previewButton()->isEnabled());
    dialog.queryEdit()->setText(u"\"medical tourism\" Korea"_s);
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"en"_s));
    QCOMPARE(dialog.regionBox()->currentData().toString(), u"US"_s); // the language's usual region
    const QUrl url = GoogleNews::searchUrl(u"\"medical tourism\" Korea"_s, u"en"_s, u"US"_s);
    QCOMPARE(dialog.builtUrl(), url);
    QCOMPARE(dialog.urlEdit()->text(), url.toString());
    QVERIFY(url.toString().startsWith(m_server.url(u"/gn/rss/search?q=%22medical%20tourism%22%20Korea"_s).toString()));
    QVERIFY(url.toString().contains(u"&hl=en-US&gl=US&ceid=US:en"_s));
    dialog.regionBox()->setCurrentIndex(dialog.regionBox()->findData(u"GB"_s));
    QVERIFY(dialog.urlEdit()->text().contains(u"&hl=en-GB&gl=GB&ceid=GB:en"_s));
    dialog.regionBox()->setCurrentIndex(dialog.regionBox()->findData(u"US"_s));

    const QByteArray path = (url.path(QUrl::FullyEncoded) + u'?' + url.query(QUrl::FullyEncoded)).toUtf8();
    m_server.route(path, HttpResponse{200, {{"Content-Type", "application/rss+xml"}}, kGoogleNews});
    QSignalSpy previewed(&dialog, &Ui::GoogleNewsDialog::previewed);
    QTest::mouseClick(dialog.previewButton(), Qt::LeftButton);
    QVERIFY(previewed.wait(10000));
    QCOMPARE(m_server.hits(path), 1);
    QTreeWidget *items = dialog.previewList();
    QCOMPARE(items->topLevelItemCount(), 2);
    QCOMPARE(items->topLevelItem(0)->text(0), u"Korea draws record medical tourists"_s);
    QCOMPARE(items->topLevelItem(0)->text(1), u"The Korea Herald"_s);
    QCOMPARE(items->topLevelItem(1)->text(0), u"Clinics in Seoul expand services"_s);
    QCOMPARE(items->topLevelItem(1)->text(1), u"Reuters"_s);

    dialog.addQuery();
    QVERIFY(dialog.addedId() > 0);
    const Result<Source> stored = m_context->sources().byId(dialog.addedId());
    QCOMPARE(stored->kind, Source::Kind::Query);
    QCOMPARE(stored->url, url);
    QCOMPARE(stored->language, u"en"_s);
    QCOMPARE(stored->name, u"Google News: \"medical tourism\" Korea"_s);
}

void tst_SourcesDialog::editPersists()
{
    const qint64 id = addSource(u"Old name"_s, u"/direct.xml"_s);
    Ui::SourcesDialog dialog(*m_context);
    dialog.show();
    dialog.selectSource(id);
    QSignalSpy changed(&dialog, &Ui::SourcesDialog::sourcesChanged);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"editButton"_s), Qt::LeftButton);
    auto *edit = dialog.findChild<Ui::SourceEditDialog *>();
    QVERIFY(edit);
    QCOMPARE(edit->nameEdit()->text(), u"Old name"_s);
    edit->nameEdit()->setText(u"New name"_s);
    edit->intervalBox()->setValue(240);
    edit->fullPageBox()->setChecked(true);
    edit->folderEdit()->setText(u"Korea/Press"_s);
    edit->timeZoneBox()->setCurrentIndex(edit->timeZoneBox()->findData(u"Asia/Seoul"_s));
    edit->languageBox()->setCurrentIndex(edit->languageBox()->findData(u"ko"_s));
    edit->accept();
    QCOMPARE(changed.size(), 1);

    const Source stored = *m_context->sources().byId(id);
    QCOMPARE(stored.name, u"New name"_s);
    QCOMPARE(stored.intervalMinutes, 240);
    QVERIFY(stored.fetchFullPage);
    QCOMPARE(stored.folder, u"Korea/Press"_s);
    QCOMPARE(stored.timeZone, u"Asia/Seoul"_s);
    QCOMPARE(stored.language, u"ko"_s);
    const int row = dialog.model()->rowOf(id);
    QCOMPARE(dialog.model()->index(row, SourceListModel::NameColumn).data().toString(), u"New name"_s);

    QTRY_VERIFY(!dialog.findChild<Ui::SourceEditDialog *>()); // closed and deleted
    // Cancel changes nothing.
    dialog.editCurrent();
    edit = dialog.findChild<Ui::SourceEditDialog *>();
    QTRY_VERIFY(edit && edit->isVisible());
    edit->nameEdit()->setText(u"Not this"_s);
    edit->reject();
    QCOMPARE(m_context->sources().byId(id)->name, u"New name"_s);
}

void tst_SourcesDialog::disableAndEnable()
{
    const qint64 id = addSource(u"Toggle me"_s, u"/direct.xml"_s);
    Ui::SourcesDialog dialog(*m_context);
    dialog.show();
    dialog.selectSource(id);
    auto *toggle = dialog.findChild<QPushButton *>(u"toggleButton"_s);
    QCOMPARE(toggle->text(), u"&Disable"_s);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(!m_context->sources().byId(id)->enabled);
    QVERIFY(!m_context->sources().enabledIds().contains(id));
    QCOMPARE(toggle->text(), u"&Enable"_s);
    const int row = dialog.model()->rowOf(id);
    QCOMPARE(dialog.model()->index(row, SourceListModel::EnabledColumn).data(Qt::CheckStateRole).toInt(),
             int(Qt::Unchecked));
    QCOMPARE(dialog.model()->index(row, SourceListModel::NextSyncColumn).data().toString(), u"Off"_s);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(m_context->sources().byId(id)->enabled);
    QCOMPARE(toggle->text(), u"&Disable"_s);
}

void tst_SourcesDialog::removeKeepsStarredArticle()
{
    const qint64 id = addSource(u"Going away"_s, u"/direct.xml"_s);
    const qint64 other = addSource(u"Staying"_s, u"/feed.xml"_s);
    QList<FeedItem> items;
    for (int i = 0; i < 2; ++i) {
        FeedItem item;
        item.id = u"g%1"_s.arg(i);
        item.title = i == 0 ? u"Starred story"_s : u"Plain story"_s;
        item.link = QUrl(u"https://direct.example/%1"_s.arg(i));
        item.published = QDateTime::currentDateTimeUtc().addSecs(-i);
        items << item;
    }
    const Result<IngestStats> stats =
        m_context->articles().upsert(id, items, QDateTime::currentDateTimeUtc(), ArticlePreparer::prepareAll(items));
    QVERIFY(stats.ok());
    const qint64 starred = stats->stored.at(0).id;
    QVERIFY(m_context->articles().setStarred({starred}, true).ok());

    Ui::SourcesDialog dialog(*m_context);
    dialog.show();
    dialog.selectSource(id);
    QSignalSpy changed(&dialog, &Ui::SourcesDialog::sourcesChanged);

    // Cancel first: nothing happens.
    QString question;
    answerMessageBox(QMessageBox::Cancel, &question);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"removeButton"_s), Qt::LeftButton);
    QVERIFY(m_context->sources().byId(id));
    QCOMPARE(changed.size(), 0);

    answerMessageBox(QMessageBox::Yes, &question);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"removeButton"_s), Qt::LeftButton);
    QVERIFY2(question.contains(u"Going away"_s) && question.contains(u"Starred articles are kept"_s) &&
                 question.contains(u"1 starred article"_s),
             qPrintable(question));
    QCOMPARE(changed.size(), 1);
    QVERIFY(!m_context->sources().byId(id));
    QVERIFY(m_context->sources().byId(other));
    QCOMPARE(rowWithUrl(dialog.model(), m_server.url(u"/direct.xml"_s)), -1);
    QVERIFY(rowWithUrl(dialog.model(), SourceRepository::keptUrl()) >= 0);
    QCOMPARE(mustRead(m_context->articles().count({})), 1);
    const Result<Article> kept = m_context->articles().article(starred);
    QVERIFY(kept);
    QVERIFY(kept->summary.state.starred);
    QCOMPARE(kept->outlet, u"Going away"_s);
    QVERIFY2(dialog.summaryLabel()->text().contains(u"Removed “Going away”; its 1 starred article"_s),
             qPrintable(dialog.summaryLabel()->text()));
    // Removing the kept articles' own source says that it really deletes them.
    dialog.selectSource(m_context->sources().byUrl(SourceRepository::keptUrl())->id);
    answerMessageBox(QMessageBox::Cancel, &question);
    dialog.removeCurrent();
    QVERIFY2(question.contains(u"stars and notes included"_s), qPrintable(question));
    QCOMPARE(mustRead(m_context->articles().count({})), 1);
}

void tst_SourcesDialog::opmlRoundTrip()
{
    Source feed;
    feed.name = u"Medical press"_s;
    feed.url = QUrl(u"https://press.example/rss.xml"_s);
    feed.folder = u"News/Korea"_s;
    QVERIFY(m_context->sources().add(feed).ok());
    Source query;
    query.kind = Source::Kind::Query;
    query.name = u"Google News: 의료관광"_s;
    query.url = GoogleNews::searchUrl(u"의료관광"_s, u"ko"_s, u"KR"_s);
    QVERIFY(m_context->sources().add(query).ok());

    const QString file = m_dir.filePath(u"round.opml"_s);
    Ui::SourcesDialog out(*m_context);
    QList<bool> asked;
    out.setPathProvider([&](bool save) {
        asked << save;
        return file;
    });
    out.exportOpml();
    QCOMPARE(asked, QList<bool>{true});
    QVERIFY(QFileInfo(file).size() > 0);
    QVERIFY2(out.summaryLabel()->text().contains(u"Exported 2"_s), qPrintable(out.summaryLabel()->text()));

    AppContext fresh;
    QVERIFY(!fresh.open(m_dir.filePath(u"fresh%1.sqlite"_s.arg(m_cache)), false));
    Ui::SourcesDialog in(fresh);
    in.setPathProvider([&](bool save) {
        asked << save;
        return file;
    });
    QSignalSpy changed(&in, &Ui::SourcesDialog::sourcesChanged);
    in.importOpml();
    QCOMPARE(asked.last(), false);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(in.model()->rowCount(), 2);
    const Result<Source> back = fresh.sources().byUrl(feed.url);
    QVERIFY(back);
    QCOMPARE(back->name, u"Medical press"_s);
    QCOMPARE(back->folder, u"News/Korea"_s);
    const Result<Source> backQuery = fresh.sources().byUrl(query.url);
    QVERIFY(backQuery);
    QCOMPARE(backQuery->kind, Source::Kind::Query);
    // Importing again adds nothing.
    in.importOpml();
    QCOMPARE(in.model()->rowCount(), 2);
    QVERIFY2(in.summaryLabel()->text().contains(u"2 were already there"_s), qPrintable(in.summaryLabel()->text()));
    // A cancelled file dialog does nothing.
    in.setPathProvider([](bool) { return QString(); });
    in.importOpml();
    QCOMPARE(changed.size(), 2);
}

void tst_SourcesDialog::storedErrorIsShown()
{
    const qint64 id = addSource(u"Broken"_s, u"/broken.xml"_s);
    addSource(u"Fine"_s, u"/feed.xml"_s);
    SourceStatus failed;
    failed.lastAttempt = QDateTime::currentDateTimeUtc();
    failed.httpStatus = 500;
    failed.error = u"HTTP 500 Internal Server Error"_s;
    failed.nextDue = failed.lastAttempt.addSecs(600);
    QVERIFY(!m_context->sources().recordFetch(id, failed, 0));

    Ui::SourcesDialog dialog(*m_context);
    dialog.show();
    const int row = dialog.model()->rowOf(id);
    const QModelIndex status = dialog.model()->index(row, SourceListModel::StatusColumn);
    QCOMPARE(status.data().toString(), u"Failed: HTTP 500 Internal Server Error"_s);
    QVERIFY(status.data(Qt::ToolTipRole).toString().contains(u"HTTP 500 Internal Server Error"_s));
    QCOMPARE(dialog.model()->index(row, SourceListModel::LastSuccessColumn).data().toString(), u"—"_s);
    QVERIFY2(dialog.summaryLabel()->text().contains(u"1 failed"_s), qPrintable(dialog.summaryLabel()->text()));
    // The view shows the text (not only the model).
    QVERIFY(dialog.view()->visualRect(dialog.view()->model()->index(row, SourceListModel::StatusColumn)).isValid());
}

void tst_SourcesDialog::mainWindowOpensTheDialog()
{
    addSource(u"Fine"_s, u"/feed.xml"_s);
    Settings settings(m_dir.filePath(u"w.ini"_s));
    Ui::MainWindow window(*m_context, settings);
    window.show();
    QVERIFY(window.actions().contains(WindowParts::action(window, "sourcesAction"))); // works without the menu
    QCOMPARE(WindowParts::action(window, "sourcesAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QVERIFY(!window.findChild<Ui::SourcesDialog *>(QStringLiteral("sourcesDialog")));
    WindowParts::action(window, "sourcesAction")->trigger();
    QVERIFY(window.findChild<Ui::SourcesDialog *>(QStringLiteral("sourcesDialog")));
    QVERIFY(window.findChild<Ui::SourcesDialog *>(QStringLiteral("sourcesDialog"))->isVisible());
    QCOMPARE(window.findChild<Ui::SourcesDialog *>(QStringLiteral("sourcesDialog"))->model()->rowCount(), 1);
    // A second trigger raises the same dialog.
    Ui::SourcesDialog *first = window.findChild<Ui::SourcesDialog *>(QStringLiteral("sourcesDialog"));
    WindowParts::action(window, "sourcesAction")->trigger();
    QCOMPARE(window.findChild<Ui::SourcesDialog *>(QStringLiteral("sourcesDialog")), first);
    // Per-source "Sync now" goes out through the window.
    QSignalSpy sync(&window, &Ui::MainWindow::sourceSyncRequested);
    first->syncCurrent();
    QCOMPARE(sync.size(), 1);
    QCOMPARE(sync.at(0).at(0).value<QList<qint64>>(), QList<qint64>{first->currentSourceId()});
    first->close();
    QTRY_VERIFY(!window.findChild<Ui::SourcesDialog *>(QStringLiteral("sourcesDialog")));
}

void tst_SourcesDialog::windowReloadsAfterARemoval()
{
    const qint64 id = addSource(u"Short-lived"_s, u"/direct.xml"_s);
    QList<FeedItem> items;
    for (int i = 0; i < 3; ++i) {
        FeedItem item;
        item.id = u"w%1"_s.arg(i);
        item.title = u"Window story %1"_s.arg(i);
        item.link = QUrl(u"https://short.example/%1"_s.arg(i));
        item.published = QDateTime::currentDateTimeUtc().addSecs(-i);
        items << item;
    }
    QVERIFY(m_context->articles()
                .upsert(id, items, QDateTime::currentDateTimeUtc(), ArticlePreparer::prepareAll(items))
                .ok());
    Settings settings(m_dir.filePath(u"w2.ini"_s));
    Ui::MainWindow window(*m_context, settings);
    window.show();
    QTRY_COMPARE(WindowParts::articles(window)->rowCount(), 3);
    window.showSources();
    Ui::SourcesDialog *dialog = window.findChild<Ui::SourcesDialog *>(QStringLiteral("sourcesDialog"));
    QVERIFY(dialog);
    dialog->selectSource(id);
    QString question;
    answerMessageBox(QMessageBox::Yes, &question);
    dialog->removeCurrent();
    QVERIFY(!m_context->sources().byId(id));
    QTRY_COMPARE(WindowParts::articles(window)->rowCount(), 0); // the list followed without a restart
}

QTEST_MAIN(tst_SourcesDialog)
#include "tst_sourcesdialog.moc"
