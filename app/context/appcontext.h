// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "storage/articlerepository.h"
#include "storage/cacherecovery.h"
#include "storage/clusterrepository.h"
#include "storage/database.h"
#include "storage/facetrepository.h"
#include "storage/sourcerepository.h"
#include "sync/syncreport.h"

#include <memory>
#include <optional>

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
    /// embedded sample so a newcomer sees articles offline. A damaged cache is moved aside and
    /// rebuilt from what can be read of it and from the user-state backup; recovery() says so.
    Error open(const QString &databasePath, bool importSample = true);

    /// Set when open() had to rebuild a damaged cache.
    const std::optional<RecoveryReport> &recovery() const { return m_recovery; }
    /// Writes the user-state backup beside the cache (also done when the context closes).
    Result<int> saveUserStateBackup();

    Database &database() { return m_database; }
    ArticleRepository &articles() { return *m_articles; }
    SourceRepository &sources() { return *m_sources; }
    FacetRepository &facets() { return *m_facets; }
    ClusterRepository &clusters() { return *m_clusters; }
    /// Fills an empty cache from the embedded sample (the first-start offer); returns how many were added.
    Result<int> importSample();
    int importedSampleArticles() const { return m_importedSample; }
    /// The team server the cache is joined to, as the cache remembers it (not asked of the server).
    TeamExchange teamState() const;
    /// The clock the sample's dates are placed by (the system's; tests set another before open()).
    void setClock(Clock clock) { m_clock = std::move(clock); }

private:
    Database m_database;
    std::unique_ptr<ArticleRepository> m_articles;
    std::unique_ptr<SourceRepository> m_sources;
    std::unique_ptr<FacetRepository> m_facets;
    std::unique_ptr<ClusterRepository> m_clusters;
    Clock m_clock = systemClock();
    int m_importedSample = 0;
    std::optional<RecoveryReport> m_recovery;
};

} // namespace Medtour
