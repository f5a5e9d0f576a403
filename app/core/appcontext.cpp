// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontext.h"

#include "core/logging.h"
#include "sync/feedingester.h"

namespace Medtour {

AppContext::AppContext()
    : m_database(QStringLiteral("gui"))
{}

AppContext::~AppContext() = default;

Error AppContext::open(const QString &databasePath, bool importSample)
{
    if (Error error = m_database.open(databasePath))
        return error;
    m_articles = std::make_unique<ArticleRepository>(m_database);
    m_sources = std::make_unique<SourceRepository>(m_database);
    m_facets = std::make_unique<FacetRepository>(m_database);
    m_clusters = std::make_unique<ClusterRepository>(m_database);
    if (importSample) {
        const Result<int> imported = SampleData::importIfEmpty(m_database);
        if (!imported)
            qCWarning(lcApp) << "could not import the sample:" << imported.error().detail;
        else
            m_importedSample = *imported;
    }
    return {};
}

Result<int> AppContext::importSample()
{
    const Result<int> imported = SampleData::importIfEmpty(m_database);
    if (imported)
        m_importedSample += *imported;
    return imported;
}

} // namespace Medtour
