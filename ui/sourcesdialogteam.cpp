// SPDX-License-Identifier: GPL-3.0-or-later
// SourcesDialog: an editor's changes of a team's sources, made on the team server through the sync
// thread and answered later (sourcesdialog.cpp has the dialog itself).
#include "models/sourcelistmodel.h"
#include "sourcesdialog.h"

#include <QMessageBox>

namespace Medtour::Ui {

namespace {

/// Numbers the changes asked for, across dialogs, so that a late answer is never taken for another's.
quint64 nextTicket()
{
    static quint64 last = 0;
    return ++last;
}

QString roleText(const QString &role)
{
    if (role == u"admin")
        return SourcesDialog::tr("admin");
    if (role == u"editor")
        return SourcesDialog::tr("editor");
    if (role == u"reader")
        return SourcesDialog::tr("reader");
    if (role.isEmpty())
        return SourcesDialog::tr("no longer a member");
    return role;
}

} // namespace

void SourcesDialog::askTeam(TeamSourceChange::Kind kind, const Source &source, TeamReply reply, const QString &opmlPath)
{
    if (isWaitingForTeam()) { // the buttons are off meanwhile; a sub-dialog is never left waiting
        if (reply)
            reply({}, tr("Another change is still waiting for the team server's answer; try again in a moment."));
        return;
    }
    TeamSourceChange change;
    change.kind = kind;
    change.source = source;
    change.opmlPath = opmlPath;
    change.ticket = nextTicket();
    m_teamTicket = change.ticket;
    m_teamReply = std::move(reply);
    updateButtons();
    showMessage(tr("Saving the change on the team server…"));
    Q_EMIT teamChangeRequested(change);
}

void SourcesDialog::teamChangeFinished(const TeamSourceResult &result)
{
    if (m_teamTicket == 0 || result.change.ticket != m_teamTicket)
        return;
    m_teamTicket = 0;
    const TeamReply reply = std::exchange(m_teamReply, {});
    const QString problem = result.error ? teamProblem(result) : QString();
    if (problem.isEmpty()) {
        // Done on the server, and (unless the exchange after it failed) already pulled here.
        const bool removed = result.change.kind == TeamSourceChange::Kind::Remove;
        changed(removed ? 0 : result.sourceId);
        showMessage(teamDone(result));
    } else {
        reload(); // a source another editor removed meanwhile goes from the list
        showMessage(problem);
    }
    if (reply)
        reply(result, problem);
}

QString SourcesDialog::teamProblem(const TeamSourceResult &result)
{
    switch (result.error.code) {
    case Error::Network:
        return tr("The team server could not be reached, so nothing was changed. Try again when it is back: "
                  "the status bar says when the reader is connected again.");
    case Error::Denied:
        return tr("The team server refused the change: your part on the team (%1) does not allow changing its "
                  "sources. Nothing was changed; an admin can make you an editor.")
            .arg(roleText(result.team.role));
    case Error::NotFound:
        return tr("This source is no longer on the team server: another editor may have removed it.");
    case Error::InvalidInput:
        return tr("The team server did not take the change: %1").arg(result.error.detail);
    case Error::ReadOnly:
        return tr("The cache is read-only, so the change was not sent to the team server.");
    default:
        return tr("The change could not be made on the team server: %1").arg(result.error.detail);
    }
}

QString SourcesDialog::teamDone(const TeamSourceResult &result)
{
    const QString name = result.change.source.name;
    QString text;
    switch (result.change.kind) {
    case TeamSourceChange::Kind::Add:
        text = tr("Added “%1” to the team's sources; the team's service fetches it.")
                   .arg(name.isEmpty() ? result.change.source.url.toDisplayString() : name);
        break;
    case TeamSourceChange::Kind::Edit:
        text = tr("Saved “%1” on the team server.").arg(name);
        break;
    case TeamSourceChange::Kind::SetEnabled:
        text = result.change.source.enabled ? tr("“%1” is synced for the team again.").arg(name)
                                            : tr("“%1” is no longer synced for the team.").arg(name);
        break;
    case TeamSourceChange::Kind::Remove:
        text = result.keptStarred > 0 ? tr("Removed “%1” from the team's sources; %n starred article(s) were kept.",
                                           nullptr, result.keptStarred)
                                            .arg(name)
                                      : tr("Removed “%1” from the team's sources.").arg(name);
        break;
    case TeamSourceChange::Kind::ImportOpml:
        text = tr("Imported %n new source(s) into the team's sources.", nullptr, result.imported);
        if (result.skipped > 0)
            text += u' ' + tr("%n were already there.", nullptr, result.skipped);
        if (result.unreadable > 0)
            text += u' ' + tr("%n outline(s) could not be read.", nullptr, result.unreadable);
        break;
    }
    if (!result.team.error.isEmpty())
        text += u' ' + tr("It shows here after the next exchange with the team server.");
    return text;
}

void SourcesDialog::removeTeamSource(const Source &source)
{
    const QString text = tr("Remove the source “%1” for the whole team?").arg(source.name) + u"\n\n" +
                         tr("Its articles are removed from the team server and from every member's cache. "
                            "Articles that any member starred are kept, under “Starred from removed sources”.");
    if (QMessageBox::question(this, tr("Remove source"), text, QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    askTeam(TeamSourceChange::Kind::Remove, source);
}

} // namespace Medtour::Ui
