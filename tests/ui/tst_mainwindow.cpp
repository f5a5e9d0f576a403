// SPDX-License-Identifier: GPL-3.0-or-later
// Smoke test of the real window on a temporary cache filled from the embedded sample.
#include "articledetailview.h"
#include "core/appcontext.h"
#include "mainwindow.h"
#include "models/articlelistmodel.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Medtour;
using namespace Qt::StringLiterals;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsSampleAndDetail();
    void filterNarrowsList();
    void starPersists();

private:
    QTemporaryDir m_dir;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings go to a throwaway place
}

void tst_MainWindow::showsSampleAndDetail()
{
    AppContext context;
    QVERIFY(!context.open(m_dir.filePath(u"gui.sqlite"_s)));
    QVERIFY(context.importedSampleArticles() >= 30);
    Ui::MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QTreeView *list = window.articleView();
    QVERIFY(list->model()->rowCount() >= 30);
    const QString firstTitle = list->model()->index(0, ArticleListModel::TitleColumn).data().toString();
    QVERIFY(!firstTitle.isEmpty());

    QVERIFY(window.detailView()->toPlainText().contains(u"Select an article"_s));
    list->setCurrentIndex(list->model()->index(0, ArticleListModel::TitleColumn));
    const QString detail = window.detailView()->toPlainText();
    QVERIFY2(detail.contains(firstTitle), qPrintable(detail.left(200)));
    QVERIFY(detail.size() > firstTitle.size() + 100); // the body is there, not only the title
    QVERIFY(list->model()->index(0, 0).data(ArticleListModel::ReadRole).toBool()); // opening marks read
}

void tst_MainWindow::filterNarrowsList()
{
    AppContext context;
    QVERIFY(!context.open(m_dir.filePath(u"gui.sqlite"_s)));
    Ui::MainWindow window(context);
    window.show();
    const int all = window.articleModel()->rowCount();
    auto *search = window.findChild<QLineEdit *>(u"searchLine"_s);
    QVERIFY(search);
    QSignalSpy reset(window.articleModel(), &QAbstractItemModel::modelReset);
    QTest::keyClicks(search, u"Kazakhstan"_s);
    QTRY_VERIFY(reset.count() >= 1);
    const int filtered = window.articleModel()->rowCount();
    QVERIFY(filtered > 0);
    QVERIFY(filtered < all);
    for (int row = 0; row < filtered; ++row)
        QVERIFY(window.articleModel()->index(row, 0).data(ArticleListModel::IdRole).toLongLong() > 0);
}

void tst_MainWindow::starPersists()
{
    qint64 id = 0;
    {
        AppContext context;
        QVERIFY(!context.open(m_dir.filePath(u"star.sqlite"_s)));
        Ui::MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTreeView *list = window.articleView();
        list->setCurrentIndex(list->model()->index(2, ArticleListModel::TitleColumn));
        id = list->model()->index(2, 0).data(ArticleListModel::IdRole).toLongLong();
        list->setFocus();
        QTest::keyClick(list, Qt::Key_S);
        QVERIFY(list->model()->index(2, 0).data(ArticleListModel::StarredRole).toBool());
    }
    AppContext reopened;
    QVERIFY(!reopened.open(m_dir.filePath(u"star.sqlite"_s)));
    QVERIFY(reopened.articles().article(id)->summary.state.starred);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
