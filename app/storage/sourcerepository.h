// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "domain/article.h"

#include <QList>

#include <optional>

namespace Medtour {

class Database;

/// The configured sources. All SQL about sources lives here.
class SourceRepository final
{
public:
    explicit SourceRepository(const Database &database);

    /// The id of the source with this URL, adding it first when it is new.
    Result<qint64> ensure(const Source &source);
    std::optional<Source> byId(qint64 id) const;
    QList<Source> all() const;
    int count() const;

private:
    QString m_connection;
};

} // namespace Medtour
