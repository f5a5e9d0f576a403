// SPDX-License-Identifier: GPL-3.0-or-later
#include "articledetailview.h"

#include "extract/bylineparser.h"
#include "html/htmlsanitizer.h"
#include "sync/remoteimageloader.h"
#include "text/textnormalizer.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrlQuery>

namespace Medtour::Ui {

namespace {

FacetKind facetOfTagKind(const QString &kind)
{
    return facetKindOfTag(kind).value_or(FacetKind::Market);
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

/// Text from a feed or page (title, outlet, author, body): escaped, without bidi overrides (TextNormalizer).
QString plain(const QString &s)
{
    return TextNormalizer::withoutBidiControls(s).toHtmlEscaped();
}

} // namespace

ArticleDetailView::ArticleDetailView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setObjectName(QStringLiteral("articleDetail"));
    document()->setDefaultStyleSheet(
        QStringLiteral(".caption { color: #808080; font-size: small; font-style: italic; margin-left: 12px; }"
                       ".remote-image { color: #808080; font-size: small; }"
                       ".meta { color: #808080; }"
                       ".tag { background-color: rgba(90, 140, 220, 0.18); }"
                       "a.tag { text-decoration: none; }"
                       ".reasons { color: #808080; font-size: small; }"));
    connect(this, &QTextBrowser::anchorClicked, this, &ArticleDetailView::onAnchor);
    m_labeler = [](FacetKind, const QString &value) {
        return value;
    };
    showPlaceholder();
}

QUrl ArticleDetailView::tagUrl(const Tag &tag)
{
    QUrl url;
    url.setScheme(QStringLiteral("medtour"));
    url.setPath(QStringLiteral("tag"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("kind"), tag.kind);
    query.addQueryItem(QStringLiteral("value"), tag.value);
    url.setQuery(query);
    return url;
}

QUrl ArticleDetailView::articleUrl(qint64 id)
{
    QUrl url;
    url.setScheme(QStringLiteral("medtour"));
    url.setPath(QStringLiteral("article"));
    url.setQuery(QStringLiteral("id=%1").arg(id));
    return url;
}

void ArticleDetailView::onAnchor(const QUrl &url)
{
    if (url.scheme() != u"medtour") {
        Q_EMIT linkActivated(url);
        return;
    }
    const QUrlQuery query(url);
    if (url.path() == u"tag")
        Q_EMIT tagActivated(facetOfTagKind(query.queryItemValue(QStringLiteral("kind"))),
                            query.queryItemValue(QStringLiteral("value"), QUrl::FullyDecoded));
    else if (url.path() == u"article")
        Q_EMIT articleActivated(query.queryItemValue(QStringLiteral("id")).toLongLong());
}

void ArticleDetailView::showPlaceholder(const QString &text)
{
    m_articleId.reset();
    setHtml(u"<p style='color:gray'>" + esc(text.isEmpty() ? tr("Select an article to read it here.") : text) +
            u"</p>");
}

QString ArticleDetailView::reasonsHtml(const Article &article) const
{
    const ArticleSummary &s = article.summary;
    QString html =
        QStringLiteral("<p class='reasons'><b>%1</b>").arg(esc(tr("Relevance %1").arg(qRound(s.relevance * 100))));
    const QJsonArray reasons = QJsonDocument::fromJson(article.relevanceReasons).array();
    QStringList parts;
    for (const QJsonValue &value : reasons) {
        const QJsonObject o = value.toObject();
        const double weight = o.value(u"weight").toDouble();
        parts << QStringLiteral("%1 (%2%3)")
                     .arg(esc(o.value(u"term").toString()), weight >= 0 ? QStringLiteral("+") : QString(),
                          QString::number(weight, 'f', 2));
        if (parts.size() >= 12)
            break;
    }
    if (!parts.isEmpty())
        html += QStringLiteral(" — ") + parts.join(QStringLiteral(", "));
    return html + u"</p>";
}

void ArticleDetailView::showArticle(const Content &content)
{
    const Article &article = content.article;
    const ArticleSummary &s = article.summary;
    m_articleId = s.id;

    QStringList meta;
    meta << u"<b>" + plain(s.sourceName) + u"</b>";
    QStringList people;
    for (qsizetype i = 0; i < article.authors.size(); ++i)
        people << plain(article.authors[i]);
    for (const QString &email : article.emails)
        people << QStringLiteral("<a href=\"mailto:%1\">%1</a>").arg(esc(email));
    if (!people.isEmpty())
        meta << people.join(QStringLiteral(", "));
    if (s.published.isValid()) {
        QString when = esc(QLocale().toString(s.published.toLocalTime(), QLocale::LongFormat));
        if (s.dateGuessed)
            when += QStringLiteral(" (%1)").arg(esc(tr("fetch time; the feed gave no date")));
        meta << when;
    }
    const QString firstParagraph =
        (article.cleanText.isEmpty() ? article.lead : article.cleanText).section(u'\n', 0, 0);
    const QString dateline = BylineParser::leading(firstParagraph.left(400)).dateline;
    if (!dateline.isEmpty())
        meta << esc(tr("Dateline: %1").arg(dateline));

    QString html = QStringLiteral("<h2>%1</h2><p class='meta'>%2</p>")
                       .arg(plain(s.title), meta.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    if (!content.tags.isEmpty()) {
        QStringList chips;
        for (const Tag &tag : content.tags) {
            chips << QStringLiteral("<a class='tag' href=\"%1\"><span class='tag'>&nbsp;%2&nbsp;</span></a>")
                         .arg(esc(tagUrl(tag).toString(QUrl::FullyEncoded)),
                              esc(m_labeler(facetOfTagKind(tag.kind), tag.value)));
        }
        html += u"<p>" + chips.join(QStringLiteral(" ")) + u"</p>";
    }
    html += reasonsHtml(article);
    if (s.link.isValid() && (s.link.scheme() == u"http" || s.link.scheme() == u"https")) {
        html += QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                    .arg(esc(s.link.toString(QUrl::FullyEncoded)), esc(tr("Open the original")));
    }
    html += QStringLiteral("<hr>");
    HtmlSanitizer::Options options;
    options.allowRemoteImages = content.remoteImages;
    m_remoteImages = content.remoteImages;
    if (m_images)
        m_images->clear(); // the last article's images are not wanted any more
    options.baseUrl = s.link;
    const QString body = HtmlSanitizer::sanitize(article.bodyHtml, options);
    if (!body.trimmed().isEmpty())
        html += body;
    else if (!article.cleanText.isEmpty())
        html += u"<p>" + plain(article.cleanText).replace(u'\n', QStringLiteral("</p><p>")) + u"</p>";
    else
        html += u"<p>" + plain(article.lead) + u"</p>";

    QStringList others;
    for (const StoryCluster::Member &m : content.cluster.members) {
        if (m.id == s.id)
            continue;
        others << QStringLiteral("<li><a href=\"%1\">%2</a> — %3</li>")
                      .arg(esc(articleUrl(m.id).toString()), plain(m.source), plain(m.title.left(160)));
    }
    if (!others.isEmpty()) {
        html += QStringLiteral("<hr><p><b>%1</b></p><ul>%2</ul>")
                    .arg(esc(tr("Also reported by %n other outlet(s)", nullptr, int(others.size()))),
                         others.join(QString()));
    }
    setHtml(html);
    highlight(content.highlightTerms);
}

void ArticleDetailView::highlight(const QStringList &terms)
{
    QTextCharFormat mark;
    mark.setBackground(QColor(255, 214, 0, 150));
    for (const QString &term : terms) {
        if (term.isEmpty())
            continue;
        QTextCursor cursor(document());
        int guard = 0;
        while (guard++ < 500) {
            cursor = document()->find(term, cursor);
            if (cursor.isNull())
                break;
            cursor.mergeCharFormat(mark);
        }
    }
}

QVariant ArticleDetailView::loadResource(int type, const QUrl &name)
{
    // Embedded resources load. Remote ones would tell a server what is read: only images, only
    // when the user allowed them, and through the sync module's HTTP client, asynchronously (the
    // image is added to the document when it arrives). Local files are never reachable from
    // untrusted article HTML.
    if (name.scheme() == u"qrc" || name.scheme() == u"data")
        return QTextBrowser::loadResource(type, name);
    if (type == QTextDocument::ImageResource && m_remoteImages &&
        (name.scheme() == u"http" || name.scheme() == u"https")) {
        if (!m_images) {
            m_images = new RemoteImageLoader(this);
            connect(m_images, &RemoteImageLoader::loaded, this, &ArticleDetailView::imageLoaded);
        }
        m_images->request(name);
    }
    return {};
}

void ArticleDetailView::imageLoaded(const QUrl &url, const QByteArray &bytes)
{
    QImage image;
    if (!m_remoteImages || !image.loadFromData(bytes))
        return; // not an image Qt can read (or the user turned images off meanwhile): the gap stays
    constexpr int kMaxWidth = 1200;
    if (image.width() > kMaxWidth)
        image = image.scaledToWidth(kMaxWidth, Qt::SmoothTransformation);
    document()->addResource(QTextDocument::ImageResource, url, image);
    // Lay the text out again, so the image takes its place.
    document()->markContentsDirty(0, document()->characterCount());
    viewport()->update();
}

} // namespace Medtour::Ui
