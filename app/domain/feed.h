// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Medtour {

/// A media file attached to an item (RSS enclosure, media:content, JSON Feed attachment).
struct Enclosure
{
    QUrl url;
    QString type;
    qint64 length = 0;
};

/// One entry of a feed as the parser read it: plain-text title and summary, HTML content, UTC dates.
struct FeedItem
{
    QString id;          ///< guid / atom:id / JSON id; may be empty
    QString title;       ///< plain text
    QUrl link;           ///< absolute
    QDateTime published; ///< UTC, or invalid
    QDateTime updated;   ///< UTC, or invalid
    QStringList authors;
    QStringList categories;
    QString summary;     ///< plain text
    QString contentHtml; ///< the richest body the feed carried, as HTML
    QString language;
    QString sourceTitle; ///< <source> of aggregators such as Google News
    QUrl sourceUrl;
    QUrl thumbnail;
    QList<Enclosure> enclosures;
    bool contentFromSummary = false; ///< contentHtml repeats the summary because the item had no separate body
    bool publishedIsUpdated = false; ///< the entry gave no publication date, so published repeats updated
};

/// The result of parsing one feed document. Parsing never throws: problems land in `errors`.
struct ParsedFeed
{
    QString format;   ///< "rss2.0", "rss0.91", "rss1.0", "atom1.0", "atom0.3", "json1.1", … or empty
    QString encoding; ///< the encoding the bytes were decoded with
    QString title;
    QUrl link;
    QString language;
    QString description;
    QStringList errors; ///< non-fatal problems; a fatal one leaves format empty
    QList<FeedItem> items;

    bool isFeed() const { return !format.isEmpty(); }
};

} // namespace Medtour
