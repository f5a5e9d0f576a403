// SPDX-License-Identifier: GPL-3.0-or-later
#include "defaultsources.h"

#include "feeds/googlenews.h"
#include "storage/database.h"
#include "storage/sourcerepository.h"
#include "storage/transaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Medtour::DefaultSources {

Result<QList<Source>> parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return Error{Error::InvalidInput, QStringLiteral("default sources: %1").arg(parseError.errorString())};
    QList<Source> out;
    const QJsonArray entries = doc.object().value(u"sources").toArray();
    for (const QJsonValue &v : entries) {
        const QJsonObject o = v.toObject();
        Source s;
        s.kind = sourceKindFromName(o.value(u"kind").toString(QStringLiteral("feed")));
        s.language = o.value(u"language").toString();
        s.folder = o.value(u"folder").toString();
        s.intervalMinutes = o.value(u"interval_minutes").toInt(60);
        s.timeZone = o.value(u"time_zone").toString();
        if (s.kind == Source::Kind::Query) {
            const QString query = o.value(u"query").toString();
            if (query.isEmpty())
                return Error{Error::InvalidInput, QStringLiteral("default sources: a query entry without 'query'")};
            s.url = GoogleNews::searchUrl(query, s.language.isEmpty() ? QStringLiteral("ko") : s.language);
            s.name = o.value(u"name").toString(QStringLiteral("Google News: %1").arg(query));
        } else {
            s.url = QUrl(o.value(u"url").toString());
            s.name = o.value(u"name").toString();
        }
        if (!s.url.isValid() || s.url.scheme() != u"https")
            return Error{Error::InvalidInput, QStringLiteral("default sources: bad URL %1").arg(s.url.toString())};
        out << s;
    }
    return out;
}

Result<QList<Source>> embedded()
{
    QFile file(QString::fromLatin1(kResourcePath));
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::NotFound, QStringLiteral("the default source list is missing from this build")};
    return parse(file.readAll());
}

Result<int> addMissing(Database &database, const QList<Source> &sources)
{
    SourceRepository repo(database);
    TransactionScope transaction(database);
    if (!transaction.began())
        return Error{Error::Database, QStringLiteral("cannot begin a transaction")};
    int added = 0;
    for (const Source &s : sources) {
        const Result<Source> existing = repo.byUrl(s.url);
        if (existing)
            continue;
        if (existing.error().code != Error::NotFound)
            return existing.error();
        const Result<qint64> id = repo.add(s);
        if (!id)
            return id.error();
        ++added;
    }
    if (Error e = transaction.commit())
        return e;
    return added;
}

} // namespace Medtour::DefaultSources
