// SPDX-License-Identifier: GPL-3.0-or-later
#include "opmlfiles.h"

#include "core/boundedread.h"
#include "core/outputfile.h"
#include "feeds/googlenews.h"
#include "feeds/opml.h"
#include "storage/database.h"
#include "storage/sourcerepository.h"
#include "storage/transaction.h"

namespace Medtour::OpmlFiles {

Result<OpmlImport> importFile(Database &database, const QString &path)
{
    // Counted as it is read: a pipe or a device says nothing of its size.
    const Result<QByteArray> bytes = BoundedRead::file(path, Opml::kMaxBytes, QStringLiteral("8 MiB"));
    if (!bytes) {
        if (bytes.error().code == Error::InvalidInput)
            return Error{Error::InvalidInput, QStringLiteral("%1: %2").arg(path, bytes.error().detail)};
        return bytes.error();
    }
    const Result<OpmlDocument> doc = Opml::read(*bytes);
    if (!doc)
        return Error{Error::InvalidInput, QStringLiteral("%1: %2").arg(path, doc.error().detail)};
    SourceRepository repo(database);
    TransactionScope transaction(database);
    OpmlImport out;
    out.title = doc->title;
    out.errors = doc->errors;
    for (const OpmlFeed &feed : doc->feeds) {
        const Result<Source> existing = repo.byUrl(feed.xmlUrl);
        if (existing) {
            ++out.skipped;
            continue;
        }
        if (existing.error().code != Error::NotFound)
            return Error{Error::Database, existing.error().detail};
        Source s;
        s.kind = feed.page                               ? Source::Kind::Page
                 : GoogleNews::isGoogleNews(feed.xmlUrl) ? Source::Kind::Query
                                                         : Source::Kind::Feed;
        s.url = feed.xmlUrl;
        s.name = feed.title;
        s.folder = feed.folder;
        s.language = feed.language;
        const Result<qint64> id = repo.add(s);
        if (!id) // a team server's refusal stays one, so that the member is told their part changed
            return id.error().code == Error::Denied ? id.error() : Error{Error::Database, id.error().detail};
        out.ids.append(*id);
        ++out.added;
    }
    if (const Error e = transaction.commit())
        return Error{Error::Database, e.detail};
    return out;
}

Result<int> exportFile(Database &database, const QString &path)
{
    const Result<QList<Source>> read = SourceRepository(database).all();
    if (!read)
        return read.error();
    const QList<Source> &sources = *read;
    // Only to a regular file or a new name: never over a device, a pipe or a folder (OutputFile).
    if (const Error error = OutputFile::write(path, Opml::write(sources, QStringLiteral("Medtour Reader sources"))))
        return error;
    int exported = 0;
    for (const Source &s : sources)
        exported += s.kind != Source::Kind::File;
    return exported;
}

} // namespace Medtour::OpmlFiles
