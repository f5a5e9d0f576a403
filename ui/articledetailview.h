// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "domain/facets.h"
#include "domain/storycluster.h"

#include <QTextBrowser>

#include <functional>
#include <optional>

namespace Medtour {
class RemoteImageLoader;
}

namespace Medtour::Ui {

/// Shows one article. Article HTML is untrusted: it is sanitised first (HtmlSanitizer), QTextBrowser
/// runs no scripts, and this view refuses every remote resource, so opening an article never
/// contacts a server — unless the user allowed remote images (Content::remoteImages): then the
/// article's <img> images, and nothing else, are fetched through RemoteImageLoader and shown as
/// they arrive. Tags and the other copies of the story are links with the medtour: scheme.
class ArticleDetailView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleDetailView)

public:
    struct Content
    {
        Article article;
        QList<Tag> tags;
        StoryCluster cluster;
        QStringList highlightTerms;
        bool remoteImages = false;
    };
    using Labeler = std::function<QString(FacetKind, const QString &)>;

    explicit ArticleDetailView(QWidget *parent = nullptr);

    void setLabeler(Labeler labeler) { m_labeler = std::move(labeler); }
    void showArticle(const Content &content);
    void showPlaceholder(const QString &text = QString());
    std::optional<qint64> articleId() const { return m_articleId; }

    /// medtour:tag?kind=market&value=KZ and medtour:article?id=5
    static QUrl tagUrl(const Tag &tag);
    static QUrl articleUrl(qint64 id);

Q_SIGNALS:
    void linkActivated(const QUrl &url);
    void tagActivated(Medtour::FacetKind kind, const QString &value);
    void articleActivated(qint64 id);

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void onAnchor(const QUrl &url);
    QString reasonsHtml(const Article &article) const;
    void highlight(const QStringList &terms);
    void imageLoaded(const QUrl &url, const QByteArray &bytes);
    Labeler m_labeler;
    std::optional<qint64> m_articleId;
    bool m_remoteImages = false;
    RemoteImageLoader *m_images = nullptr; ///< made when remote images are first allowed
};

} // namespace Medtour::Ui
