// SPDX-License-Identifier: GPL-3.0-or-later
#include "googlenews.h"

#include <QUrlQuery>

namespace Medtour::GoogleNews {

namespace {
constexpr qsizetype kMaxOutletLength = 40;
}

QUrl searchUrl(const QString &query, const QString &language)
{
    QString hl = QStringLiteral("ko");
    QString gl = QStringLiteral("KR");
    QString ceidLang = QStringLiteral("ko");
    if (language == u"en") {
        hl = QStringLiteral("en-US");
        gl = QStringLiteral("US");
        ceidLang = QStringLiteral("en");
    } else if (language == u"ru") {
        hl = QStringLiteral("ru");
        gl = QStringLiteral("RU");
        ceidLang = QStringLiteral("ru");
    }
    QUrl url(QStringLiteral("https://news.google.com/rss/search"));
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(query.simplified()));
    url.setQuery(QStringLiteral("q=%1&hl=%2&gl=%3&ceid=%3:%4").arg(encoded, hl, gl, ceidLang), QUrl::StrictMode);
    return url;
}

bool isGoogleNews(const QUrl &url)
{
    return url.host() == u"news.google.com" && url.path().startsWith(u"/rss");
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
