// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Medtour {

/// What went wrong, as a code the UI can map to a translated message, plus technical detail.
struct Error
{
    enum Code
    {
        None,
        NotFound,     ///< a file, record or source that does not exist
        Io,           ///< reading or writing a file failed
        NotAFeed,     ///< the bytes are not a feed we can read
        Database,     ///< SQLite refused (detail holds its message)
        Corrupt,      ///< the cache file is damaged
        DiskFull,     ///< the disk (or the cache's size limit) has no room left; nothing was written
        TooNew,       ///< the cache was written by a newer version
        InvalidInput, ///< the caller passed something malformed
        // Fetching (sync); FetchResult and SourceSyncResult carry these, with the HTTP status.
        Network,        ///< no HTTP answer: refused, unknown host, connection dropped
        Timeout,        ///< the server did not answer, or not fast enough
        Tls,            ///< the secure connection failed (certificate, handshake)
        TooLarge,       ///< the response passed the size limit
        Http,           ///< the server answered with an error status (see the HTTP status)
        Redirect,       ///< a redirect loop, too many redirects, or a refused redirect
        Cancelled,      ///< the user stopped the sync
        NoArticleLinks, ///< a `page` source's list page links to no article
        ReadOnly,       ///< the cache cannot be written (a read-only file, folder or mount, or a full disk)
        Denied,         ///< the team server refused: the member's part does not allow it (SQLSTATE 42501)
    };
    Code code = None;
    QString detail;

    explicit operator bool() const { return code != None; }
};

/// A value or an Error; core functions return this instead of throwing.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

} // namespace Medtour
