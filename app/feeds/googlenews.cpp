// SPDX-License-Identifier: GPL-3.0-or-later
#include "googlenews.h"

#include <QUrlQuery>

namespace Medtour::GoogleNews {

namespace {
constexpr qsizetype kMaxOutletLength = 40;
}

QUrl searchBase()
{
    const QByteArray base = qgetenv("MEDTOUR_GOOGLE_NEWS_BASE");
    if (!base.isEmpty()) {
        const QUrl url(QString::fromUtf8(base));
        if (url.isValid())
            return url;
    }
    return QUrl(QStringLiteral("https://news.google.com/rss/search"));
}

QUrl searchUrl(const QString &query, const QString &language)
{
    if (language == u"en")
        return searchUrl(query, QStringLiteral("en"), QStringLiteral("US"));
    if (language == u"ru")
        return searchUrl(query, QStringLiteral("ru"), QStringLiteral("RU"));
    return searchUrl(query, QStringLiteral("ko"), QStringLiteral("KR"));
}

QUrl searchUrl(const QString &query, const QString &language, const QString &region)
{
    const QString lang = language.trimmed().isEmpty() ? QStringLiteral("ko") : language.trimmed().toLower();
    const QString gl = region.trimmed().isEmpty() ? QStringLiteral("KR") : region.trimmed().toUpper();
    static const QStringList byRegion{QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("pt"),
                                      QStringLiteral("zh"), QStringLiteral("fr")};
    const QString hl = byRegion.contains(lang) ? QStringLiteral("%1-%2").arg(lang, gl) : lang;
    QUrl url = searchBase();
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(query.simplified()));
    url.setQuery(QStringLiteral("q=%1&hl=%2&gl=%3&ceid=%3:%4")
                     .arg(encoded, QString::fromLatin1(QUrl::toPercentEncoding(hl)),
                          QString::fromLatin1(QUrl::toPercentEncoding(gl)),
                          QString::fromLatin1(QUrl::toPercentEncoding(lang))),
                 QUrl::StrictMode);
    return url;
}

bool isGoogleNews(const QUrl &url)
{
    if (url.host() == u"news.google.com" && url.path().startsWith(u"/rss"))
        return true;
    const QUrl base = searchBase();
    return base.host() != u"news.google.com" && url.host() == base.host() && url.port() == base.port() &&
           url.path() == base.path();
}

QString queryOf(const QUrl &url)
{
    if (!isGoogleNews(url))
        return {};
    return QUrlQuery(url).queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
}

QString takeOutlet(FeedItem &item)
{
    const QString source = item.sourceTitle.trimmed();
    const QString suffix = QStringLiteral(" - ") + source;
    if (!source.isEmpty()) {
        if (item.title.endsWith(suffix) && item.title.size() > suffix.size())
            item.title.chop(suffix.size());
        return source;
    }
    const qsizetype dash = item.title.lastIndexOf(QStringLiteral(" - "));
    if (dash <= 0)
        return {};
    const QString outlet = item.title.mid(dash + 3).trimmed();
    if (outlet.isEmpty() || outlet.size() > kMaxOutletLength)
        return {};
    item.title.truncate(dash);
    item.sourceTitle = outlet;
    return outlet;
}

} // namespace Medtour::GoogleNews
