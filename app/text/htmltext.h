// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Medtour::HtmlText {

/// The code point of a named character reference ("amp" → '&'), or -1.
char32_t lookupEntity(QStringView name);

/// Decodes character references (named, decimal, hex) exactly once; unknown ones stay as written.
QString decodeEntities(QStringView text);

/// Collapses every run of white space (incl. NBSP and ideographic space) to one space and trims the ends.
QString simplifyWhitespace(QStringView text);

/// Plain text of an HTML fragment: tags removed (the content of script, style, template, noscript, iframe,
/// textarea, form controls, media and plugin fallback, SVG and MathML dropped), block
/// boundaries become one space, entities decoded once, white space collapsed. Not a sanitiser.
QString toPlainText(QStringView html);

/// True when the text looks like it carries markup (a tag or an entity), so it needs toPlainText().
bool looksLikeHtml(QStringView text);

} // namespace Medtour::HtmlText
