// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Medtour {

/// What the user has done with an article; stored apart from fetched content so a re-fetch never touches it.
struct UserState
{
    bool read = false;
    bool starred = false;
    QString note;
};

/// One row of the article list: only what the list shows, never the body.
struct ArticleSummary
{
    qint64 id = 0;
    qint64 sourceId = 0;
    QString sourceName;
    QString title;
    QUrl link;
    QDateTime published; ///< UTC; the fetch time when the feed had no usable date
    bool dateGuessed = false;
    double relevance = 0.0;
    UserState state;
    qint64 clusterId = 0; ///< 0 when no other copy of the story is known
    int copies = 1;       ///< how many outlets carry the story (the cluster's size)
    QStringList markets;  ///< market tags (ISO 3166-1 alpha-2), for the list's column
};

/// Everything about one article, loaded when it is selected.
struct Article
{
    ArticleSummary summary;
    QString guid;
    QUrl canonicalUrl;
    QString lead; ///< the feed's plain-text summary
    QString bodyHtml;
    QString cleanText;
    QStringList authors;
    QStringList emails;
    QDateTime updated;
    QDateTime fetched;
    QString language;
    QByteArray relevanceReasons; ///< JSON array of {"term","weight","kind"}
    qint64 clusterId = 0;        ///< 0 when the story has no other copies known
    QString outlet;              ///< the publisher of an aggregated item (Google News <source>), else empty
};

/// A configured place articles come from.
struct Source
{
    enum class Kind
    {
        Feed,
        Query,
        Page,
        File
    };
    qint64 id = 0;
    Kind kind = Kind::Feed;
    QString name;
    QUrl url;
    bool enabled = true;
    int intervalMinutes = 60;
    QString timeZone;
    QString language;
    bool fetchFullPage = false;
    QString folder; ///< the OPML category path ("News/Korea"), or empty
};

QString sourceKindName(Source::Kind kind);
Source::Kind sourceKindFromName(QStringView name);

/// The link without fragment and tracking parameters (utm_*, fbclid, gclid) and with a lower-case host, so
/// copies of one URL compare equal: how articles are matched across sources, and how a list page's links are
/// told apart. Empty for an empty or invalid link.
QString canonicalUrl(const QUrl &link);

} // namespace Medtour
