// SPDX-License-Identifier: GPL-3.0-or-later
// Channel-level elements of RSS/RDF and feed-level elements of Atom.
#include "feeds/feedtext.h"
#include "feeds/xmlfeedreader_p.h"
#include "feeds/xmlnames.h"

namespace Medtour::XmlFeedReader::Detail {

namespace {

QString textOf(TextKind kind, const QString &raw)
{
    return kind == TextKind::Text ? FeedText::plainFromText(raw) : FeedText::plain(raw);
}

} // namespace

void Reader::handleFeedChild()
{
    const Frame &frame = top();
    const QString l = frame.local;
    const QString uri = frame.uri;
    const QUrl base = frame.base;
    const bool atomDocument = m_root == Root::Atom;
    if ((atomDocument && l == u"entry" && isAtom(uri)) || (!atomDocument && l == u"item" && isRss(uri))) {
        beginItem();
        return;
    }
    if (!atomDocument && l == u"channel" && depth() == 2) {
        m_builder.language.offer(frame.lang, 3);
        return; // a container: its children are read one by one
    }
    // Only children of channel (RSS/RDF) or feed (Atom) describe the feed; anything else is skipped whole.
    const bool channelLevel =
        atomDocument ? depth() == 2
                     : (depth() == 3 && m_stack[1].local == u"channel") || (depth() == 2 && m_root == Root::Rss);
    if (!channelLevel)
        return skipElement();

    const bool atom = isAtom(uri);
    const bool rss = !atomDocument && isRss(uri);
    const bool itunes = XmlNames::isItunesNamespace(uri);
    if (l == u"title" && (atom || rss)) {
        TextKind kind = TextKind::Html;
        const QString raw = atom ? readAtomText(&kind) : readContent(TextKind::Html);
        m_builder.title.offer(textOf(kind, raw), 0);
    } else if (l == u"title" && uri == XmlNames::kDc) {
        m_builder.title.offer(FeedText::plain(readContent(TextKind::Html)), 1);
    } else if (l == u"link" && atom) {
        const QStringView rel = attribute(u"rel").trimmed();
        const QStringView type = attribute(u"type").trimmed();
        if (rel.isEmpty() || rel == u"alternate") {
            const bool html = type.isEmpty() || type == u"text/html" || type == u"application/xhtml+xml";
            const QUrl href = FeedText::resolve(base, attribute(u"href").toString());
            if (!href.isEmpty())
                m_builder.link.offer(href, (atomDocument ? 0 : 1) + (html ? 0 : 2));
        }
        skipElement();
        adoptFeedLinkAsBase();
    } else if (l == u"link" && rss) {
        const QString href = attribute(u"href").toString();
        QString text = readContent(TextKind::Text).trimmed();
        if (text.isEmpty())
            text = href;
        const QUrl link = FeedText::resolve(base, text);
        if (!link.isEmpty())
            m_builder.link.offer(link, 0, true); // several <link>s: the last one counts, as in feedparser and gofeed
        adoptFeedLinkAsBase();
    } else if ((l == u"description" && rss) || ((l == u"subtitle" || l == u"tagline") && atom)) {
        TextKind kind = TextKind::Html;
        const QString raw = atom ? readAtomText(&kind) : readContent(TextKind::Html);
        m_builder.description.offer(textOf(kind, raw), 0);
    } else if (l == u"summary" && itunes) {
        m_builder.description.offer(FeedText::plain(readContent(TextKind::Html)), 1);
    } else if (l == u"description" && uri == XmlNames::kDc) {
        m_builder.description.offer(FeedText::plain(readContent(TextKind::Html)), 2);
    } else if (l == u"subtitle" && itunes) {
        m_builder.description.offer(FeedText::plain(readContent(TextKind::Html)), 3);
    } else if (l == u"language" && (rss || uri == XmlNames::kDc)) {
        m_builder.language.offer(FeedText::normalizeLanguage(readContent(TextKind::Text)), rss ? 0 : 1);
    } else {
        skipElement();
    }
}

void Reader::finishFeed()
{
    m_feed.title = m_builder.title.value;
    m_feed.link = m_builder.link.value;
    m_feed.description = m_builder.description.value;
    QString language = m_builder.language.value;
    if (language.isEmpty())
        language = FeedText::normalizeLanguage(m_options.contentLanguage.section(u',', 0, 0));
    m_feed.language = language;
}

/// A feed read from a local file has no useful document URL; its relative links are meant
/// against the site, so the feed's own web link becomes the base where no xml:base says otherwise.
void Reader::adoptFeedLinkAsBase()
{
    const QUrl documentBase = FeedText::documentBase(m_options);
    const QString scheme = documentBase.scheme();
    const QUrl link = m_builder.link.value;
    if (scheme == u"http" || scheme == u"https" || !link.isValid())
        return;
    if (link.scheme() != u"http" && link.scheme() != u"https")
        return;
    for (Frame &f : m_stack) {
        if (f.base == documentBase)
            f.base = link;
    }
}

} // namespace Medtour::XmlFeedReader::Detail
