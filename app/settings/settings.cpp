// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include <QLocale>

namespace Medtour {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kTheme = QStringLiteral("ui/theme");
const QString kRemoteImages = QStringLiteral("reader/remoteImages");
const QString kInterval = QStringLiteral("sync/defaultIntervalMinutes");
const QString kRetention = QStringLiteral("cache/retentionDays");
const QString kThreshold = QStringLiteral("notifications/relevanceThreshold");
const QString kHistory = QStringLiteral("filters/searchHistory");
const QString kCollapse = QStringLiteral("filters/collapseClusters");
const QString kLayoutGroup = QStringLiteral("layout/");
constexpr int kHistoryMax = 20;
} // namespace

Settings::Settings(const QString &iniPath, QObject *parent)
    : QObject(parent)
    , m_settings(iniPath.isEmpty() ? std::make_unique<QSettings>()
                                   : std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

Settings::~Settings() = default;

void Settings::write(const QString &key, const QVariant &value)
{
    if (m_settings->value(key) == value && m_settings->contains(key))
        return;
    m_settings->setValue(key, value);
    Q_EMIT changed(key);
}

QString Settings::uiLanguage() const
{
    const QString language = m_settings->value(kLanguage).toString();
    return QStringList{QStringLiteral("ko"), QStringLiteral("en"), QStringLiteral("ru")}.contains(language) ? language
                                                                                                            : QString();
}

void Settings::setUiLanguage(const QString &language)
{
    write(kLanguage, language);
}

QString Settings::displayLanguage() const
{
    if (const QString chosen = uiLanguage(); !chosen.isEmpty())
        return chosen;
    const QString system = QLocale().name().section(u'_', 0, 0);
    return system.size() == 2 || system.size() == 3 ? system : QStringLiteral("en");
}

Settings::Theme Settings::theme() const
{
    const QString name = m_settings->value(kTheme).toString();
    if (name == u"light")
        return Theme::Light;
    if (name == u"dark")
        return Theme::Dark;
    return Theme::System;
}

void Settings::setTheme(Theme theme)
{
    write(kTheme, theme == Theme::Light  ? QStringLiteral("light")
                  : theme == Theme::Dark ? QStringLiteral("dark")
                                         : QStringLiteral("system"));
}

bool Settings::remoteImages() const
{
    return m_settings->value(kRemoteImages, false).toBool();
}

void Settings::setRemoteImages(bool allowed)
{
    write(kRemoteImages, allowed);
}

int Settings::defaultIntervalMinutes() const
{
    return qBound(5, m_settings->value(kInterval, 60).toInt(), 7 * 24 * 60);
}

void Settings::setDefaultIntervalMinutes(int minutes)
{
    write(kInterval, qBound(5, minutes, 7 * 24 * 60));
}

int Settings::retentionDays() const
{
    return qBound(0, m_settings->value(kRetention, 0).toInt(), 36500);
}

void Settings::setRetentionDays(int days)
{
    write(kRetention, qBound(0, days, 36500));
}

double Settings::notificationThreshold() const
{
    return qBound(0.0, m_settings->value(kThreshold, 0.6).toDouble(), 1.0);
}

void Settings::setNotificationThreshold(double threshold)
{
    write(kThreshold, qBound(0.0, threshold, 1.0));
}

QStringList Settings::searchHistory() const
{
    return m_settings->value(kHistory).toStringList().mid(0, kHistoryMax);
}

void Settings::addSearchHistory(const QString &text)
{
    const QString entry = text.trimmed().left(500);
    if (entry.isEmpty())
        return;
    QStringList history = searchHistory();
    history.removeAll(entry);
    history.prepend(entry);
    write(kHistory, history.mid(0, kHistoryMax));
}

bool Settings::collapseClusters() const
{
    return m_settings->value(kCollapse, false).toBool();
}

void Settings::setCollapseClusters(bool collapse)
{
    write(kCollapse, collapse);
}

QByteArray Settings::layout(const QString &name) const
{
    return m_settings->value(kLayoutGroup + name).toByteArray();
}

void Settings::setLayout(const QString &name, const QByteArray &state)
{
    m_settings->setValue(kLayoutGroup + name, state); // layout is not a preference: no signal
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

} // namespace Medtour
