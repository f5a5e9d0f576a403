// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDateTime>
#include <QStringView>
#include <QTimeZone>

namespace Medtour {
/// Parses the date forms feeds and news pages use. Pure and thread-safe.
///
/// One hand-written scanner covers RFC 822/1123 and its real-world variants, ISO 8601 / W3C-DTF
/// (including compact, truncated and ordinal forms), asctime, Perforce's Y/M/D, and the Korean page
/// forms (dotted dates, 년월일 labels, 오전/오후, weekday names, 입력/수정 prefixes). Zone
/// abbreviations map to fixed offsets, so no IANA lookup happens unless a zone-less date has to be
/// read in a defaultZone that has transitions.
namespace DateParser {
/// Returns the instant in UTC (timeSpec Qt::UTC), or an invalid QDateTime when the text is not a date.
/// A date/time without an explicit zone or offset is read in defaultZone.
QDateTime parse(QStringView text, const QTimeZone &defaultZone = QTimeZone::utc());
/// Formats as 2019-05-23T00:18:00Z (seconds precision), or an empty string for an invalid value.
QString toIsoUtc(const QDateTime &dt);
} // namespace DateParser
} // namespace Medtour
