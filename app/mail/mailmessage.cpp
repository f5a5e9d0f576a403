// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailmessage.h"

#include <QRegularExpression>

namespace Medtour::Mail {

QString bareAddress(const QString &mailbox)
{
    // Deliberately strict: no quoted local parts, no comments, nothing that could smuggle a
    // second recipient or a line break into the SMTP envelope.
    static const QRegularExpression angle(QStringLiteral("<([^<>\\s]+)>\\s*$"));
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+$"));
    QString address = mailbox.trimmed();
    const QRegularExpressionMatch m = angle.match(address);
    if (m.hasMatch())
        address = m.captured(1);
    return plain.match(address).hasMatch() && !address.contains(QStringLiteral("..")) ? address : QString();
}

QByteArray encodedHeaderValue(const QString &value)
{
    QString clean = value;
    clean.replace(u'\r', u' ').replace(u'\n', u' ');
    bool ascii = true;
    for (const QChar c : std::as_const(clean)) {
        if (c.unicode() > 126 || c.unicode() < 32) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return clean.toLatin1();
    // Encoded words are at most 75 characters: split the text into pieces of whole characters.
    QByteArray out;
    QString piece;
    auto flush = [&out, &piece] {
        if (piece.isEmpty())
            return;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + piece.toUtf8().toBase64() + "?=";
        piece.clear();
    };
    for (qsizetype i = 0; i < clean.size(); ++i) {
        const bool pair = clean.at(i).isHighSurrogate() && i + 1 < clean.size();
        const QString ch = clean.mid(i, pair ? 2 : 1);
        if ((piece + ch).toUtf8().size() > 45)
            flush();
        piece += ch;
        if (pair)
            ++i;
    }
    flush();
    return out;
}

QByteArray mimeTypeFor(const QString &fileName)
{
    const QString lower = fileName.toLower();
    if (lower.endsWith(u".pdf"))
        return "application/pdf";
    if (lower.endsWith(u".odt"))
        return "application/vnd.oasis.opendocument.text";
    if (lower.endsWith(u".xlsx"))
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    if (lower.endsWith(u".csv"))
        return "text/csv; charset=utf-8";
    return "application/octet-stream";
}

} // namespace Medtour::Mail
