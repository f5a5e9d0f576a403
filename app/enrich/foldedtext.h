// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <vector>

namespace Medtour {

/// Title and body folded for matching (ICU NFKC_Casefold, white space collapsed, the middle dots
/// ·ㆍ・ unified), with a map back to the written text so evidence can point at what the user reads.
/// The title and the body are joined by U+2029, which no pattern contains, so no match spans both.
class FoldedText final
{
public:
    /// Character classes used for boundary rules at the edges of a match.
    enum class Script : quint8
    {
        Other,  ///< space, punctuation, symbols
        Hangul, ///< syllables and jamo
        Han,    ///< CJK ideographs
        Kana,
        Alnum, ///< letters of alphabetic scripts (Latin, Cyrillic, Greek…) and digits
    };

    static FoldedText fold(QStringView title, QStringView body);

    const QString &text() const { return m_text; }
    /// Index in the folded text where the body starts (after the separator).
    int bodyStart() const { return m_bodyStart; }
    /// Length of the written title; written body offsets are relative to the body.
    int titleLength() const { return m_titleLength; }

    /// Offset in the written document (title, one separator, body) of folded index i (0..size).
    int sourceOffset(int foldedIndex) const { return m_origin.at(foldedIndex); }

    static Script scriptOf(QChar c);
    Script scriptAt(int i) const { return i < 0 || i >= m_text.size() ? Script::Other : scriptOf(m_text.at(i)); }

    static constexpr QChar separator() { return QChar(0x2029); }

private:
    /// The folded text and its map while they are being built.
    struct Builder
    {
        std::vector<char16_t> text;
        std::vector<int> origin;
        void put(char16_t c, int source)
        {
            text.push_back(c);
            origin.push_back(source);
        }
        void appendSpace(int source);
        void dropTrailingSpace(size_t from);
        void foldPart(QStringView part, int sourceBase);
    };

    QString m_text;
    QList<int> m_origin; ///< one entry per folded code unit plus a final sentinel
    int m_bodyStart = 0;
    int m_titleLength = 0;
};

} // namespace Medtour
