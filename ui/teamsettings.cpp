// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamsettings.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>
#include <QUrlQuery>

namespace Medtour::Ui {

TeamSettings::TeamSettings(const TeamExchange &team, QWidget *parent)
    : QGroupBox(tr("Team"), parent)
    , m_server(new QLineEdit(this))
    , m_member(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_state(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_join(new QPushButton(tr("&Join"), this))
    , m_leave(new QPushButton(tr("&Leave the team…"), this))
{
    setObjectName(QStringLiteral("teamSettings"));
    m_server->setObjectName(QStringLiteral("teamServer"));
    m_member->setObjectName(QStringLiteral("teamMember"));
    m_password->setObjectName(QStringLiteral("teamPassword"));
    m_join->setObjectName(QStringLiteral("teamJoin"));
    m_leave->setObjectName(QStringLiteral("teamLeave"));
    m_server->setPlaceholderText(QStringLiteral("server.example.org/medtour?sslmode=verify-full"));
    m_server->setToolTip(tr("The team's PostgreSQL server and database. Use sslmode=verify-full for a server on "
                            "another machine."));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Kept in your password file (readable by you alone), never in the settings."));
    m_state->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(link)"));
    m_problem->hide();

    if (team.joined) {
        m_state->setText(tr("This cache is joined to %1 as %2 (%3). The team's sync service fetches the sources; "
                            "new articles arrive here within moments, and your stars, read marks and notes go to "
                            "the server, also after working offline.")
                             .arg(team.server, team.user, team.role));
        m_server->setText(QUrl(team.server).host() + QUrl(team.server).path());
        m_member->setText(team.user);
        for (QWidget *w : std::initializer_list<QWidget *>{m_server, m_member, m_password, m_join})
            w->setEnabled(false);
    } else {
        m_state->setText(tr("Join your office's team server to read what its sync service fetched, share notes, "
                            "and keep working offline. The articles now in this cache are replaced by the team's; "
                            "your stars, notes and read marks are kept."));
        m_leave->setEnabled(false);
    }

    auto *form = new QFormLayout;
    form->addRow(m_state);
    form->addRow(tr("Server:"), m_server);
    form->addRow(tr("Member:"), m_member);
    form->addRow(tr("Password:"), m_password);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_join);
    buttons->addWidget(m_leave);
    form->addRow(buttons);
    form->addRow(m_problem);
    setLayout(form);

    connect(m_join, &QPushButton::clicked, this, [this] {
        QString why;
        const QString url = address(&why);
        if (url.isEmpty()) {
            m_problem->setText(why);
            m_problem->show();
            return;
        }
        m_problem->hide();
        m_join->setEnabled(false);
        m_state->setText(tr("Joining… the articles of the last 90 days come first, the rest after."));
        Q_EMIT joinRequested(url);
    });
    connect(m_leave, &QPushButton::clicked, this, [this] {
        const auto answer =
            QMessageBox::question(this, tr("Leave the team"),
                                  tr("This cache stops receiving the team's articles and keeps those it has as your "
                                     "own. Changes not yet sent to the server stay here. Leave the team?"));
        if (answer != QMessageBox::Yes)
            return;
        m_leave->setEnabled(false);
        Q_EMIT leaveRequested();
    });
}

QString TeamSettings::address(QString *why) const
{
    QString text = m_server->text().trimmed();
    if (!text.contains(u"://"))
        text.prepend(QStringLiteral("postgresql://"));
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2) {
        *why = tr("The server is written as host/database, for example server.example.org/medtour.");
        return {};
    }
    if (m_member->text().trimmed().isEmpty()) {
        *why = tr("Enter your member name.");
        return {};
    }
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_member->text().trimmed());
    if (!m_password->text().isEmpty())
        url.setPassword(m_password->text());
    return url.toString(QUrl::FullyEncoded);
}

} // namespace Medtour::Ui
