// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchtokenizer.h"

#include "text/textnormalizer.h"

namespace Medtour::SearchTokenizer {

namespace {

enum class Class
{
    Separator,
    Cjk,
    Word
};

Class classify(char32_t c)
{
    if (isCjk(c))
        return Class::Cjk;
    if (c < 128) {
        return ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) ? Class::Word
                                                                                            : Class::Separator;
    }
    switch (QChar::category(c)) {
    case QChar::Letter_Lowercase:
    case QChar::Letter_Uppercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
        return Class::Word;
    default:
        return Class::Separator;
    }
}

/// Calls `emit(runText, isCjk)` for each run of one class in already folded text.
template<typename Emit>
void forEachRun(const QString &folded, Emit emit)
{
    QString current;
    Class currentClass = Class::Separator;
    auto flush = [&] {
        if (!current.isEmpty())
            emit(current, currentClass == Class::Cjk);
        current.clear();
    };
    for (qsizetype i = 0; i < folded.size(); ++i) {
        char32_t c = folded[i].unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < folded.size() && folded[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(folded[i], folded[i + 1]);
            width = 2;
        }
        const Class k = classify(c);
        if (k != currentClass)
            flush();
        currentClass = k;
        if (k != Class::Separator)
            current.append(QStringView(folded).sliced(i, width));
        i += width - 1;
    }
    flush();
}

} // namespace

bool isCjk(char32_t c)
{
    return (c >= 0xAC00 && c <= 0xD7A3)       // Hangul syllables
           || (c >= 0x1100 && c <= 0x11FF)    // Hangul jamo (left over after composition)
           || (c >= 0x3130 && c <= 0x318F)    // Hangul compatibility jamo
           || (c >= 0x3040 && c <= 0x30FF)    // Hiragana, Katakana
           || (c >= 0x3400 && c <= 0x4DBF)    // Han extension A
           || (c >= 0x4E00 && c <= 0x9FFF)    // Han
           || (c >= 0xF900 && c <= 0xFAFF)    // Han compatibility
           || (c >= 0x20000 && c <= 0x2FFFF); // Han extensions B+
}

QString documentTokens(const QString &text, qsizetype maxChars)
{
    const QString folded = TextNormalizer::foldForSearch(text.size() > maxChars ? text.left(maxChars) : text);
    QString out;
    out.reserve(folded.size() * 3);
    forEachRun(folded, [&out](const QString &run, bool cjk) {
        if (!cjk) {
            out += run;
            out += u' ';
            return;
        }
        // Hangul and Han are BMP characters, so code units are characters here.
        for (qsizetype i = 0; i + 1 < run.size(); ++i) {
            out += QStringView(run).sliced(i, 2);
            out += u' ';
        }
        out += run.back();
        out += u' ';
    });
    if (!out.isEmpty())
        out.chop(1);
    return out;
}

QList<Run> runs(const QString &term)
{
    QList<Run> result;
    forEachRun(TextNormalizer::foldForSearch(term), [&result](const QString &run, bool cjk) {
        result.append({run, cjk});
    });
    return result;
}

} // namespace Medtour::SearchTokenizer
