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
        connect(m_dialog, &SourcesDialog::teamChangeRequested, this, &SourcesPresenter::teamSourceChangeRequested);
    }
    m_dialog->setSyncAvailable(syncAvailable && !m_teamJoined);
    applyTeamState();
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void SourcesPresenter::setTeamState(const TeamExchange &team)
{
    m_teamJoined = team.joined;
    m_teamRole = team.role;
    applyTeamState();
}

void SourcesPresenter::teamSourceChanged(const TeamSourceResult &result)
{
    if (m_dialog)
        m_dialog->teamChangeFinished(result); // reloads, and tells the window when something changed
    else if (!result.error)
        Q_EMIT sourcesChanged();
}

void SourcesPresenter::reload()
{
    if (m_dialog)
        m_dialog->reload();
}

void SourcesPresenter::applyTeamState()
{
    if (!m_dialog)
        return;
    if (!m_teamJoined)
        m_dialog->setTeamAccess(SourcesDialog::TeamAccess::None, QString());
    else if (m_teamRole == u"editor" || m_teamRole == u"admin")
        m_dialog->setTeamAccess(SourcesDialog::TeamAccess::Editor,
                                tr("The team's sources: what you change here is changed on the team server, for "
                                   "every member."));
    else
        m_dialog->setTeamAccess(SourcesDialog::TeamAccess::ReadOnly,
                                tr("The team's sources: an editor changes them on the team server."));
}

} // namespace Medtour::Ui
