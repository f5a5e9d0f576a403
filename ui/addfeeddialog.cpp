// SPDX-License-Identifier: GPL-3.0-or-later
#include "addfeeddialog.h"

#include "storage/sourcerepository.h"
#include "sync/sourceprobe.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Medtour::Ui {

namespace {
constexpr int kUrlRole = Qt::UserRole + 1;
constexpr int kTitleRole = Qt::UserRole + 2;
constexpr int kPageRole = Qt::UserRole + 3; ///< the item follows a page's article links (a `page` source)

/// What the user typed, as a URL: "example.com/news" gets https:// in front.
QUrl typedUrl(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    QUrl url(t, QUrl::StrictMode);
    if (url.scheme().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https" && !t.contains(u"://")))
        url = QUrl(QStringLiteral("https://") + t, QUrl::StrictMode);
    return url;
}
} // namespace

AddFeedDialog::AddFeedDialog(SourceRepository &sources, const FetchSettings &fetch, QWidget *parent)
    : QDialog(parent)
    , m_sources(sources)
    , m_probe(new SourceProbe(fetch, this))
    , m_url(new QLineEdit(this))
    , m_find(new QPushButton(tr("&Find feeds"), this))
    , m_feeds(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_folder(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add a feed"));
    setObjectName(QStringLiteral("addFeedDialog"));
    m_url->setPlaceholderText(tr("Address of a feed or of a news site"));
    m_url->setClearButtonEnabled(true);
    m_feeds->setObjectName(QStringLiteral("foundFeeds"));
    m_feeds->setMinimumHeight(120);
    m_name->setPlaceholderText(tr("The feed's own title"));
    m_folder->setPlaceholderText(tr("Optional, e.g. News/Korea"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_url, 1);
    top->addWidget(m_find);
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Folder:"), m_folder);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Type the address of a feed, or of a site's page: the feeds it announces "
                                    "are listed to choose from."),
                                 this));
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_feeds, 1);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    resize(560, 380);

    connect(m_find, &QPushButton::clicked, this, &AddFeedDialog::find);
    connect(m_url, &QLineEdit::returnPressed, this, &AddFeedDialog::find);
    connect(m_url, &QLineEdit::textChanged, this, &AddFeedDialog::updateButtons);
    connect(m_feeds, &QListWidget::currentRowChanged, this, [this] {
        if (const QListWidgetItem *item = m_feeds->currentItem())
            m_name->setPlaceholderText(item->data(kTitleRole).toString());
        updateButtons();
    });
    connect(m_feeds, &QListWidget::itemDoubleClicked, this, &AddFeedDialog::addChosen);
    connect(m_probe, &SourceProbe::finished, this, &AddFeedDialog::showResult);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddFeedDialog::addChosen);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

void AddFeedDialog::find()
{
    const QUrl url = typedUrl(m_url->text());
    if (!url.isValid() || url.host().isEmpty()) {
        m_message->setText(tr("This is not a web address."));
        return;
    }
    m_feeds->clear();
    m_message->setText(tr("Looking at %1…").arg(url.toDisplayString()));
    m_find->setEnabled(false);
    m_probe->probe(url);
}

void AddFeedDialog::showResult(const ProbeResult &result)
{
    m_find->setEnabled(true);
    m_feeds->clear();
    if (!result.ok()) {
        m_message->setText(tr("Could not read %1: %2").arg(result.requestedUrl.toDisplayString(), result.error));
    } else if (result.feeds.isEmpty() && result.articleLinks > 0) {
        m_message->setText(tr("This page announces no feed, but it lists %n article(s). You can follow its "
                              "article links instead: each sync reads the list and fetches the new articles.",
                              nullptr, result.articleLinks));
        auto *item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(tr("Follow this page's article links instead"),
                                                                      result.finalUrl.toDisplayString()),
                                         m_feeds);
        item->setData(kUrlRole, result.finalUrl);
        item->setData(kTitleRole, tr("The page's own title"));
        item->setData(kPageRole, true);
        item->setToolTip(result.finalUrl.toString());
    } else if (result.feeds.isEmpty()) {
        m_message->setText(tr("This page announces no feed. Try the site's RSS link or its home page."));
    } else if (result.isFeed) {
        m_message->setText(tr("This is a feed with %n item(s).", nullptr, int(result.items.size())));
    } else {
        m_message->setText(tr("This page announces %n feed(s). Choose one:", nullptr, int(result.feeds.size())));
    }
    for (const DiscoveredFeed &feed : result.feeds) {
        const QString title = feed.title.isEmpty() ? feed.url.toDisplayString() : feed.title;
        auto *item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(title, feed.url.toDisplayString()), m_feeds);
        item->setData(kUrlRole, feed.url);
        item->setData(kTitleRole, title);
        item->setToolTip(feed.url.toString());
    }
    if (m_feeds->count() > 0)
        m_feeds->setCurrentRow(0);
    updateButtons();
    Q_EMIT probed();
}

void AddFeedDialog::updateButtons()
{
    m_find->setEnabled(!m_probe->isRunning() && !m_url->text().trimmed().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_feeds->currentItem() != nullptr && !m_waiting);
}

void AddFeedDialog::submitted(qint64 id, const QString &problem)
{
    m_waiting = false;
    if (problem.isEmpty()) {
        m_addedId = id;
        accept();
        return;
    }
    m_message->setText(problem);
    updateButtons();
}

void AddFeedDialog::addChosen()
{
    const QListWidgetItem *item = m_feeds->currentItem();
    if (!item || m_waiting)
        return;
    const bool page = item->data(kPageRole).toBool();
    Source s;
    s.kind = page ? Source::Kind::Page : Source::Kind::Feed;
    s.fetchFullPage = page; // a list gives titles only: the articles' pages are read
    s.url = item->data(kUrlRole).toUrl();
    // A page source without a name takes its page's <title> in the first sync.
    const QString fallbackName = page ? QString() : item->data(kTitleRole).toString();
    s.name = m_name->text().trimmed().isEmpty() ? fallbackName : m_name->text().trimmed();
    s.folder = m_folder->text().trimmed();
    const Result<Source> existing = m_sources.byUrl(s.url);
    if (existing) {
        m_message->setText(page ? tr("This page is already a source: %1.").arg(existing->name)
                                : tr("This feed is already a source: %1.").arg(existing->name));
        return;
    }
    if (existing.error().code != Error::NotFound) {
        m_message->setText(tr("The source could not be added: %1").arg(existing.error().detail));
        return;
    }
    if (m_submit) {
        m_waiting = true;
        m_message->setText(tr("Adding it to the team's sources on the team server…"));
        updateButtons();
        m_submit(s);
        return;
    }
    const Result<qint64> id = m_sources.add(s);
    if (!id) {
        m_message->setText(tr("The source could not be added: %1").arg(id.error().detail));
        return;
    }
    m_addedId = *id;
    accept();
}

} // namespace Medtour::Ui
