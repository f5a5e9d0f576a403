// SPDX-License-Identifier: GPL-3.0-or-later
#include "articledetailpane.h"

#include "articledetailview.h"
#include "context/appcontext.h"
#include "enrich/facetlabels.h"
#include "settings/settings.h"
#include "storage/articlerepository.h"

#include <QAction>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace Medtour::Ui {

ArticleDetailPane::ArticleDetailPane(AppContext &context, Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_settings(settings)
    , m_bar(new QWidget(this))
    , m_view(new ArticleDetailView(this))
    , m_note(new QPlainTextEdit(this))
    , m_noteStatus(new QLabel(this))
    , m_teamNotes(new QLabel(this))
{
    setObjectName(QStringLiteral("detailPane"));
    m_note->setObjectName(QStringLiteral("noteEditor"));
    m_note->setPlaceholderText(tr("Your note on this article (saved as you type)"));
    m_note->setMaximumHeight(90);
    m_note->setEnabled(false);
    m_noteStatus->setStyleSheet(QStringLiteral("color: palette(mid)"));
    // Colleagues' notes (team mode), with author and time, under one's own.
    m_teamNotes->setObjectName(QStringLiteral("teamNotes"));
    m_teamNotes->setTextFormat(Qt::RichText);
    m_teamNotes->setWordWrap(true);
    m_teamNotes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_teamNotes->hide();

    auto *bar = new QHBoxLayout(m_bar);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addStretch(1);

    auto *noteRow = new QVBoxLayout;
    noteRow->setSpacing(2);
    noteRow->addWidget(m_note);
    noteRow->addWidget(m_noteStatus);
    noteRow->addWidget(m_teamNotes);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_bar);
    layout->addWidget(m_view, 1);
    layout->addLayout(noteRow);

    const QString language = settings.displayLanguage();
    m_view->setLabeler(
        [language](FacetKind kind, const QString &value) { return FacetLabels::label(kind, value, language); });
    connect(m_view, &ArticleDetailView::tagActivated, this, &ArticleDetailPane::tagActivated);
    connect(m_view, &ArticleDetailView::articleActivated, this, &ArticleDetailPane::articleActivated);
    connect(m_view, &ArticleDetailView::linkActivated, this, [](const QUrl &url) {
        if (url.scheme() == u"http" || url.scheme() == u"https" || url.scheme() == u"mailto")
            QDesktopServices::openUrl(url);
    });

    m_noteTimer.setSingleShot(true);
    m_noteTimer.setInterval(700);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_dirty = true;
        m_noteStatus->setText(tr("Editing…"));
        m_noteTimer.start();
    });
    connect(&m_noteTimer, &QTimer::timeout, this, &ArticleDetailPane::saveNote);
}

ArticleDetailPane::~ArticleDetailPane()
{
    saveNote();
}

void ArticleDetailPane::addActions(const QList<QAction *> &actions)
{
    auto *bar = static_cast<QHBoxLayout *>(m_bar->layout());
    int at = 0;
    for (QAction *action : actions) {
        auto *button = new QToolButton(m_bar);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(true);
        bar->insertWidget(at++, button);
    }
}

std::optional<qint64> ArticleDetailPane::articleId() const
{
    return m_view->articleId();
}

void ArticleDetailPane::saveNote()
{
    m_noteTimer.stop();
    const std::optional<qint64> id = m_view->articleId();
    if (!m_dirty || !id)
        return;
    m_dirty = false;
    const QString note = m_note->toPlainText().left(20000);
    if (m_context.articles().setNote(*id, note)) {
        m_noteStatus->setText(tr("Note saved"));
        Q_EMIT noteSaved(*id, note);
    } else {
        m_noteStatus->setText(tr("The note could not be saved; it stays here until you try again."));
        m_dirty = true;
    }
}

void ArticleDetailPane::showArticle(qint64 id, const QStringList &highlightTerms)
{
    saveNote();
    const Result<Article> article = m_context.articles().article(id);
    if (!article) {
        showPlaceholder(article.error().code == Error::NotFound
                            ? tr("This article is no longer in the cache.")
                            : tr("The article could not be read: %1").arg(article.error().detail));
        return;
    }
    const Result<QList<Tag>> tags = m_context.facets().tags(id);
    Result<StoryCluster> cluster = StoryCluster();
    if (tags && article->clusterId > 0)
        cluster = m_context.clusters().clusterOf(id);
    if (!tags || !cluster) {
        showPlaceholder(tr("The article could not be read: %1").arg((!tags ? tags.error() : cluster.error()).detail));
        return;
    }
    ArticleDetailView::Content content;
    content.article = *article;
    content.tags = *tags;
    content.cluster = *cluster;
    content.highlightTerms = highlightTerms;
    content.remoteImages = m_settings.remoteImages();
    m_view->showArticle(content);
    m_loading = true;
    m_note->setEnabled(true);
    m_note->setPlainText(article->summary.state.note);
    m_loading = false;
    m_dirty = false;
    m_noteStatus->clear();
    showTeamNotes(id);
}

void ArticleDetailPane::showTeamNotes(qint64 id)
{
    const Result<QList<TeamNote>> notes = m_context.articles().teamNotes(id, true);
    if (!notes || notes->isEmpty()) {
        m_teamNotes->clear();
        m_teamNotes->hide();
        return;
    }
    QString html;
    for (const TeamNote &note : *notes) {
        const QString when = QLocale().toString(note.updated.toLocalTime(), QLocale::ShortFormat);
        html += QStringLiteral("<p style='margin:2px 0'><b>%1</b> <span style='color:palette(mid)'>%2</span><br>%3</p>")
                    .arg(note.author.toHtmlEscaped(), when.toHtmlEscaped(),
                         note.text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    }
    m_teamNotes->setText(tr("Notes from the team:") + html);
    m_teamNotes->show();
}

void ArticleDetailPane::showPlaceholder(const QString &text)
{
    saveNote();
    m_view->showPlaceholder(text);
    m_loading = true;
    m_note->clear();
    m_note->setEnabled(false);
    m_loading = false;
    m_noteStatus->clear();
    m_teamNotes->clear();
    m_teamNotes->hide();
}

} // namespace Medtour::Ui
