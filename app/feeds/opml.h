// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "domain/article.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace Medtour {

/// One feed outline of an OPML file; `folder` is the path of its enclosing outlines ("News/Korea").
struct OpmlFeed
{
    QString title;
    QUrl xmlUrl; ///< for a page: the list page's address (the outline's `url`)
    QUrl htmlUrl;
    QString folder;
    QString language;
    bool page = false; ///< an outline type="link": a web page, read as a `page` source (its article links)
};

struct OpmlDocument
{
    QString title;
    QList<OpmlFeed> feeds;
    QStringList errors; ///< outlines skipped, with why
};

/// OPML 1.0/2.0 subscription lists. Reading is bounded (size, depth, count) and refuses DTDs, so
/// no entity is ever expanded. Pure: bytes in, values out.
///
/// Sources of kind `page` (news list pages without a feed) are written as OPML 2.0 link outlines,
/// `<outline type="link" text="…" url="https://…"/>`, which other readers show as a link and do
/// not subscribe to; reading takes such an outline (with an http(s) `url` and no `xmlUrl`) back as
/// a page (OpmlFeed::page), so an export imports as it was. File sources are not written.
namespace Opml {
inline constexpr qsizetype kMaxBytes = 8 * 1024 * 1024;
inline constexpr int kMaxFeeds = 20000;
inline constexpr int kMaxDepth = 32;

Result<OpmlDocument> read(const QByteArray &bytes);
/// OPML 2.0 with folders as nested outlines.
QByteArray write(const QList<Source> &sources, const QString &title);
} // namespace Opml

} // namespace Medtour
