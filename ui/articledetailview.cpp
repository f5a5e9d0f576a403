// SPDX-License-Identifier: GPL-3.0-or-later
#include "articledetailview.h"

#include <QLocale>

namespace Medtour::Ui {

ArticleDetailView::ArticleDetailView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setObjectName(QStringLiteral("articleDetail"));
    connect(this, &QTextBrowser::anchorClicked, this, &ArticleDetailView::linkActivated);
    showPlaceholder();
}

void ArticleDetailView::showPlaceholder()
{
    m_articleId.reset();
    setHtml(u"<p style='color:gray'>" + tr("Select an article to read it here.").toHtmlEscaped() + u"</p>");
}

void ArticleDetailView::showArticle(const Article &article)
{
    m_articleId = article.summary.id;
    const ArticleSummary &s = article.summary;
    QString meta = s.sourceName.toHtmlEscaped();
    if (s.published.isValid()) {
        meta +=
            QStringLiteral(" · ") + QLocale().toString(s.published.toLocalTime(), QLocale::LongFormat).toHtmlEscaped();
        if (s.dateGuessed)
            meta += QStringLiteral(" (%1)").arg(tr("fetch time; the feed gave no date").toHtmlEscaped());
    }
    if (!article.authors.isEmpty())
        meta += QStringLiteral(" · ") + article.authors.join(QStringLiteral(", ")).toHtmlEscaped();

    QString html = QStringLiteral("<h2>%1</h2><p style='color:gray'>%2</p>").arg(s.title.toHtmlEscaped(), meta);
    if (s.link.isValid() && !s.link.isEmpty()) {
        html += QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                    .arg(s.link.toString(QUrl::FullyEncoded).toHtmlEscaped(), tr("Open the original").toHtmlEscaped());
    }
    if (!article.bodyHtml.isEmpty())
        html += article.bodyHtml;
    else
        html += u"<p>" + article.lead.toHtmlEscaped() + u"</p>";
    if (!s.state.note.isEmpty())
        html +=
            QStringLiteral("<hr><p><i>%1</i> %2</p>").arg(tr("Note:").toHtmlEscaped(), s.state.note.toHtmlEscaped());
    setHtml(html);
}

QVariant ArticleDetailView::loadResource(int type, const QUrl &name)
{
    // Remote content needs the user's consent; until the settings offer it, nothing loads.
    Q_UNUSED(type)
    Q_UNUSED(name)
    return {};
}

} // namespace Medtour::Ui
