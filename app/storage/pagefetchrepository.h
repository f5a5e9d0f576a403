// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace Medtour {

class Database;

/// Which of a `page` source's articles still need their own page read, and how often reading it
/// failed. All SQL about page attempts lives here.
class PageFetchRepository final
{
public:
    /// Failed attempts in a row after which a page is not requested again.
    static constexpr int kMaxFailures = 5;

    explicit PageFetchRepository(const Database &database);

    /// Those of `guids` that the source stores without any text and whose page is still worth a
    /// try (it was not gone, and failed fewer than kMaxFailures times).
    /// A read that fails is an Error, not "nothing to fetch".
    Result<QSet<QString>> guidsToFetch(qint64 sourceId, const QStringList &guids) const;

    /// Counts a failed read of the page of the source's article `guid`. `gone` (HTTP 404 or 410)
    /// means at once that it is not requested again.
    Error noteFailure(qint64 sourceId, const QString &guid, bool gone, const QString &error);

private:
    const Database &m_database;
    QString m_connection;
};

} // namespace Medtour
