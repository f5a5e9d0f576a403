// SPDX-License-Identifier: GPL-3.0-or-later
// First start: the empty cache offers the sample and the recommended sources. Adding the sources
// stores them and asks for a sync, which this test never runs (no network: no SyncController here).
#include "context/appcontext.h"
#include "emptystate.h"
#include "mainwindow.h"
#include "mustread.h"
#include "settings/settings.h"
#include "storage/sourcerepository.h"
#include "sync/defaultsources.h"
#include "windowparts.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Medtour;
using namespace Qt::StringLiterals;

class tst_FirstStart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyCacheOffersSampleAndSources();
    void recommendedSourcesAreAddedOnce();
};

void tst_FirstStart::emptyCacheOffersSampleAndSources()
{
    QTemporaryDir dir;
    AppContext context;
    QVERIFY(!context.open(dir.filePath(u"empty.sqlite"_s), false));
    Settings settings(dir.filePath(u"s.ini"_s));
    Ui::MainWindow window(context, settings);
    window.show();
    QTRY_VERIFY(WindowParts::emptyState(window)->isVisible());
    QCOMPARE(WindowParts::emptyState(window)->kind(), Ui::EmptyState::Kind::EmptyCache);
    auto *sample = WindowParts::emptyState(window)->findChild<QPushButton *>(u"emptyStateButton"_s);
    auto *sources = WindowParts::emptyState(window)->findChild<QPushButton *>(u"addDefaultSourcesButton"_s);
    QVERIFY(sample && sources);
    QVERIFY(sample->isVisible() && sources->isVisible());
    QCOMPARE(sample->text(), u"Open the sample articles"_s);
    QCOMPARE(sources->text(), u"Add recommended sources"_s);
}

void tst_FirstStart::recommendedSourcesAreAddedOnce()
{
    const Result<QList<Source>> defaults = DefaultSources::embedded();
    QVERIFY2(defaults.ok(), qPrintable(defaults.error().detail));
    QVERIFY(defaults->size() > 3);

    QTemporaryDir dir;
    AppContext context;
    QVERIFY(!context.open(dir.filePath(u"empty.sqlite"_s), false));
    QCOMPARE(mustRead(context.sources().all()).size(), 0);
    Settings settings(dir.filePath(u"s.ini"_s));
    Ui::MainWindow window(context, settings);
    QSignalSpy added(&window, &Ui::MainWindow::sourcesAdded);
    QSignalSpy syncToggle(&window, &Ui::MainWindow::syncRequested);
    window.show();
    QTRY_VERIFY(WindowParts::emptyState(window)->sourcesButton()->isVisible());
    WindowParts::emptyState(window)->sourcesButton()->click();

    const QList<Source> stored = mustRead(context.sources().all());
    QCOMPARE(stored.size(), defaults->size());
    QSet<QUrl> urls;
    for (const Source &s : stored)
        urls << s.url;
    for (const Source &s : *defaults)
        QVERIFY2(urls.contains(s.url), qPrintable(s.url.toString()));
    // A sync is asked for (the presenter runs it); not the F5 toggle, which would stop a running one.
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.at(0).at(0).toInt(), int(defaults->size()));
    QCOMPARE(syncToggle.size(), 0);

    // A second click adds nothing and asks for nothing.
    WindowParts::emptyState(window)->sourcesButton()->click();
    QCOMPARE(mustRead(context.sources().all()).size(), defaults->size());
    QCOMPARE(added.size(), 1);
}

QTEST_MAIN(tst_FirstStart)
#include "tst_firststart.moc"
