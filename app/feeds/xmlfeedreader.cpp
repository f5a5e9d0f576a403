// SPDX-License-Identifier: GPL-3.0-or-later
#include "xmlfeedreader.h"

#include "feeds/feedtext.h"
#include "feeds/xmlfeedreader_p.h"
#include "feeds/xmlnames.h"
#include "text/htmltext.h"

#include <QStringDecoder>

namespace Medtour::XmlFeedReader {

namespace Detail {

namespace {

/// Attribute values are kept as written except for the markup-significant characters.
QString escapeAttribute(QStringView value)
{
    return value.toString().toHtmlEscaped();
}

} // namespace

Reader::Reader(QStringView text, const FeedParseOptions &options, ParsedFeed &feed)
    : m_xml(text)
    , m_options(options)
    , m_feed(feed)
{}

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

bool Reader::isAtom(const QString &uri) const
{
    return XmlNames::isAtomNamespace(uri) || (m_root == Root::Atom && !m_stack.isEmpty() && uri == m_stack[0].uri);
}

bool Reader::isRss(const QString &uri) const
{
    return XmlNames::isRssNamespace(uri) || (!m_rssDefaultNamespace.isEmpty() && uri == m_rssDefaultNamespace);
}

/// Pushes the frame of the start element just read; false when the nesting limit is hit.
bool Reader::pushFrame()
{
    Frame frame;
    frame.base = m_stack.isEmpty() ? FeedText::documentBase(m_options) : top().base;
    if (!m_stack.isEmpty()) {
        frame.lang = top().lang;
        frame.explicitBase = top().explicitBase;
    }
    for (const FeedXmlTokenizer::Attribute &a : m_xml.attributes()) {
        const QStringView name = a.name;
        if (name == u"xmlns") {
            frame.namespaces.insert(QString(), a.value.trimmed().toString());
        } else if (name.startsWith(u"xmlns:")) {
            frame.namespaces.insert(name.sliced(6).toString(), a.value.trimmed().toString());
        } else if (name == u"xml:base") {
            const QUrl base = FeedText::resolve(frame.base, a.value.toString());
            if (!base.isEmpty()) {
                frame.base = base;
                frame.explicitBase = true;
            }
        } else if (name == u"xml:lang") {
            frame.lang = FeedText::normalizeLanguage(a.value.toString());
        }
    }
    const QStringView qname = m_xml.name();
    const qsizetype colon = qname.indexOf(u':');
    frame.local = (colon < 0 ? qname : qname.sliced(colon + 1)).toString().toLower();
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
    const QString version = attribute(u"version").trimmed().toString();
    if (root.local == u"rss") {
        m_root = Root::Rss;
        if (!root.uri.isEmpty() && !XmlNames::isAtomNamespace(root.uri))
            m_rssDefaultNamespace = root.uri; // e.g. http://backend.userland.com/rss2
        if (version.startsWith(u'2'))
            m_feed.format = QStringLiteral("rss2.0"); // 2.0.1, 2.01 and 2.1 are all RSS 2.0
        else
            m_feed.format = version.isEmpty() ? QStringLiteral("rss") : u"rss" + version;
    } else if (root.local == u"rdf") {
        m_root = Root::Rdf;
        m_feed.format = root.namespaces.value(QString()) == XmlNames::kRss090 ? QStringLiteral("rss0.90")
                                                                              : QStringLiteral("rss1.0");
    } else if (root.local == u"feed" || (root.local == u"entry" && XmlNames::isAtomNamespace(root.uri))) {
        // Any <feed> root is read as Atom: pre-standard drafts used other namespace URIs.
        m_root = Root::Atom;
        const bool atom03 = root.uri == XmlNames::kAtom03 || (root.uri != XmlNames::kAtom10 && version == u"0.3");
        m_feed.format = atom03 ? QStringLiteral("atom0.3") : QStringLiteral("atom1.0");
        if (root.local == u"entry")
            beginItem(); // a standalone Atom entry document is a feed of one item
    } else {
        const bool html = root.local == u"html";
        m_feed.errors << (html ? QStringLiteral("not a feed: the document is an HTML page")
                               : QStringLiteral("not a feed: unknown root element <%1>").arg(root.local));
        return false;
    }
    m_builder.language.offer(root.lang, 3);
    return true;
}

void Reader::beginItem()
{
    if (m_feed.items.size() >= m_options.maxItems) {
        m_feed.errors << QStringLiteral("too many items; kept the first %1").arg(m_options.maxItems);
        m_stopped = true;
        return;
    }
    m_item.emplace();
    m_itemDepth = depth();
    m_item->item.language = top().lang;
    const QStringView about = attribute(u"rdf:about");
    if (!about.trimmed().isEmpty())
        m_item->id.offer(about.trimmed().toString(), 2); // RSS 1.0: the item's URI identifies it
}

void Reader::run()
{
    while (!m_stopped && !m_xml.atEnd()) {
        const FeedXmlTokenizer::Token token = next();
        if (token == FeedXmlTokenizer::Token::StartElement) {
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
        } else if (token == FeedXmlTokenizer::Token::EndElement && !m_stack.isEmpty()) {
            if (m_item && depth() == m_itemDepth)
                finishItem();
            m_stack.removeLast();
        }
    }
    if (m_root == Root::None && m_xml.hasError()) {
        m_feed.errors << QStringLiteral("not a feed: %1").arg(m_xml.errorString());
    } else if (m_xml.hasError() && !m_xml.prematureEnd()) {
        m_feed.errors << QStringLiteral("XML error at line %1: %2").arg(m_xml.lineNumber()).arg(m_xml.errorString());
    } else if (m_xml.hasError()) {
        m_feed.errors << QStringLiteral("the document ends early (truncated at line %1)").arg(m_xml.lineNumber());
    }
    if (m_xml.repairs() > 0) {
        m_feed.errors << QStringLiteral("repaired %1 spots of broken XML (undeclared entities, bare ampersands, "
                                        "forbidden characters, %2 mismatched end tags)")
                             .arg(m_xml.repairs())
                             .arg(m_xml.mismatchedEndTags());
    }
    if (m_root == Root::None && m_feed.format.isEmpty() && m_feed.errors.isEmpty())
        m_feed.errors << QStringLiteral("not a feed: no root element");
    if (m_root == Root::None)
        m_feed.format.clear();
    else
        finishFeed();
}

void Reader::readChildren(const std::function<void()> &handleChild)
{
    while (!m_stopped && !m_xml.atEnd()) {
        const FeedXmlTokenizer::Token token = next();
        if (token == FeedXmlTokenizer::Token::StartElement) {
            if (!pushFrame()) {
                m_stopped = true;
                return;
            }
            handleChild(); // consumes the child, end tag included
        } else if (token == FeedXmlTokenizer::Token::EndElement) {
            m_stack.removeLast();
            return;
        }
    }
}

TextKind Reader::atomKind(bool *base64) const
{
    const QStringView type = attribute(u"type").trimmed();
    const QStringView mode = attribute(u"mode").trimmed();
    *base64 = mode == u"base64";
    if (type == u"xhtml" || type.endsWith(u"+xml") || type.endsWith(u"/xml") || mode == u"xml")
        return TextKind::Xhtml; // XML content is inline markup
    if (type == u"html" || type == u"text/html" || mode == u"escaped")
        return TextKind::Html;
    if (type.isEmpty() || type == u"text" || type == u"text/plain")
        return TextKind::Text;
    // RFC 4287 §4.1.3.3: any other non-XML, non-text type is Base64; feeds use it for HTML.
    if (!type.startsWith(u"text/"))
        *base64 = true;
    return TextKind::Html;
}

/// Reads an Atom text construct or content element, decoding Base64 ("mode" in 0.3, a binary MIME type in 1.0).
QString Reader::readAtomText(TextKind *kind)
{
    bool base64 = false;
    *kind = atomKind(&base64);
    const bool declaredBase64 = attribute(u"mode").trimmed() == u"base64";
    if (base64) {
        const QString text = readContent(TextKind::Text);
        const QByteArray compact = text.simplified().remove(u' ').toLatin1();
        const auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString result = decoded ? QString(utf8.decode(*decoded)) : QString();
        // A made-up type on plain text ("application/x-custom") is not Base64 after all.
        if (!decoded || utf8.hasError() || (!declaredBase64 && result.contains(QChar(0))))
            return declaredBase64 ? QString() : text;
        if (*kind == TextKind::Xhtml)
            *kind = TextKind::Html;
        return result;
    }
    if (*kind == TextKind::Text) {
        // Text may still arrive as markup (Atom 0.3's default mode is "xml"): read it as XHTML, and
        // only when no element turned up, take the characters back as plain text.
        bool hadElements = false;
        const QString markup = readContent(TextKind::Xhtml, false, &hadElements);
        if (hadElements) {
            *kind = TextKind::Xhtml;
            return markup;
        }
        return HtmlText::decodeEntities(markup);
    }
    return readContent(*kind, *kind == TextKind::Html);
}

/// Reads the current element's content up to and including its end tag, and pops its frame.
/// Child elements (unescaped HTML in RSS, Atom XHTML) are serialised back to markup. Atom wraps XHTML in
/// one <div> that is not part of the content; `unwrapDiv` drops such a wrapper around escaped HTML too.
QString Reader::readContent(TextKind kind, bool unwrapDiv, bool *hadElements)
{
    QString out;
    int nested = 0;
    int rawDepth = kind == TextKind::Xhtml ? -1 : 0; // character data up to this depth is markup already
    int wrapperDepth = -1;
    while (!m_xml.atEnd()) {
        const FeedXmlTokenizer::Token token = next();
        switch (token) {
        case FeedXmlTokenizer::Token::Characters:
            if (nested > rawDepth)
                out += m_xml.text().toString().toHtmlEscaped();
            else
                out += m_xml.text();
            break;
        case FeedXmlTokenizer::Token::StartElement: {
            ++nested;
            if (nested + depth() > m_options.maxDepth) {
                m_feed.errors
                    << QStringLiteral("nesting deeper than %1 elements; parsing stopped").arg(m_options.maxDepth);
                m_stopped = true;
                return out;
            }
            const QStringView q = m_xml.name();
            const qsizetype colon = q.indexOf(u':');
            const QStringView name = colon < 0 ? q : q.sliced(colon + 1);
            if (nested == 1 && name == u"div" && out.trimmed().isEmpty() &&
                (kind == TextKind::Xhtml || (kind == TextKind::Html && unwrapDiv))) {
                wrapperDepth = 1;
                if (kind == TextKind::Html)
                    rawDepth = 1;
                out.clear();
                break;
            }
            if (hadElements)
                *hadElements = true;
            out += u'<' + name;
            for (const FeedXmlTokenizer::Attribute &a : m_xml.attributes()) {
                if (a.name.startsWith(u"xmlns"))
                    continue;
                out += u' ' + a.name + u"=\"" + escapeAttribute(a.value) + u'"';
            }
            out += u'>';
            break;
        }
        case FeedXmlTokenizer::Token::EndElement: {
            if (nested == 0) {
                m_stack.removeLast();
                return out;
            }
            if (nested == wrapperDepth) {
                wrapperDepth = -1;
                rawDepth = kind == TextKind::Xhtml ? -1 : 0;
            } else {
                const QStringView q = m_xml.name();
                const qsizetype colon = q.indexOf(u':');
                out += u"</" + (colon < 0 ? q : q.sliced(colon + 1)) + u'>';
            }
            --nested;
            break;
        }
        default:
            break;
        }
    }
    return out; // the document ended inside this element; run() reports the error
}

} // namespace Detail

void read(const QString &text, const FeedParseOptions &options, ParsedFeed &feed)
{
    Detail::Reader reader(text, options, feed);
    reader.run();
}

} // namespace Medtour::XmlFeedReader
