// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/reportbuilder.h"

#include <QList>
#include <QStringList>

namespace Medtour::ExportTestData {

enum class Mix
{
    Korean,
    Mixed ///< Korean, English and Russian in turn
};

/// Our own generated articles (no corpus text): article n has a title, outlet and paragraphs
/// that name n, so every one is unique and can be found again in extracted text.
Export::ReportInput article(int n, const QString &language);
QList<Export::ReportInput> articles(int count, Mix mix);
/// The paragraphs article(n, language) has, in order.
QStringList paragraphs(int n, const QString &language);

} // namespace Medtour::ExportTestData
