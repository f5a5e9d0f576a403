// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncproblemsdialog.h"

#include "models/syncproblemmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Medtour::Ui {

SyncProblemsDialog::SyncProblemsDialog(QWidget *parent)
    : QDialog(parent)
    , m_model(new SyncProblemModel(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("syncProblemsDialog"));
    setWindowTitle(tr("Sync problems"));
    auto *intro =
        new QLabel(tr("These sources could not be synced. Their articles from earlier syncs are kept."), this);
    intro->setWordWrap(true);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->resizeSection(SyncProblemModel::SourceColumn, 160);
    m_view->header()->resizeSection(SyncProblemModel::ProblemColumn, 380);
    m_view->header()->resizeSection(SyncProblemModel::TimeColumn, 70);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *retry = buttons->addButton(tr("Sync these &again"), QDialogButtonBox::ActionRole);
    retry->setObjectName(QStringLiteral("retryButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(retry, &QPushButton::clicked, this, [this] {
        QList<qint64> ids;
        for (const SourceSyncResult &s : m_model->problems()) {
            if (s.id > 0)
                ids << s.id;
        }
        Q_EMIT retryRequested(ids);
        accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(820, 320);
}

void SyncProblemsDialog::setReport(const SyncReport &report)
{
    m_model->setReport(report);
}

} // namespace Medtour::Ui
