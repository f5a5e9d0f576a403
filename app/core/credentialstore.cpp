// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

#include "core/outputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace Medtour {

struct CredentialStore::Line
{
    QString raw;        ///< the line as it was (comments and blank lines are kept)
    QStringList fields; ///< five unescaped fields, or empty for a line that is not an entry
};

namespace {

constexpr qint64 kMaxFileBytes = 1 << 20;

/// Splits a password-file line into its fields, unescaping `\:` and `\\`.
QStringList splitFields(const QString &line)
{
    QStringList fields;
    QString field;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\' && i + 1 < line.size()) {
            field += line.at(++i);
        } else if (c == u':' && fields.size() < 4) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

bool fieldMatches(const QString &pattern, const QString &value)
{
    return pattern == u"*" || pattern == value;
}

QString portText(int port)
{
    return port > 0 ? QString::number(port) : QStringLiteral("*");
}

QStringList keyFields(const CredentialKey &key)
{
    return {key.host, portText(key.port), key.database, key.user};
}

} // namespace

CredentialStore::CredentialStore(const QString &path)
    : m_path(path.isEmpty() ? defaultPath() : path)
{}

QString CredentialStore::defaultPath()
{
    const QString fromEnv = qEnvironmentVariable("MEDTOUR_CREDENTIALS");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/credentials.pgpass");
}

QString CredentialStore::escape(const QString &field)
{
    QString out;
    out.reserve(field.size());
    for (const QChar c : field) {
        if (c == u':' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out;
}

Result<QList<CredentialStore::Line>> CredentialStore::readLines() const
{
    QFile file(m_path);
    if (!file.exists())
        return QList<Line>{};
    if (!QFileInfo(m_path).isFile())
        return Error{Error::InvalidInput, QStringLiteral("%1 is not a regular file").arg(m_path)};
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Io, QStringLiteral("cannot read %1: %2").arg(m_path, file.errorString())};
    const QByteArray bytes = file.read(kMaxFileBytes + 1);
    if (bytes.size() > kMaxFileBytes)
        return Error{Error::TooLarge, QStringLiteral("%1 is larger than 1 MiB").arg(m_path)};
    QList<Line> lines;
    const QStringList texts = QString::fromUtf8(bytes).split(u'\n');
    for (qsizetype i = 0; i < texts.size(); ++i) {
        QString text = texts.at(i);
        if (text.endsWith(u'\r'))
            text.chop(1);
        if (i == texts.size() - 1 && text.isEmpty())
            break;
        Line line{text, {}};
        if (!text.isEmpty() && !text.startsWith(u'#')) {
            const QStringList fields = splitFields(text);
            if (fields.size() == 5)
                line.fields = fields;
        }
        lines << line;
    }
    return lines;
}

Error CredentialStore::writeLines(const QList<Line> &lines)
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return {Error::Io, QStringLiteral("cannot create the folder %1").arg(info.absolutePath())};
    // Created empty and owner-only first: the atomic replacement below keeps the permissions of the
    // file it replaces, so the passwords are never readable by others, not even for a moment.
    if (!info.exists()) {
        QFile create(m_path);
        if (!create.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return {Error::Io, QStringLiteral("cannot create %1: %2").arg(m_path, create.errorString())};
    }
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QByteArray bytes;
    for (const Line &line : lines)
        bytes += line.raw.toUtf8() + '\n';
    return OutputFile::write(m_path, bytes);
}

Result<std::optional<QString>> CredentialStore::password(const CredentialKey &key) const
{
    const Result<QList<Line>> lines = readLines();
    if (!lines)
        return lines.error();
    const QStringList wanted = keyFields(key);
    for (const Line &line : *lines) {
        if (line.fields.isEmpty())
            continue;
        bool matches = true;
        for (int i = 0; i < 4 && matches; ++i)
            matches = fieldMatches(line.fields.at(i), wanted.at(i));
        if (matches)
            return std::optional<QString>(line.fields.at(4));
    }
    return std::optional<QString>();
}

Error CredentialStore::store(const CredentialKey &key, const QString &password)
{
    Result<QList<Line>> lines = readLines();
    if (!lines)
        return lines.error();
    const QStringList wanted = keyFields(key);
    QList<Line> kept;
    for (const Line &line : *lines) {
        if (!line.fields.isEmpty() && line.fields.mid(0, 4) == wanted)
            continue;
        kept << line;
    }
    QStringList escaped;
    for (const QString &field : wanted)
        escaped << (field == u"*" ? field : escape(field));
    escaped << escape(password);
    // First: an exact entry goes before any wildcard line that would otherwise win.
    kept.prepend(Line{escaped.join(u':'), wanted + QStringList{password}});
    return writeLines(kept);
}

Error CredentialStore::remove(const CredentialKey &key)
{
    Result<QList<Line>> lines = readLines();
    if (!lines)
        return lines.error();
    const QStringList wanted = keyFields(key);
    QList<Line> kept;
    for (const Line &line : *lines) {
        if (!line.fields.isEmpty() && line.fields.mid(0, 4) == wanted)
            continue;
        kept << line;
    }
    if (kept.size() == lines->size())
        return {};
    return writeLines(kept);
}

} // namespace Medtour
