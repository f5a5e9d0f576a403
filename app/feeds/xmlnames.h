// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

/// Namespace URIs of the feed vocabularies we read.
namespace Medtour::XmlNames {

inline const QString kAtom10 = QStringLiteral("http://www.w3.org/2005/Atom");
inline const QString kAtom03 = QStringLiteral("http://purl.org/atom/ns#");
inline const QString kRss10 = QStringLiteral("http://purl.org/rss/1.0/");
inline const QString kRss090 = QStringLiteral("http://my.netscape.com/rdf/simple/0.9/");
inline const QString kRdf = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
inline const QString kDc = QStringLiteral("http://purl.org/dc/elements/1.1/");
inline const QString kDcTerms = QStringLiteral("http://purl.org/dc/terms/");
inline const QString kContent = QStringLiteral("http://purl.org/rss/1.0/modules/content/");
inline const QString kMedia = QStringLiteral("http://search.yahoo.com/mrss/");
inline const QString kXhtml = QStringLiteral("http://www.w3.org/1999/xhtml");
inline const QString kItunes = QStringLiteral("http://www.itunes.com/dtds/podcast-1.0.dtd");

/// The usual URI of a prefix that a sloppy feed uses without declaring it; empty if unknown.
QString wellKnownPrefix(QStringView prefix);

/// True for the namespaces RSS item elements live in (none, RSS 1.0, RSS 0.90).
bool isRssNamespace(QStringView uri);

/// True for Media RSS, whose URI feeds spell with and without the trailing slash.
bool isMediaNamespace(QStringView uri);

/// True for Apple's podcast namespace, which feeds spell in several cases ("DTDs/PodCast-1.0.dtd").
bool isItunesNamespace(QStringView uri);

/// True for Atom 1.0 and 0.3.
bool isAtomNamespace(QStringView uri);

} // namespace Medtour::XmlNames
