// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedparser.h"

#include "feeds/jsonfeedreader.h"
#include "feeds/xmlfeedreader.h"
#include "text/textdecoder.h"

namespace Medtour::FeedParser {

namespace {

bool looksLikeJson(const QString &text)
{
    for (const QChar c : text) {
        if (c.isSpace() || c == QChar(0xFEFF))
            continue;
        return c == u'{';
    }
    return false;
}

} // namespace

ParsedFeed parse(const QByteArray &bytes, const FeedParseOptions &options)
{
    ParsedFeed feed;
    if (bytes.size() > options.maxBytes) {
        feed.errors
            << QStringLiteral("document too large: %1 bytes (limit %2)").arg(bytes.size()).arg(options.maxBytes);
        return feed;
    }
    if (bytes.trimmed().isEmpty()) {
        feed.errors << QStringLiteral("empty document");
        return feed;
    }
    const DecodedText decoded = TextDecoder::decode(bytes, options.contentType, TextDecoder::Kind::Xml);
    feed.encoding = QString::fromLatin1(decoded.encoding);
    if (looksLikeJson(decoded.text))
        JsonFeedReader::read(decoded.text, options, feed);
    else
        XmlFeedReader::read(decoded.text, options, feed);
    return feed;
}

} // namespace Medtour::FeedParser
