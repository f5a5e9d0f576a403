// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Medtour {

class HtmlDom;

/// Metadata a page declares about itself: JSON-LD (NewsArticle and friends, also inside @graph), Open Graph and
/// other <meta> tags, microdata (itemprop), <link rel=canonical>, <html lang> and <title>.
struct PageMetadata
{
    QString title;         ///< the chosen title, site name removed
    QString documentTitle; ///< <title> as written
    QString siteName;
    QUrl canonicalUrl;
    QString lang;
    QString description;
    QStringList authors;
    QString publishedText;      ///< the raw value the date came from (for tests and reasons)
    QDateTime published;        ///< UTC
    QDateTime updated;          ///< UTC
    QStringList headings;       ///< texts of <h1> elements, in order
    QStringList titleParts;     ///< the segments of <title> between separators (site, section and headline)
    bool declaredTitle = false; ///< the title came from og:title, twitter:title, dc.title or JSON-LD

    /// Dates without an offset are read in Asia/Seoul when the page is Korean (koreanText, lang "ko…" or a .kr
    /// host), else in UTC.
    static PageMetadata read(const HtmlDom &dom, const QUrl &baseUrl, bool koreanText);

    /// "기사 제목 - 대전일보" → "기사 제목" when the suffix is the site name (or looks like one), or when the other
    /// side is one of the page's headlines (h1/h2, *title*/*headline* elements); exposed for tests.
    static QString stripSiteName(const QString &title, const QString &siteName, const QString &host,
                                 QString *removed = nullptr, const QStringList &headlines = {});
};

} // namespace Medtour
