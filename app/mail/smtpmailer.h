// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "domain/reportprofile.h"
#include "mail/mailmessage.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcMail)

namespace Medtour::Mail {

/**
 * Sends one message over SMTP through libcurl. `smtps://` speaks TLS from the first byte;
 * `smtp://` must upgrade with STARTTLS, except to a server on this machine (loopback), where a
 * local relay without TLS is accepted. The server's certificate is always verified (against
 * MailSettings::caFile when set). Blocking, bounded by time-outs; call it off the GUI thread.
 */
class SmtpMailer final
{
public:
    /// Mail servers commonly refuse messages over 25 MB once encoded: attachments stop at 18 MB.
    static constexpr qint64 kMaxAttachmentBytes = 18LL * 1024 * 1024;
    static constexpr int kConnectTimeoutSecs = 20;
    static constexpr int kTotalTimeoutSecs = 300;

    /// Error::Network, Timeout or Tls when the server cannot be reached or refuses; InvalidInput for
    /// bad settings or addresses. The detail names the server and says what happened.
    static Error send(const MailMessage &message, const MailSettings &settings, const QString &password);
};

} // namespace Medtour::Mail
