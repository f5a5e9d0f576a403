// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/articlequery.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace Medtour::Cli::QueryOptions {

/// The filter flags shared by list, search, facets and export: --market KZ --region KR-30
/// --specialty urology --hospital H --event mou --source ID --lang ko --since DATE --until DATE
/// --min-relevance 0.5 --unread --starred. Repeatable; comma-separated values also work.
QList<QCommandLineOption> options();

/// Reads the flags into a query; on a malformed value returns false with `error` set.
bool read(const QCommandLineParser &parser, ArticleQuery *query, QString *error);

} // namespace Medtour::Cli::QueryOptions
