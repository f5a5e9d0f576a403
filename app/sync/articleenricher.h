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
    /// What enrichment works out from one article's text alone: pure and thread-safe, so the sync
    /// does it ahead of the write, off its own thread.
    struct Prepared
    {
        bool valid = false;
        Tags tags;
        double relevance = 0;
        QString relevanceReasons; ///< JSON
        DuplicateSignature signature;
    };
    static Prepared prepare(const QString &title, const QString &cleanText, const QString &language);

    explicit ArticleEnricher(Database &database);
    Q_DISABLE_COPY_MOVE(ArticleEnricher)

    /// `prepared`, when given, holds prepare() of the items upsert() was given, in that order; an
    /// added article's relevance is then the one upsert() stored from its PreparedArticle.
    Error enrich(const QList<StoredArticle> &articles, const QList<Prepared> &prepared = {});

private:
    Database &m_database;
    NearDuplicateIndex m_clusters;
};

} // namespace Medtour
