// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "settings/settings.h"
#include "teamsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace Medtour::Ui {

SettingsDialog::SettingsDialog(Settings &settings, const QString &cachePath, const TeamExchange &team, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_remoteImages(new QCheckBox(tr("Load remote images in articles"), this))
    , m_interval(new QSpinBox(this))
    , m_retention(new QSpinBox(this))
    , m_threshold(new QSpinBox(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.uiLanguage())));
    m_theme->addItem(tr("As the system"), int(Settings::Theme::System));
    m_theme->addItem(tr("Light"), int(Settings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(Settings::Theme::Dark));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(int(settings.theme()))));
    m_remoteImages->setChecked(settings.remoteImages());
    m_remoteImages->setToolTip(tr("Remote images tell the publisher that you read the article. Off by default."));
    m_interval->setRange(5, 7 * 24 * 60);
    m_interval->setSuffix(tr(" min"));
    m_interval->setValue(settings.defaultIntervalMinutes());
    m_retention->setRange(0, 36500);
    m_retention->setSpecialValueText(tr("Keep everything"));
    m_retention->setSuffix(tr(" days"));
    m_retention->setValue(settings.retentionDays());
    m_threshold->setRange(0, 100);
    m_threshold->setSuffix(QStringLiteral(" %"));
    m_threshold->setValue(qRound(settings.notificationThreshold() * 100));
    auto *cache = new QLineEdit(cachePath, this);
    cache->setReadOnly(true);
    cache->setCursorPosition(0);

    auto *form = new QFormLayout;
    form->addRow(tr("Language:"), m_language);
    auto *restart = new QLabel(tr("A new language, and a return to the system theme, apply when the reader starts "
                                  "again."),
                               this);
    restart->setWordWrap(true);
    restart->setStyleSheet(QStringLiteral("color: palette(mid)"));
    form->addRow(QString(), restart);
    form->addRow(tr("Theme:"), m_theme);
    form->addRow(QString(), m_remoteImages);
    form->addRow(tr("Check new sources every:"), m_interval);
    form->addRow(tr("Remove unstarred articles after:"), m_retention);
    form->addRow(tr("Notify about new articles with relevance from:"), m_threshold);
    form->addRow(tr("Cache:"), cache);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *teamBox = new TeamSettings(team, this);
    connect(teamBox, &TeamSettings::joinRequested, this, &SettingsDialog::joinTeamRequested);
    connect(teamBox, &TeamSettings::leaveRequested, this, &SettingsDialog::leaveTeamRequested);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(teamBox);
    layout->addWidget(buttons);
}

void SettingsDialog::apply()
{
    m_settings.setUiLanguage(m_language->currentData().toString());
    m_settings.setTheme(Settings::Theme(m_theme->currentData().toInt()));
    m_settings.setRemoteImages(m_remoteImages->isChecked());
    m_settings.setDefaultIntervalMinutes(m_interval->value());
    m_settings.setRetentionDays(m_retention->value());
    m_settings.setNotificationThreshold(m_threshold->value() / 100.0);
    m_settings.sync();
}

} // namespace Medtour::Ui
