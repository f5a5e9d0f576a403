// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Medtour {

/// What PageExtractor found in one article page. Field names follow `medtour-cli extract`'s JSON.
struct ExtractedPage
{
    QUrl url;               ///< where the page came from (as given)
    QUrl canonicalUrl;      ///< <link rel=canonical> / og:url, absolute; empty if none
    QString title;          ///< og:title, headline or <title> without the site name
    QString siteName;       ///< og:site_name or the suffix cut from <title>
    QDateTime published;    ///< UTC; invalid when the page names no date
    QDateTime updated;      ///< UTC; invalid when the page names no modification date
    QStringList authors;    ///< names only: "홍길동", "Jane Doe"
    QStringList emails;     ///< reporters' addresses, lower-cased, in page order
    QString dateline;       ///< place of the dateline ("대전" from "[대전=뉴시스]"), or empty
    QString lang;           ///< BCP 47 as declared ("ko", "en-US"), else guessed from the script, else empty
    QString encoding;       ///< the encoding the bytes were decoded with
    QStringList paragraphs; ///< main text, boilerplate, bylines and captions removed, each once
    QStringList captions;   ///< photo captions ("▲ … ⓒ대전시"), each once
    Error error;            ///< set when nothing could be extracted (input too large, not HTML)
    QStringList warnings;   ///< limits that cut the work short (tags blanked, time budget)

    bool ok() const { return !error; }
    /// The paragraphs joined by newlines.
    QString text() const { return paragraphs.join(QLatin1Char('\n')); }
};

} // namespace Medtour
