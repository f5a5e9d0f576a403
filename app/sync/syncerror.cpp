// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncerror.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>
#include <utility>

namespace Medtour::SyncError {

namespace {

constexpr std::array<std::pair<Error::Code, const char *>, 18> kNames{{
    {Error::NotFound, "not-found"},
    {Error::Io, "io"},
    {Error::NotAFeed, "not-a-feed"},
    {Error::Database, "database"},
    {Error::Corrupt, "corrupt"},
    {Error::DiskFull, "disk-full"},
    {Error::TooNew, "too-new"},
    {Error::InvalidInput, "invalid-input"},
    {Error::Network, "network"},
    {Error::Timeout, "timeout"},
    {Error::Tls, "tls"},
    {Error::TooLarge, "too-large"},
    {Error::Http, "http"},
    {Error::Redirect, "redirect"},
    {Error::Cancelled, "cancelled"},
    {Error::NoArticleLinks, "no-article-links"},
    {Error::ReadOnly, "read-only"},
    {Error::Denied, "denied"},
}};

Description httpDescription(int status, const QDateTime &retryAt)
{
    if (status == 429 || status == 503) {
        if (retryAt.isValid()) {
            const QString when = QLocale().toString(retryAt.toLocalTime(), QLocale::ShortFormat);
            return {QCoreApplication::translate("SyncError", "The server asked us to wait until %1.").arg(when),
                    QCoreApplication::translate("SyncError",
                                                "The source is synced again after that time; nothing else to do.")};
        }
        if (status == 429)
            return {QCoreApplication::translate("SyncError", "The server received too many requests from us."),
                    QCoreApplication::translate("SyncError", "Try again later.")};
        return {QCoreApplication::translate("SyncError", "The server is overloaded or down for maintenance."),
                QCoreApplication::translate("SyncError", "Try again later.")};
    }
    if (status == 404 || status == 410)
        return {QCoreApplication::translate("SyncError", "The feed address no longer exists."),
                QCoreApplication::translate("SyncError", "Check the address or look for the feed on the site.")};
    if (status == 401 || status == 403)
        return {
            QCoreApplication::translate("SyncError", "The server refused access to the feed."),
            QCoreApplication::translate(
                "SyncError", "The feed may need a login or may block readers; look for a public feed on the site.")};
    if (status >= 500)
        return {QCoreApplication::translate("SyncError", "The server had an internal problem (HTTP %1).").arg(status),
                QCoreApplication::translate("SyncError", "This is usually temporary; try again later.")};
    if (status >= 400)
        return {QCoreApplication::translate("SyncError", "The server refused the request (HTTP %1).").arg(status),
                QCoreApplication::translate("SyncError", "Check the address of the source.")};
    return {QCoreApplication::translate("SyncError", "The server gave an unexpected answer (HTTP %1).").arg(status),
            QCoreApplication::translate("SyncError", "Try again later; if it persists, check the address.")};
}

} // namespace

QString codeName(Error::Code code)
{
    for (const auto &[c, name] : kNames) {
        if (c == code)
            return QString::fromLatin1(name);
    }
    return {};
}

Error::Code codeFromName(const QString &name)
{
    for (const auto &[c, n] : kNames) {
        if (name == QLatin1StringView(n))
            return c;
    }
    return Error::None;
}

Description describe(Error::Code code, int httpStatus, const QString &detail, const QDateTime &retryAt)
{
    switch (code) {
    case Error::Timeout:
        return {QCoreApplication::translate("SyncError", "The server did not answer in time."),
                QCoreApplication::translate("SyncError", "Try again later.")};
    case Error::Network:
        return {QCoreApplication::translate("SyncError", "The server could not be reached."),
                QCoreApplication::translate("SyncError",
                                            "Check your internet connection and the address, then sync again.")};
    case Error::Tls:
        return {QCoreApplication::translate(
                    "SyncError",
                    "The secure connection to the server failed: its certificate is not valid or not trusted."),
                QCoreApplication::translate("SyncError",
                                            "Check the address; if the site opens in a browser, try again later.")};
    case Error::TooLarge:
        return {QCoreApplication::translate("SyncError", "The feed is larger than the size limit."),
                QCoreApplication::translate("SyncError",
                                            "Look for a smaller feed on the site, such as one for a single section.")};
    case Error::NotAFeed:
        if (detail.contains(u"HTML", Qt::CaseInsensitive))
            return {QCoreApplication::translate("SyncError", "This address is a web page, not a feed."),
                    QCoreApplication::translate(
                        "SyncError",
                        "Use Add feed → Find feeds in File → Sources to find the site's feed, and add that instead.")};
        return {QCoreApplication::translate("SyncError", "The address did not return a feed that can be read."),
                QCoreApplication::translate("SyncError", "Check that it points to an RSS, Atom or JSON feed.")};
    case Error::NoArticleLinks:
        return {QCoreApplication::translate("SyncError", "No links to articles were found on this page."),
                QCoreApplication::translate("SyncError",
                                            "Use the address of the site's news list (a section or a press-release "
                                            "board), not its home page or a single article.")};
    case Error::Http:
        return httpDescription(httpStatus, retryAt);
    case Error::Redirect:
        return {QCoreApplication::translate(
                    "SyncError",
                    "The address redirects in a way that is not followed (a loop, too many steps, or to an "
                    "insecure address)."),
                QCoreApplication::translate("SyncError", "Open it in a browser and use the address it ends at.")};
    case Error::DiskFull:
        return {QCoreApplication::translate("SyncError", "The disk is full."),
                QCoreApplication::translate("SyncError", "Free some space and sync again.")};
    case Error::ReadOnly:
        return {QCoreApplication::translate("SyncError", "The cache is read-only, so nothing can be saved in it."),
                QCoreApplication::translate("SyncError",
                                            "Make the cache file and its folder writable (or free some space), "
                                            "then sync again.")};
    case Error::Denied: // a team server's refusal; a sync of a source never meets it
    case Error::Database:
    case Error::Corrupt:
    case Error::Io:
    case Error::TooNew:
        return {QCoreApplication::translate("SyncError", "The new articles could not be saved in the cache."),
                QCoreApplication::translate("SyncError", "Sync again; if it keeps failing, restart the reader.")};
    case Error::InvalidInput:
        return {
            QCoreApplication::translate("SyncError", "The address of the source is not a web address (http or https)."),
            QCoreApplication::translate("SyncError", "Edit the source and correct its address.")};
    case Error::NotFound:
        return {QCoreApplication::translate("SyncError", "The source was removed while it was being synced."),
                QString()};
    case Error::Cancelled:
        return {QCoreApplication::translate("SyncError", "The sync was stopped before this source finished."),
                QCoreApplication::translate("SyncError", "Sync again to fetch it.")};
    case Error::None:
        break;
    }
    // Older caches and unknown codes: the status still tells something.
    if (httpStatus >= 400)
        return httpDescription(httpStatus, retryAt);
    return {QCoreApplication::translate("SyncError", "The source could not be synced."),
            QCoreApplication::translate("SyncError", "Try again later.")};
}

} // namespace Medtour::SyncError
