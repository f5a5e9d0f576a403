// SPDX-License-Identifier: GPL-3.0-or-later
// Resource bounds (issue #10): hostile documents given to medtour-cli in a child process, whose peak
// resident memory is read back with wait4() (ru_maxrss) and whose wall time is measured. Each case must
// end within its time bound, under its memory bound, with the clear message the product promises:
//   - a 100 MB feed file: refused before it is read (local files have the download limit, 20 MiB);
//   - billion laughs and quadratic blow-up: entity expansion refused, memory tiny;
//   - 10^6 items: parse keeps the first FeedParseOptions::maxItems (100,000), ingest stores the first
//     FeedIngester::kMaxItems (10,000); the rest are dropped with an error saying so. The JSON Feed case
//     peaks near 330 MB: the reader holds the whole 15 MB document as a QJsonDocument (about 20 times
//     its size); the XML reader streams;
//   - 10^5-deep XML: parsing stops at the nesting limit (256) with an error;
//   - 10^5-deep HTML page: extracted within bounds (HtmlGuard flattens what gumbo would recurse into).
// Every case prints "peak RSS … MB, … s" (the figures for the closing note); the documents are generated
// into a temporary directory at run time, never stored in the repository.
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <functional>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

using namespace Qt::StringLiterals;

namespace {

struct Child
{
    int exitCode = -1;
    qint64 peakRssKb = 0;
    qint64 ms = 0;
    QByteArray out;
    QByteArray err;
};

/// Runs medtour-cli with args, stdout and stderr into files in dir; waits with wait4 for its rusage.
Child runCli(const QTemporaryDir &dir, const QStringList &args)
{
    const QByteArray outPath = dir.filePath(u"child.out"_s).toLocal8Bit();
    const QByteArray errPath = dir.filePath(u"child.err"_s).toLocal8Bit();
    std::vector<QByteArray> storage{QByteArrayLiteral(MEDTOUR_CLI)};
    for (const QString &a : args)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    Child child;
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return child;
    }
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return child;
    child.ms = timer.elapsed();
    child.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
    child.peakRssKb = usage.ru_maxrss; // kilobytes on Linux
    QFile out(QString::fromLocal8Bit(outPath));
    if (out.open(QIODevice::ReadOnly))
        child.out = out.read(64 * 1024); // the head is enough to check; 100,000 items print a lot
    QFile err(QString::fromLocal8Bit(errPath));
    if (err.open(QIODevice::ReadOnly))
        child.err = err.readAll();
    return child;
}

bool writeFile(const QString &path, const std::function<void(QFile &)> &fill)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    fill(file);
    return file.error() == QFileDevice::NoError;
}

const QByteArray kRssHead = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>t</title>"
                            "<link>https://news.example/</link>\n";
const QByteArray kRssTail = "</channel></rss>\n";

} // namespace

class tst_ResourceBounds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bounded_data();
    void bounded();

private:
    QTemporaryDir m_dir;
};

void tst_ResourceBounds::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // 100 MB of well-formed RSS: a file a user might point ingest at.
    QVERIFY(writeFile(m_dir.filePath(u"huge.xml"_s), [](QFile &f) {
        f.write(kRssHead);
        QByteArray item = "<item><title>Item</title><link>https://news.example/a</link><description>";
        item += QByteArray(900, 'x') + "</description></item>\n";
        const qint64 target = 100LL * 1024 * 1024;
        while (f.size() < target)
            f.write(item.repeated(64));
        f.write(kRssTail);
    }));
    // Billion laughs: ten levels of ten references, 10^9 characters if expanded.
    QVERIFY(writeFile(m_dir.filePath(u"laughs.xml"_s), [](QFile &f) {
        f.write("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; ++i) {
            QByteArray refs;
            for (int k = 0; k < 10; ++k)
                refs += "&lol" + QByteArray::number(i - 1) + ';';
            f.write("<!ENTITY lol" + QByteArray::number(i) + " \"" + refs + "\">\n");
        }
        f.write("]>\n<rss version=\"2.0\"><channel><title>&lol9;</title><item><title>&lol9;</title></item>"
                "</channel></rss>\n");
    }));
    // Quadratic blow-up: one flat 50,000-character entity referenced 20,000 times (10^9 characters).
    QVERIFY(writeFile(m_dir.filePath(u"quadratic.xml"_s), [](QFile &f) {
        f.write("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY a \"" + QByteArray(50000, 'a') + "\">\n]>\n");
        f.write("<rss version=\"2.0\"><channel><title>q</title><item><title>t</title><description>");
        f.write(QByteArray("&a;").repeated(20000));
        f.write("</description></item></channel></rss>\n");
    }));
    // 10^6 items: empty ones, 7 MB in all (items with a title and a link would pass the 20 MiB limit).
    QVERIFY(writeFile(m_dir.filePath(u"million.xml"_s), [](QFile &f) {
        f.write(kRssHead);
        QByteArray block;
        for (int i = 0; i < 1000; ++i)
            block += "<item/>";
        for (int i = 0; i < 1000; ++i)
            f.write(block);
        f.write(kRssTail);
    }));
    // 10^6 distinct items in JSON Feed (15 MB): what ingest would have to store.
    QVERIFY(writeFile(m_dir.filePath(u"million.json"_s), [](QFile &f) {
        f.write("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"million\",\"items\":[");
        QByteArray block;
        for (int i = 0; i < 1000000; ++i) {
            block += (i ? ",{\"id\":\"" : "{\"id\":\"") + QByteArray::number(i) + "\"}";
            if (block.size() > 65536) {
                f.write(block);
                block.clear();
            }
        }
        f.write(block + "]}");
    }));
    // 10^5-deep nesting inside an item, in XML and in an HTML page.
    QVERIFY(writeFile(m_dir.filePath(u"deep.xml"_s), [](QFile &f) {
        f.write(kRssHead);
        f.write("<item><title>deep</title><x>");
        f.write(QByteArray("<d>").repeated(100000));
        f.write(QByteArray("</d>").repeated(100000));
        f.write("</x></item>");
        f.write(kRssTail);
    }));
    QVERIFY(writeFile(m_dir.filePath(u"deep.html"_s), [](QFile &f) {
        f.write("<!doctype html><html><head><title>Deep page</title></head><body><article><h1>Deep page</h1>"
                "<p>First paragraph of a page nested a hundred thousand levels deep, long enough to count.</p>");
        f.write(QByteArray("<div>").repeated(100000));
        f.write("<p>The innermost paragraph, also long enough to be kept as article text by the scorer.</p>");
        f.write(QByteArray("</div>").repeated(100000));
        f.write("</article></body></html>\n");
    }));
}

void tst_ResourceBounds::bounded_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); ///< expected in stderr (or stdout for a kept document)
    QTest::addColumn<int>("maxRssMb");
    QTest::addColumn<int>("maxSeconds");

    const QString db = m_dir.filePath(u"cache.sqlite"_s);
    auto file = [this](const char *name) {
        return m_dir.filePath(QString::fromLatin1(name));
    };
    const QString tooLarge = u"larger than the 20 MiB limit"_s;
    QTest::newRow("100 MB feed, parse") << QStringList{u"parse"_s, file("huge.xml")} << 1 << tooLarge << 100 << 20;
    QTest::newRow("100 MB feed, ingest") << QStringList{u"--db"_s, db, u"ingest"_s, file("huge.xml")} << 1 << tooLarge
                                         << 100 << 20;
    const QString refused = u"entity expansion refused"_s;
    QTest::newRow("billion laughs, parse") << QStringList{u"parse"_s, file("laughs.xml")} << 0 << refused << 100 << 20;
    QTest::newRow("billion laughs, ingest")
        << QStringList{u"--db"_s, db, u"ingest"_s, file("laughs.xml")} << 0 << refused << 100 << 20;
    QTest::newRow("quadratic blow-up, parse")
        << QStringList{u"parse"_s, file("quadratic.xml")} << 0 << refused << 100 << 20;
    QTest::newRow("10^6 items, parse") << QStringList{u"parse"_s, file("million.xml")} << 0
                                       << u"too many items; kept the first 100000"_s << 300 << 30;
    QTest::newRow("10^6 items, ingest") << QStringList{u"--db"_s, db, u"ingest"_s, file("million.json")} << 0
                                        << u"too many items; kept the first 10000"_s << 400 << 30;
    QTest::newRow("10^5-deep XML, parse")
        << QStringList{u"parse"_s, file("deep.xml")} << 0 << u"nesting deeper than 256 elements"_s << 100 << 20;
    QTest::newRow("10^5-deep HTML, extract")
        << QStringList{u"extract"_s, file("deep.html")} << 0 << u"innermost paragraph"_s << 200 << 20;
}

void tst_ResourceBounds::bounded()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QFETCH(int, maxRssMb);
    QFETCH(int, maxSeconds);
    const Child child = runCli(m_dir, args);
    qInfo("%s: exit %d, peak RSS %.1f MB, %.2f s", QTest::currentDataTag(), child.exitCode,
          double(child.peakRssKb) / 1024.0, double(child.ms) / 1000.0);
    const QString output = QString::fromUtf8(child.err + child.out);
    QVERIFY2(child.exitCode == exitCode, qPrintable(u"exit %1: %2"_s.arg(child.exitCode).arg(output.left(400))));
    QVERIFY2(output.contains(message), qPrintable(output.left(400)));
    QVERIFY2(child.peakRssKb < qint64(maxRssMb) * 1024, qPrintable(u"peak RSS %1 kB"_s.arg(child.peakRssKb)));
    QVERIFY2(child.ms < qint64(maxSeconds) * 1000, qPrintable(u"%1 ms"_s.arg(child.ms)));
}

QTEST_GUILESS_MAIN(tst_ResourceBounds)
#include "tst_resourcebounds.moc"
