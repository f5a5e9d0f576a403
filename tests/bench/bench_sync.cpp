// SPDX-License-Identifier: GPL-3.0-or-later
// Cold-sync benchmark: gen_corpus.py writes FEEDS × ITEMS synthetic feeds, an in-process server
// serves them on 127.0.0.1, and we time `medtour-cli sync --once` into an empty cache (parse,
// clean, tag, score, cluster and index all on). When newsboat is installed, `newsboat -x reload`
// on the same URLs is timed in the same run, as many times, each right after a medtour-cli sync; the
// ratio is printed of the medians and run by run. While the sync runs, the cache is read every
// 20 ms as the reader's list would read it: the articles are visible once a reader sees all of
// them, which a sync in two phases (articles first; search index and clusters after) reaches
// before it is done. Both times are printed.
//
//   bench_sync [--feeds 200] [--items 50] [--runs N] [--cli PATH]... [--no-newsboat]
//
// With several --cli (say the build before a change and the one after) and --runs, the builds sync
// the same corpus in turn, each run into a fresh cache, and the medians are printed: comparing
// builds by alternating runs holds up on a machine whose speed drifts.
#include "testhttpserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace MedtourTest;
using namespace Qt::StringLiterals;

namespace {

struct Timed
{
    int code = -1;
    qint64 ms = 0;
    qint64 visibleMs = -1; ///< when a reader of the cache first saw every article the run stored
    qint64 cpuMs = 0;      ///< user + system time of the child: steadier than wall time on a loaded machine
    QByteArray out;
    QByteArray err;
};

/// The number of articles a reader of `path` sees now, -1 when it cannot tell (no file yet).
int articlesIn(const QString &path)
{
    const QString name = u"visible"_s;
    QSqlDatabase db =
        QSqlDatabase::contains(name) ? QSqlDatabase::database(name) : QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    if (!db.isOpen()) {
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=0"_s);
        if (!db.open())
            return -1;
    }
    QSqlQuery q(db);
    return q.exec(u"SELECT count(*) FROM articles"_s) && q.next() ? q.value(0).toInt() : -1;
}

/// Runs `program`; with `cache`, also watches it as a reader would (every 20 ms, on a connection of
/// its own) to tell when the articles showed, which a sync in two phases does before it is done.
Timed run(const QString &program, const QStringList &args, const QProcessEnvironment &env = {},
          const QString &cache = {})
{
    QProcess p;
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    const auto childCpuMs = [] {
        rusage usage{};
        getrusage(RUSAGE_CHILDREN, &usage);
        return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000 +
               (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
    };
    const qint64 cpuBefore = childCpuMs();
    QElapsedTimer clock;
    clock.start();
    p.start(program, args);
    Timed t;
    QList<std::pair<qint64, int>> seen; // (ms, articles)
    if (!cache.isEmpty()) {
        while (p.state() != QProcess::NotRunning && !p.waitForFinished(20) && clock.elapsed() < 30 * 60 * 1000)
            seen.append({clock.elapsed(), articlesIn(cache)});
    }
    if (!p.waitForFinished(30 * 60 * 1000)) {
        p.kill();
        p.waitForFinished();
    }
    t.ms = clock.elapsed();
    if (!cache.isEmpty()) {
        const int all = articlesIn(cache);
        t.visibleMs = t.ms;
        for (const auto &[ms, articles] : std::as_const(seen)) {
            if (articles == all) {
                t.visibleMs = ms;
                break;
            }
        }
        QSqlDatabase::database(u"visible"_s).close();
        QSqlDatabase::removeDatabase(u"visible"_s);
    }
    t.cpuMs = childCpuMs() - cpuBefore;
    t.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    t.out = p.readAllStandardOutput();
    t.err = p.readAllStandardError();
    return t;
}

int newsboatItems(const QString &cache)
{
    int n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newsboat"_s);
        db.setDatabaseName(cache);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT count(*) FROM rss_item"_s) && q.next())
                n = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(u"newsboat"_s);
    return n;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"feeds"_s, u"Number of feeds."_s, u"n"_s, u"200"_s});
    parser.addOption({u"items"_s, u"Items per feed."_s, u"n"_s, u"50"_s});
    parser.addOption({u"runs"_s, u"Syncs per medtour-cli, alternating between them."_s, u"n"_s, u"1"_s});
    parser.addOption(
        {u"cli"_s, u"A medtour-cli to time (repeat to compare builds; default: this build's)."_s, u"path"_s});
    parser.addOption({u"no-newsboat"_s, u"Do not time newsboat."_s});
    parser.process(app);
    const int feeds = parser.value(u"feeds"_s).toInt();
    const int items = parser.value(u"items"_s).toInt();

    QTemporaryDir dir;
    TestHttpServer server;
    const QString corpus = dir.filePath(u"corpus"_s);
    const QString base = u"http://127.0.0.1:%1"_s.arg(server.port());
    const Timed gen =
        run(u"python3"_s, {QStringLiteral(MEDTOUR_SHARED_DIR "/tools/gen_corpus.py"), corpus, u"--feeds"_s,
                           QString::number(feeds), u"--items"_s, QString::number(items), u"--base"_s, base});
    if (gen.code != 0) {
        std::fprintf(stderr, "gen_corpus.py failed: %s\n", gen.err.constData());
        return 1;
    }
    qint64 corpusBytes = 0;
    QStringList files = QDir(corpus).entryList(QDir::Files);
    files.removeIf([](const QString &name) { return name.startsWith(u"sources."); });
    for (const QString &name : files) {
        QFile f(QDir(corpus).filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return 1;
        HttpResponse r;
        r.headers = {{"Content-Type", "application/xml"}};
        r.body = f.readAll();
        corpusBytes += r.body.size();
        server.route("/" + name.toUtf8(), r);
    }
    std::printf("corpus: %d feeds x %d items, %lld bytes, served from 127.0.0.1:%d\n", int(files.size()), items,
                corpusBytes, server.port());

    QStringList clis = parser.values(u"cli"_s);
    if (clis.isEmpty())
        clis.append(QStringLiteral(MEDTOUR_CLI));
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    const QProcessEnvironment local = TestHttpServer::environmentWithoutProxy(); // the corpus is on 127.0.0.1
    // newsboat runs between medtour-cli's, the two settings in turn, each into a fresh cache: the
    // machine's speed drifts over minutes, and a ratio of runs made side by side does not.
    const QString newsboat = parser.isSet(u"no-newsboat"_s) ? QString() : QStandardPaths::findExecutable(u"newsboat"_s);
    QProcessEnvironment nbEnv = local;
    nbEnv.insert(u"HOME"_s, dir.path());
    nbEnv.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"xdg-config"_s));
    nbEnv.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"xdg-data"_s));
    QHash<int, QList<qint64>> nbWall, nbCpu;
    QHash<int, int> nbExit, nbItems;
    QHash<int, QList<double>> visibleRatios, doneRatios; // per run, the first medtour-cli's over newsboat's
    const auto runNewsboat = [&](int threads, int r) {
        const QString tag = QString::number(threads);
        const QString config = dir.filePath(u"newsboat-%1.conf"_s.arg(tag));
        QFile conf(config);
        if (!conf.open(QIODevice::WriteOnly))
            return false;
        conf.write("reload-threads " + tag.toLatin1() + "\nshow-read-feeds yes\n");
        conf.close();
        const QString cache = dir.filePath(u"newsboat-%1-%2.db"_s.arg(tag).arg(r));
        const Timed nb = run(
            newsboat,
            {u"-u"_s, QDir(corpus).filePath(u"sources.txt"_s), u"-c"_s, cache, u"-C"_s, config, u"-x"_s, u"reload"_s},
            nbEnv);
        nbWall[threads].append(nb.ms);
        nbCpu[threads].append(nb.cpuMs);
        nbExit[threads] = std::max(nbExit.value(threads), nb.code);
        nbItems[threads] = newsboatItems(cache);
        QFile::remove(cache);
        return true;
    };

    QList<QList<Timed>> timings(clis.size());
    Timed sync;
    for (int r = 0; r < runs; ++r) {
        for (qsizetype c = 0; c < clis.size(); ++c) {
            const QString &cli = clis.at(c);
            const QString db = dir.filePath(u"medtour-%1-%2.sqlite"_s.arg(c).arg(r));
            const Timed import =
                run(cli, {u"--db"_s, db, u"sources"_s, u"import"_s, QDir(corpus).filePath(u"sources.opml"_s)}, local);
            if (import.code != 0) {
                std::fprintf(stderr, "import failed: %s\n", import.err.constData());
                return 1;
            }
            sync = run(cli, {u"--db"_s, db, u"sync"_s, u"--once"_s}, local, db);
            if (sync.code != 0) {
                std::fprintf(stderr, "sync failed: %s\n", sync.err.constData());
                return 1;
            }
            for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u".userstate.json"_s})
                QFile::remove(db + suffix); // a run's cache is not needed after it
            int ok = 0;
            int added = 0;
            const QJsonArray report = QJsonDocument::fromJson(sync.out).array();
            for (const QJsonValue &v : report) {
                ok += v.toObject().value(u"status").toString() == u"ok";
                added += v.toObject().value(u"new").toInt();
            }
            std::printf("medtour-cli sync --once (cold cache)%s: %lld ms wall, %lld ms CPU, %d/%d sources ok, %d "
                        "articles stored, all visible after %lld ms\n",
                        clis.size() > 1 || runs > 1 ? qPrintable(u" [%1, run %2]"_s.arg(cli).arg(r + 1)) : "", sync.ms,
                        sync.cpuMs, ok, int(report.size()), added, sync.visibleMs);
            std::fflush(stdout);
            timings[c].append(sync);
        }
        if (newsboat.isEmpty())
            continue;
        for (const int threads : {1, 2}) {
            if (!runNewsboat(threads, r))
                return 1;
            const qint64 ms = nbWall.value(threads).constLast();
            if (ms > 0) {
                visibleRatios[threads].append(double(timings.constFirst().constLast().visibleMs) / double(ms));
                doneRatios[threads].append(double(timings.constFirst().constLast().ms) / double(ms));
            }
        }
    }
    const auto median = [](auto v) { // a copy, sorted: of times (qint64) or of ratios (double)
        std::sort(v.begin(), v.end());
        return v.size() % 2 ? v.at(v.size() / 2) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
    };
    if (runs > 1) {
        for (qsizetype c = 0; c < clis.size(); ++c) {
            QList<qint64> wall, cpu, visible;
            for (const Timed &t : std::as_const(timings[c])) {
                wall.append(t.ms);
                cpu.append(t.cpuMs);
                visible.append(t.visibleMs);
            }
            std::printf("median of %d: %lld ms wall, %lld ms CPU, visible after %lld ms  %s\n", runs, median(wall),
                        median(cpu), median(visible), qPrintable(clis.at(c)));
        }
    }
    if (parser.isSet(u"no-newsboat"_s))
        return 0;
    { // newsboat is compared with the first medtour-cli's medians
        QList<qint64> wall, cpu, visible;
        for (const Timed &t : std::as_const(timings.constFirst())) {
            wall.append(t.ms);
            cpu.append(t.cpuMs);
            visible.append(t.visibleMs);
        }
        sync.ms = median(wall);
        sync.cpuMs = median(cpu);
        sync.visibleMs = median(visible);
    }

    if (newsboat.isEmpty()) {
        std::printf("newsboat: not installed, no comparison (apt-get install newsboat to measure it)\n");
        return 0;
    }
    for (const int threads : {1, 2}) {
        const qint64 ms = median(nbWall.value(threads));
        const qint64 cpuMs = median(nbCpu.value(threads));
        std::printf("newsboat -x reload (reload-threads %d%s): %lld ms wall, %lld ms CPU, exit %d, %d items cached%s\n",
                    threads, threads == 1 ? ", its default" : ", = our per-host cap", ms, cpuMs, nbExit.value(threads),
                    nbItems.value(threads), runs > 1 ? qPrintable(u" (median of %1)"_s.arg(runs)) : "");
        if (ms > 0 && cpuMs > 0)
            std::printf("  ratio medtour/newsboat: visible %.3f (target <= 0.333), done %.3f (target <= 0.5), "
                        "CPU %.3f\n",
                        double(sync.visibleMs) / double(ms), double(sync.ms) / double(ms),
                        double(sync.cpuMs) / double(cpuMs));
        const QList<double> visible = visibleRatios.value(threads);
        const QList<double> done = doneRatios.value(threads);
        if (runs > 1 && !done.isEmpty()) {
            const auto [visibleLow, visibleHigh] = std::minmax_element(visible.cbegin(), visible.cend());
            const auto [doneLow, doneHigh] = std::minmax_element(done.cbegin(), done.cend());
            std::printf("  ratio run by run (each medtour-cli sync over the newsboat reload right after it): visible "
                        "median %.3f (%.3f-%.3f), done median %.3f (%.3f-%.3f)\n",
                        median(visible), *visibleLow, *visibleHigh, median(done), *doneLow, *doneHigh);
        }
    }
    return 0;
}
