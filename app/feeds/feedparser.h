// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/feed.h"

#include <QByteArray>
#include <QTimeZone>
#include <QUrl>

#include <optional>

namespace Medtour {

/// The largest feed document read from anywhere: a download (FetchSettings::maxBytes), a local file given to
/// medtour-cli parse/ingest (refused before it is read), and what FeedParser::parse accepts by default.
inline constexpr qsizetype kMaxFeedBytes = 20 * 1024 * 1024;

/// What the parser knows besides the bytes. All optional.
struct FeedParseOptions
{
    QUrl url;                           ///< where the bytes came from: the base for relative links
    QByteArray contentType;             ///< the HTTP Content-Type header, for its charset
    QString contentLocation;            ///< the HTTP Content-Location header: the base for relative links when set
    QString contentLanguage;            ///< the HTTP Content-Language header: the language when the feed names none
    std::optional<QTimeZone> timeZone;  ///< the source's zone for zone-less dates; else Seoul for Korean, UTC otherwise
    qsizetype maxBytes = kMaxFeedBytes; ///< larger documents are refused
    int maxDepth = 256;                 ///< deeper nesting stops the parse with an error
    int maxItems = 100000;              ///< further items are dropped with an error
};

/// Reads RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed 1.0/1.1.
/// A pure function: bytes in, a value with errors out; no database, settings or qApp.
namespace FeedParser {
ParsedFeed parse(const QByteArray &bytes, const FeedParseOptions &options = {});
}

} // namespace Medtour
