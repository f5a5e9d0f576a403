// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

namespace Medtour {

/**
 * A forgiving XML pull tokenizer for feeds, over already decoded text. Pure, bounded and fast.
 *
 * Why not QXmlStreamReader: feeds break XML in a handful of ways (HTML entities such as &nbsp;, a bare '&',
 * an unclosed <br> in unescaped HTML, control characters, white space before the declaration), and a
 * conforming reader stops at the first one. This tokenizer reads them the way lenient feed readers do and
 * counts each repair, so the parser can report the feed as ill-formed while keeping its content. It is also
 * several times faster on feed-sized documents: text without references is returned as a view into the
 * document, without copying.
 *
 * What it does: elements, attributes (quoted or not), character data, CDATA (raw), comments and processing
 * instructions (skipped), the DOCTYPE (skipped; its internal entity declarations are honoured, expanded
 * one level only and within a size cap, so the billion-laughs family cannot grow), character references
 * (also "&#X41;"), the five XML entities and every HTML named entity. References to characters XML forbids
 * and forbidden characters themselves are dropped. An end tag that closes an ancestor closes the elements
 * left open; an end tag that matches no open element is ignored. Namespaces are not resolved here.
 * The document ends with the root element; text before it is an error (not a feed). At most 256 attributes
 * per element are kept.
 */
class FeedXmlTokenizer final
{
public:
    enum class Token
    {
        StartElement,
        EndElement,
        Characters,
        EndDocument,
        Invalid ///< an error stopped the tokenizer; see errorString()
    };

    struct Attribute
    {
        QStringView name;
        QStringView value; ///< references decoded
    };

    explicit FeedXmlTokenizer(QStringView document);

    Token next();
    bool atEnd() const { return m_token == Token::EndDocument || m_token == Token::Invalid; }

    /// Qualified name of the current start or end element ("dc:creator").
    QStringView name() const { return m_name; }
    /// Character data of the current Characters token, references decoded (CDATA as written).
    QStringView text() const { return m_text; }
    bool isCData() const { return m_cdata; }
    const QVarLengthArray<Attribute, 8> &attributes() const { return m_attributes; }
    /// The value of the attribute with this qualified name, or a null view.
    QStringView attribute(QStringView name) const;

    bool hasError() const { return m_token == Token::Invalid; }
    /// True when the error is that the document ended inside an element (a truncated feed).
    bool prematureEnd() const { return m_prematureEnd; }
    QString errorString() const { return m_error; }
    /// Position of the tokenizer, in UTF-16 units and lines (1-based), for error messages.
    qsizetype offset() const { return m_pos; }
    int lineNumber() const;

    /// How many lenient repairs were made (undeclared entities, bare '&', forbidden characters, end tags).
    int repairs() const { return m_repairs; }
    int mismatchedEndTags() const { return m_mismatched; }

private:
    Token fail(const QString &message, bool premature = false);
    Token readMarkup();
    Token readStartTag();
    Token readEndTag();
    Token readCharacters();
    bool skipDeclaration(); ///< <!DOCTYPE …>, <!--…-->, <?…?>, and anything else starting with <! or <?
    void readEntityDeclarations(QStringView subset);
    bool readName(qsizetype &pos) const;
    /// Appends the decoded form of raw (references resolved) to out; returns false when it holds none.
    void decode(QStringView raw, QString &out);
    bool decodeReference(QStringView raw, qsizetype &i, QString &out);
    QStringView storeDecoded(QStringView raw, int slot);

    QStringView m_doc;
    qsizetype m_pos = 0;
    Token m_token = Token::Characters;
    QStringView m_name;
    QStringView m_text;
    bool m_cdata = false;
    QVarLengthArray<Attribute, 8> m_attributes;
    QList<QString> m_buffers;     ///< decoded text and attribute values of the current token
    QList<QStringView> m_open;    ///< names of the open elements
    qsizetype m_closeDownTo = -1; ///< while > -1, end tags are produced until this many elements stay open
    QStringView m_pendingEndName; ///< the end tag that caused the closing, produced last
    bool m_selfClosing = false;
    bool m_rootSeen = false;
    bool m_prematureEnd = false;
    QString m_error;
    int m_repairs = 0;
    int m_mismatched = 0;
    struct Declared
    {
        QString value;
        bool nested = false; ///< refers to another declared entity: refused (the billion-laughs shape)
    };
    QHash<QString, Declared> m_entities; ///< declared in the DOCTYPE
    qsizetype m_expanded = 0;            ///< UTF-16 units produced by declared entities so far
};

} // namespace Medtour
