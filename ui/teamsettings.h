// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/syncreport.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Medtour::Ui {

/// Settings → Team: join a team server (its address, the member's name and password) or leave it,
/// and what the cache is joined to now. The password goes with the join request only: the sync
/// thread keeps it in the password file, never in the settings.
class TeamSettings final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamSettings)

public:
    explicit TeamSettings(const TeamExchange &team, QWidget *parent = nullptr);

    /// postgresql://member:password@host[:port]/database[?sslmode=…] from the fields; empty with
    /// `why` when they do not make one.
    QString address(QString *why) const;

Q_SIGNALS:
    void joinRequested(const QString &url);
    void leaveRequested();

private:
    QLineEdit *m_server = nullptr;
    QLineEdit *m_member = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_join = nullptr;
    QPushButton *m_leave = nullptr;
};

} // namespace Medtour::Ui
