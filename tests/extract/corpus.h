// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the extraction runners: finding ../shared/corpora, reading its gzipped pages, the
// ratchet file, and the token-shingle F1 used for the mozilla-readability pages.

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Medtour::Corpus {

/// MEDTOUR_SHARED_DIR/corpora/<name>, or empty when it does not exist.
QString folder(const QString &name);
/// Exit code for a missing corpus: 77 (CTest SKIP_RETURN_CODE) unless MEDTOUR_REQUIRE_SHARED is set, then 1.
int missing(const QString &name);
/// The decompressed contents of a .gz file (through gzip -dc, which every system has), or empty.
QByteArray readGzip(const QString &path);
/// White space runs to one space, ends trimmed (the trafilatura-eval normalisation).
QString normalizeSpace(const QString &text);
/// Word tokens; each Han/Kana character is a token of its own.
QStringList tokens(const QString &text);
/// F1 of the multisets of n-token shingles (n = 4, or fewer when a text is shorter).
double shingleF1(const QString &candidate, const QString &reference, double *precision = nullptr,
                 double *recall = nullptr);
/// Token (unigram) F1 over multisets.
double tokenF1(const QString &candidate, const QString &reference);

/// tests/extract/extraction-ratchet.json as an object.
QJsonObject ratchet();
/// Prints "name: value (ratchet r)" and returns false when value fell below the ratchet (by more than 0.0005).
bool checkRatchet(const QJsonObject &section, const char *key, double value);

} // namespace Medtour::Corpus
