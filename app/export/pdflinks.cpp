// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdflinks.h"

#include "export/exportlogging.h"

#include <QList>

namespace Medtour::Export::PdfLinks {

namespace {

constexpr char kScheme[] = "medtour-page:";
constexpr int kDigits = 6;
// Padding makes the placeholder long enough for any GoTo action the rewrite writes.
constexpr char kPadding[] = "-goto-top-of-page";

/// The object numbers of the pages, in order, from Qt's single /Type /Pages object.
QList<int> pageObjects(const QByteArray &pdf)
{
    QList<int> pages;
    const qsizetype tree = pdf.lastIndexOf("/Type /Pages");
    if (tree < 0)
        return pages;
    const qsizetype kids = pdf.indexOf("/Kids", tree);
    const qsizetype open = kids < 0 ? -1 : pdf.indexOf('[', kids);
    const qsizetype close = open < 0 ? -1 : pdf.indexOf(']', open);
    if (close < 0)
        return pages;
    const QList<QByteArray> parts = pdf.mid(open + 1, close - open - 1).simplified().split(' ');
    // "6 0 R 15 0 R ..." in triples.
    for (qsizetype i = 0; i + 2 < parts.size(); i += 3) {
        bool ok = false;
        const int object = parts[i].toInt(&ok);
        if (!ok || parts[i + 2] != "R")
            return {};
        pages << object;
    }
    return pages;
}

} // namespace

QString pageHref(int pageIndex)
{
    return QString::fromLatin1(kScheme) + QString::number(pageIndex).rightJustified(kDigits, u'0') +
           QString::fromLatin1(kPadding);
}

int resolve(QByteArray &pdf)
{
    const QList<int> pages = pageObjects(pdf);
    if (pages.isEmpty()) {
        qCWarning(lcExport) << "PDF page tree not found; index links stay inert";
        return -1;
    }
    const QByteArray marker = QByteArrayLiteral("/S /URI\n/URI (") + kScheme;
    int rewritten = 0;
    for (qsizetype at = pdf.indexOf(marker); at >= 0; at = pdf.indexOf(marker, at + 1)) {
        const qsizetype digits = at + marker.size();
        const qsizetype end = pdf.indexOf(')', digits);
        if (end < 0 || end - at > 200)
            break;
        bool ok = false;
        const int page = pdf.mid(digits, kDigits).toInt(&ok);
        if (!ok || page < 0 || page >= pages.size())
            continue;
        QByteArray action = "/S /GoTo\n/D [" + QByteArray::number(pages[page]) + " 0 R /XYZ null null null]";
        const qsizetype length = end + 1 - at;
        if (action.size() > length)
            action = "/S /GoTo\n/D [" + QByteArray::number(pages[page]) + " 0 R /Fit]";
        if (action.size() > length)
            continue;
        pdf.replace(at, length, action.leftJustified(length, ' '));
        ++rewritten;
    }
    return rewritten;
}

} // namespace Medtour::Export::PdfLinks
