// SPDX-License-Identifier: GPL-3.0-or-later
// Children of an RSS <item> or Atom <entry>, including the Dublin Core, iTunes and Media RSS elements
// feeds use in place of (or besides) the core ones. Where several elements can supply one field, a
// rank decides, so the order of elements in the feed does not.
#include "feeds/feedtext.h"
#include "feeds/xmlfeedreader_p.h"
#include "feeds/xmlnames.h"
#include "text/dateparser.h"
#include "text/htmltext.h"

namespace Medtour::XmlFeedReader::Detail {

namespace {

QString textOf(TextKind kind, const QString &raw)
{
    return kind == TextKind::Text ? FeedText::plainFromText(raw) : FeedText::plain(raw);
}

QString htmlOf(TextKind kind, const QString &raw, const QUrl &base)
{
    return kind == TextKind::Text ? FeedText::textToHtml(raw) : FeedText::cleanHtml(raw, base);
}

void addUnique(QStringList &list, const QString &value)
{
    const QString v = HtmlText::simplifyWhitespace(value);
    if (!v.isEmpty() && !list.contains(v))
        list << v;
}

void addEnclosure(FeedItem &item, const QUrl &url, QStringView type, QStringView length)
{
    if (url.isEmpty())
        return;
    for (const Enclosure &e : std::as_const(item.enclosures)) {
        if (e.url == url)
            return;
    }
    item.enclosures << Enclosure{url, type.trimmed().toString(), length.trimmed().toLongLong()};
}

} // namespace

void Reader::handleItemChild()
{
    ItemBuilder &b = *m_item;
    FeedItem &item = b.item;
    const QString l = top().local;
    const QString uri = top().uri;
    const QUrl base = top().base;
    const bool atom = isAtom(uri);
    const bool rss = m_root != Root::Atom && isRss(uri);
    const bool dc = uri == XmlNames::kDc;
    const bool itunes = XmlNames::isItunesNamespace(uri);

    if (l == u"title" && (atom || rss)) {
        TextKind kind = TextKind::Html;
        const QString raw = atom ? readAtomText(&kind) : readContent(TextKind::Html);
        b.title.offer(textOf(kind, raw), 0);
    } else if (l == u"title" && dc) {
        b.title.offer(FeedText::plain(readContent(TextKind::Html)), 1);
    } else if (l == u"link" && atom) {
        const QString rel = attribute(u"rel").trimmed().toString();
        const QStringView type = attribute(u"type").trimmed();
        const QUrl href = FeedText::resolve(base, attribute(u"href").toString());
        if (rel == u"enclosure") {
            addEnclosure(item, href, type, attribute(u"length"));
        } else if ((rel.isEmpty() || rel == u"alternate") && !href.isEmpty()) {
            const bool html = type.isEmpty() || type == u"text/html" || type == u"application/xhtml+xml";
            b.link.offer(href, (m_root == Root::Atom ? 0 : 1) + (html ? 0 : 2));
        }
        skipElement();
    } else if (l == u"link" && rss) {
        const QString href = attribute(u"href").toString();
        QString text = readContent(TextKind::Text).trimmed();
        if (text.isEmpty())
            text = href;
        const QUrl link = FeedText::resolve(base, text);
        if (!link.isEmpty())
            b.link.offer(link, 0, true); // several <link>s: the last one counts, as in feedparser and gofeed
    } else if ((l == u"guid" && rss) || (l == u"id" && atom)) {
        const QStringView permaLink = attribute(u"isPermaLink").trimmed();
        b.guidIsPermaLink = rss && permaLink.compare(u"false", Qt::CaseInsensitive) != 0;
        const bool explicitBase = top().explicitBase;
        QString id = readContent(TextKind::Text).trimmed();
        // An Atom id is an IRI; a relative path is read against the base, as feedparser and gofeed do. A bare
        // token ("t3_abc") stays as written unless an xml:base explicitly asks for resolution.
        const bool path = id.startsWith(u'/') || (explicitBase && id.contains(u'/'));
        if (atom && path && base.isValid() && !base.isEmpty() && QUrl(id).isRelative())
            id = base.resolved(QUrl(id)).toString();
        if (!id.isEmpty())
            b.id.offer(id, 0);
    } else if ((l == u"description" || l == u"summary") && rss) {
        // RSS has <description>; some feeds add a <summary>. With both, the first is the summary and the
        // second the body (feedparser's reading).
        const QString html = FeedText::cleanHtml(readContent(TextKind::Html), base, true);
        if (l == u"summary")
            b.rssSummaryHtml = html;
        else
            b.descriptionHtml = html;
        if (!b.summaryHtml.isSet())
            b.summaryFirst = l == u"summary";
        b.summaryHtml.offer(html, 1);
    } else if (l == u"summary" && atom) {
        TextKind kind = TextKind::Html;
        const QString raw = readAtomText(&kind);
        b.summaryHtml.offer(htmlOf(kind, raw, base), 0);
    } else if (l == u"content" && atom) {
        const QString src = attribute(u"src").toString();
        if (!src.trimmed().isEmpty())
            b.link.offer(FeedText::resolve(base, src), 5); // out-of-line content: where the body lives
        TextKind kind = TextKind::Html;
        const QString html = htmlOf(kind, readAtomText(&kind), base);
        if (!html.trimmed().isEmpty())
            b.contentHtml.offer(html, 0);
    } else if (l == u"encoded" && uri == XmlNames::kContent) {
        b.contentHtml.offer(FeedText::cleanHtml(readContent(TextKind::Html), base, true), 0);
    } else if (l == u"body" && (uri == XmlNames::kXhtml || rss)) {
        b.contentHtml.offer(FeedText::cleanHtml(readContent(TextKind::Xhtml), base), 1);
    } else if (l == u"fullitem" && rss) {
        b.contentHtml.offer(FeedText::cleanHtml(readContent(TextKind::Html), base, true), 2);
    } else if (l == u"description" && dc) {
        b.summaryHtml.offer(FeedText::cleanHtml(readContent(TextKind::Html), base), 2);
    } else if (l == u"summary" && itunes) {
        b.summaryHtml.offer(FeedText::cleanHtml(readContent(TextKind::Html), base), 3);
    } else if (handleItemDates(l, uri) || handleItemMedia(l, uri)) {
        // consumed
    } else if (l == u"author" && atom) {
        readAtomAuthors(item.authors);
    } else if ((l == u"author" && rss) || ((l == u"creator" || l == u"author") && dc)) {
        const QString name = FeedText::authorName(readContent(TextKind::Text));
        if (!name.isEmpty() && !item.authors.contains(name))
            item.authors << name;
    } else if (l == u"author" && itunes) {
        addUnique(b.fallbackAuthors, FeedText::authorName(readContent(TextKind::Text)));
    } else if (l == u"category" && (atom || rss)) {
        const QString term = atom ? attribute(u"term").toString() : QString();
        const QString text = readContent(TextKind::Text);
        addUnique(item.categories, term.trimmed().isEmpty() ? text : term);
    } else if (l == u"subject" && dc) {
        addUnique(item.categories, readContent(TextKind::Text));
    } else if (l == u"keywords" && itunes) {
        const QStringList keywords = readContent(TextKind::Text).split(u',');
        for (const QString &keyword : keywords)
            addUnique(item.categories, keyword);
    } else if (l == u"category" && itunes) {
        // <itunes:category text="Technology"><itunes:category text="Gadgets"/></itunes:category>
        addUnique(item.categories, attribute(u"text").toString());
        readChildren([this, &item] {
            if (top().local == u"category")
                addUnique(item.categories, attribute(u"text").toString());
            skipElement();
        });
    } else if (l == u"enclosure" && rss) {
        const QUrl url = FeedText::resolve(base, attribute(u"url").toString());
        addEnclosure(item, url, attribute(u"type"), attribute(u"length"));
        skipElement();
    } else if (l == u"source" && rss) {
        item.sourceUrl = FeedText::resolve(base, attribute(u"url").toString());
        item.sourceTitle = FeedText::plain(readContent(TextKind::Html));
    } else if (l == u"source" && atom) {
        readAtomSource();
    } else if (l == u"language" && (rss || dc)) {
        item.language = FeedText::normalizeLanguage(readContent(TextKind::Text));
    } else {
        skipElement();
    }
}

/// Publication and modification dates. Ranks: the format's own element first, then Dublin Core.
bool Reader::handleItemDates(const QString &l, const QString &uri)
{
    ItemBuilder &b = *m_item;
    const bool atom = isAtom(uri);
    const bool rss = m_root != Root::Atom && isRss(uri);
    const bool dc = uri == XmlNames::kDc;
    const bool terms = uri == XmlNames::kDcTerms;
    int publishedRank = -1;
    int updatedRank = -1;
    if ((l == u"pubdate" && rss) || (l == u"published" && atom))
        publishedRank = 0;
    else if ((l == u"issued" && atom) || (l == u"issued" && terms))
        publishedRank = 1;
    else if ((l == u"created" && atom) || (l == u"created" && terms))
        publishedRank = 3;
    else if ((l == u"updated" && atom) || (l == u"modified" && atom))
        updatedRank = 0;
    else if (l == u"modified" && terms)
        updatedRank = 1;
    else if (l == u"date" && dc)
        publishedRank = updatedRank = 2; // feedparser reads dc:date as the update, gofeed as both
    else
        return false;
    const QString text = readContent(TextKind::Text).trimmed();
    if (text.isEmpty())
        return true;
    // A repeated element: the last one counts, as in feedparser.
    if (publishedRank >= 0)
        b.published.offer(text, publishedRank, true);
    if (updatedRank >= 0)
        b.updated.offer(text, updatedRank, true);
    return true;
}

/// Media RSS (also inside media:group and media:content) and the iTunes image.
bool Reader::handleItemMedia(const QString &l, const QString &uri)
{
    ItemBuilder &b = *m_item;
    const QUrl base = top().base;
    if (XmlNames::isItunesNamespace(uri) && l == u"image") {
        QString href = attribute(u"href").toString();
        const QString text = readContent(TextKind::Text).trimmed();
        b.thumbnail.offer(FeedText::resolve(base, href.trimmed().isEmpty() ? text : href), 1);
        return true;
    }
    if (!XmlNames::isMediaNamespace(uri))
        return false;
    auto mediaChildren = [this] {
        readChildren([this] {
            if (!handleItemMedia(top().local, top().uri))
                skipElement();
        });
    };
    if (l == u"group") {
        mediaChildren();
    } else if (l == u"thumbnail") {
        b.thumbnail.offer(FeedText::resolve(base, attribute(u"url").toString()), 0);
        skipElement();
    } else if (l == u"content") {
        const QUrl url = FeedText::resolve(base, attribute(u"url").toString());
        const QStringView type = attribute(u"type");
        const bool image = attribute(u"medium") == u"image" || type.startsWith(u"image/");
        if (image)
            b.thumbnail.offer(url, 2); // a picture of the story, not an attachment
        else
            addEnclosure(b.item, url, type, attribute(u"fileSize"));
        mediaChildren();
    } else if (l == u"title") {
        b.title.offer(FeedText::plain(readContent(TextKind::Html)), 2);
    } else if (l == u"description") {
        b.summaryHtml.offer(FeedText::cleanHtml(readContent(TextKind::Html), base), 4);
    } else if (l == u"category") {
        addUnique(b.item.categories, readContent(TextKind::Text));
    } else {
        skipElement();
    }
    return true;
}

void Reader::readAtomAuthors(QStringList &authors)
{
    QString name;
    readChildren([this, &name] {
        if (top().local == u"name")
            name = readContent(TextKind::Text);
        else
            skipElement();
    });
    name = FeedText::authorName(name);
    if (!name.isEmpty() && !authors.contains(name))
        authors << name;
}

void Reader::readAtomSource()
{
    FeedItem &item = m_item->item;
    readChildren([this, &item] {
        const QString l = top().local;
        if (l == u"title" && item.sourceTitle.isEmpty()) {
            TextKind kind = TextKind::Html;
            const QString raw = readAtomText(&kind);
            item.sourceTitle = textOf(kind, raw);
        } else if (l == u"link" && item.sourceUrl.isEmpty()) {
            const QStringView rel = attribute(u"rel").trimmed();
            if (rel.isEmpty() || rel == u"alternate")
                item.sourceUrl = FeedText::resolve(top().base, attribute(u"href").toString());
            skipElement();
        } else {
            skipElement();
        }
    });
}

void Reader::finishItem()
{
    ItemBuilder b = std::move(*m_item);
    m_item.reset();
    FeedItem &item = b.item;
    item.title = b.title.value;
    item.id = b.id.value;
    item.link = b.link.value;
    if (item.link.isEmpty() && b.guidIsPermaLink && item.id.startsWith(u"http"))
        item.link = FeedText::resolve(top().base, item.id);
    QString content = b.contentHtml.value;
    if (content.isEmpty() && !b.descriptionHtml.isEmpty() && !b.rssSummaryHtml.isEmpty())
        content = b.summaryFirst ? b.descriptionHtml : b.rssSummaryHtml;
    const QString &summaryHtml = b.summaryHtml.value;
    item.summary = FeedText::plain(summaryHtml);
    item.contentFromSummary = content.isEmpty() && !summaryHtml.isEmpty();
    item.contentHtml = item.contentFromSummary ? summaryHtml : content;
    if (item.authors.isEmpty())
        item.authors = b.fallbackAuthors;
    if (item.thumbnail.isEmpty())
        item.thumbnail = b.thumbnail.value;
    if (item.language.isEmpty())
        item.language = m_builder.language.value;
    const QTimeZone zone = FeedText::zoneFor(m_options, item.language, QString(item.title + item.summary));
    item.published = DateParser::parse(b.published.value, zone);
    item.updated = DateParser::parse(b.updated.value, zone);
    if (!item.published.isValid() && item.updated.isValid() && m_root == Root::Atom) {
        item.published = item.updated; // Atom requires only <updated>
        item.publishedIsUpdated = true;
    }
    m_feed.items << std::move(item);
}

} // namespace Medtour::XmlFeedReader::Detail
