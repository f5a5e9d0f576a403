// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "storage/articlerepository.h"
#include "storage/clusterrepository.h"
#include "storage/database.h"
#include "storage/facetrepository.h"
#include "storage/sourcerepository.h"

#include <memory>

namespace Medtour {

/// The services of one running reader, built once in main() and handed to whoever needs them
/// (no singletons). Everything here belongs to the GUI thread and its database connection.
class AppContext final
{
public:
    AppContext();
    ~AppContext();
    Q_DISABLE_COPY_MOVE(AppContext)

    /// Opens the cache at `databasePath`; with `importSample`, fills an empty cache from the
    /// embedded sample so a newcomer sees articles offline.
    Error open(const QString &databasePath, bool importSample = true);

    Database &database() { return m_database; }
    ArticleRepository &articles() { return *m_articles; }
    SourceRepository &sources() { return *m_sources; }
    FacetRepository &facets() { return *m_facets; }
    ClusterRepository &clusters() { return *m_clusters; }
    /// Fills an empty cache from the embedded sample (the first-start offer); returns how many were added.
    Result<int> importSample();
    int importedSampleArticles() const { return m_importedSample; }

private:
    Database m_database;
    std::unique_ptr<ArticleRepository> m_articles;
    std::unique_ptr<SourceRepository> m_sources;
    std::unique_ptr<FacetRepository> m_facets;
    std::unique_ptr<ClusterRepository> m_clusters;
    int m_importedSample = 0;
};

} // namespace Medtour
