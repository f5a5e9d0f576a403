// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodehints.h"

#include "html/htmldom.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace Medtour::NodeHints {

namespace {

// Comment sections: boilerplate whatever their size.
const char *const kCommentParts[] = {"comment", "disqus",    "respond",   "reply",   "cmt",
                                     "livere",  "community", "kommentar", "komentar"};
// Substrings of class/id text that reliably mark boilerplate wherever they appear.
const char *const kNegativeParts[] = {
    "sidebar",       "footer",        "breadcrumb",   "sharing",    "share",     "social",     "related",
    "relate",        "recommend",     "newsletter",   "subscri",    "cookie",    "consent",    "advert",
    "outbrain",      "taboola",       "pagination",   "copyright",  "reporter",  "journalist", "ranking",
    "mostread",      "most-read",     "most_read",    "mostview",   "most-view", "trending",   "signup",
    "login",         "popup",         "modal",        "hashtag",    "keyword",   "authorbio",  "author-bio",
    "author_bio",    "author-box",    "about-author", "sns",        "navbar",    "navigation", "menu",
    "rel_news",      "rel-news",      "hotnews",      "hot_news",   "byline",    "dateline",   "scrap",
    "yarpp",         "addtoany",      "a2a_",         "sharedaddy", "nav-links", "prev-next",  "prevnext",
    "article-tools", "article_tools", "tool_box",     "toolbox",
};
// Substrings that mark boilerplate even on an element also named like content ("article-disclosure",
// "author-bio … lg:text-lg"): notices about the text, boxes about its author, post metadata. (Embedded tweets are
// quoted in the article: they stay.)
const char *const kAlwaysNegativeParts[] = {
    "disclaimer",  "disclosure", "affiliate",  "news-letter", "postmeta",        "post-meta",
    "post_meta",   "entry-meta", "entry_meta", "authorbox",   "author-descript", "author-info",
    "author_info", "author-bio", "author_bio", "authorbio",   "author-box",      "about-author"};
// Whole tokens (class names split at white space, '-' and '_') that reliably mark boilerplate.
const char *const kNegativeTokens[] = {
    "ad",  "ads", "adv", "advertisement", "anzeige", "werbung", "tags", "tagcloud", "nav",
    "gnb", "lnb", "snb", "rss",           "print",   "printer", "toc",  "pager",
};
// Substrings and tokens that often mark boilerplate but also appear on article wrappers ("banner-placeholder",
// "blog_teaser_text"): they count only when the subtree holds little prose.
const char *const kWeakParts[] = {"banner", "sponsor", "promo",     "widget",   "toolbar",  "masthead",
                                  "rating", "teaser",  "font-size", "fontsize", "font_size"};
const char *const kWeakTokens[] = {
    "meta",   "date",   "util",    "utility",   "btn",        "button",     "buttons",     "icon",
    "icons",  "author", "authors", "writer",    "info",       "infomation", "information", "aside",
    "header", "topbar", "bottom",  "foot",      "sitemap",    "search",     "logo",        "credit",
    "more",   "best",   "hot",     "links",     "sponsored",  "promoted",   "recirc",      "signin",
    "policy", "legal",  "imprint", "impressum", "categories", "teasers",
};
// Substrings that mark content.
const char *const kPositiveParts[] = {
    "article", "content", "entry",   "story", "post-body", "postbody",  "post_body",    "post-content", "post-text",
    "body",    "blog",    "text",    "main",  "news_view", "view_cont", "view-cont",    "viewcont",     "read",
    "detail",  "hentry",  "h-entry", "prose", "rich-text", "richtext",  "page-content", "single",
};
// Known article-body containers of Korean news CMSs and common publishing systems (class or id, exact token).
const char *const kKnownBodies[] = {
    "article-view-content-div",
    "articlebody",
    "article-body",
    "article_body",
    "articletxt",
    "article_txt",
    "article-txt",
    "articletext",
    "article-text",
    "article_text",
    "newsct_article",
    "dic_area",
    "articebody",
    "news_body_area",
    "textbody",
    "news_body",
    "news-body",
    "newsbody",
    "news_text",
    "news-text",
    "view_con",
    "view-con",
    "art_body",
    "art_txt",
    "article_content",
    "article-content",
    "articlecontent",
    "artcontent",
    "cont_article",
    "news_content",
    "newscontent",
    "view_text",
    "viewcontent",
    "article_view",
    "storybody",
    "story-body",
    "story_body",
    "entry-content",
    "post-content",
    "td-post-content",
    "articleview",
    "article_con",
    "news_article",
    "article-view-body",
    "article-veiw-body",
    "content_text",
    "user_contents",
};
// Tokens that mark an article's lead paragraph (often inside a header that is otherwise boilerplate).
const char *const kLeadTokens[] = {"intro",       "lead",        "lede",        "standfirst", "summary",
                                   "abstract",    "excerpt",     "description", "deck",       "subtitle",
                                   "subheadline", "teaser-text", "perex",       "bajada",     "epigraph",
                                   "chapeau",     "chapo",       "entradilla",  "copete",     "vorspann"};
// Words that mark a photo caption.
const char *const kCaptionParts[] = {"caption",  "photo_desc", "photo-desc",     "img_desc",
                                     "img-desc", "imgcap",     "photojournal",   "photo_text",
                                     "pic_desc", "image-desc", "wp-caption-text"};

bool containsAny(const QString &text, const char *const *parts, size_t count)
{
    for (size_t k = 0; k < count; ++k) {
        if (text.contains(QLatin1String(parts[k])))
            return true;
    }
    return false;
}

QStringList tokens(const QString &classAndId)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\-_]+"));
    return classAndId.split(separators, Qt::SkipEmptyParts);
}

bool anyToken(const QStringList &words, const char *const *list, size_t count)
{
    for (const QString &word : words) {
        for (size_t k = 0; k < count; ++k) {
            if (word == QLatin1String(list[k]))
                return true;
        }
    }
    return false;
}

bool isAnchorId(const QString &id)
{
    static const QRegularExpression separators(QStringLiteral("[\\-_]+"));
    return id.count(QLatin1Char('-')) + id.count(QLatin1Char('_')) >= 5 &&
           id.split(separators, Qt::SkipEmptyParts).size() >= 6;
}

bool isHiddenStyle(const QString &style)
{
    QString compact = style.toLower();
    compact.remove(QLatin1Char(' '));
    return compact.contains(QLatin1String("display:none")) || compact.contains(QLatin1String("visibility:hidden"));
}

bool isHiddenClass(const QStringList &classes)
{
    for (const QString &cls : classes) {
        if (cls == u"hidden" || cls == u"hide" || cls == u"sr-only" || cls == u"screen-reader-text" ||
            cls == u"visually-hidden" || cls == u"visuallyhidden" || cls == u"blind" || cls == u"invisible" ||
            cls == u"d-none" || cls == u"is-hidden" || cls == u"skip" || cls == u"skip-link")
            return true;
    }
    return false;
}

bool isSkippedTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_META:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_FRAME:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_PROGRESS:
    case GUMBO_TAG_METER:
    case GUMBO_TAG_KEYGEN:
    case GUMBO_TAG_RT: // ruby annotations (furigana) read above the text, not in it
    case GUMBO_TAG_RP:
    case GUMBO_TAG_RTC:
        return true;
    default:
        return false;
    }
}

bool containsBlock(const HtmlDom &dom, int i)
{
    for (int j = i + 1; j < dom.node(i).end; ++j) {
        if (dom.isElement(j) && (dom.tag(j) == GUMBO_TAG_P || dom.tag(j) == GUMBO_TAG_DIV))
            return true;
    }
    return false;
}

} // namespace

bool isKnownBody(const QString &classAndId)
{
    return anyToken(classAndId.split(QLatin1Char(' '), Qt::SkipEmptyParts), kKnownBodies, std::size(kKnownBodies));
}

int classWeight(const QString &classAndId)
{
    if (classAndId.isEmpty())
        return 0;
    // A blog post element carries its taxonomy as classes ("category-no-newsletter", "tag-share"): those say
    // nothing about layout, and the element itself is the article.
    static const QRegularExpression postElement(
        QStringLiteral("(^|\\s)(hentry|type-post|status-publish|post-\\d+)(\\s|$)"));
    if (classAndId.contains(postElement))
        return 2;
    QString names;
    for (const QString &name : classAndId.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!name.startsWith(QLatin1String("category-")) && !name.startsWith(QLatin1String("tag-")))
            names += name + QLatin1Char(' ');
    }
    names.replace(QLatin1String("commentary"), QLatin1String("opinion"));
    const QStringList words = tokens(names);
    const bool positive = containsAny(names, kPositiveParts, std::size(kPositiveParts));
    if (containsAny(names, kCommentParts, std::size(kCommentParts)))
        return -3;
    if (containsAny(names, kAlwaysNegativeParts, std::size(kAlwaysNegativeParts)))
        return -2;
    // A BEM modifier says how a block looks, not what it is: "o-section--has-ads" is a section of the article.
    QString blocks;
    for (const QString &name : names.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        blocks += name.left(name.indexOf(QLatin1String("--"))) + QLatin1Char(' ');
    const bool strong = containsAny(names, kNegativeParts, std::size(kNegativeParts)) ||
                        anyToken(tokens(blocks), kNegativeTokens, std::size(kNegativeTokens));
    const bool weak =
        containsAny(names, kWeakParts, std::size(kWeakParts)) || anyToken(words, kWeakTokens, std::size(kWeakTokens));
    if (strong)
        return positive ? -1 : -2; // "entry share": an article wrapper that also names its share bar
    return weak ? -1 : (positive ? 1 : 0);
}

QList<quint16> compute(const HtmlDom &dom)
{
    // Characters of text below each node, to tell a hidden teaser from a hidden (or unclosed <noscript>,
    // <button>, <select>…) wrapper around the whole article, which must not vanish.
    QList<int> chars(dom.size(), 0);
    for (int i = dom.size() - 1; i >= 0; --i) {
        if (!dom.isElement(i))
            chars[i] = int(dom.text(i).trimmed().size());
        else if (dom.tag(i) == GUMBO_TAG_SCRIPT || dom.tag(i) == GUMBO_TAG_STYLE)
            chars[i] = 0;
        if (const int parent = dom.node(i).parent; parent >= 0)
            chars[parent] += chars[i];
    }
    const int total = std::max(1, chars.value(0));
    const auto holdsArticle = [&](int i, double share) {
        return chars[i] > 1000 && chars[i] > share * total;
    };

    // Pages repeat a few class names on many elements: each is weighed once.
    struct Weighed
    {
        bool knownBody;
        bool lead;
        bool teaser;
        int weight;
    };
    QHash<QString, Weighed> weighed; // class and id → what they say
    const auto weigh = [&weighed](const QString &names) {
        auto it = weighed.constFind(names);
        if (it == weighed.constEnd()) {
            const bool lead = anyToken(tokens(names), kLeadTokens, std::size(kLeadTokens)) ||
                              names.contains(QLatin1String("teaser-text"));
            const bool teaser = tokens(names).contains(QLatin1String("teaser"));
            it = weighed.insert(names, {isKnownBody(names), lead, teaser, classWeight(names)});
        }
        return it.value();
    };
    QList<quint16> flags(dom.size(), 0);
    for (int i = 0; i < dom.size(); ++i) {
        if (!dom.isElement(i))
            continue;
        const GumboTag tag = dom.tag(i);
        quint16 f = 0;
        if (isSkippedTag(tag) || dom.node(i).foreign)
            f |= holdsArticle(i, 0.25) ? 0 : Skip;
        // A heading's id is an anchor made of its words ("schwerpunkt-kommunikation-im-fruhjahr…"), not a name; so is
        // a section's id of six words or more, made of its heading ("sharing-with-multiple-developers-code-review").
        const bool heading = tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6;
        const QString names =
            heading || isAnchorId(dom.attribute(i, "id")) ? dom.attribute(i, "class").toLower() : dom.classAndId(i);
        const QStringList classList = dom.attribute(i, "class").toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString style = dom.attribute(i, "style");
        if ((dom.hasAttribute(i, "hidden") || (!style.isEmpty() && isHiddenStyle(style)) ||
             (dom.attribute(i, "aria-hidden") == u"true" && tag != GUMBO_TAG_FIGURE) || isHiddenClass(classList)) &&
            !holdsArticle(i, 0.6))
            f |= Skip;
        const QString role = dom.attribute(i, "role").toLower();
        const QString itemprop = dom.attribute(i, "itemprop").toLower();
        if (tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_ASIDE || tag == GUMBO_TAG_FOOTER || role == u"navigation" ||
            role == u"banner" || role == u"contentinfo" || role == u"complementary" || role == u"menu" ||
            role == u"search")
            f |= Semantic;
        if (tag == GUMBO_TAG_FIGCAPTION || tag == GUMBO_TAG_CAPTION ||
            containsAny(names, kCaptionParts, std::size(kCaptionParts)))
            f |= Caption;
        // A "javascript:" anchor around paragraphs is a script's handle on a whole story (made clickable), not a
        // link to elsewhere; around a word it is a button, as good as a link.
        if (tag == GUMBO_TAG_A && dom.hasAttribute(i, "href") &&
            !(dom.attribute(i, "href").trimmed().startsWith(QLatin1String("javascript:"), Qt::CaseInsensitive) &&
              containsBlock(dom, i)))
            f |= Link;
        if (tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6)
            f |= Heading;
        const Weighed w = weigh(names);
        // A subtitle or subheadline is the article's standfirst, not its headline.
        if (w.teaser)
            f |= Teaser;
        if (w.lead)
            f |= Lead;
        else if (names.contains(QLatin1String("title")) || names.contains(QLatin1String("subject")) ||
                 names.contains(QLatin1String("headline")))
            f |= TitleLike;
        if (itemprop == u"articlebody" || itemprop == u"text" || w.knownBody)
            f |= KnownBody | Positive;
        if (names.contains(QLatin1String("byline")) || names.contains(QLatin1String("reporter")) ||
            names.contains(QLatin1String("journalist")) || itemprop == u"author")
            f |= Byline;
        if (!(f & KnownBody)) {
            if (w.weight == 2)
                f |= KnownBody | Positive;
            else if (w.weight == -3)
                f |= Negative | CommentSection;
            else if (w.weight == -2)
                f |= Negative;
            else if (w.weight == -1)
                f |= WeakNegative;
            else if (w.weight > 0)
                f |= Positive;
        }
        if (role == u"main" || role == u"article" || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN)
            f |= Positive;
        if (tag == GUMBO_TAG_FORM) {
            for (int j = i + 1; j < dom.node(i).end; ++j) {
                const GumboTag inner = dom.tag(j);
                if (inner == GUMBO_TAG_TEXTAREA ||
                    (inner == GUMBO_TAG_INPUT && dom.attribute(j, "type").toLower() != u"hidden")) {
                    f |= CommentForm;
                    break;
                }
            }
        }
        flags[i] = f;
    }
    return flags;
}

} // namespace Medtour::NodeHints
