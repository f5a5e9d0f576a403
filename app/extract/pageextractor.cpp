// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageextractor.h"

#include "extract/articletext.h"
#include "extract/bylineparser.h"
#include "extract/contentextractor.h"
#include "extract/embeddedarticle.h"
#include "extract/nodehints.h"
#include "extract/pagemetadata.h"
#include "html/htmldom.h"
#include "text/authornames.h"
#include "text/dateparser.h"
#include "text/htmltext.h"
#include "text/textdecoder.h"
#include "text/textnormalizer.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace Medtour {

namespace {

bool isHangul(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0x1100 && u <= 0x11FF) || (u >= 0x3130 && u <= 0x318F);
}

/// Share of Hangul among the letters of a sample of the page's text.
double hangulShare(const QList<ContentBlock> &blocks)
{
    int letters = 0;
    int hangul = 0;
    for (const ContentBlock &block : blocks) {
        for (const QChar c : block.text) {
            if (!c.isLetter())
                continue;
            ++letters;
            hangul += isHangul(c) ? 1 : 0;
        }
        if (letters > 20000)
            break;
    }
    return letters > 0 ? double(hangul) / letters : 0.0;
}

double hangulShare(const QStringList &paragraphs)
{
    QList<ContentBlock> blocks;
    for (const QString &p : paragraphs)
        blocks.append(ContentBlock{p});
    return hangulShare(blocks);
}

qsizetype charsOf(const QStringList &paragraphs)
{
    qsizetype n = 0;
    for (const QString &p : paragraphs)
        n += p.size();
    return n;
}

/// Below this many characters of text from the markup, a page's embedded data is read for a longer article.
constexpr qsizetype kEmbeddedWhenBelow = 2000;

/// Lines where bylines and dates live outside the article text: between the title and the article, in
/// byline/reporter boxes, and lines with an e-mail address just after the article.
QStringList headerLines(const QList<ContentBlock> &blocks, const QList<int> &article, const QString &title)
{
    QStringList lines;
    if (!article.isEmpty()) {
        const int first = article.constFirst();
        int from = std::max(0, first - 12);
        for (int b = first - 1; b >= std::max(0, first - 40); --b) {
            if ((blocks[b].flags & NodeHints::Heading) && !title.isEmpty() && blocks[b].text.contains(title)) {
                from = b + 1;
                break;
            }
        }
        for (int b = from; b < first; ++b)
            lines.append(blocks[b].text);
        const int last = article.constLast();
        for (int b = last + 1; b < std::min<int>(int(blocks.size()), last + 9); ++b) {
            if (blocks[b].text.contains(QLatin1Char('@')))
                lines.append(blocks[b].text);
        }
    }
    int boxes = 0;
    for (const ContentBlock &block : blocks) {
        if ((block.flags & NodeHints::Byline) && boxes++ < 30)
            lines.append(block.text);
    }
    return lines;
}

/// A page without og:title whose <title> is only "site - section" ("선병원 - 언론보도") names its headline in a
/// heading or a title/subject cell just above the text: the closest such line wins.
QString headlineBefore(const QList<ContentBlock> &blocks, const QList<int> &article, const PageMetadata &meta,
                       const QString &title)
{
    if (meta.declaredTitle || article.isEmpty() || meta.headings.contains(title) ||
        (title.size() >= 12 && title.count(QLatin1Char(' ')) >= 2))
        return title;
    static const QRegularExpression label(QStringLiteral("^(?:제목|Subject|Title)\\s*[:：]?\\s*"));
    const int first = article.constFirst();
    for (int b = std::min<int>(first + 1, int(blocks.size()) - 1); b >= std::max(0, first - 15); --b) {
        const ContentBlock &block = blocks[b];
        if (block.chars >= 10 && block.chars <= 200 && block.linkDensity() < 0.5 &&
            (block.localFlags & (NodeHints::Heading | NodeHints::TitleLike)))
            return QString(block.text).remove(label);
    }
    return title;
}

/// The element a paragraph is part of: the parent of a <p>, heading or list item, or of a <div> holding one
/// paragraph; a <div> of several lines split by <br> is a section itself.
int sectionOf(const HtmlDom &dom, int owner, int linesOfOwner)
{
    if (linesOfOwner <= 1)
        return std::max(0, dom.node(owner).parent);
    switch (dom.tag(owner)) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
        return std::max(0, dom.node(owner).parent);
    default:
        return owner;
    }
}

} // namespace

ExtractedPage PageExtractor::extract(const QByteArray &bytes, const QUrl &url, const QByteArray &contentType) const
{
    if (bytes.size() > m_limits.maxBytes) {
        ExtractedPage page;
        page.url = url;
        page.error = {Error::InvalidInput, QStringLiteral("page of %1 bytes is larger than the %2-byte limit")
                                               .arg(bytes.size())
                                               .arg(m_limits.maxBytes)};
        return page;
    }
    const DecodedText decoded = TextDecoder::decode(bytes, contentType, TextDecoder::Kind::Html);
    ExtractedPage page = extractHtml(decoded.text, url);
    page.encoding = QString::fromLatin1(decoded.encoding);
    return page;
}

ExtractedPage PageExtractor::extractHtml(const QString &html, const QUrl &url) const
{
    ExtractedPage page;
    page.url = url;
    if (html.size() > m_limits.maxBytes) {
        page.error = {Error::InvalidInput, QStringLiteral("page is larger than the limit")};
        return page;
    }
    const QDeadlineTimer deadline(m_limits.timeBudgetMs);
    const HtmlDom dom(html, m_limits.guard);
    if (dom.size() == 0) {
        page.error = {Error::InvalidInput, QStringLiteral("no HTML document")};
        return page;
    }
    if (dom.guardReport().blankedTags > 0)
        page.warnings.append(QStringLiteral("%1 start tags beyond the nesting or count limits were ignored")
                                 .arg(dom.guardReport().blankedTags));
    const QList<quint16> hints = NodeHints::compute(dom);
    const ContentExtractor content(dom, hints);
    const double hangul = hangulShare(content.blocks());
    const PageMetadata meta = PageMetadata::read(dom, url, hangul > 0.3);
    if (deadline.hasExpired()) {
        page.warnings.append(QStringLiteral("time budget of %1 ms exceeded").arg(m_limits.timeBudgetMs));
        page.error = {Error::InvalidInput, QStringLiteral("extraction took too long")};
        return page;
    }
    QStringList labels;
    for (const QString &part : meta.titleParts) {
        if (part.compare(meta.title, Qt::CaseInsensitive) != 0)
            labels.append(part);
    }
    QString title = meta.title;
    ContentExtractor::Result result = content.extract(title, labels);
    if (const QString better = headlineBefore(content.blocks(), result.blocks, meta, title); better != title) {
        title = better;
        result = content.extract(title, labels);
    }

    page.title = title;
    page.siteName = meta.siteName;
    page.canonicalUrl = meta.canonicalUrl;
    page.updated = meta.updated;
    page.lang = meta.lang.isEmpty() && hangul > 0.3 ? QStringLiteral("ko") : meta.lang;

    ArticleText::Input input;
    const QList<ContentBlock> &blocks = content.blocks();
    QHash<int, int> linesOf;
    for (int b : result.blocks)
        ++linesOf[blocks[b].owner];
    for (int b : result.blocks) {
        input.paragraphs.append(blocks[b].text);
        input.sections.append(sectionOf(dom, blocks[b].owner, linesOf.value(blocks[b].owner)));
    }
    for (int b : result.captions)
        input.captions.append(blocks[b].text);
    input.headerLines = headerLines(blocks, result.blocks, title);
    ArticleText::Output cleaned = ArticleText::clean(input);

    // Pages whose article is data for their scripts (JSON-LD articleBody, __NEXT_DATA__, Fusion.globalContent):
    // read when the markup gave little text, or no date or reporter, and taken when it holds much more text.
    EmbeddedArticle embedded;
    const qsizetype markupChars = charsOf(cleaned.paragraphs);
    if (markupChars < kEmbeddedWhenBelow || (!meta.published.isValid() && cleaned.publishedText.isEmpty()) ||
        (meta.authors.isEmpty() && cleaned.byline.authors.isEmpty()))
        embedded = EmbeddedArticle::read(dom);
    const bool fromData = embedded.chars() >= std::max<qsizetype>(100, 2 * markupChars);
    if (fromData) {
        ArticleText::Input data;
        // The standfirst the markup shows (the page's description) stays ahead of the data's body.
        const QString description = HtmlText::simplifyWhitespace(meta.description);
        const QString body = embedded.paragraphs.join(QLatin1Char(' '));
        for (const QString &paragraph : std::as_const(cleaned.paragraphs)) {
            if (paragraph.size() >= 40 && paragraph == description && !body.contains(paragraph))
                data.paragraphs.append(paragraph);
        }
        data.paragraphs += embedded.paragraphs;
        data.captions = input.captions + embedded.captions;
        data.headerLines = input.headerLines;
        cleaned = ArticleText::clean(data);
        if (page.title.isEmpty())
            page.title = embedded.title;
        if (page.lang.isEmpty() && hangulShare(cleaned.paragraphs) > 0.3)
            page.lang = QStringLiteral("ko");
    }
    // Text from macOS tools and some CMSs arrives decomposed (NFD Hangul jamo); everything leaves as NFC.
    for (const QString &paragraph : cleaned.paragraphs)
        page.paragraphs.append(TextNormalizer::nfc(paragraph));
    for (const QString &caption : cleaned.captions)
        page.captions.append(TextNormalizer::nfc(caption));
    page.title = TextNormalizer::nfc(page.title);
    page.emails = cleaned.byline.emails;
    page.dateline = cleaned.byline.dateline;

    page.published = meta.published;
    const bool korean =
        hangul > 0.3 || page.lang.startsWith(QLatin1String("ko")) || url.host().endsWith(QLatin1String(".kr"));
    const QTimeZone zone = korean ? QTimeZone("Asia/Seoul") : QTimeZone::utc();
    if (!page.published.isValid() && !cleaned.publishedText.isEmpty())
        page.published = DateParser::parse(cleaned.publishedText, zone);
    if (!page.published.isValid() && !embedded.publishedText.isEmpty())
        page.published = DateParser::parse(embedded.publishedText, zone);
    if (!page.updated.isValid() && !cleaned.updatedText.isEmpty())
        page.updated = DateParser::parse(cleaned.updatedText, zone);

    for (const QString &email : std::as_const(embedded.emails)) {
        if (!page.emails.contains(email))
            page.emails.append(email);
    }
    // Authors are people: an outlet named as author ("OO일보 | 네이버") is the site, desks are nobody.
    AuthorNames::Sorted authors = AuthorNames::sort(meta.authors + cleaned.byline.authors);
    if (authors.people.isEmpty() && !embedded.authors.isEmpty()) {
        const QString outlet = authors.outlet;
        authors = AuthorNames::sort(embedded.authors);
        if (authors.outlet.isEmpty())
            authors.outlet = outlet;
    }
    page.authors = authors.people;
    if (page.siteName.isEmpty())
        page.siteName = authors.outlet;
    return page;
}

} // namespace Medtour
