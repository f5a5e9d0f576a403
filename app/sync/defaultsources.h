// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "domain/article.h"

#include <QByteArray>
#include <QList>

namespace Medtour {

class Database;

/// The suggested real sources (Google News queries and outlets' feeds) shipped in resources/,
/// offered on first start next to the offline sample. Never fetched by tests.
namespace DefaultSources {
inline constexpr char kResourcePath[] = ":/sources/default-sources.json";

/// Reads {"sources": [{"kind": "feed", "url", "name", "folder", "language", "interval_minutes"} or
/// {"kind": "query", "query", "language", …}]}; query entries become Google News search URLs.
Result<QList<Source>> parse(const QByteArray &json);
/// The embedded list (needs medtour_assets linked).
Result<QList<Source>> embedded();
/// Adds those not configured yet; returns how many were added.
Result<int> addMissing(Database &database, const QList<Source> &sources);
} // namespace DefaultSources

} // namespace Medtour
