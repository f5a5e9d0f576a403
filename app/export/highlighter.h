// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Medtour::Export::Highlighter {

/// The positive words and phrases of a search ("카자흐스탄 OR 우즈벡 -광고" → 카자흐스탄, 우즈벡).
QStringList termsOf(const QString &searchText);

/// Escapes `text` for HTML and wraps every case-insensitive occurrence of a term in
/// <span class="hl">…</span> (overlapping hits merge). Pure; terms shorter than one letter are ignored.
QString toHtml(const QString &text, const QStringList &terms);

} // namespace Medtour::Export::Highlighter
