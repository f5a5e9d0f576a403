// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchtokenizer.h"

#include "text/textnormalizer.h"

#include <algorithm>

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

/// Calls `emit(runText, isCjk)` for each run of one class in already folded text. A run is a
/// slice of `folded` (separators end runs and are not part of them), so it is passed as a view.
template<typename Emit>
void forEachRun(const QString &folded, Emit emit)
{
    Class currentClass = Class::Separator;
    qsizetype start = 0;
    const QStringView all(folded);
    for (qsizetype i = 0; i < folded.size(); ++i) {
        char32_t c = folded[i].unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < folded.size() && folded[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(folded[i], folded[i + 1]);
            width = 2;
        }
        const Class k = classify(c);
        if (k != currentClass) {
            if (currentClass != Class::Separator && i > start)
                emit(all.sliced(start, i - start), currentClass == Class::Cjk);
            start = i;
            currentClass = k;
        }
        i += width - 1;
    }
    if (currentClass != Class::Separator && folded.size() > start)
        emit(all.sliced(start), currentClass == Class::Cjk);
}

/// A bigram documentTokens() makes of a run: two BMP characters of that class.
bool isBigram(QStringView token)
{
    return token.size() == 2 && isCjk(token[0].unicode()) && isCjk(token[1].unicode());
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
    // At most 3 characters out per character in (a bigram and its space) plus a space per run:
    // written through a pointer into a buffer of that size, then cut to what was written.
    QString out(folded.size() * 4 + 1, Qt::Uninitialized);
    QChar *w = out.data();
    forEachRun(folded, [&w](QStringView run, bool cjk) {
        if (!cjk) {
            std::copy(run.begin(), run.end(), w);
            w += run.size();
            *w++ = u' ';
            return;
        }
        // Hangul and Han are BMP characters, so code units are characters here.
        for (qsizetype i = 0; i + 1 < run.size(); ++i) {
            *w++ = run[i];
            *w++ = run[i + 1];
            *w++ = u' ';
        }
        *w++ = run.back();
        *w++ = u' ';
    });
    qsizetype length = w - out.constData();
    if (length > 0)
        --length; // the last space
    out.truncate(length);
    out.squeeze(); // the buffer was sized for the worst case, about twice what Korean text needs
    return out;
}

QString documentTrigrams(QStringView documentTokens)
{
    QString out;
    QStringView previous;
    for (qsizetype start = 0; start < documentTokens.size();) {
        qsizetype end = documentTokens.indexOf(u' ', start);
        if (end < 0)
            end = documentTokens.size();
        const QStringView token = documentTokens.sliced(start, end - start);
        if (isBigram(token)) {
            if (!previous.isEmpty() && previous[1] == token[0]) {
                if (!out.isEmpty())
                    out += u' ';
                out += previous;
                out += token[1];
            }
            previous = token;
        } else {
            previous = {};
        }
        start = end + 1;
    }
    return out;
}

QString trigramOf(const QStringList &tokens)
{
    if (tokens.size() != 2 || !isBigram(tokens[0]) || !isBigram(tokens[1]) || tokens[0][1] != tokens[1][0])
        return {};
    return tokens[0] + tokens[1][1];
}

QList<Run> runs(const QString &term)
{
    QList<Run> result;
    const QString folded = TextNormalizer::foldForSearch(term);
    forEachRun(folded, [&result](QStringView run, bool cjk) { result.append({run.toString(), cjk}); });
    return result;
}

} // namespace Medtour::SearchTokenizer
