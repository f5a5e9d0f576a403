// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportsdialog.h"

#include "export/reportscheduler.h"
#include "models/reportprofilemodel.h"
#include "reportprofiledialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Medtour::Ui {

ReportsDialog::ReportsDialog(const Database &database, Export::ReportScheduler *scheduler,
                             const ArticleQuery &currentFilter, QWidget *parent)
    : QDialog(parent)
    , m_model(new ReportProfileModel(database, this))
    , m_scheduler(scheduler)
    , m_filter(currentFilter)
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Reports"));
    setObjectName(QStringLiteral("reportsDialog"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(ReportProfileModel::Name, 150);
    m_view->setColumnWidth(ReportProfileModel::Schedule, 160);
    m_view->setColumnWidth(ReportProfileModel::Destination, 170);
    m_view->setColumnWidth(ReportProfileModel::LastRun, 130);
    connect(m_view, &QTableView::doubleClicked, this, &ReportsDialog::editCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReportsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReportsDialog::updateButtons);

    auto *add = new QPushButton(tr("&New from Current Filter…"), this);
    add->setObjectName(QStringLiteral("newReport"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_run = new QPushButton(tr("Run &Now"), this);
    m_run->setObjectName(QStringLiteral("runNow"));
    connect(add, &QPushButton::clicked, this, &ReportsDialog::addFromFilter);
    connect(m_edit, &QPushButton::clicked, this, &ReportsDialog::editCurrent);
    connect(m_remove, &QPushButton::clicked, this, &ReportsDialog::removeCurrent);
    connect(m_run, &QPushButton::clicked, this, &ReportsDialog::runCurrent);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, m_edit, m_remove, m_run})
        buttons->addWidget(b);
    buttons->addStretch();
    if (m_scheduler) {
        connect(m_scheduler, &Export::ReportScheduler::runStarted, this,
                [this](const QString &report) { m_status->setText(tr("Writing “%1”…").arg(report)); });
        connect(m_scheduler, &Export::ReportScheduler::runFinished, this, &ReportsDialog::showOutcome);
    }
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(close);
    resize(900, 380);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    updateButtons();
    showReadError();
}

void ReportsDialog::showReadError()
{
    if (const Error &error = m_model->readError())
        m_status->setText(tr("The reports could not be read: %1").arg(error.detail));
}

void ReportsDialog::updateButtons()
{
    const bool selected = m_view->selectionModel()->hasSelection();
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_run->setEnabled(selected && m_scheduler);
}

void ReportsDialog::addFromFilter()
{
    ReportProfile profile;
    profile.query = m_filter;
    profile.formats = {QStringLiteral("pdf")};
    ReportProfileDialog dialog(profile, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString error = m_model->save(dialog.profile());
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Reports"), tr("The report could not be saved: %1").arg(error));
}

void ReportsDialog::editCurrent()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    ReportProfileDialog dialog(m_model->profile(rows.first().row()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString error = m_model->save(dialog.profile());
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Reports"), tr("The report could not be saved: %1").arg(error));
}

void ReportsDialog::removeCurrent()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString name = m_model->profile(rows.first().row()).name;
    if (QMessageBox::question(this, tr("Remove Report"),
                              tr("Remove the report “%1”? Files it wrote stay where they are.").arg(name)) !=
        QMessageBox::Yes) {
        return;
    }
    m_model->remove(rows.first().row());
}

void ReportsDialog::runCurrent()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_scheduler)
        return;
    m_status->setText(tr("Writing “%1”…").arg(m_model->profile(rows.first().row()).name));
    m_scheduler->runNow(m_model->profile(rows.first().row()).id);
}

void ReportsDialog::showOutcome(const Export::ReportRunOutcome &outcome)
{
    // Reload the list (last run, result), keeping the selected report selected.
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    const qint64 id = selected.isEmpty() ? 0 : m_model->profile(selected.first().row()).id;
    m_model->reload();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->profile(row).id == id)
            m_view->selectRow(row);
    }
    if (outcome.status == u"error" || outcome.status == u"busy")
        m_status->setText(tr("“%1” failed: %2").arg(outcome.report, outcome.error));
    else if (outcome.status == u"empty")
        m_status->setText(tr("“%1”: nothing new since the last run; nothing was written or sent.").arg(outcome.report));
    else if (outcome.mailedTo.isEmpty())
        m_status->setText(tr("“%1”: %n article(s) written to %2.", nullptr, outcome.articles)
                              .arg(outcome.report, outcome.files.join(QStringLiteral(", "))));
    else
        m_status->setText(tr("“%1”: %n article(s) sent to %2.", nullptr, outcome.articles)
                              .arg(outcome.report, outcome.mailedTo.join(QStringLiteral(", "))));
    showReadError(); // the list could not be read again: say so rather than show it as current
}

} // namespace Medtour::Ui
