// SPDX-License-Identifier: GPL-3.0-or-later
#include "opmlfiles.h"

#include "feeds/googlenews.h"
#include "feeds/opml.h"
#include "storage/database.h"
#include "storage/sourcerepository.h"
#include "storage/transaction.h"

#include <QFile>
#include <QSaveFile>

namespace Medtour::OpmlFiles {

Result<OpmlImport> importFile(Database &database, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{file.exists() ? Error::Io : Error::NotFound,
                     QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    if (file.size() > Opml::kMaxBytes)
        return Error{Error::InvalidInput, QStringLiteral("%1: larger than %2 bytes").arg(path).arg(Opml::kMaxBytes)};
    const Result<OpmlDocument> doc = Opml::read(file.read(Opml::kMaxBytes + 1));
    if (!doc)
        return Error{Error::InvalidInput, QStringLiteral("%1: %2").arg(path, doc.error().detail)};
    SourceRepository repo(database);
    TransactionScope transaction(database);
    OpmlImport out;
    out.title = doc->title;
    out.errors = doc->errors;
    for (const OpmlFeed &feed : doc->feeds) {
        if (repo.byUrl(feed.xmlUrl)) {
            ++out.skipped;
            continue;
        }
        Source s;
        s.kind = feed.page                               ? Source::Kind::Page
                 : GoogleNews::isGoogleNews(feed.xmlUrl) ? Source::Kind::Query
                                                         : Source::Kind::Feed;
        s.url = feed.xmlUrl;
        s.name = feed.title;
        s.folder = feed.folder;
        s.language = feed.language;
        const Result<qint64> id = repo.add(s);
        if (!id)
            return Error{Error::Database, id.error().detail};
        out.ids.append(*id);
        ++out.added;
    }
    if (const Error e = transaction.commit())
        return Error{Error::Database, e.detail};
    return out;
}

Result<int> exportFile(Database &database, const QString &path)
{
    const QList<Source> sources = SourceRepository(database).all();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    file.write(Opml::write(sources, QStringLiteral("Medtour Reader sources")));
    if (!file.commit())
        return Error{Error::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    int exported = 0;
    for (const Source &s : sources)
        exported += s.kind != Source::Kind::File;
    return exported;
}

} // namespace Medtour::OpmlFiles
