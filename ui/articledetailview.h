// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"

#include <QTextBrowser>

#include <optional>

namespace Medtour::Ui {

/// Shows one article. Article HTML is untrusted: QTextBrowser runs no scripts, and this view
/// refuses every remote resource, so opening an article never contacts a server.
class ArticleDetailView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleDetailView)

public:
    explicit ArticleDetailView(QWidget *parent = nullptr);

    void showArticle(const Article &article);
    void showPlaceholder();
    std::optional<qint64> articleId() const { return m_articleId; }

Q_SIGNALS:
    void linkActivated(const QUrl &url);

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    std::optional<qint64> m_articleId;
};

} // namespace Medtour::Ui
