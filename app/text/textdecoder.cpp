// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

#include "charsetscan_p.h"

#include <QHash>
#include <QStringDecoder>

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <array>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace Medtour {
namespace {

using namespace CharsetScan;

// Families decide how an encoding is decoded, validated and ranked during detection.
enum class Family : quint8
{
    Utf8,        // Qt's SIMD decoder
    Wide,        // UTF-16/32: never ASCII-compatible
    Windows1252, // built-in WHATWG table, every byte is valid
    SingleByte,  // ICU, ASCII-compatible, Latin script
    NonLatin,    // ICU, ASCII-compatible single-byte for Cyrillic, Greek, Hebrew, Arabic, Thai
    DoubleByte,  // ICU, ASCII-compatible lead/trail encodings (CJK): errors restore an ASCII trail byte
    Stateful,    // ICU, 7-bit escape encodings (ISO-2022-*, HZ)
};

struct Encoding
{
    const char *name;    // canonical name we report
    const char *icuName; // converter; chosen to match the WHATWG indexes where ICU has a choice
    Family family;
    // Space-separated WHATWG labels besides the name itself, plus a few extensions (cp949, ms949, uhc, utf-32).
    const char *labels;
};

// GBK shares the gb18030 decoder (as in WHATWG); Shift_JIS is Microsoft's windows-31j (ibm-943_P15A-2003).
// CP949: "windows-949-2000" is Microsoft's UHC table (KS X 1001 + 8,822 extra Hangul syllables). It matches every
// valid line of the WHATWG EUC-KR table; "ibm-1363" differs on six symbols and "cp949" (ibm-949) lacks UHC.
constexpr std::array kEncodings{
    Encoding{"UTF-8", "UTF-8", Family::Utf8, "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf8 x-unicode20utf8"},
    Encoding{"UTF-16LE", "UTF-16LE", Family::Wide, "csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16"},
    Encoding{"UTF-16BE", "UTF-16BE", Family::Wide, "unicodefffe"},
    Encoding{"UTF-32LE", "UTF-32LE", Family::Wide, "utf-32"},
    Encoding{"UTF-32BE", "UTF-32BE", Family::Wide, ""},
    Encoding{"windows-1252", nullptr, Family::Windows1252,
             "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 iso88591 iso_8859-1 "
             "iso_8859-1:1987 l1 latin1 us-ascii x-cp1252"},
    Encoding{"windows-949", "windows-949-2000", Family::DoubleByte,
             "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 ksc_5601 cp949 "
             "ms949 uhc x-windows-949"},
    Encoding{"gb18030", "gb18030", Family::DoubleByte, ""},
    Encoding{"GBK", "gb18030", Family::DoubleByte,
             "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 iso-ir-58 x-gbk"},
    Encoding{"Big5", "Big5-HKSCS", Family::DoubleByte, "big5-hkscs cn-big5 csbig5 x-x-big5"},
    Encoding{"Shift_JIS", "ibm-943_P15A-2003", Family::DoubleByte,
             "csshiftjis ms932 ms_kanji shift-jis sjis windows-31j x-sjis"},
    Encoding{"EUC-JP", "euc-jp-2007", Family::DoubleByte, "cseucpkdfmtjapanese x-euc-jp"},
    Encoding{"ISO-2022-JP", "ISO-2022-JP", Family::Stateful, "csiso2022jp"},
    Encoding{"ISO-2022-KR", "ISO-2022-KR", Family::Stateful, "csiso2022kr"},
    Encoding{"ISO-2022-CN", "ISO-2022-CN", Family::Stateful, ""},
    Encoding{"HZ-GB-2312", "HZ", Family::Stateful, ""},
    Encoding{"IBM866", "ibm-866", Family::NonLatin, "866 cp866 csibm866"},
    Encoding{"ISO-8859-2", "ISO-8859-2", Family::SingleByte,
             "csisolatin2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2"},
    Encoding{"ISO-8859-3", "ISO-8859-3", Family::SingleByte,
             "iso_8859-3:1988 csisolatin3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 l3 latin3"},
    Encoding{"ISO-8859-4", "ISO-8859-4", Family::SingleByte,
             "iso_8859-4:1988 csisolatin4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 l4 latin4"},
    Encoding{"ISO-8859-5", "ISO-8859-5", Family::NonLatin,
             "iso_8859-5:1988 csisolatincyrillic cyrillic iso-ir-144 iso8859-5 iso88595 iso_8859-5"},
    Encoding{"ISO-8859-6", "ISO-8859-6", Family::NonLatin,
             "csiso88596e csiso88596i iso-8859-6-e iso-8859-6-i iso_8859-6:1987 arabic asmo-708 csisolatinarabic "
             "ecma-114 iso-ir-127 iso8859-6 iso88596 iso_8859-6"},
    Encoding{"ISO-8859-7", "ISO-8859-7", Family::NonLatin,
             "iso_8859-7:1987 csisolatingreek ecma-118 elot_928 greek greek8 iso-ir-126 iso8859-7 iso88597 iso_8859-7 "
             "sun_eu_greek"},
    Encoding{"ISO-8859-8", "ISO-8859-8", Family::NonLatin,
             "csiso88598e iso-8859-8-e iso_8859-8:1988 csisolatinhebrew hebrew iso-ir-138 iso8859-8 iso88598 "
             "iso_8859-8 visual"},
    Encoding{"ISO-8859-8-I", "ISO-8859-8", Family::NonLatin, "csiso88598i logical"},
    Encoding{"ISO-8859-10", "ISO-8859-10", Family::SingleByte, "csisolatin6 iso-ir-157 iso8859-10 iso885910 l6 latin6"},
    Encoding{"ISO-8859-13", "ISO-8859-13", Family::SingleByte, "iso8859-13 iso885913"},
    Encoding{"ISO-8859-14", "ISO-8859-14", Family::SingleByte, "iso8859-14 iso885914"},
    Encoding{"ISO-8859-15", "ISO-8859-15", Family::SingleByte, "csisolatin9 iso8859-15 iso885915 iso_8859-15 l9"},
    Encoding{"KOI8-R", "KOI8-R", Family::NonLatin, "cskoi8r koi koi8 koi8_r"},
    Encoding{"KOI8-U", "KOI8-U", Family::NonLatin, "koi8-ru"},
    Encoding{"macintosh", "macintosh", Family::SingleByte, "csmacintosh mac x-mac-roman"},
    Encoding{"x-mac-cyrillic", "x-mac-cyrillic", Family::NonLatin, "x-mac-ukrainian"},
    Encoding{"windows-874", "windows-874", Family::NonLatin, "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620"},
    Encoding{"windows-1250", "windows-1250", Family::SingleByte, "cp1250 x-cp1250"},
    Encoding{"windows-1251", "windows-1251", Family::NonLatin, "cp1251 x-cp1251"},
    Encoding{"windows-1253", "windows-1253", Family::NonLatin, "cp1253 x-cp1253"},
    Encoding{
        "windows-1254", "windows-1254", Family::SingleByte,
        "iso_8859-9:1989 cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 l5 latin5 x-cp1254"},
    Encoding{"windows-1255", "windows-1255", Family::NonLatin, "cp1255 x-cp1255"},
    Encoding{"windows-1256", "windows-1256", Family::NonLatin, "cp1256 x-cp1256"},
    Encoding{"windows-1257", "windows-1257", Family::SingleByte, "cp1257 x-cp1257"},
    Encoding{"windows-1258", "windows-1258", Family::SingleByte, "cp1258 x-cp1258"},
};

const Encoding &kUtf8 = kEncodings[0];
const Encoding &kWindows1252 = kEncodings[5];
const Encoding &kWindows949 = kEncodings[6];
const Encoding &kGb18030 = kEncodings[7];

constexpr qsizetype kDetectionSampleBytes = 64 * 1024;
constexpr int kMinWideConfidence = 80;
// A wrong Latin pick garbles a few accented letters, a wrong windows-1252 fallback garbles a whole Cyrillic or
// Hebrew text, so non-Latin scripts need less confidence to beat the fallback.
constexpr int kMinLatinConfidence = 30;
constexpr int kMinNonLatinConfidence = 15;

bool isWide(const Encoding *e)
{
    return e && e->family == Family::Wide;
}
bool isSingleByte(const Encoding *e)
{
    return e && (e->family == Family::SingleByte || e->family == Family::NonLatin || e->family == Family::Windows1252);
}
bool converterAvailable(const char *icuName)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(icuName, &status);
    ucnv_close(converter);
    return U_SUCCESS(status);
}

const Encoding *lookup(QByteArrayView label)
{
    static const QHash<QByteArray, const Encoding *> table = [] {
        QHash<QByteArray, const Encoding *> result;
        for (const Encoding &e : kEncodings) {
            if (e.icuName && !converterAvailable(e.icuName))
                continue; // e.g. a trimmed ICU data build: the labels stay unknown
            result.insert(QByteArray(e.name).toLower(), &e);
            for (const QByteArray &label : QByteArray(e.labels).split(' ')) {
                if (!label.isEmpty())
                    result.insert(label, &e);
            }
        }
        return result;
    }();
    const QByteArrayView trimmed = label.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 64)
        return nullptr;
    return table.value(trimmed.toByteArray().toLower());
}

struct Decoded
{
    QString text;
    qsizetype errors = 0;
};

// ---- decoders -------------------------------------------------------------------------------------------------

Decoded decodeUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8,
                           QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    Decoded result{decoder.decode(bytes), 0};
    if (decoder.hasError())
        result.errors = std::max<qsizetype>(1, result.text.count(QChar::ReplacementCharacter));
    return result;
}

Decoded decodeWindows1252(QByteArrayView bytes)
{
    static constexpr char16_t high[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                          0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                          0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                          0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : bytes) {
        const auto b = uchar(c);
        *out++ = QChar(b - 0x80u < 32u ? high[b - 0x80] : char16_t(b));
    }
    return {std::move(text), 0};
}

struct CallbackContext
{
    bool restoreAsciiTrail = false;
    qsizetype errors = 0;
};

// WHATWG error handling: one U+FFFD per bad sequence, and a lead byte followed by an ASCII byte that did not form a
// character gives the ASCII character back instead of swallowing it (ICU consumes both bytes).
void U_CALLCONV substituteCallback(const void *context, UConverterToUnicodeArgs *args, const char *codeUnits,
                                   int32_t length, UConverterCallbackReason reason, UErrorCode *status)
{
    if (reason > UCNV_IRREGULAR)
        return; // reset/close/clone notifications
    auto *ctx = static_cast<CallbackContext *>(const_cast<void *>(context));
    ++ctx->errors;
    UChar replacement[2] = {0xFFFD, 0};
    int32_t count = 1;
    if (ctx->restoreAsciiTrail && length == 2 && uchar(codeUnits[1]) < 0x80) {
        replacement[1] = UChar(uchar(codeUnits[1]));
        count = 2;
    }
    *status = U_ZERO_ERROR;
    ucnv_cbToUWriteUChars(args, replacement, count, 0, status);
}

using ConverterPtr = std::unique_ptr<UConverter, decltype(&ucnv_close)>;

ConverterPtr openConverter(const Encoding &e)
{
    UErrorCode status = U_ZERO_ERROR;
    ConverterPtr converter(ucnv_open(e.icuName, &status), ucnv_close);
    if (U_FAILURE(status))
        converter.reset();
    return converter;
}

// windows-949-2000 maps the user-defined rows 0xC9 and 0xFE to U+E000..U+E0BB and the lone bytes 0x80 and 0xFF to
// U+0080 and U+F8F7; WHATWG treats all of them as errors. No valid CP949 sequence produces these code points.
qsizetype replaceCp949Extras(QChar *begin, QChar *end)
{
    qsizetype count = 0;
    for (QChar *c = begin; c != end; ++c) {
        const char16_t u = c->unicode();
        if (u - 0xE000u <= 0xBBu || u == 0x0080 || u == 0xF8F7) {
            *c = QChar::ReplacementCharacter;
            ++count;
        }
    }
    return count;
}

Decoded decodeIcu(const Encoding &e, QByteArrayView bytes)
{
    ConverterPtr converter = openConverter(e);
    if (!converter)
        return {QString(QChar::ReplacementCharacter), 1};
    CallbackContext context{e.family == Family::DoubleByte, 0};
    UErrorCode status = U_ZERO_ERROR;
    ucnv_setToUCallBack(converter.get(), substituteCallback, &context, nullptr, nullptr, &status);

    // One UTF-16 unit per input byte is enough for every supported encoding except error cases; grow if needed.
    QString text(bytes.size() + 16, Qt::Uninitialized);
    const char *source = bytes.data();
    const char *const sourceLimit = source + bytes.size();
    qsizetype written = 0;
    for (;;) {
        auto *begin = reinterpret_cast<UChar *>(text.data());
        UChar *target = begin + written;
        status = U_ZERO_ERROR;
        ucnv_toUnicode(converter.get(), &target, begin + text.size(), &source, sourceLimit, nullptr, true, &status);
        written = target - begin;
        if (status != U_BUFFER_OVERFLOW_ERROR)
            break;
        text.resize(text.size() * 2);
    }
    text.resize(written);
    if (text.capacity() - written > written / 4) // CJK input shrinks to about half the byte count
        text.squeeze();
    if (U_FAILURE(status)) // cannot happen with a substituting callback, but never report a silent success
        ++context.errors;
    if (&e == &kWindows949)
        context.errors += replaceCp949Extras(text.data(), text.data() + text.size());
    return {std::move(text), context.errors};
}

Decoded decodeWith(const Encoding &e, QByteArrayView bytes)
{
    switch (e.family) {
    case Family::Utf8:
        return decodeUtf8(bytes);
    case Family::Windows1252:
        return decodeWindows1252(bytes);
    default:
        return decodeIcu(e, bytes);
    }
}

// Validation stops at the first illegal sequence and never materialises the whole text. "complete" is false for a
// sample cut from a larger buffer, so a sequence truncated by the cut is not an error.
bool validates(const Encoding &e, QByteArrayView bytes, bool complete)
{
    if (e.family == Family::Windows1252)
        return true;
    ConverterPtr converter = openConverter(e);
    if (!converter)
        return false;
    UErrorCode status = U_ZERO_ERROR;
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    std::array<UChar, 4096> buffer;
    const char *source = bytes.data();
    const char *const sourceLimit = source + bytes.size();
    for (;;) {
        UChar *target = buffer.data();
        status = U_ZERO_ERROR;
        ucnv_toUnicode(converter.get(), &target, buffer.data() + buffer.size(), &source, sourceLimit, nullptr, complete,
                       &status);
        if (&e == &kWindows949 &&
            replaceCp949Extras(reinterpret_cast<QChar *>(buffer.data()), reinterpret_cast<QChar *>(target)) > 0)
            return false;
        if (status != U_BUFFER_OVERFLOW_ERROR)
            return U_SUCCESS(status);
    }
}

// ---- declarations ----------------------------------------------------------------------------------------------

struct Bom
{
    const Encoding *encoding = nullptr;
    qsizetype length = 0;
};
Bom sniffBom(QByteArrayView b)
{
    if (b.startsWith("\xEF\xBB\xBF"))
        return {&kUtf8, 3};
    if (b.startsWith(QByteArrayView("\xFF\xFE\0\0", 4)))
        return {lookup("UTF-32LE"), 4};
    if (b.startsWith(QByteArrayView("\0\0\xFE\xFF", 4)))
        return {lookup("UTF-32BE"), 4};
    if (b.startsWith("\xFF\xFE"))
        return {lookup("UTF-16LE"), 2};
    if (b.startsWith("\xFE\xFF"))
        return {lookup("UTF-16BE"), 2};
    return {};
}

// XML 1.0 Appendix F: without a BOM, markup starting with "<" shows its width and byte order in the first 4 bytes.
// Any two ASCII characters are accepted so that a leading comment or whitespace also works.
const Encoding *wideSignature(QByteArrayView b)
{
    if (b.size() < 4)
        return nullptr;
    const bool z0 = b[0] == 0, z1 = b[1] == 0, z2 = b[2] == 0, z3 = b[3] == 0;
    if (z0 && z1 && z2 && !z3)
        return lookup("UTF-32BE");
    if (!z0 && z1 && z2 && z3)
        return lookup("UTF-32LE");
    if (z0 && !z1 && z2 && !z3)
        return lookup("UTF-16BE");
    if (!z0 && z1 && !z2 && z3)
        return lookup("UTF-16LE");
    return nullptr;
}

// ---- detection -------------------------------------------------------------------------------------------------

struct Candidate
{
    const Encoding *encoding;
    int confidence;
};

std::vector<Candidate> rankWithIcu(QByteArrayView sample)
{
    std::vector<Candidate> result;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status), ucsdet_close);
    if (U_FAILURE(status))
        return result;
    // ucsdet's statistics settle within a few KiB and its cost grows with the input, so it sees at most 16 KiB.
    ucsdet_setText(detector.get(), sample.data(), int32_t(std::min<qsizetype>(sample.size(), 16 * 1024)), &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &status);
    for (int32_t i = 0; U_SUCCESS(status) && i < count; ++i) {
        const Encoding *e = lookup(ucsdet_getName(matches[i], &status));
        const int confidence = ucsdet_getConfidence(matches[i], &status);
        if (e && U_SUCCESS(status))
            result.push_back({e, confidence});
    }
    return result;
}

const Encoding *detectWide(QByteArrayView bytes)
{
    const QByteArrayView sample = bytes.first(std::min(bytes.size(), kDetectionSampleBytes));
    for (const Candidate &c : rankWithIcu(sample)) {
        if (isWide(c.encoding) && c.confidence >= kMinWideConfidence &&
            validates(*c.encoding, sample, sample.size() == bytes.size()))
            return c.encoding;
    }
    return nullptr;
}

// ucsdet ranking for ASCII-compatible legacy encodings, with a bias towards windows-949 when the bytes are valid
// CP949 and mostly Hangul (ucsdet gives up on short Korean texts and on UHC-only syllables). nullptr: no idea.
const Encoding *detectLegacy(QByteArrayView bytes, const Encoding *exclude)
{
    const QByteArrayView sample = bytes.first(std::min(bytes.size(), kDetectionSampleBytes));
    const bool complete = sample.size() == bytes.size();
    const auto acceptable = [&](const Encoding &e) {
        return &e != exclude && validates(e, sample, complete);
    };
    const bool korean = scanKorean(sample).strong();
    if (countGb18030FourByte(sample) >= 2 && acceptable(kGb18030))
        return &kGb18030;

    const std::vector<Candidate> ranked = rankWithIcu(sample);
    int koreanConfidence = 0;
    for (const Candidate &c : ranked) {
        if (c.encoding == &kWindows949)
            koreanConfidence = std::max(koreanConfidence, c.confidence);
    }
    for (const Candidate &c : ranked) {
        const Encoding *e = c.encoding;
        if (e == exclude || e->family == Family::Utf8 || e->family == Family::Wide)
            continue;
        if (isSingleByte(e)) {
            if (korean && acceptable(kWindows949))
                return &kWindows949;
            const int minimum = e->family == Family::NonLatin ? kMinNonLatinConfidence : kMinLatinConfidence;
            if (e != &kWindows1252 && c.confidence < minimum)
                return &kWindows1252 == exclude ? nullptr : &kWindows1252;
            return e;
        }
        if (e != &kWindows949 && korean && koreanConfidence + 10 >= c.confidence && acceptable(kWindows949))
            return &kWindows949;
        if (acceptable(*e))
            return e;
    }
    return korean && acceptable(kWindows949) ? &kWindows949 : nullptr;
}

// ---- decision ---------------------------------------------------------------------------------------------------

DecodedText finish(Decoded decoded, const Encoding &e, EncodingSource source)
{
    return {std::move(decoded.text), QByteArray(e.name), source, decoded.errors > 0};
}

bool hasNonAscii(QByteArrayView bytes)
{
    return std::any_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) >= 0x80; });
}

// The whole buffer is decoded as UTF-8 only when its first 64 KiB validate, so legacy input skips a failing pass.
std::optional<Decoded> decodeIfUtf8(QByteArrayView data)
{
    const QByteArrayView sample = data.first(std::min(data.size(), kDetectionSampleBytes));
    if (!validates(kUtf8, sample, sample.size() == data.size()))
        return std::nullopt;
    Decoded decoded = decodeUtf8(data);
    return decoded.errors == 0 ? std::optional<Decoded>(std::move(decoded)) : std::nullopt;
}

// More than 5% of the non-ASCII characters are errors: the label is wrong, not just a few corrupt bytes.
bool mostlyWrong(const Decoded &decoded)
{
    qsizetype nonAscii = 0;
    for (const QChar c : decoded.text)
        nonAscii += c.unicode() >= 0x80 && c != QChar::ReplacementCharacter;
    return decoded.errors * 20 > nonAscii;
}

DecodedText recoverFromMislabel(QByteArrayView data, Decoded labelled, const Encoding &primary, EncodingSource source,
                                const Encoding *declared)
{
    if (declared && declared != &primary) {
        if (Decoded d = decodeWith(*declared, data); d.errors == 0)
            return finish(std::move(d), *declared, EncodingSource::Declaration);
    }
    if (&primary != &kUtf8 && declared != &kUtf8) {
        if (std::optional<Decoded> d = decodeIfUtf8(data))
            return finish(std::move(*d), kUtf8, EncodingSource::Detected);
    }
    if (mostlyWrong(labelled)) {
        if (const Encoding *detected = detectLegacy(data, &primary))
            return finish(decodeWith(*detected, data), *detected, EncodingSource::Detected);
    }
    return finish(std::move(labelled), primary, source);
}

DecodedText detectUndeclared(QByteArrayView data)
{
    if (data.first(std::min<qsizetype>(data.size(), 4096)).contains('\0')) {
        if (const Encoding *wide = detectWide(data))
            return finish(decodeWith(*wide, data), *wide, EncodingSource::Detected);
    }
    if (std::optional<Decoded> utf8 = decodeIfUtf8(data)) {
        if (data.contains('\x1B')) { // 7-bit ISO-2022 text is valid ASCII
            const QByteArrayView sample = data.first(std::min(data.size(), kDetectionSampleBytes));
            const std::vector<Candidate> ranked = rankWithIcu(sample);
            if (!ranked.empty() && ranked.front().encoding->family == Family::Stateful &&
                ranked.front().confidence >= 50)
                return finish(decodeWith(*ranked.front().encoding, data), *ranked.front().encoding,
                              EncodingSource::Detected);
        }
        const bool ascii = utf8->text.size() == data.size();
        return finish(std::move(*utf8), kUtf8, ascii ? EncodingSource::Default : EncodingSource::Detected);
    }
    if (const Encoding *detected = detectLegacy(data, &kUtf8))
        return finish(decodeWith(*detected, data), *detected, EncodingSource::Detected);
    return finish(decodeWindows1252(data), kWindows1252, EncodingSource::Default);
}

} // namespace

QByteArray TextDecoder::canonicalName(QByteArrayView label)
{
    const Encoding *e = lookup(label);
    return e ? QByteArray(e->name) : QByteArray();
}

QByteArray TextDecoder::charsetFromContentType(QByteArrayView contentType)
{
    for (qsizetype pos = contentType.indexOf(';'); pos >= 0;) {
        const qsizetype next = contentType.indexOf(';', pos + 1);
        const QByteArrayView parameter = contentType.sliced(pos + 1, (next < 0 ? contentType.size() : next) - pos - 1);
        const qsizetype equals = parameter.indexOf('=');
        if (equals > 0 && parameter.first(equals).trimmed().compare("charset", Qt::CaseInsensitive) == 0) {
            QByteArrayView value = parameter.sliced(equals + 1).trimmed();
            if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
                value = value.sliced(1, value.size() - 2);
            return value.trimmed().toByteArray();
        }
        pos = next;
    }
    return {};
}

QString TextDecoder::decodeAs(const QByteArray &bytes, QByteArrayView canonical, bool *ok)
{
    const Encoding *e = lookup(canonical);
    if (!e) {
        if (ok)
            *ok = false;
        return {};
    }
    Decoded decoded = decodeWith(*e, bytes);
    if (ok)
        *ok = decoded.errors == 0;
    return std::move(decoded.text);
}

DecodedText TextDecoder::decode(const QByteArray &bytes, const QByteArray &httpContentType, Kind kind)
{
    const QByteArrayView data(bytes);
    if (const Bom bom = sniffBom(data); bom.encoding)
        return finish(decodeWith(*bom.encoding, data.sliced(bom.length)), *bom.encoding, EncodingSource::Bom);

    const Encoding *http = lookup(charsetFromContentType(httpContentType));
    if (const Encoding *wide = wideSignature(data)) {
        const bool headerAgrees = isWide(http);
        return finish(decodeWith(*wide, data), *wide,
                      headerAgrees ? EncodingSource::HttpHeader : EncodingSource::Detected);
    }
    if (isWide(http)) // the bytes are ASCII-compatible, so a UTF-16/32 label cannot be right
        http = nullptr;

    const Encoding *declared =
        kind == Kind::Html
            ? lookup(htmlMetaCharset(data, [](QByteArrayView label) { return lookup(label) != nullptr; }))
            : nullptr;
    if (!declared)
        declared = lookup(xmlDeclaredEncoding(data));
    if (isWide(declared)) // WHATWG: a UTF-16 <meta> means UTF-8; in an ASCII-compatible XML file it means nothing
        declared = kind == Kind::Html ? &kUtf8 : nullptr;

    // A windows-1252-family header (a common server default) loses against a multi-byte declaration the bytes satisfy.
    if (http == &kWindows1252 && declared &&
        (declared->family == Family::Utf8 || declared->family == Family::DoubleByte) && hasNonAscii(data)) {
        if (Decoded d = decodeWith(*declared, data); d.errors == 0)
            return finish(std::move(d), *declared, EncodingSource::Declaration);
    }

    const Encoding *primary = http ? http : declared;
    if (!primary)
        return detectUndeclared(data);
    const EncodingSource source = http ? EncodingSource::HttpHeader : EncodingSource::Declaration;
    Decoded decoded = decodeWith(*primary, data);
    if (decoded.errors == 0)
        return finish(std::move(decoded), *primary, source);
    return recoverFromMislabel(data, std::move(decoded), *primary, source, http ? declared : nullptr);
}

} // namespace Medtour
