// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontext.h"

#include "core/logging.h"
#include "storage/replicarepository.h"
#include "storage/userstatebackup.h"
#include "sync/feedingester.h"

namespace Medtour {

AppContext::AppContext()
    : m_database(QStringLiteral("gui"))
{}

AppContext::~AppContext()
{
    if (m_database.isOpen() && !m_database.isReadOnly()) {
        const Result<int> saved = saveUserStateBackup();
        if (!saved)
            qCWarning(lcApp) << "could not save the user-state backup:" << saved.error().detail;
    }
}

Error AppContext::open(const QString &databasePath, bool importSample)
{
    Error error = m_database.open(databasePath);
    if (error.code == Error::Corrupt && databasePath != u":memory:") {
        qCWarning(lcApp) << error.detail;
        Result<RecoveryReport> report = CacheRecovery::recover(databasePath);
        if (!report)
            return {Error::Corrupt, QStringLiteral("%1; recovery failed: %2").arg(error.detail, report.error().detail)};
        m_recovery = std::move(report.value());
        error = m_database.open(databasePath);
    }
    if (error)
        return error;
    m_articles = std::make_unique<ArticleRepository>(m_database);
    m_sources = std::make_unique<SourceRepository>(m_database);
    m_facets = std::make_unique<FacetRepository>(m_database);
    m_clusters = std::make_unique<ClusterRepository>(m_database);
    if (m_database.isReadOnly()) {
        // Browsing, searching and exporting work; nothing is written (MainWindow says so).
        qCWarning(lcApp).noquote()
            << QStringLiteral("the cache %1 is read-only: %2").arg(databasePath, m_database.readOnlyReason());
        return {};
    }
    if (importSample) {
        const Result<int> imported = SampleData::importIfEmpty(m_database, m_clock());
        if (!imported)
            qCWarning(lcApp) << "could not import the sample:" << imported.error().detail;
        else
            m_importedSample = *imported;
    }
    // States the cache lacks but the backup has (after a recovery, or once sync has brought back the
    // articles a damaged file had lost) are put back.
    if (databasePath == u":memory:")
        return {};
    const Result<int> restored =
        UserStateBackup::restoreMissing(m_database.db(), UserStateBackup::pathFor(databasePath));
    if (!restored)
        qCWarning(lcApp) << "could not read the user-state backup:" << restored.error().detail;
    else if (*restored > 0)
        qCInfo(lcApp) << "restored the state of" << *restored << "articles from the backup";
    return {};
}

Result<int> AppContext::saveUserStateBackup()
{
    const QString path = m_database.path();
    if (path.isEmpty() || path == u":memory:")
        return 0;
    return UserStateBackup::save(m_database.db(), UserStateBackup::pathFor(path));
}

Result<int> AppContext::importSample()
{
    const Result<int> imported = SampleData::importIfEmpty(m_database, m_clock());
    if (imported)
        m_importedSample += *imported;
    return imported;
}

TeamExchange AppContext::teamState() const
{
    TeamExchange team;
    const ReplicaInfo info = ReplicaRepository::info(m_database);
    team.joined = info.isReplica();
    team.server = info.server;
    team.user = info.user;
    team.role = info.role;
    team.pending = team.joined ? ReplicaRepository::pending(m_database) : 0;
    return team;
}

} // namespace Medtour
