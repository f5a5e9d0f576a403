// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Medtour::Mail {

struct Attachment
{
    QString path; ///< the file to attach
    QString name; ///< the file name the recipient sees
    QByteArray mimeType;
};

/// One e-mail: a plain-text and an HTML alternative of the same body, and files.
struct MailMessage
{
    QString from; ///< "a@b" or "Name <a@b>"
    QStringList to;
    QString subject;
    QString text;
    QString html;
    QList<Attachment> attachments;
};

/// The address in "Name <a@b>" (or "a@b" itself); empty when it is not a plausible address.
QString bareAddress(const QString &mailbox);
/// A header value as an RFC 2047 encoded word when it is not plain ASCII.
QByteArray encodedHeaderValue(const QString &value);
/// The MIME type we send a report file as, by its suffix.
QByteArray mimeTypeFor(const QString &fileName);

} // namespace Medtour::Mail
