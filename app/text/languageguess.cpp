// SPDX-License-Identifier: GPL-3.0-or-later
#include "languageguess.h"

namespace Medtour::LanguageGuess {

namespace {

enum Script
{
    Hangul,
    Kana,
    Han,
    Cyrillic,
    Latin,
    Count
};

/// "ko-KR" → "ko"
QString primary(const QString &tag)
{
    return tag.trimmed().toLower().section(u'-', 0, 0).section(u'_', 0, 0);
}

} // namespace

QString of(const QString &text, const QString &declared)
{
    int counts[Count] = {};
    const qsizetype n = qMin<qsizetype>(text.size(), 2000);
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if ((c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F))
            ++counts[Hangul];
        else if (c >= 0x3040 && c <= 0x30FF)
            ++counts[Kana];
        else if (c >= 0x4E00 && c <= 0x9FFF)
            ++counts[Han];
        else if (c >= 0x0400 && c <= 0x04FF)
            ++counts[Cyrillic];
        else if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= 0xC0 && c <= 0x24F))
            ++counts[Latin];
    }
    const QString lang = primary(declared);
    const int letters = counts[Hangul] + counts[Kana] + counts[Han] + counts[Cyrillic] + counts[Latin];
    if (letters == 0)
        return lang;
    // The declared language stands when its script is well represented in the text.
    auto share = [&](Script s) {
        return double(counts[s]) / letters;
    };
    if ((lang == u"ko" && share(Hangul) > 0.05) || (lang == u"ja" && share(Kana) > 0.02) ||
        (lang == u"zh" && share(Han) > 0.2) ||
        ((lang == u"ru" || lang == u"kk" || lang == u"mn") && share(Cyrillic) > 0.2)) {
        return lang;
    }
    if (counts[Hangul] > 0 && share(Hangul) > 0.05)
        return QStringLiteral("ko");
    if (counts[Kana] > 0 && share(Kana) > 0.02)
        return QStringLiteral("ja");
    if (share(Han) > 0.2)
        return QStringLiteral("zh");
    if (share(Cyrillic) > 0.3)
        return (lang == u"kk" || lang == u"mn") ? lang : QStringLiteral("ru");
    if (share(Latin) > 0.5)
        return (lang.isEmpty() || lang == u"ko" || lang == u"ja" || lang == u"zh" || lang == u"ru")
                   ? QStringLiteral("en")
                   : lang;
    return lang;
}

} // namespace Medtour::LanguageGuess
