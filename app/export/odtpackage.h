// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

/**
 * The few fixes QTextDocumentWriter's OpenDocument output needs before Hancom Office, Word and
 * LibreOffice show it as meant (Qt 6.4): text properties are written for Western text only, so
 * Hangul takes the office suite's default font and size; column widths come out as "6%", which
 * ODF does not allow (relative widths are "6*"); a table 100% wide comes out 100 points wide.
 * The package is a zip: read it, rewrite content.xml, write it again (zlib).
 */
namespace Medtour::Export::OdtPackage {

struct Entry
{
    QString name;
    QByteArray data; ///< uncompressed
};

/// The files of a zip package, in order; an error when it is not one we can read.
Result<QList<Entry>> read(const QByteArray &zip);
/// A zip package of `entries` in order; "mimetype" is stored, the rest deflated.
QByteArray write(const QList<Entry> &entries);

/// content.xml with the fixes above; `fontFamily` is set for Western, Asian and complex text.
QByteArray fixContent(const QByteArray &contentXml, const QString &fontFamily);

/// read → fixContent → write.
Result<QByteArray> fix(const QByteArray &odt, const QString &fontFamily);

} // namespace Medtour::Export::OdtPackage
