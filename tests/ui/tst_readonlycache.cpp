// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 21, item 8 in the reader: a cache that cannot be written opens read-only; the window shows its
// articles and says so in the status bar, in the user's language. Root writes through permission
// bits, so the file's bytes are compared: the reader must not write it even then.
#include "context/appcontext.h"
#include "mainwindow.h"
#include "models/articlelistmodel.h"
#include "settings/settings.h"
#include "translationloader.h"
#include "windowparts.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Medtour;
using namespace Qt::StringLiterals;

namespace {

QByteArray digest(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

} // namespace

class tst_ReadOnlyCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windowSaysReadOnly_data();
    void windowSaysReadOnly();
};

void tst_ReadOnlyCache::windowSaysReadOnly_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("Korean") << u"ko"_s;
    QTest::newRow("Russian") << u"ru"_s;
}

void tst_ReadOnlyCache::windowSaysReadOnly()
{
    QFETCH(QString, language);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    {
        AppContext writable;
        QVERIFY(!writable.open(path)); // the sample, imported
        QVERIFY(!writable.database().isReadOnly());
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = digest(path);

    const QString installed = Ui::TranslationLoader::install(*qApp, QLocale(language));
    AppContext context;
    const Error opened = context.open(path);
    QVERIFY2(!opened, qPrintable(opened.detail));
    Settings settings(dir.filePath(u"s.ini"_s));
    {
        Ui::MainWindow window(context, settings);
        window.show();
        QTRY_VERIFY(WindowParts::articles(window)->rowCount() > 0);
        auto *notice = window.statusBar()->findChild<QLabel *>(u"readOnlyNotice"_s);
        QVERIFY(notice);
        QVERIFY(notice->isVisible());
        const QString text = notice->text();
        QVERIFY(!text.isEmpty());
        if (installed == u"en")
            QCOMPARE(text, u"Read-only: the cache file cannot be written"_s);
        else
            QVERIFY2(!text.startsWith(u"Read-only"), qPrintable(text)); // translated
        // A star cannot be saved; the window stays as it was and the file is untouched.
        QVERIFY(!context.articles().setStarred({1}, true));
    }
    QCOMPARE(digest(path), before);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

QTEST_MAIN(tst_ReadOnlyCache)
#include "tst_readonlycache.moc"
