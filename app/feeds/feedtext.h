// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/feedparser.h"

#include <QString>
#include <QTimeZone>
#include <QUrl>

/// Small conversions every feed reader needs, kept in one place so the formats agree.
namespace Medtour::FeedText {

/// Plain text of a title or summary that may carry markup: tags stripped, entities decoded once,
/// white space collapsed, C1 controls read as windows-1252, NFC.
QString plain(const QString &text);

/// Plain text that carries no markup (Atom type="text"): white space collapsed, C1 controls mapped, NFC.
QString plainFromText(const QString &text);

/// An HTML body as we keep it: C1 controls are read as windows-1252 and relative href/src attributes are
/// resolved against base. With `repairDoubleEscaping` (RSS bodies), a body escaped twice by its publisher
/// (no real tag, only "&lt;p&gt;"-style escaped tags of common HTML elements) is unescaped once.
QString cleanHtml(const QString &html, const QUrl &base, bool repairDoubleEscaping = false);

/// Escapes plain text as an HTML paragraph sequence (blank lines separate paragraphs).
QString textToHtml(const QString &text);

/// A link resolved against a base URL; empty when the reference is empty, unusable or unsafe
/// (javascript:, vbscript:, data:).
QUrl resolve(const QUrl &base, const QString &reference);

/// The base for relative links of a document: its URL, or the Content-Location header resolved against it.
QUrl documentBase(const FeedParseOptions &options);

/// A language tag as feeds should have written it: trimmed, '_' → '-' ("en_US" → "en-US").
QString normalizeLanguage(const QString &tag);

/// The person's name in an author field: "jane@example.com (Jane Doe)", "Jane Doe (jane@…)" and
/// "Jane Doe <jane@…>" give "Jane Doe"; a bare e-mail address gives an empty string (it names nobody).
QString authorName(const QString &raw);

/// True when the text contains Hangul syllables or jamo.
bool containsHangul(QStringView text);

/// The zone for dates written without one: the source's own, else Seoul for Korean content, else UTC.
QTimeZone zoneFor(const FeedParseOptions &options, QStringView language, QStringView sampleText);

} // namespace Medtour::FeedText
