// SPDX-License-Identifier: GPL-3.0-or-later
#include "textnormalizer.h"

#include "core/logging.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

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

} // namespace Medtour::TextNormalizer
