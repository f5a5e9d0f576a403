// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Medtour::SnippetBuilder {

/// A short excerpt of `text` around the first hit of any term, HTML-escaped, with every hit
/// wrapped in <mark>…</mark>. Matching ignores case and full-width forms.
/// Without a hit it returns the start of the text.
QString build(const QString &text, const QStringList &terms, int maxChars = 160);

/// Ranges [start, end) of hits of the terms in `text`, in order and not overlapping.
QList<QPair<qsizetype, qsizetype>> hits(const QString &text, const QStringList &terms);

} // namespace Medtour::SnippetBuilder
