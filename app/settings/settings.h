// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QSettings>
#include <QStringList>

#include <memory>

namespace Medtour {

/// The reader's preferences and remembered layout, typed, with their keys and defaults in one
/// place. It wraps QSettings: the platform's store by default, or an INI file (tests pass a
/// temporary one). Setters that change a value emit changed(key).
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    enum class Theme
    {
        System,
        Light,
        Dark
    };
    Q_ENUM(Theme)

    /// `iniPath` empty: the platform's store for the application identity.
    explicit Settings(const QString &iniPath = QString(), QObject *parent = nullptr);
    ~Settings() override;

    /// "" (follow the system), "ko", "en" or "ru"; applied on the next start.
    QString uiLanguage() const;
    void setUiLanguage(const QString &language);
    /// The language labels (countries, regions, specialties) are shown in: the chosen one, else the
    /// system's ("en" when the system names none, as the "C" locale does).
    QString displayLanguage() const;
    Theme theme() const;
    void setTheme(Theme theme);
    bool remoteImages() const;
    void setRemoteImages(bool allowed);
    int defaultIntervalMinutes() const;
    void setDefaultIntervalMinutes(int minutes);
    /// Days to keep unstarred articles; 0 keeps everything.
    int retentionDays() const;
    void setRetentionDays(int days);
    /// Relevance (0..1) from which a new article raises a notification.
    double notificationThreshold() const;
    void setNotificationThreshold(double threshold);

    QStringList searchHistory() const;
    /// Puts `text` first in the history (at most 20 entries, no duplicates).
    void addSearchHistory(const QString &text);
    bool collapseClusters() const;
    void setCollapseClusters(bool collapse);

    /// Opaque layout blobs (geometry, window state, splitters, header) by name.
    QByteArray layout(const QString &name) const;
    void setLayout(const QString &name, const QByteArray &state);

    void sync();
    QString fileName() const;

Q_SIGNALS:
    void changed(const QString &key);

private:
    void write(const QString &key, const QVariant &value);
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Medtour
