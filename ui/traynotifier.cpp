// SPDX-License-Identifier: GPL-3.0-or-later
#include "traynotifier.h"

#include "mainwindow.h"
#include "settings/settings.h"
#include "sync/synccontroller.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>
#include <QSystemTrayIcon>

namespace Medtour::Ui {

TrayNotifier::TrayNotifier(SyncController &controller, MainWindow &window, Settings &settings, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_settings(settings)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        QIcon icon = QApplication::windowIcon();
        if (icon.isNull())
            icon = window.style()->standardIcon(QStyle::SP_MessageBoxInformation);
        m_tray = new QSystemTrayIcon(icon, this);
        m_tray->setToolTip(tr("Medtour Reader"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::activate);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                activate();
        });
        m_tray->show();
    }
    connect(&controller, &SyncController::syncFinished, this, &TrayNotifier::syncFinished);
}

void TrayNotifier::syncFinished(const SyncReport &report)
{
    m_notifier.setThreshold(m_settings.notificationThreshold());
    const bool visible = m_window.isVisible() && !m_window.isMinimized();
    std::optional<NewArticleNotice> notice = m_notifier.afterSync(report.newArticles(), visible);
    if (!notice)
        return;
    m_last = notice;
    if (m_tray)
        m_tray->showMessage(notice->title, notice->message, QSystemTrayIcon::Information, 10000);
    Q_EMIT noticeReady(*notice);
}

void TrayNotifier::activate()
{
    if (m_window.isMinimized())
        m_window.showNormal();
    else
        m_window.show();
    m_window.raise();
    m_window.activateWindow();
    if (m_last && !m_last->ids.isEmpty())
        m_window.selectArticle(m_last->ids.constFirst());
}

} // namespace Medtour::Ui
