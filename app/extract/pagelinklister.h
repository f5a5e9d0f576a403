// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <QUrl>

#include <optional>

namespace Medtour {

/// One article link a news list page carries.
struct ListedLink
{
    QUrl url;            ///< absolute, without fragment
    QString canonical;   ///< canonicalUrl(url): the identity links are deduplicated by
    QString title;       ///< the anchor's text, white space simplified (else an image's alt/title)
    QDateTime published; ///< UTC, from a date in the same list row; invalid when the row names none
};

/// What PageLinkLister found on one page.
struct ListedPage
{
    QString title;    ///< the page's <title>, simplified
    QString encoding; ///< the encoding the bytes were decoded with
    QList<ListedLink> links;
    int anchors = 0; ///< <a href> elements looked at (outside boilerplate), for diagnostics
};

/**
 * The article links of a news LIST page (an outlet's section, a press-release board), for sources
 * of kind `page`: sites that publish no feed. Pure and thread-safe: bytes in, links out.
 *
 * Decoding is TextDecoder's (EUC-KR/CP949 included) and parsing the HTML5 tree of HtmlDom; links in
 * boilerplate (nav, aside, footer, a page <header>, script/style, and what NodeHints names
 * navigation, menus, rankings, "most read", related and share boxes, banners and ads) are skipped.
 * A link is kept when it stays on the page's site (same registrable domain, subdomains included)
 * and either its URL has the shape of an article on Korean news and board CMSs
 * (articleView.html?idxno=, /news/articleView, view.html?ID=, /article/, /news/…/123456,
 * board…view…no=|idx=|seq=|nttId=, ?mid=…&act=view, bbsView, selectBbsNttView, …), or its text is
 * a headline (10–120 characters) in a list structure (li, tr, dt/dd, h2–h4, repeated siblings)
 * that holds at least three such headlines. Links are deduplicated by canonical URL, in page
 * order. A date in the link's row (li, tr, …) is read with DateParser in Options::timeZone.
 */
class PageLinkLister final
{
public:
    struct Options
    {
        int maxLinks = 100;
        /// For dates without a zone; unset: Asia/Seoul for a Korean page (<html lang="ko">, or a Hangul
        /// <title>), else UTC.
        std::optional<QTimeZone> timeZone;
        qsizetype maxBytes = 10 * 1024 * 1024; ///< larger pages list nothing
    };

    static ListedPage list(const QByteArray &bytes, const QUrl &pageUrl, const QByteArray &contentType = {});
    static ListedPage list(const QByteArray &bytes, const QUrl &pageUrl, const QByteArray &contentType,
                           const Options &options);

    /// True when the URL has the shape of a single article (exposed for tests).
    static bool looksLikeArticleUrl(const QUrl &url);
    /// True when both hosts belong to one registrable domain ("www.khidi.or.kr" and "news.khidi.or.kr"; an IP
    /// address only matches itself).
    static bool sameSite(const QUrl &a, const QUrl &b);
};

} // namespace Medtour
