// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace Medtour {

class HtmlDom;

/// What an element's tag, class, id, role and style say about it, before any text is counted.
/// Generic vocabulary (comment, sidebar, share, related, article, content…) plus the containers of common Korean
/// news CMSs (ndsoft #article-view-content-div, .article_txt, #articletxt, #articleBody, itemprop=articleBody…).
namespace NodeHints {

enum Flag : quint16
{
    Skip = 1 << 0,        ///< never text: script, style, form controls, media, hidden elements
    Negative = 1 << 1,    ///< boilerplate by name: comments, share bars, related lists, bylines, footers
    Semantic = 1 << 2,    ///< boilerplate by tag or role: nav, aside, footer, role=navigation…
    Positive = 1 << 3,    ///< content by name: article, content, entry, story, body…
    KnownBody = 1 << 4,   ///< a known article-body container (itemprop=articleBody, Korean CMS ids, blog posts)
    Caption = 1 << 5,     ///< figcaption or a photo-caption class
    Link = 1 << 6,        ///< <a href>
    Heading = 1 << 7,     ///< h1–h6
    CommentForm = 1 << 8, ///< a form with a text area or text input (comment and search forms)
    Byline = 1 << 9,      ///< byline / author / reporter / date boxes: metadata, never body text
    WeakNegative =
        1 << 10, ///< often boilerplate by name (banner, teaser, meta, info…): only when it holds little prose
    CommentSection = 1 << 11, ///< comments, replies, discussion: boilerplate whatever their size
    Lead = 1 << 12,           ///< an article's lead / intro / standfirst paragraph
    TitleLike = 1 << 13,      ///< named like a headline: *title*, *subject*, *headline*
    Teaser = 1 << 14,         ///< named "teaser": the standfirst just above an article, a related story elsewhere
};

/// One flag set per node of the DOM (own flags, not inherited).
QList<quint16> compute(const HtmlDom &dom);

/// True for class/id text such as "article-view-content-div", exposed for tests.
bool isKnownBody(const QString &classAndId);
/// Weight of class/id text: -3 comments, -2 boilerplate, -1 probably boilerplate, 1 content, 2 a blog-post element
/// (hentry, type-post, post-123), 0 neither; exposed for tests.
int classWeight(const QString &classAndId);

} // namespace NodeHints

} // namespace Medtour
