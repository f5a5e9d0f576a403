// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleenricher.h"

#include "core/logging.h"
#include "domain/facets.h"
#include "storage/clusterrepository.h"
#include "storage/database.h"
#include "storage/facetrepository.h"
#include "storage/transaction.h"

#include <optional>

namespace Medtour {

namespace {

QList<Tag> tagsOf(const Tags &tags)
{
    QList<Tag> out;
    auto add = [&out](const char *kind, const QStringList &values) {
        for (const QString &value : values)
            out.append({QString::fromLatin1(kind), value});
    };
    add("market", tags.markets);
    add("region", tags.regions);
    add("specialty", tags.specialties);
    add("hospital", tags.hospitals);
    add("event", tags.events);
    return out;
}

/// One tagger and scorer for every thread: both are const and load the taxonomy once.
const Tagger &sharedTagger()
{
    static const Tagger tagger;
    return tagger;
}

const RelevanceScorer &sharedScorer()
{
    static const RelevanceScorer scorer;
    return scorer;
}

} // namespace

ArticleEnricher::Prepared ArticleEnricher::prepare(const QString &title, const QString &cleanText,
                                                   const QString &language)
{
    Prepared p;
    p.valid = true;
    p.tags = sharedTagger().tag(title, cleanText, language);
    const Relevance relevance = sharedScorer().score(p.tags);
    p.relevance = relevance.score;
    p.relevanceReasons = relevance.reasonsCompactJson();
    p.signature = DuplicateSignature::compute(title, cleanText);
    return p;
}

ArticleEnricher::ArticleEnricher(Database &database)
    : m_database(database)
{
    int restored = 0;
    for (const StoredSignature &s : ClusterRepository(database).signatures()) {
        if (m_clusters.restore(s.articleId, s.clusterId, s.signature, s.published))
            ++restored;
    }
    qCDebug(lcSync) << "clustering index restored with" << restored << "articles";
}

Error ArticleEnricher::enrich(const QList<StoredArticle> &articles, const QList<Prepared> &prepared,
                              QList<ToPlace> *later)
{
    ArticleRepository articleRepo(m_database);
    FacetRepository facets(m_database);
    QList<ToPlace> toPlace;
    QList<ToPlace> &out = later ? *later : toPlace;
    QList<QPair<qint64, QList<Tag>>> added; // written together, after the loop
    for (const StoredArticle &a : articles) {
        const bool ahead = a.item >= 0 && a.item < prepared.size() && prepared.at(a.item).valid;
        std::optional<Prepared> computed;
        const Prepared &p = ahead ? prepared.at(a.item) : computed.emplace(prepare(a.title, a.cleanText, a.language));
        if (a.added)
            added.append({a.id, tagsOf(p.tags)});
        else if (Error e = facets.setTags(a.id, tagsOf(p.tags)))
            return e;
        if (!(ahead && a.added)) { // an added row got its relevance from upsert()
            if (Error e = articleRepo.setRelevance(a.id, p.relevance, p.relevanceReasons.toUtf8()))
                return e;
        }
        out.append(ToPlace{a.id, !a.added, p.signature, a.published});
    }
    if (Error e = facets.addTags(added))
        return e;
    return later ? Error() : record(place(toPlace));
}

QList<ArticleEnricher::Placement> ArticleEnricher::place(const QList<ToPlace> &articles)
{
    QList<Placement> out;
    out.reserve(articles.size());
    for (const ToPlace &a : articles) {
        if (a.replace)
            m_clusters.remove(a.articleId); // its text changed: place it again
        ClusterAssignment assignment = m_clusters.add(a.articleId, a.signature, a.published);
        out.append(Placement{a.articleId, std::move(assignment.signature), std::move(assignment.mergedClusterIds)});
    }
    return out;
}

Error ArticleEnricher::record(const QList<Placement> &placements)
{
    ClusterRepository clusters(m_database);
    // A cluster's row must exist before its members point at it; it is written when first met and
    // again at the end only when its representative or size moved on: once per batch, not once
    // per member (a story with hundreds of copies).
    struct Written
    {
        qint64 representative;
        int size;
    };
    QHash<qint64, Written> written;
    QList<qint64> order;
    const auto storeCluster = [&](qint64 clusterId) -> Error {
        const Written now{m_clusters.representative(clusterId), m_clusters.clusterSize(clusterId)};
        if (Error e = clusters.storeCluster(clusterId, now.representative, now.size))
            return e;
        if (!written.contains(clusterId))
            order.append(clusterId);
        written.insert(clusterId, now);
        return {};
    };
    for (const Placement &p : placements) {
        const qint64 clusterId = m_clusters.clusterOf(p.articleId);
        if (clusterId < 0)
            continue; // taken out of the index since (deleted)
        if (Error e = clusters.storeSignature(p.articleId, p.signature))
            return e;
        if (!written.contains(clusterId)) {
            if (Error e = storeCluster(clusterId))
                return e;
        }
        for (const qint64 from : p.mergedClusters) {
            if (from == clusterId)
                continue;
            if (Error e = clusters.merge(from, clusterId))
                return e;
            written.remove(from);
        }
        if (Error e = clusters.assign(p.articleId, clusterId))
            return e;
    }
    for (const qint64 clusterId : std::as_const(order)) {
        const auto it = written.constFind(clusterId);
        if (it == written.constEnd() || m_clusters.clusterSize(clusterId) <= 0)
            continue; // merged away
        if (it->size == m_clusters.clusterSize(clusterId) && it->representative == m_clusters.representative(clusterId))
            continue;
        if (Error e = storeCluster(clusterId))
            return e;
    }
    return {};
}

Result<int> ArticleEnricher::placeUnplaced()
{
    const QList<StoredArticle> unplaced = ClusterRepository(m_database).unplaced();
    if (unplaced.isEmpty())
        return 0;
    QList<ToPlace> toPlace;
    toPlace.reserve(unplaced.size());
    for (const StoredArticle &a : unplaced)
        toPlace.append(ToPlace{a.id, false, DuplicateSignature::compute(a.title, a.cleanText), a.published});
    TransactionScope transaction(m_database);
    if (!transaction.began())
        return Error{Error::Database, QStringLiteral("cannot begin a transaction")};
    if (Error e = record(place(toPlace)))
        return e;
    if (Error e = transaction.commit())
        return e;
    qCInfo(lcSync) << "placed" << unplaced.size() << "articles a stopped sync had stored without clusters";
    return int(unplaced.size());
}

} // namespace Medtour
