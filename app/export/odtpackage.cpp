// SPDX-License-Identifier: GPL-3.0-or-later
#include "odtpackage.h"

#include <QRegularExpression>

#include <algorithm>
#include <zlib.h>

namespace Medtour::Export::OdtPackage {

namespace {

constexpr quint32 kLocalHeader = 0x04034b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kEndOfDirectory = 0x06054b50;
/// A report's content.xml is a few megabytes at most; anything larger is not ours.
constexpr qint64 kMaxEntryBytes = 256LL * 1024 * 1024;

quint16 u16(const QByteArray &b, qsizetype at)
{
    return quint16(uchar(b[at])) | quint16(uchar(b[at + 1])) << 8;
}

quint32 u32(const QByteArray &b, qsizetype at)
{
    return quint32(u16(b, at)) | quint32(u16(b, at + 2)) << 16;
}

void put16(QByteArray &b, quint16 v)
{
    b.append(char(v & 0xff)).append(char(v >> 8));
}

void put32(QByteArray &b, quint32 v)
{
    put16(b, quint16(v & 0xffff));
    put16(b, quint16(v >> 16));
}

Result<QByteArray> inflateRaw(const QByteArray &in, qint64 size)
{
    if (size < 0 || size > kMaxEntryBytes)
        return Error{Error::TooLarge, QStringLiteral("a package entry is too large")};
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return Error{Error::Io, QStringLiteral("cannot start inflating")};
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = inflate(&z, Z_FINISH);
    inflateEnd(&z);
    if (rc != Z_STREAM_END || z.total_out != uLong(size))
        return Error{Error::Io, QStringLiteral("a package entry is damaged")};
    return out;
}

QByteArray deflateRaw(const QByteArray &in)
{
    z_stream z{};
    deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&z, uLong(in.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

} // namespace

Result<QList<Entry>> read(const QByteArray &zip)
{
    const Error damaged{Error::Io, QStringLiteral("the OpenDocument package is damaged")};
    qsizetype end = -1;
    for (qsizetype at = zip.size() - 22; at >= 0 && at >= zip.size() - 22 - 65535; --at) {
        if (u32(zip, at) == kEndOfDirectory) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return damaged;
    const int count = u16(zip, end + 10);
    qsizetype at = qsizetype(u32(zip, end + 16));
    QList<Entry> entries;
    for (int i = 0; i < count; ++i) {
        if (at < 0 || at + 46 > zip.size() || u32(zip, at) != kCentralHeader)
            return damaged;
        const quint16 method = u16(zip, at + 10);
        const quint32 crc = u32(zip, at + 16);
        const qint64 packed = u32(zip, at + 20);
        const qint64 size = u32(zip, at + 24);
        const int nameLength = u16(zip, at + 28);
        const int skip = nameLength + u16(zip, at + 30) + u16(zip, at + 32);
        const qsizetype local = qsizetype(u32(zip, at + 42));
        if (at + 46 + skip > zip.size() || local < 0 || local + 30 > zip.size() || u32(zip, local) != kLocalHeader)
            return damaged;
        Entry entry;
        entry.name = QString::fromUtf8(zip.mid(at + 46, nameLength));
        const qsizetype data = local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
        if (data + packed > zip.size())
            return damaged;
        const QByteArray raw = zip.mid(data, qsizetype(packed));
        if (method == 0) {
            entry.data = raw;
        } else if (method == 8) {
            Result<QByteArray> inflated = inflateRaw(raw, size);
            if (!inflated)
                return inflated.error();
            entry.data = std::move(inflated).value();
        } else {
            return damaged;
        }
        if (crc32(0, reinterpret_cast<const Bytef *>(entry.data.constData()), uInt(entry.data.size())) != crc)
            return damaged;
        entries.append(std::move(entry));
        at += 46 + skip;
    }
    return entries;
}

QByteArray write(const QList<Entry> &entries)
{
    QByteArray out;
    QByteArray directory;
    for (const Entry &e : entries) {
        const QByteArray name = e.name.toUtf8();
        const bool store = e.name == u"mimetype"; // must be first and stored, by the ODF package rules
        const QByteArray data = store ? e.data : deflateRaw(e.data);
        const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(e.data.constData()), uInt(e.data.size())));
        const quint32 offset = quint32(out.size());
        auto header = [&](QByteArray &b, bool central) {
            put32(b, central ? kCentralHeader : kLocalHeader);
            if (central)
                put16(b, 20); // made by
            put16(b, 20);     // needed to extract
            put16(b, 0x0800); // UTF-8 names
            put16(b, store ? 0 : 8);
            put16(b, 0);    // time
            put16(b, 0x21); // date: 1980-01-01
            put32(b, crc);
            put32(b, quint32(data.size()));
            put32(b, quint32(e.data.size()));
            put16(b, quint16(name.size()));
            put16(b, 0); // extra
            if (central) {
                put16(b, 0); // comment
                put16(b, 0); // disk
                put16(b, 0); // internal attributes
                put32(b, 0); // external attributes
                put32(b, offset);
            }
            b.append(name);
        };
        header(out, false);
        out.append(data);
        header(directory, true);
    }
    const quint32 directoryOffset = quint32(out.size());
    out.append(directory);
    put32(out, kEndOfDirectory);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(entries.size()));
    put16(out, quint16(entries.size()));
    put32(out, quint32(directory.size()));
    put32(out, directoryOffset);
    put16(out, 0);
    return out;
}

QByteArray fixContent(const QByteArray &contentXml, const QString &fontFamily)
{
    QString xml = QString::fromUtf8(contentXml);
    const QString family = fontFamily.toHtmlEscaped();
    // One font for every script, at the same size and weight.
    static const QRegularExpression fontFamilyAttr(QStringLiteral("fo:font-family=\"[^\"]*\""));
    xml.replace(fontFamilyAttr, QStringLiteral("fo:font-family=\"%1\" style:font-family-asian=\"%1\" "
                                               "style:font-family-complex=\"%1\"")
                                    .arg(family));
    static const QRegularExpression size(QStringLiteral("fo:font-size=\"([^\"]+)\""));
    xml.replace(size,
                QStringLiteral("fo:font-size=\"\\1\" style:font-size-asian=\"\\1\" style:font-size-complex=\"\\1\""));
    static const QRegularExpression weight(QStringLiteral("fo:font-weight=\"([^\"]+)\""));
    xml.replace(
        weight,
        QStringLiteral("fo:font-weight=\"\\1\" style:font-weight-asian=\"\\1\" style:font-weight-complex=\"\\1\""));
    // Relative column widths, and tables as wide as asked (Qt writes "6%" and "100pt").
    static const QRegularExpression column(QStringLiteral("style:column-width=\"(\\d+)%\""));
    xml.replace(column, QStringLiteral("style:rel-column-width=\"\\1*\""));
    static const QRegularExpression tableWidth(
        QStringLiteral("(<style:table-properties[^>]*) style:width=\"(\\d+)pt\""));
    QString fixed;
    qsizetype last = 0;
    for (QRegularExpressionMatchIterator it = tableWidth.globalMatch(xml); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int percent = std::clamp(m.captured(2).toInt(), 1, 100);
        // The text area of A4 with 2 cm margins is about 481 points wide.
        fixed += QStringView(xml).mid(last, m.capturedStart() - last) + m.captured(1) +
                 QStringLiteral(" style:width=\"%1pt\" style:rel-width=\"%2%\" table:align=\"%3\"")
                     .arg(qRound(481.0 * percent / 100))
                     .arg(percent)
                     .arg(percent == 100 ? QStringLiteral("margins") : QStringLiteral("left"));
        last = m.capturedEnd();
    }
    xml = fixed + QStringView(xml).mid(last);
    return xml.toUtf8();
}

Result<QByteArray> fix(const QByteArray &odt, const QString &fontFamily)
{
    Result<QList<Entry>> entries = read(odt);
    if (!entries)
        return entries.error();
    QList<Entry> list = std::move(entries).value();
    for (Entry &e : list) {
        if (e.name == u"content.xml")
            e.data = fixContent(e.data, fontFamily);
    }
    return write(list);
}

} // namespace Medtour::Export::OdtPackage
