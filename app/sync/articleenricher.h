// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "enrich/nearduplicateindex.h"
#include "enrich/relevancescorer.h"
#include "enrich/tagger.h"
#include "storage/articlerepository.h"

namespace Medtour {

class Database;

/// Understands what an ingest stored: tags (markets, regions, specialties, hospitals, events),
/// relevance with its reasons, and the cluster of copies of the same story. Runs on the thread
/// that owns `database`, inside the caller's transaction; keeps the clustering index in memory,
/// rebuilt from the stored signatures when it is made.
class ArticleEnricher final
{
public:
    explicit ArticleEnricher(Database &database);
    Q_DISABLE_COPY_MOVE(ArticleEnricher)

    Error enrich(const QList<StoredArticle> &articles);

private:
    Database &m_database;
    Tagger m_tagger;
    RelevanceScorer m_scorer;
    NearDuplicateIndex m_clusters;
};

} // namespace Medtour
