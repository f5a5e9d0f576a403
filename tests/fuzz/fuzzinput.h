// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/feedparser.h"

#include <QByteArray>
#include <QTimeZone>

/// How a fuzz input is read: its first byte selects the parser options (or the date's default zone), the
/// rest is the document. Shared by the fuzz targets and tst_fuzzregressions, so a saved finding replays
/// exactly as it was found.
namespace Medtour::FuzzInput {

inline FeedParseOptions feedOptions(unsigned char selector)
{
    static const char *const contentTypes[] = {"", "application/rss+xml; charset=utf-8", "text/xml; charset=euc-kr",
                                               "application/atom+xml; charset=iso-8859-1", "text/xml"};
    FeedParseOptions options;
    options.contentType = contentTypes[selector % 5];
    if (selector & 0x08)
        options.url = QUrl(QStringLiteral("https://news.example.kr/rss/feed.xml"));
    if (selector & 0x10)
        options.contentLocation = QStringLiteral("../other/");
    if (selector & 0x20)
        options.timeZone = QTimeZone(9 * 3600);
    options.maxItems = 1000;
    return options;
}

inline QTimeZone dateZone(unsigned char selector)
{
    switch (selector % 3) {
    case 0:
        return QTimeZone::utc();
    case 1:
        return QTimeZone(9 * 3600);
    default:
        return QTimeZone("Asia/Seoul");
    }
}

} // namespace Medtour::FuzzInput
