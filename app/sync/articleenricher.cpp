// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleenricher.h"

#include "core/logging.h"
#include "domain/facets.h"
#include "storage/clusterrepository.h"
#include "storage/database.h"
#include "storage/facetrepository.h"
#include "storage/transaction.h"

#include <QSet>

#include <optional>

namespace Medtour {

namespace {

QList<Tag> tagsOf(const Tags &tags)
{
    QList<Tag> out;
    for (const FacetKind kind : tagFacetKinds()) {
        const QString name = tagKindName(kind);
        for (const QString &value : tags.values(tagKindOf(kind)))
            out.append({name, value});
    }
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
    p.signature = DuplicateSignature::compute(title, cleanText, p.tags);
    p.tags.evidence.clear(); // scored and profiled: what is stored is the tag lists
    p.relevance = relevance.score;
    p.relevanceReasons = relevance.reasonsCompactJson();
    return p;
}

ArticleEnricher::ArticleEnricher(Database &database)
    : m_database(database)
{
    const Result<QList<StoredSignature>> signatures = ClusterRepository(database).signatures();
    if (!signatures) {
        m_restoreError = {signatures.error().code,
                          QStringLiteral("cannot restore the story clusters: %1").arg(signatures.error().detail)};
        qCWarning(lcSync) << m_restoreError.detail;
        return;
    }
    int restored = 0;
    for (const StoredSignature &s : *signatures) {
        if (m_clusters.restore(s.articleId, s.clusterId, s.signature, s.published))
            ++restored;
    }
    qCDebug(lcSync) << "clustering index restored with" << restored << "articles";
}

Error ArticleEnricher::enrich(const QList<StoredArticle> &articles, const QList<Prepared> &prepared,
                              QList<ToPlace> *later)
{
    if (m_restoreError)
        return m_restoreError;
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
    return later ? Error() : record(place(std::move(toPlace)));
}

ArticleEnricher::Placed ArticleEnricher::place(QList<ToPlace> articles)
{
    Placed out;
    out.placements.reserve(articles.size());
    QList<qint64> ids;
    ids.reserve(articles.size());
    for (ToPlace &a : articles) {
        if (a.replace)
            m_clusters.remove(a.articleId); // its text changed: place it again
        ClusterAssignment assignment = m_clusters.add(a.articleId, std::move(a.signature), a.published);
        out.placements.append(
            Placement{a.articleId, std::move(assignment.signature), std::move(assignment.mergedClusterIds)});
        ids.append(a.articleId);
    }
    out.state = m_clusters.snapshot(ids);
    return out;
}

Error ArticleEnricher::record(const Placed &placed)
{
    if (m_restoreError)
        return m_restoreError;
    const NearDuplicateIndex::Snapshot &now = placed.state;
    ClusterRepository::Placements rows;
    QSet<qint64> written; // a cluster's row must exist before its members point at it; once per batch
    QSet<qint64> mergedAway;
    for (qsizetype i = 0; i < placed.placements.size(); ++i) {
        const Placement &p = placed.placements.at(i);
        const qint64 clusterId = now.clusterOf.value(i, -1);
        const auto cluster = now.clusters.constFind(clusterId);
        if (clusterId < 0 || cluster == now.clusters.constEnd())
            continue; // taken out of the index since (deleted)
        rows.signatureIds << p.articleId;
        rows.signatures << p.signature;
        if (!written.contains(clusterId)) {
            rows.clusterIds << clusterId;
            rows.representatives << cluster->first;
            rows.sizes << cluster->second;
            written.insert(clusterId);
        }
        for (const qint64 from : p.mergedClusters) {
            if (from == clusterId || now.clusters.contains(from) || mergedAway.contains(from))
                continue; // (a cluster that lives again under a reused id keeps its row)
            rows.merges.append({from, clusterId});
            mergedAway.insert(from);
        }
        rows.assignedIds << p.articleId;
        rows.assignedClusters << clusterId;
    }
    // Signatures, clusters, merges, then members: each cluster written in its final state, so the
    // order of the parts gives what placement by placement gave.
    return ClusterRepository(m_database).recordAll(rows);
}

Result<int> ArticleEnricher::placeUnplaced(UnplacedCursor &cursor, int batch)
{
    if (m_restoreError)
        return m_restoreError;
    ClusterRepository clusters(m_database);
    if (cursor.total < 0) {
        const Result<int> total = clusters.unplacedCount();
        if (!total)
            return total.error();
        cursor.total = *total;
    }
    if (cursor.total == 0)
        return 0;
    const Result<QList<StoredArticle>> read = clusters.unplaced(cursor.afterTime, cursor.afterId, batch);
    if (!read)
        return read.error();
    const QList<StoredArticle> &unplaced = *read;
    if (unplaced.isEmpty())
        return 0;
    QList<ToPlace> toPlace;
    toPlace.reserve(unplaced.size());
    for (const StoredArticle &a : unplaced) {
        const Tags tags = sharedTagger().tag(a.title, a.cleanText, a.language);
        toPlace.append(ToPlace{a.id, false, DuplicateSignature::compute(a.title, a.cleanText, tags), a.published});
    }
    cursor.afterTime = unplaced.constLast().published.toSecsSinceEpoch();
    cursor.afterId = unplaced.constLast().id;
    TransactionScope transaction(m_database);
    if (!transaction.began())
        return Error{Error::Database, QStringLiteral("cannot begin a transaction")};
    if (Error e = record(place(toPlace)))
        return e;
    if (Error e = transaction.commit())
        return e;
    cursor.done += int(unplaced.size());
    return int(unplaced.size());
}

Result<int> ArticleEnricher::placeUnplaced(const std::function<void(int done, int total)> &progress)
{
    UnplacedCursor cursor;
    for (;;) {
        const Result<int> placed = placeUnplaced(cursor);
        if (!placed)
            return placed;
        if (*placed == 0)
            break;
        if (progress)
            progress(cursor.done, cursor.total);
    }
    if (cursor.done > 0)
        qCInfo(lcSync) << "placed" << cursor.done << "articles that had no cluster";
    return cursor.done;
}

} // namespace Medtour
