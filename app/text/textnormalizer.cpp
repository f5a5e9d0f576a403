// SPDX-License-Identifier: GPL-3.0-or-later
#include "textnormalizer.h"

#include "core/logging.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>

namespace Medtour::TextNormalizer {

namespace {

QString normalizeWith(const icu::Normalizer2 *normalizer, const QString &text)
{
    if (!normalizer || text.isEmpty())
        return text;
    const icu::UnicodeString src(false, reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
    UErrorCode status = U_ZERO_ERROR;
    if (normalizer->isNormalized(src, status) && U_SUCCESS(status))
        return text;
    status = U_ZERO_ERROR;
    const icu::UnicodeString dst = normalizer->normalize(src, status);
    if (U_FAILURE(status)) {
        qCWarning(lcText) << "ICU normalisation failed:" << u_errorName(status);
        return text;
    }
    return QString(reinterpret_cast<const QChar *>(dst.getBuffer()), dst.length());
}

} // namespace

QString nfc(const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    return normalizeWith(icu::Normalizer2::getNFCInstance(status), text);
}

QString foldForSearch(const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    return normalizeWith(icu::Normalizer2::getNFKCCasefoldInstance(status), text);
}

bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

QString withoutBidiControls(const QString &text)
{
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return isBidiControl(c.unicode()); }))
        return text;
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!isBidiControl(c.unicode()))
            out += c;
    }
    return out;
}

} // namespace Medtour::TextNormalizer
