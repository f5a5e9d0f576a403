// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Medtour {

/// What the user did to one article, keyed by what identifies the article across caches: the
/// source's URL and the item's guid (article ids are local to one file).
struct UserStateEntry
{
    QString sourceUrl;
    QString guid;
    bool read = false;
    bool starred = false;
    QString note;
    QString labels;
    qint64 changed = 0; ///< UTC seconds
};

/// A small copy of the user's stars, notes, labels and read marks beside the cache
/// (`cache.sqlite.userstate.json`). It is what survives when the cache file itself is damaged
/// beyond what SQLite can read, so it is written atomically (OutputFile) and holds nothing else.
namespace UserStateBackup {

QString pathFor(const QString &cachePath);

/// Every article whose state differs from the default (unread, unstarred, no note, no labels).
Result<QList<UserStateEntry>> read(const QSqlDatabase &db);
/// Reads the state from `db` and replaces `file` with it, keeping the entries of the previous backup
/// whose articles the cache does not hold.
Result<int> save(const QSqlDatabase &db, const QString &file);
Result<QList<UserStateEntry>> load(const QString &file);
/// Sets the state of the articles that exist in `db`, unless the cache already holds a newer change
/// for that article. Returns how many articles it changed.
Result<int> apply(const QSqlDatabase &db, const QList<UserStateEntry> &entries);
/// apply() with the backup in `file`, when the cache holds fewer states than the backup (a cheap
/// count decides, so a sound cache pays almost nothing at open).
Result<int> restoreMissing(const QSqlDatabase &db, const QString &file);

} // namespace UserStateBackup

} // namespace Medtour
