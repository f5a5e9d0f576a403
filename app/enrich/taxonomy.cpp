// SPDX-License-Identifier: GPL-3.0-or-later
#include "taxonomy.h"

#include "taxonomyloader.h"

#include <QFile>
#include <QLoggingCategory>

namespace Medtour {

namespace {
Q_LOGGING_CATEGORY(lcEnrich, "medtour.enrich")
} // namespace

QStringList Taxonomy::tableNames()
{
    return {QStringLiteral("markets"),   QStringLiteral("regions"), QStringLiteral("specialties"),
            QStringLiteral("hospitals"), QStringLiteral("events"),  QStringLiteral("relevance")};
}

std::shared_ptr<const Taxonomy> Taxonomy::fromTables(const QHash<QString, QByteArray> &tables)
{
    auto taxonomy = std::make_shared<Taxonomy>();
    TaxonomyLoader(*taxonomy).load(tables);
    return taxonomy;
}

std::shared_ptr<const Taxonomy> Taxonomy::builtin()
{
    // A function-local static: built once, on first use, safely from any thread.
    static const std::shared_ptr<const Taxonomy> instance = [] {
        QHash<QString, QByteArray> tables;
        QStringList missing;
        for (const QString &name : tableNames()) {
            QFile file(QStringLiteral(":/taxonomy/%1.json").arg(name));
            if (file.open(QIODevice::ReadOnly))
                tables.insert(name, file.readAll());
            else
                missing.append(name);
        }
        auto taxonomy = fromTables(tables);
        QStringList problems = taxonomy->errors();
        for (const QString &name : std::as_const(missing))
            problems.append(QStringLiteral("%1: resource :/taxonomy/%1.json is missing").arg(name));
        for (const QString &problem : std::as_const(problems))
            qCWarning(lcEnrich, "taxonomy: %s", qUtf8Printable(problem));
        if (!missing.isEmpty()) {
            auto copy = std::make_shared<Taxonomy>(*taxonomy);
            copy->m_errors = problems;
            return std::shared_ptr<const Taxonomy>(std::move(copy));
        }
        return taxonomy;
    }();
    return instance;
}

const TermRule *Taxonomy::keyword(const QString &term) const
{
    const auto it = m_keywordIndex.constFind(term);
    return it == m_keywordIndex.constEnd() ? nullptr : &m_rules[size_t(*it)];
}

} // namespace Medtour
