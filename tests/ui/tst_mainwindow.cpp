// SPDX-License-Identifier: GPL-3.0-or-later
// The real window on temporary caches filled from the embedded sample: filters and counts,
// the detail pane, keyboard use, persistence across restarts, "each story once" and the trend view.
#include "articledetailpane.h"
#include "articledetailview.h"
#include "articleitemdelegate.h"
#include "context/appcontext.h"
#include "emptystate.h"
#include "facetsection.h"
#include "filterpanel.h"
#include "mainwindow.h"
#include "models/articlelistmodel.h"
#include "settings/settings.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/sourcerepository.h"
#include "sync/articlepreparer.h"
#include "trendview.h"
#include "windowparts.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace Medtour;
using namespace Qt::StringLiterals;

namespace {

int rows(const Ui::MainWindow &w)
{
    return WindowParts::articles(w)->rowCount();
}

void fetchAll(ArticleListModel *model)
{
    while (model->canFetchMore({}))
        model->fetchMore({});
}

QListWidgetItem *facetItem(Ui::FacetSection *section, const QString &value)
{
    for (int i = 0; i < section->list()->count(); ++i) {
        if (section->list()->item(i)->data(Qt::UserRole + 1).toString() == value)
            return section->list()->item(i);
    }
    return nullptr;
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsSampleAndDetail();
    void queryChangesListAndCounts();
    void facetChangesListAndCounts();
    void facetTiesFollowTheAlphabetOfTheUiLanguage();
    void chipsRemoveFiltersAndClearAll();
    void tagInDetailSetsFilter();
    void starAndNotePersistAcrossRestart();
    void keyboardNavigation();
    void eachStoryOnceCollapsesCluster();
    void sortsByHeaderClick();
    void layoutIsRemembered();
    void trendBarFiltersMarketAndWeek();
    void emptyCacheOffersSample();
    void noMatchesOffersClear();
    void shortcutsAreListed();
    void hooksAreDisabledUntilWired();
    void searchHitsAreFound();
    void detailRefusesRemoteContent();
    void reloadShowsArticlesOfAnotherConnection();
    void settingsDialogWritesSettings();

private:
    QString settingsFile(const QString &name) { return m_dir.filePath(name + u".ini"_s); }
    QTemporaryDir m_dir;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // nothing touches the user's real settings or data
}

void tst_MainWindow::showsSampleAndDetail()
{
    AppContext context;
    QVERIFY(!context.open(m_dir.filePath(u"gui.sqlite"_s)));
    QVERIFY(context.importedSampleArticles() >= 30);
    Settings settings(settingsFile(u"a"_s));
    Ui::MainWindow window(context, settings);
    QAbstractItemModelTester tester(WindowParts::articles(window),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QTreeView *list = WindowParts::list(window);
    QVERIFY(list->model()->rowCount() >= 30);
    const QString firstTitle = list->model()->index(0, ArticleListModel::TitleColumn).data().toString();
    QVERIFY(!firstTitle.isEmpty());

    QVERIFY2(WindowParts::detailPane(window)->view()->toPlainText().contains(u"Select an article"_s),
             qPrintable(QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : u"none"_s));
    list->setCurrentIndex(list->model()->index(0, ArticleListModel::TitleColumn));
    const QString detail = WindowParts::detailPane(window)->view()->toPlainText();
    QVERIFY2(detail.contains(firstTitle), qPrintable(detail.left(200)));
    QVERIFY(detail.size() > firstTitle.size() + 100); // the body is there, not only the title
    QVERIFY(detail.contains(u"Relevance"_s));
    QVERIFY(list->model()->index(0, 0).data(ArticleListModel::ReadRole).toBool()); // opening marks read
    QVERIFY(WindowParts::detailPane(window)->noteEditor()->isEnabled());
}

void tst_MainWindow::queryChangesListAndCounts()
{
    AppContext context;
    QVERIFY(!context.open(m_dir.filePath(u"gui.sqlite"_s)));
    Settings settings(settingsFile(u"b"_s));
    Ui::MainWindow window(context, settings);
    QAbstractItemModelTester tester(WindowParts::articles(window),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.show();
    QTRY_VERIFY(WindowParts::browsing(window)->counts().total > 0); // counts arrive right after the first paint
    const int all = rows(window);
    const int allTotal = WindowParts::browsing(window)->counts().total;
    Ui::FacetSection *markets = WindowParts::filters(window)->section(FacetKind::Market);
    const int uzBefore = markets->countOf(u"UZ"_s);
    QVERIFY(uzBefore > 0);

    auto *search = window.findChild<QLineEdit *>(u"searchLine"_s);
    QVERIFY(search);
    QSignalSpy reset(WindowParts::articles(window), &QAbstractItemModel::modelReset);
    QTest::keyClicks(search, u"Kazakhstan"_s);
    QCOMPARE(reset.count(), 0); // debounced: nothing per key
    QTRY_VERIFY(reset.count() >= 1);
    QCOMPARE(reset.count(), 1);
    const int filtered = rows(window);
    QVERIFY(filtered > 0);
    QVERIFY(filtered < all);
    QCOMPARE(WindowParts::browsing(window)->counts().total, filtered);
    QVERIFY(WindowParts::browsing(window)->counts().total < allTotal);
    QVERIFY(markets->countOf(u"UZ"_s) < uzBefore); // the counts follow the query
    QCOMPARE(window.findChild<QLabel *>(u"filterTotal"_s)->text().contains(QString::number(filtered)), true);

    // Exclusion syntax: the complement.
    search->setText(u"-Kazakhstan"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(rows(window), all - filtered);
    // Return remembers the search for the completer.
    QCOMPARE(settings.searchHistory().value(0), u"-Kazakhstan"_s);
}

void tst_MainWindow::facetChangesListAndCounts()
{
    AppContext context;
    QVERIFY(!context.open(m_dir.filePath(u"gui.sqlite"_s)));
    Settings settings(settingsFile(u"c"_s));
    Ui::MainWindow window(context, settings);
    window.show();
    QTRY_VERIFY(WindowParts::browsing(window)->counts().total > 0);
    const int all = rows(window);
    Ui::FacetSection *markets = WindowParts::filters(window)->section(FacetKind::Market);
    Ui::FacetSection *regions = WindowParts::filters(window)->section(FacetKind::Region);
    const int kz = markets->countOf(u"KZ"_s);
    QVERIFY(kz > 0 && kz < all);
    QVERIFY(markets->list()->item(0)->text().contains(u"("_s)); // "Uzbekistan  (19)"
    int regionSumBefore = 0;
    for (int i = 0; i < regions->list()->count(); ++i)
        regionSumBefore += regions->list()->item(i)->data(Qt::UserRole + 2).toInt();

    QListWidgetItem *item = facetItem(markets, u"KZ"_s);
    QVERIFY(item);
    QVERIFY(item->text().contains(u"Kazakhstan"_s) || item->text().contains(u"카자흐스탄"_s) ||
            item->text().contains(u"Казахстан"_s)); // a name, not the code
    item->setCheckState(Qt::Checked);
    QCOMPARE(rows(window), kz);
    for (int row = 0; row < rows(window); ++row) {
        QVERIFY(WindowParts::articles(window)
                    ->index(row, 0)
                    .data(ArticleListModel::MarketsRole)
                    .toStringList()
                    .contains(u"KZ"_s));
    }
    int regionSumAfter = 0;
    for (int i = 0; i < regions->list()->count(); ++i)
        regionSumAfter += regions->list()->item(i)->data(Qt::UserRole + 2).toInt();
    QVERIFY(regionSumAfter < regionSumBefore); // other facets are counted under the new query
    QCOMPARE(markets->countOf(u"KZ"_s), kz);   // and a facet's own counts ignore its own selection
    QVERIFY(markets->countOf(u"UZ"_s) > 0);

    // A second market widens (OR within a facet).
    facetItem(markets, u"UZ"_s)->setCheckState(Qt::Checked);
    QVERIFY(rows(window) > kz);
}

void tst_MainWindow::chipsRemoveFiltersAndClearAll()
{
    AppContext context;
    QVERIFY(!context.open(m_dir.filePath(u"gui.sqlite"_s)));
    Settings settings(settingsFile(u"d"_s));
    Ui::MainWindow window(context, settings);
    window.show();
    QTRY_VERIFY(WindowParts::browsing(window)->counts().total > 0);
    const int all = rows(window);
    WindowParts::filters(window)->addFacetValue(FacetKind::Market, u"MN"_s);
    WindowParts::filters(window)->addFacetValue(FacetKind::Region, u"KR-30"_s);
    const int narrowed = rows(window);
    QVERIFY(narrowed < all);
    QList<QToolButton *> chips = window.findChildren<QToolButton *>(u"filterChip"_s);
    QTRY_COMPARE(window.findChildren<QToolButton *>(u"filterChip"_s).size(), 2);
    chips = window.findChildren<QToolButton *>(u"filterChip"_s);
    QToolButton *region = nullptr;
    for (QToolButton *chip : chips) {
        if (chip->text().contains(u"대전"_s) || chip->text().contains(u"Daejeon"_s))
            region = chip;
    }
    QVERIFY(region);
    region->click();
    QVERIFY(rows(window) >= narrowed);
    QVERIFY(WindowParts::filters(window)->query().selected(FacetKind::Region).isEmpty());
    QCOMPARE(WindowParts::filters(window)->query().selected(FacetKind::Market), QStringList{u"MN"_s});

    WindowParts::filters(window)->addFacetValue(FacetKind::Region, u"KR-30"_s);
    QTRY_VERIFY(window.findChild<QToolButton *>(u"clearFilters"_s));
    window.findChild<QToolButton *>(u"clearFilters"_s)->click();
    QCOMPARE(rows(window), all);
    QCOMPARE(WindowParts::filters(window)->query(), ArticleQuery());
}

void tst_MainWindow::tagInDetailSetsFilter()
{
    AppContext context;
    QVERIFY(!context.open(m_dir.filePath(u"gui.sqlite"_s)));
    Settings settings(settingsFile(u"e"_s));
    Ui::MainWindow window(context, settings);
    window.show();
    WindowParts::list(window)->setCurrentIndex(WindowParts::articles(window)->index(0, ArticleListModel::TitleColumn));
    const QStringList markets =
        WindowParts::articles(window)->index(0, 0).data(ArticleListModel::MarketsRole).toStringList();
    QVERIFY(!markets.isEmpty());
    const QString html = WindowParts::detailPane(window)->view()->toHtml();
    const QUrl url = Ui::ArticleDetailView::tagUrl({u"market"_s, markets.first()});
    QVERIFY2(html.contains(url.toString(QUrl::FullyEncoded).toHtmlEscaped()), qPrintable(html.left(400)));
    Q_EMIT WindowParts::detailPane(window)->view()->anchorClicked(url); // what a click on the chip does
    QCOMPARE(WindowParts::filters(window)->query().selected(FacetKind::Market), QStringList{markets.first()});
    for (int row = 0; row < rows(window); ++row) {
        QVERIFY(WindowParts::articles(window)
                    ->index(row, 0)
                    .data(ArticleListModel::MarketsRole)
                    .toStringList()
                    .contains(markets.first()));
    }
}

void tst_MainWindow::starAndNotePersistAcrossRestart()
{
    const QString cache = m_dir.filePath(u"restart.sqlite"_s);
    qint64 id = 0;
    {
        AppContext context;
        QVERIFY(!context.open(cache));
        Settings settings(settingsFile(u"f"_s));
        Ui::MainWindow window(context, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTreeView *list = WindowParts::list(window);
        list->setCurrentIndex(list->model()->index(2, ArticleListModel::TitleColumn));
        id = list->model()->index(2, 0).data(ArticleListModel::IdRole).toLongLong();
        list->setFocus();
        QTest::keyClick(list, Qt::Key_S);
        QVERIFY(list->model()->index(2, 0).data(ArticleListModel::StarredRole).toBool());
        QPlainTextEdit *note = WindowParts::detailPane(window)->noteEditor();
        QSignalSpy saved(WindowParts::detailPane(window), &Ui::ArticleDetailPane::noteSaved);
        note->setFocus();
        QTest::keyClicks(note, u"call the agency "_s);
        note->insertPlainText(u"월요일"_s); // keyClicks() types ASCII only
        QCOMPARE(saved.count(), 0);         // debounced
        QTRY_COMPARE(saved.count(), 1);
        QTest::keyClicks(note, u"!"_s); // pending when the window closes: saved on close
        window.close();
    }
    AppContext reopened;
    QVERIFY(!reopened.open(cache));
    Settings settings(settingsFile(u"f"_s));
    Ui::MainWindow window(reopened, settings);
    window.show();
    const int row = WindowParts::articles(window)->rowOf(id);
    QVERIFY(row >= 0);
    QVERIFY(WindowParts::articles(window)->index(row, 0).data(ArticleListModel::StarredRole).toBool());
    WindowParts::list(window)->setCurrentIndex(
        WindowParts::articles(window)->index(row, ArticleListModel::TitleColumn));
    QCOMPARE(WindowParts::detailPane(window)->noteEditor()->toPlainText(), u"call the agency 월요일!"_s);
    WindowParts::filters(window)->setView(Ui::FilterPanel::View::Starred);
    QCOMPARE(rows(window), 1);
}

void tst_MainWindow::keyboardNavigation()
{
    AppContext context;
    QVERIFY(!context.open(m_dir.filePath(u"keys.sqlite"_s)));
    Settings settings(settingsFile(u"g"_s));
    Ui::MainWindow window(context, settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTreeView *list = WindowParts::list(window);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_J); // no current row yet: the first
    QCOMPARE(list->currentIndex().row(), 0);
    QTest::keyClick(list, Qt::Key_J);
    QTest::keyClick(list, Qt::Key_J);
    QCOMPARE(list->currentIndex().row(), 2);
    QTest::keyClick(list, Qt::Key_K);
    QCOMPARE(list->currentIndex().row(), 1);
    const qint64 id = WindowParts::articles(window)->index(1, 0).data(ArticleListModel::IdRole).toLongLong();
    QCOMPARE(WindowParts::detailPane(window)->articleId().value_or(0), id);
    QVERIFY(WindowParts::articles(window)->index(1, 0).data(ArticleListModel::ReadRole).toBool());
    QTest::keyClick(list, Qt::Key_M);
    QVERIFY(!WindowParts::articles(window)->index(1, 0).data(ArticleListModel::ReadRole).toBool());
    QVERIFY(!context.articles().article(id)->summary.state.read);
    QTest::keyClick(list, Qt::Key_S);
    QVERIFY(context.articles().article(id)->summary.state.starred);
    QTest::keyClick(list, Qt::Key_S);
    QVERIFY(!context.articles().article(id)->summary.state.starred);
    // Space pages through the article, then moves on.
    for (int i = 0; i < 40 && list->currentIndex().row() == 1; ++i)
        QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(list->currentIndex().row(), 2);
    // '/' goes to the search line; typing there does not trigger the one-letter keys.
    QTest::keyClick(list, Qt::Key_Slash);
    QTRY_VERIFY(WindowParts::filters(window)->searchLine()->hasFocus());
    QTest::keyClicks(WindowParts::filters(window)->searchLine(), u"js"_s);
    QCOMPARE(WindowParts::filters(window)->searchLine()->text(), u"js"_s);
    QCOMPARE(list->currentIndex().row(), 2);
}

void tst_MainWindow::eachStoryOnceCollapsesCluster()
{
    AppContext context;
    QVERIFY(!context.open(m_dir.filePath(u"gui.sqlite"_s)));
    Settings settings(settingsFile(u"h"_s));
    Ui::MainWindow window(context, settings);
    window.show();
    ArticleListModel *model = WindowParts::articles(window);
    fetchAll(model);
    const int all = rows(window);
    int copiesHidden = 0;
    QSet<qint64> clusters;
    for (int row = 0; row < all; ++row) {
        const qint64 cluster = model->index(row, 0).data(ArticleListModel::ClusterIdRole).toLongLong();
        if (cluster > 0 && !clusters.contains(cluster)) {
            clusters.insert(cluster);
            copiesHidden += model->index(row, 0).data(ArticleListModel::CopiesRole).toInt() - 1;
        }
    }
    QVERIFY2(copiesHidden > 0, "the sample has stories told by several outlets");
    auto *collapse = window.findChild<QCheckBox *>(u"collapseClusters"_s);
    QVERIFY(collapse);
    collapse->setChecked(true);
    fetchAll(model);
    QCOMPARE(rows(window), all - copiesHidden);
    QCOMPARE(WindowParts::browsing(window)->counts().total, all - copiesHidden);
    QVERIFY(settings.collapseClusters());
    // The story's row says how many outlets carry it, and the detail lists the others.
    int row = 0;
    while (row < rows(window) && model->index(row, 0).data(ArticleListModel::CopiesRole).toInt() < 2)
        ++row;
    QVERIFY(row < rows(window));
    const int copies = model->index(row, 0).data(ArticleListModel::CopiesRole).toInt();
    WindowParts::list(window)->setCurrentIndex(model->index(row, ArticleListModel::TitleColumn));
    const QString detail = WindowParts::detailPane(window)->view()->toPlainText();
    QVERIFY2(detail.contains(u"Also reported by %1"_s.arg(copies - 1)), qPrintable(detail.right(300)));
    collapse->setChecked(false);
    fetchAll(model);
    QCOMPARE(rows(window), all);
    // Clicking another copy in "also reported by" selects it in the list.
    int first = 0;
    while (first < rows(window) && model->index(first, 0).data(ArticleListModel::CopiesRole).toInt() < 2)
        ++first;
    QVERIFY(first < rows(window));
    const qint64 clusterId = model->index(first, 0).data(ArticleListModel::ClusterIdRole).toLongLong();
    int other = first + 1;
    while (other < rows(window) &&
           model->index(other, 0).data(ArticleListModel::ClusterIdRole).toLongLong() != clusterId)
        ++other;
    QVERIFY(other < rows(window));
    WindowParts::list(window)->setCurrentIndex(model->index(first, ArticleListModel::TitleColumn));
    const qint64 otherId = model->index(other, 0).data(ArticleListModel::IdRole).toLongLong();
    QVERIFY(WindowParts::detailPane(window)->view()->toHtml().contains(
        Ui::ArticleDetailView::articleUrl(otherId).toString().toHtmlEscaped()));
    Q_EMIT WindowParts::detailPane(window)->view()->anchorClicked(Ui::ArticleDetailView::articleUrl(otherId));
    QCOMPARE(WindowParts::list(window)->currentIndex().row(), other);
    QCOMPARE(WindowParts::detailPane(window)->articleId().value_or(0), otherId);
}

void tst_MainWindow::sortsByHeaderClick()
{
    AppContext context;
    QVERIFY(!context.open(m_dir.filePath(u"gui.sqlite"_s)));
    Settings settings(settingsFile(u"i"_s));
    Ui::MainWindow window(context, settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Q_EMIT WindowParts::list(window)->header()->sectionClicked(ArticleListModel::RelevanceColumn);
    QCOMPARE(WindowParts::articles(window)->query().sort, ArticleQuery::Sort::Relevance);
    fetchAll(WindowParts::articles(window));
    for (int row = 1; row < rows(window); ++row) {
        QVERIFY(WindowParts::articles(window)->index(row - 1, 0).data(ArticleListModel::RelevanceRole).toDouble() >=
                WindowParts::articles(window)->index(row, 0).data(ArticleListModel::RelevanceRole).toDouble());
    }
    WindowParts::filters(window)->addFacetValue(FacetKind::Market, u"KZ"_s);
    QCOMPARE(WindowParts::articles(window)->query().sort, ArticleQuery::Sort::Relevance); // filters keep the sort
}

void tst_MainWindow::layoutIsRemembered()
{
    AppContext context;
    QVERIFY(!context.open(m_dir.filePath(u"gui.sqlite"_s)));
    const QString ini = settingsFile(u"layout"_s);
    QList<int> sizes;
    {
        Settings settings(ini);
        Ui::MainWindow window(context, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WindowParts::splitter(window)->setSizes({300, 500, 400});
        sizes = WindowParts::splitter(window)->sizes();
        WindowParts::list(window)->header()->resizeSection(ArticleListModel::SourceColumn, 211);
        window.close();
    }
    Settings settings(ini);
    Ui::MainWindow window(context, settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(WindowParts::splitter(window)->sizes(), sizes);
    QCOMPARE(WindowParts::list(window)->header()->sectionSize(ArticleListModel::SourceColumn), 211);
}

void tst_MainWindow::trendBarFiltersMarketAndWeek()
{
    AppContext context;
    QVERIFY(!context.open(m_dir.filePath(u"gui.sqlite"_s)));
    Settings settings(settingsFile(u"j"_s));
    Ui::MainWindow window(context, settings);
    // The trend's last week is the clock's: it is put an hour after the newest article, so the
    // bars are there on any day the test runs.
    BrowsingModel *browsing = WindowParts::browsing(window);
    QVERIFY(browsing->list()->rowCount() > 0);
    fetchAll(browsing->list());
    QDateTime newest;
    for (int row = 0; row < browsing->list()->rowCount() && !newest.isValid(); ++row) {
        if (!browsing->list()->summaryAt(row)->dateGuessed)
            newest = browsing->list()->summaryAt(row)->published; // newest first
    }
    QVERIFY(newest.isValid());
    browsing->setClock([newest] { return newest.addSecs(3600); });
    window.show();
    WindowParts::trendDock(window)->show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Ui::TrendView *trend = WindowParts::trendView(window);
    QTRY_VERIFY(trend->isVisible());
    QVERIFY(!trend->trend().markets.isEmpty());
    int market = 0;
    int week = -1;
    for (int w = trend->trend().weeks - 1; w >= 0 && week < 0; --w) {
        if (trend->trend().counts[0][w] > 0)
            week = w;
    }
    QVERIFY(week >= 0);
    const QRect point = trend->pointRect(market, week);
    QVERIFY(point.isValid());
    // Hovering shows the value; clicking filters to that market and week.
    // (Lines may meet: the point on top, of whichever market, has the same week and count.)
    const QPair<int, int> hit = trend->pointAt(point.center());
    QCOMPARE(hit.second, week);
    QCOMPARE(trend->trend().counts[hit.first][week], trend->trend().counts[market][week]);
    QVERIFY(trend->valueText(market, week).contains(QString::number(trend->trend().counts[0][week])));
    const QString clicked = trend->trend().markets[hit.first]; // the trend is redrawn for the new filter
    QTest::mouseClick(trend, Qt::LeftButton, {}, point.center());
    const ArticleQuery q = WindowParts::filters(window)->query();
    QCOMPARE(q.selected(FacetKind::Market), QStringList{clicked});
    QVERIFY(q.since.isValid() && q.until.isValid());
    QCOMPARE(rows(window), trend->trend().counts[0][week]);
}

void tst_MainWindow::emptyCacheOffersSample()
{
    AppContext context;
    QVERIFY(!context.open(m_dir.filePath(u"empty.sqlite"_s), false));
    Settings settings(settingsFile(u"k"_s));
    Ui::MainWindow window(context, settings);
    window.show();
    QVERIFY(WindowParts::emptyState(window)->isVisible());
    QCOMPARE(WindowParts::emptyState(window)->kind(), Ui::EmptyState::Kind::EmptyCache);
    QVERIFY(WindowParts::emptyState(window)->text().contains(u"sample"_s));
    WindowParts::emptyState(window)->findChild<QPushButton *>()->click();
    QTRY_VERIFY(rows(window) >= 30); // the list reloads once the filter index is rebuilt off-thread
    QVERIFY(!WindowParts::emptyState(window)->isVisible());
    QTRY_VERIFY(WindowParts::browsing(window)->counts().total >= 30);
}

void tst_MainWindow::noMatchesOffersClear()
{
    AppContext context;
    QVERIFY(!context.open(m_dir.filePath(u"gui.sqlite"_s)));
    Settings settings(settingsFile(u"l"_s));
    Ui::MainWindow window(context, settings);
    window.show();
    WindowParts::filters(window)->searchLine()->setText(u"zzqqxxnotaword"_s);
    QTest::keyClick(WindowParts::filters(window)->searchLine(), Qt::Key_Return);
    QCOMPARE(rows(window), 0);
    QVERIFY(WindowParts::emptyState(window)->isVisible());
    QCOMPARE(WindowParts::emptyState(window)->kind(), Ui::EmptyState::Kind::NoMatches);
    WindowParts::emptyState(window)->findChild<QPushButton *>()->click();
    QVERIFY(rows(window) >= 30);
    QVERIFY(WindowParts::filters(window)->searchLine()->text().isEmpty());
}

void tst_MainWindow::shortcutsAreListed()
{
    AppContext context;
    QVERIFY(!context.open(m_dir.filePath(u"gui.sqlite"_s)));
    Settings settings(settingsFile(u"m"_s));
    Ui::MainWindow window(context, settings);
    // Help → Keyboard shortcuts opens the dialog modally; it is read while open, then closed.
    QStringList keys;
    QTimer::singleShot(0, &window, [&keys] {
        auto *dialog = qobject_cast<Ui::ShortcutsDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        for (int row = 0; row < dialog->table()->rowCount(); ++row)
            keys << dialog->table()->item(row, 1)->text();
        dialog->reject();
    });
    WindowParts::action(window, "shortcutsAction")->trigger();
    QVERIFY(!keys.isEmpty());
    const QString all = keys.join(u", "_s);
    for (const QKeySequence &key :
         {QKeySequence(Qt::Key_J), QKeySequence(Qt::Key_K), QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_S),
          QKeySequence(Qt::Key_M), QKeySequence(Qt::Key_O), QKeySequence(Qt::Key_Slash),
          QKeySequence(Qt::CTRL | Qt::Key_E), QKeySequence(Qt::CTRL | Qt::Key_P), QKeySequence(Qt::Key_F5)}) {
        QVERIFY2(keys.contains(key.toString(QKeySequence::NativeText)) ||
                     all.contains(key.toString(QKeySequence::NativeText)),
                 qPrintable(key.toString() + u" in "_s + all));
    }
}

void tst_MainWindow::hooksAreDisabledUntilWired()
{
    AppContext context;
    QVERIFY(!context.open(m_dir.filePath(u"gui.sqlite"_s)));
    Settings settings(settingsFile(u"n"_s));
    Ui::MainWindow window(context, settings);
    QVERIFY(WindowParts::action(window, "exportAction")->isEnabled()); // the exporter is built in
    QVERIFY(!WindowParts::action(window, "syncAction")->isEnabled());
    QVERIFY(!WindowParts::action(window, "syncAction")->toolTip().isEmpty());
    QSignalSpy sync(&window, &Ui::MainWindow::syncRequested);
    QSignalSpy exported(&window, &Ui::MainWindow::exportRequested);
    window.enableSync(true);
    window.enableExport(true);
    WindowParts::action(window, "syncAction")->trigger();
    QCOMPARE(sync.count(), 1);
    WindowParts::list(window)->selectionModel()->select(WindowParts::articles(window)->index(0, 0),
                                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    WindowParts::list(window)->selectionModel()->select(WindowParts::articles(window)->index(3, 0),
                                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    WindowParts::action(window, "exportAction")->trigger();
    QCOMPARE(exported.count(), 1);
    const QList<qint64> ids = exported.first().first().value<QList<qint64>>();
    QCOMPARE(ids.size(), 2); // multi-select goes to export
}

void tst_MainWindow::searchHitsAreFound()
{
    using Hits = QList<QPair<int, int>>;
    QCOMPARE(Ui::ArticleItemDelegate::hits(u"대전시, 카자흐스탄 환자 유치"_s, {u"카자흐스탄"_s}), Hits({{5, 5}}));
    QCOMPARE(Ui::ArticleItemDelegate::hits(u"Almaty and ALMATY"_s, {u"almaty"_s}), Hits({{0, 6}, {11, 6}}));
    QCOMPARE(Ui::ArticleItemDelegate::hits(u"abc"_s, {u"ab"_s, u"b"_s}), Hits({{0, 2}})); // no overlaps
    QVERIFY(Ui::ArticleItemDelegate::hits(u"abc"_s, {}).isEmpty());
}

void tst_MainWindow::detailRefusesRemoteContent()
{
    Ui::ArticleDetailView view;
    Ui::ArticleDetailView::Content content;
    content.article.summary.id = 1;
    content.article.summary.title = u"Remote"_s;
    content.article.summary.link = QUrl(u"https://news.example/a"_s);
    content.article.bodyHtml = u"<p>Text</p><img src='https://tracker.example/p.png' alt='pixel'>"
                               u"<p class='x' onclick='evil()'>▲ 대전시청 전경</p><script>alert(1)</script>"_s;
    content.highlightTerms = {u"Text"_s};
    view.showArticle(content);
    const QString html = view.toHtml();
    QVERIFY(!html.contains(u"tracker.example"_s)); // the sanitiser made a placeholder of the image
    QVERIFY(view.toPlainText().contains(u"pixel"_s));
    QVERIFY(!view.toPlainText().contains(u"alert"_s));
    QVERIFY(!html.contains(u"onclick"_s));
    // The setting keeps the image in the document (fetching it is left to whoever may do HTTP).
    content.remoteImages = true;
    view.showArticle(content);
    QVERIFY(view.toHtml().contains(u"tracker.example"_s));
    // The search term is highlighted in the body.
    QTextCursor cursor = view.document()->find(u"Text"_s);
    QVERIFY(!cursor.isNull());
    QTextCursor at(view.document());
    at.setPosition(cursor.selectionStart() + 1);
    QVERIFY(at.charFormat().background().style() != Qt::NoBrush);
}

void tst_MainWindow::reloadShowsArticlesOfAnotherConnection()
{
    const QString cache = m_dir.filePath(u"reload.sqlite"_s);
    AppContext context;
    QVERIFY(!context.open(cache));
    Settings settings(settingsFile(u"reload"_s));
    Ui::MainWindow window(context, settings);
    window.show();
    QTRY_VERIFY(WindowParts::browsing(window)->counts().total > 0);
    const int before = WindowParts::browsing(window)->counts().total;
    {
        // What a sync worker does: its own connection writes.
        Database other(u"other-writer"_s);
        QVERIFY(!other.open(cache));
        Source source;
        source.url = QUrl(u"https://new.example/rss"_s);
        source.name = u"New outlet"_s;
        const qint64 sourceId = *SourceRepository(other).ensure(source);
        QList<FeedItem> items;
        for (int i = 0; i < 3; ++i) {
            FeedItem item;
            item.id = u"new-%1"_s.arg(i);
            item.title = u"Fresh story %1"_s.arg(i);
            item.published = QDateTime::currentDateTimeUtc().addSecs(-i);
            items << item;
        }
        QVERIFY(ArticleRepository(other)
                    .upsert(sourceId, items, QDateTime::currentDateTimeUtc(), ArticlePreparer::prepareAll(items))
                    .ok());
    }
    window.reload();
    QTRY_COMPARE(WindowParts::browsing(window)->counts().total, before + 3);
    QCOMPARE(WindowParts::articles(window)->index(0, ArticleListModel::TitleColumn).data().toString(),
             u"Fresh story 0"_s);
}

void tst_MainWindow::settingsDialogWritesSettings()
{
    Settings settings(settingsFile(u"dialog"_s));
    QCOMPARE(settings.theme(), Settings::Theme::System);
    Ui::SettingsDialog dialog(settings, u"/tmp/cache.sqlite"_s);
    const QList<QComboBox *> combos = dialog.findChildren<QComboBox *>();
    QCOMPARE(combos.size(), 2);
    combos[0]->setCurrentIndex(combos[0]->findData(u"ru"_s));
    combos[1]->setCurrentIndex(combos[1]->findData(int(Settings::Theme::Dark)));
    dialog.findChild<QCheckBox *>()->setChecked(true);
    const QList<QSpinBox *> spins = dialog.findChildren<QSpinBox *>();
    QCOMPARE(spins.size(), 3);
    spins[0]->setValue(30);
    spins[1]->setValue(90);
    spins[2]->setValue(75);
    QSignalSpy changed(&settings, &Settings::changed);
    dialog.apply();
    QVERIFY(changed.count() >= 6);
    Settings reread(settingsFile(u"dialog"_s));
    QCOMPARE(reread.uiLanguage(), u"ru"_s);
    QCOMPARE(reread.theme(), Settings::Theme::Dark);
    QVERIFY(reread.remoteImages());
    QCOMPARE(reread.defaultIntervalMinutes(), 30);
    QCOMPARE(reread.retentionDays(), 90);
    QCOMPARE(reread.notificationThreshold(), 0.75);
}

void tst_MainWindow::facetTiesFollowTheAlphabetOfTheUiLanguage()
{
    // Equal counts: Korean names in 가나다 order, not in the order of their ISO codes (which is the reverse here).
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    const QHash<QString, QString> names{
        {u"KR-11"_s, u"서울"_s}, {u"KR-26"_s, u"부산"_s}, {u"KR-30"_s, u"대전"_s}, {u"KR-42"_s, u"강원"_s}};
    Ui::FacetSection section(FacetKind::Region, u"Regions"_s,
                             [&names](const FacetValue &v) { return names.value(v.value); });
    section.setValues({{u"KR-11"_s, {}, 3}, {u"KR-26"_s, {}, 3}, {u"KR-30"_s, {}, 5}, {u"KR-42"_s, {}, 3}});
    QStringList shown;
    for (int i = 0; i < section.list()->count(); ++i)
        shown << section.list()->item(i)->data(Qt::DisplayRole).toString().section(u' ', 0, 0);
    QLocale::setDefault(previous);
    QCOMPARE(shown, (QStringList{u"대전"_s, u"강원"_s, u"부산"_s, u"서울"_s}));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
