// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace Medtour {

struct SearchQuery;

/// Keeps article_fts in step with articles. The table is contentless, so removing a row needs
/// the tokens it was indexed with; they are recomputed from the stored title and text, which is
/// exact as long as the tokenizer is unchanged — and the index is rebuilt when its version differs.
class SearchIndex final
{
public:
    explicit SearchIndex(QSqlDatabase db);

    bool add(qint64 id, const QString &title, const QString &summary, const QString &text);
    bool remove(qint64 id, const QString &title, const QString &summary, const QString &text);
    QString lastError() const { return m_lastError; }

    /// Re-indexes every article (inside the caller's transaction, if any).
    static Error rebuild(QSqlDatabase db);
    /// Rebuilds when the stored tokenizer version is not the current one.
    static Error ensureCurrent(QSqlDatabase db);

    /// The FTS5 MATCH expression for a query's positive part (empty when it has none), with its
    /// exclusions attached; `exclusionOnly` receives the expression for the exclusions alone.
    static QString matchExpression(const SearchQuery &query, QString *exclusionOnly = nullptr);

private:
    bool write(const char *command, qint64 id, const QString &title, const QString &summary, const QString &text);

    QSqlQuery m_insert;
    QSqlQuery m_delete;
    QString m_lastError;
};

} // namespace Medtour
