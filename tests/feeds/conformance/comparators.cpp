// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparators.h"

#include "text/htmltext.h"
#include "text/textnormalizer.h"

#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

namespace Medtour::Conformance::Compare {

QString textKey(const QString &text)
{
    return TextNormalizer::nfc(text);
}

QString lenientKey(const QString &text)
{
    return TextNormalizer::nfc(HtmlText::simplifyWhitespace(text));
}

QString htmlTextKey(const QString &html)
{
    // The same plain-text reduction is applied to the expected and to our value, so it only needs to
    // be consistent: tags become nothing or a space (block boundaries), entities are decoded once.
    return TextNormalizer::nfc(HtmlText::toPlainText(html));
}

QString linkKey(const QUrl &input)
{
    if (input.isEmpty())
        return {};
    QUrl url = input;
    url.setScheme(url.scheme().toLower());
    url.setHost(url.host().toLower());
    const QString scheme = url.scheme();
    const int port = url.port();
    if ((scheme == u"http" && port == 80) || (scheme == u"https" && port == 443) || (scheme == u"ftp" && port == 21))
        url.setPort(-1);
    // A WHATWG URL parser gives special schemes an empty path as "/": http://example.com ≡ http://example.com/.
    if ((scheme == u"http" || scheme == u"https" || scheme == u"ftp") && !url.host().isEmpty() && url.path().isEmpty())
        url.setPath(QStringLiteral("/"));
    return url.toString(QUrl::FullyEncoded);
}

QString linkKey(const QString &url)
{
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty())
        return {};
    return linkKey(QUrl(trimmed));
}

QString dateKey(const QDateTime &dt)
{
    if (!dt.isValid())
        return QStringLiteral("null");
    return dt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QString encodingKey(const QString &label)
{
    // The subset of the WHATWG label table that the suites use. GBK and gb18030 share one decoder in
    // WHATWG, as do ISO-8859-1, US-ASCII and windows-1252.
    static const QHash<QString, QString> table = {
        {QStringLiteral("utf8"), QStringLiteral("utf-8")},
        {QStringLiteral("unicode-1-1-utf-8"), QStringLiteral("utf-8")},
        {QStringLiteral("us-ascii"), QStringLiteral("windows-1252")},
        {QStringLiteral("ascii"), QStringLiteral("windows-1252")},
        {QStringLiteral("iso-8859-1"), QStringLiteral("windows-1252")},
        {QStringLiteral("iso8859-1"), QStringLiteral("windows-1252")},
        {QStringLiteral("latin1"), QStringLiteral("windows-1252")},
        {QStringLiteral("l1"), QStringLiteral("windows-1252")},
        {QStringLiteral("cp1252"), QStringLiteral("windows-1252")},
        {QStringLiteral("gb2312"), QStringLiteral("gb18030")},
        {QStringLiteral("gbk"), QStringLiteral("gb18030")},
        {QStringLiteral("x-gbk"), QStringLiteral("gb18030")},
        {QStringLiteral("euc-kr"), QStringLiteral("euc-kr")},
        {QStringLiteral("windows-949"), QStringLiteral("euc-kr")},
        {QStringLiteral("cp949"), QStringLiteral("euc-kr")},
        {QStringLiteral("ks_c_5601-1987"), QStringLiteral("euc-kr")},
        {QStringLiteral("ks_c_5601-1989"), QStringLiteral("euc-kr")},
        {QStringLiteral("korean"), QStringLiteral("euc-kr")},
        {QStringLiteral("big5-hkscs"), QStringLiteral("big5")},
        {QStringLiteral("shift-jis"), QStringLiteral("shift_jis")},
        {QStringLiteral("sjis"), QStringLiteral("shift_jis")},
        {QStringLiteral("tis-620"), QStringLiteral("windows-874")},
        {QStringLiteral("iso-8859-11"), QStringLiteral("windows-874")},
        {QStringLiteral("utf-16"), QStringLiteral("utf-16le")},
    };
    const QString key = label.trimmed().toLower();
    return table.value(key, key);
}

QDateTime parseRfc3339(const QString &text)
{
    QString s = text.trimmed();
    if (s.isEmpty())
        return {};
    static const QRegularExpression fraction(QStringLiteral("(T\\d\\d:\\d\\d:\\d\\d)\\.\\d+"));
    s.replace(fraction, QStringLiteral("\\1"));
    QDateTime dt = QDateTime::fromString(s, Qt::ISODate);
    if (!dt.isValid())
        return {};
    return dt.toUTC();
}

} // namespace Medtour::Conformance::Compare
