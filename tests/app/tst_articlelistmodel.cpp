// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/articlelistmodel.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/sourcerepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Medtour;
using namespace Qt::StringLiterals;

class tst_ArticleListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pagesLazily();
    void queryResets();
    void stateUpdateEmitsDataChanged();

private:
    QTemporaryDir m_dir;
    Database m_db{u"model"_s};
};

void tst_ArticleListModel::initTestCase()
{
    QVERIFY(!m_db.open(m_dir.filePath(u"m.sqlite"_s)));
    Source source;
    source.url = QUrl(u"https://e.example/rss"_s);
    source.name = u"E"_s;
    const qint64 sourceId = *SourceRepository(m_db).ensure(source);
    QList<FeedItem> items;
    for (int i = 0; i < 450; ++i) {
        FeedItem item;
        item.id = QString::number(i);
        item.title = (i % 3 == 0 ? u"Kazakhstan story %1"_s : u"Other story %1"_s).arg(i);
        item.published = QDateTime::fromSecsSinceEpoch(1'750'000'000 + i * 60, Qt::UTC);
        items << item;
    }
    QVERIFY(ArticleRepository(m_db).upsert(sourceId, items, QDateTime::currentDateTimeUtc()).ok());
}

void tst_ArticleListModel::pagesLazily()
{
    ArticleRepository repo(m_db);
    ArticleListModel model(repo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(100);
    model.reload();
    QCOMPARE(model.rowCount(), 100);
    QVERIFY(model.canFetchMore({}));
    int fetches = 0;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        ++fetches;
    }
    QCOMPARE(model.rowCount(), 450);
    QCOMPARE(fetches, 4); // 100 + 4 × up to 100 = 450 (the last page is short)
    // Newest first, strictly ordered.
    QVERIFY(model.data(model.index(0, ArticleListModel::TitleColumn)).toString().endsWith(u" 449"_s));
    for (int row = 1; row < model.rowCount(); ++row) {
        QVERIFY(model.index(row - 1, 0).data(ArticleListModel::PublishedRole).toDateTime() >
                model.index(row, 0).data(ArticleListModel::PublishedRole).toDateTime());
    }
}

void tst_ArticleListModel::queryResets()
{
    ArticleRepository repo(m_db);
    ArticleListModel model(repo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    ArticleQuery q;
    q.text = u"kazakhstan"_s;
    model.setQuery(q);
    QCOMPARE(reset.count(), 1);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 150);
}

void tst_ArticleListModel::stateUpdateEmitsDataChanged()
{
    ArticleRepository repo(m_db);
    ArticleListModel model(repo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const qint64 id = model.index(3, 0).data(ArticleListModel::IdRole).toLongLong();
    UserState state;
    state.starred = true;
    model.updateState(id, state);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(3, 0).data(ArticleListModel::StarredRole).toBool(), true);
}

QTEST_GUILESS_MAIN(tst_ArticleListModel)
#include "tst_articlelistmodel.moc"
