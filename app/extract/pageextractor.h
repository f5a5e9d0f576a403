// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/extractedpage.h"
#include "html/htmlguard.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace Medtour {

/**
 * Article extraction from a web page: main text as paragraphs, captions apart, title, date, authors, reporter
 * e-mails, dateline, canonical URL and language. Pure and thread-safe: bytes (+ URL + Content-Type) in, a value
 * out; no database, settings or qApp.
 *
 * Pipeline: TextDecoder (BOM, HTTP charset, <meta>, detection; EUC-KR as CP949) → HtmlGuard (bounds depth and
 * tag counts) → gumbo (HTML5 tree) → NodeHints + ContentExtractor (DOM scoring) → PageMetadata (JSON-LD, meta,
 * <title>) → KoreanArticleText (bylines, datelines, 입력/승인 lines, copyright and share chrome, duplicates).
 */
class PageExtractor final
{
public:
    struct Limits
    {
        qsizetype maxBytes = 10 * 1024 * 1024; ///< larger pages are refused
        int timeBudgetMs = 5000;               ///< after parsing, work stops early past this (with a warning)
        HtmlGuard::Limits guard;
    };

    PageExtractor() = default;
    explicit PageExtractor(const Limits &limits)
        : m_limits(limits)
    {}

    /// contentType is the raw HTTP Content-Type header ("text/html; charset=euc-kr") or empty.
    ExtractedPage extract(const QByteArray &bytes, const QUrl &url, const QByteArray &contentType = {}) const;
    /// For markup that is already text (feed content, a stored page).
    ExtractedPage extractHtml(const QString &html, const QUrl &url) const;

private:
    Limits m_limits;
};

} // namespace Medtour
