// SPDX-License-Identifier: GPL-3.0-or-later
#include "googlenewsdialog.h"

#include "feeds/googlenews.h"
#include "storage/sourcerepository.h"
#include "sync/sourceprobe.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Medtour::Ui {

namespace {
struct Edition
{
    const char *language;
    const char *region;
};
// Languages in their own names; the region each one defaults to.
constexpr Edition kEditions[] = {{"ko", "KR"}, {"en", "US"}, {"ru", "RU"}, {"ja", "JP"}, {"zh", "CN"},
                                 {"vi", "VN"}, {"th", "TH"}, {"tr", "TR"}, {"de", "DE"}, {"ar", "AE"}};
constexpr const char *kRegions[] = {"KR", "US", "GB", "RU", "KZ", "UZ", "JP", "CN", "VN",
                                    "TH", "TR", "DE", "AE", "IN", "SG", "AU", "CA", "MN"};
} // namespace

GoogleNewsDialog::GoogleNewsDialog(SourceRepository &sources, const FetchSettings &fetch, QWidget *parent)
    : QDialog(parent)
    , m_sources(sources)
    , m_probe(new SourceProbe(fetch, this))
    , m_query(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_urlView(new QLineEdit(this))
    , m_preview(new QPushButton(tr("&Preview"), this))
    , m_items(new QTreeWidget(this))
    , m_name(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add a Google News search"));
    setObjectName(QStringLiteral("googleNewsDialog"));
    m_query->setPlaceholderText(tr("e.g. 의료관광 or \"medical tourism\" Korea"));
    for (const Edition &e : kEditions) {
        const QString code = QString::fromLatin1(e.language);
        const QLocale locale(code);
        QString name =
            code == u"en" ? QStringLiteral("English") : locale.nativeLanguageName(); // not "American English"
        name = name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
        m_language->addItem(QStringLiteral("%1 (%2)").arg(name, code), code);
    }
    for (const char *r : kRegions) {
        const QString code = QString::fromLatin1(r);
        const QLocale::Territory territory = QLocale::codeToTerritory(code);
        m_region->addItem(QStringLiteral("%1 (%2)").arg(QLocale::territoryToString(territory), code), code);
    }
    m_urlView->setReadOnly(true);
    m_urlView->setObjectName(QStringLiteral("googleNewsUrl"));
    m_items->setHeaderLabels({tr("Title"), tr("Outlet")});
    m_items->setRootIsDecorated(false);
    m_items->header()->setStretchLastSection(false);
    m_items->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_items->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_message->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));

    auto *edition = new QHBoxLayout;
    edition->addWidget(m_language, 1);
    edition->addWidget(new QLabel(tr("Region:"), this));
    edition->addWidget(m_region, 1);
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_urlView, 1);
    urlRow->addWidget(m_preview);
    auto *form = new QFormLayout;
    form->addRow(tr("Search for:"), m_query);
    form->addRow(tr("Language:"), edition);
    form->addRow(tr("Feed address:"), urlRow);
    auto *nameForm = new QFormLayout;
    nameForm->addRow(tr("Name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_items, 1);
    layout->addLayout(nameForm);
    layout->addWidget(m_buttons);
    resize(680, 460);

    connect(m_query, &QLineEdit::textChanged, this, &GoogleNewsDialog::rebuild);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0 && index < int(std::size(kEditions)))
            m_region->setCurrentIndex(qMax(0, m_region->findData(QString::fromLatin1(kEditions[index].region))));
        rebuild();
    });
    connect(m_region, &QComboBox::currentIndexChanged, this, &GoogleNewsDialog::rebuild);
    connect(m_preview, &QPushButton::clicked, this, &GoogleNewsDialog::preview);
    connect(m_query, &QLineEdit::returnPressed, this, &GoogleNewsDialog::preview);
    connect(m_probe, &SourceProbe::finished, this, &GoogleNewsDialog::showPreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GoogleNewsDialog::addQuery);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    rebuild();
}

QUrl GoogleNewsDialog::builtUrl() const
{
    if (m_query->text().trimmed().isEmpty())
        return {};
    return GoogleNews::searchUrl(m_query->text(), m_language->currentData().toString(),
                                 m_region->currentData().toString());
}

void GoogleNewsDialog::rebuild()
{
    const QUrl url = builtUrl();
    m_urlView->setText(url.toString());
    m_urlView->setCursorPosition(0);
    m_name->setPlaceholderText(url.isEmpty() ? QString() : tr("Google News: %1").arg(m_query->text().simplified()));
    m_preview->setEnabled(!url.isEmpty() && !m_probe->isRunning());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!url.isEmpty() && !m_waiting);
}

void GoogleNewsDialog::preview()
{
    const QUrl url = builtUrl();
    if (url.isEmpty())
        return;
    m_items->clear();
    m_message->setText(tr("Fetching a preview…"));
    m_probe->probe(url);
    m_preview->setEnabled(false);
}

void GoogleNewsDialog::showPreview(const ProbeResult &result)
{
    m_items->clear();
    if (!result.ok())
        m_message->setText(tr("The preview failed: %1").arg(result.error));
    else if (!result.isFeed)
        m_message->setText(tr("The answer was not a feed."));
    else if (result.items.isEmpty())
        m_message->setText(tr("Nothing found for this search right now."));
    else
        m_message->setText(tr("The first %n item(s) this search returns:", nullptr, int(result.items.size())));
    for (const FeedItem &item : result.items) {
        auto *row = new QTreeWidgetItem(m_items, {item.title, item.sourceTitle});
        row->setToolTip(0, item.link.toString());
    }
    rebuild();
    Q_EMIT previewed();
}

void GoogleNewsDialog::addQuery()
{
    const QUrl url = builtUrl();
    if (url.isEmpty() || m_waiting)
        return;
    const Result<Source> existing = m_sources.byUrl(url);
    if (existing) {
        m_message->setText(tr("This search is already a source: %1.").arg(existing->name));
        return;
    }
    if (existing.error().code != Error::NotFound) {
        m_message->setText(tr("The source could not be added: %1").arg(existing.error().detail));
        return;
    }
    Source s;
    s.kind = Source::Kind::Query;
    s.url = url;
    s.language = m_language->currentData().toString();
    s.name = m_name->text().trimmed().isEmpty() ? tr("Google News: %1").arg(m_query->text().simplified())
                                                : m_name->text().trimmed();
    if (m_submit) {
        m_waiting = true;
        m_message->setText(tr("Adding it to the team's sources on the team server…"));
        rebuild();
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

void GoogleNewsDialog::submitted(qint64 id, const QString &problem)
{
    m_waiting = false;
    if (problem.isEmpty()) {
        m_addedId = id;
        accept();
        return;
    }
    m_message->setText(problem);
    rebuild();
}

} // namespace Medtour::Ui
