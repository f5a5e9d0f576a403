// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 21 ("hostile world, round two"), the file-system half, through the real medtour-cli:
//  1. output over special files: every writer of a path the user chose (export-pdf, sources export,
//     the user-state backup beside the cache) refuses a fifo, a socket, a folder and a device node
//     and leaves it as it was. Never a real system device: the nodes are made in a temporary folder
//     (the device row needs root for mknod and is skipped otherwise);
//  3. FILE arguments from a device or a pipe: at most limit + 1 bytes are read (/dev/zero, which is
//     harmless to read, and a fifo fed by a child process), with the child's memory bounded so that
//     an unbounded read fails in the child, not on the machine;
//  8. read-only caches (a read-only file, a read-only folder, a read-only bind mount): reads work, a
//     write fails with one "read-only" line and a non-zero exit, and `check` calls the cache sound.
//     Tests run as root in CI, and root writes through permission bits: the cache must not be written
//     even so (its bytes are compared). The mount is made in a user and mount namespace of its own
//     (unshare); where the system allows none, that row is skipped with the reason;
//  and, smaller, with zero bytes free on the cache's disk (a full tmpfs, same namespace) reads work.
#include "clirun.h"
#include "testdata.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

using namespace MedtourTest;
using namespace Qt::StringLiterals;

namespace {

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/// What is at `path`: the file type and, for a device, its number (so a replaced node shows).
QString kindAt(const QString &path)
{
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return u"nothing"_s;
    if (S_ISFIFO(st.st_mode))
        return u"fifo"_s;
    if (S_ISSOCK(st.st_mode))
        return u"socket"_s;
    if (S_ISDIR(st.st_mode))
        return u"folder"_s;
    if (S_ISCHR(st.st_mode))
        return u"device %1:%2"_s.arg(major(st.st_rdev)).arg(minor(st.st_rdev));
    if (S_ISREG(st.st_mode))
        return u"file of %1 bytes"_s.arg(st.st_size);
    return u"other"_s;
}

/// Makes a special file of `kind` at `path`; false with `*skip` set when this system cannot.
bool makeSpecial(const QString &kind, const QString &path, QString *skip)
{
    const QByteArray name = QFile::encodeName(path);
    if (kind == u"fifo")
        return ::mkfifo(name.constData(), 0600) == 0;
    if (kind == u"folder")
        return QDir().mkdir(path);
    if (kind == u"socket") {
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        if (fd < 0 || size_t(name.size()) >= sizeof(address.sun_path))
            return false;
        std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
        const bool bound = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0;
        ::close(fd); // the socket file stays
        return bound;
    }
    // A character device like /dev/full (1:7), made here: only root may, and the test never touches
    // a real system device.
    if (::geteuid() != 0) {
        *skip = u"only root can make a device node (mknod); not running as root"_s;
        return false;
    }
    return ::mknod(name.constData(), S_IFCHR | 0600, makedev(1, 7)) == 0;
}

} // namespace

class tst_HostileFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void outputOverSpecialFiles_data();
    void outputOverSpecialFiles();
    void fileArgumentsAreBounded_data();
    void fileArgumentsAreBounded();
    void readOnlyCache_data();
    void readOnlyCache();
    void zeroBytesFreeStillReads();

private:
    CliRun cli(const QString &db, const QStringList &args, const CliOptions &options = {});
    QString freshCache(const QString &name);
    QTemporaryDir m_dir;
    QString m_template; ///< a cache with the sample, a star and a note, copied for each case
};

CliRun tst_HostileFiles::cli(const QString &db, const QStringList &args, const CliOptions &options)
{
    return runCli(QStringList{u"--db"_s, db} + args, options);
}

void tst_HostileFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(u"template/cache.sqlite"_s);
    QVERIFY(QDir().mkpath(m_dir.filePath(u"template"_s)));
    QCOMPARE(cli(m_template, {u"ingest"_s, TestData::sampleFeed()}).code, 0);
    QCOMPARE(cli(m_template, {u"star"_s, u"2"_s}).code, 0);
    QCOMPARE(cli(m_template, {u"note"_s, u"3"_s, u"전화할 것"_s}).code, 0);
    // A closed cache: its -wal and -shm are gone, as after the reader quits.
    QVERIFY(!QFile::exists(m_template + u"-wal"_s));
}

QString tst_HostileFiles::freshCache(const QString &name)
{
    const QString folder = m_dir.filePath(name);
    QDir().mkpath(folder);
    const QString path = folder + u"/cache.sqlite"_s;
    QFile::remove(path);
    QFile::copy(m_template, path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

void tst_HostileFiles::outputOverSpecialFiles_data()
{
    QTest::addColumn<QString>("writer");
    QTest::addColumn<QString>("kind");
    for (const QString &writer : {u"export-pdf"_s, u"sources export"_s, u"user-state backup"_s}) {
        for (const QString &kind : {u"fifo"_s, u"socket"_s, u"folder"_s, u"device"_s})
            QTest::addRow("%s over a %s", qPrintable(writer), qPrintable(kind)) << writer << kind;
    }
}

void tst_HostileFiles::outputOverSpecialFiles()
{
    QFETCH(QString, writer);
    QFETCH(QString, kind);
#ifndef MEDTOUR_TEST_EXPORT
    if (writer == u"export-pdf")
        QSKIP("this build has no PDF export (MEDTOUR_BUILD_EXPORT=OFF)");
#endif
    QTemporaryDir dir;
    const QString db = dir.filePath(u"cache.sqlite"_s);
    QVERIFY(QFile::copy(m_template, db));
    QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
    const QString target = writer == u"user-state backup" ? db + u".userstate.json"_s : dir.filePath(u"out"_s);
    QString skip;
    if (!makeSpecial(kind, target, &skip)) {
        if (!skip.isEmpty())
            QSKIP(qPrintable(skip));
        QFAIL(qPrintable(u"cannot make a %1 at %2"_s.arg(kind, target)));
    }
    const QString before = kindAt(target);

    CliOptions options;
    options.timeoutMs = 20000; // a writer that opens a fifo to read it back would wait for ever
    CliRun run;
    if (writer == u"export-pdf")
        run = cli(db, {u"export-pdf"_s, u"--out"_s, target, u"--ids"_s, u"1,2"_s}, options);
    else if (writer == u"sources export")
        run = cli(db, {u"sources"_s, u"export"_s, target}, options);
    else
        run = cli(db, {u"star"_s, u"5"_s}, options); // the backup beside the cache follows every change

    QVERIFY2(run.code != -1, "medtour-cli did not finish (it waits on the special file)");
    QCOMPARE(kindAt(target), before); // left as it was: not replaced by a regular file
    if (writer == u"user-state backup") {
        // The star is in the cache; the backup was refused with a warning, not written over the node.
        QCOMPARE(run.code, 0);
        QVERIFY2(run.err.contains("not a regular file") || run.err.contains("is a folder"), run.err.constData());
    } else {
        QVERIFY2(run.code != 0, run.out.constData());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.contains("not a regular file") || run.err.contains("is a folder"), run.err.constData());
    }
}

void tst_HostileFiles::fileArgumentsAreBounded_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QByteArray>("limit");
    QTest::newRow("parse /dev/zero") << u"parse"_s << u"/dev/zero"_s << QByteArray("20 MiB");
    QTest::newRow("extract /dev/zero") << u"extract"_s << u"/dev/zero"_s << QByteArray("20 MiB");
    QTest::newRow("ingest a fifo fed without end") << u"ingest"_s << u"fifo"_s << QByteArray("20 MiB");
    QTest::newRow("parse a fifo fed without end") << u"parse"_s << u"fifo"_s << QByteArray("20 MiB");
    QTest::newRow("sources import /dev/zero") << u"sources import"_s << u"/dev/zero"_s << QByteArray("8 MiB");
}

void tst_HostileFiles::fileArgumentsAreBounded()
{
    QFETCH(QString, command);
    QFETCH(QString, source);
    QFETCH(QByteArray, limit);
    QTemporaryDir dir;
    QString path = source;
    QProcess feeder;
    if (source == u"fifo") {
        path = dir.filePath(u"feed.xml"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        // A writer that never stops: an RSS head, then the same item for ever.
        feeder.start(u"sh"_s, {u"-c"_s,
                               u"{ printf '<rss version=\"2.0\"><channel>'; yes '<item><title>x</title></item>'; } "
                               "> \"$0\" 2>/dev/null"_s,
                               path});
        QVERIFY(feeder.waitForStarted());
    }
    CliOptions options;
    // Well above what a bounded read needs, far below what an unbounded one would take.
    options.memoryLimitBytes = 1536LL * 1024 * 1024;
    options.timeoutMs = 120000;
    QStringList args = command.split(u' ');
    args << path;
    const CliRun run = cli(dir.filePath(u"cache.sqlite"_s), args, options);
    if (feeder.state() != QProcess::NotRunning) {
        feeder.kill();
        feeder.waitForFinished();
    }
    QCOMPARE(run.code, 1);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains(QByteArray("larger than the " + limit + " limit")), run.err.constData());
}

void tst_HostileFiles::readOnlyCache_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("read-only file") << u"file"_s;
    QTest::newRow("read-only folder") << u"folder"_s;
    QTest::newRow("read-only bind mount") << u"mount"_s;
}

void tst_HostileFiles::readOnlyCache()
{
    QFETCH(QString, how);
    const QString db = freshCache(u"ro-"_s + how);
    const QString folder = QFileInfo(db).absolutePath();
    const QByteArray before = digest(db);
    const QString backup = db + u".userstate.json"_s;
    QString setup;
    if (how == u"file") {
        QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    } else if (how == u"folder") {
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup |
                                                  QFile::ReadOther | QFile::ExeOther));
    } else {
        QString why;
        if (!mountNamespacesWork(&why))
            QSKIP(qPrintable(u"no read-only mount: "_s + why));
        setup = u"mount --bind '%1' '%1' && mount -o remount,bind,ro '%1'"_s.arg(folder);
    }
    const auto run = [&](const QStringList &args) {
        const QStringList all = QStringList{u"--db"_s, db} + args;
        return setup.isEmpty() ? runCli(all) : runCliInMountNamespace(setup, all);
    };

    // Reading works: list, search, show, stats, check (sound, not "damaged"), an export elsewhere.
    const CliRun list = run({u"list"_s, u"--limit"_s, u"100"_s});
    QVERIFY2(list.code == 0, list.err.constData());
    QCOMPARE(list.json().array().size(), 34);
    QVERIFY2(run({u"search"_s, u"대전"_s}).code == 0, "search");
    QCOMPARE(run({u"show"_s, u"3"_s}).json().object().value(u"note").toString(), u"전화할 것"_s);
    const CliRun check = run({u"check"_s});
    QVERIFY2(check.code == 0, check.err.constData());
    QVERIFY(check.json().object().value(u"ok").toBool());
#ifdef MEDTOUR_TEST_EXPORT
    const QString pdf = m_dir.filePath(u"ro-%1.pdf"_s.arg(how));
    const CliRun exported = run({u"export-pdf"_s, u"--out"_s, pdf, u"--ids"_s, u"1,2"_s});
    QVERIFY2(exported.code == 0, exported.err.constData());
    QVERIFY(QFileInfo(pdf).size() > 1000);
#endif

    // Writing fails at once with one line that says why, and nothing changes.
    for (const QStringList &write :
         {QStringList{u"star"_s, u"1"_s}, QStringList{u"ingest"_s, TestData::sampleFeed()},
          QStringList{u"sync"_s, u"--once"_s}, QStringList{u"sources"_s, u"remove"_s, u"1"_s}}) {
        const CliRun refused = run(write);
        QVERIFY2(refused.code != 0, qPrintable(write.join(u' ') + u": "_s + QString::fromUtf8(refused.out)));
        QVERIFY2(refused.errLines().size() == 1 && refused.err.contains("read-only"),
                 qPrintable(write.join(u' ') + u": "_s + QString::fromUtf8(refused.err)));
    }
    QCOMPARE(digest(db), before);
    QVERIFY(!QFile::exists(backup));
    QCOMPARE(run({u"list"_s, u"--starred"_s}).json().array().size(), 1);

    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
}

void tst_HostileFiles::zeroBytesFreeStillReads()
{
    QString why;
    if (!mountNamespacesWork(&why))
        QSKIP(qPrintable(u"no full disk to test with: "_s + why));
    const QString db = freshCache(u"full"_s);
    const QString mount = m_dir.filePath(u"full-mount"_s);
    QVERIFY(QDir().mkpath(mount));
    // A small tmpfs, the cache copied in, then every byte left taken by a filler file.
    const QString setup =
        u"mount -t tmpfs -o size=%1k tmpfs '%2' && cp '%3' '%2/cache.sqlite' && "
        "{ dd if=/dev/zero of='%2/filler' bs=4096 2>/dev/null || true; }"_s.arg(QFileInfo(db).size() / 1024 + 512)
            .arg(mount, db);
    const QString full = mount + u"/cache.sqlite"_s;
    const CliRun list = runCliInMountNamespace(setup, {u"--db"_s, full, u"list"_s, u"--limit"_s, u"100"_s});
    QVERIFY2(list.code == 0, list.err.constData());
    QCOMPARE(list.json().array().size(), 34);
    const CliRun search = runCliInMountNamespace(setup, {u"--db"_s, full, u"search"_s, u"대전"_s});
    QVERIFY2(search.code == 0, search.err.constData());
    QVERIFY(!search.json().array().isEmpty());
    const CliRun show = runCliInMountNamespace(setup, {u"--db"_s, full, u"show"_s, u"3"_s});
    QVERIFY2(show.code == 0, show.err.constData());
    // A write says why it cannot be done, in one line.
    const CliRun star = runCliInMountNamespace(setup, {u"--db"_s, full, u"star"_s, u"1"_s});
    QVERIFY(star.code != 0);
    QCOMPARE(star.errLines().size(), 1);
    QVERIFY2(star.err.contains("disk is full"), star.err.constData());
}

QTEST_GUILESS_MAIN(tst_HostileFiles)
#include "tst_hostilefiles.moc"
