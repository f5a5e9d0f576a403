// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagelinklister.h"

#include "domain/article.h"
#include "extract/nodehints.h"
#include "html/htmldom.h"
#include "text/dateparser.h"
#include "text/textdecoder.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Medtour {

namespace {

constexpr int kMinHeadline = 10;
constexpr int kMaxHeadline = 120;
constexpr int kMinPatternTitle = 4; ///< "더보기"-sized link texts say nothing
constexpr int kMaxTitle = 300;
constexpr int kMinRows = 3; ///< headlines a list structure needs before its plain links count
constexpr int kRowSearchDepth = 8;
constexpr int kDateScanNodes = 200;

QRegularExpression ci(const char *pattern)
{
    return QRegularExpression(QString::fromLatin1(pattern), QRegularExpression::CaseInsensitiveOption);
}

/// Class/id tokens of boxes on list pages that NodeHints does not treat as boilerplate in articles: popular,
/// ranking, "most clicked" and banner boxes repeat other sections' headlines.
bool isListBoilerplate(const QString &classAndId)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\-_]+"));
    for (const QString &token : classAndId.split(separators, Qt::SkipEmptyParts)) {
        if (token.startsWith(u"popular") || token.startsWith(u"rank") || token.startsWith(u"banner") ||
            token.startsWith(u"trend") || token == u"best" || token == u"hot" || token == u"hit" || token == u"hits" ||
            token == u"click" || token == u"most" || token == u"top10" || token == u"ad" || token == u"ads" ||
            token == u"gnb" || token == u"lnb" || token == u"snb" || token == u"quick")
            return true;
    }
    return false;
}

/// The last labels that make a registrable domain: two, or three under a two-letter country code's
/// second level ("khidi.or.kr", "bbc.co.uk"). No public-suffix list ships with Qt Core; this covers
/// the domains news sites use.
QString siteKey(const QString &host)
{
    QString h = host.toLower();
    if (h.endsWith(u'.'))
        h.chop(1);
    // An address, not a name: IPv6 has colons, and no top-level domain is all digits (IPv4).
    const QStringList labels = h.split(u'.', Qt::SkipEmptyParts);
    if (h.contains(u':') || (!labels.isEmpty() && std::all_of(labels.constLast().cbegin(), labels.constLast().cend(),
                                                              [](QChar c) { return c.isDigit(); })))
        return h;
    if (labels.size() <= 2)
        return h;
    const QString &tld = labels.at(labels.size() - 1);
    const QString &second = labels.at(labels.size() - 2);
    static const QSet<QString> secondLevels{
        QStringLiteral("co"),  QStringLiteral("or"),  QStringLiteral("go"),  QStringLiteral("ac"),
        QStringLiteral("re"),  QStringLiteral("ne"),  QStringLiteral("pe"),  QStringLiteral("ms"),
        QStringLiteral("hs"),  QStringLiteral("es"),  QStringLiteral("sc"),  QStringLiteral("kg"),
        QStringLiteral("com"), QStringLiteral("net"), QStringLiteral("org"), QStringLiteral("gov"),
        QStringLiteral("edu"), QStringLiteral("mil"),
    };
    const bool threeLabels = tld.size() == 2 && (secondLevels.contains(second) || second.size() <= 2);
    return labels.mid(labels.size() - (threeLabels ? 3 : 2)).join(u'.');
}

bool isFileLink(const QUrl &url)
{
    static const QRegularExpression files =
        ci("\\.(jpe?g|png|gif|webp|bmp|pdf|hwpx?|docx?|xlsx?|pptx?|zip|rar|7z|mp3|mp4|avi|wmv)$");
    static const QRegularExpression downloads = ci("download|filedown|atchfile|file_down");
    const QString path = url.path();
    return path.contains(files) || path.contains(downloads) || url.query().contains(downloads);
}

QDateTime dateIn(const QString &text, const QTimeZone &zone)
{
    // 2024-05-01, 2024.05.01., 2024/5/1, 2024년 5월 1일, each with an optional (요일) and hh:mm[:ss].
    static const QRegularExpression date(
        QStringLiteral("((?:19|20)\\d{2})\\s*[-./년]\\s*(\\d{1,2})\\s*[-./월]\\s*(\\d{1,2})\\s*일?\\.?"
                       "(?:\\s*\\([^)]{1,3}\\))?(?:\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?"));
    const QRegularExpressionMatch m = date.match(text);
    if (!m.hasMatch())
        return {};
    const QDateTime parsed = DateParser::parse(m.capturedView(0), zone);
    if (parsed.isValid())
        return parsed;
    // Forms the parser does not take (a weekday between date and time): the parts themselves.
    const QDate day(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!day.isValid())
        return {};
    const QTime time = m.capturedLength(4) > 0
                           ? QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt())
                           : QTime(0, 0);
    const QDateTime local(day, time.isValid() ? time : QTime(0, 0), zone);
    return local.isValid() ? local.toUTC() : QDateTime();
}

struct Candidate
{
    QUrl url;
    QString canonical;
    QString title;
    bool fromImage = false;
    bool pattern = false;
    int row = -1;
    int group = -1;
};

/// Works through one parsed page.
class Lister
{
public:
    Lister(const HtmlDom &dom, const QUrl &pageUrl, const QTimeZone &zone, int maxLinks)
        : m_dom(dom)
        , m_pageUrl(pageUrl)
        , m_zone(zone)
        , m_maxLinks(maxLinks)
        , m_flags(NodeHints::compute(dom))
    {}

    QList<ListedLink> run(int *anchors);

private:
    void markBoilerplate();
    QString titleOf(int a, bool *fromImage) const;
    int rowOf(int a);
    bool isRepeated(int element);
    QDateTime dateOf(int row) const;

    const HtmlDom &m_dom;
    QUrl m_pageUrl;
    QTimeZone m_zone;
    int m_maxLinks;
    QList<quint16> m_flags;
    QList<bool> m_skip;                              ///< in boilerplate, own or inherited
    QHash<int, QHash<QString, int>> m_siblingShapes; ///< parent → tag+class of its element children → count
};

void Lister::markBoilerplate()
{
    const int n = m_dom.size();
    QList<int> chars(n, 0);
    for (int i = n - 1; i >= 0; --i) {
        if (!m_dom.isElement(i))
            chars[i] = int(m_dom.text(i).trimmed().size());
        else if (m_dom.tag(i) == GUMBO_TAG_SCRIPT || m_dom.tag(i) == GUMBO_TAG_STYLE)
            chars[i] = 0;
        if (const int parent = m_dom.node(i).parent; parent >= 0)
            chars[parent] += chars[i];
    }
    const int total = std::max(1, m_dom.body() >= 0 ? chars.value(m_dom.body()) : chars.value(0));
    QList<bool> inArticle(n, false);
    m_skip = QList<bool>(n, false);
    for (int i = 0; i < n; ++i) {
        const int parent = m_dom.node(i).parent;
        const bool parentSkip = parent >= 0 && m_skip[parent];
        inArticle[i] = parent >= 0 && inArticle[parent];
        if (!m_dom.isElement(i)) {
            m_skip[i] = parentSkip;
            continue;
        }
        const GumboTag tag = m_dom.tag(i);
        const quint16 f = m_flags[i];
        // A name that says boilerplate on a wrapper of most of the page ("sub-menu-layout") says nothing.
        const bool small = chars[i] < 0.4 * total;
        bool own = (f & (NodeHints::Skip | NodeHints::Semantic | NodeHints::CommentSection)) || tag == GUMBO_TAG_HEAD;
        own = own || (small && (f & NodeHints::Negative)) || (small && isListBoilerplate(m_dom.classAndId(i)));
        own = own || (tag == GUMBO_TAG_HEADER && !inArticle[i]); // the page's header, not an item's
        m_skip[i] = parentSkip || own;
        if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN || tag == GUMBO_TAG_LI)
            inArticle[i] = true;
    }
}

QString Lister::titleOf(int a, bool *fromImage) const
{
    *fromImage = false;
    QString title = m_dom.textContent(a).simplified();
    if (title.size() > kMaxHeadline) {
        // A card: headline and summary inside one link. The headline is its heading or title element.
        for (int j = a + 1; j < m_dom.node(a).end; ++j) {
            if (!m_dom.isElement(j))
                continue;
            const GumboTag tag = m_dom.tag(j);
            if ((tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6) || tag == GUMBO_TAG_STRONG || tag == GUMBO_TAG_B ||
                (m_flags[j] & NodeHints::TitleLike)) {
                const QString inner = m_dom.textContent(j).simplified();
                if (!inner.isEmpty()) {
                    title = inner;
                    break;
                }
            }
        }
    }
    if (!title.isEmpty())
        return title;
    for (int j = a + 1; j < m_dom.node(a).end; ++j) {
        if (m_dom.isElement(j) && m_dom.tag(j) == GUMBO_TAG_IMG) {
            QString alt = m_dom.attribute(j, "alt").simplified();
            if (alt.isEmpty())
                alt = m_dom.attribute(j, "title").simplified();
            if (!alt.isEmpty()) {
                *fromImage = true;
                return alt;
            }
        }
    }
    *fromImage = true;
    return m_dom.attribute(a, "title").simplified();
}

bool Lister::isRepeated(int element)
{
    const int parent = m_dom.node(element).parent;
    if (parent < 0)
        return false;
    auto shapeOf = [this](int e) -> QString {
        return m_dom.tagName(e) + u'|' + m_dom.attribute(e, "class").simplified();
    };
    auto it = m_siblingShapes.find(parent);
    if (it == m_siblingShapes.end()) {
        QHash<QString, int> shapes;
        for (int j = parent + 1; j < m_dom.node(parent).end; j = m_dom.node(j).end) {
            if (m_dom.isElement(j))
                ++shapes[shapeOf(j)];
        }
        it = m_siblingShapes.insert(parent, shapes);
    }
    return it->value(shapeOf(element)) >= kMinRows;
}

int Lister::rowOf(int a)
{
    int heading = -1;
    int repeated = -1;
    int p = m_dom.node(a).parent;
    for (int depth = 0; p >= 0 && depth < kRowSearchDepth; ++depth, p = m_dom.node(p).parent) {
        const GumboTag tag = m_dom.tag(p);
        if (tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL)
            break;
        if (tag == GUMBO_TAG_LI || tag == GUMBO_TAG_TR || tag == GUMBO_TAG_ARTICLE)
            return p;
        if (tag == GUMBO_TAG_DT || tag == GUMBO_TAG_DD) {
            const int dl = m_dom.node(p).parent;
            int terms = 0;
            for (int j = dl + 1; dl >= 0 && j < m_dom.node(dl).end; j = m_dom.node(j).end)
                terms += m_dom.tag(j) == GUMBO_TAG_DT ? 1 : 0;
            return terms <= 1 && dl >= 0 ? dl : p; // one item per <dl>, or one <dl> of items
        }
        if (heading < 0 && tag >= GUMBO_TAG_H2 && tag <= GUMBO_TAG_H4)
            heading = p;
        if (repeated < 0 && tag == GUMBO_TAG_DIV && isRepeated(p))
            repeated = p;
    }
    return repeated >= 0 ? repeated : heading;
}

QDateTime Lister::dateOf(int row) const
{
    if (row < 0)
        return {};
    const int end = std::min(m_dom.node(row).end, row + 1 + kDateScanNodes);
    for (int j = row + 1; j < end; ++j) {
        if (m_dom.isElement(j))
            continue;
        const QString text = m_dom.text(j).trimmed();
        if (text.size() < 8 || text.size() > 80)
            continue;
        const QDateTime when = dateIn(text, m_zone);
        if (when.isValid())
            return when;
    }
    return {};
}

QList<ListedLink> Lister::run(int *anchors)
{
    markBoilerplate();
    QUrl base = m_pageUrl;
    if (const int b = m_dom.findFirst(GUMBO_TAG_BASE); b >= 0 && m_dom.hasAttribute(b, "href"))
        base = m_pageUrl.resolved(QUrl(m_dom.attribute(b, "href").trimmed()));
    const QString self = canonicalUrl(m_pageUrl);

    QList<Candidate> candidates;
    QHash<int, QSet<QString>> headlinesPerGroup;
    for (int i = 0; i < m_dom.size(); ++i) {
        if (!m_dom.isElement(i) || m_dom.tag(i) != GUMBO_TAG_A || m_skip[i] || !m_dom.hasAttribute(i, "href"))
            continue;
        ++*anchors;
        const QString href = m_dom.attribute(i, "href").trimmed();
        if (href.isEmpty() || href.startsWith(u'#') || href.startsWith(u"javascript:", Qt::CaseInsensitive) ||
            href.startsWith(u"mailto:", Qt::CaseInsensitive) || href.startsWith(u"tel:", Qt::CaseInsensitive))
            continue;
        const QUrl url = base.resolved(QUrl(href)).adjusted(QUrl::RemoveFragment);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") ||
            !PageLinkLister::sameSite(url, m_pageUrl) || isFileLink(url))
            continue;
        Candidate c;
        c.url = url;
        c.canonical = canonicalUrl(url);
        if (c.canonical.isEmpty() || c.canonical == self)
            continue;
        c.title = titleOf(i, &c.fromImage);
        if (c.title.isEmpty() || c.title.size() > kMaxTitle)
            continue;
        c.pattern = PageLinkLister::looksLikeArticleUrl(url);
        c.row = rowOf(i);
        c.group = c.row >= 0 ? m_dom.node(c.row).parent : -1;
        const bool headline = !c.fromImage && c.title.size() >= kMinHeadline && c.title.size() <= kMaxHeadline;
        if (c.pattern ? c.title.size() < kMinPatternTitle : (!headline || c.row < 0))
            continue;
        if (headline && c.row >= 0)
            headlinesPerGroup[c.group].insert(c.canonical);
        candidates.append(std::move(c));
    }

    QList<ListedLink> links;
    QHash<QString, qsizetype> at; // canonical → index in links
    QSet<QString> fromImage;
    for (const Candidate &c : std::as_const(candidates)) {
        if (!c.pattern && headlinesPerGroup.value(c.group).size() < kMinRows)
            continue;
        if (const auto it = at.constFind(c.canonical); it != at.cend()) {
            ListedLink &known = links[*it];
            if (fromImage.contains(c.canonical) && !c.fromImage) {
                known.title = c.title; // the headline's text beats the thumbnail's alt
                fromImage.remove(c.canonical);
            }
            if (!known.published.isValid())
                known.published = dateOf(c.row);
            continue;
        }
        if (links.size() >= m_maxLinks)
            continue;
        at.insert(c.canonical, links.size());
        if (c.fromImage)
            fromImage.insert(c.canonical);
        links.append({c.url, c.canonical, c.title, dateOf(c.row)});
    }
    return links;
}

} // namespace

ListedPage PageLinkLister::list(const QByteArray &bytes, const QUrl &pageUrl, const QByteArray &contentType)
{
    return list(bytes, pageUrl, contentType, Options());
}

ListedPage PageLinkLister::list(const QByteArray &bytes, const QUrl &pageUrl, const QByteArray &contentType,
                                const Options &options)
{
    ListedPage page;
    if (bytes.size() > options.maxBytes)
        return page;
    const DecodedText decoded = TextDecoder::decode(bytes, contentType, TextDecoder::Kind::Html);
    page.encoding = QString::fromLatin1(decoded.encoding);
    const HtmlDom dom(decoded.text);
    if (const int t = dom.findFirst(GUMBO_TAG_TITLE); t >= 0)
        page.title = dom.textContent(t).simplified();
    QTimeZone zone = QTimeZone::utc();
    if (options.timeZone) {
        zone = *options.timeZone;
    } else {
        const QString lang = dom.htmlElement() >= 0 ? dom.attribute(dom.htmlElement(), "lang").toLower() : QString();
        const bool hangul = std::any_of(page.title.cbegin(), page.title.cend(),
                                        [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; });
        if (lang.startsWith(u"ko") || hangul)
            zone = QTimeZone(QByteArrayLiteral("Asia/Seoul"));
    }
    Lister lister(dom, pageUrl, zone.isValid() ? zone : QTimeZone::utc(), options.maxLinks);
    page.links = lister.run(&page.anchors);
    return page;
}

bool PageLinkLister::looksLikeArticleUrl(const QUrl &url)
{
    // Path and query as written: "/news/articleView.html?idxno=101".
    const QString path = url.path(QUrl::FullyEncoded);
    const QString query = url.query(QUrl::FullyEncoded);
    const QString both = query.isEmpty() ? path : QString(path + u'?' + query);
    static const QRegularExpression shapes[] = {
        // ndsoft and other news CMSs
        ci("articleview\\.(html?|php|aspx?|jsp)"),
        ci("[?&]idxno=\\d+"),
        ci("/(news|article)/?view[^/?]*\\?.*=\\w"),
        ci("/view\\.(html?|php|aspx?|jsp|do)\\?(.*&)?(id|no|idx|seq|code|aid|newsid|news_id|articleid|article_id)="
           "\\w+"),
        ci("/articles?/[^/?]*[0-9a-z][^/?]*$"),
        ci("/news/([^?]*/)?[^/?]*\\d{6,}"),
        ci("/view/[a-z0-9_-]{6,}$"),
        ci("/(19|20)\\d{2}/\\d{2}/\\d{2}/[^/?]+"),
        ci("(news|article)_?(view|read)"),
        // boards: gnuboard, XE/Rhymix, e-government frameworks, ASP boards
        ci("board[^?]*view[^?]*\\?(.*&)?(no|idx|seq|nttid|ntt_id|num|uid|bidx|b_idx|board_no|bno|wr_id)=\\w+"),
        ci("[?&]wr_id=\\d+"),
        ci("[?&]document_srl=\\d+"),
        ci("bbsview|selectbbsnttview|boardview|bbs_view|board_view|bbsnttview|nttview"),
        ci("/(read|view|detail|show|content)[^/?]*\\?(.*&)?[a-z_]*(id|no|idx|seq|sn|srl)=\\d{2,}"),
    };
    for (const QRegularExpression &shape : shapes) {
        if (both.contains(shape))
            return true;
    }
    const QString q = u'&' + query.toLower();
    return q.contains(u"&mid=") && q.contains(u"&act=view");
}

bool PageLinkLister::sameSite(const QUrl &a, const QUrl &b)
{
    const QString ha = a.host().toLower();
    const QString hb = b.host().toLower();
    if (ha.isEmpty() || hb.isEmpty())
        return false;
    return ha == hb || siteKey(ha) == siteKey(hb);
}

} // namespace Medtour
