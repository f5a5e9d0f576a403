// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/fetchsettings.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QUrl>

namespace Medtour {

class HttpFetcher;
struct FetchResult;

/// Fetches the images an article names, for the reader, once the user has allowed remote images
/// (off by default: a remote image tells its server who reads what). It goes through HttpFetcher
/// with tighter limits than feeds (5 MB, short time-outs, no retries), takes http and https only,
/// and asks for each address once. It hands over bytes; the reader decodes them.
class RemoteImageLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteImageLoader)

public:
    static constexpr qint64 kMaxImageBytes = 5 * 1024 * 1024;
    static constexpr int kMaxImagesPerArticle = 50;

    explicit RemoteImageLoader(QObject *parent = nullptr);
    RemoteImageLoader(const FetchSettings &settings, QObject *parent);
    ~RemoteImageLoader() override;

    /// Starts fetching `url` unless it was asked for since the last clear(); false for any scheme
    /// but http(s), and past kMaxImagesPerArticle.
    bool request(const QUrl &url);
    /// Forgets what was asked and drops fetches in flight (another article is shown).
    void clear();

Q_SIGNALS:
    void loaded(const QUrl &url, const QByteArray &bytes);
    void failed(const QUrl &url, const QString &error);

private:
    void onFinished(const FetchResult &result);

    HttpFetcher *m_fetcher = nullptr;
    QHash<qint64, QUrl> m_inFlight;
    QSet<QUrl> m_asked;
    qint64 m_nextId = 1;
};

} // namespace Medtour
