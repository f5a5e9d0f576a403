// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: DateParser::parse on arbitrary text (UTF-8, invalid sequences replaced), in a default
// zone chosen by the first byte (UTC, fixed +09:00, or Asia/Seoul with its DST history; fuzzinput.h).
#include "fuzzinput.h"
#include "text/dateparser.h"

#include <cstddef>
#include <cstdint>

using namespace Medtour;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const QTimeZone zones[] = {FuzzInput::dateZone(0), FuzzInput::dateZone(1), FuzzInput::dateZone(2)};
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QDateTime parsed = DateParser::parse(text, zones[data[0] % 3]);
    if (parsed.isValid()) {
        if (parsed.timeSpec() != Qt::UTC || parsed.time().msec() != 0)
            __builtin_trap(); // the contract: UTC, whole seconds
        if (DateParser::toIsoUtc(parsed).isEmpty())
            __builtin_trap();
    }
    return 0;
}
