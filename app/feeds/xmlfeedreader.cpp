// SPDX-License-Identifier: GPL-3.0-or-later
#include "xmlfeedreader.h"

#include "feeds/dateparser.h"
#include "feeds/feedtext.h"
#include "feeds/xmlnames.h"
#include "feeds/xmlrepair.h"
#include "text/htmltext.h"
#include "text/textnormalizer.h"

#include <QHash>
#include <QXmlStreamReader>

#include <optional>

namespace Medtour::XmlFeedReader {

namespace {

/// How a text construct's content is to be read (Atom's type/mode; RSS fields are HTML).
enum class TextKind
{
    Text,
    Html,
    Xhtml
};

struct Frame
{
    QString uri;
    QString local;
    QUrl base;
    QString lang;
    QHash<QString, QString> namespaces; ///< declarations made on this element
};

/// An item under construction: raw strings, turned into a FeedItem when its element ends.
struct ItemBuilder
{
    FeedItem item;
    QString title;
    TextKind titleKind = TextKind::Html;
    QString summaryHtml;
    QString contentHtml;
    QString published;
    QString updated;
    bool guidIsPermaLink = false;
    bool linkFromAtom = false;
};

QString textOf(TextKind kind, const QString &raw)
{
    if (kind == TextKind::Text)
        return TextNormalizer::nfc(HtmlText::simplifyWhitespace(raw));
    return FeedText::plain(raw);
}

QString htmlOf(TextKind kind, const QString &raw)
{
    return kind == TextKind::Text ? FeedText::textToHtml(raw) : raw;
}

/// "jane@example.com (Jane Doe)" → "Jane Doe"; anything else unchanged.
QString authorDisplayName(const QString &raw)
{
    const QString s = HtmlText::simplifyWhitespace(raw);
    const qsizetype open = s.indexOf(u'(');
    if (open > 0 && s.endsWith(u')') && s.left(open).contains(u'@'))
        return s.mid(open + 1, s.size() - open - 2).trimmed();
    return s;
}

class Reader
{
public:
    Reader(const QString &text, const FeedParseOptions &options, ParsedFeed &feed)
        : m_xml(text)
        , m_options(options)
        , m_feed(feed)
    {
        m_xml.setNamespaceProcessing(false); // prefixes are resolved here, tolerating undeclared ones
    }

    void run();

private:
    bool pushFrame();
    bool startRoot();
    void handleFeedChild();
    void handleItemChild();
    void readAuthor(QStringList &authors);
    QString readContent(TextKind kind);
    void serializeChildren(QString &out, int depth);
    TextKind atomKind() const;
    void finishItem();
    void adoptFeedLinkAsBase();
    void skipElement() { readContent(TextKind::Text); }
    QString resolveUri(QStringView prefix) const;
    const Frame &top() const { return m_stack.constLast(); }
    int depth() const { return int(m_stack.size()); }

    QXmlStreamReader m_xml;
    const FeedParseOptions &m_options;
    ParsedFeed &m_feed;
    QList<Frame> m_stack;
    enum class Root
    {
        None,
        Rss,
        Rdf,
        Atom
    } m_root = Root::None;
    std::optional<ItemBuilder> m_item;
    int m_itemDepth = -1;
    bool m_stopped = false;
};

QString Reader::resolveUri(QStringView prefix) const
{
    const QString key = prefix.toString();
    for (auto it = m_stack.crbegin(); it != m_stack.crend(); ++it) {
        const auto found = it->namespaces.constFind(key);
        if (found != it->namespaces.cend())
            return *found;
    }
    return XmlNames::wellKnownPrefix(prefix); // undeclared: assume the usual meaning of common prefixes
}

/// Pushes the frame of the start element just read; false when the nesting limit is hit.
bool Reader::pushFrame()
{
    Frame frame;
    if (!m_stack.isEmpty()) {
        frame.base = top().base;
        frame.lang = top().lang;
    } else {
        frame.base = m_options.url;
    }
    const QXmlStreamAttributes attributes = m_xml.attributes();
    for (const QXmlStreamAttribute &a : attributes) {
        const QStringView name = a.qualifiedName();
        if (name == u"xmlns")
            frame.namespaces.insert(QString(), a.value().toString());
        else if (name.startsWith(u"xmlns:"))
            frame.namespaces.insert(name.sliced(6).toString(), a.value().toString());
        else if (name == u"xml:base")
            frame.base = FeedText::resolve(frame.base, a.value().toString());
        else if (name == u"xml:lang")
            frame.lang = a.value().trimmed().toString();
    }
    const QStringView qname = m_xml.qualifiedName();
    const qsizetype colon = qname.indexOf(u':');
    frame.local = (colon < 0 ? qname : qname.sliced(colon + 1)).toString();
    m_stack.append(std::move(frame));
    m_stack.last().uri = resolveUri(colon < 0 ? QStringView() : qname.first(colon));
    if (depth() > m_options.maxDepth) {
        m_feed.errors << QStringLiteral("nesting deeper than %1 elements; parsing stopped").arg(m_options.maxDepth);
        return false;
    }
    return true;
}

bool Reader::startRoot()
{
    const Frame &root = top();
    if (root.local == u"rss") {
        m_root = Root::Rss;
        const QString version = m_xml.attributes().value(QLatin1StringView("version")).trimmed().toString();
        m_feed.format = version.isEmpty() ? QStringLiteral("rss") : u"rss" + version;
    } else if (root.local == u"RDF") {
        m_root = Root::Rdf;
        m_feed.format = root.namespaces.value(QString()) == XmlNames::kRss090 ? QStringLiteral("rss0.90")
                                                                              : QStringLiteral("rss1.0");
    } else if (root.local == u"feed" &&
               (root.uri == XmlNames::kAtom10 || root.uri == XmlNames::kAtom03 || root.uri.isEmpty())) {
        m_root = Root::Atom;
        m_feed.format = root.uri == XmlNames::kAtom03 ? QStringLiteral("atom0.3") : QStringLiteral("atom1.0");
        m_feed.language = root.lang;
    } else {
        const bool html = root.local.compare(u"html", Qt::CaseInsensitive) == 0;
        m_feed.errors << (html ? QStringLiteral("not a feed: the document is an HTML page")
                               : QStringLiteral("not a feed: unknown root element <%1>").arg(root.local));
        return false;
    }
    return true;
}

void Reader::run()
{
    while (!m_stopped && !m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (!pushFrame())
                break;
            if (depth() == 1) {
                if (!startRoot())
                    break;
            } else if (m_item) {
                handleItemChild();
            } else {
                handleFeedChild();
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (m_item && depth() == m_itemDepth)
                finishItem();
            m_stack.removeLast();
        }
    }
    if (m_root == Root::None && m_xml.hasError()) {
        m_feed.errors << QStringLiteral("not a feed: %1").arg(m_xml.errorString());
    } else if (m_xml.hasError() && m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError) {
        m_feed.errors << QStringLiteral("XML error at line %1, column %2: %3")
                             .arg(m_xml.lineNumber())
                             .arg(m_xml.columnNumber())
                             .arg(m_xml.errorString());
    } else if (m_xml.hasError()) {
        m_feed.errors << QStringLiteral("the document ends early (truncated at line %1)").arg(m_xml.lineNumber());
    }
    if (m_root == Root::None && m_feed.format.isEmpty() && m_feed.errors.isEmpty())
        m_feed.errors << QStringLiteral("not a feed: no root element");
    if (m_root == Root::None)
        m_feed.format.clear();
}

void Reader::handleFeedChild()
{
    const Frame &frame = top();
    const QString &l = frame.local;
    const bool isItem = (m_root == Root::Atom && l == u"entry") ||
                        (m_root != Root::Atom && l == u"item" && XmlNames::isRssNamespace(frame.uri));
    if (isItem) {
        if (m_feed.items.size() >= m_options.maxItems) {
            m_feed.errors << QStringLiteral("too many items; kept the first %1").arg(m_options.maxItems);
            m_stopped = true;
            return;
        }
        m_item.emplace();
        m_itemDepth = depth();
        m_item->item.language = frame.lang;
        if (m_root == Root::Rdf)
            m_item->item.id = m_xml.attributes().value(QLatin1StringView("rdf:about")).toString();
        return;
    }
    // Only children of channel (RSS/RDF) or feed (Atom) describe the feed.
    const bool channelLevel = (m_root == Root::Atom && depth() == 2) ||
                              (m_root != Root::Atom && depth() == 3 && m_stack[1].local == u"channel");
    if (!channelLevel)
        return;
    const bool atomElement = m_root == Root::Atom || frame.uri == XmlNames::kAtom10;
    if (l == u"title" && m_feed.title.isEmpty()) {
        const TextKind kind = m_root == Root::Atom ? atomKind() : TextKind::Html;
        m_feed.title = textOf(kind, readContent(kind));
    } else if (l == u"link") {
        if (atomElement) {
            const QXmlStreamAttributes a = m_xml.attributes();
            const QStringView rel = a.value(QLatin1StringView("rel"));
            if ((rel.isEmpty() || rel == u"alternate") && m_feed.link.isEmpty())
                m_feed.link = FeedText::resolve(frame.base, a.value(QLatin1StringView("href")).toString());
        } else if (m_feed.link.isEmpty()) {
            m_feed.link = FeedText::resolve(frame.base, readContent(TextKind::Text));
        }
        adoptFeedLinkAsBase();
    } else if ((l == u"description" || l == u"subtitle" || l == u"tagline") && m_feed.description.isEmpty()) {
        const TextKind kind = m_root == Root::Atom ? atomKind() : TextKind::Html;
        m_feed.description = textOf(kind, readContent(kind));
    } else if (l == u"language" && m_feed.language.isEmpty()) {
        m_feed.language = readContent(TextKind::Text).trimmed();
    }
}

void Reader::handleItemChild()
{
    ItemBuilder &b = *m_item;
    FeedItem &item = b.item;
    const Frame &frame = top();
    const QString l = frame.local;
    const QString uri = frame.uri;
    const QUrl base = frame.base;
    if (depth() != m_itemDepth + 1)
        return; // grandchildren are read by the handlers of their parents
    const bool atom = uri == XmlNames::kAtom10 || uri == XmlNames::kAtom03 || (m_root == Root::Atom && uri.isEmpty());
    const bool plain = XmlNames::isRssNamespace(uri) && m_root != Root::Atom;

    if (l == u"title" && (atom || plain) && b.title.isEmpty()) {
        b.titleKind = atom ? atomKind() : TextKind::Html;
        b.title = readContent(b.titleKind);
    } else if (l == u"link" && (atom || frame.uri == XmlNames::kAtom10)) {
        const QXmlStreamAttributes a = m_xml.attributes();
        const QStringView rel = a.value(QLatin1StringView("rel"));
        const QUrl href = FeedText::resolve(base, a.value(QLatin1StringView("href")).toString());
        if (rel == u"enclosure") {
            item.enclosures << Enclosure{href, a.value(QLatin1StringView("type")).toString(),
                                         a.value(QLatin1StringView("length")).toLongLong()};
        } else if ((rel.isEmpty() || rel == u"alternate") && (item.link.isEmpty() || !b.linkFromAtom)) {
            if (item.link.isEmpty() || a.value(QLatin1StringView("type")).isEmpty() ||
                a.value(QLatin1StringView("type")) == u"text/html") {
                item.link = href;
                b.linkFromAtom = true;
            }
        }
    } else if (l == u"link" && plain) {
        const QUrl link = FeedText::resolve(base, readContent(TextKind::Text));
        if (item.link.isEmpty() || b.linkFromAtom)
            item.link = link;
        b.linkFromAtom = false;
    } else if ((l == u"guid" && plain) || (l == u"id" && atom)) {
        const QStringView permaLink = m_xml.attributes().value(QLatin1StringView("isPermaLink"));
        b.guidIsPermaLink = plain && permaLink.compare(u"false", Qt::CaseInsensitive) != 0;
        item.id = readContent(TextKind::Text).trimmed();
    } else if (l == u"description" && plain) {
        b.summaryHtml = readContent(TextKind::Html);
    } else if (l == u"summary" && atom) {
        const TextKind kind = atomKind();
        b.summaryHtml = htmlOf(kind, readContent(kind));
    } else if (l == u"content" && atom) {
        const QXmlStreamAttributes a = m_xml.attributes();
        if (!a.value(QLatin1StringView("src")).isEmpty() && item.link.isEmpty())
            item.link = FeedText::resolve(base, a.value(QLatin1StringView("src")).toString());
        const TextKind kind = atomKind();
        const QString html = htmlOf(kind, readContent(kind));
        if (!html.trimmed().isEmpty())
            b.contentHtml = html;
    } else if (l == u"encoded" && uri == XmlNames::kContent) {
        b.contentHtml = readContent(TextKind::Html);
    } else if (l == u"body" && uri == XmlNames::kXhtml && b.contentHtml.isEmpty()) {
        b.contentHtml = readContent(TextKind::Xhtml);
    } else if (((l == u"pubDate" && plain) || (l == u"published" && atom) || (l == u"issued" && atom) ||
                (l == u"date" && uri == XmlNames::kDc) || (l == u"created" && atom)) &&
               b.published.isEmpty()) {
        b.published = readContent(TextKind::Text);
    } else if ((l == u"updated" && atom) || (l == u"modified" && (atom || uri == XmlNames::kDcTerms))) {
        b.updated = readContent(TextKind::Text);
    } else if (l == u"author" && atom) {
        readAuthor(item.authors);
    } else if ((l == u"author" && plain) || (l == u"creator" && uri == XmlNames::kDc)) {
        const QString name = authorDisplayName(readContent(TextKind::Text));
        if (!name.isEmpty() && !item.authors.contains(name))
            item.authors << TextNormalizer::nfc(name);
    } else if (l == u"category" && (atom || plain)) {
        const QXmlStreamAttributes a = m_xml.attributes();
        QString term = atom ? a.value(QLatin1StringView("term")).toString() : QString();
        const QString text = readContent(TextKind::Text);
        if (term.isEmpty())
            term = text;
        term = HtmlText::simplifyWhitespace(term);
        if (!term.isEmpty() && !item.categories.contains(term))
            item.categories << term;
    } else if (l == u"subject" && uri == XmlNames::kDc) {
        const QString term = HtmlText::simplifyWhitespace(readContent(TextKind::Text));
        if (!term.isEmpty() && !item.categories.contains(term))
            item.categories << term;
    } else if (l == u"enclosure" && plain) {
        const QXmlStreamAttributes a = m_xml.attributes();
        const QUrl url = FeedText::resolve(base, a.value(QLatin1StringView("url")).toString());
        if (url.isValid())
            item.enclosures << Enclosure{url, a.value(QLatin1StringView("type")).toString(),
                                         a.value(QLatin1StringView("length")).toLongLong()};
    } else if (XmlNames::isMediaNamespace(uri) && (l == u"thumbnail" || l == u"content")) {
        const QXmlStreamAttributes a = m_xml.attributes();
        const QUrl url = FeedText::resolve(base, a.value(QLatin1StringView("url")).toString());
        if (l == u"thumbnail" && item.thumbnail.isEmpty())
            item.thumbnail = url;
        else if (l == u"content" && url.isValid())
            item.enclosures << Enclosure{url, a.value(QLatin1StringView("type")).toString(),
                                         a.value(QLatin1StringView("fileSize")).toLongLong()};
    } else if (l == u"source" && plain) {
        item.sourceUrl = FeedText::resolve(base, m_xml.attributes().value(QLatin1StringView("url")).toString());
        item.sourceTitle = FeedText::plain(readContent(TextKind::Html));
    } else if (l == u"language" && (plain || uri == XmlNames::kDc)) {
        item.language = readContent(TextKind::Text).trimmed();
    }
}

/// A feed read from a local file has no useful document URL; its relative links are meant
/// against the site, so the feed's own web link becomes the base where no xml:base says otherwise.
void Reader::adoptFeedLinkAsBase()
{
    const QString scheme = m_options.url.scheme();
    if (scheme == u"http" || scheme == u"https" || !m_feed.link.isValid())
        return;
    if (m_feed.link.scheme() != u"http" && m_feed.link.scheme() != u"https")
        return;
    for (Frame &f : m_stack) {
        if (f.base == m_options.url)
            f.base = m_feed.link;
    }
}

TextKind Reader::atomKind() const
{
    const QXmlStreamAttributes a = m_xml.attributes();
    const QStringView type = a.value(QLatin1StringView("type"));
    const QStringView mode = a.value(QLatin1StringView("mode"));
    if (type == u"xhtml" || type == u"application/xhtml+xml" || mode == u"xml")
        return TextKind::Xhtml;
    if (type == u"html" || type == u"text/html" || mode == u"escaped")
        return TextKind::Html;
    if (type.isEmpty() || type == u"text" || type == u"text/plain")
        return TextKind::Text;
    return TextKind::Html;
}

void Reader::readAuthor(QStringList &authors)
{
    QString name;
    QString email;
    const int authorDepth = depth();
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (!pushFrame()) {
                m_stopped = true;
                return;
            }
            const QString local = top().local;
            const QString value = readContent(TextKind::Text).trimmed();
            if (local == u"name")
                name = value;
            else if (local == u"email")
                email = value;
        } else if (token == QXmlStreamReader::EndElement) {
            m_stack.removeLast();
            if (depth() < authorDepth)
                break;
        }
    }
    const QString author = TextNormalizer::nfc(HtmlText::simplifyWhitespace(name.isEmpty() ? email : name));
    if (!author.isEmpty() && !authors.contains(author))
        authors << author;
}

/// Reads the current element's content up to and including its end tag, and pops its frame.
/// Child elements (unescaped HTML in RSS, Atom XHTML) are serialised back to markup.
QString Reader::readContent(TextKind kind)
{
    QString out;
    int nested = 0;
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        switch (token) {
        case QXmlStreamReader::Characters:
            if (nested > 0 || kind == TextKind::Xhtml)
                out += m_xml.text().toString().toHtmlEscaped();
            else
                out += m_xml.text();
            break;
        case QXmlStreamReader::EntityReference:
            out += m_xml.text();
            break;
        case QXmlStreamReader::StartElement: {
            ++nested;
            if (nested + depth() > m_options.maxDepth) {
                m_feed.errors
                    << QStringLiteral("nesting deeper than %1 elements; parsing stopped").arg(m_options.maxDepth);
                m_stopped = true;
                return out;
            }
            const QStringView q = m_xml.qualifiedName();
            const qsizetype colon = q.indexOf(u':');
            const QStringView name = colon < 0 ? q : q.sliced(colon + 1);
            // Atom XHTML content is wrapped in one <div> that is not part of the content.
            if (kind == TextKind::Xhtml && nested == 1 && name == u"div")
                break;
            out += u'<' + name;
            const QXmlStreamAttributes attributes = m_xml.attributes();
            for (const QXmlStreamAttribute &a : attributes) {
                if (a.qualifiedName().startsWith(u"xmlns"))
                    continue;
                out += u' ' + a.qualifiedName() + u"=\"" + a.value().toString().toHtmlEscaped() + u'"';
            }
            out += u'>';
            break;
        }
        case QXmlStreamReader::EndElement: {
            if (nested == 0) {
                m_stack.removeLast();
                return out;
            }
            const QStringView q = m_xml.qualifiedName();
            const qsizetype colon = q.indexOf(u':');
            const QStringView name = colon < 0 ? q : q.sliced(colon + 1);
            if (!(kind == TextKind::Xhtml && nested == 1 && name == u"div"))
                out += u"</" + name + u'>';
            --nested;
            break;
        }
        default:
            break;
        }
    }
    return out; // the document ended inside this element; run() reports the error
}

void Reader::finishItem()
{
    ItemBuilder b = std::move(*m_item);
    m_item.reset();
    FeedItem &item = b.item;
    item.title = textOf(b.titleKind, b.title);
    item.summary = FeedText::plain(b.summaryHtml);
    item.contentHtml = !b.contentHtml.isEmpty() ? b.contentHtml : b.summaryHtml;
    if (item.link.isEmpty() && b.guidIsPermaLink && item.id.startsWith(u"http"))
        item.link = FeedText::resolve(top().base, item.id);
    if (item.language.isEmpty())
        item.language = m_feed.language;
    const QTimeZone zone = FeedText::zoneFor(m_options, item.language, QString(item.title + item.summary));
    item.published = DateParser::parse(b.published, zone);
    item.updated = DateParser::parse(b.updated, zone);
    if (b.published.isEmpty() && item.updated.isValid() && m_root == Root::Atom)
        item.published = item.updated; // Atom requires only <updated>
    m_feed.items << std::move(item);
}

} // namespace

void read(const QString &text, const FeedParseOptions &options, ParsedFeed &feed)
{
    int fixes = 0;
    const QString repaired = XmlRepair::repairEntities(text, &fixes);
    if (fixes > 0)
        feed.errors << QStringLiteral("repaired %1 undeclared entity references or bare ampersands").arg(fixes);
    Reader reader(repaired, options, feed);
    reader.run();
}

} // namespace Medtour::XmlFeedReader
