// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace Medtour {

/**
 * Makes untrusted HTML (feed content, extracted pages) safe to show in QTextBrowser and to print to PDF.
 *
 * The input is parsed with gumbo (the same HTML5 tree builder as page extraction, bounded by HtmlGuard), so what
 * is checked is what a browser would build, not what a regular expression guesses. The output is rebuilt from an
 * allow-list: text formatting, headings, lists, tables, quotes, links and (optionally) images, with a handful of
 * attributes. Everything else is dropped — scripts, styles, frames, objects, forms, SVG/MathML, templates, event
 * handlers, style and class attributes — and only http, https and mailto links survive (others become text), each with
 * rel="noopener noreferrer". Bidi embeddings, overrides and isolates are removed from text and attributes
 * (a "dir" attribute says the direction instead). Remote images become <span class="remote-image">[image: alt]</span>
 * unless allowed, and photo captions (figcaption, "▲ …" lines) become <p class="caption">. Pure and thread-safe.
 */
class HtmlSanitizer final
{
public:
    struct Options
    {
        bool allowRemoteImages = false;            ///< keep <img> with http(s) sources instead of a placeholder
        QUrl baseUrl;                              ///< resolves relative links and images; without it they are dropped
        int maxDepth = 48;                         ///< deeper elements are unwrapped (their text stays)
        qsizetype maxInputChars = 8 * 1024 * 1024; ///< longer input is cut before parsing
    };

    static QString sanitize(const QString &html, const Options &options);
    static QString sanitize(const QString &html) { return sanitize(html, Options{}); }

    /// The URL if it is absolute http, https or mailto after resolving against base; else an empty QUrl.
    static QUrl safeUrl(const QString &value, const QUrl &base, bool mailtoAllowed);
};

} // namespace Medtour
