// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "newarticlenotifier.h"

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

namespace Medtour {
class Settings;
class SyncController;
} // namespace Medtour

namespace Medtour::Ui {

class MainWindow;

/// After a sync, tells a user whose window is hidden or minimised about new relevant articles
/// with one tray message (NewArticleNotifier decides); a click on it brings the window back with
/// the most relevant of them selected. Without a system tray it stays quiet.
class TrayNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayNotifier)

public:
    TrayNotifier(SyncController &controller, MainWindow &window, Settings &settings, QObject *parent = nullptr);

    bool hasTray() const { return m_tray != nullptr; }
    /// The last message shown (or that would have been shown without a tray), for tests.
    const std::optional<NewArticleNotice> &lastNotice() const { return m_last; }

    void syncFinished(const SyncReport &report);
    /// What a click on the message does.
    void activate();

Q_SIGNALS:
    void noticeReady(const Medtour::Ui::NewArticleNotice &notice);

private:
    MainWindow &m_window;
    Settings &m_settings;
    NewArticleNotifier m_notifier;
    QSystemTrayIcon *m_tray = nullptr;
    std::optional<NewArticleNotice> m_last;
};

} // namespace Medtour::Ui
