// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/feed.h"

#include <QString>
#include <QUrl>

/// Google News RSS search: query sources are built here, and its items carry their outlet in a
/// " - 매체" title suffix and in <source>.
namespace Medtour::GoogleNews {

/// https://news.google.com/rss/search?q=…&hl=ko&gl=KR&ceid=KR:ko for "ko" (the default); "en" gives
/// hl=en-US&gl=US&ceid=US:en, "ru" hl=ru&gl=RU&ceid=RU:ru.
QUrl searchUrl(const QString &query, const QString &language = QStringLiteral("ko"));
/// The same for any edition: `language` ("ko", "en", "ja", …) and `region` ("KR", "US", "GB", …);
/// hl is "en-GB"-style for languages Google News splits by region (en, es, pt, zh, fr), else the
/// bare language.
QUrl searchUrl(const QString &query, const QString &language, const QString &region);
/// https://news.google.com/rss/search, or the MEDTOUR_GOOGLE_NEWS_BASE environment variable (tests
/// point it at a local server).
QUrl searchBase();
/// The query of a search URL built by searchUrl(), or a null string for other URLs.
QString queryOf(const QUrl &url);
bool isGoogleNews(const QUrl &url);

/// Strips the outlet suffix from the title and returns the outlet: `<source>` when present (the
/// suffix is removed only when it repeats it), else the text after the last " - " when short.
QString takeOutlet(FeedItem &item);

} // namespace Medtour::GoogleNews
