// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/embeddedjson.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Medtour {

class HtmlDom;

/**
 * An article a page carries as data for its scripts instead of (or besides) markup: JSON-LD `articleBody`, Next.js
 * `__NEXT_DATA__`, Arc/Fusion `globalContent` (content_elements, credits, display_date) and similar states.
 * Large Korean outlets render their story from such data, leaving the body nearly empty without JavaScript; we read
 * it as data and run nothing. The story is the object in the data with the longest body under a body-like key, its
 * title, date and reporters read from that object.
 */
struct EmbeddedArticle
{
    enum class Origin
    {
        None,
        JsonLd,   ///< <script type="application/ld+json"> with articleBody
        NextData, ///< <script id="__NEXT_DATA__"> or another application/json script
        Script,   ///< an object literal a script assigns (Fusion.globalContent, window.__INITIAL_STATE__)
    };

    Origin origin = Origin::None;
    QStringList paragraphs;
    QStringList captions;
    QString title;
    QString publishedText; ///< as written ("2024-03-05 14:20:00"), or ISO 8601 UTC for an epoch number
    QStringList authors;   ///< as written ("홍길동 기자"); PageExtractor keeps the people among them
    QStringList emails;

    struct Limits
    {
        EmbeddedJson::Limits json;
        int maxScripts = 16;     ///< scripts parsed at most
        int maxValues = 200000;  ///< JSON values visited at most in one document
        int maxParagraphs = 500; ///< paragraphs kept at most
    };

    bool isEmpty() const { return paragraphs.isEmpty(); }
    /// Characters of the paragraphs.
    qsizetype chars() const;

    static EmbeddedArticle read(const HtmlDom &dom, const Limits &limits);
    static EmbeddedArticle read(const HtmlDom &dom) { return read(dom, Limits{}); }
    /// The article in one parsed document (exposed for tests).
    static EmbeddedArticle find(const QJsonValue &root, Origin origin, const Limits &limits);
};

} // namespace Medtour
