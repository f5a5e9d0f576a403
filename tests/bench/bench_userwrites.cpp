// SPDX-License-Identifier: GPL-3.0-or-later
// Stars, notes and read marks made on the GUI connection while the real sync writes: how long
// each one takes, how long the GUI thread's timer waits, and whether any is lost.
//
// gen_corpus.py writes FEEDS × ITEMS feeds, served on 127.0.0.1. A first sync stores SEED of the
// feeds; then the sync of the others runs in its thread (SyncController, its own connection) while
// this thread, every 5 ms, stars/unstars, notes or marks read a random stored article through
// ArticleRepository on its own connection, timing each call. The sync runs as the reader runs it
// (FetchSettings::yieldToGui: lower priority, small transactions, WriteGate). At the end every article's state is
// read back through a fresh connection and compared with the last change made to it.
//
//   bench_userwrites [--feeds 200] [--items 50] [--seed-feeds 20]
#include "mustread.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/sourcerepository.h"
#include "sync/synccontroller.h"
#include "testhttpserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Medtour;
using namespace MedtourTest;
using namespace Qt::StringLiterals;

namespace {

struct Expected
{
    bool starred = false;
    bool read = false;
    QString note;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[size_t(std::min<double>(values.size() - 1, p * double(values.size())))];
}

SyncReport runSync(SyncController &controller, const QList<qint64> &ids)
{
    SyncReport report;
    QEventLoop loop;
    const auto connection =
        QObject::connect(&controller, &SyncController::syncFinished, &loop, [&](const SyncReport &r) {
            report = r;
            loop.quit();
        });
    controller.syncNow(ids);
    loop.exec();
    QObject::disconnect(connection);
    return report;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"feeds"_s, u"Feeds to generate."_s, u"n"_s, u"200"_s});
    parser.addOption({u"items"_s, u"Items per feed."_s, u"n"_s, u"50"_s});
    parser.addOption({u"seed-feeds"_s, u"Feeds stored before the measured sync."_s, u"n"_s, u"20"_s});
    parser.process(app);
    const int feeds = parser.value(u"feeds"_s).toInt();
    const int items = parser.value(u"items"_s).toInt();
    const int seedFeeds = std::clamp(parser.value(u"seed-feeds"_s).toInt(), 1, feeds - 1);

    QTemporaryDir dir;
    TestHttpServer server;
    const QString corpus = dir.filePath(u"corpus"_s);
    QProcess gen;
    gen.start(u"python3"_s,
              {QStringLiteral(MEDTOUR_SHARED_DIR "/tools/gen_corpus.py"), corpus, u"--feeds"_s, QString::number(feeds),
               u"--items"_s, QString::number(items), u"--base"_s, u"http://127.0.0.1:%1"_s.arg(server.port())});
    if (!gen.waitForFinished(120000) || gen.exitCode() != 0) {
        std::fprintf(stderr, "gen_corpus.py failed: %s\n", gen.readAllStandardError().constData());
        return 1;
    }
    QStringList files = QDir(corpus).entryList(QDir::Files, QDir::Name);
    files.removeIf([](const QString &name) { return name.startsWith(u"sources."); });
    const QString path = dir.filePath(u"medtour.sqlite"_s);
    Database gui(u"bench-gui"_s);
    if (const Error e = gui.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(e.detail));
        return 1;
    }
    QList<qint64> seedIds;
    QList<qint64> laterIds;
    for (const QString &name : std::as_const(files)) {
        QFile f(QDir(corpus).filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return 1;
        server.route("/" + name.toUtf8(), HttpResponse{200, {{"Content-Type", "application/xml"}}, f.readAll()});
        Source source;
        source.url = QUrl(u"http://127.0.0.1:%1/%2"_s.arg(server.port()).arg(name));
        const Result<qint64> id = SourceRepository(gui).ensure(source);
        if (!id)
            return 1;
        (seedIds.size() < seedFeeds ? seedIds : laterIds) << *id;
    }

    FetchSettings settings;
    settings.useSystemProxy = false; // the corpus is on 127.0.0.1
    settings.yieldToGui = true;      // as the reader runs it
    SyncController controller(path, settings);
    const SyncReport seeded = runSync(controller, seedIds);
    ArticleRepository articles(gui);
    QList<qint64> ids;
    for (const ArticleSummary &a : mustRead(articles.page({}, {}, 1'000'000)))
        ids << a.id;
    std::printf("seeded %d feeds, %d articles; now syncing %d more feeds while the GUI connection writes\n",
                int(seeded.sources.size()), int(ids.size()), int(laterIds.size()));
    if (ids.isEmpty())
        return 1;

    QHash<qint64, Expected> expected;
    std::vector<double> writeMs;
    int failures = 0;
    double longestGap = 0;
    QElapsedTimer sinceTick;
    QRandomGenerator random(42);
    QTimer writer;
    writer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&writer, &QTimer::timeout, [&] {
        if (sinceTick.isValid())
            longestGap = std::max(longestGap, sinceTick.nsecsElapsed() / 1e6);
        const qint64 id = ids.at(random.bounded(int(ids.size())));
        Expected &e = expected[id];
        QElapsedTimer clock;
        clock.start();
        switch (random.bounded(3)) {
        case 0:
            e.starred = !e.starred;
            failures += !articles.setStarred({id}, e.starred).ok();
            break;
        case 1:
            e.read = !e.read;
            failures += !articles.setRead({id}, e.read).ok();
            break;
        default:
            e.note = u"note %1 · 메모"_s.arg(random.generate());
            failures += !articles.setNote(id, e.note).ok();
            break;
        }
        writeMs.push_back(clock.nsecsElapsed() / 1e6);
        sinceTick.start();
    });
    QElapsedTimer syncClock;
    syncClock.start();
    writer.start(5);
    const SyncReport report = runSync(controller, laterIds);
    writer.stop();
    const double syncMs = syncClock.nsecsElapsed() / 1e6;
    int stored = 0;
    for (const SourceSyncResult &r : report.sources)
        stored += r.added;

    // Read back through a connection of its own: what the user did is what the cache holds.
    int lost = 0;
    {
        Database check(u"bench-check"_s);
        if (check.open(path))
            return 1;
        ArticleRepository reread(check);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const Result<Article> a = reread.article(it.key());
            if (!a || a->summary.state.starred != it->starred || a->summary.state.read != it->read ||
                a->summary.state.note != it->note)
                ++lost;
        }
    }
    std::printf("sync of %d feeds (%d articles) took %.1f s; meanwhile %d user writes on the GUI connection\n",
                int(report.sources.size()), stored, syncMs / 1000.0, int(writeMs.size()));
    std::printf("user write: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (target max <= 50 ms)\n",
                percentile(writeMs, 0.5), percentile(writeMs, 0.95), percentile(writeMs, 0.99),
                writeMs.empty() ? 0.0 : *std::max_element(writeMs.begin(), writeMs.end()));
    std::printf("longest gap between GUI timer ticks (5 ms timer): %.1f ms\n", longestGap);
    std::printf("failed writes %d; states checked %d, lost %d\n", failures, int(expected.size()), lost);
    return failures == 0 && lost == 0 ? 0 : 1;
}
