// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportmodel.h"

#include <QCoreApplication>

namespace Medtour::Export {

QString groupByName(GroupBy groupBy)
{
    switch (groupBy) {
    case GroupBy::Date:
        return QStringLiteral("date");
    case GroupBy::Market:
        return QStringLiteral("market");
    case GroupBy::Outlet:
        return QStringLiteral("outlet");
    case GroupBy::None:
        break;
    }
    return QStringLiteral("none");
}

bool groupByFromName(QStringView name, GroupBy *out)
{
    const QString n = name.trimmed().toString().toLower();
    if (n.isEmpty() || n == u"none")
        *out = GroupBy::None;
    else if (n == u"date")
        *out = GroupBy::Date;
    else if (n == u"market")
        *out = GroupBy::Market;
    else if (n == u"outlet" || n == u"source")
        *out = GroupBy::Outlet;
    else
        return false;
    return true;
}

QString pageSizeName(PageSize size)
{
    return size == PageSize::Letter ? QStringLiteral("Letter") : QStringLiteral("A4");
}

bool pageSizeFromName(QStringView name, PageSize *out)
{
    const QString n = name.trimmed().toString().toLower();
    if (n == u"a4")
        *out = PageSize::A4;
    else if (n == u"letter")
        *out = PageSize::Letter;
    else
        return false;
    return true;
}

QString defaultTitle(const QString &uiLanguage)
{
    if (uiLanguage.startsWith(u"ko"))
        return QString::fromUtf8("의료관광 뉴스 클리핑");
    return QCoreApplication::translate("Medtour::Export", "Medical tourism news clipping");
}

QList<const ReportArticle *> ReportModel::articles() const
{
    QList<const ReportArticle *> out;
    out.reserve(articleCount);
    for (const ReportGroup &group : groups) {
        for (const ReportArticle &article : group.articles)
            out << &article;
    }
    return out;
}

} // namespace Medtour::Export
