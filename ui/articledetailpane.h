// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/facets.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QPlainTextEdit;

namespace Medtour {
class AppContext;
class Settings;
} // namespace Medtour

namespace Medtour::Ui {

class ArticleDetailView;

/// The right-hand pane: the article (ArticleDetailView), buttons for the current article's
/// actions, and the user's note, saved a moment after typing stops and when the article changes.
class ArticleDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleDetailPane)

public:
    ArticleDetailPane(AppContext &context, Settings &settings, QWidget *parent = nullptr);
    ~ArticleDetailPane() override;

    /// Buttons shown above the article (star, mark unread, open original, export…).
    void addActions(const QList<QAction *> &actions);
    void showArticle(qint64 id, const QStringList &highlightTerms);
    void showPlaceholder(const QString &text = QString());
    std::optional<qint64> articleId() const;
    ArticleDetailView *view() const { return m_view; }
    QPlainTextEdit *noteEditor() const { return m_note; }
    /// Writes a pending note now (before closing or switching article).
    void saveNote();
    void showTeamNotes(qint64 id);

Q_SIGNALS:
    void tagActivated(Medtour::FacetKind kind, const QString &value);
    void articleActivated(qint64 id);
    void noteSaved(qint64 id, const QString &note);

private:
    AppContext &m_context;
    Settings &m_settings;
    QWidget *m_bar = nullptr;
    ArticleDetailView *m_view = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_noteStatus = nullptr;
    QLabel *m_teamNotes = nullptr;
    QTimer m_noteTimer;
    bool m_loading = false;
    bool m_dirty = false;
};

} // namespace Medtour::Ui
