// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/feedparser.h"
#include "text/textdecoder.h"

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

struct DecoderOptions
{
    QByteArray contentType;
    TextDecoder::Kind kind = TextDecoder::Kind::Xml;
};

/// fuzz_decoder: the low bits pick a Content-Type (none, the labels Korean publishers send, wide and stateful
/// labels, an unknown or malformed one), bit 7 reads the bytes as HTML (meta prescan) instead of XML.
inline DecoderOptions decoderOptions(unsigned char selector)
{
    static const char *const contentTypes[] = {"",
                                               "text/xml; charset=utf-8",
                                               "text/html; charset=euc-kr",
                                               "text/html; charset=ks_c_5601-1987",
                                               "text/xml; charset=\"cp949\"",
                                               "text/html; charset=iso-8859-1",
                                               "text/xml; charset=utf-16",
                                               "application/xml; charset=UTF-32BE",
                                               "text/html; charset=shift_jis",
                                               "text/html; charset=iso-2022-kr",
                                               "text/html; charset=hz-gb-2312",
                                               "text/xml; charset=gb18030",
                                               "text/html; charset=koi8-r",
                                               "text/html; charset=x-unknown-label",
                                               "text/html; charset=",
                                               "text/html;charset='big5'; charset=utf-8"};
    constexpr unsigned count = sizeof(contentTypes) / sizeof(contentTypes[0]);
    DecoderOptions options;
    options.contentType = contentTypes[(selector & 0x7f) % count];
    options.kind = (selector & 0x80) ? TextDecoder::Kind::Html : TextDecoder::Kind::Xml;
    return options;
}

} // namespace Medtour::FuzzInput
