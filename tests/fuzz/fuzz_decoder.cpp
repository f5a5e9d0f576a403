// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: TextDecoder::decode (BOM, UTF-16/32 signature, HTTP charset, XML declaration, HTML <meta>
// prescan, UTF-8 validation, ICU detection, mislabel recovery) on arbitrary bytes. The first byte picks the
// Content-Type label and whether the bytes are read as XML or HTML (fuzzinput.h); the rest is the document.
// Besides "never crash, no sanitizer report" it checks that the reported encoding is one of our canonical
// names, that the text is valid UTF-16, and that decoding is reproducible: the same bytes decoded with the
// reported encoding give the same text and the same error flag. Findings: tests/data/feeds/fuzz/decode-*.
#include "fuzzinput.h"
#include "text/textdecoder.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>

using namespace Medtour;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const FuzzInput::DecoderOptions options = FuzzInput::decoderOptions(data[0]);
    const DecodedText decoded = TextDecoder::decode(bytes, options.contentType, options.kind);

    if (decoded.encoding.isEmpty() || TextDecoder::canonicalName(decoded.encoding) != decoded.encoding)
        __builtin_trap(); // the name reported must be one of ours
    if (!decoded.text.isValidUtf16())
        __builtin_trap(); // lone surrogates must have become U+FFFD
    if (decoded.source != EncodingSource::Bom) {
        bool ok = false;
        const QString again = TextDecoder::decodeAs(bytes, decoded.encoding, &ok);
        if (again != decoded.text || ok == decoded.hadErrors)
            __builtin_trap(); // the decision and the decoding it reports must agree
    }
    // The label helpers on the same bytes, read as a header value.
    const QByteArray charset = TextDecoder::charsetFromContentType(bytes.first(std::min<qsizetype>(bytes.size(), 256)));
    return TextDecoder::canonicalName(charset).size() > 64 ? 1 : 0;
}
