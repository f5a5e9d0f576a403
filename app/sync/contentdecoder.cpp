// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentdecoder.h"

#include <array>
#include <zlib.h>

namespace Medtour {

struct ContentDecoder::Stream
{
    z_stream z{};
    bool initialised = false;
};

ContentDecoder::ContentDecoder(const QByteArray &encoding, qint64 maxBytes)
    : m_maxBytes(maxBytes)
{
    const QByteArray e = encoding.trimmed().toLower();
    if (e != "gzip" && e != "x-gzip" && e != "deflate")
        return;
    m_kind = Kind::Inflate;
    m_stream = std::make_unique<Stream>();
    // 15 + 32: a gzip or a zlib header, whichever the stream starts with.
    m_stream->initialised = inflateInit2(&m_stream->z, 15 + 32) == Z_OK;
    if (!m_stream->initialised)
        m_error = QStringLiteral("cannot start decompressing");
}

ContentDecoder::~ContentDecoder()
{
    if (m_stream && m_stream->initialised)
        inflateEnd(&m_stream->z);
}

ContentDecoder::Status ContentDecoder::feed(const QByteArray &input, QByteArray *out)
{
    if (m_kind == Kind::Identity) {
        if (out->size() + input.size() > m_maxBytes)
            return Status::TooLarge;
        out->append(input);
        return Status::Ok;
    }
    if (!m_stream->initialised)
        return Status::Damaged;
    const Status status = inflate(input, out);
    m_inputSeen += input.size();
    return status;
}

bool ContentDecoder::restartRaw()
{
    // "deflate" as some servers send it: a raw deflate stream without the zlib header.
    m_triedRaw = true;
    inflateEnd(&m_stream->z);
    m_stream->z = z_stream{};
    m_stream->initialised = inflateInit2(&m_stream->z, -15) == Z_OK;
    return m_stream->initialised;
}

ContentDecoder::Status ContentDecoder::inflate(const QByteArray &input, QByteArray *out)
{
    z_stream &z = m_stream->z;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.constData()));
    z.avail_in = uInt(input.size());
    std::array<char, 64 * 1024> buffer;
    for (;;) {
        if (m_ended) {
            // Another gzip member may follow the first (RFC 1952); anything else after the end is ignored.
            if (z.avail_in < 2 || z.next_in[0] != 0x1f || z.next_in[1] != 0x8b)
                return Status::Ok;
            inflateReset(&z);
            m_ended = false;
        }
        z.next_out = reinterpret_cast<Bytef *>(buffer.data());
        z.avail_out = uInt(buffer.size());
        const int result = ::inflate(&z, Z_NO_FLUSH);
        const qsizetype produced = qsizetype(buffer.size()) - qsizetype(z.avail_out);
        if (result == Z_DATA_ERROR && !m_triedRaw && m_inputSeen == 0 && out->isEmpty() && produced == 0) {
            if (!restartRaw())
                return Status::Damaged;
            return inflate(input, out);
        }
        if (result != Z_OK && result != Z_STREAM_END && result != Z_BUF_ERROR) {
            m_error = QStringLiteral("the compressed body is damaged (%1)")
                          .arg(QString::fromLatin1(z.msg ? z.msg : "zlib error"));
            return Status::Damaged;
        }
        // Counted before it is kept: past the limit nothing more is inflated.
        if (out->size() + produced > m_maxBytes)
            return Status::TooLarge;
        out->append(buffer.data(), produced);
        if (result == Z_STREAM_END) {
            m_ended = true;
            continue;
        }
        if (z.avail_out != 0)
            return Status::Ok; // this piece is used up; the rest comes with the next
    }
}

ContentDecoder::Status ContentDecoder::finish()
{
    if (m_kind == Kind::Identity || m_inputSeen == 0 || m_ended)
        return Status::Ok;
    m_error = QStringLiteral("the compressed body was cut short");
    return Status::Damaged;
}

} // namespace Medtour
