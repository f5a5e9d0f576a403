// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleenricher.h"

#include "core/logging.h"
#include "domain/facets.h"
#include "storage/clusterrepository.h"
#include "storage/database.h"
#include "storage/facetrepository.h"


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

Error ArticleEnricher::enrich(const QList<StoredArticle> &articles, const QList<Prepared> &prepared)
{
    ArticleRepository articleRepo(m_database);
    FacetRepository facets(m_database);
    ClusterRepository clusterRepo(m_database);
    for (const StoredArticle &a : articles) {
        const bool ahead = a.item >= 0 && a.item < prepared.size() && prepared.at(a.item).valid;
        const Prepared p = ahead ? prepared.at(a.item) : prepare(a.title, a.cleanText, a.language);
        const QList<Tag> tags = tagsOf(p.tags);
        if (Error e = a.added ? facets.addTags(a.id, tags) : facets.setTags(a.id, tags))
            return e;
        if (!(ahead && a.added)) { // an added row got its relevance from upsert()
            if (Error e = articleRepo.setRelevance(a.id, p.relevance, p.relevanceReasons.toUtf8()))
                return e;
        }
        if (!a.added)
            m_clusters.remove(a.id); // its text changed: place it again
        const ClusterAssignment assignment = m_clusters.add(a.id, p.signature, a.published);
        if (Error e = clusterRepo.record(a.id, assignment.signature, assignment.clusterId, assignment.mergedClusterIds,
                                         m_clusters.representative(assignment.clusterId),
                                         m_clusters.clusterSize(assignment.clusterId)))
            return e;
    }
    return {};
}

} // namespace Medtour
