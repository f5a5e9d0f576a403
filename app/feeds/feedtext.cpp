// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedtext.h"

#include "text/htmltext.h"
#include "text/textnormalizer.h"

namespace Medtour::FeedText {

QString plain(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QString stripped =
        HtmlText::looksLikeHtml(text) ? HtmlText::toPlainText(text) : HtmlText::simplifyWhitespace(text);
    return TextNormalizer::nfc(stripped);
}

QString textToHtml(const QString &text)
{
    QString html;
    const QStringList paragraphs = text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &paragraph : paragraphs)
        html += u"<p>" + paragraph.trimmed().toHtmlEscaped() + u"</p>";
    return html;
}

QUrl resolve(const QUrl &base, const QString &reference)
{
    const QString trimmed = reference.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl url(trimmed);
    if (!url.isValid())
        return {};
    if (base.isValid() && !base.isEmpty() && url.isRelative())
        return base.resolved(url);
    return url;
}

bool containsHangul(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0xAC00 && u <= 0xD7A3) || (u >= 0x1100 && u <= 0x11FF) || (u >= 0x3130 && u <= 0x318F))
            return true;
    }
    return false;
}

QTimeZone zoneFor(const FeedParseOptions &options, QStringView language, QStringView sampleText)
{
    if (options.timeZone && options.timeZone->isValid())
        return *options.timeZone;
    if (language.startsWith(u"ko", Qt::CaseInsensitive) || containsHangul(sampleText))
        return QTimeZone(9 * 3600); // Asia/Seoul has had no DST since 1988
    return QTimeZone::utc();
}

} // namespace Medtour::FeedText
