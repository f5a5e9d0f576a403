// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QString>

namespace Medtour::SyncError {

/// A stable, untranslated name for a code ("timeout", "http", "not-a-feed", …), as stored in the
/// cache (sources.error_code) and printed by the CLI. Empty for Error::None.
QString codeName(Error::Code code);
/// The code for a name from codeName(); Error::None for an empty or unknown name.
Error::Code codeFromName(const QString &name);

/// What a failed source tells the user: what happened, and what to try. Translated (context
/// "SyncError") into the application's language.
struct Description
{
    QString what;
    QString advice;
    QString text() const { return advice.isEmpty() ? what : QString(what + u' ' + advice); }
};

/// `code` and `httpStatus` decide the sentence; `detail` (the English detail) only tells an HTML
/// page from other non-feeds; `retryAt` is when a 429/503 asked us to come back (invalid: not said).
Description describe(Error::Code code, int httpStatus, const QString &detail = {}, const QDateTime &retryAt = {});

} // namespace Medtour::SyncError
