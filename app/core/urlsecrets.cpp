// SPDX-License-Identifier: GPL-3.0-or-later
#include "urlsecrets.h"

#include <QRegularExpression>

namespace Medtour::UrlSecrets {

namespace {

int portOf(const QUrl &url)
{
    return url.port(url.scheme() == u"https" ? 443 : url.scheme() == u"http" ? 80 : 0);
}

} // namespace

CredentialKey keyFor(const QUrl &url)
{
    return {url.host().toLower(), portOf(url), QString(CredentialStore::kHttpService), url.userName()};
}

QUrl withoutPassword(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePassword);
}

Result<QUrl> movePasswordToStore(const QUrl &url, CredentialStore &store)
{
    if (url.password().isEmpty())
        return url;
    if (url.userName().isEmpty())
        return Error{Error::InvalidInput, QStringLiteral("the address of %1 has a password but no user name")
                                              .arg(url.adjusted(QUrl::RemoveUserInfo).toString())};
    if (const Error error = store.store(keyFor(url), url.password()))
        return Error{error.code, QStringLiteral("cannot keep the password of %1 in %2: %3")
                                     .arg(withoutPassword(url).toString(), store.path(), error.detail)};
    return withoutPassword(url);
}

QString redact(const QString &text)
{
    static const QRegularExpression userInfo(QStringLiteral("([A-Za-z][A-Za-z0-9+.-]*://[^/?#@\\s:]*):[^/?#\\s]*@"));
    QString out = text;
    out.replace(userInfo, QStringLiteral("\\1@"));
    return out;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && portOf(a) == portOf(b);
}

} // namespace Medtour::UrlSecrets
