// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

/**
 * Links inside the PDF (index row → article page).
 *
 * Qt 6.4's PDF engine turns a QTextCharFormat anchor into a link annotation, but only ever with a
 * /URI action: QTextDocument anchors ("#name") do not become jumps inside the file. So the index
 * links to a placeholder URI naming the target page, and after writing, resolve() rewrites each of
 * those actions into a /GoTo to that page object. The rewrite keeps every object's byte length (the
 * action is padded with spaces), so the cross-reference table Qt wrote stays valid.
 */
namespace Medtour::Export::PdfLinks {

/// The href for a jump to page `pageIndex` (0-based), to put on index entries.
QString pageHref(int pageIndex);

/// Rewrites the placeholder URI actions in `pdf` into GoTo actions; returns how many were rewritten,
/// or -1 when the page tree could not be read (the links then stay inert URIs).
int resolve(QByteArray &pdf);

} // namespace Medtour::Export::PdfLinks
