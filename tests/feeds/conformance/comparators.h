// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

/// The comparison keys of shared/corpora/README.md §2.2. Two values agree when their keys are equal.
namespace Medtour::Conformance::Compare {

/// Text fields, primary check: exact after Unicode NFC.
QString textKey(const QString &text);
/// Text fields, lenient check: NFC, ends trimmed, runs of white space collapsed.
QString lenientKey(const QString &text);
/// Summary and content, rule (b): tags removed, entities decoded, white space collapsed, NFC.
QString htmlTextKey(const QString &html);
/// Links: parsed as URLs, scheme and host lower-cased, default port removed, an empty http(s) path read as
/// "/" (as WHATWG URL parsing does).
QString linkKey(const QString &url);
QString linkKey(const QUrl &url);
/// Dates: the UTC instant to the second ("null" for none).
QString dateKey(const QDateTime &dt);
/// Encodings: WHATWG label normalisation, case-insensitive.
QString encodingKey(const QString &label);

/// RFC 3339 / ISO 8601 with Z or offset; fractional seconds are dropped. Invalid for empty or null.
QDateTime parseRfc3339(const QString &text);

} // namespace Medtour::Conformance::Compare
