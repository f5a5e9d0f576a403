// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/syncreport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace Medtour {
class Settings;
}

namespace Medtour::Ui {

/// Preferences: UI language (applied on restart), theme, remote images, the default sync
/// interval, retention, the notification threshold, where the cache lives (shown only), and the team
/// the cache is joined to (TeamSettings).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(Settings &settings, const QString &cachePath, const TeamExchange &team = {},
                   QWidget *parent = nullptr);
    /// Writes the controls into the settings (done on OK).
    void apply();

Q_SIGNALS:
    /// Settings → Team: join the team server at `url` (with the member's password), or leave it.
    void joinTeamRequested(const QString &url);
    void leaveTeamRequested();

private:
    Settings &m_settings;
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QCheckBox *m_remoteImages = nullptr;
    QSpinBox *m_interval = nullptr;
    QSpinBox *m_retention = nullptr;
    QSpinBox *m_threshold = nullptr;
};

} // namespace Medtour::Ui
