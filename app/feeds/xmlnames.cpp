// SPDX-License-Identifier: GPL-3.0-or-later
#include "xmlnames.h"

namespace Medtour::XmlNames {

QString wellKnownPrefix(QStringView prefix)
{
    if (prefix.isEmpty())
        return {};
    if (prefix == u"dc")
        return kDc;
    if (prefix == u"dcterms")
        return kDcTerms;
    if (prefix == u"content")
        return kContent;
    if (prefix == u"media")
        return kMedia;
    if (prefix == u"atom")
        return kAtom10;
    if (prefix == u"rdf")
        return kRdf;
    if (prefix == u"xhtml")
        return kXhtml;
    if (prefix == u"itunes")
        return kItunes;
    return u"urn:undeclared:" + prefix;
}

bool isRssNamespace(QStringView uri)
{
    return uri.isEmpty() || uri == kRss10 || uri == kRss090;
}

bool isMediaNamespace(QStringView uri)
{
    return uri.startsWith(u"http://search.yahoo.com/mrss") || uri.startsWith(u"https://search.yahoo.com/mrss");
}

bool isItunesNamespace(QStringView uri)
{
    // Cheap rejection first: this runs for every element of a feed.
    if (uri.size() < 40 || !(uri.startsWith(u"http://www.itunes.com/", Qt::CaseInsensitive) ||
                             uri.startsWith(u"https://www.itunes.com/", Qt::CaseInsensitive)))
        return false;
    return uri.contains(u"itunes.com/dtds/podcast", Qt::CaseInsensitive);
}

bool isAtomNamespace(QStringView uri)
{
    return uri == kAtom10 || uri == kAtom03;
}

} // namespace Medtour::XmlNames
