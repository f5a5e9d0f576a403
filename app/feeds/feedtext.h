// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/feedparser.h"

#include <QString>
#include <QTimeZone>
#include <QUrl>

/// Small conversions every feed reader needs, kept in one place so the formats agree.
namespace Medtour::FeedText {

/// Plain text of a title or summary that may carry markup: tags stripped, entities decoded once,
/// white space collapsed, NFC.
QString plain(const QString &text);

/// Escapes plain text as an HTML paragraph sequence (blank lines separate paragraphs).
QString textToHtml(const QString &text);

/// A link resolved against a base URL; empty when the reference is empty or unusable.
QUrl resolve(const QUrl &base, const QString &reference);

/// True when the text contains Hangul syllables or jamo.
bool containsHangul(QStringView text);

/// The zone for dates written without one: the source's own, else Seoul for Korean content, else UTC.
QTimeZone zoneFor(const FeedParseOptions &options, QStringView language, QStringView sampleText);

} // namespace Medtour::FeedText
