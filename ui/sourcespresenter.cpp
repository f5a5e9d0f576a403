// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcespresenter.h"

#include "sourcesdialog.h"

#include <QWidget>

namespace Medtour::Ui {

SourcesPresenter::SourcesPresenter(AppContext &context, QWidget &window)
    : QObject(&window)
    , m_context(context)
    , m_window(window)
{}

void SourcesPresenter::show(bool syncAvailable)
{
    if (!m_dialog) {
        m_dialog = new SourcesDialog(m_context, &m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &SourcesDialog::sourcesChanged, this, &SourcesPresenter::sourcesChanged);
        connect(m_dialog, &SourcesDialog::syncRequested, this, &SourcesPresenter::syncRequested);
    }
    m_dialog->setSyncAvailable(syncAvailable && !m_teamJoined);
    applyTeamState();
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void SourcesPresenter::setTeamJoined(bool joined)
{
    m_teamJoined = joined;
    applyTeamState();
}

void SourcesPresenter::reload()
{
    if (m_dialog)
        m_dialog->reload();
}

void SourcesPresenter::applyTeamState()
{
    if (m_dialog)
        m_dialog->setTeamReadOnly(m_teamJoined ? tr("The team's sources: an editor changes them on the team server.")
                                               : QString());
}

} // namespace Medtour::Ui
