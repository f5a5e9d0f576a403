// SPDX-License-Identifier: GPL-3.0-or-later
#include "serveraddress.h"

#include <QUrl>
#include <QUrlQuery>

namespace Medtour {

namespace {

/// The libpq options a URL may set. Others are refused rather than passed on, so that a URL cannot
/// switch on something unexpected (a service file, a different password file).
bool allowedOption(const QString &key)
{
    static const QStringList allowed{
        QStringLiteral("sslmode"),        QStringLiteral("sslrootcert"),      QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),         QStringLiteral("sslcrl"),           QStringLiteral("connect_timeout"),
        QStringLiteral("host"),           QStringLiteral("application_name"), QStringLiteral("target_session_attrs"),
        QStringLiteral("keepalives_idle")};
    return allowed.contains(key);
}

/// A value in a QPSQL connect-options string: libpq's quoting (single quotes, backslash escapes).
QString quoted(const QString &value)
{
    QString out = QStringLiteral("'");
    for (const QChar c : value) {
        if (c == u'\'' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out + u'\'';
}

} // namespace

Result<ServerAddress> ServerAddress::parse(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"postgresql" && url.scheme() != u"postgres"))
        return Error{Error::InvalidInput,
                     QStringLiteral("not a server address: expected postgresql://user@host[:port]/database")};
    ServerAddress address;
    address.user = url.userName(QUrl::FullyDecoded);
    address.password = url.password(QUrl::FullyDecoded);
    address.host = url.host(QUrl::FullyDecoded);
    address.port = url.port(5432);
    address.database = url.path(QUrl::FullyDecoded).mid(1);
    if (address.database.isEmpty() || address.database.contains(u'/'))
        return Error{
            Error::InvalidInput,
            QStringLiteral("the server address names no database: %1").arg(url.toString(QUrl::RemovePassword))};
    if (address.user.isEmpty())
        return Error{Error::InvalidInput,
                     QStringLiteral("the server address names no user: %1").arg(url.toString(QUrl::RemovePassword))};
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!allowedOption(key))
            return Error{Error::InvalidInput,
                         QStringLiteral("the server address has an unknown parameter: %1").arg(key)};
        if (key == u"host")
            address.host = value;
        else
            address.options.append({key, value});
    }
    return address;
}

QString ServerAddress::toString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    if (!host.startsWith(u'/'))
        url.setHost(host);
    if (port != 5432)
        url.setPort(port);
    url.setPath(u'/' + database);
    QUrlQuery query;
    if (host.startsWith(u'/'))
        query.addQueryItem(QStringLiteral("host"), host);
    for (const auto &[key, value] : options)
        query.addQueryItem(key, value);
    url.setQuery(query);
    return url.toString();
}

QString ServerAddress::connectOptions(const QString &passwordFile) const
{
    QStringList parts;
    for (const auto &[key, value] : options)
        parts << key + u'=' + quoted(value);
    if (!passwordFile.isEmpty())
        parts << QStringLiteral("passfile=") + quoted(passwordFile);
    parts << QStringLiteral("application_name='medtour'");
    return parts.join(u';');
}

} // namespace Medtour
