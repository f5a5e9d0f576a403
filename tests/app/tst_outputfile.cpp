// SPDX-License-Identifier: GPL-3.0-or-later
// Output files (reports, OPML, backups) go only to regular files or new names in existing folders.
#include "core/outputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/types.h>
#include <unistd.h>

using namespace Medtour;

class tst_OutputFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesNewAndReplacesRegularFiles();
    void refusesWhatIsNotARegularFile_data();
    void refusesWhatIsNotARegularFile();
    void writesThroughALinkToARegularFile();
};

static QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void tst_OutputFile::writesNewAndReplacesRegularFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY(!OutputFile::write(path, "first"));
    QCOMPARE(readAll(path), QByteArray("first"));
    QVERIFY(!OutputFile::write(path, "second"));
    QCOMPARE(readAll(path), QByteArray("second"));
    const Error missing = OutputFile::write(dir.filePath(QStringLiteral("no/such/folder.pdf")), "x");
    QCOMPARE(missing.code, Error::NotFound);
    QVERIFY2(missing.detail.contains(u"does not exist"), qPrintable(missing.detail));
}

void tst_OutputFile::refusesWhatIsNotARegularFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("character device (made here)") << QStringLiteral("device");
    QTest::newRow("named pipe") << QStringLiteral("fifo");
    QTest::newRow("folder") << QStringLiteral("folder");
    QTest::newRow("dangling link") << QStringLiteral("dangling");
}

void tst_OutputFile::refusesWhatIsNotARegularFile()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QString path;
    if (kind == u"device") {
        // Never a real system device: were OutputFile broken, the test would replace /dev/null.
        // A node like /dev/full (1:7) in the temporary folder instead; only root may make one.
        if (::geteuid() != 0)
            QSKIP("making a device node (mknod) needs root; not running as root");
        path = dir.filePath(QStringLiteral("full"));
        QCOMPARE(::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0600, makedev(1, 7)), 0);
    } else if (kind == u"fifo") {
        path = dir.filePath(QStringLiteral("pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (kind == u"folder") {
        path = dir.filePath(QStringLiteral("sub"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
    } else {
        path = dir.filePath(QStringLiteral("link"));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("gone")), path));
    }
    struct stat before
    {
    };
    QCOMPARE(::lstat(QFile::encodeName(path).constData(), &before), 0);

    const Error error = OutputFile::write(path, "report");
    QCOMPARE(error.code, Error::InvalidInput);
    QVERIFY2(error.detail.contains(path), qPrintable(error.detail));

    struct stat after
    {
    };
    QCOMPARE(::lstat(QFile::encodeName(path).constData(), &after), 0);
    QCOMPARE(after.st_mode, before.st_mode);
    QCOMPARE(after.st_ino, before.st_ino);
    QCOMPARE(after.st_rdev, before.st_rdev);
}

void tst_OutputFile::writesThroughALinkToARegularFile()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("real.opml"));
    const QString link = dir.filePath(QStringLiteral("link.opml"));
    QVERIFY(!OutputFile::write(target, "old"));
    QVERIFY(QFile::link(target, link));
    QVERIFY(!OutputFile::write(link, "new"));
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(readAll(target), QByteArray("new"));
}

QTEST_GUILESS_MAIN(tst_OutputFile)
#include "tst_outputfile.moc"
