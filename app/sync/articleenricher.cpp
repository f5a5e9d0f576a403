// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleenricher.h"

#include "core/logging.h"
#include "domain/facets.h"
#include "storage/clusterrepository.h"
#include "storage/database.h"
#include "storage/facetrepository.h"

#include <QJsonDocument>

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

} // namespace

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

Error ArticleEnricher::enrich(const QList<StoredArticle> &articles)
{
    ArticleRepository articleRepo(m_database);
    FacetRepository facets(m_database);
    ClusterRepository clusterRepo(m_database);
    for (const StoredArticle &a : articles) {
        const Tags tags = m_tagger.tag(a.title, a.cleanText, a.language);
        const Relevance relevance = m_scorer.score(tags);
        if (Error e = facets.setTags(a.id, tagsOf(tags)))
            return e;
        if (Error e = articleRepo.setRelevance(a.id, relevance.score,
                                               QJsonDocument(relevance.reasonsJson()).toJson(QJsonDocument::Compact)))
            return e;
        if (!a.added)
            m_clusters.remove(a.id); // its text changed: place it again
        const ClusterAssignment assignment = m_clusters.add(a.id, a.title, a.cleanText, a.published);
        if (Error e = clusterRepo.record(a.id, assignment.signature, assignment.clusterId, assignment.mergedClusterIds,
                                         m_clusters.representative(assignment.clusterId),
                                         int(m_clusters.members(assignment.clusterId).size())))
            return e;
    }
    return {};
}

} // namespace Medtour
