// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace Medtour {

/**
 * Undoes an HTTP Content-Encoding (gzip, x-gzip, deflate) as the bytes arrive, counting what it
 * makes: past `maxBytes` it stops at once, before inflating any further, so a compression bomb
 * (a few KB that inflate to gigabytes) costs no more than the limit in memory and time. Qt's own
 * decompression neither lets us count nor stop it cleanly (Qt 6.4 runs a bomb to the transfer
 * time-out and warns on stderr), so HttpFetcher asks for these encodings itself and decodes here.
 * Any other encoding (or none) passes through unchanged.
 */
class ContentDecoder final
{
public:
    enum class Status
    {
        Ok,       ///< everything given so far is in the output
        TooLarge, ///< the output would pass maxBytes; stopped
        Damaged,  ///< not a valid stream of that encoding (error() says why)
    };

    /// `encoding` is the Content-Encoding header's value.
    ContentDecoder(const QByteArray &encoding, qint64 maxBytes);
    ~ContentDecoder();
    Q_DISABLE_COPY_MOVE(ContentDecoder)

    /// Decodes `input` and appends it to `*out` (which holds what came before).
    Status feed(const QByteArray &input, QByteArray *out);
    /// After the last bytes: Damaged when a compressed stream was cut short.
    Status finish();
    bool decodes() const { return m_kind != Kind::Identity; }
    QString error() const { return m_error; }

private:
    enum class Kind
    {
        Identity,
        Inflate, ///< gzip or zlib (the header tells), or raw deflate where "deflate" has no header
    };
    Status inflate(const QByteArray &input, QByteArray *out);
    bool restartRaw();

    struct Stream;
    std::unique_ptr<Stream> m_stream;
    Kind m_kind = Kind::Identity;
    qint64 m_maxBytes = 0;
    qint64 m_inputSeen = 0;
    bool m_ended = false; ///< the stream's end was reached (more members may follow)
    bool m_triedRaw = false;
    QString m_error;
};

} // namespace Medtour
