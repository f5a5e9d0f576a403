// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputfile.h"

#include <QDir>
#include <QFileInfo>

namespace Medtour {

OutputFile::OutputFile(const QString &path)
    : m_path(path)
    , m_file(path)
{}

Error OutputFile::checkTarget(const QString &path)
{
    if (path.isEmpty())
        return {Error::InvalidInput, QStringLiteral("no output file given")};
    const QFileInfo info(path);
    // QFileInfo follows a symbolic link: a link to a regular file is written through (QSaveFile
    // replaces the link's target), a link to anything else is refused like its target.
    if (info.exists()) {
        if (info.isDir())
            return {Error::InvalidInput, QStringLiteral("%1 is a folder, not a file").arg(path)};
        if (!info.isFile())
            return {Error::InvalidInput,
                    QStringLiteral("%1 is not a regular file (a device, pipe or socket); not writing to it").arg(path)};
        return {};
    }
    if (info.isSymLink())
        return {Error::InvalidInput, QStringLiteral("%1 is a link to nothing; not writing through it").arg(path)};
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists())
        return {Error::NotFound,
                QStringLiteral("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder.filePath()))};
    if (!folder.isDir())
        return {Error::InvalidInput,
                QStringLiteral("%1 is not a folder").arg(QDir::toNativeSeparators(folder.filePath()))};
    return {};
}

Error OutputFile::write(const QString &path, const QByteArray &bytes)
{
    OutputFile file(path);
    if (Error error = file.open())
        return error;
    if (file.device()->write(bytes) != bytes.size())
        return {Error::Io, QStringLiteral("cannot write %1: %2").arg(path, file.m_file.errorString())};
    return file.commit();
}

Error OutputFile::open()
{
    if (Error error = checkTarget(m_path))
        return error;
    if (!m_file.open(QIODevice::WriteOnly))
        return {Error::Io, QStringLiteral("cannot write %1: %2").arg(m_path, m_file.errorString())};
    return {};
}

Error OutputFile::commit()
{
    // The target may have changed since open(): check again right before the rename.
    if (Error error = checkTarget(m_path)) {
        m_file.cancelWriting();
        m_file.commit();
        return error;
    }
    if (!m_file.commit())
        return {Error::Io, QStringLiteral("cannot write %1: %2").arg(m_path, m_file.errorString())};
    return {};
}

} // namespace Medtour
