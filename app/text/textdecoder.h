// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Medtour {

/// Where the encoding decision came from. Detected covers sniffing (UTF-16/32 byte patterns, valid non-ASCII UTF-8,
/// ICU) and the replacement of a label the bytes contradict; Default means pure ASCII or the windows-1252 fallback.
enum class EncodingSource
{
    Bom,
    HttpHeader,
    Declaration,
    Detected,
    Default
};

struct DecodedText
{
    QString text;
    /// Canonical WHATWG-style name (see TextDecoder::canonicalName): "UTF-8", "UTF-16LE", "UTF-16BE", "windows-949"
    /// (every euc-kr / ks_c_5601 label), "windows-1252" (also ISO-8859-1 and US-ASCII, as in WHATWG), "Shift_JIS",
    /// "EUC-JP", "GBK", "gb18030", "Big5", …
    QByteArray encoding;
    EncodingSource source = EncodingSource::Default;
    bool hadErrors = false; ///< replacement characters were produced
};

/**
 * Decodes markup (XML feeds or HTML pages) in the order browsers use. Pure and thread-safe.
 *
 * Why not just QStringDecoder: Korean feeds still arrive as EUC-KR/CP949, often with a header or declaration that
 * contradicts the bytes, and Qt 6 only ships UTF-8/16/32 and Latin-1. Everything else goes through ICU.
 *
 * Order: BOM → XML UTF-16/32 signature → HTTP charset → XML declaration / HTML <meta> prescan → detection
 * (valid UTF-8, then ICU ucsdet biased towards windows-949 for Hangul) → windows-1252.
 *
 * Deliberate deviations from a plain WHATWG pipeline:
 * - A declared multi-byte encoding that the bytes do not satisfy is replaced: first by the document's own
 *   declaration, then by UTF-8, then by ICU detection (source Detected). A mostly valid document (under 5% errors
 *   among its non-ASCII characters) keeps its label and only reports hadErrors.
 * - An HTTP charset from the windows-1252 family (a common server default) yields to an in-document declaration
 *   of a multi-byte encoding when the bytes are valid in that encoding and contain non-ASCII text. Without such a
 *   conflict, single-byte labels are trusted even if the bytes happen to be valid UTF-8.
 * - ISO-2022-KR/CN and HZ-GB-2312 are decoded through ICU instead of WHATWG's "replacement" encoding, and UTF-32
 *   is supported; the HTML meta prescan reads the first 4096 bytes instead of 1024.
 *
 * Known limit: ICU needs about a sentence of text, so a very short unlabelled title in a legacy encoding other than
 * Korean (say, ten Shift_JIS characters) falls back to windows-1252.
 */
class TextDecoder
{
public:
    enum class Kind
    {
        Xml,
        Html
    };

    /// httpContentType is the raw Content-Type header value ("text/xml; charset=euc-kr") or empty.
    static DecodedText decode(const QByteArray &bytes, const QByteArray &httpContentType = {}, Kind kind = Kind::Xml);

    /// Maps a label to our canonical name (WHATWG label table subset; euc-kr, ks_c_5601-1987, cseuckr, korean,
    /// windows-949, cp949, iso-ir-149, ksc5601, ksc_5601, ks_c_5601-1989, csksc56011987 → "windows-949");
    /// empty if unknown or not supported by the ICU build.
    static QByteArray canonicalName(QByteArrayView label);

    /// Decodes with a named encoding (any label canonicalName() knows) through ICU, or through Qt for UTF-8 and a
    /// built-in table for windows-1252. Errors become U+FFFD as WHATWG specifies; *ok=false when the bytes are not
    /// valid in the encoding or the encoding is unknown. A BOM is not stripped here.
    static QString decodeAs(const QByteArray &bytes, QByteArrayView canonical, bool *ok = nullptr);

    /// The charset parameter of a Content-Type value, unquoted ("text/xml; charset='euc-kr'" → "euc-kr"), or empty.
    static QByteArray charsetFromContentType(QByteArrayView contentType);
};

} // namespace Medtour
