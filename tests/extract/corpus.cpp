// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>

#include <cstdio>

namespace Medtour::Corpus {

QString folder(const QString &name)
{
    const QString path = QStringLiteral(MEDTOUR_SHARED_DIR "/corpora/") + name;
    return QDir(path).exists() ? path : QString();
}

int missing(const QString &name)
{
    const bool required = !qEnvironmentVariableIsEmpty("MEDTOUR_REQUIRE_SHARED");
    std::printf("%s: %s/corpora/%s is missing\n", required ? "FAIL" : "SKIP", MEDTOUR_SHARED_DIR,
                name.toUtf8().constData());
    return required ? 1 : 77;
}

QByteArray readGzip(const QString &path)
{
    QProcess gzip;
    gzip.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), path});
    if (!gzip.waitForFinished(60000) || gzip.exitStatus() != QProcess::NormalExit || gzip.exitCode() != 0)
        return {};
    return gzip.readAllStandardOutput();
}

QString normalizeSpace(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(text).replace(space, QStringLiteral(" ")).trimmed();
}

QStringList tokens(const QString &text)
{
    QStringList out;
    QString word;
    const auto isCjk = [](char32_t c) {
        return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
               (c >= 0xF900 && c <= 0xFAFF);
    };
    for (const char32_t c : text.toUcs4()) {
        const bool letter = QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Mark_NonSpacing;
        if (letter && !isCjk(c)) {
            word += QString::fromUcs4(&c, 1).toCaseFolded();
            continue;
        }
        if (!word.isEmpty())
            out.append(word);
        word.clear();
        if (isCjk(c))
            out.append(QString::fromUcs4(&c, 1));
    }
    if (!word.isEmpty())
        out.append(word);
    return out;
}

namespace {

QHash<QString, int> counts(const QStringList &items)
{
    QHash<QString, int> out;
    for (const QString &item : items)
        ++out[item];
    return out;
}

double f1(const QStringList &candidate, const QStringList &reference, double *precision, double *recall)
{
    if (candidate.isEmpty() && reference.isEmpty()) {
        if (precision)
            *precision = 1.0;
        if (recall)
            *recall = 1.0;
        return 1.0;
    }
    const QHash<QString, int> a = counts(candidate);
    const QHash<QString, int> b = counts(reference);
    qint64 common = 0;
    for (auto it = a.cbegin(); it != a.cend(); ++it)
        common += std::min(it.value(), b.value(it.key()));
    const double p = candidate.isEmpty() ? 0.0 : double(common) / candidate.size();
    const double r = reference.isEmpty() ? 0.0 : double(common) / reference.size();
    if (precision)
        *precision = p;
    if (recall)
        *recall = r;
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

QStringList shingles(const QStringList &words, int n)
{
    QStringList out;
    for (qsizetype i = 0; i + n <= words.size(); ++i)
        out.append(words.mid(i, n).join(QLatin1Char(' ')));
    return out;
}

} // namespace

double shingleF1(const QString &candidate, const QString &reference, double *precision, double *recall)
{
    const QStringList a = tokens(candidate);
    const QStringList b = tokens(reference);
    const int n = int(std::max<qsizetype>(1, std::min<qsizetype>({4, a.size(), b.size()})));
    return f1(shingles(a, n), shingles(b, n), precision, recall);
}

double tokenF1(const QString &candidate, const QString &reference)
{
    return f1(tokens(candidate), tokens(reference), nullptr, nullptr);
}

QJsonObject ratchet()
{
    QFile file(QStringLiteral(MEDTOUR_RATCHET_FILE));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool checkRatchet(const QJsonObject &section, const char *key, double value)
{
    const double floor = section.value(QLatin1String(key)).toDouble(0.0);
    const bool ok = value + 0.0005 >= floor;
    std::printf("  %-22s %.4f  (ratchet %.4f)%s\n", key, value, floor, ok ? "" : "  << REGRESSION");
    return ok;
}

} // namespace Medtour::Corpus
