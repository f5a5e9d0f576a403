// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QSaveFile>

namespace Medtour {

/// A file the reader writes for the user (a report, an OPML export, a backup), written atomically.
/// Output goes only to a regular file (replaced) or to a new name in an existing folder: a device
/// node, a pipe, a socket or a folder at the path is refused with a clear error and left untouched,
/// because an atomic save renames over the target and would turn `/dev/full` into a plain file.
class OutputFile final
{
public:
    explicit OutputFile(const QString &path);
    Q_DISABLE_COPY_MOVE(OutputFile)

    /// Checks that `path` may be written (see the class comment); Error::InvalidInput if not.
    static Error checkTarget(const QString &path);
    /// checkTarget, then the whole of `bytes` written and committed.
    static Error write(const QString &path, const QByteArray &bytes);

    /// checkTarget, then opens the temporary file beside the target for writing.
    Error open();
    /// The device to write to between open() and commit().
    QIODevice *device() { return &m_file; }
    /// Replaces the target with what was written; on failure the target is left as it was.
    Error commit();
    QString path() const { return m_path; }

private:
    QString m_path;
    QSaveFile m_file;
};

} // namespace Medtour
