// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcesdialog.h"

#include "addfeeddialog.h"
#include "context/appcontext.h"
#include "googlenewsdialog.h"
#include "models/sourcelistmodel.h"
#include "sourceeditdialog.h"
#include "sync/opmlfiles.h"
#include "sync/sourceprobe.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Medtour::Ui {

SourcesDialog::SourcesDialog(AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_model(new SourceListModel(context.sources(), this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_fetch(SourceProbe::defaultSettings())
{
    setWindowTitle(tr("Sources"));
    setObjectName(QStringLiteral("sourcesDialog"));
    m_view->setObjectName(QStringLiteral("sourceList"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(SourceListModel::EnabledColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SourceListModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SourceListModel::StatusColumn, QHeaderView::Stretch);
    for (const int c : {int(SourceListModel::KindColumn), int(SourceListModel::FolderColumn),
                        int(SourceListModel::LastSuccessColumn), int(SourceListModel::NextSyncColumn)})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *addFeedButton = new QPushButton(tr("Add &feed…"), this);
    auto *addQueryButton = new QPushButton(tr("Add &Google News search…"), this);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_toggle = new QPushButton(tr("&Disable"), this);
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_sync = new QPushButton(tr("&Sync now"), this);
    m_sync->setVisible(false);
    auto *importButton = new QPushButton(tr("&Import OPML…"), this);
    auto *exportButton = new QPushButton(tr("E&xport OPML…"), this);
    m_changers = {addFeedButton, addQueryButton, m_edit, m_toggle, m_remove, importButton};
    addFeedButton->setObjectName(QStringLiteral("addFeedButton"));
    addQueryButton->setObjectName(QStringLiteral("addQueryButton"));
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_toggle->setObjectName(QStringLiteral("toggleButton"));
    m_remove->setObjectName(QStringLiteral("removeButton"));

    auto *side = new QVBoxLayout;
    for (QPushButton *b : {addFeedButton, addQueryButton, m_edit, m_toggle, m_remove, m_sync})
        side->addWidget(b);
    side->addSpacing(12);
    side->addWidget(importButton);
    side->addWidget(exportButton);
    side->addStretch(1);
    auto *main = new QHBoxLayout;
    main->addWidget(m_view, 1);
    main->addLayout(side);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(main, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(1080, 560);

    connect(addFeedButton, &QPushButton::clicked, this, &SourcesDialog::addFeed);
    connect(addQueryButton, &QPushButton::clicked, this, &SourcesDialog::addGoogleNews);
    connect(m_edit, &QPushButton::clicked, this, &SourcesDialog::editCurrent);
    connect(m_toggle, &QPushButton::clicked, this, &SourcesDialog::toggleCurrent);
    connect(m_remove, &QPushButton::clicked, this, &SourcesDialog::removeCurrent);
    connect(m_sync, &QPushButton::clicked, this, &SourcesDialog::syncCurrent);
    connect(importButton, &QPushButton::clicked, this, &SourcesDialog::importOpml);
    connect(exportButton, &QPushButton::clicked, this, &SourcesDialog::exportOpml);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &QTreeView::doubleClicked, this, &SourcesDialog::editCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SourcesDialog::updateButtons);
    // The check box in the list writes through the model; the window still has to know.
    connect(m_model, &SourceListModel::dataChanged, this, [this] {
        updateButtons();
        Q_EMIT sourcesChanged();
    });
    connect(m_model, &SourceListModel::modelReset, this, &SourcesDialog::updateButtons);
    connect(m_model, &SourceListModel::enabledChangeRequested, this, [this](qint64 id, bool enabled) {
        if (isWaitingForTeam() || m_teamAccess != TeamAccess::Editor)
            return;
        const int row = m_model->rowOf(id);
        if (const Source *s = row >= 0 ? m_model->sourceAt(row) : nullptr) {
            Source changed = *s;
            changed.enabled = enabled;
            askTeam(TeamSourceChange::Kind::SetEnabled, changed);
        }
    });
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, SourceListModel::NameColumn));
    updateButtons();
}

SourcesDialog::~SourcesDialog() = default;

void SourcesDialog::setTeamAccess(TeamAccess access, const QString &note)
{
    m_teamAccess = access;
    m_teamNote = note;
    // Never written here when the team's: an editor's tick asks the team server.
    m_model->setReadOnly(access == TeamAccess::ReadOnly);
    m_model->setRequestWrites(access == TeamAccess::Editor);
    updateButtons();
}

void SourcesDialog::setSyncAvailable(bool available)
{
    m_sync->setVisible(available);
    updateButtons();
}

qint64 SourcesDialog::currentSourceId() const
{
    const Source *s = m_model->sourceAt(m_view->currentIndex().row());
    return s ? s->id : 0;
}

void SourcesDialog::selectSource(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, SourceListModel::NameColumn));
}

void SourcesDialog::updateButtons()
{
    const Source *s = m_model->sourceAt(m_view->currentIndex().row());
    const bool fetchable = s && s->kind != Source::Kind::File;
    // A reader changes nothing; an editor one thing at a time, while the team server answers. Set
    // both ways: a member made an editor again, or an answer that came, turns them back on.
    const bool mayChange = m_teamAccess != TeamAccess::ReadOnly && !isWaitingForTeam();
    for (QPushButton *b : std::as_const(m_changers))
        b->setEnabled(mayChange);
    m_edit->setEnabled(mayChange && s != nullptr);
    m_remove->setEnabled(mayChange && s != nullptr);
    m_toggle->setEnabled(mayChange && fetchable);
    m_toggle->setText(s && !s->enabled ? tr("&Enable") : tr("&Disable"));
    m_sync->setEnabled(m_teamAccess == TeamAccess::None && fetchable && s->enabled);

    int failing = 0;
    int never = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const SourceListModel::State state = SourceListModel::stateOf(m_model->statusAt(row));
        failing += state == SourceListModel::State::Failed;
        never += state == SourceListModel::State::Never;
    }
    QString text = tr("%n source(s).", nullptr, m_model->rowCount());
    if (failing > 0)
        text += u' ' + tr("%n failed on the last sync (the status tooltip has the details).", nullptr, failing);
    if (never > 0)
        text += u' ' + tr("%n never synced yet.", nullptr, never);
    if (!m_teamNote.isEmpty())
        text = m_teamNote + u' ' + text;
    if (const Error &error = m_model->readError()) // the list shows what was read before
        text = tr("The sources could not be read: %1").arg(error.detail);
    m_summary->setText(text);
}

void SourcesDialog::changed(qint64 selectId)
{
    m_model->reload();
    if (selectId > 0)
        selectSource(selectId);
    updateButtons();
    Q_EMIT sourcesChanged();
}

void SourcesDialog::reload()
{
    const qint64 id = currentSourceId();
    m_model->reload();
    selectSource(id);
    updateButtons();
}

void SourcesDialog::showMessage(const QString &text)
{
    m_summary->setText(text);
}

void SourcesDialog::addFeed()
{
    openAddDialog(new AddFeedDialog(m_context.sources(), m_fetch, this));
}

void SourcesDialog::addGoogleNews()
{
    openAddDialog(new GoogleNewsDialog(m_context.sources(), m_fetch, this));
}

template<typename AddDialog>
void SourcesDialog::openAddDialog(AddDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_teamAccess == TeamAccess::Editor) {
        // The team's server adds it; the dialog stays open with what was typed until it answers.
        const QPointer<AddDialog> waiting(dialog);
        dialog->setSubmit([this, waiting](const Source &source) {
            askTeam(TeamSourceChange::Kind::Add, source, [waiting](const TeamSourceResult &r, const QString &problem) {
                if (waiting)
                    waiting->submitted(r.sourceId, problem);
            });
        });
    } else {
        connect(dialog, &QDialog::accepted, this, [this, dialog] { changed(dialog->addedId()); });
    }
    dialog->open();
}

void SourcesDialog::editCurrent()
{
    const Source *s = m_model->sourceAt(m_view->currentIndex().row());
    if (!s)
        return;
    auto *dialog = new SourceEditDialog(*s, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_teamAccess == TeamAccess::Editor) {
        const QPointer<SourceEditDialog> waiting(dialog);
        dialog->setSubmit([this, waiting](const Source &source) {
            askTeam(TeamSourceChange::Kind::Edit, source, [waiting](const TeamSourceResult &, const QString &problem) {
                if (waiting)
                    waiting->submitted(problem);
            });
        });
        dialog->open();
        return;
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Source edited = dialog->source();
        if (const Error e = m_context.sources().update(edited)) {
            QMessageBox::warning(this, windowTitle(), tr("The source could not be changed:\n%1").arg(e.detail));
            return;
        }
        changed(edited.id);
    });
    dialog->open();
}

void SourcesDialog::toggleCurrent()
{
    const QModelIndex index = m_model->index(m_view->currentIndex().row(), SourceListModel::EnabledColumn);
    const Source *s = m_model->sourceAt(index.row());
    if (!s)
        return;
    m_model->setData(index, s->enabled ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole); // a team's: asks
}

void SourcesDialog::removeCurrent()
{
    const Source *s = m_model->sourceAt(m_view->currentIndex().row());
    if (!s)
        return;
    const Source source = *s;
    if (m_teamAccess == TeamAccess::Editor) {
        removeTeamSource(source);
        return;
    }
    const bool keptItself = source.url == SourceRepository::keptUrl();
    const Result<int> starredHere = keptItself ? Result<int>(0) : m_context.sources().starredCount(source.id);
    if (!starredHere) {
        QMessageBox::warning(this, windowTitle(),
                             tr("The source could not be removed:\n%1").arg(starredHere.error().detail));
        return;
    }
    const int starred = *starredHere;
    QString text = tr("Remove the source “%1”?").arg(source.name) + u"\n\n" +
                   (keptItself ? tr("These are the starred articles of sources removed earlier: they are deleted "
                                    "from the cache, stars and notes included.")
                               : tr("Its articles are removed from the cache. Starred articles are kept."));
    if (starred > 0)
        text += u'\n' + tr("%n starred article(s) of this source will stay, under “Starred from removed sources”.",
                           nullptr, starred);
    if (QMessageBox::question(this, tr("Remove source"), text, QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    int kept = 0;
    if (const Error e = m_context.sources().remove(source.id, &kept)) {
        QMessageBox::warning(this, windowTitle(), tr("The source could not be removed:\n%1").arg(e.detail));
        return;
    }
    changed(0);
    showMessage(kept > 0 ? tr("Removed “%1”; its %n starred article(s) were kept.", nullptr, kept).arg(source.name)
                         : tr("Removed “%1”.").arg(source.name));
}

QString SourcesDialog::askPath(bool save)
{
    if (m_paths)
        return m_paths(save);
    const QString filter = tr("OPML files (*.opml *.xml);;All files (*)");
    if (save) {
        QString path =
            QFileDialog::getSaveFileName(this, tr("Export sources"), QStringLiteral("medtour-sources.opml"), filter);
        if (!path.isEmpty() && !path.contains(u'.'))
            path += QStringLiteral(".opml");
        return path;
    }
    return QFileDialog::getOpenFileName(this, tr("Import sources"), QString(), filter);
}

void SourcesDialog::importOpml()
{
    const QString path = askPath(false);
    if (path.isEmpty())
        return;
    if (m_teamAccess == TeamAccess::Editor) { // read and added on the sync thread, on the team server
        askTeam(TeamSourceChange::Kind::ImportOpml, {}, {}, path);
        return;
    }
    const Result<OpmlImport> done = OpmlFiles::importFile(m_context.database(), path);
    if (!done) {
        QMessageBox::warning(this, tr("Import sources"),
                             tr("The file could not be imported:\n%1").arg(done.error().detail));
        return;
    }
    changed(done->ids.isEmpty() ? 0 : done->ids.constFirst());
    QString text = tr("Imported %n new source(s).", nullptr, done->added);
    if (done->skipped > 0)
        text += u' ' + tr("%n were already there.", nullptr, done->skipped);
    if (!done->errors.isEmpty())
        text += u' ' + tr("%n outline(s) could not be read.", nullptr, int(done->errors.size()));
    showMessage(text);
}

void SourcesDialog::exportOpml()
{
    const QString path = askPath(true);
    if (path.isEmpty())
        return;
    const Result<int> exported = OpmlFiles::exportFile(m_context.database(), path);
    if (!exported) {
        QMessageBox::warning(this, tr("Export sources"),
                             tr("The file could not be written:\n%1").arg(exported.error().detail));
        return;
    }
    showMessage(tr("Exported %n source(s) to %1.", nullptr, *exported).arg(QDir::toNativeSeparators(path)));
}

void SourcesDialog::syncCurrent()
{
    if (const qint64 id = currentSourceId())
        Q_EMIT syncRequested({id});
}

} // namespace Medtour::Ui
