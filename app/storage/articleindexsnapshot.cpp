// SPDX-License-Identifier: GPL-3.0-or-later
// ArticleIndex: loading its arrays from SQL, noticing that the cache changed, and handing loaded
// arrays from the connection that loaded them to another (see articleindex.h).
#include "articleindex.h"
#include "core/logging.h"
#include "storage/bulkrows.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <functional>
#include <future>
#include <optional>

namespace Medtour {

ArticleIndex::ArticleIndex(const Database &database)
    : m_database(database)
    , m_db(database.db())
{}

QString ArticleIndex::versionKey(QString *dataVersion) const
{
    QSqlQuery q(m_db);
    QString key = QString::number(m_database.contentGeneration());
    if (q.exec(QStringLiteral("SELECT max(id) FROM articles")) && q.next())
        key += u':' + q.value(0).toString();
    if (dataVersion && q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
        *dataVersion = q.value(0).toString();
    return key;
}

Error ArticleIndex::refreshIfStale()
{
    QString dataVersion;
    const QString version = versionKey(&dataVersion) + u':' + dataVersion;
    m_seenVersion = version;
    if (version == m_loadedVersion)
        return {};
    if (m_loadsInBackground && !m_loadedVersion.isEmpty()) {
        m_stale = true; // the owner has a snapshot built off its thread (IndexPreloader)
        return {};
    }
    if (Error error = load()) {
        m_loadedVersion.clear(); // nothing usable is loaded: the next use tries again
        return error;
    }
    m_loadedVersion = version;
    m_stale = false;
    return {};
}

struct ArticleIndex::Snapshot
{
    QString key; // versionKey() when it was loaded
    std::vector<Row> rows;
    std::vector<quint32> byTime;
    std::vector<quint32> tags;
    std::vector<quint32> tagRowsBegin;
    std::vector<quint32> tagRows;
    std::vector<size_t> tagBitsAt;
    std::vector<quint64> tagBits;
    std::vector<int> sourceRows;
    std::vector<int> languageRows;
    double lowestRelevance = 0.0;
    QStringList tagKinds;
    QStringList tagValues;
    std::vector<quint8> tagDim;
    QHash<QString, quint32> tagCode;
    std::vector<qint64> sources;
    QStringList sourceNames;
    std::vector<int> sourceRank;
    QStringList languages;
};

std::shared_ptr<ArticleIndex::Snapshot> ArticleIndex::takeSnapshot()
{
    // The key from before the load: read after it, it could name writes the load did not see,
    // and adopt() would then take an old index for a current one (the counts after a sync stuck
    // short of the new articles). Read before, such writes make adopt() refuse and try again.
    const QString key = versionKey(nullptr);
    if (const Error error = refreshIfStale()) {
        qCWarning(lcStorage) << "cannot build the facet index:" << error.detail;
        return nullptr;
    }
    // Each tag's rows too, here on the preloader's thread rather than on the first tag filter on
    // the GUI's (a million articles' four million tags take about 40 ms). A load elsewhere lists
    // them on first need.
    ensureTagRows();
    auto snapshot = std::make_shared<Snapshot>();
    snapshot->key = key;
    snapshot->rows = std::move(m_rows);
    snapshot->byTime = std::move(m_byTime);
    snapshot->tags = std::move(m_tags);
    snapshot->tagRowsBegin = std::move(m_tagRowsBegin);
    snapshot->tagRows = std::move(m_tagRows);
    snapshot->tagBitsAt = std::move(m_tagBitsAt);
    snapshot->tagBits = std::move(m_tagBits);
    snapshot->sourceRows = std::move(m_sourceRows);
    snapshot->languageRows = std::move(m_languageRows);
    snapshot->lowestRelevance = m_lowestRelevance;
    snapshot->tagKinds = std::move(m_tagKinds);
    snapshot->tagValues = std::move(m_tagValues);
    snapshot->tagDim = std::move(m_tagDim);
    snapshot->tagCode = std::move(m_tagCode);
    snapshot->sources = std::move(m_sources);
    snapshot->sourceNames = std::move(m_sourceNames);
    snapshot->sourceRank = std::move(m_sourceRank);
    snapshot->languages = std::move(m_languages);
    m_loadedVersion.clear();
    return snapshot;
}

bool ArticleIndex::adopt(std::shared_ptr<Snapshot> snapshot)
{
    if (!snapshot)
        return false;
    QString dataVersion;
    const QString key = versionKey(&dataVersion);
    if (key != snapshot->key)
        return false; // articles were added or changed in this process since: load afresh on use
    m_rows = std::move(snapshot->rows);
    m_byTime = std::move(snapshot->byTime);
    m_tags = std::move(snapshot->tags);
    m_tagRowsBegin = std::move(snapshot->tagRowsBegin);
    m_tagRows = std::move(snapshot->tagRows);
    m_tagBitsAt = std::move(snapshot->tagBitsAt);
    m_tagBits = std::move(snapshot->tagBits);
    m_sourceRows = std::move(snapshot->sourceRows);
    m_languageRows = std::move(snapshot->languageRows);
    m_lowestRelevance = snapshot->lowestRelevance;
    m_tagKinds = std::move(snapshot->tagKinds);
    m_tagValues = std::move(snapshot->tagValues);
    m_tagDim = std::move(snapshot->tagDim);
    m_tagCode = std::move(snapshot->tagCode);
    m_sources = std::move(snapshot->sources);
    m_sourceNames = std::move(snapshot->sourceNames);
    m_sourceRank = std::move(snapshot->sourceRank);
    m_languages = std::move(snapshot->languages);
    m_loadedVersion = key + u':' + dataVersion;
    m_stale = false;
    m_textKey.clear();
    m_textRows.clear();
    m_pageKey.clear();
    m_pageMatches.clear();
    return true;
}

/// Every tag's code, in article order, with where each article's tags begin, and the codes'
/// dictionary: what the tags' half of load() reads.
struct ArticleIndex::TagsRead
{
    std::vector<quint32> codes;
    std::vector<std::pair<qint64, quint32>> starts; ///< (article id, its first code in `codes`), by id
    QStringList kinds;                              ///< per code
    QStringList values;                             ///< per code
    std::vector<quint8> dims;                       ///< per code: int(FacetKind), or kNoDimension
    QHash<QString, quint32> codeOf;                 ///< "kind\nvalue" -> code
    Error error;
};

void ArticleIndex::readTags(QSqlDatabase db, size_t expected, TagsRead &out)
{
    // Tags come ordered by article id (their primary key). A tag's code is found by its kind's and
    // value's bytes as SQLite hands them over: a handful of kinds, each with its values, so that
    // four million rows are looked up without a copy.
    BulkRows tags(db, "SELECT article_id, CAST(kind AS BLOB), CAST(value AS BLOB) FROM tags ORDER BY article_id");
    struct KindCodes
    {
        QByteArray kind;
        QHash<QByteArray, quint32> byValue;
    };
    std::vector<KindCodes> codeOf;
    size_t kindAt = 0;
    out.codes.reserve(expected);
    qint64 lastArticle = 0;
    while (tags.next()) {
        const qint64 articleId = tags.int64(0);
        if (out.starts.empty() || articleId != lastArticle) {
            out.starts.emplace_back(articleId, quint32(out.codes.size()));
            lastArticle = articleId;
        }
        const QByteArrayView kindBytes = tags.bytes(1);
        const QByteArrayView valueBytes = tags.bytes(2);
        if (kindAt >= codeOf.size() || QByteArrayView(codeOf[kindAt].kind) != kindBytes) {
            kindAt = 0;
            while (kindAt < codeOf.size() && QByteArrayView(codeOf[kindAt].kind) != kindBytes)
                ++kindAt;
            if (kindAt == codeOf.size())
                codeOf.push_back({kindBytes.toByteArray(), {}});
        }
        QHash<QByteArray, quint32> &byValue = codeOf[kindAt].byValue;
        auto code = byValue.constFind(QByteArray::fromRawData(valueBytes.data(), valueBytes.size()));
        if (code == byValue.cend()) {
            const QString kind = QString::fromUtf8(kindBytes);
            const QString value = QString::fromUtf8(valueBytes);
            const QString key = kind + u'\n' + value;
            auto known = out.codeOf.constFind(key);
            if (known == out.codeOf.cend()) {
                known = out.codeOf.insert(key, quint32(out.values.size()));
                out.kinds << kind;
                out.values << value;
                const std::optional<FacetKind> facet = facetKindOfTag(kind);
                out.dims.push_back(quint8(facet ? int(*facet) : kNoDimension));
            }
            code = byValue.insert(valueBytes.toByteArray(), *known);
        }
        out.codes.push_back(*code);
    }
    out.error = tags.error("loading the facet index (tags)");
}

namespace {

/// A read-only clone of connection `from`, named `name`, for this thread; check isOpen(). The
/// caller removes it (QSqlDatabase::removeDatabase) once its handles are gone.
QSqlDatabase openReader(const QString &from, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::cloneDatabase(from, name);
    if (db.open()) {
        QSqlQuery pragma(db);
        pragma.exec(QStringLiteral("PRAGMA query_only = 1"));
        pragma.exec(QStringLiteral("PRAGMA mmap_size = 268435456"));
    }
    return db;
}

} // namespace

bool ArticleIndex::canReadApart() const
{
    const QString path = m_database.path();
    return !path.isEmpty() && path != u":memory:" && m_db.driverName() == u"QSQLITE" && !m_database.inTransaction();
}

Result<std::vector<qint64>> ArticleIndex::matchIds(const QString &expression, bool trigrams) const
{
    // The same statements over either index; the table name is one of these two, never input.
    struct Statements
    {
        const char *all;
        const char *packed;
        const char *below;
        const char *above;
    };
    static constexpr Statements kBigrams{
        "SELECT rowid FROM article_fts WHERE article_fts MATCH ?",
        "SELECT CAST(group_concat(rowid) AS BLOB) FROM article_fts WHERE article_fts MATCH ?",
        "SELECT rowid FROM article_fts WHERE article_fts MATCH ? AND rowid < ?",
        "SELECT rowid FROM article_fts WHERE article_fts MATCH ? AND rowid >= ?"};
    static constexpr Statements kTrigrams{
        "SELECT rowid FROM article_trigrams WHERE article_trigrams MATCH ?",
        "SELECT CAST(group_concat(rowid) AS BLOB) FROM article_trigrams WHERE article_trigrams MATCH ?",
        "SELECT rowid FROM article_trigrams WHERE article_trigrams MATCH ? AND rowid < ?",
        "SELECT rowid FROM article_trigrams WHERE article_trigrams MATCH ? AND rowid >= ?"};
    const Statements &sql = trigrams ? kTrigrams : kBigrams;
    // On a large cache, the two halves of the ids are matched at once on two connections (FTS5
    // seeks to a rowid range): SQLite's work for a phrase of common words grows with the cache,
    // and the list and the counts wait for it.
    if (m_rows.size() < m_splitSearchFrom || !canReadApart() || !BulkRows::directAvailable(m_db))
        return idsFor(sql.all, {expression}, "searching", sql.packed);
    const qint64 middle = m_rows[m_rows.size() / 2].id;
    const QString from = m_db.connectionName();
    const QString name = QStringLiteral("medtour-index-match-%1").arg(quintptr(this));
    const char *upperSql = sql.above;
    std::future<Result<std::vector<qint64>>> upper =
        std::async(std::launch::async, [from, name, expression, middle, upperSql] {
            std::vector<qint64> ids;
            Error error;
            {
                QSqlDatabase db = openReader(from, name);
                if (!db.isOpen()) {
                    error = {Error::Database, db.lastError().text()};
                } else {
                    BulkRows rows(db, upperSql, {expression, middle});
                    while (rows.next())
                        ids.push_back(rows.int64(0));
                    error = rows.error("searching (on a second connection)");
                }
            }
            QSqlDatabase::removeDatabase(name);
            return error ? Result<std::vector<qint64>>(error) : Result<std::vector<qint64>>(std::move(ids));
        });
    Result<std::vector<qint64>> ids = idsFor(sql.below, {expression, middle}, "searching");
    const Result<std::vector<qint64>> above = upper.get();
    if (!ids)
        return ids;
    if (!above) { // the second connection failed: all of it on this one
        qCWarning(lcStorage) << "matching again on the index's own connection:" << above.error().detail;
        return idsFor(sql.all, {expression}, "searching", sql.packed);
    }
    ids.value().insert(ids.value().end(), above->begin(), above->end()); // below the middle, then from it on
    qCDebug(lcStorage) << "search matched in two halves:" << ids->size() << "articles";
    return ids;
}

Error ArticleIndex::load()
{
    QElapsedTimer timer;
    timer.start();
    const auto clear = [this] {
        m_rows.clear();
        m_byTime.clear();
        m_tags.clear();
        m_tagRowsBegin.clear();
        m_tagRows.clear();
        m_tagBitsAt.clear();
        m_tagBits.clear();
        m_sourceRows.clear();
        m_languageRows.clear();
        m_tagKinds.clear();
        m_tagValues.clear();
        m_tagDim.clear();
        m_tagCode.clear();
        m_sources.clear();
        m_sourceNames.clear();
        m_sourceRank.clear();
        m_languages.clear();
        m_textKey.clear();
        m_textRows.clear();
        m_pageKey.clear();
        m_pageMatches.clear();
    };
    clear();

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // What a failed statement left half-read is dropped: an index that answers has read everything.
    const auto failed = [&clear, &q](const char *what) {
        clear();
        return sqlError(q, what);
    };
    QHash<qint64, quint32> sourceIndex;
    if (!q.exec(QStringLiteral("SELECT id, name FROM sources ORDER BY id")))
        return failed("loading the facet index (sources)");
    while (q.next()) {
        sourceIndex.insert(q.value(0).toLongLong(), quint32(m_sources.size()));
        m_sources.push_back(q.value(0).toLongLong());
        m_sourceNames << q.value(1).toString();
    }
    {
        std::vector<int> order(m_sources.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = int(i);
        std::sort(order.begin(), order.end(), [this](int a, int b) {
            const int c = m_sourceNames[a].localeAwareCompare(m_sourceNames[b]);
            return c != 0 ? c < 0 : a < b;
        });
        m_sourceRank.assign(m_sources.size(), 0);
        for (size_t i = 0; i < order.size(); ++i)
            m_sourceRank[size_t(order[i])] = int(i);
    }
    if (q.exec(QStringLiteral("SELECT max(id) - min(id) + 1 FROM articles")) && q.next())
        m_rows.reserve(size_t(std::max<qint64>(0, q.value(0).toLongLong()))); // no regrowth of a large array
    q.finish();
    // Four or five tags an article. They are read on a connection of their own, on a second
    // thread, while this one reads the articles: at a million articles the two reads took 0.5 and
    // 0.9 s of SQLite's time one after the other. A cache in memory has no second connection, and
    // inside a transaction another connection would not see what it wrote.
    const size_t expectedTags = m_rows.capacity() * 4;
    std::future<TagsRead> tagsRead;
    if (canReadApart()) {
        const QString from = m_db.connectionName();
        const QString name = QStringLiteral("medtour-index-tags-%1").arg(quintptr(this));
        tagsRead = std::async(std::launch::async, [from, name, expectedTags] {
            TagsRead read;
            {
                QSqlDatabase db = openReader(from, name);
                if (!db.isOpen()) {
                    read.error = {Error::Database, db.lastError().text()};
                } else {
                    readTags(db, expectedTags, read);
                    if (read.error)
                        read.error.detail += QStringLiteral(" (on a second connection)");
                }
            }
            QSqlDatabase::removeDatabase(name);
            return read;
        });
    }
    // A million rows and four million tags: read past QtSql's per-value copies (BulkRows), text as
    // its UTF-8 bytes, so that a known language or tag is found by them.
    QHash<QByteArray, quint16> languageIndex;
    {
        BulkRows articles(m_db,
                          "SELECT id, sort_time, relevance, source_id, CAST(language AS BLOB), coalesce(cluster_id, 0) "
                          "FROM articles ORDER BY id");
        while (articles.next()) {
            const QByteArrayView language = articles.bytes(4);
            auto lang = languageIndex.constFind(QByteArray::fromRawData(language.data(), language.size()));
            if (lang == languageIndex.cend()) {
                lang = languageIndex.insert(language.toByteArray(), quint16(m_languages.size()));
                m_languages << QString::fromUtf8(language);
            }
            m_rows.push_back({articles.int64(0), articles.int64(1), articles.real(2),
                              sourceIndex.value(articles.int64(3)), *lang, 0, articles.int64(5)});
        }
        if (Error e = articles.error("loading the facet index (articles)")) {
            clear();
            return e;
        }
    }
    // Place each article's tags, in its row's order: tags of an article the articles' read did not
    // see (stored in between) are left out, as the next load reads them.
    TagsRead tags;
    bool readApart = false;
    if (tagsRead.valid()) {
        tags = tagsRead.get();
        readApart = !tags.error;
    }
    if (!readApart) { // no second connection, or it failed: here, after the articles
        if (tags.error)
            qCWarning(lcStorage) << "reading the tags again on the index's own connection:" << tags.error.detail;
        tags = TagsRead();
        readTags(m_db, expectedTags, tags);
    }
    if (tags.error) {
        clear();
        return tags.error;
    }
    m_tags.reserve(tags.codes.size());
    size_t start = 0;
    for (Row &row : m_rows) {
        row.tagBegin = quint32(m_tags.size());
        while (start < tags.starts.size() && tags.starts[start].first < row.id)
            ++start;
        if (start == tags.starts.size() || tags.starts[start].first != row.id)
            continue;
        const quint32 end = start + 1 < tags.starts.size() ? tags.starts[start + 1].second : quint32(tags.codes.size());
        m_tags.insert(m_tags.end(), tags.codes.begin() + tags.starts[start].second, tags.codes.begin() + end);
    }
    m_tagKinds = std::move(tags.kinds);
    m_tagValues = std::move(tags.values);
    m_tagDim = std::move(tags.dims);
    m_tagCode = std::move(tags.codeOf);
    // The default list order, so a newest-first page walks rows in order and stops when full.
    // Sorted as compact keys (rows are in id order, so the row breaks ties as the id would): a
    // comparison that reads two rows out of a million misses the cache every time.
    std::vector<std::pair<qint64, quint32>> keys(m_rows.size());
    for (size_t i = 0; i < keys.size(); ++i)
        keys[i] = {m_rows[i].sortTime, quint32(i)};
    std::sort(keys.begin(), keys.end(), std::greater<>());
    m_byTime.resize(keys.size());
    for (size_t i = 0; i < keys.size(); ++i)
        m_byTime[i] = keys[i].second;
    qCInfo(lcStorage) << "facet index:" << m_rows.size() << "articles," << m_tags.size() << "tags in" << timer.elapsed()
                      << "ms" << (readApart ? "(tags on a second connection)" : "");
    return {};
}

Result<std::vector<qint64>> ArticleIndex::idsFor(const char *sql, const QVariantList &binds, const char *what,
                                                 const char *packedSql) const
{
    std::vector<qint64> ids;
    if (packedSql && !BulkRows::directAvailable(m_db)) {
        // One comma-separated string (best as BLOB, not converted to UTF-16): a row per id
        // through QSqlQuery costs more than SQLite's own work on a large match.
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(QString::fromUtf8(packedSql)))
            return sqlError(q, what);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec())
            return sqlError(q, what);
        if (q.next()) {
            const QByteArray list = q.value(0).toByteArray();
            qint64 value = 0;
            bool inNumber = false;
            for (const char c : list) {
                if (c >= '0' && c <= '9') {
                    value = value * 10 + (c - '0');
                    inNumber = true;
                } else if (inNumber) {
                    ids.push_back(value);
                    value = 0;
                    inNumber = false;
                }
            }
            if (inNumber)
                ids.push_back(value);
        }
    } else {
        // Through SQLite's own API a row costs a step and an integer: no text to make and parse
        // (on a million articles, the 149,157 matches of "협약" took 35 ms as a list, 12 as rows).
        BulkRows rows(m_db, sql, binds);
        while (rows.next())
            ids.push_back(rows.int64(0));
        if (Error error = rows.error(what))
            return error;
    }
    if (!std::is_sorted(ids.begin(), ids.end()))
        std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace Medtour
